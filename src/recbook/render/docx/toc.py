"""A table of contents that already lists every heading when the file opens.

One entry per heading: a hyperlink to the heading's bookmark, a tab and a
PAGEREF field. The entries sit in Word's "Table of Contents" content control
(the `w:sdt` Word itself wraps TOCs in), not inside a TOC field: LibreOffice
7.4 shows a TOC field's cached result as frozen text, while it computes a
PAGEREF outside one, so only this shape gives right page numbers on open
there. Word recomputes the PAGEREFs on open (`w:updateFields`), and
References → Table of Contents replaces the control with a live TOC field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from .fields import field_runs, hyperlink, tab_run
from .text import Piece, RunWriter

TOC_LEVELS = 2  # directions/sections and recommendations; deeper headings stay out
TOC_STYLES = {1: "toc 1", 2: "toc 2"}


@dataclass(frozen=True)
class Entry:
    """A heading the TOC lists: its level, printed pieces and bookmark name."""

    level: int
    pieces: tuple[Piece, ...]
    bookmark: str


@dataclass
class Outline:
    """Headings in document order, collected while the body is written."""

    entries: list[Entry] = field(default_factory=list)

    def add(self, level: int, pieces: tuple[Piece, ...]) -> tuple[str, int]:
        """Register a heading; return its bookmark name and id."""
        number = len(self.entries) + 1
        name = f"_Toc{number:05d}"  # Word's own prefix: hidden from the bookmark dialog
        self.entries.append(Entry(level, pieces, name))
        return name, number


def _entry(placeholder: Paragraph, runs: RunWriter, entry: Entry, page: str) -> Paragraph:
    """Insert one entry before `placeholder`: linked text, tab, PAGEREF."""
    paragraph = placeholder.insert_paragraph_before(style=TOC_STYLES[entry.level])
    runs.pieces(paragraph, entry.pieces)
    text_runs = list(paragraph._p.r_lst)
    for run in text_runs:
        paragraph._p.remove(run)
    page_ref = field_runs(f"PAGEREF {entry.bookmark} \\h", page)
    paragraph._p.append(hyperlink(entry.bookmark, [*text_runs, tab_run(), *page_ref]))
    return paragraph


def _content_control() -> tuple[OxmlElement, OxmlElement]:
    """Return a TOC content control and its content element."""
    sdt = OxmlElement("w:sdt")
    properties = OxmlElement("w:sdtPr")
    gallery = OxmlElement("w:docPartObj")
    kind = OxmlElement("w:docPartGallery")
    kind.set(qn("w:val"), "Table of Contents")
    gallery.append(kind)
    gallery.append(OxmlElement("w:docPartUnique"))
    properties.append(gallery)
    content = OxmlElement("w:sdtContent")
    sdt.append(properties)
    sdt.append(content)
    return sdt, content


def fill_toc(placeholder: Paragraph, outline: Outline, runs: RunWriter) -> None:
    """Replace `placeholder` with one TOC entry per listed heading.

    The PAGEREF results are left empty: any number written here would be a
    guess, and both Word (on open) and LibreOffice (at layout) compute them.
    """
    listed = [e for e in outline.entries if e.level <= TOC_LEVELS]
    sdt, content = _content_control()
    for entry in listed:
        content.append(_entry(placeholder, runs, entry, "")._p)
    placeholder._p.addprevious(sdt)
    placeholder._p.getparent().remove(placeholder._p)
