"""Tell a conflict between two asks from a detail one of them leaves out, and a typo from a word.

A guard says two texts differ in numbers, direction, a "not" or how binding they are.
Some differences are **conflicts**: each text gives another number (18 vs 16), one asks
for more and the other for less, one makes it binding and the other voluntary, one
abolishes what the other keeps, or a "not" stands before a word the other text asks for
plainly. Others are **absences**: one text gives a number, a deadline, a "must" or a
"more" that the other does not mention, or negates a word the other never uses. Two
groups asking the same thing often word it so. A conflict is kept apart as a look-alike;
an absence may still be suggested (never merged automatically: the guard stays).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from rapidfuzz.distance import OSA

from . import lexicon
from .normalize import fold_kk
from .numerals import SCALE_PREFIXES
from .typos import confirmed_typo

if TYPE_CHECKING:  # features imports this module for negated_keys
    from .features import Variant, WordInfo

KEY = 4  # letters that identify a word here: «регистрации» / «регистрировать» are one
SCOPE = 2  # content words after "not", "without", "ban" … (in Kazakh before "емес", "тыйым") it negates
# Kazakh negations that follow the word they deny ("міндетті емес", "… тыйым салу")
AFTER = frozenset({"емес", "жок", "тыйым"})
# Kazakh light and support verbs, passive or not, right before their "not": negated, they deny the
# word before them ("міндетті болмауы", "рұқсат етілмеуі", "жеңілдік бермеу", "тексеру жүргізбеу",
# "қолдау көрсетпеу" stand against "жеңілдік ұсыну", "тексеру өткізу", "қолдау беру"); a content verb
# ("төлемеу", "болдырмау") denies only itself
_LIGHT = re.compile(r"^(бол|ет|жаса|кыл|тур|бер|ал|сал|кой|жургиз|корсет|откиз)(ил|ин|ыл|ын|л|н)?(ма|ме|ба|бе|па|пе)")


def negated_keys(words: Sequence[str], infos: Sequence["WordInfo"], language: str) -> frozenset[str]:
    """Return the keys of the words a negation in the text stands against (conflicts._key)."""
    keys: set[str] = set()
    for i, info in enumerate(infos):
        if not info.negation:
            continue
        verb = lexicon.KK_NEGATED_VERB.match(words[i]) if language == "kk" else None
        if verb:  # "бермеу" / "бермейді" deny "беру": the root ends where the first group (-ма-, -мау) begins
            first = min(g for g in range(1, len(verb.groups()) + 1) if verb.group(g))
            keys.add(_key(words[i][:verb.start(first)] or words[i][:3]))  # "болмасын" is one group
        if verb and not _LIGHT.match(words[i]):
            continue  # "салығын төлемеуі": the verb itself is denied, not its object (the tax is still named)
        before = language == "kk" and (verb or words[i] in AFTER)  # "міндетті болмауы", "қажеті жоқ"
        near = reversed(range(i)) if before else range(i + 1, len(words))
        scope = [j for j in near if infos[j].stem][:SCOPE]
        if language == "ru" and words[i] in _BAN_NOUNS:
            # a verb after the noun «запрет» governs it, the ban denies none of it: «этот запрет сохранить»
            # keeps the ban, «запрет на вывоз» denies the export
            scope = scope[:next((n for n, j in enumerate(scope) if _INFINITIVE.search(words[j])), SCOPE)]
        keys.update(_key(words[j]) for j in scope)
    return frozenset(keys)


# the Russian noun «запрет» in its case forms, and an infinitive («сохранить», «продлевать»; a vowel before
# its -ть: «деятельность», «часть» are nouns)
_BAN_NOUNS = frozenset("запрет запрета запрету запретом запрете запреты запретов запретам запретами запретах".split())
_INFINITIVE = re.compile(r"^\w{3,}[аеиоуыя]ть(?:ся)?$")


def _key(word: str) -> str:
    """Return a folded word's first letters, б/г written п/к (a Kazakh root-final consonant: жабу / жаппау)."""
    return _devoiced(word[:KEY])


def _devoiced(text: str) -> str:
    """Return `text` with б/г written п/к: two scans in C, where str.translate looks each letter up in a dict."""
    return text.replace("б", "п").replace("г", "к")


@lru_cache(maxsize=4096)
def _devoiced_words(folded: str) -> frozenset[str]:
    """Return the words of a folded text, devoiced (_key): each text meets many others while pairs are scored."""
    return frozenset(_devoiced(folded).split())


# a Kazakh imperative negated (-ма- before -сын / -ңыз: "жаппасын", "төлетпеңіз"); read only against the
# plain form in the other text, since "-ма + сын" alone is more often a noun's accusative ("бағдарламасын")
_NOT_BIDDING = re.compile(r"^(\w{2,})(ма|ме|ба|бе|па|пе)(сын|син|ныз|низ)$")


# a "not" written into an adjective or adverb: «недопустимо» / «допустимо», "illegal" / "legal"; read only
# against the plain word in the other text, and not in words where it says no "not" («некоторые» / «которые»)
_NOT_PREFIXED = {  # searched in a whole folded text: one scan in C finds none in most texts
    # «не-», and the privative «без- / бес-»: «безопасный» / «опасный», «бесплатный» / «платный»
    "ru": re.compile(r"(?<!\S)(?:не|бе[зс])(?!котор|скольк|давн|много|дел)(\w{5,})(?!\S)"),
    # … and the participles: "unemployed" / "employed", "unpaid" / "paid", "unlimited" / "limited"
    "en": re.compile(r"(?<!\S)(?:un|non|il|ir|in|im)(\w{2,}(?:able|ible|al|ful|ive|ent|ant|ate|ly|ed|id))(?!\S)"),
}


def denied_in_word(a: "Variant", b: "Variant") -> bool:
    """Return True if a word one text negates within itself stands plainly in the other.

    «жаппасын» / «жапсын» (a Kazakh imperative), «недопустимо» / «допустимо», "unlawful" / "lawful".
    """
    if a.language != b.language:
        return False
    if a.language == "kk":
        return _bids_against(a, b) or _bids_against(b, a) or _lacks_against(a, b) or _lacks_against(b, a)
    prefixed = _NOT_PREFIXED.get(a.language)
    if prefixed is None:
        return False
    return _prefixed(a.folded, b.folded, prefixed) or _prefixed(b.folded, a.folded, prefixed)


# the Kazakh privative -сыз / -сіз (folded сыз / сиз) stands against -лы / -лі / -ды / -ді / -ты / -ті:
# «шектеусіз» (unlimited) / «шектеулі» (limited), «ақысыз» / «ақылы»
_KK_LACKING = re.compile(r"(?<!\S)(\w{3,})(?:сыз|сиз)(?!\S)")
_HAVING = re.compile(r"(?<!\S)(\w{3,}?)(?:лы|ли|ды|ди|ты|ти)(?!\S)")


def _lacks_against(lacking: "Variant", having: "Variant") -> bool:
    """Return True if a word `lacking` says in -сыз stands in `having` in -лы ("шектеусіз" / "шектеулі").

    Only against the -лы word: the bare noun («ақы төлеу», pay a fee) is no "with" («ақысыз», free of it).
    """
    if "сыз" not in lacking.folded and "сиз" not in lacking.folded:
        return False  # most texts lack nothing: no word-by-word scan
    roots_with = {m.group(1) for m in _HAVING.finditer(having.folded)}
    words = set(having.folded.split())
    return any(m.group(1) in roots_with and m.group(0) not in words for m in _KK_LACKING.finditer(lacking.folded))


def _prefixed(text: str, other: str, prefixed: re.Pattern[str]) -> bool:
    """Return True if a word of `text` is a word `other` says plainly, with a "not" before it."""
    found = _prefixed_words(text, prefixed)
    if not found:
        return False
    words = set(other.split())
    return any(plain in words and word not in words for word, plain in found)


@lru_cache(maxsize=4096)
def _prefixed_words(text: str, prefixed: re.Pattern[str]) -> tuple[tuple[str, str], ...]:
    """Return (word, the word without its "not") for each prefixed word of a text, once per text, not per pair."""
    return tuple({m.group(0): m.group(1) for m in prefixed.finditer(text)}.items())


def _bids_against(negated: "Variant", plain: "Variant") -> bool:
    """Return True if an imperative `negated` denies stands without its "not" in `plain`."""
    if not any(end in negated.folded for end in ("сын", "син", "ныз", "низ")):
        return False  # most texts bid nothing: no word-by-word scan
    words = _devoiced_words(plain.folded)
    for word in negated.folded.split():
        bid = _NOT_BIDDING.match(word)
        if bid:  # "жүргізбесін" / "жүргізсін", "төлетпеңіз" / "төлетіңіз", "жаппаңыз" / "жабыңыз"
            root, end = _devoiced(bid.group(1)), bid.group(3)
            if any(root + vowel + end in words for vowel in ("", "ы", "и")):
                return True
    return False


def absence_only(a: "Variant", b: "Variant") -> bool:
    """Return True if every way the two asks differ is something one says and the other leaves out.

    Only numbers, direction, a "not" and binding are weighed here; the caller treats bounds,
    names, groups and a swapped word as conflicts.
    """
    if not (a.numbers <= b.numbers or b.numbers <= a.numbers):
        return False  # each gives a number the other does not: 18 vs 16
    if a.direction != b.direction and (a.direction and b.direction or _ends(a) or _ends(b)):
        return False  # more vs less, or "abolish" against a text that keeps or requires it
    if opposite_moves(a, b):
        return False  # more vs less in words only one text uses, however the rest adds up
    if starts_against_ends(a, b):
        return False  # "introduce X" against "abolish X", whatever else both ask for less of
    if a.modality != b.modality and a.modality and b.modality:
        return False  # binding vs voluntary
    if a.negations % 2 != b.negations % 2:
        # a "not" against a "must" or a "more" in the other is a contradiction ("міндетті болсын" /
        # "талап етілмесін"), and so is one before a word the other asks for plainly
        return not (a.modality != b.modality or a.direction != b.direction or denied_plainly(a, b))
    return True


def opposite_moves(a: "Variant", b: "Variant") -> bool:
    """Return True if, in one language, each text asks for more where the other asks for less.

    The words both texts use are set aside first: «көтерме жәрдемақының мөлшерін көбейту» and
    «көтерме жәрдемақының мөлшерін азайту» (raise / cut the relocation grant) both hold «көтерме»,
    which begins like "raise", so their summed directions are alike (more, and neither).
    """
    if a.language != b.language or not (a.moves and b.moves):
        return False  # across languages the words differ anyway: the summed direction decides
    only_a, only_b = a.moves - b.moves, b.moves - a.moves
    return (any(m[0] == "+" for m in only_a) and any(m[0] == "-" for m in only_b)
            or any(m[0] == "-" for m in only_a) and any(m[0] == "+" for m in only_b))


def starts_against_ends(a: "Variant", b: "Variant") -> bool:
    """Return True if, in one language, one text abolishes ("отменить") and the other introduces ("ввести").

    Where both end something, one that ends a thing in words the other never uses ends more: «… белдеулерін
    жойып қалайық» (destroy the tree belts) over a text that both share, saying what erosion «тоқтататын»
    (stops), against «… сақтап қалайық» (keep them); but two words of ending each («отменить» / «упразднить»)
    are one ask in other words.
    """
    if a.language != b.language:
        return False
    ends_a, ends_b = _ending_words(a.folded), _ending_words(b.folded)
    if bool(ends_a) != bool(ends_b):
        return _starts((b if ends_a else a).folded)
    return bool(ends_a - ends_b) != bool(ends_b - ends_a)


# once per text, not per scored pair: a bounded cache thrashed on a forum of 100,000 texts (each is
# scored against many others); the keys are the variants' own folded strings, held anyway
@lru_cache(maxsize=None)
def _ending_words(folded: str) -> frozenset[str]:
    """Return the first letters of the words that end a thing (lexicon.ENDS), once per text."""
    if not any(e in folded for e in _END_LETTERS):
        return frozenset()  # most texts end nothing: no word-by-word scan
    return frozenset(w[:ENDING_KEY] for w in folded.split() if _ENDS.match(w))


ENDING_KEY = 5  # letters that identify a word of ending: «отменить» / «отмена», «жою» / «жоюды»


@lru_cache(maxsize=None)
def _starts(folded: str) -> bool:
    """Return True if a (folded) text introduces or creates something ("ввести", "establish", «енгізу»)."""
    return _STARTS.search(folded) is not None


def _words_pattern(words: tuple[str, ...], short: int) -> re.Pattern[str]:
    """Return a pattern of word beginnings: shorter than `short` letters, or written with a final "$", whole words."""
    return re.compile(r"(?<!\S)(?:" + "|".join(w[:-1] + r"(?!\S)" if w.endswith("$") else w if len(w) >= short
                                               else w + r"(?!\S)" for w in words) + ")")


_STARTS = _words_pattern(lexicon.STARTS, 5)


def _ends(v: "Variant") -> bool:
    """Return True if a text abolishes something ("отменить", "abolish"): it stands against one that keeps it."""
    # a plain substring scan first: the word-start pattern costs a step per letter of a long text
    return any(e in v.folded for e in _END_LETTERS) and _ENDS.search(v.folded) is not None


_ENDS = _words_pattern(lexicon.ENDS, 0)
_END_LETTERS = tuple(e.rstrip("$") for e in lexicon.ENDS)


def denied_plainly(a: "Variant", b: "Variant") -> bool:
    """Return True if a word one text negates stands un-negated in the other ("not register" / "register")."""
    return _stands(a.negated - b.negated, b) or _stands(b.negated - a.negated, a)


def _stands(negated: frozenset[str], other: "Variant") -> bool:
    """Return True if a word of `other` begins with one of the `negated` keys (a Kazakh root may be short)."""
    if not negated:
        return False
    words = " " + _devoiced(other.folded)  # a space before each word: a key must begin one
    return any(" " + key in words for key in negated)


@dataclass(frozen=True)
class Asked:
    """What the checks here look up in another text's words: what a "not" word says without it («допустимо»
    for «недопустимо»), the keys a "not" denies, and the roots a Kazakh -сыз word lacks."""

    plains: frozenset[str] = frozenset()
    negated: frozenset[str] = frozenset()
    lacking: frozenset[str] = frozenset()

    def __or__(self, other: "Asked") -> "Asked":
        return Asked(self.plains | other.plains, self.negated | other.negated, self.lacking | other.lacking)

    @staticmethod
    def union(all_asked: Iterable["Asked"]) -> "Asked":
        """Return what any of many texts asks, in one pass (folding `|` over 2,000 copies rebuilt the sets each time)."""
        plains: set[str] = set()
        negated: set[str] = set()
        lacking: set[str] = set()
        for a in all_asked:
            plains.update(a.plains)
            negated.update(a.negated)
            lacking.update(a.lacking)
        return Asked(frozenset(plains), frozenset(negated), frozenset(lacking))


def asked_of(v: "Variant") -> Asked:
    """Return what the checks here look up of a text in the words of the text it is compared with."""
    pattern = _NOT_PREFIXED.get(v.language)
    return Asked(frozenset(plain for _, plain in _prefixed_words(v.folded, pattern)) if pattern else frozenset(),
                 v.negated,
                 frozenset(m.group(1) for m in _KK_LACKING.finditer(v.folded)) if v.language == "kk" else frozenset())


_BID_ENDS = ("сын", "син", "ныз", "низ")  # _NOT_BIDDING's endings: a plain imperative ends so too


def folded_reading(v: "Variant", asked: Asked) -> tuple:
    """Return all that the checks here read of a text's words, when it meets texts that ask `asked` of them.

    Two texts of one language that read alike get the same answer from every check here that reads
    words against any text whose asked_of is within `asked`: copies.py takes one text under many titles
    so, instead of checking every pair of titles. A check that reads a text's words otherwise must be
    read here too.
    """
    folded = v.folded
    pattern = _NOT_PREFIXED.get(v.language)
    kk = v.language == "kk"
    words = " " + _devoiced(folded) if asked.negated else ""
    return (
        _ending_words(folded), _starts(folded), _ends(v),
        frozenset(_prefixed_words(folded, pattern)) if pattern else frozenset(),
        asked.plains.intersection(folded.split()) if asked.plains else frozenset(),
        frozenset(key for key in asked.negated if " " + key in words),  # _stands
        frozenset((_devoiced(m.group(1)), m.group(3)) for w in folded.split() if (m := _NOT_BIDDING.match(w)))
        if kk else frozenset(),
        frozenset(w for w in _devoiced_words(folded) if w.endswith(_BID_ENDS)) if kk else frozenset(),
        frozenset((m.group(0), m.group(1)) for m in _KK_LACKING.finditer(folded)) if kk else frozenset(),
        asked.lacking & {m.group(1) for m in _HAVING.finditer(folded)} if kk else frozenset(),
    )


def absence_reading(v: "Variant", asked: Asked) -> tuple:
    """Return all that absence_only reads of a text (as folded_reading: copies.py)."""
    return (v.language, v.numbers, v.direction, v.moves, v.modality, v.negations % 2, v.negated,
            folded_reading(v, asked))


def typo_aligned(a: str, b: str, language: str = "") -> bool:
    """Return True if two normalized texts are word by word the same but for one-edit typos.

    Same number of words in the same order; each word that differs is within one edit
    (a letter added, dropped, replaced or two swapped) of its partner, has no digit, and
    neither it nor its partner is a negation or a number word ("now" / "not" is no typo;
    "increase" / "decrease" are two edits) unless `language`'s dictionary reads one of the
    two as no word (typos.py: «білмедйі» is «білмейді» misspelt, "sixtty" is "sixty"; «семи» /
    «семьи», «жатпейді» / «жетпейді» are two words). Such a pair is a spelling variant: a guard
    word it misspells («міндеті» for «міндетті») is no reason to keep it apart.
    """
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or wa == wb:
        return False
    return all(x == y or _typo(x, y, language) for x, y in zip(wa, wb))


def _typo(x: str, y: str, language: str = "") -> bool:
    """Return True if two different words are one edit apart and neither says a number or a "not".

    A "not" or a number word misspelt is a typo still, where one of the two forms is no word at all.
    """
    # one letter added, dropped or replaced, or two neighbours swapped: the typo substitution.py knows
    # and the first letter kept, as substitution.misspelt reads a typo ("hire" / "fire" is none)
    if any(c.isdigit() for c in x + y) or x[:1] != y[:1] or OSA.distance(x, y, score_cutoff=1) > 1:
        return False
    if not any(_says_not_or_number(fold_kk(w)) for w in (x, y)):
        return True
    return bool(language) and confirmed_typo(x, y, language)


def _says_not_or_number(word: str) -> bool:
    """Return True if a folded word is a negation, a number word or a scale word in any language."""
    if word in lexicon.NEGATIONS or lexicon.KK_NEGATED_VERB.match(word):
        return True
    # "million" / "billion" is one edit apart, and no typo
    return any(word in table for table in lexicon.NUMBER_WORDS.values()) or word.startswith(SCALE_PREFIXES)

