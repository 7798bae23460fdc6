"""What `recbook release` adds to a build: the edition's numbers committed, its outputs archived.

The numbers go to inputs/editions.yaml (kept in git: partners cite them); the
outputs, their manifest and the changelog of each language go to
output/editions/<N>/. Both happen only after every output was written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .diagnostics import Location, Report, error, warning
from .load.editions import EDITIONS_FILE, editions_text
from .localize.numbering import wording_hash
from .model import Edition, LocalizedBook, MergeResult, Proposal, Release, Text
from .render.changelog import changelog_markdown
from .unchanged import ChangedMeanwhile, changed_error
from .write import MANIFEST_NAME, atomic_write, write_outputs


def release_problems(editions: tuple[Edition, ...], release: Release, conference=None) -> list:
    """Return the errors that forbid making `release` after `editions` (numbered 1, 2 … in order).

    Its date too: one before the edition it follows, or a final one before the conference, is a --date
    typo (2020 for 2026) that a final release would freeze (qa s21); a draft before the conference is
    a warning (it may go to the moderators first).
    """
    where = Location(EDITIONS_FILE)
    found = _order_problems(editions, release, where)
    if found:
        return found
    previous = editions[release.number - 2] if release.number >= 2 else None
    if previous is not None and release.date < previous.date:
        found.append(error(previous.date_location or where, f"edition {release.number} of {release.date.isoformat()} would be dated before "
                           f"edition {previous.number} of {previous.date.isoformat()}: check --date",
                           "release.date"))
    if conference is not None and release.date < conference.date:
        kind = error if release.final else warning
        found.append(kind(conference.location_of("date") or where, f"edition {release.number} of "
                          f"{release.date.isoformat()} would be dated before the conference "
                          f"({conference.date.isoformat()}): check --date", "release.date"))
    return found


def _order_problems(editions: tuple[Edition, ...], release: Release, where: Location) -> list:
    """Return the error when `release`'s number does not follow `editions`."""
    last = len(editions)
    if release.number > last + 1:
        message = (f"edition {release.number} cannot follow edition {last}; release edition {last + 1}"
                   if last else f"edition {release.number} cannot be the first edition; release edition 1")
        return [error(where, message, "release.edition")]
    if release.number <= last and editions[release.number - 1].final:
        done = editions[release.number - 1]
        return [error(done.location or where, f"edition {done.number} was released as final on "
                      f"{done.date.isoformat()}; its numbers are cited: release edition {last + 1}",
                      "release.edition")]
    if release.number < last:
        return [error(where, f"edition {release.number} is followed by edition {last}: "
                      f"release edition {last} or {last + 1}", "release.edition")]
    return []


def edition_record(book: LocalizedBook, merged: MergeResult, proposals: dict[str, Proposal],
                   release: Release, titles: dict[str, dict[str, Text]] | None = None) -> Edition:
    """Return the Edition to record: the book's numbers (printed and withdrawn), wording hashes and titles.

    `titles` are each language's printed titles (localize.printed_titles), kept so that a number
    withdrawn later is listed with the title partners read (localize.editions.printed_titles).
    """
    numbers = tuple((r.id, r.number) for d in book.directions for r in d.recommendations)
    withdrawn = tuple((w.id, w.number) for d in book.directions for w in d.withdrawn)
    hashes = {rec.id: wording_hash(rec, proposals) for rec in merged.recommendations}
    wording = tuple((rid, hashes[rid]) for rid, _ in numbers)
    kept: dict[str, dict[str, str]] = {}
    for lang in sorted(titles or {}):  # an untranslated title is the original's, under its own language
        for rid, _ in numbers:
            title = titles[lang][rid]
            kept.setdefault(title.lang, {}).setdefault(rid, title.value)
    by_language = tuple((lang, tuple(kept[lang].items())) for lang in sorted(kept))
    return Edition(release.number, release.date, release.final, numbers, withdrawn, wording, by_language)


def archive_folder(project: Path, number: int) -> Path:
    """Return output/editions/<number>/, where an edition's outputs are archived."""
    return project / "output" / "editions" / str(number)


def archive_files(outputs: dict[str, bytes], books: list[LocalizedBook]) -> dict[str, bytes]:
    """Return what an edition's archive holds by file name: its outputs and each language's changelog."""
    files = dict(outputs)
    for book in books:
        if book.changelog is not None:
            files[f"changelog.{book.lang}.md"] = changelog_markdown(book).encode("utf-8")
    return files


def release_targets(project: Path, number: int, outputs: dict[str, bytes],
                    books: list[LocalizedBook]) -> list[Path]:
    """Return every path `publish` writes, so they can be checked before any is replaced."""
    archive = archive_folder(project, number)
    names = [*archive_files(outputs, books), MANIFEST_NAME]
    return [*(archive / name for name in names), project / EDITIONS_FILE]


def publish(project: Path, editions: tuple[Edition, ...], record: Edition, books: list[LocalizedBook],
            outputs: dict[str, bytes], report: Report, earlier: Sequence[Path] = (),
            read: dict | None = None) -> list[Path]:
    """Archive the written outputs with changelogs under output/editions/N/, then record the edition.

    `earlier` are the files the build wrote before (so a failure never claims that nothing was).
    `read`: inputs/editions.yaml as the release read it; changed since, it is not replaced.
    """
    archive = archive_folder(project, record.number)
    written = write_outputs(archive, archive_files(outputs, books), report, earlier=earlier)
    if report.errors:
        return written  # the edition is recorded only once its archive is complete
    kept = tuple(e for e in editions if e.number < record.number)
    path = project / EDITIONS_FILE
    guard = {"read": read[path]} if read else {}  # replaced only if it still holds what the release read
    try:
        atomic_write(path, editions_text((*kept, record)).encode("utf-8"), **guard)
    except ChangedMeanwhile as exc:
        report.add(changed_error(exc, project, "the archive is written; release again"))
        return written
    except OSError as exc:
        report.add(error(Location(EDITIONS_FILE), f"could not record the edition ({exc.strerror}); "
                         "the archive is written, release again", "write.failed"))
        return written
    return [*written, project / EDITIONS_FILE]
