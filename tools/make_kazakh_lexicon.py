"""Build src/recbook/kazakh_keyboard/data/ from the Kazakh Hunspell dictionary (hunspell-kk).

Run `python tools/make_kazakh_lexicon.py [DIR]` with DIR holding kk_KZ.dic and kk_KZ.aff
(default /usr/share/hunspell, where Debian's `apt-get install hunspell-kk` puts them). The
output is byte-identical for the same input, so a diff of the committed files means the
dictionary changed.

Why a derived copy and not the dictionary itself: the check only ever asks "which dictionary
words does this word become when its Russian look-alikes are read as Kazakh letters", so the
words are kept sorted under that folded spelling (one bisect per question, no index to build:
~5 ms to load instead of ~250 ms for the .dic/.aff as they come), and the affix rules under
their folded ending. Nothing of Hunspell's runs at check time (no binding to install).

The files (UTF-8, one entry a line):
- stems.txt: `folded<TAB>entry entry…`, sorted by folded; an entry is the word (empty where it
  is the folded spelling itself) and the digit of its affix class (classes.txt's line).
- suffixes.txt: `folded ending<TAB>class mask<TAB>strip<TAB>add<TAB>condition`; the mask has bit
  c set when class c may take the suffix (Hunspell: its flag is in that class's flags).
- classes.txt: the classes' Hunspell flags, one a line (for whoever reads the data).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "recbook" / "kazakh_keyboard" / "data"
FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")  # the same table as recbook.kazakh_keyboard.FOLD


def main(source: Path) -> None:
    aff = (source / "kk_KZ.aff").read_text(encoding="utf-8-sig").splitlines()
    dic = (source / "kk_KZ.dic").read_text(encoding="utf-8-sig").splitlines()[1:]  # line 1: the count
    classes: list[str] = []
    stems: dict[str, set[str]] = defaultdict(set)
    for line in dic:
        word, _, flags = line.strip().partition("/")
        # the 395 names are capitalized, 16 with a Latin letter ("Aманжол", "Сейiт"): a word is looked
        # up lower-cased, and a Latin letter is the mixed-script check's
        word = word.lower()
        if not word or not all("а" <= ch <= "я" or ch in "ёәғқңөұүһі" for ch in word):
            continue
        if flags not in classes:
            classes.append(flags)
        folded = word.translate(FOLD)
        stems[folded].add(("" if word == folded else word) + str(classes.index(flags)))
    rules = set()
    for line in aff:
        part = line.split()
        if len(part) >= 5 and part[0] == "SFX":
            flag, strip, add, condition = part[1:5]
            strip, add = ("" if strip == "0" else strip), ("" if add == "0" else add)
            mask = sum(1 << c for c, flags in enumerate(classes) if flag in flags)
            if mask:
                rules.add((add.translate(FOLD), mask, strip, add, condition))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "stems.txt").write_text("".join(f"{k}\t{' '.join(sorted(stems[k]))}\n" for k in sorted(stems)),
                                   encoding="utf-8")
    merged: dict[tuple, int] = defaultdict(int)  # one line per rule, its classes' bits or-ed together
    for folded, mask, strip, add, condition in rules:
        merged[(folded, strip, add, condition)] |= mask
    (OUT / "suffixes.txt").write_text(
        "".join(f"{f}\t{merged[(f, s, a, c)]}\t{s}\t{a}\t{c}\n" for f, s, a, c in sorted(merged)), encoding="utf-8")
    (OUT / "classes.txt").write_text("".join(f"{flags}\n" for flags in classes), encoding="utf-8")
    print(f"{sum(len(v) for v in stems.values())} words, {len(merged)} suffix rules, {len(classes)} classes")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/hunspell"))
