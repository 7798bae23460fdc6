"""Score how alike two proposals are, in a language both can be read in, and say why.

score = max(stem_weight × rarity-weighted Dice of content stems (rarity.py: a word in
every proposal says nothing; the same for a title and a page) + (1 − stem_weight) ×
token-sort ratio of the folded texts (rapidfuzz, catches typos and word order),
terms_weight × Dice of glossary terms). Guards (guards.py) name the reasons a pair may
never be merged automatically: opposite polarity or different numbers; they only ever
demote, and near_reading here weighs which of them are a conflict and which an absence.
Two proposals with no language in common are scored by shared language-neutral
tokens (glossary terms, numbers, loanword skeletons) and can only be suggested.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from math import exp
from typing import Sequence

from rapidfuzz import fuzz

from .conflicts import Asked, absence_only, absence_reading, denied_in_word, typo_aligned
from .features import Variant, make_variant
from .guards import (DIRECTION_GUARD, NEGATION_GUARD, NUMBERS_GUARD, bounds_guard, contrast_guard, groups_guard,
                     guard, guard_reading, more_often, names_guard, ordinals_guard, reading_guard)
from .normalize import normalize
from .rarity import FLAT, Rarity
from .settings import MergeSettings
from .substitution import opposed_words, opposite_swap, substitution
from .typos import confirmed_typo

STEM_WEIGHT = 0.5
TERMS_WEIGHT = 0.6  # glossary terms alone lift a pair at most to 0.6: a suggestion, never a merge
MIN_SHARED = 5  # fewer shared glossary terms say too little (short texts match by chance)
MIN_BRIDGED = 2  # language-neutral tokens two texts with no shared language must have in common
# language-neutral tokens are sparse (no function words, few roots): their Dice runs lower than a
# same-language one; scaled so a true pair lands in the suggestion band (1.6 while native words'
# skeletons still counted against a pair, rarity.bridge_dice; 1.0 since: tune sets, docs/merge-quality.md)
BRIDGE_SCALE = 1.0
# a cross-language score rises linearly to BRIDGE_KNEE, then ever more slowly towards BRIDGE_CEILING,
# below the automatic merge: pairs whose shared tokens are all they have keep their order (a flat cap
# made them tie, and ties were broken by id)
BRIDGE_KNEE = 0.6
BRIDGE_CEILING = 0.79
# ... and those shared tokens must weigh more than one token no other text uses (log(N + PRIOR)):
# two terms that many proposals use ("grants" + "youth") are a coincidence, not a duplicate;
# the default of MergeSettings.min_evidence (conference.yaml: thresholds: cross_language_evidence)
MIN_EVIDENCE = MergeSettings.min_evidence
# from this score a pair is close enough to be checked for one swapped word (substitution.py);
# below it the pair can neither merge nor be listed as a look-alike, so the check is skipped
NEAR = 0.6
# a pair from NEAR up must share a word used by at most this many texts, or this share of them
# (_distinctive), to merge without a person
DISTINCT_MIN = 10
DISTINCT_SHARE = 0.2
COMMON_GUARD = "shares only words many texts use"
# a spelling variant (_spelt_apart) scores at least this: in the auto band of the default thresholds
SPELT = 0.9
LONG_TYPO = 7  # letters from which a one-edit difference is read as a typo of one word (_spelt_apart)
# two asks alike lift a pair of long texts whose contexts differ, but only to a suggestion: the
# context may still hold what sets them apart (a place, a group) for a person to read
ASK_CAP = 0.79
# two asks this alike letter by letter (rapidfuzz ratio, 0..1), each with a word the other lacks, that
# differ in a "not" or in more / less: the ask turned round, not a detail one left out (near_reading)
TURNED_ALIKE = 0.8


@dataclass(frozen=True)
class PairScore:
    """The similarity of two proposals, its parts, and what forbids an automatic merge."""

    score: float
    language: str
    stems: float  # Dice of content stems
    chars: float  # rapidfuzz token_sort_ratio / 100
    exact: bool = False  # same normalized text, both written in the same language
    guard: str = ""  # "" or why the pair may only be suggested
    terms: float = 0.0  # Dice of glossary terms (glossary.py), when enough are shared
    # the guard is only a number, a deadline, a "must" or a "more" one text gives and the other
    # leaves out (conflicts.py): never merged automatically, but it may be suggested
    absence: bool = False
    # one text with typos, word for word (_spelt_apart), nothing guarding it: the copy goes wherever its
    # text goes (cluster._linkable), as an exact copy does
    spelt: bool = False

    def explain(self) -> str:
        """Return a short human reading of the score."""
        parts = [f"{self.language}: words {self.stems:.2f}, letters {self.chars:.2f}, terms {self.terms:.2f}"]
        if self.guard:
            parts.append(self.guard)
        return "; ".join(parts)


NO_MATCH = PairScore(0.0, "", 0.0, 0.0)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Return the Dice coefficient of two sets (0 for two empty sets)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def score_variants(a: Variant, b: Variant, rarity: Rarity = FLAT) -> PairScore:
    """Return the score of two texts written (or translated) in the same language."""
    # the same text under titles that differ in a number, a "not", more or less …: "Raise the grant to
    # 100,000" / "… to 150,000" over one shared rationale (or "Details in the annex") is no duplicate
    if exact_copies(a, b):
        return PairScore(1.0, a.language, 1.0, 1.0, exact=True)
    stems = rarity.dice(a, b)
    chars = fuzz.ratio(a.folded, b.folded) / 100  # words are pre-sorted: the token-sort ratio
    terms = glossary_dice(a, b)
    # glossary terms catch synonyms ("компании" / "бизнес") but alone never reach the auto band
    total = max(STEM_WEIGHT * stems + (1 - STEM_WEIGHT) * chars, TERMS_WEIGHT * terms)
    if a.ask is not None or b.ask is not None:
        total = max(total, min(ask_score(asked(a), asked(b), rarity), ASK_CAP))
    why, absent = near_reading(a, b, total)
    spelt = not why and total >= NEAR and _spelt_apart(a, b)
    if spelt:
        total = max(total, SPELT)  # two typos in ten words cost a short text its place in the auto band
    if not why and _common_only(a, b, total, rarity):
        why, absent = COMMON_GUARD, True
    return PairScore(round(total, 4), a.language, round(stems, 4), round(chars, 4), False, why, round(terms, 4),
                     absent, spelt and not why)


def _common_only(a: Variant, b: Variant, total: float, rarity: Rarity) -> bool:
    """Return True if a pair would merge on words many texts use alone, and is no copy of one text.

    One wording copied by a campaign of groups, word by word but for typos in long words
    (_spelt_apart), is one text however many groups sent it. Letters are no such proof: texts
    made of look-alike words («словоа», «словоб» …) score 0.9 of their letters in any order.
    """
    return total >= NEAR and not _distinctive(a, b, rarity) and not _spelt_apart(a, b)


def _distinctive(a: Variant, b: Variant, rarity: Rarity) -> bool:
    """Return True if two texts share a word few texts of their forum use (one a merge may rest on).

    Two wordings of one ask share its own words («гемодиализ», «ветеринар», a typo's neighbours),
    used by the few texts that ask it. Two texts that share only words a fifth of the forum
    uses (a forum written with 20 words: "грант НПО совет отчёт" in every order) are not one
    idea however many such words they share: a person decides (on every labelled set, each
    automatically merged pair shared a word at most 2 texts used).
    """
    language = a.language
    counts = rarity.df.get(language)
    if counts is None:
        return True  # no corpus (a pair scored alone): nothing to weigh by
    limit = max(DISTINCT_MIN, DISTINCT_SHARE * rarity.texts[language])
    return any(counts[t] <= limit for t in a.stems & b.stems)


def _spelt_apart(a: Variant, b: Variant) -> bool:
    """Return True if two originals are one text but for one-edit typos in long words (a spelling variant).

    «поликлинники» / «поликлиники», «насиления» / «населения»: each typo also costs the pair a
    stem, and a short text with two of them fell below the automatic merge. A short word one
    edit from another is as often another word ("pool" / "poll"): such pairs are read as before.
    """
    if not (a.original and b.original and _misspelt(a, b)):
        return False
    differing = [(x, y) for one, other in ((a.key, b.key), (normalize(a.title), normalize(b.title)))
                 for x, y in zip(one.split(), other.split()) if x != y]
    # a shorter word misspelt is read so where the dictionary knows one form and not the other
    # (typos.py): «цнетр» / «центр», «тйым» / «тыйым», "evey" / "every"; "pool" / "poll" are two words
    return all(min(len(x), len(y)) >= LONG_TYPO or confirmed_typo(x, y, a.language) for x, y in differing)


def exact_copies(a: Variant, b: Variant) -> bool:
    """Return True if two originals are one text, read as one proposal whatever their titles (an exact pair)."""
    return a.original and b.original and a.key == b.key and bool(a.key) and _one_text(a, b)


def copy_reading(v: Variant, alone: Variant, asked: Asked, asked_alone: Asked) -> tuple:
    """Return all that exact_copies reads of one of the copies of a text, its title read `alone` (title_alone).

    Two copies that read alike are exact copies of the same others (copies.py), when `asked` and
    `asked_alone` hold what every copy's text and title asks (conflicts.asked_of). Each title
    alone is read as absence_only and substitution.opposite_swap read it (_one_text reads the titles of
    every pair of copies).
    """
    return (v.original, v.long, guard_reading(v, asked), absence_reading(alone, asked_alone), opposed_words(alone))


def title_alone(v: Variant) -> Variant:
    """Return a text's title read on its own (_one_text)."""
    return make_variant(v.proposal_id, v.language, None, v.title, True, whole=False)


def _one_text(a: Variant, b: Variant) -> bool:
    """Return True if two originals of one text are one proposal, whatever their titles.

    Titles that disagree (a number each, a "not" against a "must", more against less) make the same
    rationale two asks; but a long text asks for itself, and a title that only sums it up ("Меньше бумаг
    для учителей" over a text asking for a closed list of reports) adds a word the other title
    lacks, not another ask. A number in one title only is still an ask of its own.
    """
    why = guard(a, b)
    if not why:
        # the asks agree as the text reads them; titles may still disagree ("Extend the deadline …" /
        # "Shorten the deadline …" over one text): two asks, unless one title only leaves out what the
        # other says
        return a.title == b.title or not (a.title and b.title) or _titles_one_ask(a, b)
    if not (a.long and not why.startswith(NUMBERS_GUARD) and reading_guard(why)):
        return False
    if contrast_guard(a, b):
        return False  # "… — бесплатно" / "… — платно": the titles swap a word of one kind, whatever else reads
    # only the titles differ: whether one only sums up what the other leaves out is read on them
    # alone (the shared text's own "not" or "more" is no difference: «вынуждены сдавать экзамены …
    # без повторных экзаменов» under «… без экзаменов» and a title without it)
    return _titles_one_ask(a, b)


def _titles_swapped(a: Variant, b: Variant) -> str:
    """Return "different word: x vs y" if one text stands under two titles, one with a word's opposite."""
    if not (a.original and b.original and a.key and a.key == b.key and a.title and b.title):
        return ""
    return opposite_swap(title_alone(a), title_alone(b))


def _titles_one_ask(a: Variant, b: Variant) -> bool:
    """Return True if one of two titles over one text only leaves out what the other says.

    A title that swaps one word for its opposite («Ылғал сақтайтын …» / «Ылғал жоятын …», keep /
    destroy moisture) asks the opposite, though neither word alone says so (substitution.opposite_swap).
    """
    alone_a, alone_b = title_alone(a), title_alone(b)
    return absence_only(alone_a, alone_b) and not opposite_swap(alone_a, alone_b)


def _ask_guessed(v: Variant) -> bool:
    """Return True if a text's ask part is only its last sentence (no marker word found it)."""
    return v.ask is not None and not v.ask.marked


def asked(v: Variant) -> Variant:
    """Return the part of a text that carries its ask (the whole text if it is all ask)."""
    return v.ask if v.ask is not None else v


def ask_score(a: Variant, b: Variant, rarity: Rarity) -> float:
    """Return the score of two asks read on their own, without their contexts."""
    return STEM_WEIGHT * rarity.dice(a, b) + (1 - STEM_WEIGHT) * fuzz.ratio(a.folded, b.folded) / 100


def near_reading(a: Variant, b: Variant, total: float) -> tuple[str, bool]:
    """Return the guard of the two asks (or a swapped word) and whether it is only an absence.

    The context of a proposal speaks of what is "not" done or "too low"; only
    what the ask says decides its polarity, direction, numbers and names. But an
    ask is read apart only where a marker word ("propose", «необходимо», «тиіс» …)
    found it: a text that orders first and explains after ("Build a school for
    500 pupils. This will help…") would otherwise be guarded on its reason alone.
    """
    read = asks_read(a, b)
    why = guard(*read)
    if not why and total > ASK_CAP and read != (a, b) and (whole := guard(a, b)):
        # two whole texts alike beyond what their asks alone lift a pair to (ASK_CAP) are read whole too:
        # what their contexts differ in is a detail, never grounds to merge unseen ("We propose a new
        # rule. Lessons end at 18:00." / "… at 20:00." merged at 0.99 on their first sentences); but a
        # context word misspelt («білмедйі» for «білмейді», not know) is a spelling variant's, as below
        return ("", False) if _spelling_variant(a, b, (a, b)) else (whole, True)
    if not why:
        return (substitution(a, b) or _titles_swapped(a, b) if total >= NEAR else ""), False
    if not (a.original and b.original):
        return why, False  # through a translation every guard is a conflict
    if total >= NEAR and _spelling_variant(a, b, read):
        return "", False
    # bounds, names, groups and a swapped word always stand against each other; a number only one
    # of two long texts gives is one detail of many; a one-sentence text is all ask, and its number
    # is half of it ("увеличить срок грантов до 3 лет" / "увеличить сроки")
    absent = (absence_only(*read) and not denied_in_word(*read) and not more_often(*read)
              and (a.numbers == b.numbers or a.long and b.long)
              and not (bounds_guard(*read, one_sided=False) or names_guard(*read, bodies=False)
                       or groups_guard(*read) or ordinals_guard(*read) or contrast_guard(*read))
              and (total < NEAR or not substitution(a, b)) and not _turned_round(why, *read))
    return why, absent


def _spelling_variant(a: Variant, b: Variant, read: tuple[Variant, Variant]) -> bool:
    """Return True if two originals are one text misspelt, its guard word a typo («міндеті» for «міндетті»).

    But a name one letter away, read in `read` (the asks, or both texts whole), is a name same_name
    did not take for a typo: another place ("Aral" / "Oral"); and «дейін» / «кейін» (until / after)
    are two words of one kind, not a word misspelt.
    """
    return (a.original and b.original and _misspelt(a, b)
            and not (names_guard(*read) or contrast_guard(*read)))


def _turned_round(why: str, a: Variant, b: Variant) -> bool:
    """Return True if two asks in nearly the same words swap a word for its opposite: a conflict.

    "Camping should be allowed at marked spots" / "Camping should be banned", «төлеуі керек» /
    «төлемеуі керек» (a title and its text each say it: an even count of "not"s): each ask has a word
    the other lacks, so neither only adds a detail ("increase and collect the fines" / "collect the
    fines" stays an absence).
    """
    if why not in (NEGATION_GUARD, DIRECTION_GUARD) or fuzz.ratio(a.folded, b.folded) < 100 * TURNED_ALIKE:
        return False
    words_a, words_b = set(a.folded.split()), set(b.folded.split())
    return bool(words_a - words_b) and bool(words_b - words_a)


def _misspelt(a: Variant, b: Variant) -> bool:
    """Return True if two originals are word by word the same, title and text, but for one-edit typos."""
    if not typo_aligned(a.key, b.key, a.language):  # the text first: the titles are normalized only then
        return False
    title_a, title_b = normalize(a.title), normalize(b.title)
    return title_a == title_b or typo_aligned(title_a, title_b, a.language)


def across_guard(a: Variant, b: Variant) -> str:
    """Return what two originals in different languages disagree on, read the same in any language.

    Numbers, more or less, a "not", binding or voluntary, bounds and groups of people
    are language-neutral features; names are not (Алматы / Almaty are spelt apart).
    The asks are read as near_reading reads them.
    """
    return guard(*asks_read(a, b), names=False)


def asks_read(a: Variant, b: Variant) -> tuple[Variant, Variant]:
    """Return what the guards read of two texts: their asks, or both whole when one ask is guessed."""
    # a guessed ask: both read whole ("half" in one context only is no number)
    return (a, b) if _ask_guessed(a) or _ask_guessed(b) else (asked(a), asked(b))


def glossary_dice(a: Variant, b: Variant) -> float:
    """Return the Dice of glossary terms, or 0 when they share too few to mean anything."""
    return dice(a.concepts, b.concepts) if len(a.concepts & b.concepts) >= MIN_SHARED else 0.0


def score_pair(a: Sequence[Variant], b: Sequence[Variant], rarity: Rarity = FLAT,
               min_evidence: float = MIN_EVIDENCE) -> PairScore:
    """Return the best score over the languages both proposals can be read in.

    A guard raised in any shared language stays: a translation that drops a
    "not" must not open the door to an automatic merge. But two proposals
    written in the same language are judged by their own words: a translator's
    "more" or "not" that neither original says raises no guard.
    """
    if len(a) == len(b) == 1 and a[0].language == b[0].language:
        return score_variants(a[0], b[0], rarity)  # the common case: originals, no translations
    by_lang = {v.language: v for v in b}
    if not any(v.language in by_lang for v in a):
        return bridges(a[0], b[0], rarity, min_evidence)
    best, guards = NO_MATCH, []
    for va in sorted(a, key=lambda v: v.language):
        vb = by_lang.get(va.language)
        if vb is None:
            continue
        s = score_variants(va, vb, rarity)
        guards += [s.guard] if s.guard and s.guard != COMMON_GUARD else []  # an absence, not a conflict
        if s.score > best.score:
            best = s
    if a[0].language == b[0].language:  # both originals (features.variants puts them first)
        why, absent = near_reading(a[0], b[0], best.score)
        if not why and _common_only(a[0], b[0], best.score, rarity):
            why, absent = COMMON_GUARD, True  # on the originals' own words, however well a translation reads
        return replace(best, guard=why, absence=absent)
    # a translation may be wrong: what the two originals say in any language (numbers, a "not", more or
    # less) must agree too, or «тіркелмеуі керек» with a supplied "should register" meets "should register"
    guards += [why] if (why := across_guard(a[0], b[0])) else []
    if guards and (not best.guard or best.guard == COMMON_GUARD):  # a conflict says more than an absence
        best = replace(best, guard=guards[0], absence=False)
    return best


BRIDGE = "glossary"  # the PairScore.language of a pair with no language in common
BRIDGE_GUARD = ("no shared language: only glossary terms, numbers and names match "
                "(add a translation to compare)")


def bridges(a: Variant, b: Variant, rarity: Rarity = FLAT, min_evidence: float = MIN_EVIDENCE) -> PairScore:
    """Return the better language-neutral score of the whole texts and of their asks alone."""
    whole = bridge(a, b, rarity, min_evidence)
    if a.ask is None and b.ask is None:
        return whole
    ask = bridge(asked(a), asked(b), rarity, min_evidence)
    return ask if ask.score > whole.score else whole


def saturated(score: float) -> float:
    """Return a cross-language score as is up to BRIDGE_KNEE, above it approaching BRIDGE_CEILING."""
    if score <= BRIDGE_KNEE:
        return score
    span = BRIDGE_CEILING - BRIDGE_KNEE
    return BRIDGE_KNEE + span * (1 - exp(-(score - BRIDGE_KNEE) / span))


def bridge(a: Variant, b: Variant, rarity: Rarity = FLAT, min_evidence: float = MIN_EVIDENCE) -> PairScore:
    """Return the language-neutral score of two originals that share no language (never auto)."""
    best, shared, evidence = rarity.bridge_dice(a, b)
    if shared < MIN_BRIDGED or evidence < min_evidence:
        return NO_MATCH
    best = saturated(best * BRIDGE_SCALE)
    return PairScore(round(best, 4), BRIDGE, 0.0, 0.0, guard=BRIDGE_GUARD, terms=round(best, 4))
