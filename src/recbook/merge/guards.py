"""Why two texts must not merge automatically: the guards, each a reason a person reads.

A guard names what two otherwise alike texts disagree on — numbers, more or less, a
"not", binding or voluntary, bounds, names, groups of people, ordinals, a contrast
word ("weekly" / "monthly") — and only ever demotes a pair: to a suggestion or a
look-alike kept apart (similarity.near_reading decides which, assemble lists them).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from .conflicts import Asked, denied_in_word, denied_plainly, folded_reading, opposite_moves, starts_against_ends
from .features import Variant
from .lexicon import BOUNDS, GROUPS
from .places import place_of
from .units import unit_clash

NUMBERS_GUARD = "different numbers: "
DIRECTION_GUARD = "different direction (more / less / neither)"
NEGATION_GUARD = "negation in one text only"
BINDING_GUARD = "binding in one text, voluntary or neither in the other"
BOUNDS_GUARD = "different bounds: "


def reading_guard(why: str) -> bool:
    """Return True if a guard is about how an ask reads (a number, more or less, a "not", binding).

    The other guards say whom or what the ask is for (a place, a group, a day, a kind): another
    ask, however the rest is worded.
    """
    return why.startswith((NUMBERS_GUARD, DIRECTION_GUARD, NEGATION_GUARD, BINDING_GUARD, BOUNDS_GUARD))


def guard(a: Variant, b: Variant, names: bool = True) -> str:
    """Return why two texts must not merge automatically, or "" (`names`: compare names too).

    Without names (two languages, across_guard) only a bound each text sets counts: a
    translation-free pair reads "не более" and "up to" apart too often.
    """
    if a.numbers != b.numbers:
        # "register" vs "register within one year" is a different ask too
        return NUMBERS_GUARD + (_numbers(a) or "none") + " vs " + (_numbers(b) or "none")
    if often := more_often(a, b):
        return NUMBERS_GUARD + often  # {2, 3} both, but "2-3 pupils, a 2-year grant" / "… a 3-year grant"
    if clash := unit_clash(a.units, b.units):
        return NUMBERS_GUARD + clash  # «до 3 лет» / «до 3 месяцев»: one value, two amounts
    if turned := turned_guard(a, b):
        return turned
    if a.modality != b.modality:
        return BINDING_GUARD
    return (bounds_guard(a, b, one_sided=names) or (names_guard(a, b) if names else "") or groups_guard(a, b)
            or ordinals_guard(a, b) or contrast_guard(a, b))


def turned_guard(a: Variant, b: Variant) -> str:
    """Return the guard of two texts one of which asks the other turned round (more / less, a "not"), or "".

    guard() reads it after the numbers; a reviewer reads it first (reasons.py): «Запретить пакеты с
    2027 года» / «Не запрещать пакеты» differ in a number only one gives, but it is the "not" they ask apart.
    """
    if a.direction != b.direction or opposite_moves(a, b) or starts_against_ends(a, b):
        # "abolish X" vs "X", "expand" vs "limit", "introduce X" vs "abolish X": only a person may join them
        return DIRECTION_GUARD
    # a count of "not"s misleads ("neither … nor", a "not" in a reason): a word one text negates that
    # the other asks for plainly is a "not" in one text only whatever the counts say
    if a.negations % 2 != b.negations % 2 or denied_in_word(a, b) or denied_plainly(a, b):
        return NEGATION_GUARD
    return ""


def guard_reading(v: Variant, asked: Asked) -> tuple:
    """Return all that guard() reads of a text, when it meets texts that ask `asked` of its words.

    Two texts of one language that read alike get the same guard against any third such text
    (copies.py; conflicts.folded_reading): a guard that reads another feature must be read here too.
    """
    return (v.language, v.numbers, v.repeated, v.units, v.direction, v.moves, v.negations % 2, v.negated,
            v.modality, v.concepts & (BOUNDS | GROUPS), v.names, v.ordinals, v.contrasts, v.title_contrasts,
            folded_reading(v, asked))


def more_often(a: Variant, b: Variant) -> str:
    """Return "x more often vs y more often" if each text names a number in more clauses than the other.

    One of two texts that repeats a number it shares with the other only says it again; each
    repeating another one is a number swapped where the other number also stands elsewhere.
    """
    if not (a.repeated or b.repeated):
        return ""
    counts_a, counts_b = dict(a.repeated), dict(b.repeated)
    more_a = sorted((n for n in a.numbers if counts_a.get(n, 1) > counts_b.get(n, 1)), key=by_value)
    more_b = sorted((n for n in b.numbers if counts_b.get(n, 1) > counts_a.get(n, 1)), key=by_value)
    return f"{more_a[0]} more often vs {more_b[0]} more often" if more_a and more_b else ""


def bounds_guard(a: Variant, b: Variant, one_sided: bool = True) -> str:
    """Return a guard if one text sets a lower bound ("at least 30 days") and the other an upper one.

    `one_sided`: a bound one text sets and the other does not ("less than 10 employees" / "10
    employees") is a guard too (near_reading weighs it as an absence).
    """
    bound_a, bound_b = a.concepts & BOUNDS, b.concepts & BOUNDS
    if bound_a != bound_b and (bound_a and bound_b or one_sided):
        return BOUNDS_GUARD + _bounds(bound_a) + " vs " + _bounds(bound_b)
    return ""


# the bounds a text sets as a reviewer reads them (the concepts' own names are the lexicon's keys)
BOUND_WORDS = {"at_least": "at least", "at_most": "at most"}
NO_BOUND = "no bound"


def _bounds(found: frozenset[str]) -> str:
    return " and ".join(BOUND_WORDS[b] for b in sorted(found)) or NO_BOUND


def groups_guard(a: Variant, b: Variant) -> str:
    """Return a guard if each text is for a group of people the other does not name (youth / women)."""
    only_a, only_b = sorted((a.concepts - b.concepts) & GROUPS), sorted((b.concepts - a.concepts) & GROUPS)
    if only_a and only_b:
        return f"different groups: {only_a[0]} vs {only_b[0]}"
    return ""


def ordinals_guard(a: Variant, b: Variant) -> str:
    """Return a guard if each text names a day, grade or stage by an ordinal the other does not.

    «пятого мая» / «шестого мая», "second and third grades" / "third and fourth grades": an
    ordinal alone is no amount (numerals.lone_ordinals), but another one is another ask; an
    ordinal in one text only ("in the first place", «третьих лиц») is a detail.
    """
    only_a, only_b = sorted(a.ordinals - b.ordinals), sorted(b.ordinals - a.ordinals)
    if only_a and only_b:
        return f"different ordinals: {only_a[0]} vs {only_b[0]}"
    return ""


def contrast_guard(a: Variant, b: Variant) -> str:
    """Return a guard if each text uses a word of one kind the other does not ("weekly" / "monthly").

    The kinds (lexicon.CONTRASTS) are read in every language alike: «ежемесячно» is "monthly". The
    titles are read on their own too: "Free courses" / "Paid courses" over texts that both say «paid
    courses are dear» (or over one shared text) differ in a word each, masked when read whole.
    """
    return _contrasted(a.contrasts, b.contrasts) or _contrasted(a.title_contrasts, b.title_contrasts)


def _contrasted(a: frozenset[str], b: frozenset[str]) -> str:
    only_a, only_b = sorted(a - b), sorted(b - a)
    for one in only_a:
        other = next((o for o in only_b if o.split(":")[0] == one.split(":")[0]), None)
        if other:
            return f"different {one.split(':')[0]}: {one.split(':')[1]} vs {other.split(':')[1]}"
    return ""


def names_guard(a: Variant, b: Variant, bodies: bool = True) -> str:
    """Return a guard if each text names someone or somewhere the other does not.

    `bodies=False` leaves out the bodies an ask is addressed to (bodies.py): near_reading asks so,
    to weigh a body one text names as an absence.
    """
    names_a, names_b = (a.names, b.names) if bodies else (a.names - a.bodies, b.names - b.bodies)
    only_a = sorted(n for n in names_a if not _named(n, b.names))
    only_b = sorted(n for n in names_b if not _named(n, a.names))
    if only_a and only_b:
        return f"different names: {only_a[0]} vs {only_b[0]}"
    return ""


def _named(name: str, others: frozenset[str]) -> bool:
    """Return True if `others` holds `name` in another case form or with a typo."""
    return name in others or any(same_name(o, name) for o in others)


# what a name's case forms add or change at its end (folded): Kazakh plural, possessive and case
# endings («Сотқа», «Алматыдағы», «Астанасында»), Russian case and place-adjective endings
# («Астане», «Караганды», «Алматинской»), English "-s", "-i", "-an" ("Kazakhstani")
_KK_CASE = (r"(?:да|де|та|те|дагы|деги|тагы|теги|га|ге|ка|ке|а|е|ны|ни|ды|ди|ты|ти|нын|нин|дын|дин|тын"
            r"|тин|нан|нен|дан|ден|тан|тен|мен|бен|пен|лык|лик|дык|дик|тык|тик)")
_NAME_TAIL = re.compile(
    r"(?:лар|лер|дар|дер|тар|тер)?(?:(?:ы|и|сы|си)(?:н|на|не|нда|нде|нан|нен|ндагы|ндеги|нын|нин)?"
    r"|(?:ым|им|ын|ин|мыз|миз)?" + _KK_CASE + r"?)"
    r"|а|я|у|ю|е|ы|и|ь|й|ом|ем|ой|ей|ий|ый|ою|ею|ам|ям|ах|ях|ами|ями|ов|ев|ым|им|ого|его|ому|ему|ая|яя|ую|юю"
    r"|ое|ее|ые|ие|ых|их|ыми|ими|(?:ин|ен)?ск(?:ий|ой|ого|ому|ом|ая|ую|ое|ие|их|им|ими)"
    r"|s|es|i|n|an|ian|ians|ans|ese")
NAME_STEM = 3  # letters two case forms of one name share at least ("сот" / "сотка")
ENDING_OVERLAP = 2  # letters two endings may share at their start («-ий» / «-ими», «-ом» / «-ого»)
NAME_TYPO = 6  # from this length a name one edit away is a typo ("Pavlodar" / "Pavladar"); shorter, another name


def same_name(one: str, other: str) -> bool:
    """Return True if two folded names are one name: a case form of it, or misspelt.

    Two case forms share their beginning and differ only in endings («Сот» / «Сотқа», «Астана» /
    «Астане»); a shared beginning with anything else after it is another name («Арал» /
    «Аралсор», «Жаңаөзен» / «Жаңатас», «Қарағанды» / «Қаратау», "Ust" / "Ustyurt"). A short name
    one letter away is another name too ("Aral" / "Oral", «Ерлан» / «Ержан», "Marat" / "Murat").
    """
    places = place_of(one), place_of(other)
    if places[0] and places[0] == places[1]:
        return True  # a town under its other name: «Өскемен» / «Усть-Каменогорск», "Oskemen"
    one, other = one.replace("q", "k"), other.replace("q", "k")  # "Aqtobe" / "Aktobe"
    if one == other:
        return True
    shared = next((i for i, (x, y) in enumerate(zip(one, other)) if x != y), min(len(one), len(other)))
    # an ending may begin with the letter where the forms part («жамбылск-ий» / «жамбылск-ими»)
    for stem in range(shared, max(NAME_STEM, shared - ENDING_OVERLAP) - 1, -1):
        if all(_NAME_TAIL.fullmatch(w[stem:]) for w in (one, other)):
            return True
    if all(places):
        return False  # two places the gazetteer knows apart, one letter apart: «Каратау» / «Каратал»
    return min(len(one), len(other)) >= NAME_TYPO and OSA.distance(one, other, score_cutoff=1) <= 1


def by_value(number: str) -> tuple[float, str]:
    """Sort key of a number as the features write it ("9", "10", "1.5%"): by value, so "9 and 10",
    never "10 and 9" as text sorts them."""
    try:
        return float(number.rstrip("%")), number
    except ValueError:  # a form not read as a value sorts after the values, as text
        return float("inf"), number


def _numbers(v: Variant) -> str:
    """Return a text's numbers as a list ("1 and 4", "1, 4 and 5"): «1,4» read as the decimal 1.4 in ru and kk."""
    found = sorted(v.numbers, key=by_value)
    return ", ".join(found[:-1]) + " and " + found[-1] if len(found) > 1 else "".join(found)
