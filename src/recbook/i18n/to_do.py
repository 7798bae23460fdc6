"""List the entries a translator still has to do, each at its place (`recbook i18n status --list`).

What `recbook check` counts as "not translated" in a book, named one by one:
fuzzy, untranslated (a plural form included), stale (the msgid is not the
current source), broken (an error `i18n check` gives keeps it out), missing
(a text not in the catalog yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from ..counts import counted
from ..diagnostics import Location, one_line
from .catalogs import NPLURALS, Catalog, Catalogs, book_path
from .checks import check_entry, empty_forms, said_forms
from .po import Entry

EXCERPT = 60  # characters of the source text a listed entry shows: enough to find it, one line


@dataclass(frozen=True)
class ToDo:
    """One entry a translator still has to translate or review, where it is written."""

    location: Location
    status: str  # "fuzzy", "untranslated", "stale", "broken" (an error) or "missing" (not in the catalog yet)
    context: str
    source: str  # the entry's msgid (a missing one: the text to translate)
    note: str = ""

    def format(self) -> str:
        """Return `PATH:LINE[:COL]: status: msgctxt: "source…" (note)`: a line an editor opens at its place."""
        note = f" ({self.note})" if self.note else ""
        return one_line(f'{self.location}: {self.status}: {self.context}: "{excerpt(self.source)}"{note}')

    def as_json(self) -> dict[str, object]:
        return {"path": self.location.path, "line": self.location.line, "col": self.location.col,
                "status": self.status, "msgctxt": self.context, "source": self.source, "note": self.note}


def excerpt(text: str) -> str:
    """Return the start of `text` on one line (blanks collapsed), cut with "…" past EXCERPT characters."""
    words = " ".join(text.split())
    return words if len(words) <= EXCERPT else words[:EXCERPT - 1].rstrip() + "…"


def to_do(catalogs: Catalogs, langs: Iterable[str],
          templates: Mapping[str, Sequence[Entry]] | None) -> dict[str, list[ToDo]]:
    """Return, per language, each entry of its catalogs that is fuzzy, untranslated, stale or broken (an error
    `i18n check` gives keeps it out of the book), and each text a catalog lacks, in file and line order.

    `templates` (catalog path → the entries `recbook i18n update` merges into it) tells a stale entry
    (its msgid is not the current source) and a missing one; without it (the inputs do not read) only
    the catalogs are looked at. An entry whose msgctxt no text has is left out: it is never printed,
    and `recbook i18n check` says so.
    """
    out = {}
    for lang in langs:
        catalogs_of_lang = [catalogs.book[lang]] if lang in catalogs.book else []
        catalogs_of_lang += [c for (target, _), c in sorted(catalogs.content.items()) if target == lang]
        paths = {c.path for c in catalogs_of_lang}
        found = [item for c in catalogs_of_lang for item in _catalog_to_do(c, templates)]
        if templates is not None:  # a catalog the language needs that is not there yet: every text is missing
            # (a project without its own book.po prints the packaged one, read in its place)
            found += [ToDo(Location(path), "missing", e.msgctxt or "", e.msgid, "run `recbook i18n update`")
                      for path, entries in sorted(templates.items()) if _lang_of_path(path) == lang
                      and path not in paths and not (path == book_path(lang) and lang in catalogs.book)
                      for e in entries]
        out[lang] = found
    return out


def _lang_of_path(path: str) -> str:
    return path.split("/")[1] if path.startswith("locales/") else ""


def _catalog_to_do(catalog: Catalog, templates: Mapping[str, Sequence[Entry]] | None) -> list[ToDo]:
    template = None if templates is None else templates.get(catalog.path)
    sources = None if template is None else {e.msgctxt: (e.msgid, e.msgid_plural) for e in template}
    out = []
    for entry in catalog.entries:
        if entry.obsolete or entry.msgctxt is None or (sources is not None and entry.msgctxt not in sources):
            continue
        item = _entry_to_do(catalog, entry, None if sources is None else sources[entry.msgctxt])
        if item is not None:
            out.append(item)
    if template is not None:
        out += [ToDo(Location(catalog.path), "missing", e.msgctxt, e.msgid, "run `recbook i18n update`")
                for e in template if e.msgctxt is not None and e.msgctxt not in catalog.by_context]
    return out


def _entry_to_do(catalog: Catalog, entry: Entry, source: tuple[str, str | None] | None) -> ToDo | None:
    """Return what is left to do on one entry, in the order a lookup finds it (Catalog.lookup)."""
    where = entry.start(catalog.path)
    if source is not None and source != (entry.msgid, entry.msgid_plural):
        return ToDo(where, "stale", entry.msgctxt or "", entry.msgid)
    if entry.fuzzy:
        return ToDo(where, "fuzzy", entry.msgctxt or "", entry.msgid)
    empty = empty_forms(entry)
    if entry.msgid_plural is not None:
        needed = NPLURALS.get(catalog.lang, 2)
        if len(entry.msgstr) != needed:  # at the msgstr `i18n check` names: the first form too many, else the last
            at = entry.at(catalog.path, max(min(len(entry.msgstr), needed + 1) - 1, 0))
            return ToDo(at, "untranslated", entry.msgctxt or "", entry.msgid,
                        f"{len(entry.msgstr)} of the {needed} plural forms")
        if empty and len(empty) < len(entry.msgstr):
            return ToDo(entry.at(catalog.path, empty[0]), "untranslated", entry.msgctxt or "", entry.msgid,
                        said_forms(empty))
    if empty:
        return ToDo(entry.at(catalog.path, empty[0]), "untranslated", entry.msgctxt or "", entry.msgid)
    # translated, but an error (a placeholder dropped, markup) keeps it out of the book: said as `i18n check` says it
    broken = next((d for d in check_entry(catalog.path, entry, catalog.lang) if d.is_error), None)
    if broken is not None:
        return ToDo(broken.location or where, "broken", entry.msgctxt or "", entry.msgid,
                    broken.message.removeprefix(f"{entry.label()}: "))
    return None


def format_to_do(found: dict[str, list[ToDo]], errors: int = 0) -> str:
    """Return one line per entry to do, or what none means.

    A catalog error (a msgctxt defined twice) fails the build whatever is translated: with one, an
    empty list is not "every entry is translated" (qainput s23).
    """
    lines = [item.format() for items in found.values() for item in items]
    if lines:
        return "\n".join(lines)
    if errors:
        return (f"nothing listed in {', '.join(found)}, but the catalogs have {counted(errors, 'error')} (above), "
                "which fail the build until fixed: `recbook i18n check`")
    return f"nothing to do in {', '.join(found)}: every entry is translated"
