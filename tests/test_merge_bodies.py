"""A body an ask is addressed to is a detail one text may leave out, never a reason to merge (bodies.py)."""

from __future__ import annotations

import pytest

from merge_helpers import FILLER, prop
from recbook.merge import merge
from recbook.merge.bodies import body_positions
from recbook.merge.features import make_variant, names_and_bodies
from recbook.merge.guards import same_name
from recbook.merge.similarity import score_variants

FIRST = ("Small non-profit organisations run by volunteers file several reports a year, often repeating "
         "the same figures. The group recommends that the Ministry of Finance merge these into a single "
         "annual electronic report for non-profits with an income below 10 million tenge.")
SECOND = ("Volunteers who keep the books of small NGOs spend weeks re-entering identical data every spring. "
          "We ask the Government to let small non-profits with an income below 10 million tenge file a "
          "single annual electronic report instead of several.")


def test_the_words_of_a_bodys_name_are_found_in_each_language():
    words = "The group recommends that the Ministry of Emergency Situations act".split()
    assert {words[i] for i in body_positions(words)} == {"Ministry", "of", "Emergency", "Situations"}
    kk = "Жұмыс тобы Төтенше жағдайлар министрлігіне ұсынады".split()
    assert {kk[i] for i in body_positions(kk)} == {"Төтенше", "министрлігіне"}
    named, bodies = names_and_bodies("", "Рабочая группа предлагает Министерству экологии и жителям Риддера.")
    assert "министерству" in bodies and "риддера" in named and "риддера" not in bodies


def test_an_english_body_named_before_its_institution_word_is_a_body():
    # "the Migration Committee": «migration» stayed a name, so a text addressed to the committee and one
    # addressed to no one were kept apart as "different names: migration vs …"
    words = "We recommend that the Migration Committee let them apply".split()
    assert {words[i] for i in body_positions(words)} == {"Migration", "Committee"}
    named, bodies = names_and_bodies("", "Residents of Almaty ask the Health Ministry and the Astana Committee.")
    assert {"health", "ministry", "committee"} <= bodies and "almaty" not in bodies and "astana" not in bodies


def test_a_place_named_beside_a_body_stays_a_name():
    named, bodies = names_and_bodies("", "We ask the akimat of Semey and the Ministry of Health to act.")
    assert "semey" in named and "semey" not in bodies


def test_two_texts_addressed_to_other_bodies_may_be_suggested_but_not_merged():
    a = make_variant("A", "en", "One report for small NGOs", FIRST, True)
    b = make_variant("B", "en", "One annual report for non-profits", SECOND, True)
    s = score_variants(a, b)
    assert s.guard.startswith("different names")  # never merged without a person
    assert s.absence  # but a body one text names is a detail the other leaves out: it may be suggested


def test_two_places_are_still_a_conflict():
    a = make_variant("A", "en", "", FIRST.replace("the Ministry of Finance", "the akimat of Semey"), True)
    b = make_variant("B", "en", "", FIRST.replace("the Ministry of Finance", "the akimat of Zaisan"), True)
    s = score_variants(a, b)
    assert s.guard.startswith("different names") and not s.absence


def test_the_first_word_of_a_later_ask_sentence_is_no_name():
    text = ("Судьи часто не находят переводчика. Предлагаем создать реестр судебных переводчиков. "
            "Это нужно сделать до 2027 года, и Верховный суд должен утвердить порядок.")
    ask = make_variant("P1", "ru", "", text, True).ask
    assert ask is not None and "это" not in ask.names and "верховный" in ask.names


def test_a_place_before_a_russian_or_english_institution_word_stays_a_name():
    # only a Kazakh possessive («министрлігі») is named by the words before it
    for text in ("Residents of Semey ask the ministry to build a hospital.",
                 "Жители Семея просят министерство построить больницу.",
                 "We ask the Government of Almaty region to build a hospital."):
        named, bodies = names_and_bodies("", text)
        assert named and not bodies & {"semey", "семея", "almaty"}, text


def test_two_towns_asking_the_ministry_are_not_suggested():
    a = ("Children with cancer travel for hours to be treated, and families pay for the trips themselves. "
         "Residents of Semey ask the ministry to build a children's oncology centre in the city.")
    b = ("Sick children spend whole days on the road to the regional hospital, and parents lose their jobs. "
         "People of Zaisan want the ministry to open a children's oncology centre in the town.")
    s = score_variants(make_variant("A", "en", "", a, True), make_variant("B", "en", "", b, True))
    assert s.guard.startswith("different names") and not s.absence


def test_a_short_name_meets_its_own_case_forms():
    # «Жоғарғы Сотқа» / «Жоғарғы Сот»: 'сотка' begins with 'сот', one court in two case forms
    a = make_variant("A", "kk", "", "Жұмыс тобы Жоғарғы Сотқа сот аудармашыларының тізілімін құруды ұсынады.", True)
    b = make_variant("B", "kk", "", "Тізілімді енгізу керек. Жоғарғы Сот сот аудармашыларының тізілімін енгізуі тиіс.", True)
    assert "different names" not in score_variants(a, b).guard
    c = make_variant("C", "kk", "", "Тізілімді енгізу керек. Жоғарғы Сот пен Арал ауданы тізілімін енгізуі тиіс.", True)
    d = make_variant("D", "kk", "", "Тізілімді енгізу керек. Жоғарғы Сот пен Балқаш ауданы тізілімін енгізуі тиіс.", True)
    assert score_variants(c, d).guard.startswith("different names")  # two places still differ


@pytest.mark.parametrize("a, b, lang", [
    # the first four letters alike were one name, and a short one was the start of any longer one
    ("Қарағанды қаласында жаңа мектеп салу керек.", "Қаратау қаласында жаңа мектеп салу керек.", "kk"),
    ("Построить новую школу в городе Караганде.", "Построить новую школу в городе Каратау.", "ru"),
    ("Построить новую школу в городе Жанаозен.", "Построить новую школу в городе Жанатас.", "ru"),
    ("Қызылорда ауданында жаңа аурухана салу керек.", "Қызылжар ауданында жаңа аурухана салу керек.", "kk"),
    ("Провести водопровод в посёлок Арал до конца года.", "Провести водопровод в посёлок Аралсор до конца года.", "ru"),
    ("Repair the old bridge in Ust district.", "Repair the old bridge in Ustyurt district.", "en"),
    ("Give the district youth award to Ali Nurlanovna this year.",
     "Give the district youth award to Alina Nurlanovna this year.", "en"),
    # a name one letter away was a typo (ratio 80, or a spelling variant's guard dropped)
    ("Lay a new water pipeline to the town of Aral.", "Lay a new water pipeline to the town of Oral.", "en"),
    ("Name the new school after Marat Ospanov, the local teacher.",
     "Name the new school after Murat Ospanov, the local teacher.", "en"),
    ("Жаңа мектепке Ерлан Оспановтың есімін беру керек.", "Жаңа мектепке Ержан Оспановтың есімін беру керек.", "kk"),
    # a town first in its sentence, before «қаласы», was no name
    ("Арал қаласына жаңа су құбырын тарту керек.", "Орал қаласына жаңа су құбырын тарту керек.", "kk"),
    ("Есік қаласына жаңа су құбырын тарту керек.", "Есіл қаласына жаңа су құбырын тарту керек.", "kk"),
])
def test_two_places_or_people_that_begin_alike_are_never_merged(a, b, lang):
    result = merge([prop("G1-01", a, lang), prop("G2-01", b, lang)])
    assert len(result.recommendations) == 2


@pytest.mark.parametrize("one, other", [
    ("сот", "сотка"), ("астана", "астане"), ("караганда", "караганды"), ("алматы", "алматыдагы"),
    ("алматы", "алматинской"), ("астана", "астанасында"), ("pavlodar", "pavladar"), ("aqtobe", "aktobe"),
    ("kazakhstan", "kazakhstani"), ("кордайский", "кордайском"), ("костанайский", "костанайском"),
    ("карагандинский", "карагандинская"), ("жамбылский", "жамбылскими"),
])
def test_a_name_meets_its_case_forms_and_typos(one, other):
    assert same_name(one, other)


@pytest.mark.parametrize("text", [
    "Әр ауданда жастар орталығын ашу қажет.", "Барлық ауданда жастар орталығын ашу керек.",
    "Біздің қалада жастар орталығы жоқ.", "Шалғай ауылдарда интернет жоқ.", "Each district needs a youth centre.",
    "every city should open one", "ауданда орталық ашу",  # a lowercase first word names nothing, not ""
])
def test_a_word_for_each_or_our_before_district_is_no_place(text):
    assert names_and_bodies(None, text)[0] == frozenset()


def test_asking_in_every_district_and_in_all_districts_is_one_ask():
    a = prop("G1-01", "Әр ауданда жастар орталығын ашу қажет.", "kk")
    b = prop("G2-01", "Барлық ауданда жастар орталығын ашу қажет.", "kk")
    result = merge([a, b, *FILLER])
    assert not [s for s in result.look_alikes if s.reason.startswith("different names")]


@pytest.mark.parametrize("one, other", [("каратау", "каратал"), ("аральск", "уральск")])
def test_two_places_the_gazetteer_knows_are_no_typo_of_each_other(one, other):
    assert not same_name(one, other)
    assert same_name(one, one[:-1] + "ы" if one.endswith("а") else one + "а")  # its case form still is


def test_a_misspelt_place_is_still_the_place():
    assert same_name("павлодар", "павладар")  # «Павладар» is no other place: a typo


@pytest.mark.parametrize("a, b", [
    ("Каратау: построить новую школу на 300 мест.", "Каратал: построить новую школу на 300 мест."),
    ("Аральск: открыть центр занятости для молодёжи.", "Уральск: открыть центр занятости для молодёжи."),
])
def test_the_same_ask_for_two_towns_one_letter_apart_is_never_merged(a, b):
    assert len(merge([prop("G1-01", a), prop("G2-01", b), *FILLER]).recommendations) == len(FILLER) + 2
