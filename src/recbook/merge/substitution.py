"""Tell a one-word substitution from a variant: "психолог" for "логопед" in an otherwise equal text.

Two texts that are the same but for one or two content words are either variants
of one text (a typo, a spelling, another case form of the word, a synonym the
lexicon knows) or two asks that differ exactly where it matters: a psychologist or
a speech therapist in every school. The word that differs is what the ask is
about, so a machine must not decide it: such a pair is only listed as a look-alike.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz.distance import OSA

from . import lexicon
from ..kazakh_latin import cyrillic, is_latin
from .features import Variant, stem, word_info
from .normalize import fold_kk
from .places import place_of

# stems left unexplained on each side: one thing renamed in up to three words ("mountain guides" /
# "horse riding instructors", forum_ili's blind run), or one content word and its function words
MAX_SWAPPED = 3
SAME_SHARE = 0.85  # of the longer text's words equal or explained: "nearly identical"
# support verbs: an ask's verb of doing ("create", "introduce", "open") names no ask of its own, the
# object does; one swapped for another is a paraphrase (Kazakh folded as in normalize.fold_kk)
SUPPORT_VERBS = ("creat", "establish", "introduc", "set", "make", "launch", "open", "organi", "ensur",
                 "provid", "implement", "созда", "введ", "ввест", "дела", "сдела", "откр", "организ",
                 "обеспеч", "учред", "запуст", "внедр", "куру", "курыл", "енгиз", "ашу", "ашыл",
                 "уйымдаст", "жаса", "камтамасыз", "бекит", "иске")
# two words are one word misspelt ("houshold" / "household") within this many edits: one for short
# words, two from 8 letters (a ratio of 75 took "psychologist" / "physiologist" for a typo); two
# letters swapped ("reprot" / "report") are one edit, as a typist makes them
TYPO_EDITS = ((8, 2), (0, 1))  # (from this length, edits allowed)
SHORT_NAMED = 5  # letters of an abbreviation or a short word whose one-letter change is another thing


def substitution(a: Variant, b: Variant) -> str:
    """Return "different word: x vs y" if one content word stands in the place of an unrelated one, else ""."""
    if not (a.original and b.original):
        return ""  # a translator's word choice is no ask of the group's
    wa, wb = _words(a), _words(b)
    only_a, only_b = _unrelated(sorted(set(wa) - set(wb)), sorted(set(wb) - set(wa)), a.language)
    if not _content(only_a, a.language) or not _content(only_b, b.language) or len(only_a) > 2 * MAX_SWAPPED:
        return ""  # cheap first: nothing replaced, only typos, drops and moves, or far too much
    blocks = [(wa[i1:i2], wb[j1:j2], op)
              for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes() if op != "equal"]
    # a word that left one place and stands in another was moved, not replaced
    moved = {w for x, _, _ in blocks for w in x} & {w for _, y, _ in blocks for w in y}
    left, right, swaps = [], [], []
    for x, y, op in blocks:
        lx, ry = _unrelated([w for w in x if w not in moved], [w for w in y if w not in moved], a.language)
        left += lx
        right += ry
        cx, cy = _content(lx, a.language), _content(ry, b.language)
        if op == "replace" and cx and cy:
            swaps.append(([w for w in lx if w in cx], [w for w in ry if w in cy]))  # in the text's order
    left, right = _unrelated(left, right, a.language)  # moved and misspelt ("жонецу" … "жоецу")
    # a word the text repeats is replaced wherever it stands: "feldshers" … "feldsher" is one word
    if len(_stems(left, a.language)) > MAX_SWAPPED or len(_stems(right, b.language)) > MAX_SWAPPED:
        return ""
    swaps = [(x, y) for x, y in swaps if set(x) <= set(left) and set(y) <= set(right)]
    longer = max(len(wa), len(wb))
    # a short text with a word swapped once is as likely a paraphrase ("create" / "open"), unless the
    # two words name two things the lexicon tells apart: «мектеп» / «мешіт», a school or a mosque
    short = longer - max(len(left), len(right)) < SAME_SHARE * longer
    if short and len(swaps) < 2 and not (_named_apart(swaps, a.language) or _opposed_swaps(swaps, a.language)):
        return ""
    # one content word, or a two-word name of one thing ("police officers"), stands for another
    # wherever it is replaced, and nothing else is: the same swap, repeated or not
    shapes = {(_stems(x, a.language), _stems(y, b.language)) for x, y in swaps}
    replaced = (_stems(_content(left, a.language), a.language), _stems(_content(right, b.language), b.language))
    if shapes == {replaced}:
        x, y = swaps[0]
        return f"different word: {' '.join(x)} vs {' '.join(y)}"
    return ""


def opposite_swap(a: Variant, b: Variant) -> str:
    """Return "different word: x vs y" if two texts are word for word the same but for one word and its opposite.

    «Ылғал сақтайтын технологияға субсидия» / «Ылғал жоятын технологияға субсидия» (keep / destroy): the
    words of lexicon.OPPOSITE_SWAPS are read only so, where nothing else differs (similarity reads two
    titles over one text so).
    """
    wa, wb = _words(a), _words(b)
    if len(wa) != len(wb) or a.language != b.language:
        return ""
    differing = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(differing) == 1 and _opposed(*differing[0], a.language):
        return f"different word: {differing[0][0]} vs {differing[0][1]}"
    return ""


def opposed_words(v: Variant) -> tuple[tuple[int, int], ...]:
    """Return which side of which pair of lexicon.OPPOSITE_SWAPS each word of a text begins, sorted.

    All opposite_swap reads of a text's words against any other text's: two texts that hold the same
    are never one swap apart (copies.py reads titles by it).
    """
    pairs = lexicon.OPPOSITE_SWAPS.get(v.language)
    if not pairs:
        return ()
    return tuple(sorted((n, side) for w in _words(v) for n, pair in enumerate(pairs)
                        for side in (0, 1) if _opposable(w, v.language).startswith(pair[side])))


def _opposed(x: str, y: str, language: str) -> bool:
    """Return True if two words are the two sides of one pair of lexicon.OPPOSITE_SWAPS."""
    x, y = _opposable(x, language), _opposable(y, language)
    return any(x.startswith(one) and y.startswith(other) or x.startswith(other) and y.startswith(one)
               for one, other in lexicon.OPPOSITE_SWAPS.get(language, ()))


@lru_cache(maxsize=10_000)
def _opposable(word: str, language: str) -> str:
    """Return a word folded as the lexicon spells it: Kazakh typed in Latin letters read in Cyrillic (a text's
    key keeps the letters it was written in)."""
    if language == "kk" and is_latin(word):
        word = (cyrillic(None, word)[1] or word).lower()
    return _fold(word)


def _opposed_swaps(swaps: list[tuple[list[str], list[str]]], language: str) -> bool:
    """Return True if one word swapped for one other is its opposite (lexicon.OPPOSITE_SWAPS)."""
    return (len(swaps) == 1 and len(swaps[0][0]) == 1 and len(swaps[0][1]) == 1
            and _opposed(swaps[0][0][0], swaps[0][1][0], language))


def _named_apart(swaps: list[tuple[list[str], list[str]]], language: str) -> bool:
    """Return True if one word swapped for one other names two different things the lexicon knows."""
    if len(swaps) != 1 or len(swaps[0][0]) != 1 or len(swaps[0][1]) != 1:
        return False
    x, y = (word_info(_fold(w[0]), language).concept for w in swaps[0])
    return x is not None and y is not None and x != y


def _stems(words: list[str], language: str) -> frozenset[str]:
    """Return the stems of `words`: a word and its other forms are one."""
    return frozenset(stem(_fold(w), language) for w in words)


def _words(v: Variant) -> list[str]:
    """Return the words of the text in order (its title only when it has no text)."""
    return list(_split(v.key)) if v.key else v.folded.split()


@lru_cache(maxsize=256)  # pairs are scored in id order: one text meets its neighbours in a row
def _split(key: str) -> tuple[str, ...]:
    return tuple(key.split())


@lru_cache(maxsize=100_000)
def _fold(word: str) -> str:
    """Return a word as features reads it: Kazakh letters folded (only differing words get here)."""
    return fold_kk(word)


def _content(words: list[str], language: str) -> list[str]:
    """Return the content words: stop words, numbers and negations have their own guards."""
    return sorted(w for w in words if word_info(_fold(w), language).stem is not None)


def _unrelated(left: list[str], right: list[str], language: str) -> tuple[list[str], list[str]]:
    """Return the words of each side that no word of the other side explains."""
    rest = list(right)
    kept = []
    for word in left:
        twin = next((w for w in rest if _related(word, w, language)), None)
        if twin is None:
            kept.append(word)
        else:
            rest.remove(twin)
    return kept, rest


def _related(x: str, y: str, language: str) -> bool:
    """Return True if two words are one lemma, one concept, one compound or one word misspelt."""
    x, y = _fold(x), _fold(y)  # "қол" typed as "кол" is one word
    if stem(x, language) == stem(y, language):
        return True
    cx, cy = word_info(x, language).concept, word_info(y, language).concept
    if cx is not None and cx == cy:
        return True
    if x.startswith(SUPPORT_VERBS) and y.startswith(SUPPORT_VERBS):
        return True
    if _truncation(x, y) or _truncation(y, x):  # «гос» for «государственных»
        return True
    if (place := place_of(x)) is not None and place == place_of(y):
        return True  # a town under its other name: «Семее» / «Семипалатинске», "Semey" / "Semipalatinsk"
    # two short words the lexicon tells apart are no typo: «ГЭС» / «ГРЭС» (a longer word misspelt may
    # begin like another concept: «пенсинеров» is «пенсионеров», not a pension)
    return not (cx and cy and max(len(x), len(y)) <= SHORT_NAMED) and misspelt(x, y)


def misspelt(x: str, y: str) -> bool:
    """Return True if two folded words are one word misspelt: a few edits, the first letter kept.

    A typist gets a word's first letter right; where it differs, a prefix or another word does, and
    opposites sit there: "inclusion" / "exclusion", "employed" / "unemployed", "hire" / "fire",
    «включить» / «исключить», «дейін» / «кейін» (each was read as a typo).
    """
    if x[:1] != y[:1]:
        return False
    allowed = next(edits for length, edits in TYPO_EDITS if min(len(x), len(y)) >= length)
    return OSA.distance(x, y, score_cutoff=allowed) <= allowed


def _truncation(short: str, long: str) -> bool:
    """Return True if `short` is `long` cut short, as an abbreviation cuts it.

    An abbreviation keeps at most three fifths of the word («тыс» / «тысяч», «информ» /
    «информации», «гос» / «государственных»); a longer shared beginning is another word
    built on it ("nurse" / "nursery", "bank" / "banker"), which the stemmer has already
    had its chance to call one word.
    """
    return long.startswith(short) and 5 * len(short) <= 3 * len(long)
