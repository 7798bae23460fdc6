"""Merge a fresh template into a translated catalog without ever losing a translation.

- same msgctxt and msgid: the translation is kept as it is;
- same msgctxt, changed source: kept, marked fuzzy, with the old source as `#| msgid`;
- no msgctxt (template strings): the closest old msgid (difflib, as msgmerge does) → fuzzy;
- gone from the template: a translated entry becomes obsolete (`#~`), never deleted;
- an obsolete entry whose source comes back is revived.
"""

from __future__ import annotations

import difflib
from dataclasses import replace
from typing import Iterable, Mapping

from .po import Entry

SEEDED = "translation supplied by the working group (title:LANG/text:LANG)"


def _has_translation(entry: Entry) -> bool:
    return any(entry.msgstr)


def _forms(msgstr: tuple[str, ...], template: Entry, nplurals: int) -> tuple[str, ...]:
    """Return msgstr shaped for the template: one string, or (at least) nplurals forms."""
    if template.msgid_plural is None:
        return (msgstr[0],)
    # pad only: surplus forms are left for `i18n check` to report, not silently cut
    return tuple(msgstr) + ("",) * (nplurals - len(msgstr))


def _keep(template: Entry, old: Entry, nplurals: int) -> Entry:
    """Return the template entry carrying the old translation, flags and translator comments."""
    fuzzy = old.fuzzy or old.msgid_plural != template.msgid_plural
    flags = tuple(f for f in template.flags if f != "fuzzy") + (("fuzzy",) if fuzzy else ())
    return replace(
        template, msgstr=_forms(old.msgstr, template, nplurals), flags=flags, comments=old.comments,
        previous_msgctxt=old.previous_msgctxt if fuzzy else None,
        previous_msgid=(old.previous_msgid or (old.msgid if old.msgid != template.msgid else None)) if fuzzy else None,
    )


def _changed(template: Entry, old: Entry, nplurals: int) -> Entry:
    """Return the template entry with a translation of an older source: fuzzy, with `#|`."""
    kept = _keep(template, replace(old, flags=tuple(f for f in old.flags if f != "fuzzy") + ("fuzzy",)), nplurals)
    previous = old.previous_msgid if old.fuzzy and old.previous_msgid else old.msgid
    ctxt = old.msgctxt if old.msgctxt != template.msgctxt else None
    return replace(kept, previous_msgid=previous, previous_msgctxt=ctxt)


class _OldEntries:
    """Index the old catalog's entries and remember which ones the template used."""

    def __init__(self, old: Iterable[Entry]) -> None:
        self.entries = list(old)
        self.used: set[int] = set()

    def _free(self) -> list[tuple[int, Entry]]:
        return [(i, e) for i, e in enumerate(self.entries) if i not in self.used]

    def take(self, template: Entry) -> tuple[Entry | None, bool]:
        """Return (old entry, same source?) for a template entry, or (None, False)."""
        free = self._free()
        # active entries first, so an obsolete duplicate never shadows the live translation
        free.sort(key=lambda pair: pair[1].obsolete)
        for i, e in free:
            if e.key == template.key:
                self.used.add(i)
                return e, True
        for i, e in free:
            if template.msgctxt is not None and e.msgctxt == template.msgctxt and _has_translation(e):
                self.used.add(i)
                return e, False
        if template.msgctxt is None:
            return self._closest(template, free)
        return None, False

    def _closest(self, template: Entry, free: list[tuple[int, Entry]]) -> tuple[Entry | None, bool]:
        candidates = {e.msgid: i for i, e in free if e.msgctxt is None and _has_translation(e) and e.msgid}
        match = difflib.get_close_matches(template.msgid, list(candidates), n=1, cutoff=0.7)
        if not match:
            return None, False
        self.used.add(candidates[match[0]])
        return self.entries[candidates[match[0]]], False

    def leftovers(self) -> list[Entry]:
        """Return translated entries nobody took, as obsolete (untranslated ones lose nothing)."""
        left = [replace(e, obsolete=True, flags=(), previous_msgid=None, previous_msgctxt=None)
                for _, e in self._free() if _has_translation(e)]
        return sorted(left, key=lambda e: (e.msgctxt or "", e.msgid))


def merge_catalog(
    template: Iterable[Entry], old: Iterable[Entry], nplurals: int, seeds: Mapping[str, str] | None = None
) -> list[Entry]:
    """Return the updated entries: template order, old translations kept, the rest obsolete."""
    seeds = seeds or {}
    olds = _OldEntries(old)
    out: list[Entry] = []
    for entry in template:
        previous, same = olds.take(entry)
        if previous is not None and same:
            out.append(_keep(entry, replace(previous, obsolete=False), nplurals))
        elif previous is not None:
            out.append(_changed(entry, previous, nplurals))
        elif entry.msgctxt in seeds:
            out.append(replace(entry, msgstr=(seeds[entry.msgctxt],)))
        else:
            out.append(replace(entry, msgstr=_forms(("",), entry, nplurals)))
    return [_note_seed(e, seeds) for e in out] + olds.leftovers()


def _note_seed(entry: Entry, seeds: Mapping[str, str]) -> Entry:
    """Say so while the translation is still the one the group supplied."""
    if entry.msgctxt in seeds and entry.msgstr[0] == seeds[entry.msgctxt]:
        return replace(entry, auto_comments=entry.auto_comments + (SEEDED,))
    return entry
