"""The field vocabulary of the concept lexicon (merge/concepts_fields.py): one thing written in kk,
ru and en is one concept, and common unrelated words that share a beginning with an entry are left
alone (what every block keeps to, parsing included: test_concept_blocks.py)."""

from __future__ import annotations

import pytest

from merge_helpers import FILLER, prop, suggested
from recbook.merge import concepts_fields, glossary, merge
from recbook.merge.normalize import fold_kk, normalize


def concept_of(word: str, language: str) -> str | None:
    """Return the concept of a word as typed, folded as the merge folds it."""
    return glossary.concept(fold_kk(normalize(word)), language)


@pytest.mark.parametrize(("ru", "kk", "en"), [
    ("микрозаймов", "микроқаржылық", "microloans"),
    ("коллекторских", "коллекторлық", "overdue"),
    ("банкротства", "банкроттық", "bankruptcy"),
    ("ломбарды", "ломбардтар", "pawnshops"),
    ("букмекерских", "букмекерлік", "bookmakers"),
    ("аферистов", "алдаудың", "swindlers"),
    ("банкоматов", "банкоматтар", "ATMs"),
    ("самолётов", "ұшақтар", "airplanes"),  # native words, not the loanword «авиа»
    ("горнолыжного", "шаңғы", "skiing"),
    ("кемпинги", "кемпинг", "campsites"),
    ("сувениров", "кәдесыйлар", "souvenirs"),
    ("ущелье", "шатқалда", "mountains"),
    ("гостевых", "мейманхана", "guesthouses"),
    ("кошек", "мысықтар", "cats"),
    ("бродячих", "қаңғыбас", "homeless"),
    ("чипирование", "чиптеу", "microchipping"),
    ("стерилизации", "стерилизациялау", "neutering"),
    ("намордника", "тұмылдырық", "muzzles"),
    ("зоопарка", "хайуанаттар", "zoos"),
    ("бешенства", "құтыру", "rabies"),
    ("паролей", "құпиясөз", "passwords"),
    ("хакеров", "хакерлер", "hackers"),
    ("смартфонов", "смартфондар", "smartphones"),
    ("вышки", "мұнаралар", "towers"),
    ("блогеров", "блогерлер", "bloggers"),
    ("паломничества", "қажылық", "pilgrimage"),
    ("экстремизма", "экстремизмге", "extremism"),
    ("шахматы", "тоғызқұмалақ", "chess"),
    ("рождаемости", "демографиялық", "demographic"),
    ("интернет", "ғаламтор", "wifi"),
    ("кочевников", "көшпелілер", "nomads"),
    ("кошельки", "әмиян", "wallets"),
    ("некачественных", "сапасыз", "defective"),  # the Kazakh word, not only the loan
])
def test_one_thing_in_three_languages_is_one_concept(ru: str, kk: str, en: str) -> None:
    found = {concept_of(ru, "ru"), concept_of(kk, "kk"), concept_of(en, "en")}
    assert len(found) == 1 and None not in found, found


@pytest.mark.parametrize(("word", "language", "not_concept"), [
    ("investigation", "en", "investment"),
    ("photovoltaic", "en", "photo"),  # solar panels
    ("фотоэлектрических", "ru", "photo"),
    ("cryptography", "en", "crypto"),
    ("martial", "en", "martial_arts"),  # martial law
    ("gorgeous", "en", "mountain"),
    ("acquiring", "en", "cashless"),  # acquiring skills
    ("adopt", "en", "adoption"),  # adopt a law
    ("residency", "en", "residence_permit"),  # a medical residency
    ("feedback", "en", "fodder"),
    ("telecommuting", "en", "telecom"),
    ("карательные", "ru", "martial_arts"),  # punitive, not karate
    ("забегая", "ru", "running"),  # «забегая вперёд»
    ("кустарники", "ru", "craft"),  # shrubs
    ("перевалочный", "ru", "mountain"),  # a transshipment point
    ("намазать", "ru", "religion"),  # to spread
    ("скачки", "ru", "equestrian"),  # «скачки цен / напряжения», price or voltage jumps
    ("телекомпания", "ru", "telecom"),  # a TV company
    ("пирамида", "ru", "fraud"),  # the age pyramid
    ("вклад", "ru", "savings"),  # «вклад в развитие», a contribution
    ("терминал", "ru", "atm"),  # an airport's as often
    ("комиссия", "ru", "price"),  # a committee
    ("повод", "ru", "muzzle_leash"),  # a reason
    ("пилотный", "ru", "aircraft"),  # a pilot project
    ("материалы", "ru", "pregnancy"),
    ("радиоактивных", "ru", "radio"),
    ("подъемник", "ru", "ski"),  # a lift for wheelchairs as often
    ("шатқалаң", "kk", "mountain"),  # chaos
    ("құмарлық", "kk", "addiction"),  # a passion (for reading)
    ("туғандар", "kk", "demography"),  # relatives
    ("әкелер", "kk", "father"),  # "will bring"
    ("сатып", "kk", "consumer"),  # «сатып алу» stays procurement
    ("сим", "kk", "telecom"),  # СІМ, the foreign ministry
    ("мультикультурализма", "ru", "cartoon"),
    ("шебер", "kk", "craft"),  # "skilful"
    ("vets", "en", "veterinary"),  # veterans as often
])
def test_unrelated_words_sharing_a_beginning_are_left_alone(word: str, language: str, not_concept: str) -> None:
    assert concept_of(word, language) != not_concept


def test_no_prefix_is_shorter_than_four_letters_unless_whole() -> None:
    short = [(name, lang, word) for name, lang, word, whole in glossary.lexicon_lines(concepts_fields.TEXT)
             if not whole and len(word) < 4]
    assert short == []


def test_gambling_joins_the_addiction_it_already_named() -> None:
    """"gambling" was addiction's (concepts.py): casinos and bookmakers join it, not a twin concept."""
    assert concept_of("gambling", "en") == concept_of("казино", "ru") == concept_of("лотерея", "kk") == "addiction"


@pytest.mark.parametrize(("a", "b"), [
    (prop("A-1", "Защитить обманутых заемщиков от ростовщиков."),
     prop("B-1", "Алданған қарыз алушыларды өсімқорлардан қорғау.", "kk")),
    (prop("A-1", "Обязать хозяев выгуливать собак в намордниках."),
     prop("B-1", "Ит иелерін иттерді тұмылдырықпен серуендетуге міндеттеу.", "kk")),
    (prop("A-1", "Бороться с мошенниками, которые взламывают пароли."),
     prop("B-1", "Құпиясөздерді бұзатын алаяқтармен күресу.", "kk")),
    (prop("A-1", "Поставить вышки сотовой связи в горных сёлах."),
     prop("B-1", "Put up mobile phone towers in mountain villages.", "en")),
    (prop("A-1", "Бесплатно стерилизовать бездомных кошек."),
     prop("B-1", "Қаңғыбас мысықтарды тегін піштіру.", "kk")),
])
def test_asks_in_two_languages_without_translation_meet_on_field_concepts(a, b) -> None:
    """Neither pair was suggested before the field lexicon: they share no loanword, only native words."""
    assert ("A-1", "B-1") in suggested(merge([a, b, *FILLER]))
