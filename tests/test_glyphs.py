"""The check names characters the book's fonts cannot print (a machine's own font, or a box, would)."""

from __future__ import annotations

import sys
from pathlib import Path

from recbook.diagnostics import Location
from recbook.glyphs import unprintable
from recbook.glyphs_data import PRINTABLE
from recbook.text_checks import check_words

ROOT = Path(__file__).resolve().parents[1]


def test_the_coverage_data_is_what_the_installed_fonts_map():
    # written by tools/font_coverage.py; a font package update without rerunning it fails here
    sys.path.insert(0, str(ROOT / "tools"))
    from font_coverage import common_coverage, ranges

    assert list(PRINTABLE) == ranges(common_coverage())


def test_what_the_book_prints_itself_is_printable():
    kazakh = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
    typography = "«»„“”’–—…№₸%\u00a0\u202f\u2011\u2060\u00ad"  # localize/typography.py's characters
    assert unprintable(kazakh + typography + "Qazaqşa ı ğ ş ñ ū ä ö ü") == []


def test_a_character_no_book_font_has_is_named_where_it_stands():
    # "→", "≥", "✓" were printed in DejaVu from the machine's fonts, CJK and emoji as empty boxes
    where = Location("inputs/proposals/g1.yaml", 4, 9)
    found = check_words("Срок → 2027, охват ≥ 5 районов ✓ 中文", where, "text", None)
    assert [d.code for d in found] == ["text.no-glyph"]
    assert found[0].location == where
    assert found[0].message.startswith('"text" has characters the book\'s fonts do not have: "→" (U+2192 '
                                       'RIGHTWARDS ARROW), "≥" (U+2265 GREATER-THAN OR EQUAL TO), "✓" '
                                       '(U+2713 CHECK MARK) and 2 more; ')  # 中 and 文
