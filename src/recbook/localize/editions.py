"""The edition parts of a LocalizedBook: status and stamp of a release, the changelog annex (no I/O)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from ..i18n.translator import fill, format_book_date
from ..model import LocalizedBook, MergeResult, Proposal, Text
from .numbering import changes, wording_hash

if TYPE_CHECKING:  # imported on first use (recbook.model): only a project with released editions has them
    from ..model import Changelog, Edition, Release

CHANGE_KINDS = ("added", "withdrawn", "merged", "moved", "reworded")


def stamp(book: LocalizedBook, release: Release | None, labels: dict[str, str],
          illustrative: bool) -> LocalizedBook:
    """Return the book with its edition status, label and stamp: only a final release is "final".

    A release's date is also the files' metadata date (SOURCE_DATE_EPOCH still wins, in the pipeline).
    """
    final = release is not None and release.final
    label = labels["edition.draft"] if not final else "" if illustrative else labels["edition.final"]
    if release is None:
        return replace(book, edition_status="draft", edition_label=label)
    when = fill(labels["edition.stamp"], {"number": release.number,
                                          "date": format_book_date(release.date, book.lang)})
    epoch = int(dt.datetime.combine(release.date, dt.time(), dt.timezone.utc).timestamp())
    return replace(book, edition_status="final" if final else "draft", edition_label=label,
                   edition_number=release.number, edition_stamp=when, source_date_epoch=epoch)


def printed_titles(editions: Sequence[Edition], lang: str, merged: MergeResult, proposals: dict[str, Proposal],
                   source_language: str) -> dict[str, Text]:
    """Return recommendation id → the title the latest of `editions` printed for it in `lang`.

    What a withdrawn number is listed with: partners cited it by that title. An edition recorded
    before titles were kept (inputs/editions.yaml without `titles`) gives none; a recommendation
    still known (set aside by a decision) then has its wording as it stands, untranslated.
    """
    titles = {}
    for rec in merged.recommendations:
        _, words, language = rec.wording("title", proposals[rec.canonical], source_language)
        titles[rec.id] = Text(words, language)
    for edition in sorted(editions, key=lambda e: e.number):
        kept = {language: dict(pairs) for language, pairs in edition.titles}
        for rid, _ in edition.numbers:
            # not in `lang`: the book printed the original untranslated, kept under the original's
            # language (known while the recommendation is; else most likely the source language)
            order = (lang, titles[rid].lang if rid in titles else source_language, source_language, *kept)
            language = next((each for each in order if rid in kept.get(each, {})), None)
            if language is not None:
                titles[rid] = Text(kept[language][rid], language)
    return titles


def changelog(book: LocalizedBook, editions: Sequence[Edition], release: Release | None, merged: MergeResult,
              proposals: dict[str, Proposal], labels: dict[str, str], source_language: str) -> Changelog | None:
    """Return what changed since the last edition before `release` (None when there is none)."""
    earlier = [e for e in editions if release is None or e.number < release.number]
    if not earlier:
        return None
    from ..model import ChangeEntry, ChangeGroup, Changelog

    previous = max(earlier, key=lambda e: e.number)
    printed = [r for d in book.directions for r in d.recommendations]
    wording = {rec.id: wording_hash(rec, proposals) for rec in merged.recommendations}
    found = changes(previous, {r.id: r.number for r in printed}, wording)
    # one merged into another since is not withdrawn: it says where it went ("Merged into 1.6")
    into = {w.id: w.label for d in book.directions for w in d.withdrawn if w.merged_into}
    # one moved to another direction is listed at its old number, "Moved to 4.1", as the body prints it
    into.update({w.id: w.label for d in book.directions for w in d.withdrawn if w.moved_to})
    found["merged"] = [(n, rid) for n, rid in found["withdrawn"] if rid in into]
    found["withdrawn"] = [(n, rid) for n, rid in found["withdrawn"] if rid not in into]
    titles = {r.id: r.title for r in printed}
    # a withdrawn one with the title the previous edition printed: "3.4" alone told a partner nothing
    gone = printed_titles([previous], book.lang, merged, proposals, source_language)
    groups = tuple(
        ChangeGroup(kind, labels[f"changes.{kind}"],
                    tuple(ChangeEntry(n, titles[rid]) if kind in ("added", "reworded") else
                          ChangeEntry(n, titles[rid], into.get(rid)) if kind == "moved" else
                          ChangeEntry(n, gone.get(rid), into.get(rid))
                          for n, rid in found[kind]))
        for kind in CHANGE_KINDS if found[kind])
    annex_number = 4 if book.annexes is not None and book.annexes.sdgs else 3
    since = fill(labels["changes.since"], {"number": previous.number,
                                            "date": format_book_date(previous.date, book.lang)})
    heading = fill(labels["annex_n"], {"number": annex_number}) + ". " + since
    return Changelog(heading, since, previous.number, groups, labels["changes.none"])
