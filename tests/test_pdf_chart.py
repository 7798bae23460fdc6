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


def _many_votes(lang: str, votes: int):
    """Return the factory chart whose first direction had `votes` votes (formatted as localize does)."""
    from recbook.i18n.translator import number

    data = labelled_book(lang).chart
    first = replace(data.rows[0], votes=votes, values=(data.rows[0].values[0], number(votes, lang)))
    return replace(data, rows=(first, *data.rows[1:]))


def _ink_columns(image) -> list[int]:
    """Return the x of every pixel column that holds any ink (not white)."""
    from PIL import Image

    if image.mode == "RGBA":  # resvg leaves the background transparent
        image = Image.alpha_composite(Image.new("RGBA", image.size, "white"), image)
    grey = image.convert("L")
    width, height = grey.size
    pixels = grey.load()
    return [x for x in range(width) if any(pixels[x, y] < 200 for y in range(height))]


@pytest.mark.parametrize("votes", [12_345, 1_234_588])
def test_the_longest_bars_value_stays_inside_the_svg(votes):
    # "12 345" printed as "12 34": the value after the longest bar ran past the chart's right edge
    import io

    import resvg_py
    from fontpkg_noto_sans import ROOT as NOTO_SANS_DIR
    from PIL import Image

    svg = chart_svg(_many_votes("ru", votes))
    root = ET.fromstring(svg)
    assert any("".join(t.itertext()).replace("\u00a0", " ").replace("\u202f", " ") ==
               f"{votes:,}".replace(",", " ") for t in root.iter(f"{SVG}text"))
    width = int(root.get("width"))
    png = bytes(resvg_py.svg_to_bytes(svg_string=svg, width=width * 4, skip_system_fonts=True,
                                      font_dirs=[str(NOTO_SANS_DIR / "files")], font_family="Noto Sans",
                                      sans_serif_family="Noto Sans"))
    image = Image.open(io.BytesIO(png))
    assert _ink_columns(image)[-1] < image.width - 4  # the last digit is drawn, with a little white after it


@pytest.mark.parametrize("votes", [12_345, 1_234_588])
def test_the_longest_bars_value_stays_inside_the_docx_png(votes):
    import io

    from PIL import Image

    from recbook.render.docx.chart_png import chart_png

    image = Image.open(io.BytesIO(chart_png(_many_votes("ru", votes))))
    assert _ink_columns(image)[-1] < image.width - 6


def test_small_values_keep_the_panels_as_they_were():
    # the sample's books must not change: values as narrow as before keep the room every chart had
    from recbook.render.chart import LABEL_WIDTH, PANEL_GAP, WIDTH

    root = ET.fromstring(chart_svg(labelled_book("en").chart))
    bars = [r for r in root.iter(f"{SVG}rect")]
    half = (WIDTH - LABEL_WIDTH - PANEL_GAP) / 2
    assert float(bars[0].get("width")) == pytest.approx(half - 24) and float(bars[1].get("width")) == pytest.approx(half - 24)
