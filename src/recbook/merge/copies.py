"""Which copies of one text a chain of exact copies may take for one another (cluster._linkable).

"Exact" reads one text under two titles as one proposal where the titles do not disagree
(similarity.exact_copies), so it is no equivalence: «X» and «Not X» are each exact with «About X»,
never with each other, and an exact edge checks every pair across the two clusters. Copies are
checked one per kind. A kind was a title: one text under 2,000 titles cost 2,000²/2 pair scores
(bench/dedupe_scale.py's copies: 2 → 52 s of CPU, 108 → 618 MiB). Now the copies of a text under several titles are of one kind when they read
alike to everything exact_copies reads (similarity.copy_reading: numbers, more or less, a "not",
binding, names …; an ordinary word of a title reads as nothing); two kinds of one text are decided
once, by a copy of each, and kept out of Scores.known. A proposal with a translation, or with
another text, keeps its title as its kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Hashable, Mapping

from .conflicts import Asked, asked_of
from .features import Variant
from .normalize import normalize
from .similarity import copy_reading, exact_copies, title_alone

Title = tuple[str, str, str]  # language, text and title, normalized: a copy letter for letter but for case


@dataclass
class Kinds:
    """The kinds of copy in one cluster: per kind, one member per title; and the titles it holds."""

    kinds: dict[Hashable, dict[Title, str]] = field(default_factory=dict)
    titles: set[Title] = field(default_factory=set)

    def add(self, kind: Hashable, title: Title, pid: str) -> None:
        self.kinds.setdefault(kind, {}).setdefault(title, pid)
        self.titles.add(title)

    def absorb(self, other: "Kinds") -> None:
        """Add the kinds of another cluster (the smaller one: joining copies one by one stays linear)."""
        for kind, members in other.kinds.items():
            mine = self.kinds.setdefault(kind, {})
            for title, pid in members.items():
                mine.setdefault(title, pid)
        self.titles |= other.titles


class Copies:
    """The kind of each proposal, and which two kinds are exact copies of each other throughout."""

    def __init__(self, variants: Mapping[str, tuple[Variant, ...]]) -> None:
        self.variants = variants
        self.titles: dict[str, Title] = {}
        self.kinds: dict[str, Hashable] = {}
        self.first: dict[Hashable, str] = {}  # a member of each kind read by its features
        self.alike_kinds: dict[frozenset[Hashable], bool] = {}
        self.families: dict[tuple[str, str], list[str]] | None = None

    def title(self, pid: str) -> Title:
        """Return what makes two proposals copies of one another: language, text and title, normalized."""
        found = self.titles.get(pid)
        if found is None:
            v = self.variants[pid][0]
            found = self.titles[pid] = (v.language, v.key, normalize(v.title))
        return found

    def kind(self, pid: str) -> Hashable:
        """Return a proposal's kind: its reading among the copies of its text, or its title."""
        if pid not in self.kinds:
            family = self._family(pid)
            if len({self.title(p) for p in family}) > 1:
                self._read(family)
            else:
                self.kinds.update((p, ("title", self.title(p))) for p in family)
        return self.kinds[pid]

    def alike(self, one: Hashable, other: Hashable) -> bool:
        """Return True if every member of kind `one` is an exact copy of every member of kind `other`."""
        if one[0] != "read" or other[0] != "read" or one[1] != other[1]:
            return False  # a title, or two texts: each pair is scored
        key = frozenset((one, other))
        if key not in self.alike_kinds:
            a, b = self.variants[self.first[one]][0], self.variants[self.first[other]][0]
            # a pair is scored in id order, and _one_text reads the first one's `long`: both ways round
            self.alike_kinds[key] = exact_copies(a, b) and exact_copies(b, a)
        return self.alike_kinds[key]

    def _family(self, pid: str) -> list[str]:
        """Return the proposals written in one language with this text and no translation (pid alone if not so)."""
        if self.families is None:
            self.families = {}
            for p, vs in self.variants.items():
                if len(vs) == 1 and vs[0].original and vs[0].key:
                    self.families.setdefault((vs[0].language, vs[0].key), []).append(p)
        vs = self.variants[pid]
        if len(vs) != 1 or not vs[0].original or not vs[0].key:
            return [pid]
        return self.families[(vs[0].language, vs[0].key)]

    def _read(self, family: list[str]) -> None:
        """Give each copy of one text its kind: what exact_copies reads of it against the others."""
        whole = [self.variants[p][0] for p in family]
        alone = [title_alone(v) for v in whole]  # each title read on its own, as _one_text reads them
        asked, asked_alone = Asked.union(map(asked_of, whole)), Asked.union(map(asked_of, alone))
        text = (whole[0].language, whole[0].key)
        for p, v, t in zip(family, whole, alone):
            kind = self.kinds[p] = ("read", text, copy_reading(v, t, asked, asked_alone))
            self.first.setdefault(kind, p)
