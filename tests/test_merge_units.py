"""The unit a number counts (merge/units.py): "3 years" and "3 months" are two amounts, in kk/ru/en."""

from __future__ import annotations

import pytest

from merge_helpers import FILLER, prop
from recbook.merge import merge
from recbook.merge.features import make_variant, word_info
from recbook.merge.units import unit_clash, unit_of


@pytest.mark.parametrize("word, lang, unit", [
    ("лет", "ru", "year"), ("года", "ru", "year"), ("жылға", "kk", "year"), ("years", "en", "year"),
    ("месяцев", "ru", "month"), ("айға", "kk", "month"), ("ай", "kk", "month"), ("months", "en", "month"),
    ("дней", "ru", "day"), ("суток", "ru", "day"), ("күн", "kk", "day"), ("days", "en", "day"),
    ("часов", "ru", "hour"), ("сағат", "kk", "hour"), ("минут", "ru", "minute"), ("тенге", "ru", "money"),
    ("теңге", "kk", "money"), ("километров", "ru", "length"), ("шақырым", "kk", "length"),
    ("гектаров", "ru", "area"), ("hectares", "en", "area"), ("км", "ru", "length"), ("km", "en", "length"),
    ("miles", "en", "mile"), ("миль", "ru", "mile"), ("mph", "en", "mile"),
])
def test_a_unit_is_one_family_in_every_language(word, lang, unit):
    from recbook.merge.normalize import fold_kk, normalize

    assert unit_of(word_info(fold_kk(normalize(word)), lang).stem) == unit


@pytest.mark.parametrize("word, lang", [
    ("части", "ru"), ("деньги", "ru"), ("летом", "ru"), ("айтты", "kk"), ("айыппұл", "kk"), ("метро", "en"),
    ("город", "ru"), ("күнделікті", "kk"),
])
def test_words_that_begin_like_a_unit_are_none(word, lang):
    from recbook.merge.normalize import fold_kk, normalize

    assert unit_of(word_info(fold_kk(normalize(word)), lang).stem) is None


def units(text: str, lang: str) -> frozenset[tuple[str, str]]:
    return make_variant("X", lang, "", text, True).units


def test_a_number_counts_the_unit_after_it():
    assert units("Продлить срок гранта до 3 лет.", "ru") == {("3", "year")}
    assert units("Өтініштерге үш жұмыс күні ішінде жауап беру.", "kk") == {("3", "day")}
    assert units("Raise the grant to 500,000 tenge for 2 years.", "en") == {("500000", "money"), ("2", "year")}
    assert units("Открыть 3 новые школы.", "ru") == frozenset()  # schools are no unit: compared by value


def test_one_number_of_two_units_clashes_and_one_unit_in_two_languages_does_not():
    assert unit_clash(units("до 3 лет", "ru"), units("до 3 месяцев", "ru")) == "3 year vs 3 month"
    assert unit_clash(units("до 3 лет", "ru"), units("up to 3 years", "en")) == ""
    assert unit_clash(units("3 жыл", "kk"), units("3 года", "ru")) == ""
    assert unit_clash(units("до 3 лет", "ru"), units("до 3 школ", "ru")) == ""  # no unit on one side


@pytest.mark.parametrize("a, b, lang", [
    ("Продлить срок гранта до 3 лет.", "Продлить срок гранта до 3 месяцев.", "ru"),
    ("Extend the grant period to 2 years.", "Extend the grant period to 2 months.", "en"),
    ("Грант мерзімін 3 жылға дейін ұзарту.", "Грант мерзімін 3 айға дейін ұзарту.", "kk"),
    # two speed limits (merged before: kilometres and miles were one family, «км» none)
    ("Set the speed limit near schools at 60 km/h.", "Set the speed limit near schools at 60 mph.", "en"),
    ("Ограничить скорость у школ до 60 км/ч.", "Ограничить скорость у школ до 60 миль в час.", "ru"),
])
def test_one_value_of_two_units_is_never_merged(a, b, lang):
    result = merge([prop("G1-01", a, lang), prop("G2-01", b, lang), *FILLER])
    assert len(result.recommendations) == len(FILLER) + 2
    shown = result.suggestions + result.look_alikes
    assert [s.reason for s in shown if {s.a, s.b} == {"G1-01", "G2-01"}][0].startswith("different numbers")
