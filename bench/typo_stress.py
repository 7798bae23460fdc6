"""Does a copy of a proposal with typos merge with it, inside its forum?

    .venv/bin/python bench/typo_stress.py [--seed N] [--typos 3] [--per-set 12]

From each labelled set of bench/dedupe_quality.py, `--per-set` proposals (drawn by the seed) are
copied with `--typos` typos, each in another word of five letters or more (title or text; no word
with a digit): one letter replaced, dropped or added, or two neighbours swapped, never the first or
the last letter (a typist gets those right). The copies are added to their set, and the set is
merged whole, as a forum would be: a copy that does not end in its proposal's recommendation is
printed with the merge's reason for the pair and the words its typos changed. The issue's target:
variants (this is one) 100 % auto-merged. A typo may land on another word ("проверять" →
"поверять", «жетпейді» → «жатпейді»), a number word («семьи» → «семи»), or a place («Zharkent» →
«Zharment», the gazetteer's Zharma): such a copy is two texts, rightly kept apart.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402

from bench.dedupe_quality import DEFAULT  # noqa: E402
from bench.evaluate import proposals_from_cases  # noqa: E402
from recbook.merge import merge  # noqa: E402
from recbook.model import Proposal  # noqa: E402

WORD = re.compile(r"[^\W\d_]{5,}")  # letters only: a word with a digit is a number, never misspelt here
CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)
CYRILLIC_LETTERS = "абвгдеиклмнопрстуәқңөұүі"
LATIN_LETTERS = "abcdeilmnoprstu"


def misspelt(word: str, rng: random.Random) -> str:
    """Return `word` with one typo inside it: a letter replaced, dropped or added, or two swapped."""
    i = rng.randrange(1, len(word) - 1)
    letters = CYRILLIC_LETTERS if CYRILLIC.search(word) else LATIN_LETTERS
    kind = rng.choice("sdti")
    if kind == "s":
        return word[:i] + rng.choice(letters) + word[i + 1:]
    if kind == "d":
        return word[:i] + word[i + 1:]
    if kind == "t":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice(letters) + word[i:]


def spoiled(p: Proposal, typos: int, rng: random.Random) -> tuple[str, str, list[tuple[str, str]]]:
    """Return a proposal's title and text with `typos` typos, each in another long word, and what changed."""
    whole = f"{p.title or ''}\n\n{p.text or ''}"
    words = list(WORD.finditer(whole))
    changed = []
    for found in sorted(rng.sample(words, min(typos, len(words))), key=lambda m: -m.start()):
        typo = misspelt(found.group(), rng)
        changed.append((found.group(), typo))
        whole = whole[:found.start()] + typo + whole[found.end():]
    title, _, text = whole.partition("\n\n")
    return title, text, changed[::-1]


def main(argv: list[str]) -> None:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    typos = int(argv[argv.index("--typos") + 1]) if "--typos" in argv else 3
    per_set = int(argv[argv.index("--per-set") + 1]) if "--per-set" in argv else 12
    rng = random.Random(seed)
    missed = total = 0
    for path in DEFAULT:
        proposals = proposals_from_cases(YAML(typ="safe").load(path.read_text(encoding="utf-8"))["cases"])
        drawn = rng.sample(proposals, min(per_set, len(proposals)))
        copies = []
        for p in drawn:
            title, text, changed = spoiled(p, typos, rng)
            copies.append((p, Proposal(f"{p.id}-typo", f"{p.group}-typo", p.direction, p.language, title, text),
                           changed))
        result = merge(proposals + [copy for _, copy, _ in copies])
        where = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
        for p, copy, changed in copies:
            total += 1
            if where[p.id] == where[copy.id]:
                continue
            missed += 1
            why = [s.reason for s in result.look_alikes + result.suggestions if {s.a, s.b} == {p.id, copy.id}]
            words = ", ".join(f"{x} → {y}" for x, y in changed)
            print(f"{path.name} {p.id} ({p.language}): {'; '.join(why) or 'not suggested'} | {words}")
    print(f"seed {seed}, {typos} typos: {total - missed} of {total} copies merged automatically ({missed} not)")


if __name__ == "__main__":
    main(sys.argv[1:])
