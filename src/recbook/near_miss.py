"""Name the known id a mistyped one was meant to be: case, look-alike letters, a letter or two.

Ids and keywords are matched exactly (README, "Reading rules"): `finance` is never read as
`Finance`, a Cyrillic «О» never as the digit 0. recbook does not alter what was written in an id;
the message ends with the fix instead. Proposals (load, validate) and decisions (merge) both ask,
so this sits outside the stages, as characters.py does.

A conference list's entry may be typed as its name instead («Водные ресурсы» for D1, whose title is
«Водные ресурсы и ирригация»: the intake sheet's notes list the names beside the ids). With the
names given, a value that is a name, or the start of one, case aside, is answered with its id.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Callable, Collection, Mapping, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

# Characters drawn like a Latin letter or digit in the fonts people type ids in, mapped to that one.
# O/0 and I/l/1 are one class each: an id typed as "G1-0l" or "Youth-O2" is the same slip.
_ALIKE_GROUPS = {
    "0": "0OoОоΟοՕօ", "1": "1IilІіӀӏΙι", "3": "3Зз",
    "a": "АаΑα", "b": "ВΒ", "c": "СсϹϲ", "d": "ԁ", "e": "ЕеΕ", "h": "НһҺΗ", "j": "Јј", "k": "КкΚκ",
    "m": "МΜ", "n": "Ν", "p": "РрΡρ", "q": "ԛ", "s": "Ѕѕ", "t": "ТΤ", "w": "ԝ", "x": "ХхΧχ",
    "y": "УуҮүΥ", "z": "Ζ",
}
_ALIKE = {ch: base for base, chars in _ALIKE_GROUPS.items() for ch in chars}
_MAX_EDITS = 2
_MAX_NAMED = 3  # names a start may stand for and still be a useful hint
_MIN_NAME_START = 4  # characters of a name typed to stand for it: "Вод" starts too many names to say


@dataclass(frozen=True)
class Hint:
    """What to say after "unknown …": the id meant, and whether the value only looks different."""

    known: str
    text: str
    # only case or look-alike characters differ: surely a slip for `known`, never another id
    same_looking: bool
    meant: str = ""  # the id(s) meant, quoted ("'A'" or "'A' or 'B'"): what several hints list together
    note: str = ""  # which characters differ ("'G1-О2' has a Cyrillic letter О where …"), or nothing


def hints_text(hints: Sequence[tuple[str, Hint]]) -> str:
    """Return the hints for several unknown values, (value, hint) each, as one clause after "; ".

    One hint is its own text; several are one question ("did you mean 'G1-01' for 'g1-01' and
    'G1-02' for 'g1-02'?"), after what differs in each, where that was said: a hint per value joined
    by "; " read "…?; did you mean …?".
    """
    if len(hints) == 1:
        return hints[0][1].text
    notes = [h.note for _, h in hints if h.note]
    asked = [f"{h.meant or _quoted(h.known)} for {_quoted(value)}" for value, h in hints]
    question = "did you mean " + ", ".join(asked[:-1]) + " and " + asked[-1] + "?"
    return "; ".join([*notes, question])


def near_miss(value: str, known: Collection[str], names: Mapping[str, str] | None = None) -> Hint | None:
    """Return the hint for `value`, an id not in `known`; None when no known id is close.

    `names` ({id: name}, a conference list's titles or names) also answers a value that is one of
    them, whole or its start, with the id.
    """
    hint = Known(known).hint(value)
    return hint or (_by_name(value, names) if names and value not in known else None)


def _by_name(value: str, names: Mapping[str, str]) -> Hint | None:
    """Return the hint naming the ids whose name is `value` or starts with it (case and spacing aside)."""
    typed = _words(value)
    if len(typed) < _MIN_NAME_START:
        return None
    whole = sorted(k for k, name in names.items() if _words(name) == typed)
    found = whole or sorted(k for k, name in names.items() if _words(name).startswith(typed))
    if not found or len(found) > _MAX_NAMED:  # "Рабочая группа" starts every group's name: no guess
        return None
    listed = " or ".join(f"{_quoted(k)} ({_quoted(names[k], 60, quote=False)})" for k in found)
    return Hint(found[0], f"did you mean {listed}?", False, listed)


def _words(value: str) -> str:
    """Return `value` as its words read, for a name: case and runs of spaces aside."""
    return " ".join(value.split()).casefold()


class Known:
    """The known ids, indexed once: many unknown ids (stale decisions after a re-intake of 100,000
    proposals) are each looked up by their case and their look, and only then by edits."""

    def __init__(self, known: Collection[str]) -> None:
        self.known = known
        self.by_case: dict[str, list[str]] = {}
        self.by_look: dict[str, list[str]] = {}
        for k in sorted(known):
            self.by_case.setdefault(k.casefold(), []).append(k)
            self.by_look.setdefault(_skeleton(k), []).append(k)
        self.looks = list(self.by_look)

    def hint(self, value: str) -> Hint | None:
        """Return the hint for `value`; None when it is known or no known id is close."""
        if not value or value in self.known:
            return None
        folded = self.by_case.get(value.casefold())
        if folded:
            return Hint(folded[0], f"did you mean {_either(folded)}?", True, _either(folded))
        skeleton = _skeleton(value)
        alike = self.by_look.get(skeleton)
        if alike:
            found = _differences(value, alike[0]) if len(alike) == 1 else None
            text = f"{found}; did you mean {_either(alike)}?" if found else f"did you mean {_either(alike)}?"
            return Hint(alike[0], text, True, _either(alike), found or "")
        distances: dict[str, int] = {}
        for look, edits, _ in process.extract_iter(skeleton, self.looks, scorer=OSA.distance, score_cutoff=_MAX_EDITS):
            for k in self.by_look[look]:
                # two edits in a three-letter id make any other three-letter id, and two in a five-letter
                # one turn "G3-01" into "A-01", another group's: only an id an edit per three characters
                # away is close enough to be meant
                if 3 * edits < max(len(value), len(k)):
                    distances[k] = int(edits)
        if not distances:
            return None
        best = min(distances.values())
        closest = sorted(k for k, d in distances.items() if d == best)
        # "D5" is as close to D1 as to D2: a guess would mislead, and the message lists them all
        return (Hint(closest[0], f"did you mean {_quoted(closest[0])}?", False, _quoted(closest[0]))
                if len(closest) == 1 else None)


# what a word processor, a keyboard layout or a copy from a PDF types for the hyphen of "G6-10"
# (Word's AutoCorrect makes "G6 - 10" an en dash): hyphen, no-break hyphen, figure, en and em dash,
# horizontal bar, minus, small and fullwidth hyphen-minus
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
# a look-alike letter as the Latin letter of its case (Cyrillic «С» → C, «р» → p); not the digits' classes:
# a Cyrillic «О» in an id may be an O or a 0
_LATIN = {ch: (base.upper() if ch.isupper() else base) for base, chars in _ALIKE_GROUPS.items()
          if base.isalpha() for ch in chars if not ch.isascii()}


def as_id(value: str, valid: Callable[[str], bool]) -> Hint | None:
    """Return the hint for `value`, not `valid` as an id, when it is one with its dashes typed as the
    hyphen and its look-alike letters as Latin ones ("G6–10" → 'G6-10'); None otherwise."""
    typed = "".join(_LATIN.get(ch, ch) for ch in unicodedata.normalize("NFKC", value.translate(_DASHES)))
    if typed == value or not valid(typed):
        return None
    found = _differences(value, typed)
    text = f"{found}; did you mean {_quoted(typed)}?" if found else f"did you mean {_quoted(typed)}?"
    return Hint(typed, text, True, _quoted(typed), found or "")


def _skeleton(value: str) -> str:
    """Return `value` as it looks: look-alike characters as one, case ignored (NFKC: fullwidth "Ａ" is A)."""
    return "".join(_ALIKE.get(ch, ch) for ch in unicodedata.normalize("NFKC", value)).casefold()


def _differences(value: str, known: str) -> str | None:
    """Say which characters of `value` differ from `known`'s beyond case; None if it cannot be said."""
    if len(value) != len(known):
        return None
    pairs = [(a, b) for a, b in zip(value, known) if a != b and a.casefold() != b.casefold()]
    if not pairs:
        return None
    mine, theirs = (_characters([pair[i] for pair in pairs]) for i in (0, 1))
    return f"{_quoted(value)} has {mine} where {_quoted(known)} has {theirs}"


def _characters(chars: list[str]) -> str:
    """Return "a Cyrillic letter О", "Cyrillic letters О, а" or "a digit 0, a Latin letter a"."""
    kinds = [_kind(ch) for ch in chars]
    if len(chars) == 1:
        return f"{_a(kinds[0])} {chars[0]}"
    if len(set(kinds)) == 1:
        return f"{kinds[0]}s {', '.join(chars)}"
    return ", ".join(f"{_a(kind)} {ch}" for kind, ch in zip(kinds, chars))


def _a(kind: str) -> str:
    """Return `kind` after its article: "a digit", "an en dash"."""
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def _kind(ch: str) -> str:
    """Return "digit", "Latin letter", "Cyrillic letter" … for one character."""
    if ch.isascii() and ch.isdigit():
        return "digit"
    if unicodedata.category(ch) == "Pd" or ch == "\u2212":  # "an en dash –", not "an En character –"
        return unicodedata.name(ch, "dash").lower().replace("hyphen-minus", "hyphen")
    script = unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0].capitalize()
    return f"{script} letter" if ch.isalpha() else f"{script} character"


def _either(ids: list[str]) -> str:
    """Return "'A'" or "'A' or 'B'"."""
    quoted = [_quoted(k) for k in sorted(ids)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _quoted(value: str, limit: int = 60, quote: bool = True) -> str:
    """Return `value` quoted as messages quote values (load.fields.shown, which this may not import)."""
    if not quote:  # a name in parentheses after its id
        return value if len(value) <= limit else f"{value[:limit]}…"
    return repr(value) if len(value) <= limit else f"{value[:limit]!r}…"
