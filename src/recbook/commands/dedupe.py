"""`recbook dedupe`: print the merge result (--json) or a summary, and write the review files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..diagnostics import InputErrors, Report
from ..model import Inputs, MergeResult, Recommendation
from . import project_option

REVIEW_HTML = "review.html"
REVIEW_CSV = "review.csv"


def to_json(result: MergeResult, proposal_count: int) -> dict[str, Any]:
    """Return the `recbook dedupe --json` document (ARCHITECTURE.md).

    A one-member cluster is printed with how "exact" and score 1.0: it is
    identical to its own canonical, and the contract only knows exact|auto|manual.
    Clusters still cover every proposal, so a recommendation a decision set
    aside (reject, withdraw, defer) is listed too: the contract's keys are fixed
    (tests/test_merge_cli.py); each cluster adds its `status` (accepted, rejected,
    withdrawn, deferred) and, when set aside, its `reason`. `look_alikes` (an
    addition to the contract) are pairs that read alike but were kept apart
    because they differ in numbers, direction, a "not" or names.
    """
    return {
        "proposals": proposal_count,
        "clusters": [_cluster(r) for r in result.recommendations],
        "suggestions": [{"a": s.a, "b": s.b, "score": round(s.score, 4)} for s in result.suggestions],
        "look_alikes": [{"a": s.a, "b": s.b, "score": round(s.score, 4), "reason": s.reason}
                        for s in result.look_alikes],
    }


def _cluster(r: Recommendation) -> dict[str, Any]:
    return {
        "id": r.id,
        "members": list(r.member_ids),
        "canonical": r.canonical,
        "how": "exact" if r.how == "single" else r.how,
        "score": round(r.score, 4),
        "status": r.status,
        **({"reason": r.reason} if r.status != "accepted" else {}),
    }


@click.command("dedupe")
@project_option
@click.option("--json", "as_json", is_flag=True, help="Print the clusters and suggestions as JSON.")
def dedupe(project: Path, as_json: bool) -> None:
    """Find duplicate proposals; print the clusters, or a summary and output/review.html."""
    from ..diagnostics import print_diagnostics
    from ..pipeline import gather
    from ..progress import Steps

    report = Report()
    progress = Steps()
    try:
        progress.say("reading and comparing the proposals")
        # the same inputs, decisions, catalog translations and settings as `recbook build`
        gathered = gather(project, report)
    finally:
        progress.end()
        print_diagnostics(report.sorted())
    if gathered is None or report.errors:
        raise InputErrors(len(report.errors))
    inputs, result, settings = gathered.inputs, gathered.merged, gathered.merge_settings
    if as_json:
        click.echo(json.dumps(to_json(result, len(inputs.proposals)), ensure_ascii=False, indent=2))
        return
    numbers = review_numbers(gathered)
    written = write_review(project, result, inputs, settings, report, numbers)
    if report.errors:  # the review files could not be written: the warnings were printed above
        print_diagnostics(report.errors)
        raise InputErrors(len(report.errors), written)
    print_summary(result, inputs, written, numbers)


def review_numbers(gathered: Any) -> dict[str, str]:
    """Return the number the book prints each recommendation at (the draft's before any edition): the review shows them."""
    from ..localize import printed_numbers

    return printed_numbers(gathered.inputs, gathered.merged, gathered.editions)


def write_review(project: Path, result: MergeResult, inputs: Inputs, settings: Any, report: Report,
                 numbers: dict[str, str] | None = None) -> list[Path]:
    """Write output/review.html and output/review.csv atomically; return the paths written.

    `numbers` are the printed numbers shown before the recommendation ids (review_numbers).

    A path that cannot be written (a folder in a file's place, output/ a file) is an
    error in `report`, found before either file is replaced. Both files are written under
    the lock `recbook build` holds (recbook.project_lock): a build writing meanwhile is
    waited for, and a dedupe that cannot get the lock in time stops with nothing written.
    """
    from ..destinations import destination_problems
    from ..diagnostics import Location, error
    from ..edition import make_folder
    from ..project_lock import project_lock
    from ..render.review import render_html
    from ..render.review_csv import render_csv

    proposals = {p.id: p for p in inputs.proposals}
    groups = {g.id: g.text for g in inputs.conference.groups}
    template_dirs = [d for d in (project / "templates",) if d.is_dir()]
    html = render_html(result, proposals, settings, report.sorted(), groups, template_dirs, numbers).encode("utf-8")
    # the CSV in the page's language: the secretariat reads both (the conference's source language)
    files = {REVIEW_HTML: html, REVIEW_CSV: render_csv(result, proposals, inputs.conference.source_language, numbers)}
    output = project / "output"
    problems = destination_problems(output / name for name in files)
    report.extend(problems)
    if problems:
        return []
    written: list[Path] = []
    try:
        make_folder(output)  # named by an interrupted dedupe's line ("made output/"), as a build's is
        with project_lock(project, str(output), untouched=f"{' and '.join(files)} were not written"):
            _write_files(output, files, report, written)
    except OSError as exc:  # the lock itself: output/ cannot be made or written in
        report.add(error(Location(str(output)), f"cannot write the review files here ({exc.strerror or exc})"
                         + ("" if written else "; nothing was written"), "write.failed"))
    return written


def _write_files(output: Path, files: dict[str, bytes], report: Report, written: list[Path]) -> None:
    """Write each file in turn, appending it to `written`; stop at the first that fails (in `report`)."""
    from ..diagnostics import Location, error
    from ..write import atomic_write

    for name, data in files.items():
        try:
            atomic_write(output / name, data)
        except OSError as exc:  # a full disk, a file held open by another program
            done = "; the previous file is unchanged" + ("" if written else "; nothing was written")
            report.add(error(Location(str(output / name)), f"could not write ({exc.strerror or exc}){done}",
                             "write.failed"))
            return
        written.append(output / name)


def print_summary(result: MergeResult, inputs: Inputs, written: list[Path],
                  numbers: dict[str, str] | None = None) -> None:
    """Print the merged recommendations, the suggestions and those set aside as plain aligned tables.

    Each recommendation is shown as the book prints it, "1.6 (R-G1-03)", and each proposal of a pair
    with the number of the recommendation it is in, "G4-03 (3.2)": the secretariat looks them up in the PDF.
    """
    from ..counts import counted
    from ..model import printed_as
    from ..pipeline import status_line

    numbers = numbers or {}
    home = {pid: r.id for r in result.recommendations for pid in r.member_ids}

    def proposal(pid: str) -> str:
        return f"{pid} ({numbers[home[pid]]})" if home.get(pid) in numbers else pid

    titles = {p.id: p.title for p in inputs.proposals}
    merged = [r for r in result.recommendations if len(r.members) > 1]
    click.echo(f"{counted(len(inputs.proposals), 'proposal')} -> "
               f"{counted(len(result.recommendations), 'recommendation')}, "
               f"{len(merged)} merged from several proposals, {counted(len(result.suggestions), 'suggestion')}, "
               f"{counted(len(result.look_alikes), 'look-alike')} kept apart")
    click.echo(status_line(result))
    rows = [(printed_as(r.id, numbers), ", ".join(r.member_ids), r.how, f"{r.score:.2f}", titles[r.canonical])
            for r in merged]
    print_table("Merged", ("recommendation", "members", "how", "score", "title"), rows)
    rows = [(proposal(s.a), proposal(s.b), f"{s.score:.2f}", s.reason) for s in result.suggestions]
    print_table("To look at (not merged)", ("a", "b", "score", "why"), rows)
    if result.look_alikes:
        rows = [(proposal(s.a), proposal(s.b), f"{s.score:.2f}", s.reason) for s in result.look_alikes]
        print_table("Look alike, kept apart (they differ)", ("a", "b", "score", "why"), rows)
    rows = [(printed_as(r.id, numbers), ", ".join(r.member_ids), r.status, r.reason or "") for r in result.set_aside]
    if rows:
        print_table("Set aside (not printed)", ("recommendation", "members", "status", "reason"), rows)
    for path in written:
        click.echo(f"wrote {path}")


def print_table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """Print a titled table with columns padded to their widest cell (the last column unpadded).

    An empty table is its title and "none": a header row over nothing reads like a list cut off.
    """
    if not rows:
        click.echo(f"\n{title}: none")
        return
    click.echo(f"\n{title}")
    widths = [max(len(str(row[i])) for row in (header, *rows)) for i in range(len(header) - 1)]
    for row in (header, *rows):
        cells = [str(c).ljust(w) for c, w in zip(row, widths)] + [str(row[-1])]
        click.echo("  ".join(cells).rstrip())
