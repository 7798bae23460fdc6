"""Summary and annexes: directions at a glance, groups, provenance, SDGs.

Provenance is the promise that nothing is lost: every original proposal id is
listed with the recommendation it went into, how it was merged and its score,
then printed as submitted. Rows and order are the PDF's (book-layout.html).
"""

from __future__ import annotations

from typing import Iterator, Sequence

from babel import Locale
from babel.numbers import format_decimal

from ...model import Text
from ..annex_data import group_numbers, members, sdg_numbers
from ..chart import chart_alt, chart_data
from .assets import add_picture
from .builder import BookWriter, Cell
from .chart_png import chart_png

CHART_WIDTH_EMU = 5_900_000  # about 16.4 cm: the text width


def summary(w: BookWriter) -> None:
    """Write the Summary: per-direction table with totals, then the chart."""
    book = w.book
    w.heading(1, [w.label("summary")])
    header = [w.label(k) for k in ("table.number", "table.direction", "recommendations", "table.votes")]
    rows: list[Sequence[Cell]] = [
        [d.number, d.title, str(len(d.recommendations)), str(d.total_votes)] for d in book.directions
    ]
    table = w.table(header, rows, numeric={0, 2, 3})
    total = table.add_row()
    label = total.cells[0].merge(total.cells[1])
    recs = sum(len(d.recommendations) for d in book.directions)
    votes = sum(d.total_votes for d in book.directions)
    w.cell(label.paragraphs[0], "Table Heading", [w.label("table.total")])
    for cell, value in ((total.cells[2], recs), (total.cells[3], votes)):
        w.cell(cell.paragraphs[0], "Table Number", [str(value)])
    data = chart_data(book)
    add_picture(w.paragraph("Figure"), chart_png(data), chart_alt(data), width=CHART_WIDTH_EMU)
    w.paragraph("Caption", [data.caption])


def annexes(w: BookWriter) -> None:
    """Write the annexes: groups, provenance with the originals, SDG index when any."""
    _heading(w, 1, "annex.groups")
    _groups(w)
    _heading(w, 2, "annex.provenance")
    _provenance(w)
    if sdg_numbers(w.book):
        _heading(w, 3, "annex.sdgs")
        _sdgs(w)


def _heading(w: BookWriter, number: int, key: str) -> None:
    w.heading(1, [w.label("annex_n", number=str(number)), ". ", w.label(key)])


def _groups(w: BookWriter) -> None:
    numbers = group_numbers(w.book)
    header = [w.label(k) for k in ("table.id", "table.group", "recommendations")]
    w.table(header, ([gid, name, ", ".join(numbers[gid])] for gid, name in w.book.groups))


def _provenance(w: BookWriter) -> None:
    keys = ("table.proposal", "table.group", "table.language", "table.recommendation",
            "table.how", "table.similarity", "table.votes")
    w.table([w.label(k) for k in keys], _provenance_rows(w), numeric={3, 5, 6})
    for rec, member, _ in members(w.book):
        # originals are headings (navigation pane) one level below the TOC's, so Word's
        # "Update Table" leaves them out as the PDF does
        w.heading(3, [member.proposal_id, " ", Text(member.title, member.language)], listed=False)
        w.paragraph("Recommendation Details", [member.group, " · ", w.label("table.recommendation"),
                                               " ", rec.number])
        w.prose(Text(member.text, member.language))


def _provenance_rows(w: BookWriter) -> Iterator[Sequence[Cell]]:
    """Yield one row per original proposal, ordered by proposal id like the PDF."""
    lang = w.book.lang
    for rec, m, gid in members(w.book):
        votes = str(m.votes) if m.votes is not None else "–"
        yield [m.proposal_id, gid, _language(w, m.language), rec.number,
               w.label(f"merge.{m.how}"), format_decimal(m.score, "0.00", locale=lang), votes]


def _language(w: BookWriter, code: str) -> str:
    """Return the language's name: localize's label, or CLDR's name as localize makes it."""
    key = f"language.{code}"
    if key in w.book.labels:
        return w.label(key)
    name = Locale.parse(w.book.lang).languages.get(code, code)
    return name[:1].upper() + name[1:]


def _sdgs(w: BookWriter) -> None:
    header = [w.label(k) for k in ("table.number", "sdgs", "recommendations")]
    rows = ([str(goal), title, ", ".join(numbers)] for goal, title, numbers in sdg_numbers(w.book))
    w.table(header, rows, numeric={0})
