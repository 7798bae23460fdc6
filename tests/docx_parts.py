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


# ---------------------------------------------------------------- structure dump

_SKIPPED = {w("pPr"), w("rPr"), w("bookmarkStart"), w("bookmarkEnd"), w("proofErr"), w("commentRangeStart"),
            w("commentRangeEnd")}


def _style(p: etree._Element) -> str:
    return p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) or "(default)"


class _Fields:
    """Turn runs into text with each field written {INSTRUCTION → stored result}.

    The stored result is the text a reader sees, so it is written in place; a
    field may open in one paragraph and close in a later one (the TOC field).
    """

    def __init__(self, soft_hyphens: bool = False) -> None:
        self.soft_hyphens = soft_hyphens  # Kazakh's syllable breaks: noise in a dump unless asked for
        self.stack: list[list[str]] = []  # the instruction of each open field, innermost last
        self.instructing: list[bool] = []
        self.out: list[str] = []

    def node(self, node: etree._Element) -> None:
        tag = node.tag
        if tag == w("fldChar"):
            self._char(node.get(w("fldCharType")))
        elif tag == w("instrText") and self.stack:
            self.stack[-1].append(node.text or "")
        elif self.instructing and self.instructing[-1]:
            return  # runs between begin and separate belong to the instruction
        elif tag == w("t"):
            self.out.append(node.text or "")
        elif tag in (w("tab"), w("br")):
            self.out.append("⇥" if tag == w("tab") else "↵")  # one line per paragraph, breaks visible
        elif tag == w("softHyphen") and self.soft_hyphens:
            self.out.append("\u00ad")
        elif tag.endswith("}docPr"):
            self.out.append(f"[picture: {node.get('descr', '')}]")

    def _char(self, kind: str | None) -> None:
        if kind == "begin":
            self.stack.append([])
            self.instructing.append(True)
        elif kind == "separate" and self.stack:
            self.instructing[-1] = False
            self.out.append("{" + " ".join("".join(self.stack[-1]).split()) + " → ")
        elif kind == "end" and self.stack:
            if self.instructing.pop():  # a field without a stored result
                self.out.append("{" + " ".join("".join(self.stack[-1]).split()) + "}")
            else:
                self.out.append("}")
            self.stack.pop()

    def take(self) -> str:
        """Return the text gathered since the last call."""
        text, self.out = "".join(self.out), []
        return text


def paragraph_line(p: etree._Element, fields: _Fields | None = None) -> str:
    """Return one dump line for a paragraph: style, pagination marks, text with fields."""
    fields = fields or _Fields()
    for node in p.iter():
        fields.node(node)
    text = fields.take()
    marks = [m for m, tag in (("keep-with-next", "keepNext"), ("section-end", "sectPr"))
             if p.find(f"{w('pPr')}/{w(tag)}") is not None]
    mark = f" [{', '.join(marks)}]" if marks else ""
    return f"{_style(p)}{mark}: {text}"


def _table_lines(tbl: etree._Element) -> list[str]:
    style = tbl.xpath("string(w:tblPr/w:tblStyle/@w:val)", namespaces=NS) or "(default)"
    widths = tbl.xpath("w:tblGrid/w:gridCol/@w:w", namespaces=NS)
    lines = [f"table {style} widths={','.join(widths)}"]
    for row in tbl.xpath("w:tr", namespaces=NS):
        header = " header" if row.xpath("w:trPr/w:tblHeader", namespaces=NS) else ""
        cells = [" / ".join(paragraph_line(p).split(": ", 1)[1] for p in c.xpath("w:p", namespaces=NS))
                 for c in row.xpath("w:tc", namespaces=NS)]
        lines.append(f"  row{header}: " + " | ".join(cells))
    return lines


def structure(data: bytes, soft_hyphens: bool = False) -> str:
    """Return a plain-text dump of a DOCX body, stable for the same bytes (tests, golden dumps).

    One line per paragraph: style, pagination marks, text with fields as
    {INSTRUCTION → stored result}, ⇥ for a tab and ↵ for a line break; tables with
    their column widths and one line per row; content controls; section ends.
    """
    parsed = parse_docx(data)
    lines: list[str] = []

    def walk(parent: etree._Element, indent: str) -> None:
        fields = _Fields(soft_hyphens)  # a field may open in one paragraph and close in a later one
        for child in parent:
            if child.tag == w("p"):
                lines.append(indent + paragraph_line(child, fields))
            elif child.tag == w("tbl"):
                lines.extend(indent + line for line in _table_lines(child))
            elif child.tag == w("sdt"):
                gallery = child.xpath("string(.//w:docPartGallery/@w:val)", namespaces=NS)
                lines.append(f"{indent}content control {gallery or '(plain)'}")
                walk(child.find(w("sdtContent")), indent + "  ")
            elif child.tag == w("sectPr"):
                start = child.xpath("string(w:pgNumType/@w:start)", namespaces=NS)
                lines.append(f"{indent}section-end [pages from {start or 'previous'}]")

    walk(parsed.document.find(w("body")), "")
    return "\n".join(lines) + "\n"


def headings(data: bytes) -> list[tuple[str, str]]:
    """Return (style, text) of every heading paragraph in document order."""
    parsed = parse_docx(data)
    return [(_style(p), paragraph_text(p)) for p in parsed.document.iter(w("p"))
            if _style(p).startswith("Heading")]
