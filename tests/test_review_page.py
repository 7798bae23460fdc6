"""review.html speaks the secretariat's language (source_language) without the merge's jargon."""

from __future__ import annotations

import html as html_lib
import re

import pytest

from merge_helpers import prop
from recbook.diagnostics import Report
from recbook.load.decisions import parse_item
from recbook.load.yaml_list import YamlItem
from recbook.merge import Decisions, MergeSettings, merge
from recbook.merge.lexicon import CONTRASTS
from recbook.render.review import render_html
from recbook.render.review_words import WORDS, reason

BASE = "Увеличить гранты для НПО в регионах страны"
PROPOSALS = [prop("G1-01", BASE, votes=3), prop("G2-01", BASE.replace("регионах", "областях")),
             prop("G3-01", "Сократить гранты для НПО в регионах страны"),
             prop("G4-01", "Открыть музей гражданского общества в Астане")]


def page(lang: str, reject: bool = False) -> str:
    """Return the review page's visible text for a conference written in `lang`."""
    items = [YamlItem({"reject": "G4-01", "reason": "вне темы"}, None)] if reject else []
    decisions = Decisions(tuple(parse_item(i, Report()) for i in items))
    result = merge(PROPOSALS, decisions)
    out = render_html(result, {p.id: p for p in PROPOSALS}, MergeSettings(source_language=lang))
    body = re.sub(r"<style>.*?</style>|<pre>.*?</pre>", " ", out, flags=re.S)  # pasteable YAML lines stay YAML
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", body)))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_page_is_in_the_source_language_without_jargon(lang):
    text = page(lang)
    w = WORDS[lang]
    assert w["title"] in text and f"{w['proposals']}: 4" in text and w["printed_wording"] in text
    for jargon in ("canonical", "members", "score", "auto", "manual", "exact", "suggestion"):
        assert not re.search(rf"\b{jargon}\b", text.lower()), jargon
    assert not re.search(r"\b0[.,]\d\d\b", text)  # no raw scores
    assert not re.search(r"· (kk|ru|en) ·", text) and f"· {w['lang_ru']} ·" in text  # languages named, not coded
    other = [WORDS[x]["title"] for x in WORDS if x != lang]
    assert not any(t in text for t in other)


def test_html_lang_and_set_aside_section():
    raw = render_html(merge(PROPOSALS), {p.id: p for p in PROPOSALS}, MergeSettings(source_language="kk"))
    assert '<html lang="kk">' in raw
    text = page("ru", reject=True)
    assert "Не печатаются в сборнике: 1" in text and "Рекомендация R-G4-01 · отклонена · G4-01" in text
    assert "Причина: вне темы" in text and "Рекомендаций в сборнике: 2" in text


def test_the_merge_reasons_are_said_in_plain_words():
    assert reason("different numbers: 3 vs 5", "ru") == "различаются числа (3 / 5)"
    assert reason("negation in one text only", "kk") == "«емес» біреуінде ғана бар"
    assert reason("something new", "en") == "something new"
    assert reason("different groups: young vs women", "ru") == "они для разных групп людей (young / women)"


def test_every_reason_the_merge_gives_is_said_in_each_language():
    from recbook.merge.assemble import BY_LETTERS
    from recbook.merge.guards import BINDING_GUARD, DIRECTION_GUARD, NEGATION_GUARD, NUMBERS_GUARD
    from recbook.merge.similarity import BRIDGE_GUARD, COMMON_GUARD

    for why in (BY_LETTERS, BRIDGE_GUARD, COMMON_GUARD, DIRECTION_GUARD, NEGATION_GUARD, BINDING_GUARD,
                NUMBERS_GUARD + "3 vs 5"):
        for lang in ("kk", "ru", "en"):
            assert reason(why, lang) != why, (why, lang)
    assert reason(BY_LETTERS, "kk") == "бір-біріне ең жақыны: сол сөздер басқа тұлғада"


@pytest.mark.parametrize("kind", sorted(CONTRASTS))
def test_every_contrast_the_merge_reads_is_said_in_each_language(kind):
    a, b = list(CONTRASTS[kind])[:2]
    why = f"different {kind}: {a} vs {b}"  # similarity._contrast's wording
    for lang in ("kk", "ru", "en"):
        # said without its keys: "exempt" / "liable", "1" / "2" (months) name no word the reader wrote
        assert reason(why, lang) == WORDS[lang]["contrast"], (why, lang)
    assert reason("different ordinals: 5 vs 6", "ru") == "различаются числа (5 / 6)"


def test_csv_lists_set_aside_recommendations_with_their_reason():
    from recbook.render.review_csv import render_csv

    items = [YamlItem({"withdraw": "G4-01", "reason": "the group withdrew it"}, None)]
    result = merge(PROPOSALS, Decisions(tuple(parse_item(i, Report()) for i in items)))
    rows = render_csv(result, {p.id: p for p in PROPOSALS}).decode("utf-8-sig").splitlines()
    assert rows[-1].startswith("Not printed in the book,R-G4-01,,withdrawn by the group: the group withdrew it,"
                               "G4-01,R-G4-01,G4,ru,")


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_csv_speaks_the_source_language_as_the_page_does(lang):
    # its headers were English identifiers ("kind", "a_title", "alternative_decision"), its kinds and
    # reasons the merge's own ("look-alike", "different numbers: …") under a page in Russian or Kazakh
    import csv
    import io

    from recbook.render.review_csv import render_csv

    items = [YamlItem({"reject": "G4-01", "reason": "вне темы"}, None)]
    result = merge(PROPOSALS, Decisions(tuple(parse_item(i, Report()) for i in items)))
    data = render_csv(result, {p.id: p for p in PROPOSALS}, lang).decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(data, newline="")))
    w = WORDS[lang]
    assert header[:4] == {"ru": ["Вид", "Рекомендация", "Сходство", "Почему"],
                          "kk": ["Түрі", "Ұсыным", "Ұқсастық", "Себебі"],
                          "en": ["Kind", "Recommendation", "Similarity", "Why"]}[lang]
    assert [row[0] for row in rows] == [w["merged"], w["look_alikes"], w["set_aside"]]
    assert rows[1][3] == reason(result.look_alikes[0].reason, lang) == w["direction"]
    assert rows[2][3] == f"{w['rejected']}: вне темы"
    assert rows[1][16:] == ["'- {merge: [G1-01, G3-01], text_hash: " + rows[1][16].rsplit(" ", 1)[-1],
                            "'- {apart: [G1-01, G3-01], text_hash: " + rows[1][17].rsplit(" ", 1)[-1]]


def test_a_line_pasted_from_the_page_reads_cleanly_and_is_not_stale(tmp_path):
    from recbook.load.decisions import read_decisions
    from recbook.merge.decisions import stale_texts

    raw = render_html(merge(PROPOSALS), {p.id: p for p in PROPOSALS}, MergeSettings(source_language="ru"))
    lines = [html_lib.unescape(x) for x in re.findall(r"<pre>(.*?)</pre>", raw)]
    assert lines and all("text_hash: " in x for x in lines)
    path = tmp_path / "decisions.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    report = Report()
    decisions = read_decisions(path, [p.id for p in PROPOSALS], report)
    assert report.items == [] and len(decisions.items) == len(lines)
    assert stale_texts(decisions, {p.id: p for p in PROPOSALS}) == []


@pytest.mark.parametrize(("lang", "said"), [("ru", "различаются числа (1 и 4 / 2 и 4)"),
                                            ("kk", "сандары әртүрлі (1 және 4 / 2 және 4)"),
                                            ("en", "the numbers differ (1 and 4 / 2 and 4)")])
def test_the_numbers_of_a_look_alike_never_read_as_a_decimal(lang, said):
    # QA: «различаются числа (1,4 / 2,4)» on the page, the sheet and the CSV: in Russian «1,4» is the decimal 1.4
    pair = [prop("Law-03", "Сократить число отчетов НПО с 4 до 1 в год."),
            prop("Law-04", "Сократить число отчетов НПО с 4 до 2 в год.")]
    result = merge(pair)
    assert [reason(s.reason, lang) for s in result.look_alikes] == [said]
    out = render_html(result, {p.id: p for p in pair}, MergeSettings(source_language=lang))
    assert said in html_lib.unescape(out) and "1,4" not in out
    assert reason("different numbers: 1, 4 and 5 vs none", "ru") == "различаются числа (1, 4 и 5 / нет)"


def test_the_runs_warnings_are_listed_in_the_pages_language_around_recbooks_english(tmp_path):
    # QA: a page in Russian listed "warning: \"title\" has characters the book's fonts do not have …" verbatim
    # under «Решения, требующие внимания», though it is no decision. Each item now says in the page's language
    # what it is about and how serious, then where, then recbook's message as `recbook check` prints it
    from click.testing import CliRunner
    from conftest import copy_sample_project
    from recbook.cli import main

    project = copy_sample_project(tmp_path / "p")
    path = project / "inputs/proposals/group-6.yaml"
    text = path.read_text("utf-8")
    title = 'title: "Провести публичное обсуждение и анализ проекта закона о НПО"'
    path.write_text(text.replace(title, title[:-1] + ' 🚀"'), "utf-8")
    line = text[:text.index(title)].count("\n") + 1
    result = CliRunner().invoke(main, ["dedupe", "--project", str(project)])
    assert result.exit_code == 0, result.output
    printed = [x for x in result.stderr.splitlines() if "[text.no-glyph]" in x]
    assert len(printed) == 1 and printed[0].startswith(f"inputs/proposals/group-6.yaml:{line}:")
    where, _, message = printed[0].partition(": warning: ")
    raw = (project / "output/review.html").read_text("utf-8")
    shown = html_lib.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", raw, flags=re.S)))
    shown = re.sub(r"\s+", " ", shown)
    assert WORDS["ru"]["attention"] in shown and WORDS["ru"]["attention_how"] in shown
    assert f"знаки, которых нет в шрифтах сборника · предупреждение · {where} {message}" in shown
    assert f'<span lang="en">{message}</span>' in html_lib.unescape(raw)  # marked English for a screen reader
    assert "Решения, требующие внимания" not in shown and "warning:" not in shown


def test_a_note_names_what_it_is_about_in_each_language():
    from recbook.diagnostics import Location, warning
    from recbook.render.review_notes import notes

    found = [warning(Location("inputs/decisions.yaml", 7, 3), "merge names an unknown proposal X", "decisions.stale"),
             warning(Location("g.xlsx", cell="Лист!A7"), "row 7 is hidden in Excel", "xlsx.hidden-row"),
             warning(None, "something else", "render.memory")]
    assert [(n.about, n.severity, n.where, n.message) for n in notes(found, "kk")] == [
        ("шешімдер (decisions.yaml)", "ескерту", "inputs/decisions.yaml:7:3",
         "merge names an unknown proposal X [decisions.stale]"),
        ("кіріс файлын оқу", "ескерту", "g.xlsx:Лист!A7", "row 7 is hidden in Excel [xlsx.hidden-row]"),
        ("жоба", "ескерту", "", "something else [render.memory]")]
    assert [n.about for n in notes(found, "en")] == ["the decisions (decisions.yaml)", "reading an input file",
                                                     "the project"]
