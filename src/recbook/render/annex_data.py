"""The annexes' tables, derived once from the book so the PDF and the DOCX print the same rows."""

from __future__ import annotations

from ..localize import natural_key
from ..model import LocalizedBook, LocalizedMember, LocalizedRecommendation, Text


def group_numbers(book: LocalizedBook) -> dict[str, list[str]]:
    """Return group id → numbers of the recommendations it proposed."""
    return {gid: [r.number for d in book.directions for r in d.recommendations if name in r.proposed_by]
            for gid, name in book.groups}


def sdg_numbers(book: LocalizedBook) -> list[tuple[int, Text, list[str]]]:
    """Return each SDG goal used, with its title and the recommendations citing it."""
    goals: dict[int, tuple[Text, list[str]]] = {}
    for d in book.directions:
        for r in d.recommendations:
            for goal, title in r.sdgs:
                goals.setdefault(goal, (title, []))[1].append(r.number)
    return [(goal, title, numbers) for goal, (title, numbers) in sorted(goals.items())]


def members(book: LocalizedBook) -> list[tuple[LocalizedRecommendation, LocalizedMember, str]]:
    """Return (recommendation, member, group id) for every original proposal, by proposal id."""
    group_ids = {name: gid for gid, name in book.groups}
    rows = [(r, m, group_ids.get(m.group, m.group.value))
            for d in book.directions for r in d.recommendations for m in r.members]
    return sorted(rows, key=lambda row: natural_key(row[1].proposal_id))
