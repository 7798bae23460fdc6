"""Decision lines pasted into inputs/decisions.yaml as a secretariat copies them: from review.csv, into an old project."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import copy_sample_project
from recbook.cli import main

DECISIONS = "inputs/decisions.yaml"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def review_csv(tmp_path_factory) -> list[dict[str, str]]:
    """The sample's review.csv rows, each cell as a spreadsheet shows it (the formula guard included)."""
    project = copy_sample_project(tmp_path_factory.mktemp("review") / "p")
    assert run("dedupe", "--project", str(project)).exit_code == 0
    text = (project / "output" / "review.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def suggestion_line(rows: list[dict[str, str]]) -> tuple[str, tuple[str, str]]:
    """Return a suggested pair's "join them" cell and the pair."""
    columns = list(rows[0])
    decision = columns[-2]  # the decision, then the alternative decision: the last two columns
    row = next(r for r in rows if r[decision].startswith("'- {merge: "))
    return row[decision], (row[columns[4]], row[columns[10]])  # a, b


def cluster_of(project: Path, proposal: str) -> list[str]:
    result = run("dedupe", "--json", "--project", str(project))
    assert result.exit_code == 0, result.output
    return next(sorted(c["members"]) for c in json.loads(result.stdout)["clusters"] if proposal in c["members"])


def test_a_line_copied_from_review_csv_is_read_without_its_formula_guard(tmp_path, review_csv) -> None:
    # the cell holds "'- {merge: …}" (the "'" keeps "- " from running as a formula in Excel): pasted as it
    # is, the "'" opened a quoted text that never ended, "found unexpected end of stream"
    line, (a, b) = suggestion_line(review_csv)
    project = copy_sample_project(tmp_path / "p")
    assert b not in cluster_of(project, a)
    decisions = project / DECISIONS
    at = len(decisions.read_text("utf-8").splitlines()) + 1
    with decisions.open("a", encoding="utf-8") as file:
        file.write(line + "\n")
    result = run("check", "--project", str(project))
    assert result.exit_code == 0, result.output
    assert (f"{DECISIONS}:{at}:1: warning: the line starts with the \"'\" a spreadsheet shows before "
            "review.csv's decision lines (so that they do not run as formulas); it is read without it: "
            "remove the \"'\" [decisions.csv-quote]") in result.stderr
    assert "yaml.syntax" not in result.stderr
    assert b in cluster_of(project, a)  # the decision is applied


def sheet_with(project: Path, kind: str, changes: dict[int, str]) -> Path:
    """Export the review sheet, fill the first row of `kind` (column index: value); return its path."""
    sheet = project / "review.xlsx"
    assert run("review", "export", str(sheet), "--project", str(project)).exit_code == 0
    book = load_workbook(sheet)
    row = next(r for r in book["Review"].iter_rows(min_row=2) if r[0].value == kind)
    for column, value in changes.items():
        row[column].value = value
    book.save(sheet)
    return sheet


def test_review_import_takes_off_the_quote_of_a_pasted_line_when_it_writes(tmp_path, review_csv) -> None:
    # the import refused to write while the "'" stood, after the warning had said the line was read without it:
    # taking it off is what the warning asks, and the line then says what was read
    line, (a, b) = suggestion_line(review_csv)
    project = copy_sample_project(tmp_path / "p")
    sheet = sheet_with(project, "рекомендация", {3: "отклонить", 4: "вне темы конференции"})  # Decision, Reason
    decisions = project / DECISIONS
    with decisions.open("a", encoding="utf-8") as file:
        file.write(line + "\n")
    before = decisions.read_bytes()
    at = len(before.decode("utf-8").splitlines())
    result = run("review", "import", str(sheet), "--project", str(project))
    assert result.exit_code == 0, result.output
    assert f"{DECISIONS}:{at}:1: warning: the line starts with the \"'\"" in result.stderr  # as it was read
    assert (f"{DECISIONS}: 1 added, 0 updated, 0 unchanged; the \"'\" a spreadsheet shows before review.csv's "
            f"decision lines was taken off line {at}") in result.stdout
    after = decisions.read_bytes()
    assert after.startswith(before[:-len(line.encode()) - 1] + line[1:].encode() + b"\n")  # that character alone
    assert after[len(before) - 1:].decode("utf-8").startswith("- {reject: ")
    checked = run("check", "--project", str(project))
    assert checked.exit_code == 0, checked.output
    assert "decisions.csv-quote" not in checked.stderr
    assert b in cluster_of(project, a)  # the pasted decision still applies


def test_review_import_updates_a_pasted_line_in_place_without_its_quote(tmp_path) -> None:
    project = copy_sample_project(tmp_path / "p")
    decisions = project / DECISIONS
    with decisions.open("a", encoding="utf-8") as file:
        file.write("'- {defer: G6-03, reason: later}  # pasted\n")
    sheet = sheet_with(project, "рекомендация", {})
    book = load_workbook(sheet)
    row = next(r for r in book["Review"].iter_rows(min_row=2) if r[0].value == "рекомендация" and "G6-03" in r[2].value)
    row[4].value = "the 2026 forum"  # Reason
    book.save(sheet)
    before = decisions.read_text("utf-8")
    result = run("review", "import", str(sheet), "--project", str(project))
    assert result.exit_code == 0, result.output
    assert "0 added, 1 updated, 0 unchanged" in result.stdout
    *kept, last = decisions.read_text("utf-8").splitlines()
    assert kept == before.splitlines()[:-1]
    assert re.fullmatch(r"- \{defer: G6-03, reason: the 2026 forum, text_hash: [0-9a-f]{12}\}  # pasted", last), last


def test_a_line_pasted_under_the_empty_list_an_earlier_init_wrote_is_read(tmp_path) -> None:
    # recbook init wrote "[]" as decisions.yaml's last line; projects made then keep it
    project = copy_sample_project(tmp_path / "p")
    decisions = project / DECISIONS
    decisions.write_text("# yaml-language-server: $schema=../schemas/decisions.schema.json\n"
                         "# The secretariat's merge decisions: paste lines from output/review.html.\n"
                         "[]\n"
                         "- {merge: [G1-03, G3-04]}\n", "utf-8")
    result = run("check", "--project", str(project))
    assert result.exit_code == 0, result.output
    assert (f"{DECISIONS}:3:1: warning: \"[]\" is an empty list, and the decisions below it are a list of "
            "their own: it is read as nothing; delete the \"[]\" line [decisions.empty-list]") in result.stderr
    assert "yaml.syntax" not in result.stderr
    assert cluster_of(project, "G1-03") == ["G1-03", "G3-04"]


def test_a_quote_inside_a_text_is_the_texts_own(tmp_path) -> None:
    project = copy_sample_project(tmp_path / "p")
    decisions = project / DECISIONS
    decisions.write_text("- edit: G1-03\n  text: |\n    '- the group's own list, as written\n", "utf-8")
    result = run("check", "--project", str(project))
    assert "decisions.csv-quote" not in result.stderr
    assert "yaml.syntax" not in result.stderr
