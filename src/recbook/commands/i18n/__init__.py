"""`recbook i18n …`: the translators' workflow (extract, update, status, check, export, import)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ...counts import counted
from .. import project_option


@click.group()
def i18n() -> None:
    """Keep the PO catalogs under locales/ in step with inputs and templates."""


def _gather(project: Path):
    from ...diagnostics import InputErrors, Report
    from ...diagnostics import print_diagnostics
    from ...pipeline import gather

    report = Report()
    gathered = gather(project, report)
    if gathered is None or report.errors:
        print_diagnostics(report.sorted())
        raise InputErrors(len(report.errors) or 1)
    return gathered, report


def _update(project: Path, write_templates: bool) -> None:
    from ...project_lock import project_lock

    # from before the first read to the last write: an import meanwhile lost its translations to the
    # catalogs this update had read before it (recbook.project_lock)
    with project_lock(project, "locales", untouched="no catalog was changed"):
        _update_locked(project, write_templates)


def _update_locked(project: Path, write_templates: bool) -> None:
    from ...diagnostics import InputErrors, Report
    from ...diagnostics import print_diagnostics
    from ...unchanged import ChangedMeanwhile, catalogs_snapshot
    from .update import update_catalogs

    read = catalogs_snapshot(project)  # before anything reads them: the catalogs are updated from these bytes
    gathered, _ = _gather(project)
    report = Report()
    try:
        written = update_catalogs(project, gathered.inputs, gathered.merged, report, write_templates=write_templates,
                                  read=read)
    except ChangedMeanwhile as exc:  # saved by a program that does not take the lock (Poedit, an editor)
        _changed(report, exc, project, "run the update again")
    print_diagnostics(report.sorted())
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"{counted(len(written), 'catalog file')} changed")
    if report.errors:
        raise InputErrors(len(report.errors))


@i18n.command()
@project_option
def extract(project: Path) -> None:
    """Write locales/*.pot from inputs and templates, and merge them into every PO file."""
    _update(project, write_templates=True)


@i18n.command()
@project_option
def update(project: Path) -> None:
    """Merge current inputs and templates into every PO file (changed sources become fuzzy)."""
    _update(project, write_templates=False)


@i18n.command()
@project_option
@click.option("--json", "as_json", is_flag=True,
              help="Print {lang: {total, translated, fuzzy, untranslated}} (with --list, and `todo`: the entries).")
@click.option("--list", "listed", is_flag=True,
              help="List each fuzzy, untranslated, stale or missing entry at its file:line, with its msgctxt "
                   "and the start of its source text.")
@click.option("--lang", "langs", default=None,
              help="Languages to show, e.g. kk or kk,ru  [default: the languages conference.yaml publishes the book "
                   "in, and any other the project has catalogs of]")
def status(project: Path, as_json: bool, listed: bool, langs: str | None) -> None:
    """Show how much of each language is translated, and with --list what is still to do."""
    from ...diagnostics import Report
    from ...diagnostics import print_diagnostics, warning
    from ...load.catalogs import load_catalogs
    from ...i18n.status import format_status, status as count
    from ...i18n.to_do import format_to_do, to_do

    report = Report()
    languages = _shown_languages(project, langs, report)
    if not languages:  # each one asked for is said above: no table, no "every entry is translated"
        print_diagnostics(report.sorted())
        if as_json:
            click.echo("{}")
        return
    catalogs = load_catalogs(project, report)
    counts = {lang: c for lang, c in count(catalogs).items() if lang in languages}
    found = None
    if listed:
        from .update import catalog_templates

        files = catalog_templates(project)
        if files is None:  # what the current source texts are is not known: stale and missing go unsaid
            # the inputs' own errors only: a catalog's error no longer stops their reading (catalog_templates)
            report.add(warning(None, "the inputs cannot be read without errors (see `recbook check`): entries whose "
                               "source text changed, and texts not yet in a catalog, are not listed",
                               "i18n.status-inputs"))
        found = to_do(catalogs, languages, None if files is None else {path: entries for path, _, entries in files})
        # a catalog with a syntax error lost the entries it could not read: they are not missing (an update
        # refuses the file until it is fixed), the error above says where
        unreadable = {d.location.path for d in report.errors if d.location is not None}
        found = {lang: [item for item in items if item.status != "missing" or item.location.path not in unreadable]
                 for lang, items in found.items()}
    print_diagnostics(report.sorted())
    if as_json:
        if found is not None:
            counts = {lang: {**c, "todo": [item.as_json() for item in found[lang]]} for lang, c in counts.items()}
        click.echo(json.dumps(counts, ensure_ascii=False))
    else:
        click.echo(format_to_do(found, len(report.errors)) if found is not None else format_status(counts))


def _shown_languages(project: Path, langs: str | None, report) -> tuple[str, ...]:
    """Return the languages `status` shows: those asked for, else the book's and any with project catalogs.

    recbook's own catalog stands in for a language the project has none of: counted, a project published in
    kk and ru showed "en 94 94 … 100" and `--list --lang en` "every entry is translated" (qainput s23).
    A language asked for that is neither published nor translated in the project is said so, not counted.
    """
    from ...diagnostics import warning
    from ...model import LANGUAGES

    published, where = _published(project)
    kept = set(LANGUAGES if published is None else published) | {
        lang for lang in LANGUAGES if (project / "locales" / lang).is_dir()}  # a catalog of its own
    asked = LANGUAGES if langs is None else _languages(langs)
    left = tuple(lang for lang in asked if lang in kept)
    for lang in asked if langs is not None else ():  # one asked for by name is said; by default, left out
        if lang not in left:
            report.add(warning(where, f"{lang}: the book is not published in it (conference.yaml's languages: "
                               f"{', '.join(published or ())}) and the project has no catalog of it: nothing to "
                               "translate; add it to `languages` and run `recbook i18n update` to start one",
                               "i18n.not-published"))
    return left


def _published(project: Path) -> tuple[tuple[str, ...] | None, Any]:
    """Return the languages conference.yaml lists (None when it cannot be read so: check says why) and where."""
    from ...diagnostics import Report
    from ...load.nodes import Map, Scalar, Seq
    from ...load.yaml_reader import read_yaml
    from ...model import LANGUAGES

    path = project / "inputs" / "conference.yaml"
    node = read_yaml(path, Report(), "inputs/conference.yaml") if path.is_file() else None
    listed = node.get("languages") if isinstance(node, Map) else None
    if not isinstance(listed, Seq):
        return None, None
    found = tuple(item.value for item in listed.items if isinstance(item, Scalar) and item.value in LANGUAGES)
    return found or None, listed.location


def _languages(langs: str) -> tuple[str, ...]:
    """Return the languages of a --lang value (kk,ru), or stop with a usage error."""
    from ...model import LANGUAGES

    languages = tuple(x.strip() for x in langs.split(",") if x.strip())
    if not languages or any(x not in LANGUAGES for x in languages):
        raise click.BadParameter(f"expected some of {', '.join(LANGUAGES)}, but received: {langs!r}",
                                 param_hint="--lang")
    return languages


@i18n.command()
@project_option
def check(project: Path) -> None:
    """Check every catalog: syntax, duplicates, plural forms, placeholders, markup."""
    from ...diagnostics import InputErrors
    from ...diagnostics import print_diagnostics
    from ...load.catalogs import catalog_files, check_catalogs
    from .update import unknown_keys

    diagnostics = sorted(set(check_catalogs(project) + unknown_keys(project)))
    print_diagnostics(diagnostics)
    errors = [d for d in diagnostics if d.is_error]
    if errors:
        raise InputErrors(len(errors), writes=False)
    # "OK" under a warning read as "nothing to do" (QA: an edited msgid, its translation not printed)
    warned = len(diagnostics) - len(errors)
    click.echo(f"{counted(len(catalog_files(project)), 'catalog file')}: "
               + (f"no errors, {counted(warned, 'warning')}" if warned else "OK"))


@i18n.command("export")
@project_option
@click.option("--xlsx", "target", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The spreadsheet to write (one sheet per language).")
@click.option("--lang", "langs", default="kk,ru,en", show_default=True, help="Languages to export, e.g. kk,en.")
@click.option("--force", is_flag=True, help="Replace the spreadsheet if it already exists.")
def export(project: Path, target: Path, langs: str, force: bool) -> None:
    """Write the catalogs to a spreadsheet for a translation agency."""
    from ...diagnostics import Report
    from ...diagnostics import print_diagnostics
    from .spreadsheet import export_xlsx

    languages = _languages(langs)
    _refuse_overwrite(project, target, force)
    report = Report()
    rows = export_xlsx(project, target, languages, report)
    print_diagnostics(report.sorted())
    click.echo(f"wrote {target} ({counted(rows, 'row')})")


def _changed(report, exc, project: Path, again: str):
    """Stop with the located error of a catalog changed meanwhile, saying what was written before it."""
    from ...diagnostics import InputErrors, print_diagnostics
    from ...unchanged import changed_error

    print_diagnostics([*report.sorted(), changed_error(exc, project, again)])
    raise InputErrors(len(report.errors) + 1, exc.written, project) from None


def _refuse_overwrite(project: Path, target: Path, force: bool) -> None:
    """Never write over the project's inputs, nor over any existing file without --force, nor make folders."""
    from ...destinations import export_problem
    from ...diagnostics import Location, refuse

    inputs = (project / "inputs").resolve()
    if target.resolve().is_relative_to(inputs):
        refuse(Location(str(target)), f"an export is never written inside {project / 'inputs'}; choose another "
               "path", "export.inside-inputs")
    refused = export_problem(target, force)
    if refused:
        refuse(refused.location, refused.message, refused.code)


@i18n.command("import")
@project_option
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_(project: Path, source: Path) -> None:
    """Apply the translation column of an exported spreadsheet to the catalogs."""
    from ...diagnostics import InputErrors, Report
    from ...diagnostics import print_diagnostics
    from ...project_lock import project_lock
    from ...unchanged import ChangedMeanwhile
    from .spreadsheet import import_xlsx

    report = Report()
    # from before the catalogs are read to the last write (recbook.project_lock); an `i18n update`
    # run meanwhile wrote back the catalogs it had read, without this import's translations
    with project_lock(project, "locales", untouched="no catalog was changed"):
        try:
            changes, composed, written = import_xlsx(project, source, report)
        except ChangedMeanwhile as exc:  # saved by a program that does not take the lock (Poedit, an editor)
            _changed(report, exc, project, "import the sheet again")
    print_diagnostics(report.sorted())
    if report.errors:
        raise InputErrors(len(report.errors))
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"{counted(changes, 'translation')} changed" + (
        f"; {composed} of them held letters typed as a letter and a combining mark (such as е and U+0308 for ё), "
        "stored as one character each (Unicode NFC) so that a search of the PDF finds them" if composed else ""))
