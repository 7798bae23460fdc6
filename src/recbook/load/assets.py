"""Check a logo the way the renderers will load it, so `check` refuses what `build` would.

The renderers read only files in the project's asset folders, and an image
they cannot decode fails the build late, after seconds of layout. Here the
same rules run at `check` time: inside `assets/` or `inputs/assets/`, readable,
at most `MAX_ASSET_BYTES`, a PNG/JPEG/GIF/BMP/TIFF that decodes within
`MAX_PIXELS`, or an SVG that parses (without entities or network).
"""

from __future__ import annotations

import re
import warnings
from io import BytesIO
from pathlib import Path

from ..diagnostics import Diagnostic, Location, error
from .png_check import plain_png_decodes

ASSET_FOLDERS = ("assets", "inputs/assets")  # what pipeline.render_context allows renderers to read
MAX_ASSET_BYTES = 10 * 1024 * 1024  # a print logo is a few hundred KiB
MAX_PIXELS = 40_000_000  # a decompression bomb is a small file of billions of pixels
RASTER_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF87a": "GIF", b"GIF89a": "GIF",
    b"BM": "BMP", b"II*\x00": "TIFF", b"MM\x00*": "TIFF",
}


def asset_problems(project: Path, relative: str, location: Location) -> list[Diagnostic]:
    """Return the errors `build` would hit loading the asset `relative` (empty when it is fine)."""
    path = project / relative
    if not path.is_file():
        return [error(location, f"logo file not found: {relative}", "load.missing-asset")]
    root = project.resolve()
    if not any(path.resolve().is_relative_to(root / folder) for folder in ASSET_FOLDERS):
        return [error(location, f"{relative}: a logo must be in assets/ or inputs/assets/, "
                      "the only folders a book may load files from", "load.asset-folder")]
    try:
        size = path.stat().st_size
        if size > MAX_ASSET_BYTES:
            return [error(location, f"{relative}: {size:,} bytes is larger than the "
                          f"{MAX_ASSET_BYTES // 2**20} MiB limit for an image", "load.asset-too-large")]
        data = path.read_bytes()
    except OSError as exc:
        return [error(location, f"{relative}: cannot be read ({exc.strerror or exc})", "load.asset-unreadable")]
    problem = image_problem(data)
    return [error(location, f"{relative}: {problem}", "load.bad-image")] if problem else []


def image_problem(data: bytes) -> str | None:
    """Return why `data` is not an image both renderers can use, or None."""
    kind = next((name for magic, name in RASTER_MAGIC.items() if data.startswith(magic)), None)
    if kind:
        return _raster_problem(data, kind)
    if b"<svg" in data[:4096]:
        return _svg_problem(data)
    return "not an image recbook can print (PNG, JPEG, GIF, BMP, TIFF or SVG)"


def _raster_problem(data: bytes, kind: str) -> str | None:
    if kind == "PNG" and plain_png_decodes(data, MAX_PIXELS):
        return None  # checked without importing Pillow (png_check.py)
    from PIL import ImageFile

    truncated_ok = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False  # WeasyPrint turns it on process-wide; a broken file is broken
    try:
        return _decode_problem(data, kind)
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = truncated_ok


def _decode_problem(data: bytes, kind: str) -> str | None:
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return f"{width}×{height} pixels is more than the {MAX_PIXELS:,}-pixel limit for an image"
                image.load()  # decode it: verify() alone passes a PNG whose pixel data is junk
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        return f"more than the {MAX_PIXELS:,}-pixel limit for an image"
    except Exception as exc:  # Pillow raises many types for a damaged file
        return f"a damaged {kind} file ({_short(str(exc) or type(exc).__name__)})"
    return None


def _svg_problem(data: bytes) -> str | None:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        return f"a damaged SVG file ({_short(str(exc))})"
    if etree.QName(root).localname != "svg":
        return "not an image recbook can print (PNG, JPEG, GIF, BMP, TIFF or SVG)"
    if root.getroottree().docinfo.internalDTD is not None:
        return "an SVG with a DOCTYPE (entities can read files or explode in size); save it without one"
    outside = _outside_links(root)
    if outside:
        listed = ", ".join(_short(link, 60) for link in outside[:3])
        more = f" and {len(outside) - 3} more" if len(outside) > 3 else ""
        return (f"an SVG that loads {listed}{more}; embed the "
                f"{'picture' if len(outside) == 1 else 'pictures'} or remove the "
                f"{'link' if len(outside) == 1 else 'links'}")
    return None


def _outside_links(root) -> list[str]:
    """Return each distinct link outside the file (href, or url() in a style), in document order."""
    from lxml import etree

    found: dict[str, None] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        values = [v for k, v in el.attrib.items() if etree.QName(k).localname == "href"]
        styles = [el.text or ""] if etree.QName(el).localname == "style" else []
        styles += [v for k, v in el.attrib.items() if k == "style" or ("url(" in v and k != "href")]
        values += [m.group(1) or m.group(2) or "" for text in styles for m in _CSS_LINK.finditer(text)]
        for value in (v.strip() for v in values):
            if value and not value.startswith(("#", "data:")):  # url() loads nothing
                found.setdefault(value, None)
    return list(found)


_CSS_LINK = re.compile(r"""@import\s+['"]([^'"]*)['"]|url\(\s*['"]?([^'")]*)['"]?\s*\)""", re.IGNORECASE)


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
