"""The small vocabulary the book is written in: headings, paragraphs, details, tables.

Every paragraph gets a named style from reference.docx and nothing else, so an
editor restyles the whole book by editing styles, never by hunting for direct
formatting.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Collection, Iterable, Sequence, Union

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Twips
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ...model import Line, LocalizedBook
from .. import RenderContext
from .fields import add_bookmark
from .styles import GOALS_STYLE, hang_goals, style_ids, untranslated_shading
from .text import Piece, RunWriter, label_piece, xml_safe
from .toc import Outline
from .widths import cell_text, column_widths

Cell = Union[Piece, list[Piece]]  # a table cell: one piece, or several with their own languages
COMMENT_AUTHOR = "recbook"
HEADING_STYLES = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
TEXT_WIDTH = 9355  # A4 within reference.docx's margins, for a house reference that sets none


class BookWriter:
    """Append styled content for one LocalizedBook to a python-docx Document."""

    def __init__(self, document: Document, book: LocalizedBook, when: dt.datetime, ctx: RenderContext) -> None:
        self.doc = document
        self.ctx = ctx  # where logos may be read from
        self.book = book
        self.when = when
        self.outline = Outline()
        self.ids = style_ids(document)
        self._end = _body_end(document)
        self.runs = RunWriter(book.lang, book.draft, self._note_fallback, self.ids,
                              untranslated_shading(document, self.ids))
        self._last_note: BaseOxmlElement | None = None  # the w:comment written last
        self._after_goals: str | None = None  # what follows the SDG label, once its style is set

    def goals(self, label: Piece, pieces: Sequence[Piece]) -> Paragraph:
        """Append the SDG line: the label, then one goal a line, hanging under the first (styles.hang_goals)."""
        if self._after_goals is None:
            self._after_goals = hang_goals(self.doc, cell_text(label), self.text_width)
        return self.detail(label, pieces, style=GOALS_STYLE, after=self._after_goals)

    def label(self, key: str) -> Piece:
        """Return the book's wording for `key` (localize resolved every label): a Text, marked as a
        fallback, when book.po has no translation of it and it is printed in English."""
        return label_piece(self.book.label_text(key))

    def _note_fallback(self, run: Run) -> None:
        """Attach a Word comment saying the run is still in the original language."""
        if self._last_note is None:
            comment = self.doc.add_comment(run, xml_safe(self.book.labels["fallback_note"]), COMMENT_AUTHOR, "rb")
            # python-docx stamps "now", and reads a naive time as local: the book's time is UTC (as the
            # PDF's), so the bytes are the same in every time zone
            comment._comment_elm.date = self.when.replace(tzinfo=dt.timezone.utc)
            self._last_note = comment._comment_elm
            return
        # every note is the first one under the next id, the one python-docx would give (the
        # largest + 1); its add_comment reads every id to find it: O(n²) in a book's 4,000 notes
        note = copy.deepcopy(self._last_note)
        note.id = self._last_note.id + 1
        self._last_note.addnext(note)
        self._last_note = note
        run.mark_comment_range(run, note.id)

    def paragraph(self, style: str, pieces: Iterable[Piece] = ()) -> Paragraph:
        """Append a paragraph in `style` holding `pieces`."""
        # python-docx finds the body's end by scanning every child: O(n²) for a long annex
        element = OxmlElement("w:p")
        self._end.addprevious(element)
        paragraph = Paragraph(element, self.doc._body)
        paragraph._p.style = self.ids[style]
        self.runs.pieces(paragraph, pieces)
        return paragraph

    def heading(self, level: int, pieces: Sequence[Piece], *, toc: Sequence[Piece] | None = None,
                listed: bool = True) -> Paragraph:
        """Append a heading; listed ones get a bookmark and a TOC entry (`toc` if given)."""
        paragraph = self.paragraph(HEADING_STYLES[level], pieces)
        if listed:
            name, number = self.outline.add(level, tuple(pieces if toc is None else toc))
            add_bookmark(paragraph, name, number)
        return paragraph

    def last_paragraph(self) -> Paragraph:
        """Return the paragraph written last (the cover's end, where its section closes)."""
        element = self._end.getprevious()
        if element is None or element.tag != qn("w:p"):  # a section can only close in a paragraph
            return self.paragraph("Normal")
        return Paragraph(element, self.doc._body)

    def prose(self, paragraphs: Line, style: str = "Body Text") -> list[Paragraph]:
        """Append paragraphs (split by localize, as the PDF prints them); return them."""
        return [self.paragraph(style, [p]) for p in paragraphs]

    def detail(self, label: Piece, pieces: Sequence[Piece], style: str = "Recommendation Details",
               after: str = " ") -> Paragraph:
        """Append one "Label: value" line (under a recommendation, or in the imprint); `after` follows the label."""
        paragraph = self.paragraph(style)
        self.runs.piece(paragraph, label, style="Strong")
        self.runs.piece(paragraph, after)
        self.runs.pieces(paragraph, pieces)
        return paragraph

    def table(self, header: Sequence[Piece], rows: Iterable[Sequence[Cell]],
              numeric: Collection[int] = ()) -> Table:
        """Append a Book Table sized to its content whose header row repeats; `numeric` columns align right."""
        rows = list(rows)
        widths = column_widths(header, rows, self.text_width)
        table = self.doc.add_table(rows=1, cols=len(header), style="Book Table")
        _fixed_layout(table, widths)
        head = table.rows[0]
        _repeat_header(head._tr)
        for cell, title in zip(head.cells, header):
            self.cell(cell.paragraphs[0], "Table Heading", [title])
        styles = ["Table Number" if i in numeric else "Table Text" for i in range(len(header))]
        for values in rows:
            self._row(table, zip(widths, styles, values))
        return table

    def layout_table(self, widths: Sequence[int]) -> Table:
        """Append a table without borders (the default table style) that only places things side by side."""
        table = self.doc.add_table(rows=0, cols=len(widths))
        _fixed_layout(table, widths)
        return table

    def layout_row(self, table: Table) -> list[BaseOxmlElement]:
        """Append a row to a layout table; return its cells, contents centred vertically."""
        row = OxmlElement("w:tr")
        cells = []
        for column in table._tbl.tblGrid.gridCol_lst:
            cell = OxmlElement("w:tc")
            properties = OxmlElement("w:tcPr")
            width = OxmlElement("w:tcW")
            width.set(qn("w:w"), str(column.w.twips))
            width.set(qn("w:type"), "dxa")
            align = OxmlElement("w:vAlign")
            align.set(qn("w:val"), "center")
            properties.append(width)
            properties.append(align)
            cell.append(properties)
            row.append(cell)
            cells.append(cell)
        table._tbl.append(row)
        return cells

    def paragraph_in(self, cell: BaseOxmlElement, style: str) -> Paragraph:
        """Append a paragraph in `style` to a table cell."""
        element = OxmlElement("w:p")
        cell.append(element)
        paragraph = Paragraph(element, self.doc._body)
        paragraph._p.style = self.ids[style]
        return paragraph

    @property
    def text_width(self) -> int:
        """Return the width between the margins, in twips (tables span it)."""
        section = self.doc.sections[-1]
        if section.page_width is None or section.left_margin is None or section.right_margin is None:
            return TEXT_WIDTH
        return section.page_width.twips - section.left_margin.twips - section.right_margin.twips

    def _row(self, table: Table, cells: Iterable[tuple[int, str, Cell]]) -> None:
        """Append a row that stays on one page (python-docx's add_row is quadratic)."""
        row = OxmlElement("w:tr")
        _no_split(row)
        for width, style, value in cells:
            cell = OxmlElement("w:tc")
            properties = OxmlElement("w:tcPr")
            cell_width = OxmlElement("w:tcW")
            cell_width.set(qn("w:w"), str(width))
            cell_width.set(qn("w:type"), "dxa")
            properties.append(cell_width)
            cell.append(properties)
            element = OxmlElement("w:p")
            cell.append(element)
            row.append(cell)
            self.cell(Paragraph(element, table), style, value if isinstance(value, list) else [value])
        table._tbl.append(row)

    def cell(self, paragraph: Paragraph, style: str, pieces: Sequence[Piece]) -> None:
        """Fill a table cell's paragraph in `style`."""
        paragraph._p.style = self.ids[style]
        self.runs.pieces(paragraph, pieces)


def _body_end(document: Document):
    """Return the body's final sectPr (added if a house reference lacks it): paragraphs go before it."""
    body = document.element.body
    last = body[-1] if len(body) else None
    if last is None or last.tag != qn("w:sectPr"):
        last = OxmlElement("w:sectPr")
        body.append(last)
    return last


def _tr_pr(tr) -> object:
    return tr.get_or_add_trPr()


def _repeat_header(tr) -> None:
    """Mark a row as the header Word and LibreOffice repeat after each page break."""
    flag = OxmlElement("w:tblHeader")
    _tr_pr(tr).append(flag)


def _no_split(tr) -> None:
    """Keep a row on one page: a provenance line is read as a whole."""
    properties = OxmlElement("w:trPr")
    properties.append(OxmlElement("w:cantSplit"))
    tr.insert(0, properties)


def _fixed_layout(table: Table, widths: Sequence[int]) -> None:
    """Give columns fixed widths (twips): autofit makes 5,000-row tables slow and jumpy."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths):
        column.w = Twips(width)  # rows written later give each cell its column's width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Twips(width)
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is not None:
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), str(sum(widths)))
