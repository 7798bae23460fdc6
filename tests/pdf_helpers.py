"""Helpers shared by the PDF tests: a factory book with real labels, PDF text and fonts."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pikepdf
import pypdf
from fontTools.ttLib import TTFont

from book_factory import make_book
from recbook.model import LocalizedBook
from recbook.render import RenderContext
from recbook.resources import default_dir

ROOT = Path(__file__).resolve().parents[1]


def labelled_book(lang: str, **changes) -> LocalizedBook:
    """Return the factory's draft book (packaged book.po labels), with `changes`."""
    return replace(make_book(lang, draft=True), **changes)


def context(project: Path, asset_dirs: tuple[Path, ...] = (), **kw) -> RenderContext:
    """Return a render context with `project`/templates before the packaged templates."""
    dirs = tuple(d for d in (project / "templates", default_dir("templates")) if d.is_dir())
    return RenderContext(project, dirs, asset_dirs, **kw)


def pdf_text(data: bytes) -> str:
    """Return the PDF's text, whitespace collapsed (soft hyphens and line breaks vanish)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.replace("\u00ad", "").split())


def squash(text: str) -> str:
    """Return `text` without spaces, dots and hyphens (soft, line-end U+2010, no-break): to match wrapped lines."""
    return re.sub(r"[\s.\u00ad\u2009\u2010\u2011-]", "", text)


def embedded_fonts(data: bytes) -> list[tuple[str, bool, set[int]]]:
    """Return (BaseFont, has an embedded font file, code points in its cmap) per font."""
    fonts = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        seen = set()
        for page in pdf.pages:
            for font in page.resources.get("/Font", {}).values():
                if font.objgen in seen:
                    continue
                seen.add(font.objgen)
                descriptor = (font.get("/DescendantFonts") or [font])[0].get("/FontDescriptor", {})
                stream = next((descriptor[k] for k in ("/FontFile2", "/FontFile3", "/FontFile") if k in descriptor), None)
                cmap: set[int] = set()
                if stream is not None:
                    cmap = set(TTFont(io.BytesIO(stream.read_bytes())).getBestCmap() or {})
                fonts.append((str(font.BaseFont), stream is not None, cmap))
    return fonts
