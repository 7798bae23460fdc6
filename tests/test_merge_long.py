"""Long proposals are context, then the ask: read the ask apart, for guards and for finding paraphrases."""

from __future__ import annotations

import pytest

from merge_helpers import clusters, prop, suggested
from recbook.merge import merge
from recbook.merge.features import ask_sentences, make_variant
from recbook.merge.similarity import score_variants


@pytest.mark.parametrize("text, ask", [
    ("Prices rose by a third. Residents are not heard. We propose public hearings.", "We propose public hearings."),
    ("Цены выросли. Жителей не слышат. Необходимо проводить слушания.", "Необходимо проводить слушания."),
    ("Бағалар өсті. Тұрғындарды ешкім тыңдамайды. Тыңдау өткізу қажет.", "Тыңдау өткізу қажет."),
    ("Prices rose by a third. Residents are not heard. Public hearings for every tariff.",  # unmarked: the last
     "Public hearings for every tariff."),
])
def test_the_ask_is_the_marked_sentence_or_else_the_last(text, ask):
    assert ask_sentences(text) == ask


@pytest.mark.parametrize("text", ["Hold public hearings on every tariff.",
                                  "We propose hearings. They should be public."])
def test_a_text_that_is_all_ask_has_no_separate_ask(text):
    assert ask_sentences(text) is None


CONTEXT_NOT = ("Tariff hearings are not announced in advance and residents cannot attend them. "
               "We propose that every tariff hearing be announced a month ahead and streamed online.")
CONTEXT_MORE = ("Tariffs have increased sharply over the last years while incomes stayed flat. "
                "We propose that every tariff hearing be announced a month ahead and streamed online.")


def test_a_not_or_a_more_in_the_context_raises_no_guard():
    a = make_variant("a", "en", None, CONTEXT_NOT, True)
    b = make_variant("b", "en", None, CONTEXT_MORE, True)
    assert score_variants(a, b).guard == ""


def test_a_not_in_the_ask_still_guards():
    denied = CONTEXT_NOT.replace("be announced a month", "not be announced a month")
    a = make_variant("a", "en", None, CONTEXT_NOT, True)
    b = make_variant("b", "en", None, denied, True)
    assert "negation" in score_variants(a, b).guard


@pytest.mark.parametrize("lang, x, y, why", [
    ("en", "Give free lunches to pupils in grades 1 to 4. Parents cannot pay for them.",
     "Do not give free lunches to pupils in grades 1 to 4. Parents cannot pay for them.", "negation"),
    ("ru", "Построить школу на 500 мест. Это поможет детям района.",
     "Построить школу на 300 мест. Это поможет детям района.", "numbers"),
    ("kk", "Алматыда 500 орындық мектеп салу. Бұл аудан балаларына көмектеседі.",
     "Астанада 300 орындық мектеп салу. Бұл аудан балаларына көмектеседі.", "numbers"),
    ("en", "Build a new school in Almaty for the district. This will help 500 children every year.",
     "Build a new hospital in Astana for the district. This will help 500 children every year.", "names"),
])
def test_an_ask_written_first_without_a_marker_is_guarded_on_the_whole_text(lang, x, y, why):
    """The last sentence is only a guess at the ask: "Build X. This will help…" is guarded on all it says."""
    a = make_variant("a", lang, None, x, True)
    b = make_variant("b", lang, None, y, True)
    assert why in score_variants(a, b).guard


def test_long_paraphrases_that_share_only_their_ask_are_suggested():
    a = prop("A-1", "В сельских школах Туркестанской области нет ставки психолога, и учителя сами решают "
                    "конфликты между детьми. Родители вынуждены возить детей в райцентр. Предлагаем ввести "
                    "штатную ставку школьного психолога в каждой сельской школе.")
    b = prop("B-1", "Подростки в аулах остаются один на один с травлей и стрессом перед экзаменами. "
                    "Необходимо, чтобы в каждой сельской школе работал штатный школьный психолог.")
    others = [prop(f"C-{i}", text) for i, text in enumerate((
        "Дороги между сёлами размываются каждой весной. Следует выделить средства на ремонт мостов.",
        "Библиотеки закрываются. Предлагаем открыть в каждом селе молодёжный клуб с бесплатным интернетом.",
        "Врачей в аулах не хватает. Предлагаем доплачивать молодым врачам за работу в сёлах."))]
    result = merge([a, b, *others])
    assert ("A-1", "B-1") in suggested(result) and ("A-1", "B-1") not in clusters(result)


@pytest.mark.parametrize("lang, x, y", [
    ("en", "companies with more than 250 employees", "companies with over 250 employees"),
    ("ru", "компании численностью более 250 человек", "компании численностью свыше 250 человек"),
    ("kk", "250-ден астам қызметкері бар компаниялар", "кемінде 250 қызметкері бар компаниялар"),
])
def test_more_than_a_number_is_a_lower_bound_not_an_ask_for_more(lang, x, y):
    a, b = make_variant("a", lang, None, x, True), make_variant("b", lang, None, y, True)
    assert a.direction == b.direction == 0 and "at_least" in a.concepts & b.concepts


@pytest.mark.parametrize("lang, text", [("ru", "до пяти миллионов тенге"), ("ru", "до 5 млн тенге"),
                                        ("ru", "до 5 000 000 тенге"), ("en", "up to 5 million tenge"),
                                        ("kk", "5 000 мың теңгеге дейін")])
def test_a_scale_word_multiplies_its_number(lang, text):
    assert make_variant("a", lang, None, text, True).numbers == {"5000000"}


@pytest.mark.parametrize("a, b, lang", [
    ("We propose a new rule for schools. Lessons will end at 18:00 in every district school.",
     "We propose a new rule for schools. Lessons will end at 20:00 in every district school.", "en"),
    ("We propose a new parking rule for the city. Parking in the centre will be free on Sundays.",
     "We propose a new parking rule for the city. Parking in the centre will not be free on Sundays.", "en"),
    ("Предлагаем изменить правила грантов для молодёжи. Размер гранта составит 500 тысяч тенге.",
     "Предлагаем изменить правила грантов для молодёжи. Размер гранта составит 300 тысяч тенге.", "ru"),
    ("Жастар гранттарының ережесін өзгертуді ұсынамыз. Грант мөлшері 500 мың теңге болады.",
     "Жастар гранттарының ережесін өзгертуді ұсынамыз. Грант мөлшері 300 мың теңге болады.", "kk"),
])
def test_a_detail_after_the_marked_ask_still_keeps_two_texts_from_merging(a, b, lang):
    # the guards read the marked ask sentence only: each pair merged at 0.99 on its first sentence
    result = merge([prop("G1-01", a, lang), prop("G2-01", b, lang)])
    assert len(result.recommendations) == 2
