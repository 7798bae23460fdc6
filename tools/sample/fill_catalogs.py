"""Fill the sample's content catalogs from tools/sample/translations.yaml.

`recbook i18n extract` writes locales/<lang>/LC_MESSAGES/content.<src>.po with
msgctxt like ``G3-02.title`` or ``directions.D1``. This script fills every entry
whose msgstr is empty or fuzzy with the proof-read translation of the same
msgctxt, but only while the entry's msgid is still the source text recorded in
translations.yaml (a changed source is reported, not filled). Translations
already in the PO file are kept (the PO file is the source of truth) unless
--overwrite is given, which the sample's maintainer uses after proof-reading
translations.yaml; a changed translation is then reported line by line.

Files are read and written with recbook's own PO reader and writer, so their
shape (entry order, wrapping at 76 columns, header) stays exactly what
`recbook i18n extract/update` writes and diffs stay small.

Usage: python tools/sample/fill_catalogs.py [--project DIR] [--dry-run] [--overwrite]
Exit status: 0 when done (or nothing to do), 1 on unreadable catalogs or, with
--dry-run, when some file would change.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

from ruamel.yaml import YAML

from recbook.i18n import po
from recbook.load.catalogs import read_po
from recbook.i18n.writer import format_po
from recbook.write import atomic_write

HERE = Path(__file__).resolve().parent
CATALOG = re.compile(r"^content\.(?P<src>[a-z]{2})\.po$")


def load_translations(path: Path) -> dict[str, dict[str, str]]:
    """Return msgctxt → {language: text} from translations.yaml (NFC, as recbook validates)."""
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    return {key: {lang: unicodedata.normalize("NFC", text) for lang, text in value.items() if text}
            for key, value in data.items()}


def _same_source(msgid: str, recorded: str | None) -> bool:
    return recorded is not None and unicodedata.normalize("NFC", msgid) == recorded


def fill_entry(entry: po.Entry, lang: str, src: str, table: dict[str, dict[str, str]],
               notes: list[str], where: str, overwrite: bool = False) -> po.Entry:
    """Return `entry` with its msgstr filled from `table`, or unchanged (with a note why)."""
    if entry.obsolete or entry.msgctxt is None or entry.msgid_plural is not None:
        return entry
    known = table.get(entry.msgctxt)
    if known is None:
        if not entry.translated:
            notes.append(f"{where}: {entry.msgctxt}: no translation in translations.yaml")
        return entry
    wanted = known.get(lang)
    if entry.translated:
        if not wanted or entry.msgstr[0] == wanted or not _same_source(entry.msgid, known.get(src)):
            return entry
        if not overwrite:
            notes.append(f"{where}: {entry.msgctxt}: kept the catalog's translation (differs from translations.yaml)")
            return entry
        notes.append(f"{where}: {entry.msgctxt}: replaced the catalog's translation")
    if not _same_source(entry.msgid, known.get(src)):
        notes.append(f"{where}: {entry.msgctxt}: source text changed since translations.yaml; not filled")
        return entry
    if not wanted:
        notes.append(f"{where}: {entry.msgctxt}: translations.yaml has no {lang} text")
        return entry
    return replace(entry, msgstr=(wanted,), flags=tuple(f for f in entry.flags if f != "fuzzy"),
                   previous_msgid=None, previous_msgctxt=None)


def fill_file(path: Path, lang: str, src: str, table: dict[str, dict[str, str]],
              notes: list[str], dry_run: bool, overwrite: bool = False) -> tuple[int, bool]:
    """Fill one catalog; return (entries filled, file changed). Broken files are left alone."""
    shown = str(path)
    parsed = read_po(path, shown)
    if parsed.errors or parsed.header_entry is None:
        notes.extend(str(d) for d in parsed.errors or [f"{shown}: no PO header"])
        raise SystemExit(1)
    entries = [fill_entry(e, lang, src, table, notes, shown, overwrite) for e in parsed.entries]
    filled = sum(1 for old, new in zip(parsed.entries, entries) if new is not old)
    text = format_po(parsed.header_entry, entries)
    changed = text.encode("utf-8") != path.read_bytes()
    if changed and not dry_run:
        atomic_write(path, text.encode("utf-8"))
    return filled, changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=HERE.parents[1])
    parser.add_argument("--translations", type=Path, default=HERE / "translations.yaml")
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace translations that differ from translations.yaml")
    args = parser.parse_args(argv)
    table = load_translations(args.translations)
    notes: list[str] = []
    would_change = False
    paths = sorted((args.project / "locales").glob("*/LC_MESSAGES/content.*.po"))
    if not paths:
        print("no content catalogs yet: run `recbook i18n extract` first", file=sys.stderr)
        return 1
    for path in paths:
        match = CATALOG.match(path.name)
        if not match:
            continue
        lang = path.parent.parent.name
        filled, changed = fill_file(path, lang, match["src"], table, notes, args.dry_run, args.overwrite)
        would_change |= changed
        state = "would change" if args.dry_run and changed else ("written" if changed else "unchanged")
        print(f"{path.relative_to(args.project)}: {filled} filled, {state}")
    for note in notes:
        print(note, file=sys.stderr)
    return 1 if args.dry_run and would_change else 0


if __name__ == "__main__":
    sys.exit(main())
