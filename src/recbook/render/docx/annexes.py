"""Summary and annexes: directions at a glance, groups, provenance, SDGs.

Provenance is the promise that nothing is lost: every original proposal id is
listed with the recommendation it went into and how it was merged (the score
is an internal metric, shown in review.html, not in the public book), then printed as submitted. Rows and order are the PDF's (book-layout.html).
"""

from __future__ import annotations

from typing import Sequence

from ...model import Text
from ..chart import ChartData
from .assets import add_picture
from .builder import BookWriter, Cell
from .chart_png import chart_png
from .text import label_piece

CHART_WIDTH_EMU = 5_900_000  # about 16.4 cm: the text width


def summary(w: BookWriter) -> None:
    """Write the Summary: per-direction table with totals, then the chart."""
    book = w.book
    w.heading(1, [w.label("summary")])
    header = [w.label(k) for k in ("table.number", "table.direction", "recommendations", "table.votes")]
    rows: list[Sequence[Cell]] = [[d.number, d.title, d.count_label, d.votes_label] for d in book.directions]
    table = w.table(header, rows, numeric={0, 2, 3})
    total = table.add_row()
    label = total.cells[0].merge(total.cells[1])
    w.cell(label.paragraphs[0], "Table Heading", [w.label("table.total")])
    for cell, value in ((total.cells[2], book.summary.recommendations), (total.cells[3], book.summary.votes)):
        w.cell(cell.paragraphs[0], "Table Number", [value])
    data: ChartData = book.chart
    add_picture(w.paragraph("Figure"), chart_png(data, marked=book.draft), data.alt, width=CHART_WIDTH_EMU)
    w.paragraph("Caption", [data.caption])


def annexes(w: BookWriter) -> None:
    """Write the annexes: groups, provenance with the originals, SDG index when any."""
    annex = w.book.annexes
    w.heading(1, [annex.groups_heading])
    header = [w.label(k) for k in ("table.id", "table.group", "recommendations")]
    w.table(header, ([row.id, row.name, row.numbers] for row in annex.groups))
    w.heading(1, [annex.provenance_heading])
    _provenance(w)
    if annex.sdgs:
        w.heading(1, [annex.sdgs_heading])
        header = [w.label(k) for k in ("table.number", "sdgs", "recommendations")]
        w.table(header, ([row.goal, row.title, row.numbers] for row in annex.sdgs), numeric={0})
    if w.book.changelog is not None:
        _changelog(w)


def _changelog(w: BookWriter) -> None:
    """Write the changes since the previous edition: added, withdrawn, merged, reworded (as the PDF)."""
    log = w.book.changelog
    w.heading(1, [log.heading])
    for group in log.groups:
        w.heading(2, [group.heading], listed=False)
        for entry in group.entries:
            note = ["\u00a0— ", label_piece(entry.note)] if entry.note is not None else []  # as the PDF
            w.paragraph("Body Text", [entry.number] + ([" ", entry.title] if entry.title is not None else []) + note)
    if not log.groups:
        w.paragraph("Body Text", [log.none_label])


def _provenance(w: BookWriter) -> None:
    """Write one row per original proposal (ordered by proposal id like the PDF), then the originals."""
    keys = ("table.proposal", "table.group", "table.language", "table.recommendation",
            "table.how", "table.votes")
    rows = w.book.annexes.provenance
    w.table([w.label(k) for k in keys],
            ([r.member.proposal_id, r.group_id, r.language, r.recommendation.number, r.how, r.votes]
             for r in rows), numeric={3, 5})
    for row in rows:
        member = row.member
        # originals are headings (navigation pane) one level below the TOC's, so Word's
        # "Update Table" leaves them out as the PDF does
        w.heading(3, [member.proposal_id, " ", Text(member.title, member.language)], listed=False)
        w.paragraph("Recommendation Details", list(member.meta))
        w.prose(member.body)
