"""The pipeline, stage by stage: load → validate → merge → localize → render → write.

Everything is read and checked before anything is written, so a bad input never
leaves half a book in output/. Each stage but load and write is pure.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

import click

from .diagnostics import Diagnostic, InputErrors, RecbookError, Report
from .model import Inputs, LocalizedBook, MergeResult


DECISIONS_FILE = "inputs/decisions.yaml"


@dataclass(frozen=True)
class BuildOptions:
    languages: tuple[str, ...] | None = None  # None: the conference's languages
    formats: tuple[str, ...] = ("pdf", "docx")
    strict: bool = False
    pdf_variant: str = "pdf/ua-1"
    rebuild: bool = False  # render every output even when its render key is unchanged
    jobs: int = os.cpu_count() or 1  # renders running at once, each in its own process
    render_timeout: float = 600.0  # seconds one output may take before it is stopped


@dataclass(frozen=True)
class Gathered:
    """Everything read and validated from a project, before any output is made."""

    inputs: Inputs
    merged: MergeResult
    catalogs: object  # recbook.i18n.catalogs.Catalogs
    merge_settings: object  # recbook.merge.MergeSettings


def gather(project: Path, report: Report) -> Gathered | None:
    """Read and check inputs, decisions and catalogs; return None when unusable."""
    if not (project / "inputs").is_dir():
        raise RecbookError(f"{project}: no inputs/ folder here (use --project DIR)")
    from .i18n.catalogs import load_catalogs, proposal_translations
    from .i18n.checks import supplied_conflicts
    from .load import read_project
    from .merge import MergeSettings, merge, read_decisions
    from .load.paths import outside_project
    from .load.reference_docx import reference_problems
    from .validate import validate

    escapes = outside_project(project)  # before anything is read: a symlink may point anywhere
    if escapes:
        report.extend(escapes)
        return None
    report.extend(reference_problems(project))
    inputs = validate(read_project(project, report), report)
    if inputs is None:
        return None
    proposal_ids = [p.id for p in inputs.proposals]
    decisions = read_decisions(project / DECISIONS_FILE, proposal_ids, report, DECISIONS_FILE)
    catalogs = load_catalogs(project, report)
    report.extend(supplied_conflicts(inputs, catalogs))
    # proposals in different languages are compared through the translators' catalogs too
    translations = proposal_translations(inputs.proposals, catalogs)
    settings = MergeSettings(source_language=inputs.conference.source_language)
    merged = merge(inputs.proposals, decisions, settings, report, translations)
    return Gathered(inputs, merged, catalogs, settings)


def run_check(project: Path, *, strict: bool = False) -> None:
    """Validate a project and print every diagnostic; fail on errors (or warnings if strict)."""
    report = Report()
    try:
        gathered = gather(project, report)
        if gathered is not None:
            from .i18n.checks import check_catalogs
            from .localize import localize

            report.extend(check_catalogs(project))
            # localize is cheap: check says what build would say about untranslated strings
            for lang in gathered.inputs.conference.languages:
                report.extend(localize(gathered.inputs, gathered.merged, gathered.catalogs, lang, draft=True)[1])
    finally:
        print_diagnostics(report.sorted())
    _stop_if_failing(report, strict=strict)
    n = len(gathered.inputs.proposals)
    click.echo(f"{project}: {n} proposals, {len(gathered.merged.recommendations)} recommendations: OK")


def run_build(project: Path, options: BuildOptions) -> list[Path]:
    """Build every requested (language, format) into memory, then write them all."""
    started = time.perf_counter()
    report = Report()
    try:
        written = _build(project, options, report)
    finally:
        print_diagnostics(report.sorted())
    for path in written:
        click.echo(f"wrote {path}")
    outputs = sum(1 for path in written if path.name != "manifest.json")
    click.echo(f"built {outputs} output(s) in {time.perf_counter() - started:.1f} s")
    return written


def _build(project: Path, options: BuildOptions, report: Report) -> list[Path]:
    from .render.jobs import render_outputs
    from .write import build_lock, output_folder_problem, write_outputs

    from .load.paths import outside_project

    report.extend(outside_project(project))  # before the lock: output/ itself may point elsewhere
    _stop_if_failing(report, strict=False)
    unwritable = output_folder_problem(project / "output")
    if unwritable:
        report.add(unwritable)
        _stop_if_failing(report, strict=False)
    with build_lock(project / "output"):
        gathered = gather(project, report)
        _stop_if_failing(report, strict=options.strict)
        conference = gathered.inputs.conference
        languages = _languages(conference.languages, options.languages)
        books = [_localize(gathered, lang, options, report) for lang in languages]
        _stop_if_failing(report, strict=options.strict)
        files, keys = render_outputs(
            books, options.formats, render_context(project, options), project / "output", report,
            rebuild=options.rebuild, jobs=options.jobs, timeout=options.render_timeout,
        )
        written = write_outputs(project / "output", files, report, keys)
    _stop_if_failing(report, strict=options.strict, written=written)
    return written


def _languages(available: tuple[str, ...], requested: tuple[str, ...] | None) -> tuple[str, ...]:
    if not requested:
        return available
    unknown = [lang for lang in requested if lang not in available]
    if unknown:
        raise click.UsageError(
            f"--lang {','.join(unknown)}: this conference is published in {', '.join(available)}"
        )
    return requested


def _localize(gathered: Gathered, lang: str, options: BuildOptions, report: Report) -> LocalizedBook:
    from .i18n.checks import missing_translations
    from .localize import localize

    book, diagnostics = localize(
        gathered.inputs, gathered.merged, gathered.catalogs, lang, draft=not options.strict
    )
    report.extend(diagnostics)
    if options.strict:
        report.extend(missing_translations(book, gathered.catalogs))
    return replace(book, source_date_epoch=source_date_epoch(book))


def source_date_epoch(book: LocalizedBook) -> int:
    """Return the timestamp stamped into outputs: SOURCE_DATE_EPOCH, else the book's own (the conference day)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else book.source_date_epoch


def render_context(project: Path, options: BuildOptions):
    """Return the RenderContext: project templates first, then the packaged defaults."""
    from .render import RenderContext
    from .resources import default_dir

    template_dirs = tuple(d for d in (project / "templates", default_dir("templates")) if d.is_dir())
    asset_dirs = tuple(d for d in (project / "assets", project / "inputs" / "assets") if d.is_dir())
    return RenderContext(project.resolve(), template_dirs, asset_dirs, options.pdf_variant)


def print_diagnostics(diagnostics: list[Diagnostic]) -> None:
    """Write diagnostics to stderr, one per line, in file order."""
    for d in diagnostics:
        click.echo(d.format(), err=True)


def _stop_if_failing(report: Report, *, strict: bool, written: list[Path] = ()) -> None:
    """Raise when there are errors (or, in strict mode, warnings), naming what was written."""
    failing = len(report.errors) + (len(report.warnings) if strict else 0)
    if failing:
        raise InputErrors(failing, written)
