"""List the common words that begin like a place of the gazetteer (src/recbook/merge/places.py).

    .venv/bin/pip install wordfreq        # a tool of this check only, never of recbook
    PYTHONPATH=src .venv/bin/python tools/places_check.py [--top 50000] [--kk /usr/share/hunspell/kk_KZ.dic]

A place's prefix (or whole word) that begins a common Russian or English word (the `--top` commonest
of wordfreq) or a word of the Kazakh hunspell dictionary turns that word into a name when it opens
a sentence. Each collision is printed with the word's language and rank (a dictionary line for Kazakh),
to be judged by eye: a word that is the place's own case form (its full spelling and a case ending) is
no collision, and the homonyms kept (a bucket, a sparrow …) are listed with their reasons in places.py.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from recbook.merge import places
from recbook.merge.normalize import fold_kk
from recbook.merge.guards import _NAME_TAIL

# what a place's own forms add to its full spelling beyond a case ending: Russian adjectives
# («Каскеленский», «Алматинская») and the English "-'s"
_OWN = re.compile(r"(?:" + _NAME_TAIL.pattern + r")|(?:[аеиоы]?н?)?ск\w*|ов|ово|ова|ым|ин|ц\w*|s")


def words(top: int, kk_dic: Path) -> list[tuple[str, str, int, str]]:
    """Return (folded word, language, rank, folded dictionary stem) for the common words to check."""
    from wordfreq import top_n_list

    out = [(fold_kk(w.replace("ё", "е")), lang, rank, fold_kk(w.replace("ё", "е")))
           for lang in ("ru", "en") for rank, w in enumerate(top_n_list(lang, top), 1) if w.isalpha()]
    if kk_dic.exists():
        lines = kk_dic.read_text("utf-8-sig").splitlines()[1:]
        stems = [line.split("/")[0].casefold() for line in lines]
        out += [(fold_kk(w), "kk", n, fold_kk(stem)) for n, stem in enumerate(stems, 1) for w in kk_forms(stem)]
    return out


# the commonest Kazakh endings, in both vowel harmonies: a prefix longer than a dictionary stem may
# still begin one of its forms («қарғалар», crows, begins like Қарғалы)
_KK_BACK = "лар дар тар ы сы ын да та га ка нын дын тын дан тан нан лык дык тык шы сыз лы ды ты ган кан у ыл".split()
_KK_FRONT = "лер дер тер и си ин де те ге ке нин дин тин ден тен нен лик дик тик ши сиз ли ди ти ген кен у ил".split()


def kk_forms(stem: str) -> list[str]:
    """Return a Kazakh stem and its forms with the commonest endings (some of them no word: judged by eye)."""
    vowels = [c for c in stem if c in "аәоөұүыіеиуэюя"]
    front = bool(vowels) and vowels[-1] in "әөүіеи"
    return [stem] + [stem + e.replace("и", "і") if front else stem + e for e in (_KK_FRONT if front else _KK_BACK)]


def own_form(word: str, full: set[str]) -> bool:
    """Return True if `word` is a place's full spelling and an ending its case forms take."""
    return any(word.startswith(f) and _OWN.fullmatch(word[len(f):]) for f in full)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=50_000)
    parser.add_argument("--kk", type=Path, default=Path("/usr/share/hunspell/kk_KZ.dic"))
    parser.add_argument("--same", action="store_true", help="also list words spelt as a place (homonyms)")
    args = parser.parse_args()
    full = {fold_kk(places._first_word(s.casefold().rstrip("."))) for p in places._places() for s in p.split("/")}
    full |= set(places.PREFIXES) | places.WORDS
    hits = 0
    for word, lang, rank, stem in words(args.top, args.kk):
        if (places.is_place(word) and word not in places.WORDS and not own_form(stem, full)) or (
                word in places.WORDS and lang != "kk" and not own_form(word, full - places.WORDS)):
            prefix = next((p for p in places.PREFIXES if word.startswith(p)), word)
            print(f"{prefix}\t{word}\t{lang}\t{rank}")
            hits += 1
        elif args.same and word in full:  # a homonym to judge by eye (the dictionary holds places too)
            print(f"same\t{word}\t{lang}\t{rank}")
    print(f"{hits} collisions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
