"""Summary totals, chart data and the annexes' rows, derived once so the PDF and the DOCX print the same."""

from __future__ import annotations

import re
from typing import Callable

from ..i18n.translator import fill, number
from ..model import (
    Annexes, ChartData, ChartRow, GroupRow, LocalizedDirection, LocalizedMember,
    LocalizedRecommendation, ProvenanceRow, SdgRow, Summary, Text,
)

Label = Callable[[str], str]
NO_VALUE = "–"  # an en dash in a table cell: no value was given


def natural_key(text: str) -> tuple:
    """Return a sort key that orders digit runs by value ("G2" < "G10")."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


def summary(directions: tuple[LocalizedDirection, ...], lang: str) -> Summary:
    """Return the summary table's totals."""
    recs = sum(len(d.recommendations) for d in directions)
    return Summary(number(recs, lang), number(sum(d.total_votes for d in directions), lang))


def chart(directions: tuple[LocalizedDirection, ...], labels: dict[str, str], lang: str) -> ChartData:
    """Return the chart's rows, panel titles, caption and text equivalent."""
    rows = tuple(ChartRow(d.number, d.title.value, d.title.lang, len(d.recommendations), d.total_votes,
                          (d.count_label, d.votes_label), d.title.fallback) for d in directions)
    series = (labels["recommendations"], labels["table.votes"])
    caption = labels["chart.caption"]
    parts = [f"{r.number}. {r.title}: {series[0]} {r.values[0]}, {series[1]} {r.values[1]}" for r in rows]
    return ChartData(rows, series, caption, lang, f"{caption}. " + "; ".join(parts))


def _recs(directions: tuple[LocalizedDirection, ...]) -> list[LocalizedRecommendation]:
    return [r for d in directions for r in d.recommendations]


def group_rows(directions: tuple[LocalizedDirection, ...], groups: tuple[tuple[str, Text], ...]) -> tuple[GroupRow, ...]:
    """Return each group with the numbers of the recommendations it proposed."""
    recs = _recs(directions)
    return tuple(GroupRow(gid, name, ", ".join(r.number for r in recs if name in r.proposed_by))
                 for gid, name in groups)


def sdg_rows(directions: tuple[LocalizedDirection, ...]) -> tuple[SdgRow, ...]:
    """Return each SDG goal used, with its title and the recommendations citing it."""
    goals: dict[int, tuple[Text, list[str]]] = {}
    for r in _recs(directions):
        for goal, title in r.sdgs:
            goals.setdefault(goal, (title, []))[1].append(r.number)
    return tuple(SdgRow(str(goal), title, ", ".join(numbers)) for goal, (title, numbers) in sorted(goals.items()))


def provenance_rows(directions: tuple[LocalizedDirection, ...], groups: tuple[tuple[str, Text], ...],
                    label: Label, lang: str) -> tuple[ProvenanceRow, ...]:
    """Return one row per original proposal, ordered by proposal id."""
    group_ids = {name: gid for gid, name in groups}
    pairs: list[tuple[LocalizedRecommendation, LocalizedMember]] = [
        (r, m) for r in _recs(directions) for m in r.members]
    pairs.sort(key=lambda pair: natural_key(pair[1].proposal_id))
    return tuple(
        ProvenanceRow(r, m, group_ids.get(m.group, m.group.value), label(f"language.{m.language}"),
                      label(_how_key(m)), NO_VALUE if m.votes is None else number(m.votes, lang))
        for r, m in pairs)


def _how_key(m: LocalizedMember) -> str:
    """Return the label of how a proposal joined: "identical wording" only for a twin written letter for letter."""
    if m.how == "exact" and m.written in ("case_spacing", "other"):
        return f"merge.exact.{m.written}"
    return f"merge.{m.how}"


def annexes(directions: tuple[LocalizedDirection, ...], groups: tuple[tuple[str, Text], ...],
            labels: dict[str, str], lang: str) -> Annexes:
    """Return the three annexes with their numbered headings."""
    def heading(n: int, key: str) -> str:
        return fill(labels["annex_n"], {"number": n}) + ". " + labels[key]

    return Annexes(
        heading(1, "annex.groups"), group_rows(directions, groups),
        heading(2, "annex.provenance"), provenance_rows(directions, groups, labels.__getitem__, lang),
        heading(3, "annex.sdgs"), sdg_rows(directions),
    )
