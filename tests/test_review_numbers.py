"""The review (review.html, review.csv, review export, the summary) shows each recommendation's printed number (QA m10, s21)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from recbook.cli import main

ROWS = [
    ("G1-01", 30, "Открыть ресурсные центры НКО", "Открыть ресурсные центры для НКО в каждой области."),
    ("G2-01", 20, "Создать фонд поддержки НКО", "Создать региональный фонд поддержки НКО с открытыми конкурсами."),
    ("G3-01", 10, "Ввести налоговые льготы", "Ввести налоговые льготы для компаний, финансирующих проекты НКО."),
    ("G3-02", 5, "Открыть ресурсные центры НКО", "Открыть ресурсные центры для НКО в каждой области."),  # G1-01's twin
]
EDITION_1 = ('- edition: 1\n  date: 2026-01-05\n  final: true\n  numbers:\n'
             '    "R-G1-01": "1.1"\n    "R-G2-01": "1.2"\n')  # G3-01 came after edition 1


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def project(tmp_path: Path) -> Path:
    run("init", str(tmp_path / "p"), "--languages", "ru", "--source", "ru")
    project = tmp_path / "p"
    (project / "inputs" / "proposals" / "intake.xlsx").unlink()
    (project / "inputs" / "proposals" / "p.yaml").write_text("".join(
        f'- {{id: {i}, group: G{i[1]}, direction: D1, language: ru, votes: {v}, title: "{t}", text: "{x}"}}\n'
        for i, v, t, x in ROWS), encoding="utf-8")
    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write("- {reject: G2-01, reason: вне темы форума}\n")
    return project


def review(project: Path, tmp_path: Path) -> tuple[str, list[str], list[str]]:
    """Return review.html, review.csv's Recommendation column and the review sheet's, as dedupe and export write them."""
    run("dedupe", "--project", str(project))
    page = (project / "output" / "review.html").read_text(encoding="utf-8")
    table = list(csv.reader(io.StringIO((project / "output" / "review.csv").read_text(encoding="utf-8-sig"))))
    sheet = tmp_path / "review.xlsx"
    run("review", "export", "--project", str(project), str(sheet), "--force")
    rows = list(openpyxl.load_workbook(sheet)["Review"].iter_rows(min_row=2, max_col=2, values_only=True))
    return page, [row[1] for row in table[1:]], [f"{kind}: {rec}" for kind, rec in rows]


def test_once_an_edition_exists_the_review_shows_the_numbers_people_cite(project, tmp_path):
    (project / "inputs" / "editions.yaml").write_text(EDITION_1, encoding="utf-8")
    page, table, sheet = review(project, tmp_path)
    # the merged pair under its frozen number; the one rejected since under the number the book prints
    # "Withdrawn"; the one added since under the draft's next number
    assert "<b>Рекомендация 1.1 (R-G1-01)</b>" in page and "<b>Рекомендация 1.2 (R-G2-01)</b>" in page
    assert table == ["1.1 (R-G1-01)", "1.2 (R-G2-01)"]  # the merged pair, the one set aside
    assert sheet == ["рекомендация: 1.1 (R-G1-01)", "предложение в ней: 1.1 (R-G1-01)", "предложение в ней: 1.1 (R-G1-01)",
                     "рекомендация: 1.2 (R-G2-01)", "рекомендация: 1.3 (R-G3-01)"]


def test_before_any_edition_the_review_shows_the_numbers_the_draft_prints(project, tmp_path):
    # QA s21 (3): the ids alone ("R-G1-01") could not be found in the draft PDF, which prints "1.1"
    page, table, sheet = review(project, tmp_path)
    assert "<b>Рекомендация 1.1 (R-G1-01)</b>" in page
    assert table == ["1.1 (R-G1-01)", "R-G2-01"]  # one set aside has no number before an edition
    assert sheet == ["рекомендация: 1.1 (R-G1-01)", "предложение в ней: 1.1 (R-G1-01)", "предложение в ней: 1.1 (R-G1-01)",
                     "рекомендация: R-G2-01", "рекомендация: 1.2 (R-G3-01)"]


SUGGESTED = [  # two asks alike enough to be suggested, not merged: each in its own recommendation
    ("G1-01", 30, "Открыть ресурсные центры НКО", "Открыть ресурсные центры для НКО в каждой области."),
    ("G2-01", 20, "Открыть ресурсные центры для НКО в регионах",
     "Открыть ресурсные центры НКО в каждом регионе, с юристами и бухгалтерами."),
]


def test_each_proposal_of_a_pair_kept_apart_is_shown_with_its_recommendations_number(project, tmp_path):
    (project / "inputs" / "decisions.yaml").write_text("", encoding="utf-8")
    (project / "inputs" / "proposals" / "p.yaml").write_text("".join(
        f'- {{id: {i}, group: G{i[1]}, direction: D1, language: ru, votes: {v}, title: "{t}", text: "{x}"}}\n'
        for i, v, t, x in SUGGESTED), encoding="utf-8")
    summary = run("dedupe", "--project", str(project)).stdout
    assert "1 suggestion" in summary, summary
    assert "G1-01 (1.1)  G2-01 (1.2)" in summary
    page = (project / "output" / "review.html").read_text(encoding="utf-8")
    assert ('<p class="meta">G1-01 · Рекомендация <span style="white-space:nowrap">1.1 (R-G1-01)</span> ·' in page
            and '<p class="meta">G2-01 · Рекомендация <span style="white-space:nowrap">1.2 (R-G2-01)</span> ·' in page)
    header, row = list(csv.reader(io.StringIO((project / "output" / "review.csv").read_text(encoding="utf-8-sig"))))
    cells = dict(zip(header, row))
    assert (cells["Предложение A"], cells["A: рекомендация"], cells["Предложение B"], cells["B: рекомендация"]) == (
        "G1-01", "1.1 (R-G1-01)", "G2-01", "1.2 (R-G2-01)")
