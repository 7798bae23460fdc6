"""Compounds with a productive first part are split (медиа + сауаттылық), and Kazakh voicing is undone."""

from __future__ import annotations

import pytest

from merge_helpers import prop, suggested
from recbook.merge import merge
from recbook.merge.features import make_variant, parts, stem
from recbook.merge.glossary import concept


@pytest.mark.parametrize("word, lang, split", [
    ("медиасауаттылык", "kk", ("медиа", "сауаттылык")), ("медиаграмотности", "ru", ("медиа", "грамотности")),
    ("экотуризм", "ru", ("эко", "туризм")), ("агротуризм", "ru", ("агро", "туризм")),
    ("кибербезопасность", "ru", ("кибер", "безопасность")), ("cybersecurity", "en", ("cyber", "security")),
    ("ecotourism", "en", ("eco", "tourism")), ("telemedicine", "en", ("tele", "medicine")),
])
def test_a_known_first_part_is_split_off_when_the_rest_is_a_term(word, lang, split):
    assert parts(word, lang) == split


@pytest.mark.parametrize("word, lang", [
    ("экономика", "ru"), ("экология", "ru"), ("автобус", "ru"), ("биография", "ru"), ("телефон", "ru"),
    ("госуслуги", "ru"), ("economy", "en"), ("agriculture", "en"), ("медиатор", "ru"),
])
def test_words_that_only_begin_like_a_compound_stay_whole(word, lang):
    assert parts(word, lang) == (word,)


def test_media_literacy_meets_in_three_languages_before_any_translation():
    texts = {"kk": "Мектептерде медиасауаттылық сабағын енгізу.", "ru": "Ввести уроки медиаграмотности в школах.",
             "en": "Introduce media literacy lessons in schools."}
    bridges = [make_variant(lang, lang, None, t, True).bridge for lang, t in texts.items()]
    assert {"media", "literacy", "school", "lesson"} <= bridges[0] & bridges[1] & bridges[2]


def test_media_literacy_lessons_are_suggested_across_kk_and_ru():
    others = [prop(f"G3-{n:02d}", t) for n, t in enumerate((
        "Открыть ресурсный центр для НКО в каждом районе.", "Снизить налоги для социальных предприятий.",
        "Ввести бесплатный проезд для студентов.", "Создать реестр волонтёров при акиматах."))]
    result = merge([prop("G1-01", "Мектептерде медиасауаттылық сабағын енгізу.", "kk"),
                    prop("G2-01", "Ввести уроки медиаграмотности в школах."), *others])
    assert ("G1-01", "G2-01") in suggested(result)


@pytest.mark.parametrize("word, root, term", [
    ("сабагын", "сабак", "lesson"), ("женилдигин", "женил", "tax_break"), ("китабы", "китап", "book"),
])
def test_kazakh_root_final_voicing_before_a_vowel_is_undone(word, root, term):
    assert stem(word, "kk") == root and concept(word, "kk") == term
