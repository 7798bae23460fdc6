"""Merge a fresh template into a translated catalog without ever losing a translation.

- same msgctxt and msgid: the translation is kept as it is;
- same msgctxt, changed source: kept, marked fuzzy, with the old source as `#| msgid`;
- same msgid under another msgctxt (a renumbered proposal): fuzzy, with `#| msgctxt`;
- no msgctxt (template strings): the closest old msgid (difflib, as msgmerge does) → fuzzy;
- gone from the template: a translated entry becomes obsolete (`#~`), never deleted;
- an obsolete entry whose source comes back is revived;
- a string new to the catalog whose very msgctxt and msgid another content catalog of the same language
  holds translated (its source language changed: an edit, a corrected language column) takes that translation;
- a guess (`recbook init`'s translation of its own placeholder, «Алматы» → "Almaty") whose source changed is
  emptied, not kept fuzzy: it translates the placeholder, never the secretariat's text, and a fuzzy
  "Almaty" for «Астана» was approved as it was and printed on a final cover (qa3 M4). A translator's
  own wording of a placeholder is no guess: it is kept fuzzy as any other.
- a book label new to a project's catalog (recbook gained it after `recbook init`) that recbook's own
  catalog of that language translates takes that translation, not fuzzy, with a translator comment
  (SHIPPED) saying where it came from: fuzzy, it would block `recbook release --final` on a label
  recbook already ships translated, the very thing the update is for (QA s21). The comment is a
  translator's (`# `), so it stays until a translator who checked the wording deletes it.
- a book label whose English wording recbook changed, translated in the project's catalog exactly as
  recbook's own catalog translates the new wording (a punctuation or capitalisation fix in English
  that the translation did not need), keeps its translation, not fuzzy: fuzzy, it blocked
  `recbook release --final` on a translation recbook itself vouches for. A translation of the
  project's own (any other wording) is fuzzy as before: only its translator knows if it still fits.
"""

from __future__ import annotations

import difflib
from dataclasses import replace
from typing import Iterable, Mapping

from .guesses import guessed_source
from .po import Entry

SEEDED = "translation supplied by the working group (title:LANG/text:LANG)"
SHIPPED = "translation shipped with recbook, added by `recbook i18n update`: check it, then delete this comment"


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
        # active entries first, so an obsolete duplicate never shadows the live translation
        self.entries = sorted(old, key=lambda e: e.obsolete)
        self.used: set[int] = set()

    def _free(self) -> list[tuple[int, Entry]]:
        return [(i, e) for i, e in enumerate(self.entries) if i not in self.used]

    def find(self, template: Entry, same) -> Entry | None:
        """Take the first free old entry for which `same(template, old)` holds."""
        for i, e in self._free():
            if same(template, e):
                self.used.add(i)
                return e
        return None

    def closest(self, template: Entry) -> Entry | None:
        """Take the translated context-less entry whose msgid is closest (as msgmerge does)."""
        candidates = {e.msgid: i for i, e in self._free() if e.msgctxt is None and _has_translation(e) and e.msgid}
        match = difflib.get_close_matches(template.msgid, list(candidates), n=1, cutoff=0.7)
        if not match:
            return None
        self.used.add(candidates[match[0]])
        return self.entries[candidates[match[0]]]

    def leftovers(self) -> list[Entry]:
        """Return translated entries nobody took, as obsolete (untranslated ones lose nothing).

        One obsolete already is kept as it is (msgmerge's `#, fuzzy` on it too): written back as read.
        A fuzzy one stays fuzzy, with its earlier source: unflagged, its unreviewed translation was printed
        as final once its text came back. Other flags (a format flag) belong to the template, not kept.
        """
        left = [e if e.obsolete else replace(e, obsolete=True, flags=tuple(f for f in e.flags if f == "fuzzy"),
                                             previous_msgid=e.previous_msgid if e.fuzzy else None,
                                             previous_msgctxt=e.previous_msgctxt if e.fuzzy else None)
                for _, e in self._free() if _has_translation(e)]
        return sorted(left, key=lambda e: (e.msgctxt or "", e.msgid))


# Matching passes, strongest first; every template entry gets its exact match before any fuzzy one.
_PASSES = (
    (True, lambda t, e: e.key == t.key),
    (False, lambda t, e: t.msgctxt is not None and e.msgctxt == t.msgctxt and _has_translation(e)),
    # the same text under another id (a renumbered proposal): offered as fuzzy, with `#| msgctxt`
    (False, lambda t, e: e.msgid == t.msgid and e.msgid_plural == t.msgid_plural and _has_translation(e)),
)


def _match(template: list[Entry], olds: _OldEntries) -> dict[int, tuple[Entry, bool]]:
    found: dict[int, tuple[Entry, bool]] = {}
    for same_source, same in _PASSES:
        for n, entry in enumerate(template):
            if n not in found and (old := olds.find(entry, same)) is not None:
                found[n] = (old, same_source)
    for n, entry in enumerate(template):
        if n not in found and entry.msgctxt is None and (old := olds.closest(entry)) is not None:
            found[n] = (old, False)
    return found


def merge_catalog(
    template: Iterable[Entry], old: Iterable[Entry], nplurals: int, seeds: Mapping[str, str] | None = None,
    elsewhere: Iterable[Entry] = (), guesses: Mapping[str, tuple[str, str]] | None = None,
    shipped: Iterable[Entry] = (),
) -> list[Entry]:
    """Return the updated entries: template order, old translations kept, the rest obsolete.

    `elsewhere` are the entries of the same language's other content catalogs: the same msgctxt and
    msgid there is the same words to translate into the same language, wherever it was filed.
    `guesses`: msgctxt → (placeholder source, its translation) that `recbook init` wrote.
    `shipped`: recbook's own catalog of the language (book labels): what a label new to the catalog takes.
    """
    seeds, guesses = seeds or {}, guesses or {}
    template = list(template)
    olds = _OldEntries(old)
    found = _match(template, olds)
    # final translations only; a live one wins over an obsolete one of the same key (sorted after it, it overrides)
    moved = {e.key: e for e in sorted(elsewhere, key=lambda e: not e.obsolete) if e.msgctxt is not None and e.translated}
    ours = {e.key: e for e in shipped if not e.obsolete and e.translated}
    out: list[Entry] = []
    for n, entry in enumerate(template):
        previous, same = found.get(n, (None, False))
        if previous is not None and guessed_source(previous, guesses) not in (None, entry.msgid):
            out.append(replace(entry, msgstr=_forms(("",), entry, nplurals)))  # untranslated: nothing of anyone's lost
        elif previous is not None and (same or _as_shipped(entry, previous, ours, nplurals)):
            out.append(_keep(entry, replace(previous, obsolete=False), nplurals))
        elif previous is not None:
            out.append(_changed(entry, previous, nplurals))
        elif entry.key in moved and moved[entry.key].msgid_plural == entry.msgid_plural:
            out.append(_keep(entry, replace(moved[entry.key], obsolete=False), nplurals))
        elif entry.key in ours and ours[entry.key].msgid_plural == entry.msgid_plural:
            out.append(_shipped(entry, ours[entry.key], nplurals))
        elif entry.msgctxt in seeds:
            out.append(replace(entry, msgstr=(seeds[entry.msgctxt],)))
        else:
            out.append(replace(entry, msgstr=_forms(("",), entry, nplurals)))
    return [_note_seed(e, seeds) for e in out] + olds.leftovers()


def _as_shipped(template: Entry, previous: Entry, ours: Mapping[tuple, Entry], nplurals: int) -> bool:
    """Return whether `previous` (a changed source's entry) holds recbook's own translation of the new source."""
    shipped = ours.get(template.key)
    return (shipped is not None and not previous.fuzzy and previous.msgctxt == template.msgctxt
            and previous.msgid_plural == template.msgid_plural == shipped.msgid_plural
            and previous.msgstr == _forms(shipped.msgstr, template, nplurals))


def _shipped(template: Entry, ours: Entry, nplurals: int) -> Entry:
    """Return the template entry with recbook's own translation, a translator comment saying so."""
    return replace(template, msgstr=_forms(ours.msgstr, template, nplurals), comments=(SHIPPED,))


def _note_seed(entry: Entry, seeds: Mapping[str, str]) -> Entry:
    """Say so while the translation is still the one the group supplied."""
    if entry.msgctxt in seeds and entry.msgstr[0] == seeds[entry.msgctxt]:
        return replace(entry, auto_comments=entry.auto_comments + (SEEDED,))
    return entry
