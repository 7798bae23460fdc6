"""Read a rendered DOCX back as parsed XML parts, for the DOCX tests."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from recbook.render import RenderContext
from recbook.render.docx import PAGES_OPTION
from recbook.resources import default_dir

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def w(tag: str) -> str:
    """Return the Clark name of a WordprocessingML tag."""
    return f"{{{W}}}{tag}"


@dataclass
class Docx:
    """A DOCX's raw bytes and every XML part parsed with lxml."""

    data: bytes
    parts: dict[str, etree._Element]
    names: list[str]

    def xpath(self, part: str, path: str) -> list:
        return self.parts[part].xpath(path, namespaces=NS)

    @property
    def document(self) -> etree._Element:
        return self.parts["word/document.xml"]


def parse_docx(data: bytes) -> Docx:
    """Parse every XML part (a part lxml refuses fails the test)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        parts = {n: etree.fromstring(z.read(n)) for n in names if n.endswith((".xml", ".rels"))}
    return Docx(data, parts, names)


def paragraph_text(p: etree._Element) -> str:
    """Return a paragraph's visible text (tabs and breaks as spaces, field codes left out)."""
    out = []
    for node in p.iter(w("t"), w("tab"), w("br")):
        out.append(node.text or "" if node.tag == w("t") else " ")
    return "".join(out)


def context(project: Path | None = None) -> RenderContext:
    """Return a RenderContext with the packaged templates (and a project's first, and its assets/)."""
    dirs = ((project / "templates",) if project else ()) + (default_dir("templates"),)
    assets = (project / "assets",) if project else ()
    # no LibreOffice layout: seconds per render; test_docx_libreoffice covers the page numbers
    return RenderContext(project or Path("."), dirs, assets, options={PAGES_OPTION: "none"})
