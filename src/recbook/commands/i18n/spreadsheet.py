"""Round-trip catalogs through a spreadsheet for agencies that do not use PO tools.

One sheet per target language; one row per message (per plural form), keyed by
file, msgctxt and form. Import changes only the translation column: a row whose
source text changed since the export, whose catalog entry is gone, or whose
translation breaks placeholders or adds markup is reported at SHEET!CELL and skipped.
The spaces and line breaks a cell adds around its text (Alt+Enter, a paste) are
removed with a warning at the cell, as proposal texts are trimmed: kept, msgfmt
refused the catalog ("msgid and msgstr do not both end with \\n").
A letter typed as a base letter and a combining mark (е + U+0308 for ё, и + U+0306 for й, a + U+0308
for the Latin ä) is stored composed, one character (NFC), as proposal texts are read, and counted in
the summary: neither `recbook check` nor the book composes a catalog's text, and a PDF holding the
two characters is not found by a search for the letter.

A fuzzy row's notes start with the source its translation was made for (the PO's `#| msgid`), so that
the change can be compared before the row is approved.

The status column approves: a fuzzy row set to "translated" loses its fuzzy flag,
its translation kept, if that translation passes the checks an edited one passes.
The other values are the export's notes (a sheet imported twice still says
"fuzzy" where the first import approved): not read; a word of another kind is warned about.

An import only adds and approves, never takes back: an emptied cell does not clear a
translation, and "fuzzy" on a translated entry does not mark it, because a sheet exported
before the entry was translated or approved holds exactly that, and applying it would undo
the newer work without a word. Both are warned about at the cell, the catalog kept.
"""

from __future__ import annotations

import datetime
import io
import unicodedata
import zipfile
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ...diagnostics import Diagnostic, Location, Report, error, warning
from ...model import LANGUAGES
from ...near_miss import near_miss
from ...unchanged import catalogs_snapshot
from ...write import atomic_write, write_files
from ...i18n import po
from ...load.catalogs import language_catalog_files, read_po
from ...xlsx_escapes import decode_value, encode
from ...i18n.checks import check_entry
from ...i18n.writer import format_po

COLUMNS = ("file", "msgctxt", "form", "source", "translation", "status", "notes")
STATUSES = ("translated", "fuzzy", "untranslated")
# on the status header: the one change of status the import reads
STATUS_NOTE = ("fuzzy: the translation needs review: it was made for an earlier source, which the notes show "
               "first; compare the two. Change it to translated to approve the translation as it is; a changed "
               "translation is approved anyway. Other changes of this column are not imported.")
WIDTHS = (24, 22, 6, 60, 60, 12, 40)


def _status(entry: po.Entry) -> str:
    return "fuzzy" if entry.fuzzy else ("translated" if entry.translated else "untranslated")


def _notes(entry: po.Entry) -> str:
    """Return a row's notes: a fuzzy entry's earlier source (the PO's `#| msgid`) first, then the `#.` comments.

    Without it the sheet said "Астана | Almaty | fuzzy" and nothing of why; an agency approved the old
    city's translation as it was (qa3 M4). A PO editor shows the `#|` lines; the sheet did not.
    """
    earlier = []
    if entry.fuzzy and entry.previous_msgid is not None:
        earlier.append(f"the translation was made for an earlier source: {entry.previous_msgid}")
    if entry.fuzzy and entry.previous_msgctxt is not None:
        earlier.append(f"the translation was made under another msgctxt: {entry.previous_msgctxt}")
    return "\n".join((*earlier, *entry.auto_comments))


def _rows(entry: po.Entry, file: str) -> list[tuple]:
    notes = _notes(entry)
    if entry.msgid_plural is None:
        return [(file, entry.msgctxt or "", "", entry.msgid, entry.msgstr[0], _status(entry), notes)]
    return [(file, entry.msgctxt or "", i, entry.msgid if i == 0 else entry.msgid_plural, text, _status(entry), notes)
            for i, text in enumerate(entry.msgstr)]


def _put(sheet, row: int, values: tuple) -> None:
    for col, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=col, value=encode(value))  # a literal "_x000D_" read back as typed
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text such as "=5" must never become a formula
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def export_xlsx(project: Path, target: Path, languages: tuple[str, ...], report: Report) -> int:
    """Write one sheet per language with every active message; return the number of rows."""
    book = Workbook()
    book.remove(book.active)
    count = 0
    for lang in languages:
        sheet = book.create_sheet(lang)
        _put(sheet, 1, COLUMNS)
        for col, width in enumerate(WIDTHS):
            sheet.column_dimensions[chr(ord("A") + col)].width = width
            sheet.cell(row=1, column=col + 1).font = Font(bold=True)
        sheet.cell(row=1, column=COLUMNS.index("status") + 1).comment = Comment(STATUS_NOTE, "recbook")
        sheet.freeze_panes = "A2"
        row = 2
        for path in language_catalog_files(project, lang):
            file = read_po(path, path.relative_to(project).as_posix())
            report.extend(file.errors)
            for entry in file.active:
                for values in _rows(entry, path.name):
                    _put(sheet, row, values)
                    row += 1
        count += row - 2
    # in memory, then the temp file + fsync + rename every output gets: a crash or Ctrl-C while
    # saving leaves the translators' previous sheet whole, never half a workbook
    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write(target, buffer.getvalue())
    return count


def _cell(sheet: str, column: int, row: int, source: str) -> Location:
    return Location(source, cell=f"{sheet}!{get_column_letter(column + 1)}{row}")


def _columns(header: tuple, sheet: str, source: str, report: Report) -> tuple[int, ...] | None:
    """Return where each of COLUMNS but notes stands in a sheet, read from its first row, or None (said).

    Read by position, a column a translator inserted for their own notes moved every column after it:
    their note "проверить" was imported as the translation, and the translation read as the status (QA s23).
    """
    names = [str(c.value).strip().lower() if c.value is not None else "" for c in header]
    needed = COLUMNS[:-1]
    missing = [name for name in needed if name not in names]
    if missing:
        report.add(error(Location(source, cell=f"{sheet}!A1"), f"the first row names no column {', '.join(missing)}: "
                         f"it must keep the export's headings ({', '.join(needed)}); sheet not imported",
                         "i18n.import-sheet"))
        return None
    return tuple(names.index(name) for name in needed)


def _edges(text: str) -> tuple[str, str]:
    """Return the whitespace `text` starts and ends with."""
    core = text.strip()
    start = text.index(core) if core else len(text)
    return text[:start], text[start + len(core):]


def _edges_of(source: str, text: str) -> str:
    """Return `text` with the source's leading and trailing whitespace in place of its own (none, nearly always)."""
    lead, trail = _edges(source)
    return lead + text.strip() + trail


def _trimming(source: str, text: str) -> str:
    """Return what `_edges_of` removed from `text`, in words."""
    if any(_edges(source)):
        return "the spaces and line breaks around the translation are made those of the source"
    removed = [(edge, side) for edge, side in zip(_edges(text), ("start", "end")) if edge]
    verb = "is" if len(removed) == 1 and len(removed[0][0]) == 1 else "are"
    parts = " and ".join(f"{_whitespace(edge)} at the {side}" for edge, side in removed)
    return f"{parts} of the translation {verb} removed (the source has none there)"


def _whitespace(edge: str) -> str:
    """Return "a line break", "2 spaces", "a line break and a space" … for a run of whitespace."""
    edge = edge.replace("\r\n", "\n").replace("\r", "\n")  # a line break pasted from Windows is one too
    breaks = edge.count("\n")
    names = [(breaks, "line break"), (len(edge) - breaks, "space")]
    return " and ".join(f"a {name}" if n == 1 else f"{n} {name}s" for n, name in names if n)


def _form_number(cell: object) -> int | None:
    """Return the plural form a form cell names (empty: 0, a message without plural), or None if it names none."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return 0
    if isinstance(cell, float) and cell.is_integer():  # a spreadsheet may store the exported 1 as 1.0
        cell = int(cell)
    if isinstance(cell, str) and cell.strip().isdigit() and cell.strip().isascii():
        cell = int(cell.strip())
    return cell if isinstance(cell, int) and not isinstance(cell, bool) and cell >= 0 else None


def _form(entry: po.Entry, form: int) -> str:
    return "the translation" if entry.msgid_plural is None else f"msgstr[{form}]"


class _Import:
    """Apply one sheet's translations to the catalogs of its language."""

    def __init__(self, project: Path, source: str, report: Report) -> None:
        self.project, self.source, self.report = project, source, report
        self.read = catalogs_snapshot(project)  # before any is read: each is written only if it still holds these
        self.changed: dict[Path, tuple[po.PoFile, dict[int, po.Entry]]] = {}
        self.unreadable: set[Path] = set()  # catalogs whose errors were said: once, not at every row
        self.composed = 0  # translations changed whose cell held a letter and a combining mark
        self.columns: tuple[int, ...] = tuple(range(len(COLUMNS) - 1))  # the sheet's column of each of COLUMNS
        self.rows: dict[tuple, tuple[int, str]] = {}  # (sheet, file, msgctxt, form) → the first row translating it

    def at(self, lang: str, column: int, number: int) -> Location:
        """Return the cell of COLUMNS[column] in row `number` of the sheet being read."""
        return _cell(lang, self.columns[column], number, self.source)

    def catalog(self, lang: str, name: str) -> tuple[po.PoFile, dict[int, po.Entry]] | None:
        path = self.project / "locales" / lang / "LC_MESSAGES" / name
        if path not in self.changed:
            if not path.is_file() or "/" in name or path in self.unreadable:
                return None
            file = read_po(path, path.relative_to(self.project).as_posix())
            if file.errors:
                self.report.extend(file.errors)
                self.unreadable.add(path)
                return None
            self.changed[path] = (file, dict(enumerate(file.entries)))
        return self.changed[path]

    def row(self, lang: str, number: int, values: tuple) -> int:
        """Apply one row; return 1 when a translation changed (or was approved)."""
        name, context, form, source, text, status = (values + (None,) * 6)[:6]
        asked = str(status).strip().lower() if status is not None else ""
        if not name:
            return 0
        # an empty cell of a row that is gone or stale has nothing to apply: said only of a row that asks something
        speaks = text is not None or asked == "translated"
        found = self.catalog(lang, str(name))
        index = next((i for i, e in (found[1].items() if found else ())
                      if (e.msgctxt or "") == (context or "") and not e.obsolete), None)
        if index is None:
            if speaks:  # at the msgctxt cell: the sheet's key (a typo there looks like a removed message)
                known = {e.msgctxt for e in found[1].values() if e.msgctxt and not e.obsolete} if found else ()
                hint = near_miss(str(context or ""), known)
                self.report.add(warning(self.at(lang, 1, number), f"{name} has no message {context!r}"
                                        f"{f' ({hint.text})' if hint else ''}; row skipped", "i18n.import-gone"))
            return 0
        entry = found[1][index]
        number_of_form = _form_number(form)
        if number_of_form is None:
            if speaks:  # "x" was a traceback, -1 wrote three more forms into the catalog, 1.5 went to form 1
                self.report.add(warning(self.at(lang, 2, number), f"{context}: form {form!r} is not the "
                                        "number of a plural form (0, 1, 2 … as exported); row skipped",
                                        "i18n.import-form"))
            return 0
        form = number_of_form
        expected = entry.msgid if form == 0 else entry.msgid_plural
        if form >= len(entry.msgstr) or str(source) != expected:
            if speaks:  # at the form cell for a form the entry no longer has, else at the source cell
                column = 2 if form >= len(entry.msgstr) else 3
                self.report.add(warning(self.at(lang, column, number), f"{context}: the source text "
                                        "changed since the export; row skipped", "i18n.import-stale"))
            return 0
        original = found[0].entries[index]  # as read: a plural's rows approve (and are compared) once
        approve = asked == "translated" and original.fuzzy
        where = self.at(lang, 4, number)
        if text in (None, "") and entry.msgstr[form].strip() and not approve:  # an approval says why it is not read
            self.report.add(warning(where, f"{context}: the cell is empty, but an import never clears a translation "
                                    "(a sheet exported before the entry was translated has an empty cell too): "
                                    f"{_form(entry, form)} is kept; to remove it, clear it in {name} or mark it "
                                    "fuzzy there", "i18n.import-cleared"))
        # a line break pasted from Windows (CR LF, which Excel stores as _x000D_ and a LF) is one line break,
        # as in a proposal's text: a CR kept in the catalog would reach the book as a stray character
        text = "" if text is None else str(text).replace("\r\n", "\n").replace("\r", "\n")
        if text.strip():
            # a row copied (or pasted twice): the later one silently replaced the earlier translation
            first = self.rows.setdefault((lang, str(name), context, form), (number, text.strip()))
            if first[1] != text.strip():
                self.report.add(error(where, f"{context}: row {first[0]} translates this message too, otherwise: "
                                      "keep one of the two rows", "i18n.import-duplicate"))
                return 0
            if first[0] != number:
                return 0  # the same words again: applied once
        changed = self.translate(found[0].path, found[1], index, form, text, expected, where,
                                 self.at(lang, 5, number) if approve else None)
        # "untranslated" is what the export wrote (a re-imported sheet still says so): read as a note
        why = ("the translation cell is empty" if approve and not text.strip() else
               "an import never marks a translation fuzzy (a sheet imported again still says fuzzy where its first "
               "import approved): mark it fuzzy in the catalog" if asked == "fuzzy" and not original.fuzzy else
               "write translated to approve a fuzzy translation" if asked not in ("", *STATUSES) else None)
        if why:
            self.report.add(warning(self.at(lang, 5, number), f"{context}: status {asked!r} is not "
                                    f"imported: {why}; the entry is {_status(found[1][index])}", "i18n.import-status"))
        return changed

    def translate(self, catalog: str, entries: dict[int, po.Entry], index: int, form: int, text: str,
                  expected: str, where: Location, approved_at: Location | None) -> int:
        """Apply one cell's translation (trimmed), or approve the entry's own when `approved_at` is its status cell.

        `catalog`: the entry's PO file (as the project names it), checked as `i18n check` checks that file.
        """
        entry = entries[index]
        if not text.strip():
            if text:
                self.report.add(warning(where, f"{entry.msgctxt}: the translation is only spaces or line breaks: "
                                        "read as an empty cell, the catalog's translation is kept",
                                        "i18n.import-trimmed"))
            return 0
        trimmed = _edges_of(expected, text)
        composed = unicodedata.normalize("NFC", trimmed)
        if composed != entry.msgstr[form]:
            if trimmed != text:  # said only where the catalog changes
                self.report.add(warning(where, f"{entry.msgctxt}: {_trimming(expected, text)}", "i18n.import-trimmed"))
            applied = self.apply(catalog, entries, index, entry, form, composed, where)
            if applied and composed != trimmed:
                self.composed += 1
            return applied
        if approved_at is not None and entry.fuzzy:  # the translation as it is, approved: the same checks
            return self.apply(catalog, entries, index, entry, form, composed, approved_at)
        return 0

    def apply(self, catalog: str, entries: dict[int, po.Entry], index: int, entry: po.Entry, form: int, text: str,
              where: Location) -> int:
        forms = entry.msgstr[:form] + (text,) + entry.msgstr[form + 1:]
        new = replace(entry, msgstr=forms, flags=tuple(f for f in entry.flags if f != "fuzzy"),
                      previous_msgid=None, previous_msgctxt=None)
        lang = where.cell.split("!")[0]
        # a plural's forms come one row each: the count and the forms still empty are said of the whole
        # entry by `i18n check`, not at each row before the last. Checked under the catalog's name, not the
        # sheet's: a content catalog's text is never formatted ("80% of" is plain text there), and a row
        # was refused that `i18n check` passed in the PO file
        problems = [d for d in check_entry(catalog, new, lang)
                    if d.code not in ("i18n.plural-count", "i18n.partly-translated")]
        self.report.extend(Diagnostic(where, d.severity, d.message, d.code) for d in problems)
        if any(d.is_error for d in problems):  # a warning (a bidi character) does not keep the row out
            return 0
        entries[index] = new
        return 1

    def write(self) -> list[Path]:
        """Write every catalog that changed, none if one was saved by another program meanwhile (ChangedMeanwhile)."""
        files = {}
        for path, (file, entries) in sorted(self.changed.items()):
            new = [entries[i] for i in sorted(entries)]
            if new != list(file.entries):
                files[path] = format_po(file.header_entry, new, file).encode("utf-8")  # the rest as read
        return write_files(files, self.read)


def _not_text(cell) -> str | None:
    """Return what a spreadsheet made of a translation cell that is not text ("a date (2025-09-26)"), else None.

    LibreOffice and Excel read what is typed: "26.09.2025" becomes a date, "98%" the number 0.98, "TRUE"
    a truth value, "1,5" the number 1.5. Written as Python prints them, the catalog got "2025-09-26 00:00:00"
    or "0.98", not the translator's words. A whole number shown as typed (format General: "2025") is its text.
    """
    value = cell.value
    if value is None or isinstance(value, str):
        return None
    if isinstance(value, bool):
        return f"a truth value ({'TRUE' if value else 'FALSE'})"
    if isinstance(value, (datetime.time, datetime.timedelta)):
        return f"a time ({value})"
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        value = value.date()  # "26.09.2025" is a day: said as one
    if isinstance(value, (datetime.datetime, datetime.date)):
        return f"a date ({value})"
    shown = cell.number_format or "General"
    if isinstance(value, int) and shown == "General":
        return None
    return f"a number ({value})" if shown == "General" else f"a number ({value}, shown as {shown})"


def import_xlsx(project: Path, source: Path, report: Report) -> tuple[int, int, list[Path]]:
    """Apply the translation column of a spreadsheet to the catalogs; return (changes, composed, files written).

    `composed`: how many of the changes had letters stored composed (NFC), a count for the summary.
    """
    shown = str(source)  # as given, "../tr.xlsx" included: outputs and files outside the project are named so
    try:
        book = load_workbook(source, read_only=True)  # formulas as formulas: reported, not evaluated
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        report.add(error(Location(shown), f"cannot be opened as an Excel workbook ({exc}); "
                                          "export one with `recbook i18n export --xlsx`", "xlsx.unreadable"))
        return 0, 0, []
    job = _Import(project, shown, report)
    changes = 0
    if not any(sheet.title in LANGUAGES for sheet in book.worksheets):  # said "0 changes", exit 0, before
        report.add(error(Location(shown), f"has no sheet named after a language ({', '.join(LANGUAGES)}): it is "
                         "not a sheet of `recbook i18n export --xlsx`, and nothing is imported", "i18n.import-sheet"))
        return 0, 0, []
    for sheet in book.worksheets:
        if sheet.title not in LANGUAGES:
            report.add(warning(Location(shown, cell=f"{sheet.title}!A1"), "sheet is not a language (kk, ru, en); skipped",
                               "i18n.import-sheet"))
            continue
        rows = sheet.iter_rows()
        columns = _columns(next(rows, ()), sheet.title, shown, report)
        if columns is None:
            continue
        job.columns = columns
        for number, row in enumerate(rows, start=2):
            cells = tuple(row[i] if i < len(row) else None for i in columns)  # the export's columns, in its order
            if any(c is not None and c.data_type == "f" for c in cells):  # a formula in a column of one's own: no matter
                report.add(error(job.at(sheet.title, 4, number), "a formula, not text: type the translation "
                                 "as text (start it with ' if it must begin with =)", "i18n.import-formula"))
                continue
            kind = _not_text(cells[4]) if cells[4] is not None else None
            if kind:
                report.add(error(job.at(sheet.title, 4, number), f"the spreadsheet stored {kind}, not the "
                                 "text typed: format the cell as Text (or start it with ') and type the "
                                 "translation again", "i18n.import-type"))
                continue
            # Excel's _x000D_ escapes decoded (openpyxl keeps them): the checks then see the CR, not "_x000D_"
            changes += job.row(sheet.title, number, tuple(decode_value(c.value if c is not None else None)
                                                          for c in cells))
    if report.errors:
        return changes, job.composed, []
    return changes, job.composed, job.write()
