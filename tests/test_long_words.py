"""Over-long words: check warns; the render helper adds break opportunities and changes nothing else."""

from __future__ import annotations

from hypothesis import given, strategies as st

from recbook.diagnostics import Location
from recbook.text_checks import MAX_WORD_LENGTH, _UNBREAKABLE, check_words
from recbook.render.long_words import ZWSP, break_long_words, unbreak


def test_a_4000_letter_word_is_a_short_warning() -> None:
    [d] = check_words("Бастау " + "а" * 4000 + " соңы", Location("inputs/proposals/g.yaml", 7, 9), "text", None)
    assert d.format() == (
        'inputs/proposals/g.yaml:7:9: warning: "text" has a 4,000-character word with no space or hyphen '
        '("ааааааааааааааааааааааааааааа…"); the book breaks it at arbitrary points to fit the line; '
        "check it [text.long-word]")


def test_ordinary_long_words_urls_and_hyphenated_compounds_are_not_warned_about() -> None:
    text = ("Қазақстан Республикасының азаматтық қоғамын дамытудың тұжырымдамасы "
            "https://adilet.zan.kz/rus/docs/U2000000390/info социально-экономического")
    assert check_words(text, Location("f"), "text", None) == []


def test_break_opportunities_go_only_into_over_long_words() -> None:
    word = "x" * 100
    assert break_long_words("short words stay") == "short words stay"
    assert break_long_words(f"a {word} b") == "a " + ZWSP.join(["x" * 20] * 5) + " b"


@given(st.text(alphabet=st.sampled_from("аәxy -\n\u00ad"), max_size=600))
def test_breaking_changes_nothing_but_zero_width_spaces_and_bounds_every_run(text: str) -> None:
    broken = break_long_words(text)
    assert unbreak(broken) == text.replace(ZWSP, "")
    assert all(len(run) <= MAX_WORD_LENGTH for run in _UNBREAKABLE.findall(broken.replace(ZWSP, " ")))
