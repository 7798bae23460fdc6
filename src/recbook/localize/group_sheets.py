"""Each working group's "what happened to your proposals" sheet, in the group's language (no I/O).

A group's language is the one most of its proposals are written in, among the
languages the book is published in (a tie goes to the conference's source
language, then to the order of `languages`); a group whose proposals are all in
another language gets the source language (or the first published one).
The sheet takes numbers and final wording from that language's book, so it
says exactly what the book prints (a number an earlier edition gave to a
recommendation merged into this one since, too: "1.16 … — Merged into 1.6");
its headings come from book.po (`sheet.*`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Mapping, Sequence

from ..counts import counted
from ..diagnostics import Diagnostic, error, warning
from ..i18n.catalogs import Catalogs
from ..i18n.labels import GROUP_SHEET_LABELS, LABEL_SOURCE_LANGUAGE
from ..i18n.translator import Translator, fill
from ..model import Conference, LocalizedBook, LocalizedRecommendation, Proposal, WithdrawnRecommendation
from .text import join_names

if TYPE_CHECKING:  # imported on first use (recbook.model): a check makes no sheet, only checks its labels
    from ..model import GroupSheet, GroupSheetEntry, ProposalFate


def group_language(group_id: str, proposals: Sequence[Proposal], conf: Conference) -> str:
    """Return the language a group's sheet is written in (see the module's docstring)."""
    counts = Counter(p.language for p in proposals if p.group == group_id and p.language in conf.languages)
    order = sorted(conf.languages, key=lambda lang: (lang != conf.source_language, conf.languages.index(lang)))
    if counts:
        return max(order, key=lambda lang: (counts[lang], -order.index(lang)))
    return order[0]


def sheet_label_problems(conf: Conference, proposals: Sequence[Proposal], catalogs: Catalogs,
                         final: bool) -> list[Diagnostic]:
    """Warn (for the final edition: error) where a group's sheet would print book.po's sheet.* labels in English."""
    found = []
    for lang in sorted({group_language(g.id, proposals, conf) for g in conf.groups} - {LABEL_SOURCE_LANGUAGE}):
        tr = Translator(catalogs, lang)
        for key, english in GROUP_SHEET_LABELS:
            tr.label(key, english)
        missing = sorted(tr.missing.values(), key=lambda m: m.context)
        if missing:
            keys = ", ".join(m.context for m in missing)
            found.append((error if final else warning)(
                missing[0].location, f"{counted(len(missing), 'group sheet label')} not translated ({keys}): the groups' "
                f"sheets in {lang} print them in English; run `recbook i18n update` and translate them",
                "i18n.incomplete"))
    return found


def group_sheets(conf: Conference, proposals: Sequence[Proposal], fates: Sequence[ProposalFate],
                 books: Mapping[str, LocalizedBook], catalogs: Catalogs) -> tuple[GroupSheet, ...]:
    """Return one sheet per working group, in conference.yaml order."""
    return tuple(_sheet(g.id, group_language(g.id, proposals, conf), fates, books, catalogs, conf)
                 for g in conf.groups)


def _sheet(group_id: str, lang: str, fates: Sequence[ProposalFate], books: Mapping[str, LocalizedBook],
           catalogs: Catalogs, conf: Conference) -> GroupSheet:
    from ..model import GroupSheet

    book = books[lang]
    tr = Translator(catalogs, lang)  # its own: the sheet's labels never count towards the book's completeness
    labels = {key: tr.label(key, english) for key, english in GROUP_SHEET_LABELS}
    printed = {r.id: r for d in book.directions for r in d.recommendations}
    names = {gid: name.value for gid, name in book.groups}
    group_of = {f.proposal.id: f.proposal.group for f in fates}
    order = [g.id for g in conf.groups]
    merged: dict[str, list[WithdrawnRecommendation]] = {}  # number → earlier numbers merged into it
    for w in (w for d in book.directions for w in d.withdrawn if w.merged_into):
        merged.setdefault(w.merged_into, []).append(w)
    entries = tuple(_entry(f, printed.get(f.recommendation), labels, names, group_of, order, lang, merged)
                    for f in fates if f.proposal.group == group_id)
    stamp = " · ".join(part for part in (book.edition_stamp, book.edition_label) if part)
    return GroupSheet(group_id, lang, dict(book.groups)[group_id], book.title, stamp, entries, labels)


def _entry(f: ProposalFate, rec: LocalizedRecommendation, labels: Mapping[str, str],
           names: Mapping[str, str], group_of: Mapping[str, str], order: list[str], lang: str,
           merged: Mapping[str, Sequence[WithdrawnRecommendation]]) -> GroupSheetEntry:
    from ..model import GroupSheetEntry

    p = f.proposal
    base = dict(proposal_id=p.id, title=p.title, language=p.language)
    if f.status != "accepted":
        return GroupSheetEntry(**base, outcome=labels[f"sheet.{f.status}"], printed=False, reason=f.reason)
    others = sorted({group_of[i] for i in f.merged_with} - {p.group}, key=order.index)
    return GroupSheetEntry(**base, outcome=fill(labels["sheet.printed_as"], {"number": rec.number}), printed=True,
                           wording_title=rec.title, wording_text=rec.text,
                           others=join_names([names[g] for g in others], lang),
                           merged=tuple(merged.get(rec.number, ())))
