"""The unit a number counts, read the same in kk, ru and en: "3 years" is not "3 months".

A number is compared as a value (numerals.py): «до 3 лет» and «до 3 месяцев» both give 3, and two
texts alike but for the unit would merge. Here the first content word after a run of number words
(within LOOK_AHEAD words) is read as a unit when its stem is one of a family's: a year is «год»,
«жыл» and "year" alike, so «3 жыл» and "3 years" agree, while "3 years" and "3 months" do not
(guards.guard). A number followed by anything else counts no unit and is compared by value only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from .numerals import numbers_in, scale_of

if TYPE_CHECKING:  # features imports this module
    from .features import WordInfo

# unit families by the stems of their words (features.stem: Kazakh's first five letters, Snowball's
# stem of a Russian or English dictionary form); "=" marks a whole stem: «час» but not «часть»,
# «ден» (день) but not «деньги», Kazakh «ай» (month) but not «айтты», «айыппұл», «күн» but not
# «күнделікті» (daily: «күнде» is left out)
UNITS: dict[str, tuple[str, ...]] = {
    "year": ("year", "год=", "жыл"),
    "month": ("month", "месяц", "ай=", "айга", "айда", "айдан", "айлык", "айы="),
    "week": ("week", "недел", "апта"),
    "day": ("day", "ден=", "дня=", "сутк", "кун=", "куни=", "кунге", "тауил"),
    "hour": ("hour", "час=", "сагат"),
    "minute": ("minut", "минут"),
    "money": ("teng", "тенг", "тг=", "kzt", "доллар", "dollar", "usd", "мрп", "mci", "аек"),
    "length": ("km=", "км=", "kilomet", "километр", "шакыр", "metr", "meter"),
    # a mile is no kilometre: "60 km/h" / "60 mph" set two speed limits («миль» is Snowball's «мил»)
    "mile": ("mile", "mph=", "мил="),
    "area": ("hectar", "гектар", "га=", "sotk", "сотк"),
}
LOOK_AHEAD = 2  # words after a number where its unit may stand («90 км/ч», «үш жұмыс күні», "5 more days")
_WHOLE = {p.rstrip("="): family for family, ps in UNITS.items() for p in ps if p.endswith("=")}
_PREFIXES = tuple((p, family) for family, ps in UNITS.items() for p in ps if not p.endswith("="))


def unit_of(stem: str) -> str | None:
    """Return the unit family a stem names ("year" for «жылга», «год», "year"), or None."""
    return _WHOLE.get(stem) or next((family for p, family in _PREFIXES if stem.startswith(p)), None)


def counted_units(words: Sequence[str], infos: Sequence["WordInfo"], numbers: frozenset[str],
                  language: str) -> frozenset[tuple[str, str]]:
    """Return (number, unit family) for each run of number words a unit follows (numbers: the text's own)."""
    found: set[tuple[str, str]] = set()
    i = 0
    while i < len(words):
        if not _numeric(words[i], infos[i]):
            i += 1
            continue
        start = i
        while i < len(words) and _numeric(words[i], infos[i]):
            i += 1
        unit = next((u for info in infos[i:i + LOOK_AHEAD] if info.stem and (u := unit_of(info.stem))), None)
        if unit:
            spelt = [info.number for info in infos[start:i + 1]]
            found |= {(n, unit) for n in numbers_in(words[start:i + 1], spelt, language) & numbers}
    return frozenset(found)


def _numeric(word: str, info: "WordInfo") -> bool:
    return info.number is not None or any(c.isdigit() for c in word) or bool(scale_of(word))


def unit_clash(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> str:
    """Return "3 year vs 3 month" if one number counts a unit in one text and only another in the other."""
    for number, unit in sorted(a):
        others = sorted(u for n, u in b if n == number)
        if others and unit not in others and not {u for n, u in a if n == number} & set(others):
            return f"{number} {unit} vs {number} {others[0]}"
    return ""
