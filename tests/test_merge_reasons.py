"""The reason a reviewer reads beside a listed pair (merge/reasons.py), in the CLI and the review files."""

from __future__ import annotations

import re

from pathlib import Path

from click.testing import CliRunner

from inputs_project import make_project
from recbook.cli import main


def _dedupe(tmp_path: Path, proposals: str) -> tuple[str, str]:
    """Return `recbook dedupe`'s output and review.csv's text for a project of `proposals`."""
    project = make_project(tmp_path, {"p.yaml": proposals})
    result = CliRunner().invoke(main, ["dedupe", "--project", str(project)])
    assert result.exit_code == 0, result.output
    return result.stdout, (project / "output" / "review.csv").read_text("utf-8-sig")


BAN = ("- {id: G1-01, group: G1, direction: D1, language: ru, title: \"Запретить одноразовые пластиковые пакеты с 2027 "
       "года\", text: \"Запретить продажу и бесплатную раздачу одноразовых пластиковых пакетов в торговых сетях с 1 января "
       "2027 года.\"}\n"
       "- {id: G1-02, group: G1, direction: D1, language: ru, title: \"Не запрещать пакеты, а сделать их платными\", "
       "text: \"Не запрещать пластиковые пакеты, а обязать магазины продавать их, а не раздавать бесплатно.\"}\n")



def unnumbered(out: str) -> list[str]:
    """Return the summary's lines without the numbers shown after each proposal ("G1-01 (1.1)" → "G1-01")."""
    return [re.sub(r" \(\d+\.\d+\)", "", line) for line in out.splitlines()]

def test_opposite_asks_are_listed_with_the_not_first_when_only_one_gives_a_number(tmp_path):
    # qa3 m6: "ban bags from 2027" / "do not ban bags" read only "different numbers: 1 and 2027 vs none"
    out, csv = _dedupe(tmp_path, BAN)
    row = next(line for line in unnumbered(out) if line.startswith("G1-01  G1-02"))
    assert row.endswith("negation in one text only; different numbers: 1 and 2027 vs none")
    assert "«не» есть только в одном из них; различаются числа (1 и 2027 / нет)" in csv


PLACES = ("- {id: G1-01, group: G1, direction: D1, language: kk, title: \"Бәйдібек ауылында қоқыс полигонын салу\", "
          "text: \"Бәйдібек ауылының маңында санитарлық талаптарға сай қоқыс полигонын салып, заңсыз үйінділерді жою.\"}\n"
          "- {id: G2-01, group: G2, direction: D1, language: kk, title: \"Жаңақорған ауылында қоқыс полигонын салу\", "
          "text: \"Жаңақорған ауылының маңында санитарлық талаптарға сай қоқыс полигонын салып, заңсыз үйінділерді жою.\"}\n"
          "- {id: G1-02, group: G1, direction: D2, language: ru, title: \"Освободить малые фирмы от отчёта\", "
          "text: \"Освободить фирмы с численностью менее десяти работников от квартального статистического отчёта.\"}\n"
          "- {id: G2-02, group: G2, direction: D2, language: ru, title: \"Освободить малые фирмы от отчёта\", "
          "text: \"Освободить фирмы с численностью десять работников от квартального статистического отчёта.\"}\n")


def test_reasons_name_the_words_as_written_and_bounds_in_words(tmp_path):
    # qa3 c2: «названы разные лица или места (байдибек / жанакорган)», "different bounds: at_least vs none"
    out, csv = _dedupe(tmp_path, PLACES)
    rows = {line[:12]: line.rstrip() for line in unnumbered(out)}
    assert rows["G1-01  G2-01"].endswith("different names: Бәйдібек vs Жаңақорған")
    assert rows["G1-02  G2-02"].endswith("different bounds: at most vs no bound")
    assert "названы разные лица или места (Бәйдібек / Жаңақорған)" in csv  # the page's language: ru
    assert "границы разные («не более» / никакой)" in csv
