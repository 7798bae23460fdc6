"""The table of contents as Word writes it: a TOC field with its entries already in place.

The field `TOC \\o "1-2" \\h \\z \\u` sits in Word's "Table of Contents"
content control; its stored result is one paragraph per heading (a hyperlink
to the heading's bookmark, a tab, a PAGEREF field). Word's "Update Table"
rebuilds it from the headings, and every viewer that never updates fields
(Word Online, Google Docs, previewers, LibreOffice, which prints a TOC field's
stored result as it is) shows the stored page numbers: paginate.py takes them
from LibreOffice's layout of this very file. Levels are "1-2" because the
annex's original proposals are level-3 headings: in the navigation pane, never
in the contents, as in the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from .fields import field_begin, field_end, field_runs, hyperlink, tab_run
from .text import Piece, RunWriter

TOC_LEVELS = 2  # directions/sections and recommendations; deeper headings stay out
TOC_STYLES = {1: "toc 1", 2: "toc 2"}
TOC_INSTRUCTION = f'TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u'


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


@dataclass
class Toc:
    """The written TOC: each entry's stored page number, to be filled once the pages are known."""

    pages: dict[str, BaseOxmlElement] = field(default_factory=dict)  # bookmark → the w:t of its number

    def fill(self, numbers: dict[str, str]) -> None:
        """Store each entry's page number as the PAGEREF's result."""
        for bookmark, text in self.pages.items():
            text.text = numbers.get(bookmark, "")


def _entry(placeholder: Paragraph, runs: RunWriter, entry: Entry, toc: Toc) -> Paragraph:
    """Insert one entry before `placeholder`: linked text, tab, PAGEREF."""
    paragraph = placeholder.insert_paragraph_before(style=TOC_STYLES[entry.level])
    runs.pieces(paragraph, entry.pieces)
    text_runs = list(paragraph._p.r_lst)
    for run in text_runs:
        paragraph._p.remove(run)
    page_ref = field_runs(f"PAGEREF {entry.bookmark} \\h", "")
    toc.pages[entry.bookmark] = page_ref[-2].find(qn("w:t"))
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


def fill_toc(heading: Paragraph, placeholder: Paragraph, outline: Outline, runs: RunWriter) -> Toc:
    """Replace `placeholder` with the TOC field (heading included, as Word does); return it."""
    listed = [e for e in outline.entries if e.level <= TOC_LEVELS]
    toc = Toc()
    sdt, content = _content_control()
    heading._p.addprevious(sdt)
    content.append(heading._p)
    paragraphs = [_entry(placeholder, runs, entry, toc)._p for entry in listed] or [placeholder._p]
    # the field opens before the first entry's link and closes after the last one's
    for run in reversed(field_begin(TOC_INSTRUCTION)):
        paragraphs[0].insert(1, run)  # after the pPr
    paragraphs[-1].append(field_end())
    for paragraph in paragraphs:
        content.append(paragraph)
    if listed:
        placeholder._p.getparent().remove(placeholder._p)
    return toc
