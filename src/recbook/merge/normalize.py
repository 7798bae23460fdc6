"""Normalize text for matching only (never shown): one key per text, and a Kazakh-folded key.

``normalize`` repairs what people type by accident: Latin look-alike letters
inside Cyrillic words (and the reverse), ё, case, punctuation and spacing.
``fold_kk`` then maps the nine Kazakh letters to what a Russian keyboard gives
(KAZAKH.md §1), so "салык" typed without a Kazakh layout still meets "салық".
"""

from __future__ import annotations

import re
import unicodedata

# Latin letters that look like Cyrillic ones (both cases), and ə/h used for ә/һ.
_LATIN_TO_CYR = dict(
    zip(
        "AaBCcEeHKkMOoPpTXxyIiəƏh",
        "АаВСсЕеНКкМОоРрТХхуІіәӘһ",
    )
)
_CYR_TO_LAT = {c: l for l, c in _LATIN_TO_CYR.items() if l not in "yəƏh"}
_KK_LETTER = re.compile("[әғқңөұүһі]")  # the nine Kazakh letters fold_kk folds
# a word holding both a Latin and a Cyrillic letter (found in C, so clean text costs nothing); tried
# at the start of each word only: a word's tail holds both scripts only if the whole word does
_MIXED_WORD = re.compile(r"(?<!\w)(?=\w*[A-Za-zəƏ])(?=\w*[\u0400-\u04ff])\w+")
_LATIN_LETTER = re.compile(r"[A-Za-zəƏ]")  # a text lacking either cannot hold a mixed word
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
# Cyrillic у and һ look like y and h: read so in a word repaired to Latin (not a twin that decides it)
_CYR_LOOK_ALIKE_TO_LAT = {**_CYR_TO_LAT, "у": "y", "һ": "h"}
_LATIN_LOOK_ALIKES = re.compile(r"\b[AaBCcEeHKkMOoPpTXxyIiəƏh]+\b")
_CYRILLIC_LOOK_ALIKES = re.compile(r"\b[АаВСсЕеНКкМОоРрТХхуІіһ]+\b")
_ROMAN = re.compile(r"[IVXLCDM]+")
_ONE_SCRIPT, _MIN_SCRIPT_LETTERS = 3, 3  # letters without a twin: this many times the other's, at least
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


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or ch in "əƏ"


def _repair_word(word: str, script: str | None) -> str:
    """Return a mixed word written in one script: the script of a letter only it has («қopғa» is
    Cyrillic whatever most of its letters are), else the text's (`script`), else of most letters."""
    only_cyr = any(_is_cyrillic(c) and c not in _CYR_TO_LAT for c in word)
    only_lat = any(_is_latin(c) and c not in _LATIN_TO_CYR for c in word)
    if only_cyr != only_lat:
        cyrillic = only_cyr
    else:
        cyrillic = script == "cyrillic" if script else sum(map(_is_cyrillic, word)) >= sum(map(_is_latin, word))
    return _to_cyrillic(word) if cyrillic else _to_latin(word)


def _to_cyrillic(word: str) -> str:
    return "".join(_LATIN_TO_CYR.get(c, c) for c in word)


def _to_latin(word: str) -> str:
    return "".join(_CYR_LOOK_ALIKE_TO_LAT.get(c, c) for c in word)


def repair_homoglyphs(text: str) -> str:
    """Return `text` with look-alike letters of the other script replaced inside mixed words, and
    in whole words of look-alikes where the text is plainly written in one script."""
    if _LATIN_LETTER.search(text) is None or _CYRILLIC_LETTER.search(text) is None:
        return text  # no word can mix scripts: two scans of one letter class cost less than _MIXED_WORD's
    return repaired(text)


def repaired(text: str) -> str:
    """Return what repair_homoglyphs returns, for any text (a text of one script comes out the same)."""
    script = _script_of(text)
    text = _MIXED_WORD.sub(lambda m: _repair_word(m.group(0), script), text)
    # a word of look-alikes only: «kepek» (керек), «cy» (су), «HKO» (НКО) in a Cyrillic text, «һоmе» in
    # a Latin one. Each letter has a twin, so no word mixes scripts, yet a reader reads «керек». An
    # abbreviation of look-alikes written in the other script on purpose («KPI» in Russian) is read
    # as the text's script in every text of that script alike, and loanword skeletons (features.py)
    # transliterate both scripts to one, so a text in the other language still meets it.
    if script == "cyrillic":  # save a Roman numeral: «II группа», «XXI век»
        return _LATIN_LOOK_ALIKES.sub(lambda m: m.group(0) if _ROMAN.fullmatch(m.group(0)) else _to_cyrillic(m.group(0)), text)
    if script == "latin":
        return _CYRILLIC_LOOK_ALIKES.sub(lambda m: _to_latin(m.group(0)), text)
    return text


def _script_of(text: str) -> str | None:
    """Return "cyrillic" or "latin" if the text's letters without a twin in the other script are
    plainly of one (_ONE_SCRIPT times the other's), else None."""
    cyrillic = sum(1 for c in _CYRILLIC_LETTER.findall(text) if c not in _CYR_TO_LAT)
    latin = sum(1 for c in _LATIN_LETTER.findall(text) if c not in _LATIN_TO_CYR)
    if cyrillic >= max(_MIN_SCRIPT_LETTERS, _ONE_SCRIPT * latin):
        return "cyrillic"
    if latin >= max(_MIN_SCRIPT_LETTERS, _ONE_SCRIPT * cyrillic):
        return "latin"
    return None


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
