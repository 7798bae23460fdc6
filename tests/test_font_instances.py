"""The variable fonts' static instances: made by HarfBuzz, the outlines and advances fontTools' own."""

from __future__ import annotations

import io

import pikepdf
import pytest
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib.instancer import instantiateVariableFont
from weasyprint.pdf import fonts as weasy_fonts

from pdf_helpers import context, labelled_book
from recbook.render.font_instances import NotInstanced, harfbuzz_font_instances, static_instance
from recbook.render.fonts import font_faces
from recbook.render.pdf import render_pdf

KAZAKH = "Қазақстан Республикасы ӘәҒғҚқҢңӨөҰұҮүҺһІі Гражданское общество Civil society — «1,5 %» № 16"


def variable_subset(path, text: str = KAZAKH) -> bytes:
    """Return a subset of the variable font at `path`, as WeasyPrint hands it to the instancer."""
    font = TTFont(path)
    subsetter = subset.Subsetter(subset.Options())
    subsetter.populate(text=text)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def fonttools_instance(data: bytes, axes: dict) -> TTFont:
    """Return fontTools' static instance, written and read back (its coordinates rounded as saved)."""
    buffer = io.BytesIO()
    instantiateVariableFont(TTFont(io.BytesIO(data)), dict(axes), static=True).save(buffer)
    return TTFont(io.BytesIO(buffer.getvalue()))


@pytest.mark.parametrize("axes", [{"wght": 400.0}, {"wght": 700.0}, {"wght": 600.0, "wdth": 87.5}])
@pytest.mark.parametrize("face", sorted({face.path for face in font_faces()}), ids=lambda path: path.name)
def test_each_glyph_is_the_one_fonttools_makes_to_a_font_unit(face, axes):
    data = variable_subset(face)
    expected, made = fonttools_instance(data, axes), TTFont(io.BytesIO(static_instance(data, axes)))
    assert "fvar" not in made and "gvar" not in made and "HVAR" not in made  # static: nothing left to vary
    assert sorted(made.keys()) == sorted(expected.keys())
    assert made.getGlyphOrder() == expected.getGlyphOrder()  # the same glyph ids, which the PDF's text uses
    assert (made["OS/2"].usWeightClass, made["OS/2"].usWidthClass) == \
           (expected["OS/2"].usWeightClass, expected["OS/2"].usWidthClass)
    assert made["cmap"].getBestCmap() == expected["cmap"].getBestCmap()
    for name in expected.getGlyphOrder():
        ours, theirs = made["glyf"][name], expected["glyf"][name]
        points, ends, _ = ours.getCoordinates(made["glyf"])
        points_expected, ends_expected, _ = theirs.getCoordinates(expected["glyf"])
        assert ends == ends_expected, name
        assert all(abs(x - x2) <= 1 and abs(y - y2) <= 1 for (x, y), (x2, y2) in zip(points, points_expected)), name
        assert abs(made["hmtx"][name][0] - expected["hmtx"][name][0]) <= 1, name
    light = TTFont(io.BytesIO(static_instance(data, {"wght": 100.0})))
    # Қ at another weight is another outline: the axes were applied
    assert made["glyf"]["uni049A"].getCoordinates(made["glyf"])[0] != \
           light["glyf"]["uni049A"].getCoordinates(light["glyf"])[0]


def test_an_axis_the_font_lacks_is_not_instanced_here():
    with pytest.raises(NotInstanced, match="no opsz axis"):
        static_instance(variable_subset(font_faces()[0].path), {"opsz": 12.0})


def test_a_pdf_embeds_harfbuzz_instances_and_fonttools_makes_none(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("fontTools was asked for an instance")

    monkeypatch.setattr(weasy_fonts, "instantiateVariableFont", refuse)
    pdf = render_pdf(labelled_book("kk"), context(tmp_path))
    assert weasy_fonts.instantiateVariableFont is refuse  # put back after the render
    weights = set()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for font in page.Resources.Font.values():
                descriptor = font.DescendantFonts[0].FontDescriptor
                embedded = TTFont(io.BytesIO(descriptor.FontFile2.read_bytes()))
                assert "fvar" not in embedded and "gvar" not in embedded, descriptor.FontName
                weights.add(embedded["OS/2"].usWeightClass)
    assert {400, 700} <= weights  # regular and bold text, each its own static instance


def test_what_harfbuzz_does_not_make_goes_to_fonttools(monkeypatch):
    calls = []

    def original(ttfont, axes, **options):
        calls.append((dict(axes), options))
        return "fontTools' instance"

    monkeypatch.setattr(weasy_fonts, "instantiateVariableFont", original)
    data = variable_subset(font_faces()[0].path)
    with harfbuzz_font_instances():
        wrapped = weasy_fonts.instantiateVariableFont
        made = wrapped(TTFont(io.BytesIO(data)), {"wght": 700.0}, static=True)
        assert made != "fontTools' instance" and calls == []
        buffer = io.BytesIO()
        made.save(buffer)
        assert TTFont(io.BytesIO(buffer.getvalue()))["OS/2"].usWeightClass == 700
        assert wrapped(TTFont(io.BytesIO(data)), {"opsz": 12.0}, static=True) == "fontTools' instance"
        assert wrapped(TTFont(io.BytesIO(data)), {"wght": 700.0}) == "fontTools' instance"  # not static
    assert calls == [({"opsz": 12.0}, {"static": True}), ({"wght": 700.0}, {})]
    assert weasy_fonts.instantiateVariableFont is original
