"""Warn when two printed recommendations read word for word the same in a book (no I/O).

An edit may give one recommendation another's very wording (qa3 m4: the kk proposal on
groundwater edited in ru into the ru proposal's words; the final edition printed 1.6 and
1.16 the same), and two proposals the merge never compared may be one ask; nothing said
so. Each book is read as printed: the edited wording, a translation, or the source text a
draft falls back to. Two recommendations with the same title, or the same text, in any book
are a warning (`--strict` and `release --final` fail on it), at the edit that wrote that
wording when there is one: merge them, reword one, or keep them apart (a decision to keep
apart any two of their proposals says they are two asks, and silences it).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Mapping, Sequence

from ..diagnostics import Diagnostic, Location, warning
from ..merge.decisions import Decision, Decisions
from ..merge.normalize import normalize
from ..model import LocalizedBook, LocalizedRecommendation, MergeResult, Proposal, Recommendation

FIELDS = ("title", "text")


def same_wording(books: Mapping[str, LocalizedBook], merged: MergeResult, proposals: Mapping[str, Proposal],
                 decisions: Decisions) -> list[Diagnostic]:
    """Return a warning per set of printed recommendations that share a title or a text in some book."""
    recs = {r.id: r for r in merged.accepted}
    apart = _kept_apart(merged, decisions)
    found: dict[tuple[str, ...], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    numbers: dict[str, str] = {}
    for lang, book in books.items():
        printed = [r for d in book.directions for r in d.recommendations]
        numbers.update((r.id, r.number) for r in printed)
        for name in FIELDS:
            for same in _alike(printed, name):
                ids = tuple(sorted({i for x, y in combinations(same, 2) if frozenset((x, y)) not in apart
                                    for i in (x, y)}, key=lambda i: _order(numbers[i])))
                if len(ids) > 1:
                    found[ids][name].add(lang)
    return [_warning(ids, fields, list(books), numbers, recs, proposals, decisions) for ids, fields in
            sorted(found.items(), key=lambda f: _order(numbers[f[0][0]]))]


def _alike(printed: list[LocalizedRecommendation], name: str) -> list[list[str]]:
    """Return the ids of the recommendations that print one wording of `name`, per wording shared."""
    by_words: dict[str, list[str]] = defaultdict(list)
    for r in printed:
        words = normalize(getattr(r, name).value)  # case, spacing, typography's no-break spaces
        if words:
            by_words[words].append(r.id)
    return [ids for ids in by_words.values() if len(ids) > 1]


def _kept_apart(merged: MergeResult, decisions: Decisions) -> set[frozenset[str]]:
    """Return the pairs of recommendations holding two proposals a decision keeps apart."""
    home = {m: r.id for r in merged.recommendations for m in r.member_ids}
    return {frozenset(home[i] for i in d.ids) for d in decisions.of("apart") if all(i in home for i in d.ids)}


def _warning(ids: tuple[str, ...], fields: Mapping[str, set[str]], order: Sequence[str], numbers: Mapping[str, str],
             recs: Mapping[str, Recommendation], proposals: Mapping[str, Proposal],
             decisions: Decisions) -> Diagnostic:
    named = _listed([f"{i} ({numbers[i]})" for i in ids])
    by_langs: dict[tuple[str, ...], list[str]] = defaultdict(list)  # "the same title and text in …"
    for name in FIELDS:
        if name in fields:
            by_langs[tuple(lang for lang in order if lang in fields[name])].append(name)
    said = "; ".join(f"the same {' and '.join(names)} in the {_listed(list(langs))} book{'s' if len(langs) > 1 else ''}"
                     for langs, names in by_langs.items())
    canonicals = [recs[i].canonical for i in ids]
    return warning(_where(ids, fields, recs, proposals, decisions),
                   f"{named} print {said}; if they ask the same, merge them (- {{merge: [{', '.join(canonicals)}]}}), "
                   "else reword one (- edit: …) or, if they are other asks, keep them apart "
                   f"(- {{apart: [{canonicals[0]}, {canonicals[1]}]}})", "editorial.same-wording")


def _where(ids: tuple[str, ...], fields: Mapping[str, set[str]], recs: Mapping[str, Recommendation],
           proposals: Mapping[str, Proposal], decisions: Decisions) -> Location | None:
    """Return the last edit that wrote a shared wording, else the canonical proposal printed last."""
    edits = [d for i in ids if (d := _edit_of(recs[i], decisions)) is not None
             and any(getattr(d, name) is not None for name in fields)]
    located = [d for d in edits if d.location is not None]
    if located:
        return max(located, key=lambda d: (d.location.line or 0)).location
    return proposals[recs[ids[-1]].canonical].location


def _edit_of(rec: Recommendation, decisions: Decisions) -> Decision | None:
    """Return the edit a recommendation prints (the first in the file naming one of its proposals)."""
    return next((d for d in decisions.of("edit") if d.ids[0] in rec.member_ids), None)


def _order(number: str) -> tuple[int, ...]:
    return tuple(int(n) for n in number.split("."))


def _listed(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)
