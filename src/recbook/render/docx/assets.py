"""Pictures from the project (partner logos), loaded by the PDF's rule.

RELIABILITY 16: only files inside the project's asset folders are read, never a
URL, and a missing or refused file fails this output with a clear message
instead of leaving a blank where the logo should be.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from docx.image.exceptions import UnrecognizedImageError
from docx.image.image import Image
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from ...diagnostics import RecbookError
from .. import RenderContext

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
    except UnrecognizedImageError as exc:  # SVG, WebP…: Word needs PNG, JPEG, GIF, BMP or TIFF
        raise RecbookError(f"{alt}: the picture is not PNG, JPEG, GIF, BMP or TIFF") from exc
    docs = list(paragraph._p.iter(f"{DRAWING_NS}docPr"))
    docs[-1].set("descr", alt)


def add_logo(paragraph: Paragraph, ctx: RenderContext, relative: str, alt: str) -> None:
    """Append a partner's logo, 12 mm high, to `paragraph`."""
    add_picture(paragraph, asset_path(ctx, relative).read_bytes(), alt, height=LOGO_HEIGHT)


def logo_width(ctx: RenderContext, relative: str) -> int:
    """Return how wide the logo prints at the cover's height, in twips."""
    data = asset_path(ctx, relative).read_bytes()
    try:
        image = Image.from_blob(data)
    except UnrecognizedImageError as exc:
        raise RecbookError(f"{relative}: the picture is not PNG, JPEG, GIF, BMP or TIFF") from exc
    return round(LOGO_HEIGHT.twips * image.px_width / max(image.px_height, 1))
