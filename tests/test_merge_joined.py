"""Merge decisions that link proposals the merge reads as different, and the reasons listed pairs show.

QA (qa3 M3): a kk proposal asking «80 пайыз» was suggested with a ru one asking 80 % and with
one asking 50 %, both only as "no shared language", though the numbers read alike in any
language; accepting both joined the 50 % and 80 % proposals (a look-alike) without a word.
"""

from __future__ import annotations

import re

from pathlib import Path

from click.testing import CliRunner

from inputs_project import make_project
from recbook.cli import main

KK_80 = ("- {id: G1-01, group: G1, direction: D1, language: kk, title: \"Тамшылатып суару жүйелеріне 80 пайыз "
         "субсидия беру\", text: \"Фермерлерге тамшылатып суару және жаңбырлатып суару жүйелерінің құнының 80 "
         "пайызын субсидиялау ұсынылады.\"}\n")
RU = ("- {{id: {id}, group: G2, direction: D1, language: ru, title: \"Субсидировать {n}% стоимости систем капельного "
      "орошения\", text: \"Предлагаем субсидировать фермерам {n}% стоимости систем капельного орошения и дождевания, "
      "чтобы ускорить переход на водосберегающие технологии.\"}}\n")
PROPOSALS = KK_80 + RU.format(id="G2-01", n=50) + RU.format(id="G2-02", n=80)


def _project(tmp_path: Path, decisions: str = "") -> Path:
    project = make_project(tmp_path, {"p.yaml": PROPOSALS})
    (project / "inputs" / "decisions.yaml").write_text(decisions, encoding="utf-8")
    return project


def _run(*args: str):
    return CliRunner().invoke(main, list(args))



def unnumbered(out: str) -> list[str]:
    """Return the summary's lines without the numbers shown after each proposal ("G1-01 (1.1)" → "G1-01")."""
    return [re.sub(r" \(\d+\.\d+\)", "", line) for line in out.splitlines()]

def test_a_suggestion_across_languages_says_the_numbers_the_two_differ_in(tmp_path):
    project = _project(tmp_path)
    result = _run("dedupe", "--project", str(project))
    assert result.exit_code == 0, result.output
    row = next(line for line in unnumbered(result.stdout) if line.startswith("G1-01  G2-01"))
    assert "different numbers: 80% vs 50%; no shared language" in row
    # the 80 % pair agrees in every number: matched on terms only, as before
    same = next(line for line in unnumbered(result.stdout) if line.startswith("G1-01  G2-02"))
    assert "different numbers" not in same
    # the review files say it in the conference's language (ru), both reasons
    csv = (project / "output" / "review.csv").read_text("utf-8-sig")
    assert "различаются числа (80% / 50%); написаны на разных языках" in csv
    html = (project / "output" / "review.html").read_text("utf-8")
    assert "различаются числа (80% / 50%); написаны на разных языках" in html


def test_two_accepted_suggestions_linking_a_look_alike_warn_at_the_merge_that_links_them(tmp_path):
    project = _project(tmp_path, "- {merge: [G1-01, G2-01]}\n- {merge: [G1-01, G2-02]}\n")
    result = _run("check", "--project", str(project))
    assert result.exit_code == 0, result.output  # a warning: the draft is still made
    warned = [line for line in result.stderr.splitlines() if "[decisions.joins-different]" in line]
    assert len(warned) == 1
    assert warned[0].startswith("inputs/decisions.yaml:2:3: warning: merge puts into one recommendation")
    assert "G2-01 and G2-02 (different numbers: 50% vs 80%)" in warned[0]
    assert "- {merge: [G2-01, G2-02]}" in warned[0]
    strict = _run("check", "--strict", "--project", str(project))
    assert strict.exit_code != 0 and "[decisions.joins-different]" in strict.stderr


def test_a_merge_naming_both_of_a_look_alike_is_a_person_joining_them_and_not_warned(tmp_path):
    project = _project(tmp_path, "- {merge: [G1-01, G2-01]}\n- {merge: [G1-01, G2-02]}\n- {merge: [G2-01, G2-02]}\n")
    result = _run("check", "--project", str(project))
    assert result.exit_code == 0, result.output
    assert "[decisions.joins-different]" not in result.stderr
    # one decision naming all three: read together
    project = _project(tmp_path / "one", "- {merge: [G1-01, G2-01, G2-02]}\n")
    assert "[decisions.joins-different]" not in _run("check", "--project", str(project)).stderr


def test_the_review_page_splits_two_reasons_where_the_merge_joins_them():
    from recbook.merge.reasons import SEP
    from recbook.render import review_words

    assert review_words.SEP == SEP  # a renderer imports no merge module: the separator is written twice
