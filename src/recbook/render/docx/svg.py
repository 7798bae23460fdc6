"""SVG logos in the DOCX: the SVG itself for Word 2016+, a PNG drawn from it for every other reader.

Word shows the `asvg:svgBlip` extension of a picture and falls back to its
PNG; LibreOffice, Google Docs and older Word show the PNG. The PNG is drawn by
resvg (resvg-py: one self-contained wheel, no cairo or Inkscape), with the
pip-installed Noto fonts only, so the bytes are the same on every machine. An
SVG may not load anything (RELIABILITY 16): an image or reference that points
outside the file itself is refused, as the PDF's fetcher refuses it.
"""

from __future__ import annotations

from functools import lru_cache

from fontpkg_noto_sans import ROOT as NOTO_SANS_DIR
from fontpkg_noto_serif import ROOT as NOTO_SERIF_DIR
from lxml import etree

from ...diagnostics import RecbookError

SVG_CONTENT_TYPE = "image/svg+xml"
SVG_EXTENSION_URI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"  # Word's id for the SVG blip extension
ASVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
PNG_HEIGHT_PX = 284  # a 12-mm logo at 600 dpi: sharp in print
_HREFS = ("href", "{http://www.w3.org/1999/xlink}href")


def is_svg(data: bytes) -> bool:
    """Return True when `data` looks like an SVG document (by content, not by file name)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in data[:4096]


def check_svg(data: bytes, name: str) -> None:
    """Raise unless `data` is well-formed SVG that refers to nothing outside itself."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise RecbookError(f"{name}: not a readable SVG: {exc}") from exc
    for element in root.iter():
        for attribute in _HREFS:
            target = (element.get(attribute) or "").strip()
            if target and not target.startswith(("#", "data:")):
                raise RecbookError(f"{name}: refused to load {target}: an SVG logo must not refer to other files")


@lru_cache(maxsize=16)  # a logo is measured for the cover's column, then placed
def svg_png(data: bytes, name: str) -> bytes:
    """Return the PNG fallback of an SVG logo, PNG_HEIGHT_PX high."""
    import resvg_py  # only a book with an SVG logo needs it

    check_svg(data, name)
    try:
        return bytes(resvg_py.svg_to_bytes(
            svg_string=data.decode("utf-8"), height=PNG_HEIGHT_PX, skip_system_fonts=True,
            font_dirs=[str(NOTO_SANS_DIR / "files"), str(NOTO_SERIF_DIR / "files")],
            sans_serif_family="Noto Sans", serif_family="Noto Serif", font_family="Noto Sans",
        ))
    except (ValueError, UnicodeDecodeError) as exc:
        raise RecbookError(f"{name}: the SVG could not be drawn: {exc}") from exc
