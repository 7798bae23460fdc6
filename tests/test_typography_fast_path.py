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


class _Never(set):
    """A set that holds nothing: every copy then made by dataclasses.replace."""

    def __contains__(self, item) -> bool:
        return False


def test_the_sample_books_copied_plainly_are_the_books_replace_makes(tmp_path, monkeypatch):
    from conftest import copy_sample_project
    from recbook.diagnostics import Report
    from recbook.pipeline import check_project

    checked = check_project(copy_sample_project(tmp_path / "project"), Report(), final=False, typeset=False)
    for lang, book in checked.books.items():
        plainly = t.typeset_all(book, lang)
        with monkeypatch.context() as patch:
            patch.setattr(t, "_COPIED_PLAINLY", _Never())
            replaced = t.typeset_all(book, lang)
        assert plainly == replaced and repr(plainly) == repr(replaced) and plainly != book


def test_a_dataclass_with_a_post_init_or_slots_is_copied_by_replace() -> None:
    import dataclasses

    made = []

    @dataclasses.dataclass(frozen=True)
    class Noted:
        title: str
        code: str = "x"

        def __post_init__(self) -> None:
            made.append(self.title)

    @dataclasses.dataclass(frozen=True, slots=True)
    class Slotted:
        title: str

    assert t.typeset_all(Noted('"a"'), "en") == Noted("“a”") and made == ['"a"', "“a”", "“a”"]
    assert t.typeset_all(Slotted('"a"'), "en") == Slotted("“a”")


def test_a_scalar_field_is_left_alone_unless_printed_by_name() -> None:
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Row:
        code: str  # an id: never typeset
        heading: str  # printed by name
        parts: tuple  # walked: a Text inside is printed

    row = t.typeset_all(Row('"c"', '"h"', (Text('"p"', "en"),)), "en")
    assert row == Row('"c"', "“h”", (Text("“p”", "en"),))
