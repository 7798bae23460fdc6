"""Typography of an official kk/ru/en publication, applied to every printed string.

KAZAKH.md §2 and the editors' review: no-break spaces where a line must not
break (a number and what it counts, "20 %", "№ 36", inside a range "3–5", before a dash, after a
Russian one-letter preposition or conjunction, before the number that ends a label, "Рекомендация
1.3"), a no-break hyphen in ordinals ("3‑жұмыс тобы", "1.1‑ұсыным"), typographic quotes and
apostrophes (English quotes “…” typed in kk or ru text become that language's «…»), the clause dash
typed as a spaced hyphen, an en dash in a year range typed with a hyphen, and
lists joined the way each language's editors join them. Spaces already written
as no-break spaces are kept; nothing else in the wording changes. A proposal's
text and its translation (a msgstr) pass through the same `typeset`.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache
from typing import Any

from ..i18n.translator import QUOTES  # (outer open, outer close, inner open, inner close): KAZAKH.md §2
from .text import AND, join_names  # noqa: F401  (moved to localize.text: a check joins lists, typesets nothing)

NBSP = "\u00a0"
NB_HYPHEN = "\u2011"
WORD_JOINER = "\u2060"

APOSTROPHE = "\u2019"

_LETTER = r"[^\W\d_]"
# a number (or a range 3–5, 2023–2031) and the word, unit or sign that follows it
_NUMBER_WORD = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?(?:[–-]\d+)?) (?=[%‰₸$€]|" + _LETTER + ")")
_NUMERO = re.compile(r"([№§]) (?=\d)")
_BEFORE_DASH = re.compile(r" ([—–])(?= )")
# a number that ends a label or stands before a clause dash, and the word it numbers: «Рекомендация 1.3»,
# «Working Group 5 — Youth», «SDG 16» (the ru annex left «1.3» alone on a line); run after _BEFORE_DASH
_LABEL_NUMBER = re.compile(r"(?<=" + _LETTER + r") (?=\d+(?:\.\d+)*(?:$|\u00a0[—–]))")
_ORDINAL = re.compile(r"(\d)-(?=" + _LETTER + ")")
# a range of numbers, "3–5", "2023–2031": a line may break after an en dash (UAX #14, class BA), so a
# word joiner follows it (KAZAKH.md §3: a number is never parted from what it belongs to); it prints
# nothing and is not in the PDF's text (tests/test_typography.py)
_RANGE = re.compile(r"(?<=\d)–(?=\d)")
# the letter first, so the regex engine looks for it instead of trying the look-behind everywhere:
# a one-letter word (nothing of a word before it) followed by a space and more text
_RU_SHORT = re.compile(r"([ВКСУОИАЯвксуоиая])(?<![\w\u2011-].) (?=\S)")
_APOSTROPHE = re.compile(r"(?<=" + _LETTER + r")'(?=" + _LETTER + ")")
# every pattern above but _RU_SHORT needs one of these: a string without any skips them all
_MAY_NOT_BREAK = re.compile(r"[\d№§—–]")


def no_break(value: str, lang: str) -> str:
    """Return `value` with no-break spaces and hyphens where a line must not break."""
    if _MAY_NOT_BREAK.search(value) is None:
        return _RU_SHORT.sub(r"\1" + NBSP, value) if lang == "ru" else value
    value = _NUMBER_WORD.sub(r"\1" + NBSP, value)
    value = _NUMERO.sub(r"\1" + NBSP, value)
    value = _BEFORE_DASH.sub(NBSP + r"\1", value)
    value = _LABEL_NUMBER.sub(NBSP, value)
    value = _ORDINAL.sub(r"\1" + NB_HYPHEN, value)
    value = _RANGE.sub("–" + WORD_JOINER, value)
    if lang == "ru":
        value = _RU_SHORT.sub(r"\1" + NBSP, value)
    return value


# A hyphen typed with a space on both sides stands for the clause dash (KAZAKH.md §2): no kk, ru or
# en word is spaced around its hyphen. Between two numbers ("10 - 3", "2025 - 2027") it may be a
# minus or a range: left as typed. The book's dash is the em dash in all three languages, as its
# own labels have it ("Жоба — аударма …"); no_break then puts a no-break space before it.
_SPACED_HYPHEN = re.compile(r"(?<=[^\s\d]) -(?= \S)|(?<=\d) -(?= [^\s\d])")
# A range of years typed with a hyphen, "2025-2027", takes an en dash. Years only, the later
# second: other numbers joined by a hyphen may be one number ("статья 5-1", "СТ РК 1.5-2019",
# "№ 2019-12", a date 2025-09-26), which recbook never changes (text_checks warns of "3-5").
_YEAR_RANGE = re.compile(r"(?<![\w.,/\u2011-])(?<!№ )(?<!№\u00a0)((?:1[89]|20)\d\d)-((?:1[89]|20)\d\d)"
                         r"(?![\w\u2011-]|[.,/]\d)")


def dashes(value: str) -> str:
    """Return `value` with a spaced hyphen as a clause dash and a year range's hyphen as an en dash."""
    if "-" not in value:
        return value
    value = _SPACED_HYPHEN.sub(" —", value) if " -" in value else value
    return _YEAR_RANGE.sub(lambda m: f"{m[1]}–{m[2]}" if m[1] < m[2] else m[0], value)


def _opens(value: str, i: int) -> bool:
    """Return True when a straight quote at `i` opens a quotation.

    It opens at the start, after a space or an opening bracket, and after other
    punctuation when a letter or digit follows (src="x"); after a letter or a
    closing punctuation mark it closes.
    """
    if i == 0 or value[i - 1].isspace() or value[i - 1] in "([{«„“‘—–/":
        return True
    before, after = value[i - 1], value[i + 1] if i + 1 < len(value) else " "
    return not before.isalnum() and before not in ".,;:!?…)]}»”’" and after.isalnum()


def quotes(value: str, lang: str) -> str:
    """Return `value` with straight quotes and apostrophes made typographic in `lang`'s style.

    English quotes “…” in Kazakh or Russian text become that language's, as straight ones do.
    """
    if '"' in value or "'" in value:
        value = _straight(value, lang)
    return _english_pairs(value, lang) if "”" in value and lang in ("kk", "ru") else value


def _straight(value: str, lang: str) -> str:
    """Return `value` with straight quotes and apostrophes made typographic in `lang`'s style."""
    value = _APOSTROPHE.sub(APOSTROPHE, value)
    if '"' not in value and "'" not in value:
        return value
    outer_open, outer_close, inner_open, inner_close = QUOTES.get(lang, QUOTES["en"])
    out, depth = [], 0
    for i, char in enumerate(value):
        if char not in "\"'":
            out.append(char)
        elif _opens(value, i):
            out.append(outer_open if depth == 0 else inner_open)
            depth += 1
        elif depth:
            depth -= 1
            out.append(outer_close if depth == 0 else inner_close)
        else:  # a closing mark without an opening one: an apostrophe or a stray quote, left as an apostrophe
            out.append(APOSTROPHE if char == "'" else outer_close)
    return "".join(out)


def _english_pairs(value: str, lang: str) -> str:
    """Return kk or ru `value` with each English pair “…” as `lang`'s quotes, at its depth.

    An English pair closes with ”, which neither kk nor ru quotes use; their inner quotes „…“ close
    with “, so a “ after an open „ closes it. A mark without its partner is left as typed.
    """
    outer_open, outer_close, inner_open, inner_close = QUOTES[lang]
    chars, open_marks = list(value), []  # the open quotes around each position: (index, mark)
    for i, char in enumerate(value):
        if char in "«„" or (char == "“" and not (open_marks and open_marks[-1][1] == "„")):
            open_marks.append((i, char))
        elif open_marks and (char, open_marks[-1][1]) in (("»", "«"), ("“", "„"), ("”", "“")):
            start, mark = open_marks.pop()
            if mark == "“":
                chars[start], chars[i] = (inner_open, inner_close) if open_marks else (outer_open, outer_close)
    return "".join(chars)


# a web or e-mail address is copied, not read: its quotes, apostrophes and hyphens stay as typed
# ("https://gov.kz/p?x="1"" became x=«1»); each stands in the text as a private-use mark while the
# rest is typeset, so a quotation around it still opens before and closes after it
_ADDRESS = re.compile(r"(?<=[\"'])(?:https?://|www\.)[^\"'\s]+"  # quoted: it ends at the quote
                      # else at a space, less the quotes and marks that close the sentence around it
                      r"|(?:https?://|www\.)\S*?(?=[\"'.,;:!?)\]»”’]*(?:\s|$))|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MARK = re.compile("\ue000(\\d+)\ue001")


@lru_cache(maxsize=8192)  # a book prints the same labels, names and headings many times over
def typeset(value: str, lang: str) -> str:
    """Return `value` as an editor of `lang` would print it; web and e-mail addresses as typed."""
    if ("://" not in value and "www." not in value and "@" not in value) or "\ue000" in value:
        return no_break(dashes(quotes(value, lang)), lang)  # the common case: one scan
    addresses: list[str] = []

    def mark(found: re.Match[str]) -> str:
        addresses.append(found.group())
        return f"\ue000{len(addresses) - 1}\ue001"

    typeset_text = no_break(dashes(quotes(_ADDRESS.sub(mark, value), lang)), lang)
    return _MARK.sub(lambda m: addresses[int(m.group(1))], typeset_text)


# string fields of the book that are printed prose (ids, numbers and codes are left alone)
_PRINTED = frozenset({"date_label", "votes_label", "proposed_by_label", "heading", "draft_notice", "caption",
                      "alt", "label", "groups_heading", "provenance_heading", "sdgs_heading", "series", "name"})


def typeset_all(obj: Any, lang: str, printed: bool = False) -> Any:
    """Return a copy of the book (or any part of it) with every printed string typeset."""
    if isinstance(obj, str):
        return typeset(obj, lang) if printed else obj
    if isinstance(obj, tuple):
        return tuple(typeset_all(item, lang, printed) for item in obj)
    if isinstance(obj, dict):
        return {key: typeset_all(value, lang, True) for key, value in obj.items()}
    names = _field_names(type(obj))
    return obj if names is None else _typeset_fields(obj, names, lang)


_PROSE = frozenset({"value", "title", "text"})  # printed when they hold a string


def _typeset_fields(obj: Any, names: tuple[tuple[str, bool], ...], lang: str) -> Any:
    """Return a copy of the dataclass `obj` with its printed strings typeset (`obj` if none changed)."""
    own = getattr(obj, "lang", None) or getattr(obj, "language", None) or lang  # Text, ChartRow, member
    own = own if own in QUOTES else lang
    changes = {}
    for name, always in names:
        value = getattr(obj, name)
        if isinstance(value, str):  # inline: most fields are strings, most of them ids
            new = typeset(value, own) if always or name in _PROSE else value
        elif isinstance(value, (tuple, dict)) or _field_names(type(value)) is not None:
            new = typeset_all(value, own, always)
        else:
            continue
        if new is not value:
            changes[name] = new
    # an untouched part is kept as it is: frozen, so sharing it is safe (and saves a copy)
    if not changes:
        return obj
    if type(obj) not in _COPIED_PLAINLY:
        return replace(obj, **changes)
    # what replace() makes, without its checks and __init__ (a third of a book's typesetting)
    copy = object.__new__(type(obj))
    copy.__dict__.update(obj.__dict__, **changes)
    return copy


# declared types of fields never typeset unless printed by name: a flag, a count, an id, a code
_SCALARS = frozenset({"bool", "int", "float", "str", "int | None", "float | None", "str | None", bool, int, float, str})
# dataclasses a copy of whose attributes is what replace() makes: every field set by __init__, nothing
# computed after it (__post_init__), attributes in __dict__ (filled by _field_names)
_COPIED_PLAINLY: set[type] = set()


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[tuple[str, bool], ...] | None:
    """Return a dataclass's fields that may hold printed text, each with whether it is always printed;
    None for other types. A scalar field neither printed nor prose (`lang`, `fallback`, `id`) is left out."""
    if not is_dataclass(cls):
        return None
    if not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__") and all(f.init for f in fields(cls)):
        _COPIED_PLAINLY.add(cls)
    return tuple((f.name, f.name in _PRINTED) for f in fields(cls)
                 if f.name in _PRINTED or f.name in _PROSE or f.type not in _SCALARS)
