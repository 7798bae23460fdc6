"""Tell a one-word substitution from a variant: "психолог" for "логопед" in an otherwise equal text.

Two texts that are the same but for one or two content words are either variants
of one text (a typo, a spelling, another case form of the word, a synonym the
lexicon knows) or two asks that differ exactly where it matters: a psychologist or
a speech therapist in every school. The word that differs is what the ask is
about, so a machine must not decide it: such a pair is only listed as a look-alike.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz

from .features import Variant, stem, word_info
from .normalize import fold_kk

MAX_SWAPPED = 2  # words left unexplained on each side (one content word, one function word at most)
SAME_SHARE = 0.85  # of the longer text's words equal or explained: "nearly identical"
# support verbs: an ask's verb of doing ("create", "introduce", "open") names no ask of its own, the
# object does; one swapped for another is a paraphrase (Kazakh folded as in normalize.fold_kk)
SUPPORT_VERBS = ("creat", "establish", "introduc", "set", "make", "launch", "open", "organi", "ensur",
                 "provid", "implement", "созда", "введ", "ввест", "дела", "сдела", "откр", "организ",
                 "обеспеч", "учред", "запуст", "внедр", "куру", "курыл", "енгиз", "ашу", "ашыл",
                 "уйымдаст", "жаса", "камтамасыз", "бекит", "иске")
TYPO = 75  # rapidfuzz ratio from which two words are one word misspelt ("houshold" / "household")


def substitution(a: Variant, b: Variant) -> str:
    """Return "different word: x vs y" if the texts differ by unrelated content words only, else ""."""
    if not (a.original and b.original):
        return ""  # a translator's word choice is no ask of the group's
    words_a, words_b = Counter(_words(a)), Counter(_words(b))
    left, right = _unrelated(sorted((words_a - words_b).elements()), sorted((words_b - words_a).elements()),
                             a.language)
    if len(left) > MAX_SWAPPED or len(right) > MAX_SWAPPED:
        return ""
    longer = max(sum(words_a.values()), sum(words_b.values()))
    if longer - max(len(left), len(right)) < SAME_SHARE * longer:
        return ""  # a short text with a word swapped is as likely a paraphrase ("create" / "open")
    swapped_a, swapped_b = _content(left, a.language), _content(right, b.language)
    if len(swapped_a) == len(swapped_b) == 1:
        return f"different word: {swapped_a[0]} vs {swapped_b[0]}"
    return ""


def _words(v: Variant) -> list[str]:
    """Return the words of the text (its title only when it has no text), Kazakh-folded."""
    return fold_kk(v.key).split() if v.key else v.folded.split()


def _content(words: list[str], language: str) -> list[str]:
    """Return the content words: stop words, numbers and negations have their own guards."""
    return sorted(w for w in words if word_info(w, language).stem is not None)


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
    if stem(x, language) == stem(y, language):
        return True
    cx, cy = word_info(x, language).concept, word_info(y, language).concept
    if cx is not None and cx == cy:
        return True
    if x.startswith(SUPPORT_VERBS) and y.startswith(SUPPORT_VERBS):
        return True
    return x.startswith(y) or y.startswith(x) or fuzz.ratio(x, y) >= TYPO
