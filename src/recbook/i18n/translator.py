"""Translate the strings of one book, CLDR-format its numbers, and record what fell back."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Mapping

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from ..diagnostics import Diagnostic, Location, error, warning
from ..model import Text
from .catalogs import STALE, STALE_REMEDY, Catalog, Catalogs, Lookup
from .checks import check_entry, said_forms
from .guesses import GUESS_REMEDY, GUESSED, guessed_source, guesses_for
from .labels import LABEL_SOURCE_LANGUAGE, LABELS, PLURAL_LABELS

# KAZAKH.md §2: kk official form; ru official form ("года", not CLDR's "г."); en CLDR en_GB long.
DATE_PATTERNS = {"kk": "y 'жылғы' d MMMM", "ru": "d MMMM y 'года'", "en": "d MMMM y"}
# KAZAKH.md §2 (Babel has no delimiter data): outer and inner quotes per language.
QUOTES = {"kk": ("«", "»", "„", "“"), "ru": ("«", "»", "„", "“"), "en": ("“", "”", "‘", "’")}


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, values: Mapping[str, object]) -> str:
    """Fill a label's {placeholders}: the one rule every printed label goes through.

    Translations reach here only after `Translator` checked that they carry exactly
    the source's placeholders, so a name missing from `values` is left as written.
    """
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template)


@lru_cache(maxsize=4096)  # Babel parses the locale and its pattern on every call; a book needs few numbers
def number(n: int, lang: str) -> str:
    """Return an integer the locale's way (1 234 with a no-break space in kk and ru)."""
    return format_decimal(n, locale=lang)


def format_book_date(date: dt.date, lang: str) -> str:
    """Return the conference date as an official document in `lang` writes it."""
    return format_date(date, DATE_PATTERNS[lang], locale=lang)


def language_names(lang: str) -> dict[str, str]:
    """Return "language.<code>" labels: CLDR language names, capitalized for headings."""
    names = Locale.parse(lang).languages
    return {f"language.{code}": names[code][:1].upper() + names[code][1:] for code in ("kk", "ru", "en")}


@dataclass(frozen=True)
class Missing:
    """A string shown in its source language because its translation is not final."""

    context: str
    status: str
    location: Location
    empty: tuple[int, ...] = ()  # the empty forms of a plural whose other forms are translated


class Translator:
    """Look up one language's strings; remember each fallback once, with its PO location."""

    def __init__(self, catalogs: Catalogs, lang: str) -> None:
        self.catalogs = catalogs
        self.lang = lang
        self.missing: dict[str, Missing] = {}
        self.needed: set[str] = set()
        self.broken: dict[str, Diagnostic] = {}  # the errors of entries printed in their source wording instead
        self._problems: dict[tuple[str, str], list[Diagnostic]] = {}  # a name or label is looked up many times
        self.guessed: set[str] = set()  # stale entries holding `recbook init`'s placeholder translation

    def _record(self, context: str, found: Lookup) -> None:
        self.needed.add(context)
        if found.value is None:
            self.missing.setdefault(context, Missing(context, found.status, found.location))

    def _checked(self, catalog: Catalog, context: str, found: Lookup) -> Lookup:
        """Return `found`, or a fallback when the entry is broken (markup, wrong placeholders)."""
        entry = catalog.by_context.get(context)
        if found.value is None or entry is None:
            return found
        key = (catalog.path, context)
        if key not in self._problems:
            # a warning (a bidi character, printed as "�") leaves the translation printable
            self._problems[key] = (list(catalog.errors.get(context, ())) if catalog.errors is not None
                                   else [d for d in check_entry(catalog.path, entry, self.lang) if d.is_error])
        problems = self._problems[key]
        if not problems:
            return found
        for p in problems:
            # the very error `i18n check` gives, which check and build report for the catalog too: printed
            # once (Report drops the copy), and it fails the build; a warning beside it said the contrary
            self.broken.setdefault(f"{context}\0{p.message}", p)
        return Lookup(None, "broken", found.location)

    def content(self, context: str, source: str, source_lang: str, supplied: str | None = None) -> Text:
        """Return the translation of a content string, or the source marked as a fallback."""
        if source_lang == self.lang:
            return Text(source, self.lang)
        catalog = self.catalogs.content_catalog(self.lang, source_lang)
        found = self._checked(catalog, context, catalog.lookup(context, source))
        if found.status == "stale" and guessed_source(catalog.by_context[context], guesses_for(catalog.path)):
            self.guessed.add(context)
        if found.status == "absent" and supplied:
            # a group's own translation seeds the catalog; until extract runs it is used as is
            found = Lookup(supplied, "translated", found.location)
        self._record(context, found)
        if found.value is None:
            return Text(source, source_lang, fallback=True)
        return Text(found.value, self.lang)

    def label(self, key: str, english: str) -> str:
        """Return a label of the book's own wording (English when not translated)."""
        catalog = self.catalogs.book_catalog(self.lang)
        found = self._checked(catalog, key, catalog.lookup(key, english))
        if self.lang != LABEL_SOURCE_LANGUAGE:
            self._record(key, found)
        return found.value if found.value is not None else english

    def label_text(self, key: str, english: str) -> Text:
        """Return a label as a Text, marked as a fallback when it is still in English."""
        value = self.label(key, english)
        if key in self.missing:
            return Text(value, LABEL_SOURCE_LANGUAGE, fallback=True)
        return Text(value, self.lang)

    def plural(self, key: str, n: int) -> str:
        """Return the plural label `key` for `n`, with n formatted the CLDR way."""
        singular, plural = next((s, p) for k, s, p in PLURAL_LABELS if k == key)
        catalog = self.catalogs.book_catalog(self.lang)
        found = self._checked(catalog, key, catalog.lookup_plural(key, singular, plural, n))
        if self.lang != LABEL_SOURCE_LANGUAGE:
            self._record(key, found)
        template = found.value if found.value is not None else (singular if n == 1 else plural)
        return fill(template, {"n": number(n, self.lang)})

    def plural_text(self, key: str, n: int) -> Text:
        """Return a plural label as a Text, marked as a fallback when it is printed in English."""
        value = self.plural(key, n)
        if key in self.missing:
            return Text(value, LABEL_SOURCE_LANGUAGE, fallback=True)
        return Text(value, self.lang)

    def labels(self) -> dict[str, str]:
        """Return every label, plus CLDR language names and typographic quotes."""
        labels = {key: self.label(key, english) for key, english in LABELS}
        for key, *_ in PLURAL_LABELS:
            self.plural(key, 2)  # plural labels count towards completeness once
        labels.update(language_names(self.lang))
        labels.update(zip(("quote.open", "quote.close", "quote.inner_open", "quote.inner_close"),
                          QUOTES[self.lang]))
        return labels

    @property
    def completeness(self) -> float:
        if not self.needed:
            return 1.0
        return 1 - len(self.missing) / len(self.needed)

    def share(self) -> int:
        """Return the whole percent of needed strings translated, rounded down so 99.6 % never reads 100 %.

        In integers: math.floor((1 - 8/10) * 100) made 19 of 20 (floating point).
        """
        if not self.needed:
            return 100
        return 100 * (len(self.needed) - len(self.missing)) // len(self.needed)

    def percent(self) -> str:
        """Return the share as a CLDR percent of the book's language ("86 %" in ru), for the book itself."""
        return format_percent(Decimal(self.share()) / 100, locale=self.lang)

    def diagnostics(self, *, draft: bool) -> list[Diagnostic]:
        """Return one summary: a warning for a draft, an error for the final edition.

        The located per-string errors come from `checks.missing_translations(book, catalogs)`,
        which the pipeline adds in strict mode (so they are not reported twice). The summary counts
        the strings this book prints in translation (labels and texts, against the current inputs),
        not the catalog entries `recbook i18n status` counts; its message is English, so is its "86%".
        """
        broken = sorted(self.broken.values())
        if draft:  # each at its entry (the final edition's errors say it there too): the count alone named none
            stale = [m for m in self.missing.values() if m.status == "stale"]
            broken += [warning(m.location, f"{self.lang}: msgctxt {m.context!r}: {STALE}, so the source wording "
                                           f"is printed; {STALE_REMEDY}", "i18n.stale")
                       for m in stale if m.context not in self.guessed]
            broken += self._guesses([m for m in stale if m.context in self.guessed])
        if not self.missing:
            return broken
        one = len(self.missing) == 1  # "1 of the 80 strings … is", never "are"
        counts = (f"{len(self.missing)} of the {len(self.needed)} strings this book prints in translation "
                  f"{'is' if one else 'are'} not translated ({self.share()}% complete)")
        listed = f"`recbook i18n status --list --lang {self.lang}` lists {'it' if one else 'them'}"  # at its file:line
        where = self._first_missing()
        if draft:
            return broken + [warning(where, f"{self.lang}: {counts}; the draft shows them in the source language; "
                                            f"{listed}", "i18n.incomplete")]
        return broken + [error(where, f"{self.lang}: {counts}; the final edition needs every one; {listed}",
                               "i18n.incomplete")]

    def _first_missing(self) -> Location:
        """Return where the summary is said: the first string not translated, else the language's catalog folder.

        It was said with no place at all, while every other diagnostic has PATH:LINE:COL (qa s21).
        """
        placed = sorted((m.location for m in self.missing.values() if m.location.line),
                        key=lambda where: (where.path, where.line))
        if placed:
            return Location(placed[0].path, placed[0].line, placed[0].col or 1)
        return Location(f"locales/{self.lang}/LC_MESSAGES")


    def _guesses(self, stale: list[Missing]) -> list[Diagnostic]:
        """Return one warning a catalog for its entries still holding init's placeholder translations.

        Said at each entry, they were the first check's 14 long warnings after conference.yaml was filled in (qa3 c5).
        """
        by_file: dict[str, list[Missing]] = {}
        for m in sorted(stale, key=lambda m: m.location):
            by_file.setdefault(m.location.path, []).append(m)
        out = []
        for found in by_file.values():
            if len(found) == 1:
                out.append(warning(found[0].location, f"{self.lang}: msgctxt {found[0].context!r} {GUESSED}, so the "
                                                      f"source wording is printed; {GUESS_REMEDY}", "i18n.stale"))
                continue
            names = ", ".join(m.context for m in found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
            out.append(warning(found[0].location, f"{self.lang}: {len(found)} entries ({names}) hold the translations "
                               "`recbook init` wrote for its placeholders, not of the texts conference.yaml has now, so "
                               "the source wording is printed; run `recbook i18n update`: it empties them for "
                               "translation", "i18n.stale"))
        return out


def missing_error(lang: str, missing: Missing) -> Diagnostic:
    """Return the located error for one string the final edition cannot print."""
    why = {
        "fuzzy": " is fuzzy (needs review)",
        "stale": f": {STALE}; {STALE_REMEDY}",
        "guess": f" {GUESSED}; {GUESS_REMEDY}",
        "untranslated": " is not translated",
        "absent": " is not in the catalog (run `recbook i18n update`)",
    }[missing.status]
    if missing.empty:
        why = f": {said_forms(list(missing.empty))}; a plural is printed only with every form translated"
    code = "i18n.stale" if missing.status == "guess" else f"i18n.{missing.status}"  # a stale entry of a kind
    return error(missing.location, f"{lang}: msgctxt {missing.context!r}{why}", code)
