"""Tell the bodies an ask is addressed to from the people and places it names.

"The Ministry of Finance should …" and "We ask the Government to …" name no
one the other contradicts: two groups asking the same thing often address it
to different bodies, or to none. The names guard (similarity.py) still keeps
such a pair from merging automatically, but a body named in one text only is
read as a detail the other leaves out (an absence: it may be suggested), not
as a conflict. A body is a capitalized word that is an institution word
(Ministry, Правительство, Үкімет …), a capitalized word after one ("Ministry
of Emergency Situations"), the capitalized words just before an English one ("the
Migration Committee") or, before a Kazakh one that names its body by the
words before it (the possessive «министрлігі», «комитеті»), the capitalized word
among the few before it ("Төтенше жағдайлар министрлігіне"). A city or region is
never a body: "residents of Semey ask the ministry" names a place.
"""

from __future__ import annotations

import re
from typing import Sequence

from .normalize import fold_kk
from .places import is_place

# institution words, folded word beginnings in kk/ru/en; the bodies of a place (akimat, maslikhat) are
# not here: "the akimat of Semey" names a place, which stays a name
INSTITUTIONS: tuple[str, ...] = (
    "министер", "министр", "правительств", "парламент", "мажилис", "сенат", "комитет", "агентств",
    "департамент", "ведомств", "президент", "укимет", "агенттиг",
    "ministry", "minister", "government", "parliament", "mazhilis", "senate", "committee", "agency",
    "department", "president",
)
LINKS = frozenset({"of", "for", "on", "and", "the"})  # inside an English body's name
BEFORE = 3  # words before a Kazakh institution word that may begin the body's name
# Kazakh institution words in the possessive: the words before them are the body's name («Цифрлық даму
# министрлігі»); a bare «министрлікке» and a Russian or English word name no one before them
NAMED_BEFORE: tuple[str, ...] = ("министрлиг", "агенттиг", "комитети", "департаменти")
_ANY_INSTITUTION = re.compile(r"(?<!\w)(?:" + "|".join(INSTITUTIONS) + ")")


def body_positions(words: Sequence[str]) -> set[int]:
    """Return the positions of the words of a sentence that belong to a body's name."""
    if not any(w[0].isupper() for w in words[1:]):
        return set()  # only a capitalized word inside a sentence is a name: most sentences hold none
    if _ANY_INSTITUTION.search(fold_kk(" ".join(words).casefold())) is None:
        return set()  # one scan of the sentence: most name no institution
    folded = [fold_kk(w.casefold()) for w in words]
    found: set[int] = set()
    for i, word in enumerate(folded):
        if not word.startswith(INSTITUTIONS):
            continue
        found.add(i)
        j = i + 1
        while j < len(words) and (words[j][0].isupper() or folded[j] in LINKS):
            found.add(j)  # "Ministry of Labour and Social Protection"
            j += 1
        if words[i][0].islower() and word.startswith(NAMED_BEFORE):  # «Цифрлық даму министрлігі»
            found.update(k for k in range(max(0, i - BEFORE), i) if words[k][0].isupper())
        elif words[i][0].isupper() and words[i].isascii():
            k = i - 1  # "the Migration Committee", "the National Security Committee": English names before
            while k >= max(1, i - BEFORE) and words[k][0].isupper():
                found.add(k)
                k -= 1
    return {k for k in found if not is_place(folded[k])}
