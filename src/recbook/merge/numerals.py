"""Read the numbers of a text: digits, scale words and numbers spelt out in words.

"25", "двадцать пять", "twenty-five" and "жиырма бес" are one number, and so are
"500 000", "пятьсот тысяч" and "бес жүз мың": a number read word by word (20
and 5) would make two texts that say the same thing look as if they asked for
different amounts (guards.guard). A run of number words is composed as it
is spoken: a smaller word after a round one adds to it (20 + 5), "hundred"
multiplies what stands before it, and a scale word (thousand, million …)
multiplies the whole run before it; alone before a number word it says one of
it («тысяча двести» = 1200, "a million" = 1000000). Digits are joined only with a scale word
after them ("5 млн"): two numbers written in digits side by side stay two. A
number is read within one clause (the caller splits the text): "до двадцати.
Пять из них" is 20 and 5, not 25. Only Kazakh adds a unit to ten («он бес» =
15): "ten five-year grants" is 10 and 5, English and Russian say "fifteen".
A year is spelt as an ordinal: «екі мың жиырма жетінші жылы», «в две тысячи
двадцать седьмом году", "twenty-seventh" end on an ordinal, read as its number
only after another number word (alone, "the second stage", «третьих лиц»,
«екінші кезекте» name no amount).
"""

from __future__ import annotations

import re
from typing import Sequence

from . import lexicon

SCALE_PREFIXES = tuple(prefix for prefix, _ in lexicon.SCALES)  # "тысяч", "млн", "мың", "billion" …
DIGITS = re.compile(r"\d+(?:\.\d+)*")  # a whole number, decimal ("2.5") or date ("12.05.2025")
_INSIDE = frozenset({"and"})  # "one hundred and twenty"
# a scale word with no number before it says one of it ("a million tenge", «до миллиона», «мың теңге»);
# only in the singular: "thousands of families", «тысячи семей», «мыңдаған» name no amount
_ONE_OF = frozenset({"thousand", "million", "billion", "тысяча", "тысячу", "миллион", "миллиона", "миллиону",
                     "миллиард", "миллиарда", "миллиарду", "мын", "мынга", "мыннан"})


# ordinal endings (folded): Kazakh -ыншы/-інші and its case forms; Russian adjective endings
_KK_ORDINAL = re.compile(r"(\w+)нш[ыи]\w{0,4}")
_RU_ORDINAL = re.compile(r"(\w+?)(ый|ой|ого|ому|ом|ая|ую|ое|ые|ых|ым|ыми|ий|ьего|ьему|ьем|ья|ью|ье|ьи|ьих|ьим|ьей)")
_RU_ORDINALS = {"перв": "1", "втор": "2", "трет": "3", "четверт": "4", "пят": "5", "шест": "6", "седьм": "7",
                "восьм": "8", "девят": "9", "десят": "10", "сороков": "40", "девяност": "90", "сот": "100"}
_KK_ORDINAL_STEMS = {"бир": "1", "кырк": "40"}  # «бірінші»; «қырқыншы» drops the vowel of «қырық»
_EN_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
                "eighth": "8", "ninth": "9", "tenth": "10", "twelfth": "12", "twentieth": "20",
                "thirtieth": "30", "fortieth": "40", "fiftieth": "50", "hundredth": "100"}


# a scale written onto its number ("10k", "5bn", «5млн», «10мың»); "5m" is as often five metres
_GLUED_SCALES = {"k": 10**3, "bn": 10**9, "тыс": 10**3, "млн": 10**6, "млрд": 10**9, "мын": 10**3}
_GLUED = re.compile(r"(\d+(?:\.\d+)?)(" + "|".join(_GLUED_SCALES) + ")")


# Kazakh number words take case endings (folded): «он беске» (to fifteen), «жиырмаға», «бес жүзден»,
# «отыздан», «үшке», «екіні»; the collectives «екеу», «бесеу», «алтау» (two, five, six of them)
_KK_CASE_ENDING = re.compile(r"(\w+?)(га|ге|ка|ке|на|не|дан|ден|тан|тен|нан|нен|да|де|та|те|ды|ди|ты|ти|ны|ни"
                             r"|дын|дин|тын|тин|нын|нин|мен|бен|пен|дагы|деги|тагы|теги)")
_KK_COLLECTIVES = {"екеу": "2", "ушеу": "3", "тортеу": "4", "бесеу": "5", "алтау": "6", "жетеу": "7"}
# «онда», «ондағы» (there, in it) read as "in ten" would be numbers in most Kazakh texts
_KK_NOT_NUMBERS = frozenset({"онда", "ондагы"})


def number_word(word: str, written: str, language: str) -> str | None:
    """Return what a folded number word says ("25", "50%"), or None; `written` is the word before folding.

    A Kazakh number word is read in its case forms too («жиырмаға» → 20), but a word written with
    «ң» is none: «оң» (right, positive) and «оңға» fold to «он» (ten) and «онга».
    """
    table = lexicon.NUMBER_WORDS.get(language, {})
    if language != "kk":
        return table.get(word)
    if "ң" in written or word in _KK_NOT_NUMBERS:
        return None
    ending = _KK_CASE_ENDING.fullmatch(word)
    for stem in (word, ending.group(1)) if ending else (word,):
        if found := table.get(stem) or _KK_COLLECTIVES.get(stem):
            return found
    return None


def ordinal(word: str, language: str) -> str | None:
    """Return the number an ordinal names (folded: «жетінші» → 7, «седьмом» → 7, "seventh" → 7), or None."""
    table = lexicon.NUMBER_WORDS.get(language, {})
    if language == "kk" and (m := _KK_ORDINAL.fullmatch(word)):
        base = m.group(1)  # «жетінші» → жеті, «бесінші» → бесі, «жиырмасыншы» → жиырмасы
        for stem in (base, base[:-1], base[:-2]):
            if stem in table or stem in _KK_ORDINAL_STEMS:
                return table.get(stem) or _KK_ORDINAL_STEMS[stem]
        return None
    if language == "ru" and (m := _RU_ORDINAL.fullmatch(word)):
        stem = m.group(1)
        # двадцатого, одиннадцатом, пятидесятом, двухсотый: the ordinals of the numbers in -ать, -десят
        # and -сот (not «семей», «пятерых»)
        tens = stem + "ь" if stem.endswith("цат") else stem + "и" if stem.endswith("десят") else stem
        return _RU_ORDINALS.get(stem) or (table.get(tens) if tens.endswith(("ть", "ти", "сот")) else None)
    if language == "en":  # "fourteenth", "sixtieth"
        tens = word[:-4] + "y" if word.endswith("ieth") else word[:-2]
        return _EN_ORDINALS.get(word) or (table.get(tens) if word.endswith("th") else None)
    return None


def lone_ordinals(words: Sequence[str], spelt: Sequence[str | None], ordinals: Sequence[str | None]) -> set[str]:
    """Return the numbers of the ordinals no number word stands before («пятого мая», "the second stage").

    with_ordinals reads "twenty-fifth" as 25; an ordinal alone is no amount, but two texts that
    each name a day, a grade or a stage the other does not («пятого» / «шестого мая», "second and
    third" / "third and fourth grades") ask different things (guards.ordinals_guard).
    """
    return {o for i, o in enumerate(ordinals)
            if o and not (i and ((spelt[i - 1] or "").isdigit() or scale_of(words[i - 1])))}


_FRACTIONS = {"third": "1/3", "quarter": "1/4"}  # "a third", "one quarter" (matching_text joins them too)


def with_ordinals(words: Sequence[str], spelt: Sequence[str | None], language: str) -> list[str | None]:
    """Return `spelt` with each ordinal after a whole number word or a scale word read as its number,
    and "a third" / "one quarter" as the fraction."""
    found = list(spelt)
    for i in range(1, len(words)):
        after_number = (found[i - 1] is not None and _whole(found[i - 1])) or scale_of(words[i - 1])
        if found[i] is None and after_number:
            found[i] = ordinal(words[i], language)
        elif found[i] is None and words[i - 1] in ("a", "one") and words[i] in _FRACTIONS:
            found[i] = _FRACTIONS[words[i]]
    return found


def numbers_in(words: Sequence[str], spelt: Sequence[str | None], language: str) -> set[str]:
    """Return the numbers of a clause's words; `spelt[i]` is what word i says as a number word, or None."""
    found: set[str] = set()
    i = 0
    while i < len(words):
        if DIGITS.fullmatch(words[i]):
            i = _digits(words, i, found)
        elif spelt[i] is not None and _whole(spelt[i]):
            i = _spelt(words, spelt, i, found, language == "kk")
        elif i + 1 < len(words) and _whole(spelt[i + 1] or "") and scale_of(words[i]):
            # "тысяча двести", "мың екі жүз": a scale word alone says one of it (1200, not 200)
            i = _spelt(words, spelt, i + 1, found, language == "kk", scale_of(words[i]))
        elif words[i] in _ONE_OF:
            found.add(str(scale_of(words[i])))
            i += 1
        else:
            if spelt[i]:
                found.add(spelt[i])  # "half" → "50%", "twice" → "2x"
            elif glued := _GLUED.fullmatch(words[i]):  # "10k", "5bn", «5млн»: the scale written on
                found.add(_shifted(glued.group(1), len(str(_GLUED_SCALES[glued.group(2)])) - 1))
            elif power := _POWER.fullmatch(words[i]):  # "10²", "10³": a power, not the 10 before it
                scale = scale_of(words[i + 1]) if i + 1 < len(words) else 0
                found.add(_scaled(_power(power.group(1), power.group(2)), scale))
                i += bool(scale)  # «10² миллионов» is 100,000,000: the scale word is read with it
            elif any(c.isdigit() for c in words[i]):
                found.update(DIGITS.findall(words[i]))  # "4g", "sdg3"
            i += 1
    return found


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_POWER = re.compile(r"(\d+)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
MAX_POWER_DIGITS = 30  # a larger power is written as base^exponent, not computed (a hostile "10⁹⁹⁹⁹⁹⁹")


def _power(base: str, exponent: str) -> str:
    """Return the value of a number raised to a superscript power ("10²" → "100").

    Digits are compared as text until the value is small: a hostile 5,000-digit exponent or base
    would exceed Python's limit on converting digits to an int (a ValueError, not a number).
    """
    base, power = base.lstrip("0") or "0", exponent.translate(_SUPERSCRIPTS).lstrip("0") or "0"
    if len(power) > 2 or len(base) * max(int(power), 1) > MAX_POWER_DIGITS:
        return f"{base}^{power}"
    return str(int(base) ** int(power))


def _scaled(value: str, scale: int) -> str:
    """Return a power's value times a scale word after it (a power too large to compute keeps it written)."""
    if not scale:
        return value
    zeros = len(str(scale)) - 1
    return f"{value}*10^{zeros}" if "^" in value else _shifted(value, zeros)


def _digits(words: Sequence[str], i: int, found: set[str]) -> int:
    """Add the number in digits at word i (times a scale word after it); return the next word's index."""
    scale = scale_of(words[i + 1]) if i + 1 < len(words) else 0
    if scale and words[i].replace(".", "", 1).isdigit():
        found.add(_shifted(words[i], len(str(scale)) - 1))
        return i + 2
    found.add(words[i] + _unit(words, i + 1))
    return i + 1


# a percentage is another number than an amount: "10 %" = "10 percent" = «10 процентов» = «10 пайыз»
# ("%" is normalized to "pct"), but not "10 tenge"; "half" is "50%" too
_PERCENT = re.compile(r"pct|percent|процент\w*|пайыз\w*")


def _unit(words: Sequence[str], j: int) -> str:
    """Return "%" if word j (after a number) makes it a percentage, else ""."""
    if j < len(words) and (_PERCENT.fullmatch(words[j]) or words[j] == "per" and words[j + 1:j + 2] == ["cent"]):
        return "%"
    return ""


def _shifted(digits: str, zeros: int) -> str:
    """Return a number in digits times 10**zeros, written out ("2.5", 6 → "2500000").

    Shifted as text, not computed: a float of a 400-digit number is inf, Decimal keeps 28
    digits (two long amounts would read as one), and int() refuses more than 4300 digits.
    """
    whole, _, fraction = digits.partition(".")
    fraction = fraction.ljust(zeros, "0")
    shifted, rest = (whole + fraction[:zeros]).lstrip("0") or "0", fraction[zeros:].rstrip("0")
    return f"{shifted}.{rest}" if rest else shifted


def _spelt(words: Sequence[str], spelt: Sequence[str | None], i: int, found: set[str], teens: bool,
           total: int = 0) -> int:
    """Add the number spelt out from word i on (plus `total` before it); return the next word's index."""
    current = int(spelt[i])
    j = i + 1
    while j < len(words):
        scale = scale_of(words[j])
        value = spelt[j]
        if scale and not (value and _whole(value)):
            total, current = total + current * scale, 0  # "бес жүз мың": (5 × 100) × 1000
        elif value and _whole(value) and int(value) == 100 and 0 < current < 100:
            current *= 100  # "two hundred", "бес жүз"
        elif (value and _whole(value) and 0 < int(value) < _place(total + current)
              and (teens or (total + current) % 100 != 10)):  # "ten five-year" is no 15 but in Kazakh
            current += int(value)  # "twenty five", "сто двадцать", "мың … жиырма жеті"
        elif words[j] in _INSIDE and j + 1 < len(words) and spelt[j + 1] and _whole(spelt[j + 1]):
            pass
        else:
            break
        j += 1
    found.add(str(total + current) + _unit(words, j))
    return j


def _whole(value: str) -> bool:
    """Return True if a number word's value is a whole number ("25", not "50%" or "2x")."""
    return value.isdigit()


def _place(number: int) -> int:
    """Return the largest power of ten that divides `number` (20 → 10, 2000 → 1000, 25 → 1)."""
    place = 1
    while number and number % (place * 10) == 0:
        place *= 10
    return place if number else 0


def scale_of(word: str) -> int:
    """Return the scale a word names (тысяча → 1000), or 0."""
    if word.startswith("мына"):
        return 0  # «мынадай», «мыналар» (such, these) begin like «мың» folded
    return next((k for prefix, k in lexicon.SCALES if word.startswith(prefix)), 0)
