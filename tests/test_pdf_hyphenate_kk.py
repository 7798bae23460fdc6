"""Kazakh syllable hyphenation against KAZAKH.md §3 (тасымал)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recbook.render.hyphenate_kk import SOFT_HYPHEN, hyphenate, hyphenate_word, syllable_breaks

# KAZAKH.md §3 "Examples (| = allowed break)", plus the rule examples in its list, with the
# editors' limits: two letters before a break, three after, words of ≤ 5 letters whole
EXAMPLES = [
    "ор|на|лас|тыру",  # textbook ор|на|лас|ты|ру: "ру" would be 2 letters after
    "Рес|пуб|ли|ка|мызда",
    "құр|метті",
    "ала|қан",  # rule 1: never а|лақан
    "да|йын|дық",
    "құ|мырсқа",  # rule 4: three consonants, two stay (мырс|қа leaves 2 after)
    "ро|лінде",
    "күң|гірт|теу",  # rule 4
    "ұсы|ным|дар",
]

# ≤ 5 letters (да|уыс, бу|ын, ар|мия, ке|йін, қи|ын by the textbook), abbreviations, mixed scripts
WHOLE = ["ата", "аю", "атом", "төрт", "дауыс", "буын", "армия", "кейін", "қиын", "БҰҰ", "ҮЕҰ", "км", "70",
         "Kazakh", "Қазақcтан"]  # last: Latin c


@pytest.mark.parametrize("expected", EXAMPLES)
def test_breaks_match_the_textbook_examples(expected):
    assert hyphenate_word(expected.replace("|", ""), "|") == expected


@pytest.mark.parametrize("word", WHOLE)
def test_short_words_abbreviations_and_mixed_scripts_stay_whole(word):
    assert syllable_breaks(word) == []


def test_text_gets_soft_hyphens_only_inside_kazakh_words():
    text = "БҰҰ-ның 70 км төрт жолын орналастыру, № 36."
    expected = "БҰҰ-ның 70 км төрт жолын ор|на|лас|тыру, № 36.".replace("|", SOFT_HYPHEN)
    assert hyphenate(text) == expected


def test_an_author_placed_soft_hyphen_is_kept_as_the_only_break():
    word = f"орналас{SOFT_HYPHEN}тыру"
    assert hyphenate_word(word) == word


KAZAKH_LETTERS = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"


@given(st.text(alphabet=KAZAKH_LETTERS, min_size=1, max_size=30))
def test_two_letters_before_a_break_three_after_and_a_vowel_on_each_side(word):
    breaks = syllable_breaks(word)
    cuts = [0, *breaks, len(word)]
    fragments = [word[a:b] for a, b in zip(cuts, cuts[1:])]
    assert "".join(fragments) == word
    assert not breaks or len(word) >= 6
    for i, p in enumerate(breaks):  # each line-end split leaves ≥ 2 letters before, ≥ 3 after
        assert p >= 2 and len(word) - p >= 3
        assert any(c in "аәеёиоөуұүыіэюя" for c in word[:p]) and any(c in "аәеёиоөуұүыіэюя" for c in word[p:])


@given(st.text(max_size=80))
def test_removing_the_soft_hyphens_gives_back_the_text(text):
    if SOFT_HYPHEN in text:
        return
    assert hyphenate(text).replace(SOFT_HYPHEN, "") == text


def test_a_word_starting_with_two_u_letters_is_hyphenated_without_recursing():
    # found by hypothesis: the old recursive rule for у looped forever on "уу…"
    assert hyphenate_word("ууықңтрыр", "-") == "ууықңт-рыр"
    assert hyphenate_word("уақытша", "-") == "уа-қытша"
