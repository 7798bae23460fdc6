"""Editions without rendering: frozen numbers, withdrawn numbers, changelog, inputs/editions.yaml, release rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from book_factory import inputs, merged, tiny_catalogs
from recbook.diagnostics import Location, Report
from recbook.load.editions import EDITIONS_FILE, editions_text, read_editions
from recbook.localize import localize, printed_titles
from recbook.localize.numbering import changes, frozen_numbers, number_direction, unplaced, wording_hash
from recbook.model import Edition, Inputs, Member, MergeResult, Recommendation, Release, Text
from recbook.release import edition_record, release_problems
from recbook.render.changelog import changelog_markdown

OCT_15 = dt.date(2025, 10, 15)


def rec(pid: str) -> Recommendation:
    return Recommendation(f"R-{pid}", pid, (), "single", 1.0)


def edition(number: int = 1, *, final: bool = True, numbers=(), withdrawn=(), wording=()) -> Edition:
    return Edition(number, OCT_15, final, tuple(numbers), tuple(withdrawn), tuple(wording))


def numbered(index, recs, frozen):
    pairs, gone = number_direction(index, [rec(p) for p in recs], frozen)
    return [(n, r.id) for n, r in pairs], gone


# ------------------------------------------------------------------ numbering


def test_without_editions_numbers_follow_print_order():
    assert numbered(2, ["B", "A"], {}) == ([("2.1", "R-B"), ("2.2", "R-A")], [])


def test_frozen_numbers_stay_and_additions_go_to_the_end_of_their_direction():
    frozen = {"R-A": "1.1", "R-B": "1.2", "R-C": "2.1"}
    # NEW comes first in print order (most votes) but was not in the edition: it goes last
    assert numbered(1, ["NEW", "B", "A"], frozen) == ([("1.1", "R-A"), ("1.2", "R-B"), ("1.3", "R-NEW")], [])


def test_a_removed_recommendation_keeps_its_number_as_withdrawn_and_it_is_not_reused():
    frozen = frozen_numbers([edition(numbers=[("R-A", "1.1"), ("R-B", "1.2"), ("R-C", "1.3")])])
    assert numbered(1, ["NEW", "C", "A"], frozen) == (
        [("1.1", "R-A"), ("1.3", "R-C"), ("1.4", "R-NEW")], [("1.2", "R-B")])


def test_a_number_withdrawn_in_an_earlier_edition_stays_taken():
    editions = [edition(1, numbers=[("R-A", "1.1"), ("R-B", "1.2")]),
                edition(2, numbers=[("R-A", "1.1")], withdrawn=[("R-B", "1.2")])]
    assert numbered(1, ["A", "NEW"], frozen_numbers(editions)) == (
        [("1.1", "R-A"), ("1.3", "R-NEW")], [("1.2", "R-B")])


def test_a_recommendation_moved_to_another_direction_is_new_there_and_withdrawn_from_its_old_place():
    frozen = {"R-A": "1.1", "R-B": "2.1"}
    assert numbered(1, ["B"], frozen) == ([("1.2", "R-B")], [("1.1", "R-A")])
    assert numbered(2, [], frozen) == ([], [("2.1", "R-B")])


def test_changes_lists_added_withdrawn_and_reworded_in_number_order():
    previous = edition(numbers=[("R-A", "1.1"), ("R-B", "1.2"), ("R-C", "1.10")],
                       withdrawn=[("R-OLD", "1.3")], wording=[("R-A", "aaaa"), ("R-B", "bbbb"), ("R-C", "cccc")])
    current = {"R-A": "1.1", "R-C": "1.10", "R-N2": "2.1", "R-N1": "1.11"}
    wording = {"R-A": "aaaa", "R-C": "CHANGED", "R-N1": "x", "R-N2": "y"}
    assert changes(previous, current, wording) == {
        "added": [("1.11", "R-N1"), ("2.1", "R-N2")], "withdrawn": [("1.2", "R-B")], "moved": [],
        "reworded": [("1.10", "R-C")]}
    # R-A now printed in direction 2: moved, listed at the number partners cited
    assert changes(previous, {**current, "R-A": "2.2"}, wording)["moved"] == [("1.1", "R-A")]


def test_wording_hash_follows_the_printed_wording_not_the_members():
    inp = inputs()
    proposals = {p.id: p for p in inp.proposals}
    base = merged(inp).recommendations[0]
    assert wording_hash(base, proposals) == wording_hash(replace(base, score=0.5), proposals)
    assert wording_hash(base, proposals) != wording_hash(replace(base, edited_title="Another title"), proposals)


# ------------------------------------------------------------------ localize


def book(lang="en", *, editions=(), release=None, result: MergeResult | None = None, inp: Inputs | None = None):
    inp = inp or inputs()
    out, _ = localize(inp, result or merged(inp), tiny_catalogs(draft=False), lang, draft=release is None
                      or not release.final, editions=editions, release=release)
    return out


def test_a_build_is_a_draft_and_only_a_final_release_says_final_edition():
    plain = book("en")
    assert (plain.edition_status, plain.edition_label, plain.edition_stamp) == ("draft", "Draft", "")
    draft_release = book("ru", release=Release(1, OCT_15, final=False))
    assert (draft_release.edition_status, draft_release.edition_label) == ("draft", "Черновик")
    assert draft_release.edition_stamp == "Издание 1, 15 октября 2025 года"
    sample = book("kk", release=Release(2, OCT_15, final=True))
    assert (sample.edition_status, sample.edition_label) == ("final", "")  # an illustrative sample is no edition
    real = Inputs(replace(inputs().conference, illustrative=False), inputs().proposals)
    final = book("kk", release=Release(2, OCT_15, final=True), inp=real)
    assert (final.edition_status, final.edition_label, final.edition_number) == ("final", "Түпкілікті редакция", 2)
    assert final.edition_stamp == "2-басылым, 2025 жылғы 15 қазан"
    # the metadata date is the edition's
    assert final.source_date_epoch == int(dt.datetime(2025, 10, 15, tzinfo=dt.timezone.utc).timestamp())


def test_a_later_build_keeps_the_numbers_prints_withdrawn_and_the_changelog_in_each_language():
    first = book("en", release=Release(1, OCT_15, final=True))
    inp = inputs()
    record = edition_record(first, merged(inp), {p.id: p for p in inp.proposals}, Release(1, OCT_15, True))
    assert record.numbers == (("R-G1-01", "1.1"), ("R-G3-02", "1.2"), ("R-G2-04", "2.1"))
    # G3-02 leaves the book; G1-01 is reworded by an edit decision
    later = Inputs(inp.conference, tuple(p for p in inp.proposals if p.id != "G3-02"))
    recs = tuple(replace(r, edited_title="Endowments, reworded") if r.id == "R-G1-01" else r
                 for r in merged(later).recommendations)
    for lang, withdrawn, heading, kinds in (
        ("en", "Withdrawn", "Annex 4. Changes since edition 1 of 15 October 2025", ["Withdrawn", "Reworded"]),
        ("ru", "Отозвана", "Приложение 4. Изменения по сравнению с изданием 1 от 15 октября 2025 года",
         ["Отозваны", "Изменена формулировка"]),
        ("kk", "Алынып тасталды", "4-қосымша. 1-басылымнан (2025 жылғы 15 қазан) бергі өзгерістер",
         ["Алынып тасталды", "Тұжырымы өзгертілді"]),
    ):
        b = book(lang, editions=(record,), inp=later, result=MergeResult(recs))
        d1 = b.directions[0]
        assert [(e.number, getattr(e, "label", None)) for e in d1.entries] == [("1.1", None), ("1.2", Text(withdrawn, lang))]
        assert plain(b.changelog.heading) == heading  # typography keeps dates unbroken
        assert [g.heading for g in b.changelog.groups] == kinds
        assert [[(e.number, e.title is None) for e in g.entries] for g in b.changelog.groups] == [
            [("1.2", True)], [("1.1", False)]]


def released_with_titles(inp: Inputs) -> Edition:
    """Return edition 1 as `recbook release` records it: numbers, wording and every language's titles."""
    titles = {lang: printed_titles(inp, merged(inp), tiny_catalogs(draft=False), lang) for lang in ("kk", "ru", "en")}
    first = book("en", release=Release(1, OCT_15, final=True), inp=inp)
    return edition_record(first, merged(inp), {p.id: p for p in inp.proposals}, Release(1, OCT_15, True), titles)


def withdrawn_titles(b) -> tuple[list, list]:
    """Return the (number, title) of the withdrawn numbers in the body and in the changelog."""
    body = [(w.number, w.title) for d in b.directions for w in d.withdrawn]
    [group] = [g for g in b.changelog.groups if g.kind == "withdrawn"]
    return body, [(e.number, e.title) for e in group.entries]


def test_a_withdrawn_number_is_listed_with_the_title_the_edition_printed_in_each_language(tmp_path):
    # "## Withdrawn / - 3.4" told a partner who cited 3.4 nothing of what was withdrawn
    inp = inputs()
    record = released_with_titles(inp)
    # each title under the language it is written in: G3-02 was written in Russian, G1-01 in Kazakh
    assert dict(record.titles)["ru"][1] == ("R-G3-02", "Сделать государственный социальный заказ гибче")
    assert dict(dict(record.titles)["kk"])["R-G3-02"] == "Мемлекеттік әлеуметтік тапсырысты икемді ету"
    # the record is read back from inputs/editions.yaml as written
    (tmp_path / "inputs").mkdir()
    (tmp_path / EDITIONS_FILE).write_text(editions_text((record,)), encoding="utf-8")
    report = Report()
    [recorded] = read_editions(tmp_path, report)
    assert recorded == record and not report.items
    later = Inputs(inp.conference, tuple(p for p in inp.proposals if p.id != "G3-02"))  # gone from the inputs
    for lang, title in (("ru", "Сделать государственный социальный заказ гибче"),
                        ("kk", "Мемлекеттік әлеуметтік тапсырысты икемді ету"),
                        ("en", "Make the state social order more flexible")):
        b = book(lang, editions=(recorded,), inp=later)
        assert withdrawn_titles(b) == ([("1.2", Text(title, lang))], [("1.2", Text(title, lang))])
    en = book("en", editions=(recorded,), inp=later, release=Release(2, dt.date(2026, 1, 5), final=False))
    assert "## Withdrawn\n\n- 1.2 Make the state social order more flexible\n" in changelog_markdown(en)


def test_an_untranslated_title_is_listed_as_it_was_printed_in_its_own_language():
    inp = inputs()
    untranslated = replace(released_with_titles(inp), titles=(
        ("ru", (("R-G3-02", "Сделать государственный социальный заказ гибче"),)),))
    later = Inputs(inp.conference, tuple(p for p in inp.proposals if p.id != "G3-02"))
    body, listed = withdrawn_titles(book("en", editions=(untranslated,), inp=later))
    assert body == listed == [("1.2", Text("Сделать государственный социальный заказ гибче", "ru"))]


def test_a_record_without_titles_lists_a_set_aside_recommendation_with_its_wording_and_a_gone_one_bare():
    inp = inputs()
    old = replace(released_with_titles(inp), titles=())  # released before titles were kept
    result = MergeResult(tuple(replace(r, status="withdrawn") if r.id == "R-G3-02" else r
                               for r in merged(inp).recommendations))
    body, listed = withdrawn_titles(book("en", editions=(old,), inp=inp, result=result))
    assert body == listed == [("1.2", Text("Сделать государственный социальный заказ гибче", "ru"))]
    later = Inputs(inp.conference, tuple(p for p in inp.proposals if p.id != "G3-02"))
    assert withdrawn_titles(book("en", editions=(old,), inp=later)) == ([("1.2", None)], [("1.2", None)])


def merged_into_first(inp: Inputs) -> MergeResult:
    """Return the merge after the editors put G3-02 (1.2 in edition 1) under G1-01 (1.1)."""
    recs = merged(inp).recommendations
    first = next(r for r in recs if r.id == "R-G1-01")
    joined = replace(first, members=(*first.members, Member("G3-02", "manual", 1.0)), how="manual")
    return MergeResult(tuple(joined if r is first else r for r in recs if r.id != "R-G3-02"))


def test_a_number_merged_into_another_says_where_it_went_in_the_body_and_the_changelog():
    # QA m3: 1.16, merged into 1.6 after publication, was printed "1.16 … — Withdrawn", listed under
    # "Withdrawn": a partner citing 1.16 was told it had been dropped
    inp = inputs()
    record = released_with_titles(inp)
    for lang, label, heading in (
        ("en", "Merged into 1.1", "Merged into another recommendation"),
        ("ru", "Объединена с рекомендацией 1.1", "Объединены с другими рекомендациями"),
        ("kk", "1.1-ұсыныммен біріктірілді", "Басқа ұсынымдармен біріктірілді"),
    ):
        b = book(lang, editions=(record,), result=merged_into_first(inp), release=Release(2, OCT_15, final=False))
        [gone] = b.directions[0].withdrawn
        assert (gone.number, plain(gone.label.value), gone.label.fallback, gone.merged_into) == ("1.2", label, False, "1.1")
        assert [(g.kind, plain(g.heading), [(e.number, plain(e.note.value)) for e in g.entries])
                for g in b.changelog.groups] == [("merged", heading, [("1.2", label)])]
    en = book("en", editions=(record,), result=merged_into_first(inp), release=Release(2, OCT_15, final=False))
    assert "## Merged into another recommendation\n\n- 1.2 Make the state social order more flexible — Merged into 1.1\n" \
        in plain(changelog_markdown(en))
    # a recommendation set aside is still withdrawn: nothing printed holds its proposals
    aside = MergeResult(tuple(replace(r, status="rejected") if r.id == "R-G3-02" else r
                              for r in merged(inp).recommendations))
    [gone] = book("en", editions=(record,), result=aside).directions[0].withdrawn
    assert (gone.label.value, gone.merged_into) == ("Withdrawn", None)


def moved_to_second_direction(inp: Inputs) -> Inputs:
    """Return the inputs after the editors moved G3-02 (1.2 in edition 1) to the second direction."""
    return Inputs(inp.conference, tuple(replace(p, direction="D2") if p.id == "G3-02" else p for p in inp.proposals))


def test_a_recommendation_moved_to_another_direction_says_where_it_went_in_the_body_and_the_changelog():
    # QA (s21, 1): 1.2, moved to the second direction after publication, was printed "1.2 — Withdrawn"
    # and the changelog said "No recommendation was added, withdrawn or reworded"
    inp = inputs()
    record = released_with_titles(inp)
    moved = moved_to_second_direction(inp)
    for lang, label, heading, title in (
        ("en", "Moved to 2.2", "Moved to another area", "Make the state social order more flexible"),
        ("ru", "Перенесена под номер 2.2", "Перенесены в другие направления", "Сделать государственный социальный заказ гибче"),
        ("kk", "2.2 нөміріне ауыстырылды", "Басқа бағыттарға ауыстырылды", "Мемлекеттік әлеуметтік тапсырысты икемді ету"),
    ):
        b = book(lang, editions=(record,), inp=moved, release=Release(2, OCT_15, final=False))
        [gone] = b.directions[0].withdrawn
        assert (gone.number, plain(gone.label.value), gone.label.fallback, gone.moved_to, gone.merged_into) == (
            "1.2", label, False, "2.2", None)
        assert [(r.number, r.id) for r in b.directions[1].recommendations] == [("2.1", "R-G2-04"), ("2.2", "R-G3-02")]
        assert [(g.kind, plain(g.heading), [(e.number, plain(e.title.value), plain(e.note.value)) for e in g.entries])
                for g in b.changelog.groups] == [("moved", heading, [("1.2", title, label)])]
    en = book("en", editions=(record,), inp=moved, release=Release(2, OCT_15, final=False))
    assert "## Moved to another area\n\n- 1.2 Make the state social order more flexible — Moved to 2.2\n" \
        in plain(changelog_markdown(en))


def test_the_number_a_moved_recommendation_left_stays_taken_in_later_editions():
    # edition 2 records R-G3-02 at 2.2 and its old 1.2 as withdrawn; keyed by id, 1.2 was lost, printed
    # nowhere in edition 3 and given to the next recommendation added to the first direction
    inp = inputs()
    moved = moved_to_second_direction(inp)
    second = book("en", editions=(released_with_titles(inp),), inp=moved, release=Release(2, OCT_15, final=False))
    two = edition_record(second, merged(moved), {p.id: p for p in moved.proposals}, Release(2, OCT_15, False))
    assert (two.numbers, two.withdrawn) == ((("R-G1-01", "1.1"), ("R-G2-04", "2.1"), ("R-G3-02", "2.2")),
                                            (("R-G3-02", "1.2"),))
    new = replace(next(p for p in inp.proposals if p.id == "G1-01"), id="G9-01", votes=0,
                  title="Open a help desk for small NGOs", text="Open a help desk that answers small NGOs' questions.")
    later = Inputs(moved.conference, (*moved.proposals, new))
    third = book("en", editions=(released_with_titles(inp), two), inp=later)
    assert [(e.number, e.id) for e in third.directions[0].entries] == [("1.1", "R-G1-01"), ("1.2", "R-G3-02"),
                                                                      ("1.3", "R-G9-01")]
    assert plain(third.directions[0].withdrawn[0].label.value) == "Moved to 2.2"


def test_titles_with_quotes_and_line_separators_round_trip_through_the_editions_file(tmp_path):
    odd = 'A "quoted" title\u2028with a line separator\x85, a tab\t and \\ a backslash 😀'
    record = replace(edition(numbers=[("R-A", "1.1")]), titles=(("en", (("R-A", odd),)), ("ru", (("R-A", "Ы"),))))
    (tmp_path / "inputs").mkdir()
    (tmp_path / EDITIONS_FILE).write_text(editions_text((record,)), encoding="utf-8")
    assert "\u2028" not in (tmp_path / EDITIONS_FILE).read_text(encoding="utf-8")  # one line per title
    report = Report()
    assert read_editions(tmp_path, report) == (record,) and not report.items


def test_changelog_markdown_is_the_books_changelog():
    inp = inputs()
    record = edition(numbers=[("R-G1-01", "1.1"), ("R-G3-02", "1.2"), ("R-OLD", "2.1")],
                     wording=[("R-G1-01", wording_hash(merged(inp).recommendations[0], {p.id: p for p in inp.proposals}))])
    b = book("en", editions=(record,), release=Release(2, dt.date(2026, 1, 5), final=False))
    assert plain(changelog_markdown(b)) == (
        "# Changes since edition 1 of 15 October 2025\n\n"
        "Civil Society of Kazakhstan: An Analytical Look into the Future — Edition 2, 5 January 2026\n\n"
        "## Added\n\n- 2.2 Strengthen public councils\n\n"
        "## Withdrawn\n\n- 2.1\n")


def test_no_changelog_without_a_previous_edition_and_a_sentence_when_nothing_changed():
    assert book("en").changelog is None
    first = book("en", release=Release(1, OCT_15, final=True))
    inp = inputs()
    record = edition_record(first, merged(inp), {p.id: p for p in inp.proposals}, Release(1, OCT_15, True))
    same = book("en", editions=(record,))
    assert same.changelog.groups == () and "No recommendation was added" in changelog_markdown(same)


# ------------------------------------------------------------------ inputs/editions.yaml


def test_editions_file_round_trips(tmp_path):
    editions = (edition(1, final=False, numbers=[("R-G1-01", "1.1")], wording=[("R-G1-01", "0123456789abcdef")]),
                edition(2, numbers=[("R-G3-02", "1.2")], withdrawn=[("R-G1-01", "1.1")]))
    (tmp_path / "inputs").mkdir()
    (tmp_path / EDITIONS_FILE).write_text(editions_text(editions), encoding="utf-8")
    report = Report()
    assert read_editions(tmp_path, report) == editions and not report.items


@pytest.mark.parametrize("text, expected", [
    ("- edition: 0\n  date: 2025-10-15\n  final: true\n",
     "inputs/editions.yaml:1:12: error: edition: expected a whole number from 1, but received: '0' [editions.syntax]"),
    ("- edition: 1\n  date: 2025-02-30\n  final: true\n",
     "inputs/editions.yaml:2:9: error: date: no such day: 2025-02-30 [editions.syntax]"),
    ("- edition: 1\n  date: 2025-10-15\n  final: yes\n",
     "inputs/editions.yaml:3:10: error: final: expected true or false, but received: 'yes' [editions.syntax]"),
    ("- edition: 1\n  date: 2025-10-15\n  final: true\n  numbers: {R-A: '1'}\n",
     "inputs/editions.yaml:4:18: error: numbers: R-A: unexpected value '1' [editions.syntax]"),
    ("- edition: 2\n  date: 2025-10-15\n  final: true\n",
     "inputs/editions.yaml:1:3: error: edition 2 should be edition 1: editions are numbered 1, 2, 3 … in order "
     "[editions.order]"),
    ("- edition: 1\n  date: 2025-10-15\n  final: true\n  numbers: {R-A: '1.1'}\n  withdrawn: {R-B: '1.1'}\n",
     "inputs/editions.yaml:5:20: error: number 1.1 is given to both R-A (line 4) and R-B [editions.syntax]"),
    # a hand edit in a long list: said at the line that repeats the number, not at the edition's start
    ("- edition: 1\n  date: 2025-10-15\n  final: true\n  numbers:\n    R-A: '1.1'\n    R-C: '1.2'\n"
     "    R-B: '1.1'\n",
     "inputs/editions.yaml:7:10: error: number 1.1 is given to both R-A (line 5) and R-B [editions.syntax]"),
    ("- edition: 1\n  date: 2025-10-15\n  final: true\n  notes: x\n",
     "inputs/editions.yaml:4:3: error: unknown key 'notes'; expected one of: edition, date, final, numbers, "
     "withdrawn, wording, titles [editions.syntax]"),
])
def test_a_broken_editions_file_is_reported_at_its_line(tmp_path, text, expected):
    (tmp_path / "inputs").mkdir()
    (tmp_path / EDITIONS_FILE).write_text(text, encoding="utf-8")
    report = Report()
    assert read_editions(tmp_path, report) == ()
    assert [d.format() for d in report.sorted()] == [expected]


# ------------------------------------------------------------------ which edition may be released


@pytest.mark.parametrize("editions, number, expected", [
    ((), 1, None),
    ((), 2, "edition 2 cannot be the first edition; release edition 1"),
    ((edition(1),), 3, "edition 3 cannot follow edition 1; release edition 2"),
    ((edition(1),), 1, "edition 1 was released as final on 2025-10-15; its numbers are cited: release edition 2"),
    ((edition(1, final=False),), 1, None),
    ((edition(1, final=False), edition(2, final=False)), 1, "edition 1 is followed by edition 2: release edition 2 or 3"),
    ((edition(1),), 2, None),
])
def test_which_edition_may_be_released(editions, number, expected):
    problems = [d.message for d in release_problems(editions, Release(number, OCT_15, final=True))]
    assert problems == ([] if expected is None else [expected])


def test_a_number_in_a_direction_that_no_longer_exists_is_a_located_warning():
    located = replace(edition(numbers=[("R-A", "1.1"), ("R-B", "3.2")]), location=Location(EDITIONS_FILE, 1, 3))
    assert [d.format() for d in unplaced([located], 2)] == [
        "inputs/editions.yaml:1:3: warning: edition 1 numbered R-B as 3.2, but the conference has 2 directions: "
        "number 3.2 is not printed [editions.direction-gone]"]
    # R-B moved from 3.2 to 1.2 in edition 2: its old number, printed "Moved to 1.2", is not printed either
    moved = replace(edition(2, numbers=[("R-A", "1.1"), ("R-B", "1.2")], withdrawn=[("R-B", "3.2")]),
                    location=Location(EDITIONS_FILE, 9, 3))
    assert [d.format() for d in unplaced([located, moved], 2)] == [(
        "inputs/editions.yaml:9:3: warning: edition 2 numbered R-B as 3.2, but the conference has 2 directions: "
        "number 3.2 is not printed [editions.direction-gone]")]


def test_a_draft_edition_released_again_keeps_its_numbers_and_compares_with_the_one_before():
    draft_1 = edition(1, final=False, numbers=[("R-G3-02", "1.1"), ("R-G1-01", "1.2"), ("R-G2-04", "2.1")])
    again = book("en", editions=(draft_1,), release=Release(1, OCT_15, final=True))
    assert [(r.number, r.id) for r in again.directions[0].recommendations] == [("1.1", "R-G3-02"), ("1.2", "R-G1-01")]
    assert again.changelog is None
    assert book("en", editions=(draft_1,)).changelog.since == 1  # a later build compares with it


def plain(text: str) -> str:
    """Return `text` with typography's no-break spaces and hyphens as plain ones (for readable expectations)."""
    return text.replace("\u00a0", " ").replace("\u2011", "-")


# ------------------------------------------------------------------ an edition's date (qa s21 #10)


def test_an_edition_dated_before_the_one_it_follows_is_an_error_at_its_date(tmp_path):
    # `release --edition 2 --date 2020-01-01` after edition 1 of 2026-12-02 was recorded, and check said OK
    (tmp_path / "inputs").mkdir()
    (tmp_path / EDITIONS_FILE).write_text("- edition: 1\n  date: 2026-12-02\n  final: false\n"
                                          "- edition: 2\n  date: 2020-01-01\n  final: false\n", encoding="utf-8")
    report = Report()
    assert len(read_editions(tmp_path, report)) == 2
    assert [d.format() for d in report.sorted()] == [
        "inputs/editions.yaml:5:9: error: edition 2 is dated 2020-01-01, before edition 1 of 2026-12-02: editions "
        "follow each other in time [editions.order]"]


def test_an_edition_dated_before_the_conference_is_an_error_if_final_else_a_warning():
    from recbook.load.editions import dated_before_conference

    at = Location(EDITIONS_FILE, 2, 9)
    editions = (replace(edition(1, final=False), date_location=at), replace(edition(2), date_location=at))
    problems = dated_before_conference(editions, dt.date(2025, 10, 16))
    assert [(d.severity, d.code) for d in problems] == [("warning", "editions.date"), ("error", "editions.date")]
    assert problems[1].format() == ("inputs/editions.yaml:2:9: error: edition 2 is dated 2025-10-15, before the "
                                    "conference (2025-10-16); a final edition records what the conference adopted "
                                    "[editions.date]")
    assert dated_before_conference(editions, OCT_15) == []


def test_a_release_dated_before_the_last_edition_or_a_final_one_before_the_conference_is_refused():
    from types import SimpleNamespace

    first = replace(edition(1, final=False), date_location=Location(EDITIONS_FILE, 2, 9))
    conference = SimpleNamespace(date=dt.date(2025, 10, 1), location_of=lambda key: Location("inputs/conference.yaml", 13, 7))
    typo = release_problems((first,), Release(2, dt.date(2020, 1, 1), final=True), conference)
    assert [d.format() for d in typo] == [
        "inputs/editions.yaml:2:9: error: edition 2 of 2020-01-01 would be dated before edition 1 of 2025-10-15: "
        "check --date [release.date]",
        "inputs/conference.yaml:13:7: error: edition 2 of 2020-01-01 would be dated before the conference "
        "(2025-10-01): check --date [release.date]"]
    draft = release_problems((), Release(1, dt.date(2025, 9, 30), final=False), conference)
    assert [(d.severity, d.code) for d in draft] == [("warning", "release.date")]  # to the moderators beforehand
    assert release_problems((first,), Release(2, OCT_15, final=True), conference) == []  # the same day is fine
