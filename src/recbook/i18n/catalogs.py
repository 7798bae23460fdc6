"""The translators' catalogs of a project, and lookups in them (no I/O: recbook.load.catalogs reads them).

Layout (ARCHITECTURE "Where translations live"):
``locales/<lang>/LC_MESSAGES/book.po`` holds the book's own wording (English
source), ``locales/<lang>/LC_MESSAGES/content.<src>.po`` the conference texts
written in language <src>. A project without book.po uses the packaged one.
"""

from __future__ import annotations

import gettext
from functools import cached_property, lru_cache
from dataclasses import dataclass, field
from typing import Callable, Literal, Mapping

from ..diagnostics import Diagnostic, Location
from ..model import LANGUAGES
from . import po
from .msgstr_characters import printable

# KAZAKH.md §6; every catalog recbook writes carries these.
PLURAL_FORMS = {
    "kk": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
          "(n%100<10 || n%100>=20) ? 1 : 2);",
    "en": "nplurals=2; plural=(n != 1);",
}
NPLURALS = {"kk": 2, "ru": 3, "en": 2}

Status = Literal["translated", "fuzzy", "stale", "untranslated", "absent"]

# what a "stale" entry is, said alike by `i18n check`, `check` and the strict check: the msgid under a known
# msgctxt is not that text's source. A translator's editor lets the msgid be edited (an «е» made «ё»), or the
# source changed since the last update; either way the translation is not printed until update has run
STALE = ("its msgid is not the current source text (edited in the catalog? a translator changes only msgstr; "
         "or the source changed since the last `recbook i18n update`)")
STALE_REMEDY = ("run `recbook i18n update`: it writes the current source text as the msgid and keeps the "
                "translation, marked fuzzy, for review")


def book_path(lang: str) -> str:
    """Return the project-relative path of a language's book catalog."""
    return f"locales/{lang}/LC_MESSAGES/book.po"


def content_path(lang: str, source: str) -> str:
    """Return the project-relative path of the catalog of `source`-language texts for `lang`."""
    return f"locales/{lang}/LC_MESSAGES/content.{source}.po"


def plural_function(plural_forms: str, lang: str) -> Callable[[int], int]:
    """Return n → plural form index from a Plural-Forms header (or the language's default)."""
    for text in (plural_forms, PLURAL_FORMS.get(lang, PLURAL_FORMS["en"])):
        expr = text.partition("plural=")[2].strip().rstrip(";")
        try:
            return _compiled_plural(expr)
        except (ValueError, SyntaxError, ArithmeticError):
            continue
    return lambda n: int(n != 1)


@lru_cache(maxsize=8)
def form_numbers(lang: str) -> tuple[tuple[int, ...], ...]:
    """Return, per plural form of `lang` (KAZAKH.md §6 rule), the numbers 0…1000 it is printed for.

    CLDR (and Babel) agree: kk and en form 0 is n = 1 alone, ru form 0 is 1, 21, 31, 101 …
    """
    rule = plural_function(PLURAL_FORMS[lang], lang)
    forms: list[list[int]] = [[] for _ in range(NPLURALS[lang])]
    for n in range(1001):
        forms[rule(n)].append(n)
    return tuple(tuple(numbers) for numbers in forms)


@lru_cache(maxsize=64)
def _compiled_plural(expr: str) -> Callable[[int], int]:
    """Return gettext's compiled plural expression (compiling one takes a millisecond; catalogs share a few)."""
    rule = gettext.c2py(expr)
    rule(0), rule(1), rule(11)  # n/0 or n%0 must fall back, not crash mid-render
    return rule


@dataclass(frozen=True)
class Lookup:
    """The result of looking a string up: the translation only when it may be printed."""

    value: str | None
    status: Status
    location: Location


@dataclass(frozen=True)
class Catalog:
    """One PO file, indexed for lookups; fuzzy entries are kept but never returned as final."""

    path: str
    lang: str
    entries: tuple[po.Entry, ...] = ()
    plural_forms: str = ""
    # each entry's errors by msgctxt, found when the file was read (recbook.load.catalogs keeps them with
    # the file's bytes, so an unchanged catalog's entries are not checked again); None: ask entry by entry
    errors: Mapping[str, tuple[Diagnostic, ...]] | None = field(default=None, compare=False, repr=False)

    @cached_property
    def by_context(self) -> dict[str, po.Entry]:
        return {e.msgctxt: e for e in self.entries if e.msgctxt is not None and not e.obsolete}

    def lookup(self, context: str, source: str) -> Lookup:
        """Look up `source` under msgctxt `context`; a changed source counts as stale."""
        entry = self.by_context.get(context)
        if entry is None:
            return Lookup(None, "absent", Location(self.path))
        where = entry.start(self.path)
        if entry.msgid != source:
            return Lookup(None, "stale", where)
        if entry.fuzzy:
            return Lookup(None, "fuzzy", where)
        if not entry.msgstr[0].strip():  # spaces only count as empty: a blank line is no translation
            return Lookup(None, "untranslated", entry.at(self.path, 0))  # where it is typed
        return Lookup(printable(entry.msgstr[0]), "translated", where)

    def translation_of(self, context: str, source: str) -> str | None:
        """Return a final translation of `source` under `context`, even from an obsolete entry.

        For merging only: whether `i18n update` marked an entry obsolete (its
        proposal stopped being a canonical) must not change what the merge sees.
        """
        found = self.lookup(context, source)
        if found.value is not None:
            return found.value
        for e in self.entries:
            if e.obsolete and e.msgctxt == context and e.msgid == source and e.translated:
                return printable(e.msgstr[0])
        return None

    def lookup_plural(self, context: str, singular: str, plural: str, n: int) -> Lookup:
        """Look up the plural form for `n`; incomplete or fuzzy plural entries are not printed."""
        entry = self.by_context.get(context)
        if entry is None:
            return Lookup(None, "absent", Location(self.path))
        where = entry.start(self.path)
        if (entry.msgid, entry.msgid_plural) != (singular, plural):
            return Lookup(None, "stale", where)
        if entry.fuzzy:
            return Lookup(None, "fuzzy", where)
        if not all(form.strip() for form in entry.msgstr) or len(entry.msgstr) != NPLURALS.get(self.lang, 2):
            return Lookup(None, "untranslated", where)
        index = plural_function(self.plural_forms, self.lang)(n)
        return Lookup(printable(entry.msgstr[min(index, len(entry.msgstr) - 1)]), "translated", where)


@dataclass(frozen=True)
class Catalogs:
    """All catalogs of a project: book wording per language, content per (language, source)."""

    book: Mapping[str, Catalog] = field(default_factory=dict)
    content: Mapping[tuple[str, str], Catalog] = field(default_factory=dict)

    def book_catalog(self, lang: str) -> Catalog:
        return self.book.get(lang) or Catalog(book_path(lang), lang)

    def content_catalog(self, lang: str, source: str) -> Catalog:
        return self.content.get((lang, source)) or Catalog(content_path(lang, source), lang)


def catalog_from(file: po.PoFile, lang: str,
                 errors: Mapping[str, tuple[Diagnostic, ...]] | None = None) -> Catalog:
    """Return a lookup Catalog for a parsed PO file (and its entries' errors, if they are known)."""
    return Catalog(file.path, lang, file.entries, file.header.get("Plural-Forms", ""), errors)


def proposal_translations(proposals, catalogs: Catalogs) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """Return (proposal id, lang) → (title, text) translated in the catalogs (final ones only).

    The shape is `recbook.merge.CatalogTranslations`, so merge can compare
    proposals written in different languages through their translations. An
    obsolete entry still counts: `i18n update` obsoletes the entries of proposals
    merged into another, and the merge must not flip back on the next update.
    """
    found: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for p in proposals:
        for lang in LANGUAGES:
            if lang == p.language:
                continue
            catalog = catalogs.content_catalog(lang, p.language)
            pair = tuple(catalog.translation_of(f"{p.id}.{name}", getattr(p, name)) for name in ("title", "text"))
            if any(pair):
                found[(p.id, lang)] = pair
    return found
