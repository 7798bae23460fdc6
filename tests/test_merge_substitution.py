"""One content word swapped for an unrelated one in an otherwise equal text: a look-alike, never a merge."""

from __future__ import annotations

import pytest

from merge_helpers import FILLER, clusters, prop
from recbook.merge import merge
from recbook.merge.features import make_variant
from recbook.merge.substitution import substitution
from recbook.render.review_words import reason

# (language, text with {}, the word, an unrelated word): each sentence long enough to be "nearly identical"
SWAPS = [
    ("ru", "В сельских больницах не хватает специалистов, и жителям приходится ездить в город. "
           "Предлагаем обеспечить каждую районную больницу штатным {} с полной ставкой.", "кардиологом", "офтальмологом"),
    ("en", "Many village libraries have been closed over the past decade and young people have nowhere to go "
           "after school. We recommend that every rural district open at least one {} for teenagers.",
     "library", "stadium"),
    ("kk", "Ауылдық мектептерде балалармен жұмыс істейтін мамандар жетіспейді, ата-аналар көмек алу үшін "
           "қалаға барады. Әр ауылдық мектепте кемінде бір штаттық {} болуын қамтамасыз ету қажет.",
     "дәрігер", "кітапханашы"),
]


@pytest.mark.parametrize("lang, text, x, y", SWAPS)
def test_a_swapped_content_word_is_a_look_alike_in_every_language(lang, text, x, y):
    a, b = prop("A-1", text.format(x), lang), prop("B-1", text.format(y), lang)
    result = merge([a, b])
    assert clusters(result) == {("A-1",), ("B-1",)}
    assert not result.suggestions
    (alike,) = result.look_alikes
    assert alike.reason.startswith("different word: ")


def test_a_thing_renamed_in_three_words_wherever_it_is_named_is_a_look_alike():
    # "mountain guides" / "horse-riding instructors": the rest word for word, the ask's object another
    text = ("Villagers near the lakes work with tourists more every year, but few of them have any training, "
            "and tour operators will not hire {0} without a certificate. Accidents on the {1}trails happen "
            "every season. We propose that the district akimat organise free courses and certification of "
            "{0} for local residents.")
    a = prop("A-1", text.format("mountain guides", ""), "en")
    b = prop("B-1", text.format("horse riding instructors", "riding "), "en")
    result = merge([a, b])
    assert clusters(result) == {("A-1",), ("B-1",)}
    (alike,) = result.look_alikes
    assert alike.reason.startswith("different word: ")


@pytest.mark.parametrize("x, y", [("psychologist", "physiologist"), ("cardiologist", "cosmetologist")])
def test_two_professions_that_look_alike_are_no_typo(x, y):
    """A typo is an edit or two, not a word three letters away that only shares most of its shape."""
    text = "Hire a school {} for every rural school in the district, paid from the regional budget."
    result = merge([prop("A-1", text.format(x), "en"), prop("B-1", text.format(y), "en")])
    assert clusters(result) == {("A-1",), ("B-1",)}
    assert result.look_alikes[0].reason == f"different word: {x} vs {y}"


@pytest.mark.parametrize("x, y", [("nurse", "nursery"), ("bank", "banker")])
def test_a_word_built_on_another_is_no_truncation(x, y):
    """"nursery" begins with "nurse" but is another thing to ask for; only an abbreviation is a cut word."""
    text = "Fund one more {} in every district of the city so that young families have what they need nearby."
    result = merge([prop("A-1", text.format(x), "en"), prop("B-1", text.format(y), "en")])
    assert clusters(result) == {("A-1",), ("B-1",)}
    assert result.look_alikes[0].reason == f"different word: {x} vs {y}"


@pytest.mark.parametrize("word, cut", [("государственный", "гос"), ("информационный", "информ")])
def test_an_abbreviation_is_still_the_word_it_cuts(word, cut):
    text = "Предлагаем создать единый {} реестр некоммерческих организаций с открытым доступом для граждан."
    a = make_variant("a", "ru", None, text.format(word), True)
    b = make_variant("b", "ru", None, text.format(cut), True)
    assert substitution(a, b) == ""


@pytest.mark.parametrize("lang, text, x, y", SWAPS)
def test_an_inflection_typo_or_support_verb_is_no_substitution(lang, text, x, y):
    base = text.format(x)
    variants = [base.replace(x, x[:-1] + ("a" if lang == "en" else "ы")),  # a typo / another case ending
                base.replace("обеспечить", "создать").replace("open", "establish").replace("қамтамасыз ету", "ашу")]
    for other in variants:
        assert substitution(make_variant("a", lang, None, base, True),
                            make_variant("b", lang, None, other, True)) == ""


def test_variants_still_merge_automatically():
    text = SWAPS[0][1].format(SWAPS[0][2])
    typo = text.replace("хватает", "хвотает").replace("специалистов", "специалиств")
    homoglyph = text.replace("о", "o")  # Latin o inside Cyrillic words
    result = merge([prop("A-1", text), prop("B-1", typo), prop("C-1", homoglyph)])
    assert clusters(result) == {("A-1", "B-1", "C-1")}


# (language, text with {} wherever the thing asked for is named, the thing, another named in two words)
REPEATED = [
    ("en", "Village {0}s cover several settlements each and reach them on foot. We recommend that district "
           "akimats provide every rural {0} who serves more than one village with a service car.",
     "feldsher", "police officer"),
    ("ru", "В сёлах района один {0} обслуживает сразу несколько населённых пунктов и добирается до них пешком, "
           "попутным транспортом или на своей машине за свой счёт. Рабочая группа предлагает, чтобы каждый {0}, "
           "который обслуживает больше одного села, получал от акимата района служебный автомобиль и "
           "оплату топлива из местного бюджета.", "фельдшер", "участковый инспектор"),
]


@pytest.mark.parametrize("lang, text, x, y", REPEATED)
def test_a_thing_renamed_wherever_the_text_names_it_is_a_look_alike(lang, text, x, y):
    """One profession for another, named in two words and in every place it stands, is no variant."""
    result = merge([prop("A-1", text.format(x), lang), prop("B-1", text.format(y), lang)])
    assert clusters(result) == {("A-1",), ("B-1",)}
    (alike,) = result.look_alikes
    assert alike.reason.startswith("different word: ")


def test_a_thing_renamed_twice_in_a_short_text_is_a_look_alike_too():
    """One swap in a short text may be a paraphrase; the same renaming in two places is a choice of subject."""
    text = ("В сёлах {0} обслуживает несколько населённых пунктов. Предлагаем выдать каждому сельскому "
            "{1} служебный автомобиль и оплачивать топливо.")
    a = prop("A-1", text.format("фельдшер", "фельдшеру"))
    b = prop("B-1", text.format("участковый инспектор", "участковому инспектору"))
    result = merge([a, b])
    assert clusters(result) == {("A-1",), ("B-1",)}
    assert result.look_alikes[0].reason.startswith("different word: ")


def test_two_things_renamed_are_no_substitution():
    """Only one thing renamed is a look-alike: two unrelated renamings are more than a swapped word."""
    text = ("Village {0}s cover several settlements each and reach them on foot. We recommend that district "
            "akimats provide every rural {0} who serves more than one {1} with a service car.")
    a = make_variant("a", "en", None, text.format("feldsher", "village"), True)
    b = make_variant("b", "en", None, text.format("police officer", "district"), True)
    assert substitution(a, b) == ""


def test_two_letters_swapped_are_one_typo():
    """"reprot" for "report" is a typist's slip, not another word: the spelling variant merges."""
    text = ("Fines for parking in disabled bays disappear into the general budget. We recommend that akimats "
            "direct them to a fund for ramps and publish a yearly report on how the money was spent.")
    result = merge([prop("A-1", text, "en"), prop("B-1", text.replace("report", "reprot"), "en")])
    assert clusters(result) == {("A-1", "B-1")}


def test_a_paraphrase_with_many_changes_is_no_substitution():
    a = make_variant("a", "en", None, "Open a youth centre in every district of the city.", True)
    b = make_variant("b", "en", None, "Each city district needs a place where teenagers can meet.", True)
    assert substitution(a, b) == ""


def test_a_translation_is_never_read_as_a_substitution():
    text = SWAPS[0][1]
    a = make_variant("a", "ru", None, text.format("кардиологом"), True)
    b = make_variant("b", "ru", None, text.format("офтальмологом"), False)  # a translator's rendering
    assert substitution(a, b) == ""


@pytest.mark.parametrize("lang, words", [("en", "the same text but for one word"),
                                         ("ru", "совпадают, кроме одного слова"),
                                         ("kk", "бір сөзден басқа бірдей")])
def test_the_review_page_says_why_in_each_language(lang, words):
    said = reason("different word: психолог vs логопед", lang)
    assert words in said and "психолог / логопед" in said


@pytest.mark.parametrize("lang, a, b", [
    ("kk", "Қалада жаңа мектеп салу керек.", "Қалада жаңа мешіт салу керек."),  # a school, a mosque (0.84: merged)
    ("ru", "Построить в городе новую школу.", "Построить в городе новую больницу."),
    ("en", "Build a new school in town.", "Build a new hospital in town."),
])
def test_a_short_text_with_one_thing_named_for_another_the_lexicon_knows_is_a_look_alike(lang, a, b):
    """One swap in a short text may be a paraphrase, unless the two words name two things the lexicon tells apart."""
    result = merge([*FILLER, prop("A-1", a, lang), prop("B-1", b, lang)])
    assert ("A-1", "B-1") not in clusters(result)
    assert [s.reason for s in result.look_alikes if {s.a, s.b} == {"A-1", "B-1"}][0].startswith("different word: ")


def test_a_short_text_with_a_synonym_or_an_unknown_word_swapped_is_no_substitution():
    # «открыть» / «создать» (support verbs), and a word the lexicon does not know («пространство»):
    # as likely a paraphrase. (Two words it knows apart are not: «центр» / «клуб» is a look-alike.)
    a = make_variant("a", "ru", None, "Открыть центр для молодёжи.", True)
    b = make_variant("b", "ru", None, "Создать центр для молодёжи.", True)
    c = make_variant("c", "ru", None, "Открыть пространство для молодёжи.", True)
    assert substitution(a, b) == "" and substitution(a, c) == ""
