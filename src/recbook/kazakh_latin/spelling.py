"""Spell Kazakh written in Latin letters in Cyrillic (recbook.kazakh_latin loads it at the first such text).

Kept apart from rules.py, which tells such a text from English: a check asks that of every Latin
text, and compiling these patterns too cost it ~20 M instructions for no Kazakh text in Latin letters.
"""

from __future__ import annotations

import re
from typing import Callable

from .rules import reads_foreign

# 2021 letter → Cyrillic; casing Turkish-style (KAZAKH.md): «I» is the capital of «ı» (і), «İ» of «i»
_LOWER = {"a": "а", "ä": "ә", "b": "б", "c": "ц", "ç": "ч", "d": "д", "e": "е", "f": "ф", "g": "г",
          "ğ": "ғ", "h": "х", "i": "и", "ı": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н",
          "ñ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т",
          "u": "у", "ū": "ұ", "ü": "ү", "v": "в", "w": "у", "x": "кс", "y": "ы", "z": "з"}
_UPPER = {k.upper(): v.upper() for k, v in _LOWER.items() if k not in "iı"} | {"İ": "И", "I": "І"}
_TO_CYRILLIC = str.maketrans(_LOWER | _UPPER)


def _cased(pairs: dict[str, str]) -> dict[str, str]:
    """Return `pairs` with their capitalized and all-capital forms added."""
    found = dict(pairs)
    found |= {k.capitalize(): v.capitalize() for k, v in pairs.items() if k[0] != "ı"}
    found |= {k.upper(): v.upper() for k, v in pairs.items() if "ı" not in k}
    return found


# two letters for one: я, ю (2021 «ia», «iu»), and ц as loanwords write it before «i» ("stantsiia")
_PAIRS = _cased({"ia": "я", "iu": "ю", "ıu": "ю", "tsi": "ци"}) | {"İa": "Я", "İu": "Ю"}  # İ: i's capital
# Kazakh typed without 2021's letters, as phones and forms long have ("zhane", "shaqyrym", "qogham"):
# the pairs 2021 spells with one letter. Read only in a text with none of 2021's own letters, where
# «sh» is ш, not the с + х of «asxana» spelt «ashana» in 2021.
_INFORMAL = _cased({"sch": "щ", "zh": "ж", "sh": "ш", "ch": "ч", "gh": "ғ", "kh": "х", "ng": "ң", "ngh": "нғ",
                    "ya": "я", "yu": "ю"}) | _PAIRS
_PAIR = {False: re.compile("|".join(sorted(_PAIRS, key=len, reverse=True))),
         True: re.compile("|".join(sorted(_INFORMAL, key=len, reverse=True)))}
# «i» after a vowel is й: Kazakh writes и only after a consonant («saiyn» сайын, «üi» үй, «tyiym» тыйым)
# not after i: «tiis», «tiıs» тиіс; in capitals «I» is typed for «i» and «ı» alike, and after a vowel
# it is Й («TYIYM» ТЫЙЫМ, not ТЫІЫМ)
_SHORT_I = re.compile("(?<=[aäeoöūüyAÄEOÖŪÜYяюЯЮ])i|(?<=[AÄEOÖŪÜYЯЮ])I")
# ... and typed informally, «y» after a vowel before no other vowel is й too («Qorday», «boyynsha»)
_SHORT_Y = re.compile("(?<=[aeoiAEOI])y(?![aeiouAEIOU])")


# the draft of 2018 (acutes) spells other sounds with the same letters: u is ұ and ý у, ı is и/й and
# i і, y ы; ş and ç are "sh" and "ch". Its acutes tell it, when none of 2021's own letters is there.
_DRAFT_2018 = re.compile("[áóúýǵńÁÓÚÝǴŃ]")
_OWN_2021 = re.compile("[äğñöūüşÄĞÑÖŪÜŞ]")
_LOWER_2018 = _LOWER | {"á": "ә", "ǵ": "ғ", "i": "і", "ı": "и", "í": "и", "ń": "ң", "ó": "ө", "u": "ұ",
                        "ú": "ү", "ý": "у"}
_TO_CYRILLIC_2018 = str.maketrans(_LOWER_2018 | {k.upper(): v.upper() for k, v in _LOWER_2018.items()
                                                 if k not in "iı"} | {"I": "І", "İ": "І"})
_PAIRS_2018 = _cased({"sh": "ш", "ch": "ч", "ıa": "я", "ıý": "ю"})
_PAIR_2018 = re.compile("|".join(_PAIRS_2018))
_SHORT_I_2018 = re.compile("(?<=[aáeoóuúyýıAÁEOÓUÚYÝ])ı")  # «tyıym» тыйым, «úı» үй

# the draft of 2017 marks with an apostrophe what 2021 marks with a diacritic (a' ә, g' ғ, n' ң, o' ө,
# u' ү, s' ш, c' ч, i' и/й, y' у), and there too u is ұ, i і, y ы: told by two such letters at least
_MARKED_2017 = {"a": "ә", "g": "ғ", "i": "и", "n": "ң", "o": "ө", "s": "ш", "c": "ч", "u": "ү", "y": "у"}
_PAIRS_2017 = _cased({letter + mark: cyr for letter, cyr in _MARKED_2017.items() for mark in "'’ʼ"})
_PAIR_2017 = re.compile("|".join(_PAIRS_2017))
_DRAFT_2017 = _PAIR_2017
_SHORT_I_2017 = re.compile("(?:(?<=[aeiouyAEIOUY])|(?<=[aeiouyAEIOUY]['’ʼ]))[iI]['’ʼ]")  # «u'i'» үй
_YU_YA_2017 = re.compile("([iI])['’ʼ](?:([yY])['’ʼ]|([aA]))")  # «joi'y'» жою, «i'a» я
_TO_CYRILLIC_2017 = str.maketrans({"u": "ұ", "i": "і", "y": "ы", "U": "Ұ", "I": "І", "Y": "Ы"})


def cyrillic(title: str | None, text: str | None) -> tuple[str | None, str | None]:
    """Return a Kazakh title and text written in Latin letters (recbook.kazakh_latin.is_latin) in Cyrillic.

    The text is known to be Kazakh, so Latin letters are enough: a short one may have none of the
    2021 alphabet's own letters («Tirkeu mindetti bolmauy kerek»). A text with more words of English
    than of Kazakh, filed as Kazakh by mistake, is read as written, so it meets its English twin; the
    check warns of it (text_checks.language_mismatch).
    """
    both = f"{title or ''} {text or ''}"
    if reads_foreign(both):  # an English text filed as kk is read as written
        return title, text
    spelt = _speller(both)
    return (None if title is None else spelt(title), None if text is None else spelt(text))


def _speller(latin: str) -> Callable[[str], str]:
    """Return the function that spells a Kazakh text in Latin letters like `latin` in Cyrillic."""
    return SPELLERS[style(latin)]


def style(latin: str) -> str:
    """Return the spelling a Kazakh text in Latin letters follows: "2021", "2018", "2017" or "informal"."""
    if _OWN_2021.search(latin):
        return "2021"
    if _DRAFT_2018.search(latin):
        return "2018"
    if len(_DRAFT_2017.findall(latin)) >= 2:
        return "2017"
    return "2021" if "ı" in latin or "İ" in latin else "informal"  # ı, İ alone still tell 2021


def _spelt_2017(latin: str) -> str:
    """Return the 2017 draft's Latin letters spelt in Cyrillic (other letters as they are)."""
    yu_ya = _YU_YA_2017.sub(_yu_or_ya, latin)
    shortened = _SHORT_I_2017.sub(lambda m: "й" if m.group()[0] == "i" else "Й", yu_ya)
    paired = _PAIR_2017.sub(lambda m: _PAIRS_2017[m.group(0)], shortened)
    return paired.translate(_TO_CYRILLIC_2017).translate(_TO_CYRILLIC)


def _spelt_2018(latin: str) -> str:
    """Return the 2018 draft's Latin letters spelt in Cyrillic (other letters as they are)."""
    paired = _PAIR_2018.sub(lambda m: _PAIRS_2018[m.group(0)], latin)
    return _SHORT_I_2018.sub("й", paired).translate(_TO_CYRILLIC_2018)


def _spelt(latin: str, informal: bool) -> str:
    """Return Latin letters spelt in Cyrillic (other letters as they are), 2021's or `informal` pairs."""
    pairs = _INFORMAL if informal else _PAIRS
    paired = _PAIR[informal].sub(lambda m: pairs[m.group(0)], latin)
    paired = _SHORT_I.sub(lambda m: "й" if m.group() == "i" else "Й", paired)
    return (_SHORT_Y.sub("й", paired) if informal else paired).translate(_TO_CYRILLIC)


def _yu_or_ya(found: re.Match[str]) -> str:
    """Return ю or я for the 2017 draft's «i'y'» or «i'a», capital if its «i» is."""
    letter = "ю" if found.group(2) else "я"
    return letter.upper() if found.group(1) == "I" else letter


# the spellers by `style`; a word is spelt alone as within its text (their patterns look inside words only)
SPELLERS: dict[str, Callable[[str], str]] = {
    "2021": lambda text: _spelt(text, False), "informal": lambda text: _spelt(text, True),
    "2018": _spelt_2018, "2017": _spelt_2017}
