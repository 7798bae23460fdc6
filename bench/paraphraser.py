"""Outside evaluation on real Russian news headlines: the ParaPhraser corpus (ainlconf 2016).

Issue 9 keeps this corpus for outside evaluation: no rule is tuned on it. This
script draws a fixed sample of its headline pairs (by a hash of each pair, so the
sample is the same on every machine), merges all the headlines as one forum of
one-line proposals and scores the merge:

- auto-merge precision: of the pairs of headlines merged automatically, the share
  that are one labelled precise paraphrase pair (strict), or a precise or near
  one (lenient); a merged non-paraphrase pair, or two headlines of different
  pairs, is a wrong merge;
- found: precise (and near) pairs merged or suggested;
- suggestions per true pair still unmerged (the issue's ≤ 1.5 figure).

The corpus is not in this repository. Get it with the library's fetch tool or git
(github.com/dmikrav/paraphraser.ainlconf.2016, commit 748fffb) and pass the folder
holding its `intermediate_data/original_sentences` files 1, 0 and -1 (precise, near
and non-paraphrases; pairs separated by a line of "="):

    python bench/paraphraser.py CORPUS_DIR [--pairs 60,50,50]
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from recbook.merge import merge  # noqa: E402
from recbook.model import Proposal  # noqa: E402

CLASSES = {"1": "precise", "0": "near", "-1": "non"}
PREFIX = {"1": "P", "0": "Q", "-1": "X"}  # id letters: one per class


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """Return the headline pairs of one class file (two lines, then a line of '=')."""
    pairs = []
    for block in path.read_text(encoding="utf-8").split("=" * 36):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if len(lines) == 2 and lines[0] != lines[1]:
            pairs.append((lines[0], lines[1]))
    return pairs


def sample(pairs: list[tuple[str, str]], n: int) -> list[tuple[str, str]]:
    """Return n pairs chosen by a hash of their text (the same sample everywhere)."""
    return sorted(pairs, key=lambda p: hashlib.sha256("\n".join(p).encode()).hexdigest())[:n]


def build(corpus: Path, counts: dict[str, int]) -> tuple[list[Proposal], dict[str, tuple[str, int]]]:
    """Return the proposals and, per id, its (class, pair number)."""
    proposals, label, seen = [], {}, set()
    for cls, n in counts.items():
        for k, (a, b) in enumerate(sample(read_pairs(corpus / cls), n)):
            if a in seen or b in seen:
                continue  # a headline in two pairs would make its labels contradict
            seen |= {a, b}
            for side, text in (("a", a), ("b", b)):
                pid = f"{PREFIX[cls]}{k:03d}{side}"
                proposals.append(Proposal(pid, "G1", "D1", "ru", text, text))
                label[pid] = (cls, k)
    return proposals, label


def score(proposals: list[Proposal], label: dict[str, tuple[str, int]]) -> None:
    """Merge the headlines and print precision, recall per class and the suggestion figure."""
    result = merge(proposals)
    cluster = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
    suggested = {tuple(sorted((cluster[s.a], cluster[s.b]))) for s in result.suggestions}
    merged: Counter[str] = Counter()
    for a, b in combinations(sorted(label), 2):
        if cluster[a] == cluster[b]:
            merged[label[a][0] if label[a] == label[b] else "across"] += 1
    total = sum(merged.values())
    strict = merged["1"] / total if total else 1.0
    lenient = (merged["1"] + merged["0"]) / total if total else 1.0
    print(f"{len(proposals)} headlines; auto-merged pairs {total}: precise {merged['1']}, near {merged['0']}, "
          f"non-paraphrase {merged['-1']}, of different pairs {merged['across']}")
    print(f"auto-merge precision {strict:.3f} (precise only), {lenient:.3f} (precise or near)")
    unmerged = 0
    for cls in ("1", "0", "-1"):
        pairs = _pairs_of(label, cls)
        got = sum(1 for a, b in pairs if cluster[a] == cluster[b])
        shown = sum(1 for a, b in pairs if cluster[a] != cluster[b]
                    and tuple(sorted((cluster[a], cluster[b]))) in suggested)
        unmerged += len(pairs) - got if cls == "1" else 0
        print(f"{CLASSES[cls]:8} pairs {len(pairs):3}: merged {got:3}, suggested {shown:3}, "
              f"found {(got + shown) / len(pairs):.0%}")
    ratio = len(result.suggestions) / max(5, unmerged)
    print(f"suggestions {len(result.suggestions)} for {unmerged} precise pairs unmerged: ratio {ratio:.2f}; "
          f"look-alikes kept apart {len(result.look_alikes)}")


def _pairs_of(label: dict[str, tuple[str, int]], cls: str) -> list[tuple[str, str]]:
    ids = sorted(pid for pid, (c, _) in label.items() if c == cls)
    return [(a, b) for a, b in zip(ids[::2], ids[1::2])]


def main(argv: list[str]) -> None:
    corpus = Path(argv[0])
    counts = dict(zip(("1", "0", "-1"), (60, 50, 50)))
    if "--pairs" in argv:
        counts = dict(zip(("1", "0", "-1"), map(int, argv[argv.index("--pairs") + 1].split(","))))
    score(*build(corpus, counts))


if __name__ == "__main__":
    main(sys.argv[1:])
