"""Typography of the printed book, in each language (issue 10): spaces, hyphens, quotes, lists."""

from __future__ import annotations

import pytest

from book_factory import make_book
from recbook.localize.typography import dashes, join_names, no_break, quotes, typeset

NB, NBH, WJ = "\u00a0", "\u2011", "\u2060"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("kk", "3-жұмыс тобы", f"3{NBH}жұмыс тобы"),
    ("kk", "1.1-ұсыным", f"1.1{NBH}ұсыным"),
    ("ru", "2-й этап", f"2{NBH}й этап"),
    ("en", "a 3-year grant", f"a 3{NBH}year grant"),
])
def test_an_ordinal_keeps_its_hyphen_unbroken(lang, text, expected):
    assert no_break(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("kk", "гранттың 20 % бөлігі", f"гранттың 20{NB}% бөлігі"),
    # a word joiner after a range's dash: a line broke after «3–» in the kk foreword
    ("kk", "алдағы 3–5 жылда", f"алдағы 3–{WJ}5{NB}жылда"),
    ("ru", "на ближайшие 3–5 лет", f"на ближайшие 3–{WJ}5{NB}лет"),
    ("en", "for the next 3–5 years", f"for the next 3–{WJ}5{NB}years"),
    ("en", "in 2023–2031", f"in 2023–{WJ}2031"),
    ("en", "grants–5", "grants–5"),  # no range
    ("ru", "приказ № 36", f"приказ №{NB}36"),
    ("kk", "ұйымдар — серіктестер", f"ұйымдар{NB}— серіктестер"),
    ("ru", "НПО – партнеры", f"НПО{NB}– партнеры"),
    ("en", "grants — not loans", f"grants{NB}— not loans"),
])
def test_no_break_spaces_after_numbers_and_signs_and_before_dashes(lang, text, expected):
    assert no_break(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the ru annex printed «… · Рекомендация» and «1.3» alone on the next line; the en «Proposed by»
    # line broke «Working Group» / «5 — Youth and volunteering»
    ("ru", "Молодежь и волонтерство · Рекомендация 1.3", f"Молодежь и{NB}волонтерство · Рекомендация{NB}1.3"),
    ("en", "Working Group 5 — Youth", f"Working Group{NB}5{NB}— Youth"),
    ("ru", "Рабочая группа 2 — Взаимодействие", f"Рабочая группа{NB}2{NB}— Взаимодействие"),
    ("en", "SDG 16", f"SDG{NB}16"),
    ("en", "in 2023–2031", f"in 2023–{WJ}2031"),  # a range is held by its word joiner alone
    ("en", "grants for 3 years", f"grants for 3{NB}years"),  # a number inside a sentence: only what it counts
])
def test_a_number_that_ends_a_label_stays_with_the_word_before_it(lang, text, expected):
    assert no_break(text, lang) == expected


def test_russian_one_letter_prepositions_and_conjunctions_stay_with_the_next_word():
    text = "Работа в регионах и с НПО, а также к 2030 году у нас"
    assert no_break(text, "ru") == f"Работа в{NB}регионах и{NB}с{NB}НПО, а{NB}также к{NB}2030{NB}году у{NB}нас"
    assert no_break("в регионах", "kk") == "в регионах"  # a Russian rule, not applied to other languages


def test_no_break_spaces_already_written_survive_into_the_book():
    book = make_book("ru")
    assert f"1{NB}500{NB}₸" in book.directions[0].recommendations[0].body[0].value


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("kk", 'Қауымдастық "АРГО" және "Жастар "Болашақ" одағы"', "Қауымдастық «АРГО» және «Жастар „Болашақ“ одағы»"),
    ("ru", 'фонд "Мир" и "Союз "Новый день""', "фонд «Мир» и «Союз „Новый день“»"),
    ("en", 'the "ARGO" association\'s "Youth \'Bolashak\' Union"',
     "the “ARGO” association’s “Youth ‘Bolashak’ Union”"),
])
def test_straight_quotes_and_apostrophes_become_typographic(lang, text, expected):
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # English quotes in kk or ru text: the language's, at their depth, as straight ones become
    ("kk", "“ашық” конкурс", "«ашық» конкурс"),
    ("ru", "«Закон “о НПО”» и “a “b” c”", "«Закон „о НПО“» и «a „b“ c»"),
    ("ru", '"Закон “о НПО”"', "«Закон „о НПО“»"),
    ("ru", "„старое“ и “без пары", "„старое“ и “без пары"),  # ru's own inner quotes; a stray mark as typed
    ("en", "the “open” call", "the “open” call"),
])
def test_english_quotes_in_kazakh_and_russian_text_become_the_languages(lang, text, expected):
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("икемді ету - тақырыптарды", "икемді ету — тақырыптарды"),
    ("2025 - жыл, «АРГО» - серіктес", "2025 — жыл, «АРГО» — серіктес"),
    ("2025-2027 жылдары, 1990-2000", "2025–2027 жылдары, 1990–2000"),
    # as typed: a minus or a spaced range, a list's hyphen, one number, a date, a chain, a code, a URL's
    ("10 - 3, 2025 - 2027:\n - бірінші, 2027-2025, 2025-09-26, 2019-2020-2021, № 2019-2020, 1.2019-2020",
     "10 - 3, 2025 - 2027:\n - бірінші, 2027-2025, 2025-09-26, 2019-2020-2021, № 2019-2020, 1.2019-2020"),
    ("3-5 жыл, статья 5-1, ҮЕҰ-лар, экс-әкім", "3-5 жыл, статья 5-1, ҮЕҰ-лар, экс-әкім"),
])
def test_a_spaced_hyphen_becomes_the_clause_dash_and_a_year_range_takes_an_en_dash(text, expected):
    assert dashes(text) == expected


def test_an_address_keeps_its_hyphens():
    assert typeset("https://argo.kz/2019-2020 - архив", "kk") == f"https://argo.kz/2019-2020{NB}— архив"


def test_markup_quotes_are_typeset_but_printed_literally():
    assert quotes('<img src="x">', "en") == "<img src=“x”>"


@pytest.mark.parametrize(("lang", "items", "expected"), [
    ("kk", ["А", "Б"], "А және Б"),
    ("kk", ["А", "Б", "В"], "А, Б және В"),
    ("ru", ["А", "Б", "В"], "А, Б и В"),
    ("en", ["A", "B", "C"], "A, B and C"),  # en-GB: no serial comma
    ("kk", ["Мәдениет және ақпарат министрлігі", "Әкімдіктер"], "Мәдениет және ақпарат министрлігі; Әкімдіктер"),
    ("ru", ["Министерство культуры и информации", "Акиматы", "НПО"],
     "Министерство культуры и информации; Акиматы; НПО"),
    ("en", ["Ministry of Culture and Information", "Akimats"], "Ministry of Culture and Information; Akimats"),
    ("en", ["Working group 1"], "Working group 1"),
])
def test_lists_join_the_editors_way_and_use_semicolons_when_a_name_contains_the_conjunction(lang, items, expected):
    assert join_names(items, lang) == expected


def test_typeset_is_idempotent():
    once = typeset('"Жастар" “Болашақ” 3-жұмыс тобы 20 % - в регионах 2025-2027', "ru")
    assert typeset(once, "ru") == once


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_printed_string_of_the_book_is_typeset(lang):
    book = make_book(lang)
    assert f"2025{NB}" in book.date_label or f"26{NB}" in book.date_label
    for d in book.directions:
        for r in d.recommendations:
            assert all('"' not in t.value for t in r.body)
            assert f"№{NB}36" in r.body[0].value


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a query's quotes became «1»: the address no longer worked when copied
    ("ru", 'См. https://gov.kz/path?x="1"&y=it\'s и "этап"', 'См. https://gov.kz/path?x="1"&y=it\'s и\u00a0«этап»'),
    ("ru", 'Сайт "https://argo.kz/a-1" работает', "Сайт «https://argo.kz/a-1» работает"),
    ("kk", 'www.argo.kz/3-bet және "осы"', "www.argo.kz/3-bet және «осы»"),
    ("en", "write to info-2@argo.kz or 'us'", "write to info-2@argo.kz or “us”"),
    # an address that ends a quotation or a sentence: the closing marks are the prose's
    ("ru", '"Читайте https://gov.kz"', "«Читайте https://gov.kz»"),
    ("en", '"Read https://gov.kz" now.', "“Read https://gov.kz” now."),
    ("kk", '"Портал www.egov.kz".', "«Портал www.egov.kz»."),
])
def test_web_and_email_addresses_are_printed_as_typed(lang, text, expected):
    assert typeset(text, lang) == expected
