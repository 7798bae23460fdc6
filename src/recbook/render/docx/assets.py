"""Pictures from the project (partner logos, SVG too), loaded by the PDF's rule.

RELIABILITY 16: only files inside the project's asset folders are read, never a
URL, and a missing or refused file fails this output with a clear message
instead of leaving a blank where the logo should be.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from docx.image.exceptions import UnrecognizedImageError
from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from ...diagnostics import RecbookError
from .. import RenderContext
from .svg import ASVG_NS, SVG_CONTENT_TYPE, SVG_EXTENSION_URI, is_svg, svg_png

LOGO_HEIGHT = Mm(12)  # as in book.css (.cover img.logo)
DRAWING_NS = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def asset_path(ctx: RenderContext, relative: str) -> Path:
    """Return the file `relative` names inside the project's asset folders, or raise."""
    if "://" in relative or relative.startswith("data:"):
        raise RecbookError(f"refused to load {relative}: only files in the project's asset folders")
    path = (ctx.project / relative).resolve()
    if not any(path.is_relative_to(folder.resolve()) for folder in ctx.asset_dirs):
        raise RecbookError(f"refused to load {relative}: outside the project's asset folders")
    if not path.is_file():
        raise RecbookError(f"missing asset {path}")
    return path


def add_picture(paragraph: Paragraph, data: bytes, alt: str, **size) -> None:
    """Append an inline picture with alt text (what screen readers read)."""
    try:
        paragraph.add_run().add_picture(BytesIO(data), **size)
    except UnrecognizedImageError as exc:  # WebP…: Word needs PNG, JPEG, GIF, BMP or TIFF (SVG comes as PNG)
        raise RecbookError(f"{alt}: the picture is not PNG, JPEG, GIF, BMP, TIFF or SVG") from exc
    docs = list(paragraph._p.iter(f"{DRAWING_NS}docPr"))
    docs[-1].set("descr", alt)


def logo_image(ctx: RenderContext, relative: str) -> tuple[bytes, bytes | None]:
    """Return a logo as (picture Word reads, SVG source or None): an SVG gets its PNG fallback."""
    data = asset_path(ctx, relative).read_bytes()
    return (svg_png(data, relative), data) if is_svg(data) else (data, None)


def add_logo(paragraph: Paragraph, ctx: RenderContext, relative: str, alt: str) -> None:
    """Append a partner's logo, 12 mm high, to `paragraph` (an SVG with its PNG fallback)."""
    picture, svg = logo_image(ctx, relative)
    add_picture(paragraph, picture, alt, height=LOGO_HEIGHT)
    if svg is not None:
        _attach_svg(paragraph, svg)


def _attach_svg(paragraph: Paragraph, svg: bytes) -> None:
    """Give the picture just added its SVG original (Word 2016+ shows it; others the PNG)."""
    document_part = paragraph.part
    package = document_part.package
    part = Part(package.next_partname("/word/media/image%d.svg"), SVG_CONTENT_TYPE, svg, package)
    rid = document_part.relate_to(part, RT.IMAGE)
    blip = list(paragraph._p.iter(qn("a:blip")))[-1]
    extensions = OxmlElement("a:extLst")
    extension = OxmlElement("a:ext")
    extension.set("uri", SVG_EXTENSION_URI)
    source = etree.SubElement(extension, f"{{{ASVG_NS}}}svgBlip", nsmap={"asvg": ASVG_NS})
    source.set(qn("r:embed"), rid)
    extensions.append(extension)
    blip.append(extensions)


def logo_width(ctx: RenderContext, relative: str) -> int:
    """Return how wide the logo prints at the cover's height, in twips."""
    picture, _ = logo_image(ctx, relative)
    try:
        image = Image.from_blob(picture)
    except UnrecognizedImageError as exc:
        raise RecbookError(f"{relative}: the picture is not PNG, JPEG, GIF, BMP, TIFF or SVG") from exc
    return round(LOGO_HEIGHT.twips * image.px_width / max(image.px_height, 1))
