"""A word misspelt, told from another word: «пласитк» is «пластик», «жатпейді» is no «жетпейді».

Two words one edit apart (a letter replaced, dropped or added, two neighbours swapped, the first
letter kept) are one word misspelt or two words: «семьи» / «семи» (families / seven), «жетпейді» /
«жатпейді» (does not suffice / does not lie), "Forbid" / "Forlid". A dictionary tells them apart:
a pair of which one form is a word of the language and the other is no word is one word misspelt
(the unknown form is the typo); two known words are two words, whatever letters they share; two
unknown forms are left undecided (a name, or a word the dictionary lacks).

The dictionaries are the ones recbook has: pymorphy3's Russian one (merge.lemmas), Hunspell's
Kazakh one (kazakh_keyboard.lexicon, with the merge's own reading of a Kazakh negated verb:
Hunspell lacks most of them, «білмейді» is «біл» + «ме» + «йді»; and the Russian words Kazakh
texts use, «квота»), and, for English, which has no
dictionary here, the words the merge's lexicon reads (stop words, numbers, "not"s, more / less,
concepts, contrasts) and breame's spellings: an English pair is confirmed only where one form is
such a word, so fewer English typos are read as typos, never more.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from ..kazakh_keyboard import lexicon as kazakh
from ..kazakh_latin import cyrillic, is_latin
from . import lexicon
from .lemmas import _analyzer
from .normalize import fold_kk
from .spelling import american

# letters of the longer word of a confirmed pair, and of the shorter: below them one edit turns many a
# short word into another the dictionaries may lack (a name, an abbreviation), and a typo costs a
# short text's score less
MIN_LONGER = 5
MIN_SHORTER = 4
_KAZAKH_LETTER = re.compile("[әғқңөұүһі]")


def confirmed_typo(x: str, y: str, language: str) -> bool:
    """Return True if two different normalized words are one word misspelt, as a dictionary tells.

    One edit apart, the first letter kept, no digit, long enough (MIN_LONGER, MIN_SHORTER), and one
    form a word of `language` and the other none.
    """
    if x == y or x[:1] != y[:1] or any(c.isdigit() for c in x + y):
        return False
    if max(len(x), len(y)) < MIN_LONGER or min(len(x), len(y)) < MIN_SHORTER:
        return False
    if OSA.distance(x, y, score_cutoff=1) > 1:
        return False
    return known(x, language) != known(y, language)


@lru_cache(maxsize=20_000)
def known(word: str, language: str) -> bool:
    """Return True if a normalized (lower-case, ё as е) word is a word of `language` as its dictionary reads it."""
    if language == "ru":
        return _analyzer().word_is_known(word)
    if language == "kk":
        return _kazakh(word)
    if language == "en":
        return _english(word)
    return True  # no dictionary: every form a word, so no pair is confirmed


def _kazakh(word: str) -> bool:
    """Return True if Hunspell's Kazakh dictionary has `word`, or it is a negated verb of a root it has."""
    if is_latin(word):  # Kazakh typed in Latin letters is looked up in Cyrillic, as the dictionary spells it
        word = (cyrillic(None, word)[1] or word).lower()
    if word in kazakh.spellings(word.translate(kazakh.FOLD)):
        return True
    if not _KAZAKH_LETTER.search(word) and _russian_common(word):
        return True  # a Russian word Kazakh texts use («квота», «форум»), which Hunspell's Kazakh lacks
    folded = fold_kk(word)  # the negated verb is read folded; folding keeps every letter in its place
    if folded in lexicon.NEGATIONS:
        return True
    negated = lexicon.KK_NEGATED_VERB.match(folded)
    if negated is None:
        return False
    at = next(negated.start(g) for g in range(1, (negated.re.groups or 0) + 1) if negated.group(g) is not None)
    root = word[:at]  # empty for the few whole words the pattern lists («болмасын»)
    return not root or root in kazakh.spellings(root.translate(kazakh.FOLD))


# a Russian name's case forms are no word of a Kazakh text: «аустам» (of the name Ауста) is «астам» misspelt
_PROPER = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn"))


def _russian_common(word: str) -> bool:
    """Return True if pymorphy3's Russian dictionary has `word` as a common word, not only as a name's form."""
    analyzer = _analyzer()
    return analyzer.word_is_known(word) and any(
        p.is_known and not _PROPER & p.tag.grammemes for p in analyzer.parse(word))


def _english(word: str) -> bool:
    """Return True if the merge's lexicon or breame knows an English word (there is no English dictionary)."""
    from .features import word_info  # features imports conflicts, which imports this module: a cycle at load

    if word in lexicon.STOPWORDS or american(word) != word:
        return True
    info = word_info(word, "en")
    return bool(info.negation or info.sign or info.number or info.concept or info.ordinal or info.contrast)
