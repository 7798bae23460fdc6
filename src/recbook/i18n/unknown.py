"""Find the entries of a catalog that no source text has: never printed, and `i18n update` takes them away.

An entry whose msgctxt no template has (a proposal removed or merged into
another, a key typed by hand, an empty msgctxt) is accepted by msgfmt and
never printed. What `recbook i18n update` would do with it is worked out by
running its own merge (recbook.i18n.update), so the warning says exactly that.
An entry whose msgctxt is known but whose msgid is not that text's source (the
msgid edited, or update not run since the source changed) is never printed either.
"""

from __future__ import annotations

from typing import Iterable

from ..diagnostics import Diagnostic, warning
from .catalogs import STALE, STALE_REMEDY
from .guesses import GUESS_REMEDY, GUESSED, guessed_source, guesses_for
from .po import Entry, PoFile
from .update import merge_catalog


def unknown_entries(file: PoFile, template: Iterable[Entry], nplurals: int) -> list[Diagnostic]:
    """Return a warning at each active entry of `file` whose msgctxt no entry of `template` has,
    and at each whose msgctxt it has with another source text (changed_sources).

    Entries without a msgctxt are left out: update matches those by their
    source text (as msgmerge does), not by a key.
    """
    template = list(template)
    keys = {e.msgctxt for e in template}
    unknown = [e for e in file.active if e.msgctxt is not None and e.msgctxt not in keys]
    if not unknown:
        return changed_sources(file, template)
    updated = merge_catalog(template, file.entries, nplurals)
    return [warning(e.start(file.path), f"msgctxt {e.msgctxt!r}: no text of the book has this key, so "
                                                 f"it is never printed; {_fate(e, updated)}", "i18n.unknown-msgctxt")
            for e in unknown] + changed_sources(file, template)


def changed_sources(file: PoFile, template: Iterable[Entry]) -> list[Diagnostic]:
    """Return a warning at each active entry whose msgctxt a template entry has, with another msgid.

    A translator who corrects the msgid (QA: «молодежные» made «молодёжные») drops the translation
    out of the book: it is looked up by msgctxt and msgid, and the source wording is printed instead.
    """
    sources = {e.msgctxt: (e.msgid, e.msgid_plural) for e in template if e.msgctxt is not None}
    guesses = guesses_for(file.path)
    return [warning(e.start(file.path), f"msgctxt {e.msgctxt!r} {GUESSED}, so the source wording is "
                                                 f"printed; {GUESS_REMEDY}" if guessed_source(e, guesses) else
                    f"msgctxt {e.msgctxt!r}: {STALE}, so the source wording is printed; {STALE_REMEDY}", "i18n.stale")
            for e in file.active if sources.get(e.msgctxt, (e.msgid, e.msgid_plural)) != (e.msgid, e.msgid_plural)]


def _fate(entry: Entry, updated: list[Entry]) -> str:
    """Return what `recbook i18n update` does with an unknown entry, in words."""
    for e in updated:
        if not e.obsolete and e.previous_msgctxt == entry.msgctxt and e.msgstr[0] == entry.msgstr[0]:
            return (f"`recbook i18n update` offers its translation, as fuzzy, for msgctxt {e.msgctxt!r} "
                    "(the same source text)")
    if any(e.obsolete and e.key == entry.key for e in updated):
        return "`recbook i18n update` moves it to the obsolete entries (#~)"
    return "`recbook i18n update` removes it (it holds no translation)"
