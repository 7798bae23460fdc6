"""`i18n extract`/`update`: the msgctxt scheme, seeds, and never losing a translation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from data.i18n.sample_inputs import inputs, merged_pair, singletons
from recbook.diagnostics import Report
from recbook.load.catalogs import read_po
from recbook.i18n import po
from recbook.load.catalogs import load_catalogs
from recbook.i18n.checks import supplied_conflicts
from recbook.load.catalogs import check_catalogs
from recbook.i18n.update import merge_catalog
from recbook.commands.i18n.update import update_catalogs
from recbook.i18n.writer import format_po

KK_RU = "locales/kk/LC_MESSAGES/content.ru.po"


def extract(project: Path, inp=None, merged=None) -> list[Path]:
    inp = inp or inputs()
    report = Report()
    written = update_catalogs(project, inp, merged if merged is not None else merged_pair(inp), report,
                              write_templates=True)
    assert report.items == []
    return written


def extract_without(project: Path, proposal_id: str) -> list[Path]:
    """Extract as `extract` does, from the sample inputs less one proposal (its texts leave the book)."""
    inp = inputs()
    fewer = replace(inp, proposals=tuple(p for p in inp.proposals if p.id != proposal_id))
    return extract(project, fewer, merged_pair(fewer))


def entries(project: Path, path: str) -> dict[str, po.Entry]:
    return {e.msgctxt: e for e in read_po(project / path).entries}


def translate(project: Path, path: str, context: str, text: str) -> None:
    file = read_po(project / path)
    new = [replace(e, msgstr=(text,)) if e.msgctxt == context else e for e in file.entries]
    (project / path).write_text(format_po(file.header_entry, new), encoding="utf-8")


def test_content_catalogs_are_split_by_source_language_and_skip_the_own_language(tmp_path):
    extract(tmp_path, merged=singletons(inputs()))
    names = sorted(p.relative_to(tmp_path).as_posix() for p in (tmp_path / "locales").rglob("content.*"))
    assert names == [
        "locales/content.en.pot", "locales/content.kk.pot", "locales/content.ru.pot",
        "locales/en/LC_MESSAGES/content.kk.po", "locales/en/LC_MESSAGES/content.ru.po",
        "locales/kk/LC_MESSAGES/content.en.po", "locales/kk/LC_MESSAGES/content.ru.po",
        "locales/ru/LC_MESSAGES/content.en.po", "locales/ru/LC_MESSAGES/content.kk.po",
    ]


def test_msgctxt_scheme_comments_and_references(tmp_path):
    extract(tmp_path)
    kk = entries(tmp_path, KK_RU)
    assert list(kk) == ["conference.title", "conference.city", "organizers.1", "directions.D1", "directions.D2",
                        "groups.G1", "groups.G2", "groups.G10", "addressees.mci",
                        "G1-01.title", "G1-01.text", "G1-02.title", "G1-02.text"]
    title = kk["G1-01.title"]
    assert title.msgid == "Развивать эндаумент-фонды"
    assert title.references == ("inputs/proposals/g1.yaml:2",)
    assert title.auto_comments == (
        "Recommendation title from proposal G1-01; group G1 (Рабочая группа 1), "
        "direction D1 (Устойчивость НПО); merged from G1-01, G10-01",
        "written in ru, 25 characters",
    )


def test_with_a_merge_result_only_printed_wordings_are_extracted(tmp_path):
    extract(tmp_path, merged=merged_pair(inputs()))
    # G10-01 (en) is merged into G1-01 (ru): no English wording is printed, so no en catalog
    assert not list((tmp_path / "locales").rglob("content.en.po*"))
    extract(tmp_path / "all", merged=singletons(inputs()))
    assert "G10-01.title" in entries(tmp_path / "all", "locales/kk/LC_MESSAGES/content.en.po")


def test_a_catalog_whose_source_is_no_longer_printed_keeps_its_translations_as_obsolete(tmp_path):
    extract(tmp_path, merged=singletons(inputs()))
    kk_en = "locales/kk/LC_MESSAGES/content.en.po"
    translate(tmp_path, kk_en, "G10-01.title", "Еріктілерді оқыту")
    extract(tmp_path, merged=merged_pair(inputs()))
    file = read_po(tmp_path / kk_en)
    assert [(e.msgctxt, e.msgstr, e.obsolete) for e in file.entries] == [
        ("G10-01.title", ("Еріктілерді оқыту",), True)]


def test_edited_wording_gets_the_recommendation_id_as_msgctxt(tmp_path):
    inp = inputs()
    pair = merged_pair(inp).recommendations[0]
    edited = replace(merged_pair(inp), recommendations=(replace(pair, edited_text="Создать фонды целевого капитала НПО."),
                                                        *merged_pair(inp).recommendations[1:]))
    extract(tmp_path, merged=edited)
    kk = entries(tmp_path, KK_RU)
    assert kk["R-G1-01.text"].msgid == "Создать фонды целевого капитала НПО."
    assert "G1-01.text" not in kk and "G1-01.title" in kk


def test_a_changed_source_keeps_the_old_translation_as_fuzzy_with_previous_msgid(tmp_path):
    extract(tmp_path)
    translate(tmp_path, KK_RU, "G1-01.title", "Эндаумент-қорларды дамыту")
    inp = inputs()
    changed = replace(inp, proposals=tuple(
        replace(p, title="Развивать фонды целевого капитала") if p.id == "G1-01" else p for p in inp.proposals))
    extract(tmp_path, changed, merged_pair(changed))
    text = (tmp_path / KK_RU).read_text(encoding="utf-8")
    assert ('#, fuzzy\n#| msgid "Развивать эндаумент-фонды"\nmsgctxt "G1-01.title"\n'
            'msgid "Развивать фонды целевого капитала"\nmsgstr "Эндаумент-қорларды дамыту"\n') in text
    assert load_catalogs(tmp_path, Report()).content_catalog("kk", "ru").lookup(
        "G1-01.title", "Развивать фонды целевого капитала").status == "fuzzy"


def test_a_removed_source_becomes_obsolete_and_comes_back_translated(tmp_path):
    extract(tmp_path)
    translate(tmp_path, KK_RU, "G1-02.title", "Қоғамдық кеңестерді күшейту")
    extract_without(tmp_path, "G1-02")
    text = (tmp_path / KK_RU).read_text(encoding="utf-8")
    assert ('#~ msgctxt "G1-02.title"\n#~ msgid "Усилить общественные советы"\n'
            '#~ msgstr "Қоғамдық кеңестерді күшейту"') in text
    assert "G1-02.text" not in text  # an untranslated entry has nothing to lose
    extract(tmp_path)
    assert entries(tmp_path, KK_RU)["G1-02.title"].msgstr == ("Қоғамдық кеңестерді күшейту",)
    assert "#~" not in (tmp_path / KK_RU).read_text(encoding="utf-8")


def test_a_fuzzy_translation_whose_source_leaves_and_returns_comes_back_fuzzy(tmp_path):
    # it was unreviewed when its text left: back unflagged, it printed in the final book unreviewed
    extract(tmp_path)
    file = read_po(tmp_path / KK_RU)
    marked = [replace(e, msgstr=("Қоғамдық кеңестер",), flags=("fuzzy",), previous_msgid="Усилить советы")
              if e.msgctxt == "G1-02.title" else e for e in file.entries]
    (tmp_path / KK_RU).write_text(format_po(file.header_entry, marked), encoding="utf-8")
    extract_without(tmp_path, "G1-02")
    text = (tmp_path / KK_RU).read_text(encoding="utf-8")
    # as msgmerge writes an obsolete fuzzy entry: its flag, and its earlier source as `#~|`
    assert ('#, fuzzy\n#~| msgid "Усилить советы"\n#~ msgctxt "G1-02.title"\n'
            '#~ msgid "Усилить общественные советы"\n#~ msgstr "Қоғамдық кеңестер"') in text
    assert check_catalogs(tmp_path) == []
    extract(tmp_path)
    back = entries(tmp_path, KK_RU)["G1-02.title"]
    assert (back.msgstr, back.fuzzy, back.previous_msgid) == (("Қоғамдық кеңестер",), True, "Усилить советы")


def test_update_is_stable_and_writes_nothing_the_second_time(tmp_path):
    first = extract(tmp_path)
    snapshot = {p: p.read_bytes() for p in first}
    assert extract(tmp_path) == []
    assert {p: p.read_bytes() for p in first} == snapshot
    assert check_catalogs(tmp_path) == []


def test_supplied_translations_seed_once_then_the_catalog_wins(tmp_path):
    extract(tmp_path)
    en_kk = "locales/en/LC_MESSAGES/content.kk.po"
    assert entries(tmp_path, en_kk)["G2-01.title"].msgstr == ("More grants",)
    translate(tmp_path, en_kk, "G2-01.title", "More state grants")
    extract(tmp_path)
    assert entries(tmp_path, en_kk)["G2-01.title"].msgstr == ("More state grants",)
    warnings = supplied_conflicts(inputs(), load_catalogs(tmp_path, Report()))
    assert [(d.severity, d.code) for d in warnings] == [("warning", "i18n.supplied-differs")]
    assert "G2-01: the title:en column differs from locales/en/LC_MESSAGES/content.kk.po:" in warnings[0].message


def test_a_broken_catalog_is_reported_and_never_rewritten(tmp_path):
    extract(tmp_path)
    path = tmp_path / KK_RU
    broken = path.read_text(encoding="utf-8") + 'msgctxt "x"\nmsgid "unterminated\n'
    path.write_text(broken, encoding="utf-8")
    report = Report()
    update_catalogs(tmp_path, inputs(), merged_pair(inputs()), report)
    assert [d.code for d in report.items] == ["i18n.syntax"]
    assert path.read_text(encoding="utf-8") == broken


def test_book_template_has_every_label_with_its_key_as_msgctxt(tmp_path):
    extract(tmp_path)
    pot = entries(tmp_path, "locales/book.pot")
    assert pot["direction_n"].msgid == "Direction {number}"
    assert pot["direction_n"].auto_comments == ("Keep {number} unchanged.",)
    assert pot["votes"].msgid_plural == "{n} votes"
    assert [pot[f"sdg.{n}"].msgid for n in (1, 17)] == ["No Poverty", "Partnerships for the Goals"]
    # the project had no book.po: update starts from the packaged, translated one
    assert entries(tmp_path, "locales/kk/LC_MESSAGES/book.po")["contents"].msgstr == ("Мазмұны",)


def test_template_strings_without_msgctxt_match_the_closest_old_msgid():
    old = [po.Entry("Proposed by", ("Предложено",))]
    new = merge_catalog([po.Entry("Proposed by:")], old, nplurals=3)
    assert new == [po.Entry("Proposed by:", ("Предложено",), flags=("fuzzy",), previous_msgid="Proposed by")]


def test_a_reworded_label_keeps_its_translation_only_when_it_is_recbooks_own_of_the_new_words():
    # recbook changed "Proposed by" to "Proposed by:"; its own catalog translates the new wording as before
    shipped = [po.Entry("Proposed by:", ("Предложено",), msgctxt="proposed_by")]
    template = [po.Entry("Proposed by:", msgctxt="proposed_by")]
    ours = [po.Entry("Proposed by", ("Предложено",), msgctxt="proposed_by", comments=("checked by Aigerim",))]
    kept = merge_catalog(template, ours, nplurals=3, shipped=shipped)
    assert kept == [po.Entry("Proposed by:", ("Предложено",), msgctxt="proposed_by", comments=("checked by Aigerim",))]
    # the project's own wording: only its translator knows whether it still fits the new label
    own = [po.Entry("Proposed by", ("Внесено",), msgctxt="proposed_by")]
    assert merge_catalog(template, own, nplurals=3, shipped=shipped) == [
        po.Entry("Proposed by:", ("Внесено",), msgctxt="proposed_by", flags=("fuzzy",), previous_msgid="Proposed by")]
    # a fuzzy one stays fuzzy: a translator left it so
    fuzzy = [replace(ours[0], flags=("fuzzy",))]
    assert merge_catalog(template, fuzzy, nplurals=3, shipped=shipped)[0].fuzzy


def test_a_renumbered_proposal_is_offered_its_old_translation_as_fuzzy():
    old = [po.Entry("Развивать эндаумент-фонды", ("Эндаумент-қорларды дамыту",), msgctxt="G1-01.title"),
           po.Entry("Рабочая группа 1", ("1-жұмыс тобы",), msgctxt="groups.G1")]
    template = [po.Entry("Рабочая группа 1", msgctxt="groups.G1"),
                po.Entry("Развивать эндаумент-фонды", msgctxt="G1-07.title")]
    new = merge_catalog(template, old, nplurals=2)
    assert new == [
        po.Entry("Рабочая группа 1", ("1-жұмыс тобы",), msgctxt="groups.G1"),
        po.Entry("Развивать эндаумент-фонды", ("Эндаумент-қорларды дамыту",), msgctxt="G1-07.title",
                 flags=("fuzzy",), previous_msgctxt="G1-01.title", previous_msgid="Развивать эндаумент-фонды"),
    ]


def test_an_exact_match_is_never_taken_by_an_earlier_fuzzy_candidate():
    old = [po.Entry("Contents", ("Мазмұны",)), po.Entry("Content", ("Мазмұн",))]
    new = merge_catalog([po.Entry("Contents!"), po.Entry("Contents")], old, nplurals=2)
    assert [(e.msgid, e.msgstr, e.fuzzy) for e in new] == [
        ("Contents!", ("Мазмұн",), True), ("Contents", ("Мазмұны",), False)]


def test_strings_marked_in_project_templates_reach_the_book_template(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/cover.html").write_text(
        '<p>{{ _("Printed in Almaty") }}</p>\n{% trans %}Edited by the secretariat{% endtrans %}\n', encoding="utf-8")
    extract(tmp_path)
    pot = {e.msgid: e for e in read_po(tmp_path / "locales/book.pot").entries if e.msgctxt is None}
    assert pot["Printed in Almaty"].references == ("templates/cover.html:1",)
    assert pot["Edited by the secretariat"].references == ("templates/cover.html:2",)
    assert entries(tmp_path, "locales/kk/LC_MESSAGES/book.po")["contents"].msgstr == ("Мазмұны",)
