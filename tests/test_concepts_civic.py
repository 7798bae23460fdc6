"""The civic vocabulary of the concept lexicon (merge/concepts_civic.py): one thing written in kk,
ru and en is one concept, and common unrelated words that share a beginning with an entry are left
alone (what every block keeps to, parsing included: test_concept_blocks.py)."""

from __future__ import annotations

import pytest

from merge_helpers import FILLER, prop, suggested
from recbook.merge import glossary, merge
from recbook.merge.normalize import fold_kk, normalize


def concept_of(word: str, language: str) -> str | None:
    """Return the concept of a word as typed, folded as the merge folds it."""
    return glossary.concept(fold_kk(normalize(word)), language)


@pytest.mark.parametrize(("ru", "kk", "en"), [
    ("предупреждение", "ескерту", "warning"),
    ("оснащение", "жабдықтау", "equipment"),
    ("координации", "үйлестіру", "coordination"),
    ("расписание", "кестесі", "timetable"),
    ("оценки", "бағалау", "assessment"),
    ("защиты", "қорғау", "protection"),
    ("уборка", "тазалау", "cleaning"),
    ("доставки", "жеткізу", "delivery"),
    ("сообщения", "хабарламалар", "messages"),
    ("телефону", "қоңырау", "hotline"),
    ("удостоверение", "куәлігі", "certificate"),
    ("скамейки", "орындықтар", "benches"),
    ("туалеты", "дәретханалар", "toilets"),
    ("ограждение", "қоршау", "fencing"),
    ("зимой", "қыста", "winter"),
    ("ночью", "түнде", "night"),
    ("родителей", "ата", "parents"),
    ("владельцев", "иелері", "owners"),
    ("пассажиров", "жолаушылар", "passengers"),
    ("потребителей", "тұтынушылар", "consumers"),
    ("специалистов", "мамандар", "specialists"),
    ("кладбища", "зираттың", "cemetery"),
    ("посольства", "елшілігі", "embassies"),
    ("квалификации", "біліктілігін", "qualifications"),  # Kazakh к voiced before a vowel: біліктілік + ін
    ("нарушения", "бұзушылықтар", "violations"),
    ("преступлений", "қылмыстар", "crimes"),
    ("ответственность", "жауапкершілік", "responsibility"),  # no longer the concept of "answer"
])
def test_one_thing_in_three_languages_is_one_concept(ru: str, kk: str, en: str) -> None:
    found = {concept_of(ru, "ru"), concept_of(kk, "kk"), concept_of(en, "en")}
    assert len(found) == 1 and None not in found, found


@pytest.mark.parametrize(("word", "language", "not_concept"), [
    ("плакать", "ru", "poster"),  # "to cry"
    ("замерзнуть", "ru", "measurement"),  # "to freeze"
    ("дождаться", "ru", "rain"),  # "to wait for"
    ("погоди", "ru", "weather"),  # "wait!"
    ("подряд", "ru", "contractor"),  # "in a row"
    ("собирается", "ru", "collection"),  # "is going to"
    ("складывается", "ru", "storage"),  # "takes shape"
    ("свидетельствует", "ru", "certificate"),  # "shows"
    ("морозов", "ru", "cold"),  # a surname as often as a frost
    ("measures", "en", "measurement"),  # policy measures
    ("parentheses", "en", "parents"),
    ("infantry", "en", "infant"),
    ("trailer", "en", "trail"),
    ("adultery", "en", "adult"),
    ("collective", "en", "collection"),
    ("installment", "en", "install"),  # a payment
    ("ешкім", "kk", "livestock"),  # "nobody", not a goat
    ("бөлмеу", "kk", "room"),  # "not to divide"
    ("жазады", "kk", "punishment"),  # "writes"
    ("қорғалжын", "kk", "protection"),  # a place
    ("автомобильных", "ru", "phone"),  # «авто» + «мобильных» is a car, not a mobile phone
    ("мобильности", "ru", "phone"),  # mobility
    ("protestant", "en", "protest"),
    ("встречается", "ru", "meeting"),  # "occurs"
    ("утверждает", "ru", "approval"),  # "claims"
    ("clean", "en", "cleaning"),  # clean air is asked for, not a cleaning
    ("ыстық", "kk", "heatwave"),  # «ыстық тамақ», hot meals
    ("customs", "en", "customs"),  # "customs and traditions" as often as the border's
    ("foster", "en", "guardianship"),  # "foster dialogue"
    ("сопровождается", "ru", "escort"),  # "is accompanied by"
    ("entrance", "en", "entrance"),  # "entrance exams"
    ("садов", "ru", "garden"),  # «детских садов», of kindergartens
    ("өлшемдері", "kk", "measurement"),  # «іріктеу өлшемдері», selection criteria
])
def test_unrelated_words_sharing_a_beginning_are_left_alone(word: str, language: str, not_concept: str) -> None:
    assert concept_of(word, language) != not_concept


def test_a_longer_beginning_takes_its_words_from_a_shorter_one() -> None:
    """Residents are people, not housing; a settlement is a place, not its population."""
    assert concept_of("тұрғындары", "kk") == concept_of("жителей", "ru") == "population"
    assert concept_of("тұрғын", "kk") == "housing"
    assert concept_of("населенных", "ru") == "rural"
    assert concept_of("халықаралық", "kk") == "international"
    assert concept_of("buildings", "en") == "premises" and concept_of("building", "en") == "construction"


@pytest.mark.parametrize(("a", "b"), [
    (prop("A-1", "Саябақтарда орындықтар, дәретханалар мен қоршаулар орнату.", "kk"),
     prop("B-1", "Install benches, toilets and fences in parks.", "en")),
    (prop("A-1", "Предупреждать жителей по SMS о паводке и морозах, сообщения дублировать по телефону."),
     prop("B-1", "Тұрғындарға су тасқыны мен аяз туралы хабарлама арқылы ескерту.", "kk")),
])
def test_asks_in_two_languages_without_translation_meet_on_civic_concepts(a, b) -> None:
    """Neither pair was suggested before the civic lexicon: their shared words are everyday ones."""
    assert ("A-1", "B-1") in suggested(merge([a, b, *FILLER]))
