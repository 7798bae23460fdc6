"""The Kazakh dictionary, looked up by a word's spelling on a Russian keyboard.

data/stems.txt holds Hunspell's Kazakh words sorted under their folded spelling (the nine Kazakh
letters read as their Russian look-alikes), data/suffixes.txt its suffix rules under their folded
ending (tools/make_kazakh_lexicon.py builds both). A typed word is split into a head and a
suffix in every way; the words filed under the head's folded spelling that take that suffix are
its readings. Hunspell's rules are applied as Hunspell does: a suffix needs its flag among the
word's flags and its condition on the word's end, after which `strip` gives way to `add`.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")
_DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def _stems() -> list[str]:
    """Return the lines of stems.txt (`folded<TAB>entries`, sorted): ~5 ms, at the first Kazakh word asked about."""
    return (_DATA / "stems.txt").read_text(encoding="utf-8").splitlines()


# the rules of one folded ending, by what they strip: (strip, its folded spelling, [(class mask, add, condition)])
Rules = list[tuple[str, str, list[tuple[int, str, str]]]]


@lru_cache(maxsize=1)
def _suffixes() -> tuple[dict[str, Rules], int]:
    """Return the suffix rules by folded ending, grouped by what they strip, and the longest ending.

    Grouped so that a split of a word looks its head up once, not once per rule (an ending has up
    to ~50 rules, one per condition).
    """
    grouped: dict[str, dict[str, list[tuple[int, str, str]]]] = {}
    for line in (_DATA / "suffixes.txt").read_text(encoding="utf-8").splitlines():
        folded, mask, strip, add, condition = line.split("\t")
        grouped.setdefault(folded, {}).setdefault(strip, []).append((int(mask), add, condition))
    rules = {f: [(strip, strip.translate(FOLD), group) for strip, group in by_strip.items()]
             for f, by_strip in grouped.items()}
    return rules, max(map(len, rules))


@lru_cache(maxsize=1)
def endings() -> frozenset[str]:
    """Return the folded endings a noun may have: the nouns' suffixes, also without their first letter.

    Without it, as a loanword takes them: «турист» + «тер» is «туристер», the stem's last letter
    standing for the suffix's first. A final ң is read as н too (the -ын forms the dictionary
    lacks, see `readings`). A noun is a word of a class that takes the possessive suffix "B"
    (-ым/-ім): the verbs' classes take none.
    """
    classes = (_DATA / "classes.txt").read_text(encoding="utf-8").splitlines()
    nouns = sum(1 << c for c, flags in enumerate(classes) if "B" in flags)
    rules, _ = _suffixes()
    found = {e for folded, by_strip in rules.items()
             if any(mask & nouns for _, _, group in by_strip for mask, _, _ in group)
             for e in (folded, folded[1:]) if e}
    return frozenset(found | {e[:-1] + "н" for e in found if e.endswith("ң")})


def _words(folded: str) -> list[tuple[str, int]]:
    """Return the dictionary words (word, affix class) whose folded spelling is `folded`."""
    lines = _stems()
    at = bisect_left(lines, folded + "\t")
    if at == len(lines) or not lines[at].startswith(folded + "\t"):
        return []
    return [(entry[:-1] or folded, int(entry[-1])) for entry in lines[at][len(folded) + 1:].split(" ")]


@lru_cache(maxsize=256)
def _condition(condition: str) -> tuple[tuple[bool, str], ...]:
    """Return Hunspell's condition on a word's end as (negated, letters) per letter ("." is any letter).

    Its syntax is a letter, ".", "[…]" or "[^…]" per position: read by hand, as compiling the ~90
    conditions a check meets as regular expressions took ~10 ms.
    """
    parts: list[tuple[bool, str]] = []
    at = 0
    while at < len(condition):
        if condition[at] == "[":
            end = condition.index("]", at)
            negated = condition[at + 1] == "^"
            parts.append((negated, condition[at + 1 + negated:end]))
            at = end + 1
        else:
            parts.append((True, "") if condition[at] == "." else (False, condition[at]))
            at += 1
    return tuple(parts)


def _meets(word: str, condition: str) -> bool:
    """Return whether `word` ends as Hunspell's `condition` says."""
    parts = _condition(condition)
    if len(parts) > len(word):
        return False
    return all((ch in letters) != negated for ch, (negated, letters) in zip(word[-len(parts):], parts))


def spellings(folded: str) -> set[str]:
    """Return every dictionary word or suffixed form whose folded spelling is `folded`."""
    found = {word for word, _ in _words(folded)}
    rules, longest = _suffixes()
    for cut in range(1, min(len(folded) - 1, longest) + 1):
        for strip, folded_strip, group in rules.get(folded[-cut:], ()):
            for word, kind in _words(folded[:-cut] + folded_strip):
                if not word.endswith(strip):
                    continue
                for mask, add, condition in group:
                    if mask >> kind & 1 and _meets(word, condition):
                        found.add(word[:len(word) - len(strip)] + add)
    return found


@lru_cache(maxsize=20_000)
def readings(word: str) -> tuple[str, ...]:
    """Return the Kazakh words a lower-case `word` typed without the Kazakh letters may stand for.

    Empty when `word` is itself a Kazakh word (or one of its forms), or when nothing in the
    dictionary folds to it. Else the readings that restore the fewest letters, alphabetically:
    «кызметин» is «қызметін» (two letters) sooner than «қызметің» (three).

    A reading that restores only ң for н is none: the dictionary's suffixes give most nouns their
    -(ы)ң forms («жобаларың», your projects) but not their -(ы)н ones («жобаларын», their projects,
    accusative), so all it says is that the dictionary lacks the word as written: without this,
    165 words of the correct kk texts bench/kazakh_keyboard.py reads were flagged, «жобаларын» among them.
    """
    found = spellings(word.translate(FOLD))
    if word in found:
        return ()
    found = {f for f in found if not _only_ng(word, f)}
    if not found:
        return ()
    fewest = min(_restored(word, f) for f in found)
    return tuple(sorted(f for f in found if _restored(word, f) == fewest))


def _only_ng(word: str, reading: str) -> bool:
    """Return whether `reading` differs from `word` only in ң where `word` has н."""
    return all(a == b or (a, b) == ("н", "ң") for a, b in zip(word, reading))


def _restored(word: str, reading: str) -> int:
    """Return how many letters `reading` has where `word` has their look-alikes."""
    return sum(a != b for a, b in zip(word, reading))
