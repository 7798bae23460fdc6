"""The pipeline, stage by stage: load → validate → merge → localize → render → write.

`check` and `build` run the same stages up to localize (`check_project`), so
`recbook check` says everything `recbook build` would refuse. Everything is
read and checked before anything is written, so a bad input never leaves half
a book in output/. Each stage but load and write is pure.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

import click

from .diagnostics import InputErrors, Location, RecbookError, Report, error
from .model import LANGUAGES, Inputs, LocalizedBook, MergeResult
from .progress import Steps

if TYPE_CHECKING:  # imported on first use (recbook.model): a check without editions makes none
    from .model import Edition, Release
    from .validate import Validated


DECISIONS_FILE = "inputs/decisions.yaml"
MAX_EPOCH = 253402300799  # 9999-12-31T23:59:59Z: the last second a PDF or DOCX date can hold


@dataclass(frozen=True)
class BuildOptions:
    languages: tuple[str, ...] | None = None  # None: the conference's languages
    formats: tuple[str, ...] = ("pdf", "docx")
    strict: bool = False
    pdf_variant: str = "pdf/ua-1"
    rebuild: bool = False  # render every output even when its render key is unchanged
    jobs: int | None = None  # renders running at once, each in its own process (None: CPUs and memory decide)
    render_timeout: float = 600.0  # seconds one output may take before it is stopped
    # MiB one output's render (its worker and LibreOffice) may hold before it is stopped (None: as
    # recbook.render.memory.default_limit_mib decides); like the timeout, it changes no output byte
    render_memory: float | None = None


@dataclass(frozen=True)
class Gathered:
    """Everything read and validated from a project, before any output is made."""

    inputs: Inputs
    merged: MergeResult
    catalogs: object  # recbook.i18n.catalogs.Catalogs
    merge_settings: object  # recbook.merge.MergeSettings
    editions: tuple[Edition, ...] = ()  # released editions (inputs/editions.yaml), in order
    decisions: object = None  # recbook.merge.Decisions applied (for the internal provenance report)


@dataclass(frozen=True)
class Checked:
    """A project that passed every check `build` makes: its data and one book per language."""

    gathered: Gathered
    books: dict[str, LocalizedBook]


def gather(project: Path, report: Report) -> Gathered | None:
    """Read and check inputs, decisions and catalogs; merge; return None when unusable."""
    if not (project / "inputs").is_dir():
        raise RecbookError(f"{project}: no inputs/ folder here (use --project DIR)")
    from .i18n.catalogs import proposal_translations
    from .i18n.checks import supplied_conflicts
    from .load import read_project
    from .load.catalogs import load_catalogs
    from .load.decisions import read_decisions
    from .load.editions import read_editions
    from .load.paths import outside_project
    from .load.reference_docx import reference_problems
    from .load.template_syntax import template_problems
    from .merge import MergeSettings, merge
    from .merge.decisions import stale_texts
    from .merge_cache import reuse_or_merge
    from .progress import terminal
    from .validate import validate_all
    from .validate.edits import edit_languages

    escapes = outside_project(project)  # before anything is read: a symlink may point anywhere
    if escapes:
        report.extend(escapes)
        return None
    report.extend(reference_problems(project))
    report.extend(template_problems(project))
    validated = validate_all(read_project(project, report), report)
    # decisions name proposals, not the conference: checked even when conference.yaml is unusable,
    # so one run reports both files' problems (the README's promise), not one file per run
    decisions = read_decisions(project / DECISIONS_FILE, [p.id for p in validated.proposals], report,
                               DECISIONS_FILE, validated.with_errors, keep_lost_edits=True,
                               edit_language=edit_language(validated))
    report.extend(stale_texts(decisions, {p.id: p for p in validated.proposals}))
    inputs = validated.inputs
    if inputs is None:
        report.extend(lost.warning for lost in decisions.lost_edits)  # no merge to tell where they belong
        return None
    catalogs = load_catalogs(project, report)
    report.extend(supplied_conflicts(inputs, catalogs))
    # proposals in different languages are compared through the translators' catalogs too
    translations = proposal_translations(inputs.proposals, catalogs)
    settings = MergeSettings(source_language=inputs.conference.source_language,
                             **dict(inputs.conference.thresholds))
    merged = reuse_or_merge(project, merge, inputs.proposals, decisions, settings, report, translations,
                            progress=terminal)
    if decisions.lost_edits:  # an edit whose proposal is gone: said with where the rest of its members went
        from .i18n.extract import recorded_members  # imported only then: a check makes no catalog template
        from .merge.lost_edits import lost_edit_warnings

        report.extend(lost_edit_warnings(decisions, merged, recorded_members(catalogs)))
    # said by check and build alike: the catalogs and every book depend on the language an edit is in
    report.extend(edit_languages(merged, {p.id: p for p in inputs.proposals}, inputs.conference.source_language,
                                 decisions))
    return Gathered(inputs, merged, catalogs, settings, read_editions(project, report), decisions)


def edit_language(validated: Validated) -> Callable[[str, str, str], str | None]:
    """Return what tells the language an edit's title or text is written in, for its text checks.

    As the book reads it (Recommendation.wording): the conference's source language, but words
    repeating the named proposal's own letter for letter are in the proposal's language (and were
    checked with it). None with conference.yaml unusable: no check that needs a language is made.
    """
    source = validated.inputs.conference.source_language if validated.inputs is not None else None
    proposals = {p.id: p for p in validated.proposals}

    def language(proposal_id: str, field: str, words: str) -> str | None:
        own = proposals.get(proposal_id)
        return own.language if own is not None and getattr(own, field) == words else source

    return language


def check_project(project: Path, report: Report, *, final: bool, epoch: int | None = None,
                  release: Release | None = None, typeset: bool = True) -> Checked | None:
    """Run every check a build makes: inputs, decisions, catalog files, each language's book.

    `final` is the final edition (`--strict`): every missing or fuzzy translation is an error.
    `epoch` is SOURCE_DATE_EPOCH as `read_source_date_epoch` returned it.
    `release` is the edition `recbook release` makes (None for a build).
    `typeset=False` (`recbook check`, which renders nothing) leaves the books' strings untypeset.
    """
    from .load.catalogs import check_catalogs
    from .load.paths import CODES as ESCAPES
    from .localize.numbering import unplaced
    from .localize.same_wording import same_wording
    from .merge.editorial import editorial_problems

    gathered = gather(project, report)
    if gathered is None:
        # conference.yaml is unusable: the catalogs' checks do not need it (a file's language is in its
        # path; every *.po under locales/ is checked), so a broken catalog is reported in the same run
        # rather than after the conference is mended. Not when a path leads outside: nothing is read then.
        if not any(d.code in ESCAPES for d in report.items):
            report.extend(check_catalogs(project))
        return None
    report.extend(check_catalogs(project))
    # unedited merges and merges across directions: a draft shows them, the final edition fails on them
    report.extend(editorial_problems(gathered.merged, {p.id: p for p in gathered.inputs.proposals},
                                     gathered.decisions))
    report.extend(unplaced(gathered.editions, len(gathered.inputs.conference.directions)))
    from .load.editions import dated_before_conference

    report.extend(dated_before_conference(gathered.editions, gathered.inputs.conference.date))
    if final:  # a draft of a new project prints init's placeholders, as it should; the final edition may not
        from .i18n.placeholders import placeholders_left

        report.extend(placeholders_left(gathered.inputs.conference))
    books = {lang: localize_book(gathered, lang, final, report, epoch, release, typeset)
             for lang in gathered.inputs.conference.languages}
    # two recommendations a book prints in the same words (an edit repeating another's): a draft shows them
    report.extend(same_wording(books, gathered.merged, {p.id: p for p in gathered.inputs.proposals},
                               gathered.decisions))
    from .localize.group_sheets import sheet_label_problems  # each group's sheet is built with the books
    report.extend(sheet_label_problems(gathered.inputs.conference, gathered.inputs.proposals, gathered.catalogs, final))
    return Checked(gathered, books)


def reuse_or_check(project: Path, report: Report, *, final: bool, epoch: int | None,
                   release: Release | None) -> Checked | None:
    """Return check_project's result, from the user cache when nothing it reads has changed.

    A build whose inputs did not change since the last build (a template edited, `--rebuild`)
    skips reading, validating, merging and localizing (~1 s for the sample). Never for a release.
    """
    from .check_cache import check_key, load_checked, save_checked

    key = check_key(project, final) if release is None else None
    key = f"{key}:build:{epoch}" if key else None
    kept = load_checked(project, key) if key else None
    if kept is not None:
        report.extend(kept[1])
        return kept[0]
    start = len(report.items)
    checked = check_project(project, report, final=final, epoch=epoch, release=release)
    if key and checked is not None:
        save_checked(project, key, checked, report.items[start:])
    return checked


def localize_book(gathered: Gathered, lang: str, final: bool, report: Report, epoch: int | None,
                  release: Release | None = None, typeset: bool = True) -> LocalizedBook:
    """Return the book in `lang`; in a final edition each missing translation is also an error.

    Every build keeps the numbers of the released editions (a non-final edition released again
    too: its numbers went to the moderators) and lists the changes since the last one before it.
    """
    from .i18n.checks import missing_translations
    from .localize import localize

    book, diagnostics = localize(gathered.inputs, gathered.merged, gathered.catalogs, lang,
                                 draft=not final, editions=gathered.editions, release=release, typeset=typeset)
    if not gathered.decisions.read:
        # decisions.yaml's error fails the run: a count of what is left to translate in a book merged and
        # worded without its decisions ("16 of the 114 strings", 1 once it reads) is not said beside it
        diagnostics = [d for d in diagnostics if d.code != "i18n.incomplete"]
    report.extend(diagnostics)
    if final and gathered.decisions.read:
        report.extend(missing_translations(book, gathered.catalogs))
    return book if epoch is None else replace(book, source_date_epoch=epoch)


def build_project(project: Path, options: BuildOptions, report: Report, epoch: int | None,
                  progress: Steps | None = None, summary: list[str] | None = None,
                  release: Release | None = None, books_made: list[str] | None = None) -> list[Path]:
    """Check the project, render the requested books in memory, then write them all.

    `summary` receives the line saying how many recommendations are printed and set aside.
    A `release` also archives the outputs and records the edition's numbers (recbook.release).
    `books_made` receives the file name of every book made, rendered or reused: the paths
    returned are only those whose bytes changed (a file already holding them is not rewritten).
    """
    from .progress import NoSteps
    from .render.cache import inputs_digests
    from .render.jobs import Preparation, render_outputs, start_workers
    from .reports import PendingReports
    from .load.paths import outside_project
    from .destinations import destination_folders, folder_problems, refused_destinations, unreplaceable
    from .load.editions import EDITIONS_FILE
    from .project_lock import project_lock
    from .unchanged import snapshot
    from .write import output_folder_problem, write_outputs

    progress = progress or NoSteps()
    flag = "--final" if release is not None and release.final else "--strict"  # what made it strict
    report.extend(outside_project(project))  # before the lock: output/ itself may point elsewhere
    stop_if_failing(report, strict=False)
    unwritable = output_folder_problem(project / "output")
    if unwritable:
        report.add(unwritable)
        stop_if_failing(report, strict=False)
    report.extend(folder_problems(destination_folders(project, release)))  # before seconds of rendering
    stop_if_failing(report, strict=False)
    # the render workers import WeasyPrint and python-docx, and prepare what their renders will need
    # (recbook.render.warmup), while this process checks the project
    outputs = len(options.formats) * len(options.languages or LANGUAGES)  # at most
    preparation = Preparation(render_context(project, options), options.languages or LANGUAGES)
    with project_lock(project), \
            start_workers(options.formats, min(options.jobs or CPUS, outputs), preparation) as workers:
        # a release rewrites editions.yaml: as read before the check, so a change meanwhile is found
        editions_read = snapshot([project / EDITIONS_FILE]) if release is not None else {}
        progress.say("checking the project")
        checked = reuse_or_check(project, report, final=options.strict, epoch=epoch, release=release)
        if checked is not None and release is not None:
            from .release import release_problems
            report.extend(release_problems(checked.gathered.editions, release, checked.gathered.inputs.conference))
        stop_if_failing(report, strict=options.strict, flag=flag)
        if summary is not None:
            summary.append(status_line(checked.gathered.merged))
        languages = choose_languages(checked.gathered.inputs.conference.languages, options.languages)
        books = [checked.books[lang] for lang in languages]
        reports = PendingReports(project, checked)  # the internal provenance report and the groups' sheets
        jobs = render_jobs(options, len(checked.gathered.inputs.proposals), progress.say)

        def before_rendering(names: list[str]) -> None:  # a locked book found after the renders cost them all
            report.extend(unreplaceable(project, names, release, reports))
            stop_if_failing(report, strict=False)

        files, keys = render_outputs(
            books, options.formats, preparation.context, project / "output", report,
            rebuild=options.rebuild, jobs=jobs, timeout=options.render_timeout,
            memory=render_memory(options, len(checked.gathered.inputs.proposals), jobs, progress.say),
            workers=workers,
            say=progress.say, meanwhile=reports.render,  # rendered while the workers render the books
            before=before_rendering,
        )
        progress.say("writing the outputs")
        if books_made is not None:
            books_made.extend(files)
        written = []
        if not refused_destinations(project, files, reports, books, release, report, editions_read):
            # every language's book, built now or not: the manifest marks those left from other inputs
            inputs = inputs_digests(checked.books.values(), preparation.context)
            written = write_outputs(project / "output", files, report, keys, inputs=inputs)
            if summary is not None and not report.errors:
                summary.extend(stale_lines(project / "output", checked.gathered.inputs.conference.languages,
                                           inputs))
            if not report.errors:
                written += reports.write(report, earlier=written)
            if release is not None and not report.errors:
                written += publish_release(project, checked, books, files, release, report, written,
                                           editions_read)
    stop_if_failing(report, strict=options.strict, written=written, root=project, flag=flag)
    return written


def stale_lines(output: Path, languages: tuple[str, ...], made: Iterable[str] = ()) -> list[str]:
    """Return the lines saying which books output/manifest.json marks as made from earlier inputs.

    `made` names the books the current inputs make: only those does a `--lang` build make again (a
    book of a language no longer built, or of an earlier conference id, stays as it is).
    """
    from .render.manifest import stale_files
    from .write import MANIFEST_NAME

    try:
        stale = stale_files(json.loads((output / MANIFEST_NAME).read_text("utf-8")))
    except (OSError, ValueError):
        return []
    if not stale:
        return []
    again = set(stale) & set(made)
    langs = [lang for lang in languages if any(name.rsplit(".", 2)[-2:-1] == [lang] for name in again)]
    # only one kind stale (the DOCX, say): name it, so the hint does not render the PDFs again too
    kinds = {name.rsplit(".", 1)[-1] for name in again}
    only = f" --format {kinds.pop()}" if len(kinds) == 1 else ""
    again = f"; recbook build --lang {','.join(langs)}{only} builds them again" if langs else ""
    return [f"out of date (made from other inputs than the current ones): {', '.join(stale)}{again}"]


def publish_release(project: Path, checked: Checked, books: list[LocalizedBook], outputs: dict[str, bytes],
                    release: Release, report: Report, earlier: list[Path], read: dict | None = None) -> list[Path]:
    """Archive a release's outputs under output/editions/N/ and record its numbers in inputs/editions.yaml."""
    from .localize import printed_titles
    from .release import edition_record, publish

    gathered = checked.gathered
    proposals = {p.id: p for p in gathered.inputs.proposals}
    titles = {book.lang: printed_titles(gathered.inputs, gathered.merged, gathered.catalogs, book.lang)
              for book in books}
    record = edition_record(books[0], gathered.merged, proposals, release, titles)
    return publish(project, gathered.editions, record, books, outputs, report, earlier, read)


def choose_languages(available: tuple[str, ...], requested: tuple[str, ...] | None) -> tuple[str, ...]:
    """Return the languages to build: all the conference's, or those asked for (usage error if unknown)."""
    if not requested:
        return available
    unknown = [lang for lang in requested if lang not in available]
    if unknown:
        raise click.UsageError(
            f"--lang {','.join(unknown)}: this conference is published in {', '.join(available)}"
        )
    return requested


def read_source_date_epoch(report: Report, environ: dict[str, str] | None = None) -> int | None:
    """Return SOURCE_DATE_EPOCH (None when unset); a value that is no date is a located error.

    This is the one place recbook reads it: the books carry the epoch to the renderers.
    """
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if value.isascii() and value.isdigit() and int(value) <= MAX_EPOCH:
        return int(value)
    shown = value if len(value) <= 40 else value[:40] + "…"
    report.add(error(Location("SOURCE_DATE_EPOCH"), "expected whole seconds since 1970-01-01 up to "
                     f"{MAX_EPOCH} (9999-12-31), but received: {shown!r}", "env.source-date-epoch"))
    return None


CPUS = os.cpu_count() or 1


def render_jobs(options: BuildOptions, proposals: int, say: Callable[[str], None]) -> int:
    """Return how many renders run at once: `--jobs` as given, else one per CPU that memory can hold."""
    from .render.memory import available_mib, fitting_jobs, heaviest_mib

    if options.jobs is not None:
        return options.jobs
    free = available_mib()
    jobs = fitting_jobs(CPUS, options.formats, proposals, free)
    if jobs < CPUS and free is not None:
        heaviest = heaviest_mib(options.formats, proposals)
        say(f"rendering {jobs} at a time: each may take ~{heaviest / 1024:.1f} GiB of the "
            f"{free / 1024:.1f} GiB free (--jobs N to choose)")
    return jobs


def render_memory(options: BuildOptions, proposals: int, jobs: int, say: Callable[[str], None]) -> float:
    """Return the MiB one render may hold: `--render-memory` as given, else the default for this book.

    Where no process's memory can be read (no /proc: macOS, Windows) a limit given is said not to hold.
    """
    from .render.memory import available_mib, default_limit_mib, tree_resident_mib

    if options.render_memory is not None:
        if tree_resident_mib(os.getpid()) is None:
            say("--render-memory is not enforced on this system (no /proc): only --render-timeout holds a render")
        return options.render_memory
    return default_limit_mib(options.formats, proposals, jobs, available_mib())


def render_context(project: Path, options: BuildOptions):
    """Return the RenderContext: project templates first, then the packaged defaults."""
    from .render import RenderContext
    from .resources import default_dir

    template_dirs = tuple(d for d in (project / "templates", default_dir("templates")) if d.is_dir())
    asset_dirs = tuple(d for d in (project / "assets", project / "inputs" / "assets") if d.is_dir())
    return RenderContext(project.resolve(), template_dirs, asset_dirs, options.pdf_variant,
                         timeout=options.render_timeout)


def status_line(merged: MergeResult) -> str:
    """Return "34 recommendations printed, 2 set aside (1 rejected, 1 deferred)" for summaries."""
    counts = {s: sum(1 for r in merged.set_aside if r.status == s) for s in ("rejected", "withdrawn", "deferred")}
    shown = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    aside = f", {len(merged.set_aside)} set aside ({shown})" if shown else ", none set aside"
    from .counts import counted

    return f"{counted(len(merged.accepted), 'recommendation')} printed{aside}"


def stop_if_failing(report: Report, *, strict: bool, written: list[Path] = (), root: Path | None = None,
                    flag: str = "--strict") -> None:
    """Raise when there are errors (or, in strict mode, warnings), naming what was written (relative to `root`).

    `flag` is the option that made the run strict, named when its warnings fail it.
    """
    warnings = len(report.warnings) if strict else 0
    if report.errors or warnings:
        raise InputErrors(len(report.errors), written, root, warnings=warnings, flag=flag)
