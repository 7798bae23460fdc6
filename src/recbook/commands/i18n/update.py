"""`i18n extract` and `i18n update`: write templates and merge them into the translators' PO files.

A PO file with syntax errors is never rewritten (reading it may have lost
entries): its errors are reported and the file is left for the translator.
Files are rewritten only when their text changes.
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale

from ...diagnostics import Diagnostic, Report
from ...model import Inputs, LANGUAGES, MergeResult
from ...resources import default_dir
from ...unchanged import Read, catalogs_snapshot
from ...write import write_files
from ...i18n import po
from ...load.catalogs import read_po
from ...i18n.catalogs import NPLURALS, PLURAL_FORMS, book_path, content_path
from ...i18n.extract import content_templates
from ...i18n.guesses import init_guesses
from ...load.messages import book_template
from ...i18n.labels import LABEL_SOURCE_LANGUAGE
from ...i18n.po import Entry
from ...i18n.unknown import unknown_entries
from ...i18n.update import merge_catalog
from ...i18n.checks import names_language
from ...i18n.writer import format_po, header_entry

REVISION_DEFAULT = "2025-09-26 00:00+0000"


def _header(old: dict[str, str], project_id: str, lang: str | None, source: str,
            old_entry: Entry | None = None) -> Entry:
    """Return a header: recbook's fields enforced, the translator's fields kept.

    The catalog's own header (`old_entry`) keeps its comments (a translator's name, a licence),
    its flags and its fields' order: Poedit's X-Generator stays where Poedit put it.
    """
    fields = {
        "Project-Id-Version": project_id,
        "PO-Revision-Date": REVISION_DEFAULT,
        "Last-Translator": "recbook secretariat",
        "Language-Team": Locale.parse(lang).english_name if lang else "none",
        **old,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-Language": source,
    }
    if lang:
        # the translator's "kk_KZ" (Poedit's Kazakh (Kazakhstan)) is kept: rewritten "kk", every update changed
        # the file and Poedit's next save changed it back
        if not names_language(old.get("Language", ""), lang):
            fields["Language"] = lang
        fields["Plural-Forms"] = PLURAL_FORMS[lang]
    if old_entry is None:
        return header_entry(fields)
    return header_entry(fields, old_entry.comments, old_entry.flags, tuple(old))


class _Writes(dict):
    """The files to write (path → bytes), only those whose text changes from what `read` holds."""

    def __init__(self, read: Read) -> None:
        super().__init__()
        self.read = read

    def add(self, path: Path, text: str) -> None:
        data = text.encode("utf-8")
        if data != self.read.get(path):
            self[path] = data


def _write_template(path: Path, project_id: str, source: str, entries: list[Entry], writes: _Writes) -> None:
    """Write a template (.pot); its entries that did not change are written as they were read."""
    old = read_po(path) if path.is_file() else None
    old = old if old is not None and not old.errors else None
    writes.add(path, format_po(_header({}, project_id, None, source), entries, old))


def _old_catalog(path: Path, shown: str, report: Report, read: po.PoFile | None = None) -> po.PoFile | None:
    """Return the existing catalog (`read`: as already read), an empty one, or None when it is broken (errors reported)."""
    if read is None and not path.is_file():
        return po.PoFile(shown)
    file = read if read is not None else read_po(path, shown)
    if file.errors:
        report.extend(file.errors)
        return None
    return file


def _update_one(project: Path, shown: str, template: list[Entry], lang: str, source: str, project_id: str,
                report: Report, writes: _Writes, seeds: dict[str, str] | None = None,
                fallback: Path | None = None, elsewhere: list[Entry] | None = None,
                read: po.PoFile | None = None, guesses: dict[str, tuple[str, str]] | None = None) -> None:
    path = project / shown
    base = path if read is not None or path.is_file() or fallback is None or not fallback.is_file() else fallback
    old = _old_catalog(base, shown if base == path else str(base), report, read)
    if old is None:
        return
    # a label recbook gained since the project's book.po was made takes recbook's own translation
    ours = fallback is not None and base == path and fallback.resolve() != path.resolve()
    shipped = _shipped(fallback) if ours else ()
    entries = merge_catalog(template, old.entries, NPLURALS[lang], seeds, elsewhere or (), guesses, shipped)
    header = _header(old.header, project_id, lang, source, old.header_entry)
    # what the merge left as it was is written as it was read (i18n/writer.py); a packaged fallback is not the file
    writes.add(path, format_po(header, entries, old if base == path else None))


def _shipped(packaged: Path) -> tuple[Entry, ...]:
    """Return the entries of recbook's own catalog (none if it is missing or broken: nothing is filled then)."""
    if not packaged.is_file():
        return ()
    file = read_po(packaged)
    return () if file.errors else tuple(file.entries)


def _book_template(project: Path) -> list[Entry]:
    own = project / "templates"
    folders = [own] if own.is_dir() else [d for d in [default_dir("templates")] if d.is_dir()]
    return book_template(folders)


def _content_catalogs(project: Path) -> dict[tuple[str, str], po.PoFile]:
    """Return (lang, source) → each content catalog there is, as read (a broken one with its errors).

    Read once, before any is rewritten: the same reading gives the translations found elsewhere and
    the catalog each update starts from (it was read a second time for that, the same bytes again).
    """
    return {(lang, source): read_po(project / content_path(lang, source), content_path(lang, source))
            for lang in LANGUAGES for source in LANGUAGES
            if source != lang and (project / content_path(lang, source)).is_file()}


def _orphans(project: Path, templates: dict) -> list[tuple[str, str]]:
    """Return (lang, source) of existing content catalogs whose source has nothing to print."""
    return [(lang, source) for lang in LANGUAGES for source in LANGUAGES
            if source not in templates and (project / content_path(lang, source)).is_file()]


def _book_languages(project: Path, printed: tuple[str, ...]) -> list[str]:
    """Return the languages whose book catalog update keeps: each one the conference prints, and
    each other one a catalog already exists for (a language dropped from conference.yaml keeps its
    translations up to date for when it comes back; a new project gets only its own languages)."""
    return [lang for lang in LANGUAGES if lang in printed or (project / book_path(lang)).is_file()]


def update_catalogs(project: Path, inputs: Inputs, merged: MergeResult | None, report: Report,
                    *, write_templates: bool = False, read: Read | None = None) -> list[Path]:
    """Merge fresh templates into every content and book catalog; return the files written.

    `read`: the files under locales/ as the command first read them (recbook.unchanged; default:
    now). All are written at the end, each only if it still holds those bytes: a catalog a
    translator saved meanwhile raises ChangedMeanwhile, and none is written.
    """
    writes = _Writes(catalogs_snapshot(project) if read is None else read)
    conf = inputs.conference
    templates = {t.source: t for t in content_templates(inputs, merged)}
    catalogs = _content_catalogs(project)
    before = {key: file.entries for key, file in catalogs.items() if not file.errors}  # what each file held
    for t in templates.values():
        if write_templates:
            _write_template(project / f"locales/content.{t.source}.pot", conf.id, t.source, list(t.entries), writes)
        for lang in conf.languages:
            if lang != t.source:
                # a text whose language changed (an edit is in the source language) keeps its translation
                elsewhere = [e for (target, source), found in before.items()
                             if target == lang and source != t.source for e in found]
                _update_one(project, content_path(lang, t.source), list(t.entries), lang, t.source, conf.id,
                            report, writes, t.seeds.get(lang), elsewhere=elsewhere, read=catalogs.get((lang, t.source)),
                            guesses=init_guesses(lang, t.source))
    for lang, source in _orphans(project, templates):
        # nothing of this source language is printed any more: its translations become obsolete
        _update_one(project, content_path(lang, source), [], lang, source, conf.id, report, writes,
                    read=catalogs.get((lang, source)))
    book = _book_template(project)
    if write_templates:
        _write_template(project / "locales/book.pot", "recbook book", LABEL_SOURCE_LANGUAGE, book, writes)
    for lang in _book_languages(project, conf.languages):
        packaged = default_dir("locales") / lang / "LC_MESSAGES" / "book.po"
        _update_one(project, book_path(lang), book, lang, LABEL_SOURCE_LANGUAGE, "recbook book",
                    report, writes, fallback=packaged)
    return write_files(dict(writes), writes.read)


def unknown_keys(project: Path) -> list[Diagnostic]:
    """Return a warning at each entry of the project's catalogs no source text has (what update would drop).

    The catalogs `update_catalogs` merges, against the templates it merges
    them with. Nothing is said when the inputs cannot be read without errors:
    the texts that exist are not known then (`recbook check` reports why).
    """
    out: list[Diagnostic] = []
    for shown, lang, template in catalog_templates(project) or []:
        path = project / shown
        if path.is_file() and not (file := read_po(path, shown)).errors:
            out += unknown_entries(file, template, NPLURALS[lang])
    return out


def catalog_templates(project: Path) -> list[tuple[str, str, list[Entry]]] | None:
    """Return (catalog path, language, the entries `update_catalogs` merges into it) for each catalog
    update keeps (an orphan content catalog: none), or None when the inputs cannot be read without errors."""
    from ...pipeline import gather

    if not (project / "inputs").is_dir():
        return None
    report = Report()
    gathered = gather(project, report)
    # a catalog's own errors (said by whoever asks, from the catalogs) do not make the inputs unknown: one
    # translator's broken file said "the inputs cannot be read" and hid every stale and missing entry (QA s23)
    if gathered is None or any(not _in_locales(d) for d in report.errors):
        return None
    conf = gathered.inputs.conference
    content = {t.source: list(t.entries) for t in content_templates(gathered.inputs, gathered.merged)}
    files = [(book_path(lang), lang, _book_template(project)) for lang in _book_languages(project, conf.languages)]
    files += [(content_path(lang, source), lang, content.get(source, [])) for lang in LANGUAGES for source in LANGUAGES
              if source not in content or (lang in conf.languages and lang != source)]
    return files


def _in_locales(diagnostic: Diagnostic) -> bool:
    """Return whether a diagnostic is about a file under locales/ (a catalog), not an input."""
    path = diagnostic.location.path if diagnostic.location else None
    return bool(path) and Path(path).parts[:1] == ("locales",)
