"""Summary and annex tables: directions at a glance, groups, provenance, SDGs.

Provenance is the promise that nothing is lost: every original proposal id is
listed with the recommendation it went into, how it was merged and its score.
"""

from __future__ import annotations

from io import BytesIO
from typing import Iterator, Sequence

from babel import Locale
from babel.numbers import format_decimal

from ...model import LocalizedBook, Text
from ..chart import chart_alt, chart_data
from .builder import BookWriter, Cell
from .chart_png import chart_png

# column widths in twips; each table spans the 9,355-twip text width of reference.docx
SUMMARY_WIDTHS = (5755, 1800, 1800)
GROUP_WIDTHS = (1400, 7955)
PROVENANCE_WIDTHS = (1050, 1750, 900, 2705, 1150, 1000, 800)
SDG_WIDTHS = (5355, 4000)
CHART_WIDTH_EMU = 5_900_000  # about 16.4 cm: the text width


def summary(w: BookWriter) -> None:
    """Write the chart and the per-direction table under the Recommendations heading."""
    book = w.book
    w.heading(1, [w.label("recommendations")])
    data = chart_data(book)
    figure = w.paragraph("Figure")
    run = figure.add_run()
    run.add_picture(BytesIO(chart_png(data)), width=CHART_WIDTH_EMU)
    _describe_picture(figure, chart_alt(data))
    w.paragraph("Caption", [data.caption])
    header = [w.label("table.direction"), w.label("recommendations"), w.label("table.votes")]
    rows = ([[f"{d.number}. ", d.title], str(len(d.recommendations)), str(d.total_votes)] for d in book.directions)
    w.table(header, rows, SUMMARY_WIDTHS)


def annexes(w: BookWriter) -> None:
    """Write the annexes in order: groups, provenance, SDGs."""
    for number, (key, write) in enumerate(
        (("annex.groups", _groups), ("annex.provenance", _provenance), ("annex.sdgs", _sdgs)), start=1
    ):
        w.heading(1, [w.label("annex_n", number=str(number)), ". ", w.label(key)])
        write(w)


def _groups(w: BookWriter) -> None:
    header = [w.label("table.id"), w.label("table.group")]
    w.table(header, ([gid, name] for gid, name in w.book.groups), GROUP_WIDTHS)


def _provenance(w: BookWriter) -> None:
    labels = ("table.id", "table.group", "table.language", "table.proposal",
              "table.recommendation", "table.how", "table.similarity")
    w.table([w.label(k) for k in labels], _provenance_rows(w), PROVENANCE_WIDTHS)


def _provenance_rows(w: BookWriter) -> Iterator[Sequence[Cell]]:
    """Yield one row per original proposal, in the book's print order."""
    book = w.book
    names = Locale.parse(book.lang).languages
    for direction in book.directions:
        for rec in direction.recommendations:
            for m in rec.members:
                yield [
                    m.proposal_id,
                    m.group,
                    names.get(m.language, m.language),
                    Text(m.title, m.language),
                    rec.number,
                    w.label(f"merge.{m.how}"),
                    format_decimal(m.score, format="0.00", locale=book.lang),
                ]


def _sdgs(w: BookWriter) -> None:
    header = [w.label("sdgs"), w.label("recommendations")]
    w.table(header, _sdg_rows(w.book, w), SDG_WIDTHS)


def _sdg_rows(book: LocalizedBook, w: BookWriter) -> Iterator[Sequence[Cell]]:
    """Yield one row per goal that any recommendation names, in goal order."""
    by_goal: dict[int, tuple[Text, list[str]]] = {}
    for direction in book.directions:
        for rec in direction.recommendations:
            for number, title in rec.sdgs:
                by_goal.setdefault(number, (title, []))[1].append(rec.number)
    for number in sorted(by_goal):
        title, recs = by_goal[number]
        yield [[f"{w.label('sdg_n', number=str(number))} — ", title], ", ".join(recs)]


def _describe_picture(paragraph, alt: str) -> None:
    """Give the inline picture its alt text (screen readers read docPr/@descr)."""
    for doc_pr in paragraph._p.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
        doc_pr.set("descr", alt)
        doc_pr.set("name", "chart")
