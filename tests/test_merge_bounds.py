"""Bounds on a number ("at least" / "no more than") are one concept each in kk/ru/en, never a negation."""

from __future__ import annotations

import pytest

from merge_helpers import prop
from recbook.merge import merge
from recbook.merge.features import make_variant
from recbook.merge.similarity import bridge, score_variants

AT_LEAST = [
    ("en", "Consultations must last at least 30 days."), ("en", "Consultations must last no less than 30 days."),
    ("en", "Consultations must last not less than 30 days."), ("en", "Boards of no fewer than 5 members."),
    ("en", "A minimum of 30 days for consultations."), ("en", "Consultations: minimum 30 days."),
    ("en", "Consultations of 30 days or more."),
    ("ru", "Обсуждение не менее 30 дней."), ("ru", "Обсуждение не меньше 30 дней."),
    ("ru", "Обсуждение как минимум 30 дней."), ("ru", "Обсуждение минимум 30 дней."),
    ("ru", "Обсуждение не менее чем 30 дней."),
    ("kk", "Талқылау кемінде 30 күн."), ("kk", "Талқылау ең кемі 30 күн."),
    ("kk", "Талқылау 30 күннен кем емес."), ("kk", "Талқылау мерзімі 30 күннен кем болмауы тиіс."),
]
AT_MOST = [
    ("en", "Consultations must last at most 30 days."), ("en", "Consultations must last no more than 30 days."),
    ("en", "Consultations of up to 30 days."), ("en", "A maximum of 30 days for consultations."),
    ("ru", "Обсуждение не более 30 дней."), ("ru", "Обсуждение не больше 30 дней."),
    ("ru", "Обсуждение максимум 30 дней."), ("ru", "Сроки, не превышающие 30 дней."),
    ("kk", "Талқылау 30 күннен көп емес."), ("kk", "Талқылау ең көбі 30 күн."),
    ("kk", "Талқылау 30 күннен аспауы тиіс."), ("kk", "Талқылау 30 күннен артық емес."),
]


@pytest.mark.parametrize("lang, text", AT_LEAST)
def test_every_lower_bound_is_the_concept_at_least_and_no_negation(lang, text):
    v = make_variant("X", lang, None, text, True)
    assert "at_least" in v.concepts and "at_most" not in v.concepts
    assert v.negations == 0 and v.direction == 0


@pytest.mark.parametrize("lang, text", AT_MOST)
def test_every_upper_bound_is_the_concept_at_most_and_no_negation(lang, text):
    v = make_variant("X", lang, None, text, True)
    assert "at_most" in v.concepts and "at_least" not in v.concepts
    assert v.negations == 0 and v.direction == 0


def test_a_minimum_wage_or_subsistence_minimum_is_no_bound():
    for lang, text in (("en", "Raise the minimum wage."), ("ru", "Повысить прожиточный минимум.")):
        assert not make_variant("X", lang, None, text, True).concepts & {"at_least", "at_most"}


@pytest.mark.parametrize("lang, least, most", [
    ("en", "Public consultations on every draft law should last at least 30 days.",
     "Public consultations on every draft law should last no more than 30 days."),
    ("ru", "Общественное обсуждение каждого законопроекта должно длиться не менее 30 дней.",
     "Общественное обсуждение каждого законопроекта должно длиться не более 30 дней."),
    ("kk", "Әр заң жобасын қоғамдық талқылау кемінде 30 күнге созылуы тиіс.",
     "Әр заң жобасын қоғамдық талқылау 30 күннен аспауы тиіс."),
])
def test_at_least_and_at_most_are_never_merged(lang, least, most):
    result = merge([prop("G1-01", least, lang), prop("G2-01", most, lang)])
    assert len(result.recommendations) == 2 and result.suggestions == ()
    assert "different bounds" in score_variants(make_variant("a", lang, None, least, True),
                                                make_variant("b", lang, None, most, True)).guard


@pytest.mark.parametrize("lang, a, b", [
    ("en", "Public consultations on every draft law should last at least 30 days.",
     "Public consultations on every draft law should last no less than 30 days."),
    ("ru", "Общественное обсуждение каждого законопроекта должно длиться не менее 30 дней.",
     "Общественное обсуждение каждого законопроекта должно длиться как минимум 30 дней."),
    ("kk", "Әр заң жобасын қоғамдық талқылау кемінде 30 күнге созылуы тиіс.",
     "Әр заң жобасын қоғамдық талқылау 30 күннен кем емес созылуы тиіс."),
])
def test_two_wordings_of_one_lower_bound_merge(lang, a, b):
    result = merge([prop("G1-01", a, lang), prop("G2-01", b, lang)])
    assert len(result.recommendations) == 1


def test_the_bound_meets_across_languages_before_any_translation():
    kk = make_variant("A", "kk", None, "Шалғай ауылдарға жылжымалы медициналық бригадаларды айына кемінде бір рет жіберу.", True)
    en = make_variant("B", "en", None, "Send mobile medical teams to remote villages at least once a month.", True)
    assert {"at_least", "medical", "rural"} <= kk.bridge & en.bridge
    assert bridge(kk, en).score > 0


@pytest.mark.parametrize("lang, simpler, other", [
    ("en", "Simplify grant reporting for small NGOs.", "Less paperwork in grant reporting for small NGOs."),
    ("ru", "Упростить отчётность по грантам для малых НКО.", "Сократить отчётность по грантам для малых НКО."),
    ("kk", "Шағын ҮЕҰ үшін грант есептілігін оңайлату.", "Шағын ҮЕҰ үшін грант есептілігін азайту."),
])
def test_simpler_paperwork_asks_for_less_like_less_paperwork(lang, simpler, other):
    assert make_variant("a", lang, None, simpler, True).direction == -1
    assert make_variant("b", lang, None, other, True).direction == -1
    tighter = {"en": "Tighten grant reporting for small NGOs.", "ru": "Ужесточить отчётность по грантам для малых НКО.",
               "kk": "Шағын ҮЕҰ үшін грант есептілігін қатаңдату."}[lang]
    assert "direction" in score_variants(make_variant("a", lang, None, simpler, True),
                                         make_variant("c", lang, None, tighter, True)).guard


def test_the_phrase_gates_never_skip_a_phrase_that_is_there():
    from recbook.merge import lexicon
    from recbook.merge.features import matching_text
    from recbook.merge.normalize import fold_kk, normalize

    texts = [t for _, t in AT_LEAST + AT_MOST] + [
        "Үкіметтік емес ұйымдар мен коммерциялық емес ұйымдар", "неправительственные организации",
        "некоммерческих организаций", "non-governmental organisations and non-profit organizations, NGOs, NPOs",
        "a one-stop shop, single windows, по принципу одного окна, бір терезе қағидаты", "не только школы",
        "not only schools", "мектеп қана емес", "не позднее 10 дней", "раз в год, а не ежеквартально",
        "no later than ten days", "once a year rather than every quarter"]
    for text in texts:
        plain = fold_kk(normalize(text))
        for pattern, token, _ in lexicon.PHRASES:
            plain = pattern.sub(token, plain)
        assert matching_text(None, text) == plain, text
