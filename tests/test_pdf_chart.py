"""The summary chart: its data match the book, its SVG is well-formed and escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from pdf_helpers import labelled_book
from recbook.render.chart import chart_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_rows_count_recommendations_and_votes_per_direction():
    book = labelled_book("ru")
    data = book.chart
    assert [(r.number, r.recommendations, r.votes, r.values) for r in data.rows] == [
        ("1", 2, 26, ("2", "26")), ("2", 1, 1, ("1", "1"))]
    assert data.series == (book.labels["recommendations"], book.labels["table.votes"])
    assert data.caption == book.labels["chart.caption"]


def test_svg_is_well_formed_with_escaped_labels_and_proportional_bars():
    data = labelled_book("en").chart
    data = replace(data, rows=(replace(data.rows[0], title='<script>&"</script>'), *data.rows[1:]))
    root = ET.fromstring(chart_svg(data))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert '1. <script>&"</script>' in texts
    assert not list(root.iter(f"{SVG}script"))
    widths = [float(r.get("width")) for r in root.iter(f"{SVG}rect")]
    recs_panel, votes_panel = widths[0::2], widths[1::2]  # one pair of bars per direction
    assert recs_panel[1] * 2 == pytest.approx(recs_panel[0], abs=0.1)  # 1 of 2 recommendations
    assert votes_panel[1] * 26 == pytest.approx(votes_panel[0], abs=26 * 0.05)  # 1 of 26 votes


def test_alt_text_names_every_direction_and_value():
    data = labelled_book("kk").chart
    alt = data.alt
    assert alt.startswith(data.caption)
    assert all(f"{r.number}. {r.title}" in alt and str(r.votes) in alt for r in data.rows)
