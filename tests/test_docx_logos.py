"""Partner logos on the DOCX cover: one column of logos, SVG accepted with a PNG fallback."""

from __future__ import annotations

from dataclasses import replace

import pytest
from book_factory import make_book
from docx_parts import NS, context, parse_docx
from PIL import Image

from recbook.diagnostics import RecbookError
from recbook.model import Partner
from recbook.render.docx import render_docx

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30">'
       '<rect width="90" height="30" fill="#1f3f5a"/>'
       '<text x="6" y="21" font-family="sans-serif" font-size="16" fill="white">ҚАЗ</text></svg>')
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "kas.svg").write_text(SVG, encoding="utf-8")
    Image.new("RGB", (300, 60), "navy").save(tmp_path / "assets" / "argo.png")
    return tmp_path


def _render(project, *partners: Partner):
    return parse_docx(render_docx(replace(make_book("kk"), organizers=partners), context(project)))


def test_svg_logo_is_embedded_with_a_png_fallback(project):
    parsed = _render(project, Partner("KAS", "assets/kas.svg"), Partner("ARGO", "assets/argo.png"))
    rels = {r.get("Id"): r.get("Target") for r in parsed.parts["word/_rels/document.xml.rels"]}
    blips = list(parsed.document.iter(f"{A}blip"))
    svg_blips = [b for b in blips if b.find(f"{A}extLst") is not None]
    assert len(svg_blips) == 1
    (svg_ref,) = svg_blips[0].xpath(".//*[local-name()='svgBlip']/@*[local-name()='embed']")
    png_ref = svg_blips[0].get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")
    assert rels[svg_ref].endswith(".svg") and rels[png_ref].endswith(".png")
    types = parsed.parts["[Content_Types].xml"]
    assert any(t.get("ContentType") == "image/svg+xml" for t in types)
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(parsed.data)) as z:
        assert z.read("word/" + rels[svg_ref]).decode() == SVG
        fallback = Image.open(io.BytesIO(z.read("word/" + rels[png_ref])))
    assert fallback.format == "PNG" and fallback.size == (852, 284)  # 90×30 drawn 284 px high


def test_logos_share_one_column_and_names_sit_beside_them(project):
    parsed = _render(project, Partner("KAS", "assets/kas.svg"), Partner("ARGO", "assets/argo.png"),
                     Partner("No logo"))
    (table,) = parsed.xpath("word/document.xml", "//w:tbl[not(w:tblPr/w:tblStyle)]")
    widths = [int(c) for c in table.xpath("w:tblGrid/w:gridCol/@w:w", namespaces=NS)]
    # the widest logo, 12 mm high (680 twips): ARGO is 5:1, so 3,400 twips, and a 3-mm gap
    assert widths[0] == 3400 + 170 and sum(widths) == 9355
    rows = table.xpath("w:tr", namespaces=NS)
    assert [len(r.xpath("w:tc[1]//w:drawing", namespaces=NS)) for r in rows] == [1, 1, 0]
    assert ["".join(r.xpath("w:tc[2]//w:t/text()", namespaces=NS)) for r in rows] == ["KAS", "ARGO", "No logo"]
    assert set(table.xpath(".//w:vAlign/@w:val", namespaces=NS)) == {"center"}


def test_same_svg_logo_gives_the_same_bytes(project):
    book = replace(make_book("kk"), organizers=(Partner("KAS", "assets/kas.svg"),))
    assert render_docx(book, context(project)) == render_docx(book, context(project))


@pytest.mark.parametrize("href", ["/etc/passwd", "file:///etc/passwd", "../secret.png", "http://example.org/x.png"])
def test_an_svg_that_loads_other_files_is_refused(project, href):
    (project / "assets" / "evil.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="9" height="9">'
        f'<image xlink:href="{href}" width="9" height="9"/></svg>', encoding="utf-8")
    with pytest.raises(RecbookError, match="must not refer to other files"):
        _render(project, Partner("Evil", "assets/evil.svg"))


def test_a_broken_svg_is_an_error_not_a_traceback(project):
    (project / "assets" / "broken.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'><rect", encoding="utf-8")
    with pytest.raises(RecbookError, match="not a readable SVG"):
        _render(project, Partner("Broken", "assets/broken.svg"))
