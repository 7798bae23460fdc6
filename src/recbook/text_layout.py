"""Layout slips in a proposal's title or text that the book prints as typed: a list bullet, an Alt+Enter, a number.

Both come from how a text reaches the cell, not from what it says, and the book keeps what the user
wrote (a line break is a line break: localize.text.paragraphs), so each is a warning at the value:
- a list bullet starting a title («•<TAB>Title», «– Title», «· …»: a line pasted from a Word list)
  is printed in the heading and the contents («1.23 • Не повышать тарифы…»); a text starting with
  one is warned of unless the text is a list, i.e. another of its lines starts with a bullet too: the
  book prints each line as a line, so «- построить школу;⏎- отремонтировать дорогу.» reads as the
  list it is;
- a line break inside a sentence (Alt+Enter typed to wrap a long cell, or lines pasted from a
  PDF) is printed as a forced break: one followed by a lowercase letter where the line before does
  not end a sentence or a list item (. ! ? … : ;), and the next line is not a list item («б) …»)
  nor an address (an e-mail, a URL);
- a title starting with its own number («1. Create …», «2) …», «2.3 …», «(4) …», «IV. …»: the group's
  list as it was typed) is printed after the number the book gives it («1.1 1. Create …»). A number
  that is part of the title («112 қазақша жауап берсін», «24/7 …», «4G …», «1.5 million …») is none:
  an item's number ends in "." or ")" (not a decimal's "1.5"), or has a dot inside and a capital after.
"""

from __future__ import annotations

import re

from .diagnostics import Diagnostic, Location, warning

# Word's and typists' list markers: a symbol bullet may touch its text («•Title»); a dash or a star
# only marks an item when a space or tab follows («-2 °C» is a number). U+F0B7, U+F0A7 and U+F0D8
# are Word's Symbol/Wingdings bullets, pasted as private-use characters. Matched at a line's start (no
# "^": match(value, pos) anchors at pos, where "^" would not match).
_BULLET = re.compile("(?:[•◦▪▫‣⁃∙·●○■□►▸➢➤✓✔\uf0a7\uf0b7\uf0d8][ \t\u00a0]*|[-–—*][ \t\u00a0]+)")
_LINE_START = re.compile(r"\n[ \t\u00a0]*")
# a line closing a sentence or a list item: what may stand before a line break in running prose
_CLOSED = ".!?…:;"
# a list item's number or letter: «1.», «2)», «б)», «a.» (the letter one may be lowercase)
_ITEM_MARK = re.compile(r"(?:\d{1,2}|[^\W\d_])[.)][ \t\u00a0]")
# a line starting with an address, not a word: «…тел. 123⏎info@mail.kz», «…сайте⏎www.gov.kz»
_ADDRESS = re.compile(r"\S*(?:@|://)|www\.")
_MAX_SHOWN = 3  # breaks named in one message; the rest are counted
# a title's own item number (see the module's doc): «1.», «2)», «2.3.», «(4)», «IV.»; or «2.3» before a
# capital (`bare`: «1.5 million» is a quantity). Up to 3 digits a part: «2025.» is a year, not an item.
_NUMBER = r"\d{1,3}(?:\.\d{1,3})*"
_OWN_NUMBER = re.compile(rf"\({_NUMBER}\)|{_NUMBER}[.)](?!\d)|(?P<bare>\d{{1,3}}(?:\.\d{{1,3}})+)(?=[ \t\u00a0])"
                         r"|[IVX]{1,4}\.(?=[ \t\u00a0])")
_SHOWN_START = 30  # characters of the title shown after the book's number


def layout_problems(value: str, where: Location, field: str) -> list[Diagnostic]:
    """Return the warnings for a proposal's or an edit's `title`/`text` (`field`, "title:kk" included)."""
    found = start_problems(value, where, field, field.split(":", 1)[0])
    if "\n" in value:
        breaks = mid_sentence_breaks(value)
        if breaks:
            found.append(warning(where, line_break_message(field, breaks, "the cell (Alt+Enter)"),
                                 "text.line-break-mid-sentence"))
    return found


def start_problems(value: str, where: Location, field: str, kind: str) -> list[Diagnostic]:
    """Return the warnings about how `value` starts: a list bullet, and for a title (`kind`) a number of its
    own (`field`: the name said; a translation's "msgstr" is a title or text by its msgctxt)."""
    found = []
    bullet = _starting_bullet(value, title=kind == "title")
    if bullet:
        printed = ("in the heading and the contents" if kind == "title"
                   else "at the start of the text")
        found.append(warning(where, f'"{field}" starts with a list bullet («{bullet}»), as a line pasted from '
                             f"a bulleted list does; the book prints it {printed}: delete it if it is not "
                             "meant, the text is not changed", "text.list-bullet"))
    own = _own_number(value) if kind == "title" else None
    if own:
        found.append(warning(where, f'"{field}" starts with a number of its own («{own}»); the book numbers the '
                             f"recommendations itself and would print both («1.1 {_start(value)}…»): delete it, "
                             "the text is not changed", "text.title-number"))
    return found


def line_break_message(field: str, breaks: list[tuple[str, str]], wrapped: str) -> str:
    """Return the text.line-break-mid-sentence message for `breaks` of `field` (`wrapped`: what a break wraps)."""
    shown = ", ".join(f"«…{before}⏎{after}…»" for before, after in breaks[:_MAX_SHOWN])
    more = f" and {len(breaks) - _MAX_SHOWN} more" if len(breaks) > _MAX_SHOWN else ""
    return (f'"{field}" has a line break inside a sentence ({shown}{more}); the book breaks the line there: if '
            f"it was typed to wrap {wrapped} or came with a paste, replace it with a space; the text is not changed")


def _starting_bullet(value: str, title: bool) -> str | None:
    """Return the bullet `value` starts with (without what follows it), or None.

    A text is a list, and its bullet meant, when another of its lines starts with a bullet too.
    """
    match = _BULLET.match(value)
    if match is None:
        return None
    if not title and any(_BULLET.match(value, m.end()) for m in _LINE_START.finditer(value)):
        return None
    return match.group().rstrip(" \t\u00a0")


def _own_number(title: str) -> str | None:
    """Return the item number `title` starts with («1.», «2.3»), or None (see the module's doc)."""
    match = _OWN_NUMBER.match(title)
    if match is None:
        return None
    if match["bare"] and not title[match.end():].lstrip(" \t\u00a0")[:1].isupper():
        return None  # «1.5 million»: a decimal number the title is about
    return match.group()


def _start(title: str) -> str:
    """Return the title's first words, up to _SHOWN_START characters (a word is not cut)."""
    if len(title) <= _SHOWN_START:
        return title
    cut = title[:_SHOWN_START + 1].rsplit(None, 1)[0]
    return cut if len(cut) > 3 else title[:_SHOWN_START]


def mid_sentence_breaks(value: str) -> list[tuple[str, str]]:
    """Return (the end of the line before, the start of the line after) for each break inside a sentence.

    A blank line is a paragraph break, and is left alone: it is never typed to wrap a cell.
    """
    return [(before, after) for _, before, after in mid_sentence_break_places(value)]


def mid_sentence_break_places(value: str) -> list[tuple[int, str, str]]:
    """Return mid_sentence_breaks with the index of each break's "\n" first: a catalog says where it stands."""
    found = []
    for match in _LINE_START.finditer(value):
        end = match.start()  # the line before, without its trailing blanks (no copy of the text before)
        while end and value[end - 1] in " \t\u00a0":
            end -= 1
        after = value[match.end():match.end() + 40]
        if not end or value[end - 1] == "\n" or not after[:1].islower():
            continue  # a blank line before, or a capital, a digit, a bullet or another blank line after
        if value[end - 1] in _CLOSED or _ITEM_MARK.match(after) or _ADDRESS.match(after):
            continue
        found.append((match.start(), _last_word(value[max(0, end - 40):end]), _first_word(after)))
    return found


def _last_word(text: str) -> str:
    """Return the line's last word (with its punctuation), cut to stay short."""
    word = text.rsplit(None, 1)[-1]
    return word if len(word) <= 20 else "…" + word[-19:]


def _first_word(text: str) -> str:
    """Return the line's first word, cut to stay short."""
    word = text.split(None, 1)[0]
    return word if len(word) <= 20 else word[:19] + "…"
