"""localize(): CLDR dates, plurals and lists, print order, fallbacks and strict mode."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from data.i18n.sample_inputs import inputs, merged_pair, proposals, singletons
from recbook.diagnostics import Report
from recbook.load.catalogs import read_po
from recbook.i18n.catalogs import Catalogs
from recbook.load.catalogs import check_catalogs, load_catalogs
from recbook.i18n.checks import missing_translations
from recbook.i18n.translator import Translator
from recbook.commands.i18n.update import update_catalogs
from recbook.localize import localize
from recbook.model import Member, MergeResult, Recommendation, Release, Text
from recbook.i18n.writer import format_po
from recbook.resources import default_dir


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> Catalogs:
    """The packaged book catalogs (complete), no content catalogs."""
    report = Report()
    catalogs = load_catalogs(tmp_path_factory.mktemp("empty"), report)
    assert report.items == []
    return catalogs


def translate_all(project: Path) -> None:
    """Fill every empty msgstr of the project's content catalogs with "[lang] source"."""
    for path in (project / "locales").glob("*/LC_MESSAGES/content.*.po"):
        file = read_po(path)
        lang = path.parts[-3]
        entries = [replace(e, msgstr=(e.msgstr[0] or f"[{lang}] {e.msgid}",)) for e in file.entries]
        path.write_text(format_po(file.header_entry, entries), encoding="utf-8")


@pytest.fixture
def translated(tmp_path) -> tuple[Path, Catalogs]:
    """A project whose content catalogs were extracted and fully translated."""
    inp = inputs()
    update_catalogs(tmp_path, inp, merged_pair(inp), Report(), write_templates=True)
    translate_all(tmp_path)
    report = Report()
    catalogs = load_catalogs(tmp_path, report)
    assert report.items == []
    return tmp_path, catalogs


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "2025\u00a0жылғы 26\u00a0қыркүйек"),  # no-break spaces: a number stays with its word
    ("ru", "26\u00a0сентября 2025\u00a0года"),
    ("en", "26\u00a0September\u00a02025"),  # and the year with the month it ends
])
def test_each_language_writes_the_conference_date_officially(shipped, lang, expected):
    book, _ = localize(inputs(), singletons(inputs()), shipped, lang, draft=True)
    assert book.date_label == expected


@pytest.mark.parametrize(("n", "expected"), [
    (1, "1 голос"), (2, "2 голоса"), (5, "5 голосов"), (11, "11 голосов"), (21, "21 голос"),
    (22, "22 голоса"), (1000, "1\u00a0000 голосов"),
])
def test_russian_vote_counts_take_the_right_plural_form(shipped, n, expected):
    assert Translator(shipped, "ru").plural("votes", n) == expected


def test_kazakh_nouns_stay_singular_after_numerals_and_english_plurals(shipped):
    assert Translator(shipped, "kk").plural("votes", 5) == "5 дауыс"
    assert [Translator(shipped, "en").plural("votes", n) for n in (1, 2)] == ["1 vote", "2 votes"]


def test_recommendations_are_numbered_by_support_then_natural_id(shipped):
    book, _ = localize(inputs(), singletons(inputs()), shipped, "ru", draft=True)
    numbered = [(r.number, r.id, r.votes_label.value) for d in book.directions for r in d.recommendations]
    # G2-01 and G10-01 tie on 5 votes: natural id order puts G2 before G10
    assert numbered == [("1.1", "R-G1-01", "21\u00a0голос"), ("1.2", "R-G2-01", "5\u00a0голосов"),
                        ("1.3", "R-G10-01", "5\u00a0голосов"), ("2.1", "R-G1-02", "1\u00a0голос")]
    assert [d.total_votes for d in book.directions] == [31, 1]


def test_a_merged_recommendation_sums_votes_and_joins_groups_the_cldr_way(shipped):
    book, _ = localize(inputs(), merged_pair(inputs()), shipped, "ru", draft=True)
    rec = book.directions[0].recommendations[0]
    assert (rec.id, rec.votes, rec.votes_label.value) == ("R-G1-01", 26, "26\u00a0голосов")
    assert rec.proposed_by_label == "Рабочая группа 1\u00a0и\u00a0Рабочая группа\u00a010"  # ru: и stays with the next word
    assert [m.proposal_id for m in rec.members] == ["G1-01", "G10-01"]
    assert [(n, t.value) for n, t in rec.sdgs] == [
        (4, "Качественное образование"), (16, "Мир, правосудие и\u00a0эффективные институты"),
        (17, "Партнерство в\u00a0интересах устойчивого развития")]
    assert rec.timeframe.value == "среднесрочный (1–\u20603\u00a0года)"  # a word joiner holds the range


def test_draft_falls_back_to_the_source_text_and_marks_it(shipped):
    book, diagnostics = localize(inputs(), merged_pair(inputs()), shipped, "kk", draft=True)
    rec = book.directions[0].recommendations[0]
    assert (rec.title.value, rec.title.lang, rec.title.fallback) == ("Развивать эндаумент-фонды", "ru", True)
    assert book.directions[0].recommendations[1].title.fallback is False  # G2-01 is written in Kazakh
    assert book.draft and "G1-01.title" in book.missing and "G2-01.title" not in book.missing
    assert 0 < book.completeness < 1
    percent = int(book.completeness * 100)
    assert book.draft_notice == f"Жоба\u00a0— аударма {percent}% дайын"
    assert [(d.severity, d.code) for d in diagnostics] == [("warning", "i18n.incomplete")]


def test_a_group_supplied_translation_is_used_until_the_catalog_exists(shipped):
    book, _ = localize(inputs(), singletons(inputs()), shipped, "en", draft=True)
    rec = next(r for d in book.directions for r in d.recommendations if r.id == "R-G2-01")
    assert (rec.title.value, rec.title.fallback) == ("More grants", False)


def test_complete_catalogs_give_a_final_book(translated):
    _, catalogs = translated
    book, diagnostics = localize(inputs(), merged_pair(inputs()), catalogs, "kk", draft=False)
    assert (book.draft, book.completeness, book.missing, diagnostics) == (False, 1.0, (), [])
    assert book.title.value == "[kk] Гражданское общество Казахстана"
    assert book.directions[0].recommendations[0].proposed_by_label == "[kk] Рабочая группа 1\u00a0және [kk] Рабочая группа\u00a010"
    assert missing_translations(book, catalogs) == []


def _mark(project: Path, lang: str, context: str, **changes) -> None:
    path = project / f"locales/{lang}/LC_MESSAGES/content.ru.po"
    file = read_po(path)
    entries = [replace(e, **changes) if e.msgctxt == context else e for e in file.entries]
    path.write_text(format_po(file.header_entry, entries), encoding="utf-8")


def test_strict_mode_names_each_missing_and_fuzzy_string_at_its_po_line(translated):
    project, _ = translated
    _mark(project, "kk", "G1-01.text", flags=("fuzzy",))
    _mark(project, "kk", "directions.D2", msgstr=("",))
    catalogs = load_catalogs(project, Report())
    book, diagnostics = localize(inputs(), merged_pair(inputs()), catalogs, "kk", draft=False)
    assert book.missing == ("G1-01.text", "directions.D2")
    assert book.directions[0].recommendations[0].text.fallback
    strict = missing_translations(book, catalogs)
    path = "locales/kk/LC_MESSAGES/content.ru.po"
    lines = {e.msgctxt: e.line for e in read_po(project / path).entries}
    assert [(str(d.location), d.code) for d in strict] == [
        (f"{path}:{lines['directions.D2'] + 2}:9", "i18n.untranslated"),
        (f"{path}:{lines['G1-01.text']}:1", "i18n.fuzzy"),
    ]
    assert "msgctxt 'G1-01.text' is fuzzy" in strict[1].message
    assert all(d.is_error for d in strict)
    assert [(d.severity, d.code) for d in diagnostics] == [("error", "i18n.incomplete")]


def test_a_translation_of_an_older_source_is_not_printed(translated):
    _, catalogs = translated
    inp = inputs()
    changed = replace(inp, proposals=tuple(
        replace(p, title="Развивать фонды целевого капитала") if p.id == "G1-01" else p for p in inp.proposals))
    book, _ = localize(changed, merged_pair(changed), catalogs, "en", draft=True)
    title = book.directions[0].recommendations[0].title
    assert (title.value, title.fallback) == ("Развивать фонды целевого капитала", True)
    assert [d.code for d in missing_translations(book, catalogs)] == ["i18n.stale"]


def test_labels_carry_language_names_and_quotes(shipped):
    book, _ = localize(inputs(), singletons(inputs()), shipped, "kk", draft=True)
    assert book.labels["language.ru"] == "Орыс тілі"
    assert (book.labels["quote.open"], book.labels["quote.close"]) == ("«", "»")
    assert book.footer == (("field", "page"),)  # a page number only, not "page X of Y"
    assert book.labels["proposed_by"] == "Ұсынған:"
    assert not any("{" in value for value in book.labels.values())  # every printed label is complete


def test_catalog_translations_of_proposals_for_merge(translated):
    from recbook.i18n.catalogs import proposal_translations

    _, catalogs = translated
    found = proposal_translations(inputs().proposals, catalogs)
    assert found[("G1-01", "kk")] == ("[kk] Развивать эндаумент-фонды", "[kk] Создать фонды целевого капитала.")
    assert ("G1-01", "ru") not in found  # its own language is not a translation
    assert ("G10-01", "kk") not in found  # merged into G1-01: its wording is not printed, so not extracted


# ------------------------------------------------------------------ a complete book, one label rule


def test_the_book_carries_every_printed_value_formatted(shipped):
    book, _ = localize(inputs(), merged_pair(inputs()), shipped, "ru", draft=True)
    d = book.directions[0]
    assert (d.heading.value, d.count_label, d.votes_label) == ("Направление\u00a01", "2", "31")
    rec = d.recommendations[0]
    assert [(s.label.value, s.title.value) for s in rec.sdg_lines][:1] == [("ЦУР\u00a04", "Качественное образование")]
    assert [t.value for t in rec.proposed_by_line] == ["Рабочая группа 1\u00a0и\u00a0Рабочая группа\u00a010"]
    assert [t.value for t in rec.members[1].meta] == ["Рабочая группа\u00a010", " · Рекомендация\u00a01.1"]
    annex = book.annexes
    assert annex.groups_heading == "Приложение 1. Рабочие группы"
    assert [(r.member.proposal_id, r.language, r.votes) for r in annex.provenance][:2] == [
        ("G1-01", "Русский", "21"), ("G1-02", "Русский", "1")]
    assert [(r.goal, r.numbers) for r in annex.sdgs] == [("4", "1.1"), ("16", "1.1"), ("17", "1.1")]
    assert (book.summary.recommendations, book.summary.votes) == ("3", "32")
    assert book.chart.rows[0].values == ("2", "31") and "Рекомендации 2" in book.chart.alt


def test_big_numbers_are_grouped_the_locale_way(shipped):
    inp = inputs()
    many = replace(inp, proposals=tuple(replace(p, votes=12345) for p in inp.proposals))
    book, _ = localize(many, singletons(many), shipped, "ru", draft=True)
    assert book.summary.votes == "49\u00a0380" and book.directions[0].votes_label == "37\u00a0035"


def test_paragraphs_split_at_blank_lines_and_keep_line_breaks_and_no_break_spaces():
    from recbook.localize.text import paragraphs
    from recbook.model import Text

    text = Text("  Бірінші  абзац\n1)\tтізім\r\n2) 20\u00a0%\n \n\nЕкінші\u00a0 абзац ", "kk", True)
    assert paragraphs(text) == (Text("Бірінші абзац\n1) тізім\n2) 20\u00a0%", "kk", True),
                                Text("Екінші\u00a0 абзац", "kk", True))


def _book_po_with(tmp_path: Path, key: str, msgstr: str) -> tuple[Catalogs, str, int]:
    """Return catalogs whose kk book.po translates `key` as `msgstr`, and that entry's path and line."""
    source = default_dir("locales") / "kk/LC_MESSAGES/book.po"
    file = read_po(source)
    entries = [replace(e, msgstr=(msgstr,)) if e.msgctxt == key else e for e in file.entries]
    target = tmp_path / "locales/kk/LC_MESSAGES/book.po"
    target.parent.mkdir(parents=True)
    target.write_text(format_po(file.header_entry, entries), encoding="utf-8")
    line = next(e.line for e in read_po(target).entries if e.msgctxt == key)
    return load_catalogs(tmp_path, Report()), "locales/kk/LC_MESSAGES/book.po", line


@pytest.mark.parametrize(("msgstr", "code"), [
    ("{numbr}-бағыт", "i18n.placeholder"),            # a misspelt placeholder
    ("{number.__class__}-бағыт", "i18n.placeholder"),  # attribute access
    ("<b>{number}</b>-бағыт", "i18n.markup"),          # markup
])
def test_a_broken_label_falls_back_to_the_source_with_the_check_error_at_its_msgstr(tmp_path, msgstr, code):
    # a warning "…; the source wording is printed instead" followed i18n check's error at the same entry:
    # check and build printed both. Now the one error, which check and build report for the catalog too
    catalogs, path, line = _book_po_with(tmp_path, "direction_n", msgstr)
    book, diagnostics = localize(inputs(), singletons(inputs()), catalogs, "kk", draft=True)
    assert book.directions[0].heading == Text("Direction\u00a01", "en", fallback=True)  # the English source, filled, never a KeyError
    broken = [d for d in diagnostics if d.code == code]
    assert broken == [d for d in check_catalogs(tmp_path) if d.code == code]
    assert [(d.severity, str(d.location)) for d in broken] == [("error", f"{path}:{line + 2}:9")]  # msgctxt, msgid, msgstr
    assert "direction_n" in book.missing


def test_a_broken_plural_falls_back_too(tmp_path):
    source = default_dir("locales") / "kk/LC_MESSAGES/book.po"
    file = read_po(source)
    entries = [replace(e, msgstr=("{m} дауыс", "{m} дауыс")) if e.msgctxt == "votes" else e for e in file.entries]
    target = tmp_path / "locales/kk/LC_MESSAGES/book.po"
    target.parent.mkdir(parents=True)
    target.write_text(format_po(file.header_entry, entries), encoding="utf-8")
    book, diagnostics = localize(inputs(), singletons(inputs()), load_catalogs(tmp_path, Report()), "kk", draft=True)
    assert book.directions[0].recommendations[0].votes_label == Text("21\u00a0votes", "en", fallback=True)
    assert any(d.code == "i18n.placeholder" and d.severity == "error" for d in diagnostics)


# ------------------------------------------------------------------ a book that never misleads

FINAL = Release(1, dt.date(2025, 10, 15), final=True)  # `recbook release --edition 1 --final`


def test_a_draft_is_never_labelled_final_however_complete(translated):
    _, catalogs = translated
    draft, _ = localize(inputs(), merged_pair(inputs()), catalogs, "kk", draft=True)
    assert (draft.missing, draft.draft, draft.edition_status, draft.draft_notice) == ((), True, "draft", "")
    assert draft.edition_label == "Жоба"
    strict, _ = localize(inputs(), merged_pair(inputs()), catalogs, "kk", draft=False)
    assert (strict.draft, strict.edition_status) == (False, "draft")  # build --strict checks, it does not publish
    final, _ = localize(inputs(), merged_pair(inputs()), catalogs, "kk", draft=False, release=FINAL)
    assert (final.draft, final.edition_status) == (False, "final")  # (no label: the test conference is illustrative)


def test_an_illustrative_sample_never_says_final_nor_endorsed(translated):
    _, catalogs = translated
    inp = inputs()
    sample = replace(inp, conference=replace(inp.conference, adopted="Одобрено участниками"))
    book, diagnostics = localize(sample, merged_pair(sample), catalogs, "ru", draft=False, release=FINAL)
    assert (book.edition_status, book.edition_label, book.adopted) == ("final", "", None)
    assert [d.code for d in diagnostics] == ["conference.illustrative-adopted"]
    real = replace(sample, conference=replace(sample.conference, illustrative=False))
    book, _ = localize(real, merged_pair(real), catalogs, "ru", draft=False, release=FINAL)
    assert (book.edition_label, book.adopted.value) == ("Окончательная редакция", "Одобрено участниками")


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "дауыс саны көрсетілмеген"), ("ru", "число голосов не указано"), ("en", "no vote count")])
def test_a_recommendation_without_votes_says_so_never_zero_votes(shipped, lang, expected):
    inp = inputs()
    unvoted = replace(inp, proposals=tuple(replace(p, votes=None) for p in inp.proposals))
    book, _ = localize(unvoted, singletons(unvoted), shipped, lang, draft=True)
    assert {r.votes_label.value for d in book.directions for r in d.recommendations} == {expected}
    zero = replace(inp, proposals=tuple(replace(p, votes=0) for p in inp.proposals))
    book, _ = localize(zero, singletons(zero), shipped, lang, draft=True)
    assert book.directions[0].recommendations[0].votes_label.value.startswith("0\u00a0")  # a real 0 is printed


def test_the_public_book_carries_no_merge_metrics(shipped):
    book, _ = localize(inputs(), merged_pair(inputs()), shipped, "en", draft=True)
    assert "table.similarity" not in book.labels
    assert not any(hasattr(row, "similarity") for row in book.annexes.provenance)


@pytest.mark.parametrize(("lang", "expected"), [("kk", "1.1\u2011ұсыным"), ("ru", "Рекомендация\u00a01.1"),
                                                 ("en", "Recommendation\u00a01.1")])
def test_the_annex_names_recommendations_the_languages_way(shipped, lang, expected):
    book, _ = localize(inputs(), merged_pair(inputs()), shipped, lang, draft=True)
    assert book.annexes.provenance[0].member.meta[-1].value.endswith(expected)


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "Annex 2. Proposals of the working groups: place in the book and original texts"),
    ("ru", "Приложение 2. Предложения рабочих групп: место в сборнике и исходные тексты"),
    ("kk", "2-қосымша. Жұмыс топтарының ұсыныстары: жинақтағы орны және бастапқы мәтіндері"),
])
def test_annex_2_is_titled_by_both_of_its_parts(shipped, lang, title):
    # QA c7: «Предложения в редакции рабочих групп» ("as submitted") headed pages of a table of numbers,
    # how merged and votes; the originals as written come only after it
    book, _ = localize(inputs(), merged_pair(inputs()), shipped, lang, draft=True, typeset=False)
    annex = book.annexes
    assert annex.provenance_heading == title
    assert all(row.member.title and row.member.text for row in annex.provenance)  # the original texts are there


@pytest.mark.parametrize(("lang", "identical", "case_spacing", "other"), [
    ("en", "identical wording", "same words", "nearly identical text"),
    ("ru", "идентичная формулировка", "те же слова", "почти идентичный текст"),
    ("kk", "мәтіні бірдей", "сөздері бірдей", "мәтіні дерлік бірдей"),
])
def test_the_annex_calls_only_byte_identical_twins_identical(shipped, lang, identical, case_spacing, other):
    from recbook.merge import merge

    base = proposals()[0]
    twin = replace(base, id="G2-02", group="G2")  # written the same, letter for letter
    lower = replace(base, id="G2-03", group="G2", title="развивать  эндаумент-фонды",
                    text="создать фонды   целевого капитала.")  # the merge folds case and spacing
    stop = replace(base, id="G2-04", group="G2", text="Создать фонды целевого капитала!")
    inp = replace(inputs(), proposals=(*proposals(), twin, lower, stop))
    merged = merge(inp.proposals)
    assert {m.proposal_id: m.how for r in merged.recommendations for m in r.members
            if r.canonical == "G1-01"} == {"G1-01": "exact", "G2-02": "exact", "G2-03": "exact", "G2-04": "exact"}
    book, _ = localize(inp, merged, shipped, lang, draft=True)
    how = {r.member.proposal_id: r.how for r in book.annexes.provenance}
    assert (how["G2-02"], how["G2-03"], how["G2-04"]) == (identical, case_spacing, other)
    assert how["G1-01"] == other  # the canonical is "identical" only when all its twins are
    alone, _ = localize(replace(inp, proposals=(*proposals(), twin)), merge((*proposals(), twin)), shipped, lang,
                        draft=True)
    assert {r.member.proposal_id: r.how for r in alone.annexes.provenance}["G1-01"] == identical


@pytest.mark.parametrize(("lang", "manual"), [("en", "merged by the editors"), ("ru", "объединено редакторами")])
def test_the_annex_row_of_the_printed_proposal_says_how_its_recommendation_was_made(shipped, lang, manual):
    inp = inputs()
    # as merge.assemble lists it: the canonical "exact" to itself, the member it was joined with by a decision
    pair = Recommendation("R-G1-01", "G1-01", (Member("G1-01", "exact", 1.0), Member("G10-01", "manual", 0.4)),
                          "manual", 0.4)
    rest = [r for r in singletons(inp).recommendations if r.canonical not in ("G1-01", "G10-01")]
    book, _ = localize(inp, MergeResult((pair, *rest)), shipped, lang, draft=True)
    how = {r.member.proposal_id: r.how for r in book.annexes.provenance}
    assert how["G1-01"] == how["G10-01"] == manual  # not "identical wording": nothing of it is a twin
