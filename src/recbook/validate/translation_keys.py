"""Refuse a proposal id that would give a translation key (msgctxt) another text already has.

The catalogs name each printed text by a key (recbook.i18n.extract): the
conference's as conference.<field>, organizers.<n>, …, groups.<id>; a
proposal's as <id>.title / <id>.text; a recommendation whose wording
decisions.yaml edits as R-<canonical id>.title / .text; book.po's labels by
their own (recbook.i18n.labels). A key is what keeps a translation on its
text, so existing keys are never changed: an id that would share one is
refused instead (a proposal "conference" made the kk cover print its Russian
title as the conference's, with no diagnostic).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

from ..diagnostics import Diagnostic, Location, error
from ..i18n.labels import GROUP_SHEET_LABELS, LABELS, PLURAL_LABELS
from ..load.fields import shown
from ..model import RECOMMENDATION_PREFIX
from ..model.inputs import CONFERENCE_KEY_PREFIXES, PROPOSAL_KEY_FIELDS


def key_clashes(ids: Mapping[str, Location], named: Mapping[str, tuple[str, ...] | None]) -> dict[str, Diagnostic]:
    """Return id → the error at it, for each proposal id (id → where written) whose keys another text has.

    `named` holds the conference's directions/groups/addressees ids (None: a list unusable).
    """
    out = {}
    for id_, where in ids.items():
        clash = _conference_clash(id_, named) or _label_clash(id_) or _recommendation_clash(id_, ids)
        if clash:
            out[id_] = error(where, f"id {shown(id_)} cannot be told apart in the translators' catalogs: "
                                    f"{clash}; rename the proposal", "proposal.bad-id")
    return out


def _keys(id_: str) -> str:
    return " and ".join(f"{id_}.{field}" for field in PROPOSAL_KEY_FIELDS)


def _conference_clash(id_: str, named: Mapping[str, tuple[str, ...] | None]) -> str | None:
    """Return how `id_` clashes with the conference's keys, or None."""
    if id_ in CONFERENCE_KEY_PREFIXES:
        return f"its keys {_keys(id_)} are among {id_}.*, the keys of the conference's own texts"
    prefix, _, rest = id_.partition(".")
    taken = [f"{rest}.{field}" for field in PROPOSAL_KEY_FIELDS if f"{rest}.{field}" in (named.get(prefix) or ())]
    if not taken:
        return None
    return f"its key {prefix}.{taken[0]} is also the key of {prefix[:-1]} {shown(taken[0])}"


def _label_clash(id_: str) -> str | None:
    """Return how `id_` clashes with a label of book.po (another file, but one key for two texts).

    A strict build reports a missing translation by its key alone, looking in
    book.po first: a proposal "sheet" would be reported at the label sheet.title.
    """
    taken = [f"{id_}.{field}" for field in PROPOSAL_KEY_FIELDS if f"{id_}.{field}" in _label_keys()]
    return f"its key {taken[0]} is also a label of the book's own wording (book.po)" if taken else None


@lru_cache(maxsize=1)
def _label_keys() -> frozenset[str]:
    return frozenset({k for k, _ in (*LABELS, *GROUP_SHEET_LABELS)} | {k for k, *_ in PLURAL_LABELS})


def _recommendation_clash(id_: str, ids: Mapping[str, Location]) -> str | None:
    """Return how `id_` clashes with the recommendation of another proposal, or None.

    Refused even while that recommendation's wording is not edited: an edit made
    later would silently move the translations from one text to the other.
    """
    other = id_.removeprefix(RECOMMENDATION_PREFIX)
    if other == id_ or other not in ids:
        return None
    return (f"its keys {_keys(id_)} are also those of recommendation {id_} (of proposal {other}, at "
            f"{ids[other]}) once decisions.yaml edits its wording")
