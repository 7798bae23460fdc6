"""The typography's shortcuts (skipped patterns, cached strings, shared parts) change nothing it prints."""

from __future__ import annotations

import itertools

import pytest

from recbook.localize import typography as t
from recbook.model import Text

PIECES = ["20", "%", "№", "§", "—", "–", "3-жұмыс", "в", "и", "К", "'", '"', "Мәдениет", "and", "x", "1.1-ұсыным",
          "2023–2031", "O'Brien", "(", ")"]


def all_patterns(value: str, lang: str) -> str:
    """Return `value` through every no-break pattern, none skipped."""
    value = t._NUMBER_WORD.sub(r"\1" + t.NBSP, value)
    value = t._NUMERO.sub(r"\1" + t.NBSP, value)
    value = t._BEFORE_DASH.sub(t.NBSP + r"\1", value)
    value = t._LABEL_NUMBER.sub(t.NBSP, value)
    value = t._ORDINAL.sub(r"\1" + t.NB_HYPHEN, value)
    value = t._RANGE.sub("–" + t.WORD_JOINER, value)
    return t._RU_SHORT.sub(r"\1" + t.NBSP, value) if lang == "ru" else value


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_skipping_patterns_changes_nothing(lang):
    for a, b, c in itertools.product(PIECES, repeat=3):
        for value in (f"{a} {b} {c}", f"{a}{b} {c}", f"{a} {b}{c}"):
            assert t.no_break(value, lang) == all_patterns(value, lang), value


def test_a_cached_string_is_typeset_as_the_first_time():
    first = t.typeset('в 20 % "случаев"', "ru")
    assert t.typeset('в 20 % "случаев"', "ru") == first == "в\u00a020\u00a0% «случаев»"
    assert t.typeset('"cases"', "en") == "“cases”"  # the language is part of what is cached


def test_an_unchanged_part_is_kept_and_a_changed_one_copied():
    plain, quoted = Text("G1-01", "en"), Text('a "b"', "en")
    assert t.typeset_all(plain, "en") is plain
    assert t.typeset_all(quoted, "en") == Text("a “b”", "en")
