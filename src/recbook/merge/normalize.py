"""Normalize text for matching only (never shown): one key per text, and a Kazakh-folded key.

``normalize`` repairs what people type by accident: Latin look-alike letters
inside Cyrillic words (and the reverse), ё, case, punctuation and spacing.
``fold_kk`` then maps the nine Kazakh letters to what a Russian keyboard gives
(KAZAKH.md §1), so "салык" typed without a Kazakh layout still meets "салық".
"""

from __future__ import annotations

import re
import unicodedata

from ..look_alikes import repair_homoglyphs, repaired  # noqa: F401  (repaired: the tests' spec)

_KK_LETTER = re.compile("[әғқңөұүһі]")  # the nine Kazakh letters fold_kk folds
# anything but letters and digits, save a decimal point between two digits ("2.5" stays one number):
# what r"(?:[^\w.]|_|(?<!\d)\.|\.(?!\d))+" matches, in three passes each found by a fast scan
# instead of a four-way choice at every letter (~5 times fewer instructions; tests/test_merge_normalize.py
# compares them): a point not between two digits, then "_", then the rest. A run may be cut into
# shorter ones, which the split into words cannot tell apart from one.
_LONE_POINT = re.compile(r"\.(?!(?<=\d\.)\d)")
_NON_WORD_CHARS = re.compile(r"[^\w.]+")
# thousands grouped by one separator used throughout: "10,000", "10.000", "1 500 000" (space, no-break
# space, narrow no-break space, thin space, apostrophe). The first group has 1–3 digits and each
# other exactly 3, so "2.5", "2,5" and lists ("1, 2, 3" / "2030 300") are left alone.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:([,. \u00a0\u202f\u2009'’])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d{3})")
# invisible format characters (soft hyphen, zero-width space and joiners, direction marks and
# overrides, word joiner, BOM): a reader sees "n\u200bot" as "not" and "1\u00ad000" as "1000"
_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_DIGIT = re.compile(r"\d")
_GROUP_SEPARATORS = re.compile(r"[,. \u00a0\u202f\u2009'’]")
# a decimal: one comma or point between digits, not part of a chain ("1,2,3", "12.05.2025")
_DECIMAL = re.compile(r"(?<![\d.,])(\d+)[.,](\d+)(?![.,]?\d)")


def normalize(text: str) -> str:
    """Return the matching key of `text`: NFC, script-repaired, casefolded, ё→е, bare words."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = numbers_joined(text)  # "1 500", "1,500" and "1500" are the same number
    text = repair_homoglyphs(text).casefold().replace("ё", "е").replace("%", " pct ")  # a unit, not punctuation
    return " ".join(_words_only(text).split())


def _words_only(text: str) -> str:
    """Return `text` with every character but letters, digits and a decimal point turned into a space."""
    if "." in text:
        text = _LONE_POINT.sub(" ", text)  # first: it reads the digits around each point as written
    return _NON_WORD_CHARS.sub(" ", text.replace("_", " "))


def numbers_joined(text: str) -> str:
    """Return `text` with thousands separators dropped and decimal commas written as points."""
    if not _DIGIT.search(text):
        return text
    text = _GROUPED.sub(lambda m: _GROUP_SEPARATORS.sub("", m.group(0)), text)
    return _DECIMAL.sub(r"\1.\2", text)


def fold_kk(key: str) -> str:
    """Return a normalized key with Kazakh letters folded to their Russian-keyboard stand-ins."""
    # one scan finds no Kazakh letter in most keys (Russian, English); then one str.replace per letter:
    # str.translate looked each letter of a text up in a dict (4-5 times the instructions of this)
    if _KK_LETTER.search(key) is None:
        return key
    return (key.replace("ә", "а").replace("ғ", "г").replace("қ", "к").replace("ң", "н").replace("ө", "о")
            .replace("ұ", "у").replace("ү", "у").replace("һ", "х").replace("і", "и"))


def natural_key(proposal_id: str) -> tuple[tuple[int, int | str], ...]:
    """Return a sort key that orders "G1-2" before "G1-10"."""
    parts = re.split(r"(\d+)", proposal_id)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)
