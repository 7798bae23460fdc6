"""Turn a proposal (and its translations) into the features that similarity compares."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Mapping, Sequence

import snowballstemmer

from ..model import Proposal
from ..kazakh_latin import cyrillic
from . import lemma_cache, lexicon, variant_cache
from .places import is_place, joined_names, place_of
from .bodies import body_positions
from .conflicts import negated_keys
from .glossary import concept, skeleton
from .lemmas import lemma
from .normalize import fold_kk, normalize, repair_homoglyphs
from .numerals import DIGITS, SCALE_PREFIXES, lone_ordinals, number_word, numbers_in, ordinal, with_ordinals
from .spelling import american
from .units import counted_units

# Catalog translations the i18n stage passes in: (proposal id, lang) → (title, text).
CatalogTranslations = Mapping[tuple[str, str], tuple[str | None, str | None]]

_STEMMERS = {"ru": snowballstemmer.stemmer("russian"), "en": snowballstemmer.stemmer("english")}
_KK_STEM = 5  # Kazakh has no stemmer: a word's first letters carry its root


SKELETON_MARK = "~"  # marks a loanword skeleton among a text's language-neutral tokens
PLACE_MARK = SKELETON_MARK + "@"  # a place of the gazetteer (places.py): counted as a skeleton is


@dataclass(frozen=True)
class Variant:
    """One proposal as read in one language: the original or a translation of it."""

    proposal_id: str
    language: str
    original: bool  # written in this language, not translated
    key: str  # normalized text, for exact duplicates
    folded: str  # title + text, normalized, Kazakh-folded, phrases joined, words sorted
    stems: frozenset[str]  # content-word stems plus "+up"/"+down" concept marks
    numbers: frozenset[str]
    negations: int
    direction: int  # +1 asks for more, −1 for less, 0 neither or both
    concepts: frozenset[str] = frozenset()  # glossary concepts and numbers, shared by kk/ru/en
    bridge: frozenset[str] = frozenset()  # concepts, numbers and loanword skeletons: read across languages
    modality: int = 0  # +1 makes the ask binding, −1 voluntary, 0 neither or both
    names: frozenset[str] = frozenset()  # folded capitalized words inside sentences (people, places, bodies)
    # the words that ask for more ("+кобей") or less ("-азайт"), by their first letters: a word both
    # texts use ("көтерме жәрдемақы", a relocation grant, begins like "raise") moves neither
    moves: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()  # of those, the ones that only name a body addressed (bodies.py)
    # the title and the sentences that carry the ask, when a longer text also gives its context
    # ("…prices rose, residents are not heard. We propose …"); None when the whole text is the ask
    ask: "Variant | None" = None
    marked: bool = False  # an ask part found by a marker word, not the last sentence taken on trust
    negated: frozenset[str] = frozenset()  # keys of the words a "not" stands against (conflicts.py)
    title: str = ""  # the title as written, so a typo check reads title and text in order
    long: bool = False  # two sentences or more: a one-sentence text is all ask (conflicts.py)
    ordinals: frozenset[str] = frozenset()  # ordinals no number word stands before: «пятого мая» → 5
    contrasts: frozenset[str] = frozenset()  # "kind:word" of lexicon.CONTRASTS ("frequency:weekly")
    # ... those the title alone uses: "Free courses" / "Paid courses" over texts that both mention paid courses
    title_contrasts: frozenset[str] = frozenset()
    units: frozenset[tuple[str, str]] = frozenset()  # (number, the unit it counts): units.py
    # (number, clauses) for each number more than one clause names: «екі-үш шәкірт … екі жылдық грант»
    # and «екі-үш шәкірт … үш жылдық грант» name {2, 3} both, but 2 twice against 3 twice (guards.py)
    repeated: frozenset[tuple[str, int]] = frozenset()


@lru_cache(maxsize=200_000)
@lemma_cache.persistent  # known words from the user cache: pymorphy3 is loaded only for new ones
def stem(word: str, language: str) -> str:
    """Return the stem of one folded word's lemma (a fixed-length prefix for Kazakh)."""
    stemmer = _STEMMERS.get(language)
    if stemmer is None:
        return _kk_stem(word)
    if language == "en":
        word = american(word)  # "organise" / "organize": one stem (spelling.py)
    # the lemma joins irregular forms ("людей" / "человек"); the stem then joins derivations
    return stemmer.stemWord(lemma(word, language))


def _kk_stem(word: str) -> str:
    """Return a Kazakh word's first letters, a root-final ғ/б voiced before a vowel written қ/п."""
    root = word[:_KK_STEM]
    if len(word) > _KK_STEM and root[-1] in "гб" and word[_KK_STEM] in "аеиоуыэюя":
        root = root[:-1] + ("к" if root[-1] == "г" else "п")  # сабағы → сабақ, кітабы → кітап
    return root


@lru_cache(maxsize=200_000)
def word_direction(word: str) -> int:
    """Return +1 if `word` asks for more, −1 for less, else 0."""
    if _matches(word, _UP):
        return 1
    if _matches(word, _DOWN):
        return -1
    return 0


@lru_cache(maxsize=200_000)
def word_modality(word: str) -> int:
    """Return +1 if `word` makes an ask binding, −1 if it leaves it to choice, else 0."""
    if word in lexicon.OPTIONAL_WORDS or any(word.startswith(p) for p in lexicon.OPTIONAL):
        return -1  # checked first: "необязательный" also begins like a binding word after "не"
    return 1 if any(word.startswith(p) for p in lexicon.MANDATORY) else 0


MOVE_KEY = 5  # letters that identify a word asking for more or less («көбейтуді» / «көбейту»)
_SENTENCE = re.compile(r"(?<=[.!?:;…])\s+|\n")  # each sentence keeps its stop: a colon opens what follows
_WORD = re.compile(r"[^\W\d_]+")


# a Kazakh town, district, village or region after its name, in its case forms (folded: «қаласына»,
# «ауданындағы», «ауылы»; not «қалай», how), and the English words after a name ("Aral district")
_PLACE_NOUN = re.compile(r"(?:кала|аудан|ауыл|облыс|кент)(?:ы|сы)?(?:на|нда|ндагы|нын|нан|н|га|да|дагы)?"
                         r"|district|region|city|town|village|oblast")


# what stands before "town" or "district" without naming one (folded): «Әр / Әрбір / Барлық / Біздің /
# Шағын / Шалғай ауданда», «Каждом районе», "Each / Every / Our / Small city"
_NOT_PLACE_NAMES = frozenset({
    "ар", "арбир", "барлык", "биздин", "сиздин", "олардын", "менин", "кейбир", "шагын", "улкен", "жана",
    "ески", "шалгай", "орталык", "аудандык", "калалык", "ауылдык",
    "each", "every", "our", "their", "your", "small", "big", "large", "new", "old", "remote", "rural",
    "any", "another", "other", "one", "some", "many", "most", "all",
})


def names_and_bodies(title: str | None, text: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Return a text's names and those of them that only name a body the ask is addressed to (bodies.py).

    Names are the folded capitalized words that do not begin a sentence, save abbreviations,
    the cities and regions of Kazakhstan wherever they stand ("Ақтөбеде … ашу"), and a first
    word before the word for a town or district («Арал қаласына»).
    """
    found, bodies = set(), set()
    # look-alike letters repaired in the whole text first: a name of look-alikes alone («Ваlкһаsһ» in an
    # English text) says nothing of its script; normalize then reads each word as the text wrote it
    for sentence in _SENTENCE.split(f"{repair_homoglyphs(title or '')}\n{repair_homoglyphs(text or '')}"):
        words = _WORD.findall(sentence)
        # read as the words after it are (normalize): a first word with look-alike Latin letters
        # («Пaвлoдap облысының …») is the place the other text names in Cyrillic
        first = fold_kk(normalize(words[0])) if words and words[0][0].isupper() else ""
        if first and (is_place(first) or len(words) > 1 and _PLACE_NOUN.fullmatch(fold_kk(words[1].casefold()))
                      and first not in lexicon.STOPWORDS and first not in _NOT_PLACE_NAMES):
            found.add(first)  # «Арал қаласына …», «Есік ауданында …»: a word before "town" names it
        addressed = body_positions(words) if words else set()
        for i, word in enumerate(words[1:], 1):
            # an all-capitals abbreviation ("ДНО", "NGOs") often stands for words another text spells out
            if word[0].isupper() and len(word) > 1 and not word.rstrip("s").isupper():
                folded = fold_kk(normalize(word))
                if (contrast := _contrast(folded)) and contrast.split(":")[0] in lexicon.NOT_NAMES:
                    continue  # "in Kazakh", "in July": a language or a date, compared as such (lexicon.CONTRASTS)
                (bodies if i in addressed else found).add(folded)
    return frozenset(found | bodies), frozenset(bodies - found)


def _matches(word: str, prefixes: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """Return True if `word` is one of `prefixes` or starts with one of at least 5 letters."""
    exact, long = prefixes
    return word in exact or word.startswith(long)  # startswith(tuple) loops in C


def _prefix_sets(prefixes: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Return the words of `prefixes` as a set, and those of at least 5 letters, which begin longer words.

    A word written with a final "$" is a whole word whatever its length ("close$", not "closely").
    """
    return (frozenset(p.rstrip("$") for p in prefixes),
            tuple(p for p in prefixes if len(p) >= 5 and not p.endswith("$")))


# made once: a cache keyed by the tuples hashed their ~40 words at every word's look-up
_UP, _DOWN = _prefix_sets(lexicon.UP), _prefix_sets(lexicon.DOWN)


def _is_negation(word: str, language: str) -> bool:
    if word in lexicon.NEGATIONS or word in lexicon.NEGATION_WORDS_EN or word.startswith(lexicon.NEGATION_STEMS):
        return True
    return language == "kk" and bool(lexicon.KK_NEGATED_VERB.match(word))


def double_negations(words: Sequence[str], infos: list[WordInfo]) -> list[WordInfo]:
    """Return `infos` with each plain "not" before a ban and that ban read as no negation at all.

    «Не запрещать коллекторам выезжать» allows what «Запретить коллекторам выезжать» forbids: counted,
    the title and the text each said a "not" in both texts (an even count either way), and the ban's
    words were denied in both. Only stop words stand between them ("shouldn't be banned").
    """
    if sum(i.negation for i in infos) < 2:
        return infos  # most texts: no pair to look for
    out = list(infos)
    for i, word in enumerate(words):
        if not (out[i].negation and word in lexicon.PLAIN_NOTS):
            continue
        j = next((j for j in range(i + 1, len(words)) if out[j].negation or out[j].stem and len(words[j]) > 1), None)
        if j is not None and out[j].negation and (words[j] in lexicon.BANS or words[j].startswith(lexicon.NEGATION_STEMS)):
            out[i], out[j] = replace(out[i], negation=False), replace(out[j], negation=False)
    return out


# "stop" is a "not" ("stop the closures"), but not after these: "bus stop", "at the stop" (a place); "put a stop to"
# still ends something
_STOP_PLACE = frozenset("bus tram trolleybus trolley minibus transit transport request a the every each this that "
                        "next nearest".split())


def _stops_as_places(words: Sequence[str], infos: list[WordInfo]) -> list[WordInfo]:
    """Return `infos` with each "stop" that names a place ("bus stop", "at a stop") read as no negation."""
    if "stop" not in words:
        return infos  # most texts
    return [replace(info, negation=False) if word == "stop" and n and words[n - 1] in _STOP_PLACE
            and words[n + 1: n + 2] != ["to"] else info for n, (word, info) in enumerate(zip(words, infos))]


def matching_text(title: str | None, text: str | None) -> str:
    """Return the folded matching form of a title and text, with known phrases joined."""
    folded = fold_kk(normalize(f"{title or ''} {text or ''}"))
    for pattern, token, gates in lexicon.PHRASES:
        for gate in gates:
            if gate in folded:
                folded = pattern.sub(token, folded)
                break
    return folded


@dataclass(frozen=True)
class WordInfo:
    """What one folded word contributes to a text's features."""

    negation: bool
    sign: int  # +1 more, −1 less, 0 neither
    stem: str | None  # None for stop words, digits and negations
    number: str | None
    concept: str | None
    skeleton: str | None = None  # consonants of a long content word, in Latin letters
    ordinal: str | None = None  # the number an ordinal names («пятого» → 5)
    contrast: str | None = None  # "kind:word" of lexicon.CONTRASTS («ежемесячно» → "frequency:monthly")


@lru_cache(maxsize=400_000)
def word_info(word: str, language: str) -> WordInfo:
    """Return the features of one folded word (cached: texts share their vocabulary)."""
    if language == "en":
        word = american(word)  # "organisation" is read as "organization" (spelling.py)
    number = number_word(word, word, language)  # folded: «оңға» may say "to ten" here; numbers_of knows
    if _is_negation(word, language):
        return WordInfo(True, 0, None, number, concept(word, language))
    content = word not in lexicon.STOPWORDS and not DIGITS.fullmatch(word)
    term = concept(word, language)
    # a glossary term is already language-neutral: its loanword skeleton would count the word twice
    return WordInfo(False, word_direction(word), stem(word, language) if content else None,
                    number, term, skeleton(word) if content and not term else None, ordinal(word, language),
                    _contrast(word))


# each word of CONTRASTS is letters and then at most one of these (or ""): read without the regex engine
_TAILS = {"": lambda rest: not rest, r"\w*": lambda rest: _WORD_CHARS.fullmatch(rest) is not None,
          r"\w+": lambda rest: rest != "" and _WORD_CHARS.fullmatch(rest) is not None,
          "[sd]?": lambda rest: rest in ("", "s", "d")}
_WORD_CHARS = re.compile(r"\w*")
_CONTRAST_TOKENS = [f"{kind}:{name}" for kind, names in lexicon.CONTRASTS.items() for name in names]


def _contrast_words() -> dict[str, tuple[tuple[str, str, str], ...]] | None:
    """Return CONTRASTS' words as (letters, tail, "kind:word") by first letter, in the lexicon's order.

    None if a word is written otherwise: the whole pattern (_contrast_pattern) reads every word then.
    """
    by_start: dict[str, tuple[tuple[str, str, str], ...]] = {}
    for token, words in zip(_CONTRAST_TOKENS, (w for names in lexicon.CONTRASTS.values() for w in names.values())):
        for alternative in words.split("|"):
            head = re.match(r"[^\W\d_]*", alternative).group()
            if not head or alternative[len(head):] not in _TAILS:
                return None
            by_start[head[0]] = (*by_start.get(head[0], ()), (head, alternative[len(head):], token))
    return by_start


# one pattern with a named group per "kind:word" took ~3 ms to compile and tried its ~180 alternatives in
# turn on each new word; a word's first letter now picks the few it may be, tried in the same order, so
# the first that matches the whole word wins, as in the pattern
_CONTRAST_WORDS = _contrast_words()


@lru_cache(maxsize=1)
def _contrast_pattern() -> re.Pattern[str]:
    """Return CONTRASTS as one pattern, a named group per "kind:word" (compiled on first use)."""
    return re.compile("|".join(f"(?P<c{n}>{words})" for n, words in enumerate(
        words for names in lexicon.CONTRASTS.values() for words in names.values())))


_RATHER_THAN = frozenset({"ане", "ratherthan"})  # lexicon.PHRASES: «а не», "rather than"


def _contrast(word: str) -> str | None:
    """Return the "kind:word" a word names among words that exclude each other (lexicon.CONTRASTS)."""
    if _CONTRAST_WORDS is None:
        found = _contrast_pattern().fullmatch(word)
        return _CONTRAST_TOKENS[int(found.lastgroup[1:])] if found and found.lastgroup else None
    for head, tail, token in _CONTRAST_WORDS.get(word[:1], ()):
        if word.startswith(head) and _TAILS[tail](word[len(head):]):
            return token
    return None


_HEADS = re.compile(r"\b(?:" + "|".join(lexicon.COMPOUND_HEADS) + r")\w{4}")


@lru_cache(maxsize=200_000)
def parts(word: str, language: str) -> tuple[str, ...]:
    """Return a compound as its known first part and the rest, else the word alone.

    Split only when the whole word is no glossary term and the rest is one
    ("медиаграмотность" → "медиа" "грамотность"), so "экономика" stays whole.
    """
    for head in lexicon.COMPOUND_HEADS:
        rest = word[len(head):]
        if word.startswith(head) and len(rest) >= 4 and concept(rest, language) and not concept(word, language):
            return head, rest
    return (word,)


def sentences_of(text: str | None) -> list[str]:
    """Return the non-empty sentences of a text."""
    return [s for s in _SENTENCE.split(text or "") if s.strip()]


def ask_sentences(text: str | None) -> str | None:
    """Return the sentences of `text` that carry its ask, or None if that is all of it or none.

    A proposal is its context (the problem, why it matters) and its ask; the
    context of two groups differs even when their ask is the same, and it speaks of
    what is "not" done or "too low" without asking for less.
    """
    return _ask_of(sentences_of(text))


def _ask_of(sentences: list[str]) -> str | None:
    """Return the ask sentences of a text split into `sentences`, or None (see ask_sentences)."""
    if len(sentences) < 2:
        return None
    asks = [s for s in sentences if _asks(s)] or sentences[-1:]  # unmarked: the ask comes last
    opening = next((i for i, s in enumerate(sentences) if s in asks and _opens(s)), None)
    if opening is not None:  # "Предложение: не закрывать школы", "We propose the following. …"
        asks = [s for i, s in enumerate(sentences) if s in asks or i > opening]
    # one sentence a line: a later sentence's first word must not read as a name inside the one before
    return "\n".join(asks) if len(asks) < len(sentences) else None


_ASK = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.ASK_MARKERS) + ")")
# an ask sentence of fewer words is a lead-in ("Ұсыныс:", "Предлагаем следующее.", "We recommend the
# following:"): what follows is the ask. A longer one ending with a colon is an ask with its reason after.
LEAD_IN = 5


def _opens(sentence: str) -> bool:
    """Return True if an ask sentence only leads in to what follows ("Предложение:", "We propose:")."""
    return len(sentence.split()) < LEAD_IN


def _asks(sentence: str) -> bool:
    """Return True if a sentence has a word that marks an ask (lexicon.ASK_MARKERS)."""
    return _ASK.search(fold_kk(sentence.casefold())) is not None


# where a number ends: a sentence or a clause ("до двадцати. Пять из них" is 20 and 5), and before a
# unit that begins a compound modifier ("twenty two-bedroom flats" is 20 flats, not 22)
_CLAUSE = re.compile(r"[.,!?:;…()]+(?=\s|$)|\n|\s(?=(?i:one|two|three|four|five|six|seven|eight|nine)-[^\W\d])")
_SCALE_WORD = re.compile(r"(?<!\S)(?:" + "|".join(SCALE_PREFIXES) + ")")


def _numbers(title: str | None, text: str | None, language: str, folded: str, words: Sequence[str],
             spelt: Sequence[str | None]) -> set[str]:
    """Return a text's numbers: read clause by clause only when words may compose (most texts: digits alone)."""
    if any(spelt) or _SCALE_WORD.search(folded):
        return numbers_of(title, text, language)
    return numbers_in(words, spelt, language) if DIGITS.search(folded) else set()


def numbers_of(title: str | None, text: str | None, language: str) -> set[str]:
    """Return the numbers a title and text give, each read within its clause (numerals.py)."""
    return set().union(*_clause_numbers(title, text, language))


@lru_cache(maxsize=64)  # a text is read here for its numbers, then again for those it repeats (_repeated)
def _clause_numbers(title: str | None, text: str | None, language: str) -> tuple[frozenset[str], ...]:
    """Return the numbers of each clause of a title and text."""
    found: list[frozenset[str]] = []
    for clause in _CLAUSE.split(f"{title or ''}\n{text or ''}"):
        # a clause in digits alone («2030, 300», a pasted table) is its own numbers: no word of it is a
        # number word, an ordinal, a scale or a unit to read, and one number in ASCII digits is its own
        # normal form (1,000 texts of 100 numbers: 0.44 → 0.1 s)
        if (bare := clause.strip()).isascii() and bare.isdigit():
            found.append(frozenset((bare,)))
            continue
        written = normalize(clause).split()
        if all(DIGITS.fullmatch(w) for w in written):
            found.append(frozenset(written))
            continue
        words = [fold_kk(w) for w in written]
        # «оң» (right, positive: «оң нәтиже») folds to «он» (ten): number_word reads the word as written too
        spelt = with_ordinals(words, [number_word(f, w, language) for w, f in zip(written, words)], language)
        found.append(frozenset(numbers_in(words, spelt, language)))
    return tuple(found)


def _repeated(title: str | None, text: str | None, language: str, numbers: set[str]) -> frozenset[tuple[str, int]]:
    """Return (number, clauses) for each of a text's numbers that more than one of its clauses names."""
    counts: dict[str, int] = {}
    for found in _clause_numbers(title, text, language):
        for n in found & numbers:
            counts[n] = counts.get(n, 0) + 1
    return frozenset((n, c) for n, c in counts.items() if c > 1)


@variant_cache.persistent  # texts read by an earlier merge of the project: from the user cache
def make_variant(
    proposal_id: str, language: str, title: str | None, text: str | None, original: bool, whole: bool = True
) -> Variant:
    """Return the features of one text of a proposal (and of its ask part, if `whole`)."""
    written = text  # "exact" means the same letters as written (`key`)
    if language == "kk":  # Kazakh in the Latin alphabet of 2021 is read in Cyrillic, as the lexicon is
        title, text = cyrillic(title, text)
    title, text = joined_names(title), joined_names(text)  # «Нур-Султан» is one name, not a light and a sultan
    folded = matching_text(title, text)
    sentences = sentences_of(text) if whole else []
    words = folded.split()
    if _HEADS.search(folded):  # most texts hold no compound head: skip the per-word look-up
        words = [part for word in words for part in parts(word, language)]
    infos = double_negations(words, _stops_as_places(words, [word_info(w, language) for w in words]))
    numbers = _numbers(title, text, language, folded, words, [i.number for i in infos])
    concepts = {i.concept for i in infos if i.concept} | {f"#{n}" for n in numbers}
    direction = sum(i.sign for i in infos)
    negations = sum(i.negation for i in infos)
    modality = sum(word_modality(w) for w in words)
    stems = {i.stem for i in infos if i.stem} | {"+up" if i.sign > 0 else "+down" for i in infos if i.sign}
    named, bodies = names_and_bodies(title, text)
    return Variant(
        proposal_id=proposal_id,
        language=language,
        original=original,
        key=normalize(written or ""),
        folded=" ".join(sorted(words)),  # sorted once here, so a plain ratio is a token-sort ratio
        stems=frozenset(stems),
        numbers=frozenset(numbers),
        negations=negations,
        direction=(direction > 0) - (direction < 0),
        moves=frozenset(f"{'+' if i.sign > 0 else '-'}{w[:MOVE_KEY]}" for w, i in zip(words, infos) if i.sign),
        concepts=frozenset(concepts),
        bridge=frozenset(concepts | _neutral_names(words, infos, named)),
        modality=(modality > 0) - (modality < 0),
        names=named,
        bodies=bodies,
        negated=negated_keys(words, infos, language) if negations else frozenset(),
        title=title or "",
        long=len(sentences) >= 2,
        ordinals=frozenset(lone_ordinals(words, [i.number for i in infos], [i.ordinal for i in infos])),
        # "раз в год, а не ежеквартально", "yearly rather than quarterly": the word after the contrast is denied
        contrasts=(contrasts := frozenset(i.contrast for n, i in enumerate(infos)
                                          if i.contrast and not (n and words[n - 1] in _RATHER_THAN))),
        title_contrasts=_title_contrasts(title) if contrasts and title else frozenset(),
        units=counted_units(words, infos, frozenset(numbers), language) if numbers else frozenset(),
        repeated=_repeated(title, text, language, numbers) if len(numbers) > 1 else frozenset(),
        ask=_ask_variant(proposal_id, language, title, _ask_of(sentences), original) if whole else None,
    )


def _title_contrasts(title: str) -> frozenset[str]:
    """Return the "kind:word"s of lexicon.CONTRASTS a title uses (read as make_variant reads a text)."""
    words = matching_text(title, None).split()
    return frozenset(c for n, w in enumerate(words) if (c := _contrast(w)) and not (n and words[n - 1] in _RATHER_THAN))


def _neutral_names(words: Sequence[str], infos: Sequence[WordInfo], named: frozenset[str]) -> set[str]:
    """Return the loanword skeletons of a text, a place it names as the place itself ("@оскемен").

    «Өскемен», «Усть-Каменогорск» and "Oskemen" share no letters a skeleton keeps, but the gazetteer
    knows them for one town; only a capitalized name counts («қарағанда», judging by, is no town).
    """
    places = {word: place_of(word) for word in words if word in named}
    return ({PLACE_MARK + place for place in places.values() if place}
            | {SKELETON_MARK + i.skeleton for w, i in zip(words, infos) if i.skeleton and not places.get(w)})


def _ask_variant(proposal_id: str, language: str, title: str | None, asked: str | None,
                 original: bool) -> Variant | None:
    """Return the features of the title and the ask sentences of a text, or None (the text is its ask)."""
    if asked is None:
        return None
    variant = make_variant(proposal_id, language, title, asked, original, whole=False)
    return replace(variant, marked=_asks(asked))


def variants(
    proposal: Proposal, catalog: CatalogTranslations | None = None
) -> tuple[Variant, ...]:
    """Return the proposal in every language it can be read in (catalog beats supplied)."""
    texts: dict[str, tuple[str | None, str | None]] = {}
    for t in proposal.translations:
        if t.language != proposal.language and (t.title or t.text):
            texts[t.language] = (t.title, t.text)
    for (pid, lang), pair in (catalog or {}).items():
        if pid == proposal.id and lang != proposal.language and any(pair):
            texts[lang] = pair
    found = [make_variant(proposal.id, proposal.language, proposal.title, proposal.text, True)]
    found += [make_variant(proposal.id, lang, *texts[lang], False) for lang in sorted(texts)]
    return tuple(found)


def all_variants(
    proposals: Sequence[Proposal], catalog: CatalogTranslations | None = None
) -> dict[str, tuple[Variant, ...]]:
    """Return every proposal's variants, keyed by proposal id."""
    by_id = _catalog_by_id(catalog)
    return {p.id: variants(p, by_id.get(p.id)) for p in proposals}


def _catalog_by_id(catalog: CatalogTranslations | None) -> dict[str, CatalogTranslations]:
    """Group catalog entries by proposal so each proposal scans only its own."""
    grouped: dict[str, dict[tuple[str, str], tuple[str | None, str | None]]] = {}
    for (pid, lang), pair in (catalog or {}).items():
        grouped.setdefault(pid, {})[(pid, lang)] = pair
    return grouped
