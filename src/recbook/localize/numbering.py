"""Recommendation numbers that released editions froze, and the changelog between editions (no I/O).

A recommendation keeps the number the last released edition gave it (within the
direction that number belongs to); recommendations added later go to the end of
their direction, in print order; a numbered recommendation no longer in the
book keeps its number, printed as "withdrawn" (or "merged into 1.6" when another
recommendation now holds the proposal it was named after, "moved to 4.1" when it is
printed in another direction now), and that number is never given to another one.
Without editions, the numbers are the print order: 1.1, 1.2 …
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Mapping, Sequence

from ..counts import counted
from ..diagnostics import Diagnostic, warning
from ..model import RECOMMENDATION_PREFIX, Proposal, Recommendation

if TYPE_CHECKING:  # imported on first use (recbook.model): only a project with released editions has them
    from ..model import Edition


def frozen_numbers(editions: Sequence[Edition]) -> dict[str, str]:
    """Return recommendation id → number, the latest edition winning, withdrawn numbers included."""
    frozen: dict[str, str] = {}
    for edition in sorted(editions, key=lambda e: e.number):
        frozen.update(edition.withdrawn)
        frozen.update(edition.numbers)
    return frozen


def taken_numbers(editions: Sequence[Edition]) -> dict[str, str]:
    """Return number → recommendation id for every number an edition gave, printed or withdrawn.

    A recommendation moved to another direction has two: its old number (recorded as withdrawn) and
    its new one. Keyed by id (frozen_numbers) the old one was lost from the second edition on, so it
    was printed nowhere and given to the next recommendation added to its old direction.
    """
    taken: dict[str, str] = {}
    for edition in sorted(editions, key=lambda e: e.number):
        taken.update({n: rid for rid, n in (*edition.withdrawn, *edition.numbers)})
    return taken


def unplaced(editions: Sequence[Edition], directions: int) -> list[Diagnostic]:
    """Warn about numbers whose direction no longer exists: the book cannot print them, even as withdrawn."""
    # by number: a recommendation moved to another direction left its old number behind, printed too
    last = {n: (rid, e) for e in sorted(editions, key=lambda e: e.number)
            for rid, n in (*e.withdrawn, *e.numbers)}
    return [warning(e.location, f"edition {e.number} numbered {rid} as {n}, but the conference has "
                    f"{counted(directions, 'direction')}: number {n} is not printed", "editions.direction-gone")
            for n, (rid, e) in last.items() if int(n.partition(".")[0]) > directions]


def _serial(number: str) -> int:
    return int(number.rpartition(".")[2])


def _direction(number: str) -> str:
    return number.partition(".")[0]


def number_direction(
    index: int, ordered: Sequence[Recommendation], frozen: dict[str, str], taken: Mapping[str, str] | None = None,
) -> tuple[list[tuple[str, Recommendation]], list[tuple[str, str]]]:
    """Return ((number, recommendation) in number order, (number, id) withdrawn) for direction `index`.

    `ordered` is the direction's recommendations in print order (support, then id); `taken` every
    number an edition gave (taken_numbers; default: `frozen`'s), so that a number left behind by a
    recommendation moved to another direction is printed at its place and never given again.
    """
    prefix = f"{index}."
    here = {rid: n for rid, n in frozen.items() if n.startswith(prefix)}
    owners = {n: rid for n, rid in (taken or {}).items() if n.startswith(prefix)}
    owners.update({n: rid for rid, n in here.items()})
    next_serial = max((_serial(n) for n in owners), default=0) + 1
    numbered: list[tuple[str, Recommendation]] = []
    for rec in ordered:
        if rec.id in here:
            numbered.append((here[rec.id], rec))
        else:
            numbered.append((f"{prefix}{next_serial}", rec))
            next_serial += 1
    printed = {n for n, _ in numbered}
    withdrawn = [(n, rid) for n, rid in owners.items() if n not in printed]
    numbered.sort(key=lambda pair: _serial(pair[0]))
    withdrawn.sort(key=lambda pair: _serial(pair[0]))
    return numbered, withdrawn


def merged_into(rid: str, printed: Mapping[str, tuple[str, str]]) -> str | None:
    """Return the number of the recommendation now holding the proposal that `rid` (not printed) was named after.

    `printed` maps each printed proposal id to (its recommendation's number, that recommendation's id).
    A recommendation's id is its canonical proposal's (RECOMMENDATION_PREFIX + id), so a number
    that proposal is now printed under, in another recommendation, is where `rid` went: a merge.
    The same id printed elsewhere moved to another direction: not a merge (None, as for one set aside).
    """
    number, holder = printed.get(rid.removeprefix(RECOMMENDATION_PREFIX), (None, rid))
    return number if holder != rid else None


def wording_hash(rec: Recommendation, proposals: dict[str, Proposal]) -> str:
    """Return a short hash of the wording the book prints in its source language (title and text)."""
    canonical = proposals[rec.canonical]
    title = rec.edited_title if rec.edited_title is not None else canonical.title
    text = rec.edited_text if rec.edited_text is not None else canonical.text
    return hashlib.sha256(f"{title}\n\n{text}".encode("utf-8")).hexdigest()[:16]


def changes(previous: Edition, current: dict[str, str], wording: dict[str, str]
            ) -> dict[str, list[tuple[str, str]]]:
    """Return the (number, id) added, withdrawn, moved and reworded since `previous`, each in number order.

    `current` maps the printed recommendations' ids to their numbers, `wording`
    their ids to `wording_hash`. A recommendation withdrawn before `previous` is
    not withdrawn again. One moved to another direction is listed at the number it had.
    """
    before, hashes = dict(previous.numbers), dict(previous.wording)
    found = {
        "added": [(n, rid) for rid, n in current.items() if rid not in before],
        "withdrawn": [(n, rid) for rid, n in before.items() if rid not in current],
        "moved": [(n, rid) for rid, n in before.items() if rid in current and _direction(current[rid]) != _direction(n)],
        "reworded": [(n, rid) for rid, n in current.items()
                     if rid in before and rid in hashes and hashes[rid] != wording.get(rid)],
    }
    return {kind: sorted(pairs, key=lambda pair: tuple(int(x) for x in pair[0].split("."))) for kind, pairs in found.items()}
