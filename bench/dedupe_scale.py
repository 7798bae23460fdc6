"""Time `recbook dedupe` on N synthetic proposals and measure LSH recall against all pairs.

    .venv/bin/python bench/dedupe_scale.py            # 10,000 and 100,000, recall on 5,000
    .venv/bin/python bench/dedupe_scale.py 2000 --recall 1000

The generator is deterministic (fixed seed): Russian-like texts drawn from a
Zipf-distributed vocabulary, a third of them rewritten from an earlier one
(typos, dropped or swapped words, ё/е, Latin look-alikes), like groups that
write the same idea in their own words.
"""

from __future__ import annotations

import argparse
import random
import time
from itertools import accumulate

import numpy as np
from rapidfuzz import fuzz, process

from recbook.merge import MergeSettings, merge
from recbook.merge.candidates import exact_pairs, lsh_pairs
from recbook.merge.features import all_variants
from recbook.merge.similarity import STEM_WEIGHT
from recbook.model import Proposal

SEED = 20250926
SYLLABLES = [c + v for c in "бвгджзклмнпрстфхцчш" for v in "аеиоуыюя"]


def vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    """Return `size` distinct pseudo-Russian content words, in a random (Zipf rank) order."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    return ordered


def rewrite(rng: random.Random, words: list[str]) -> list[str]:
    """Return a variant of a text: a typo, a dropped, swapped or look-alike word."""
    words = list(words)
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(words))
        change = rng.choice(("typo", "drop", "swap", "homoglyph"))
        if change == "typo" and len(words[i]) > 3:
            j = rng.randrange(1, len(words[i]) - 1)
            words[i] = words[i][:j] + words[i][j + 1:]
        elif change == "drop" and len(words) > 8:
            del words[i]
        elif change == "swap":
            k = rng.randrange(len(words))
            words[i], words[k] = words[k], words[i]
        else:
            words[i] = words[i].replace("о", "o").replace("а", "a")
    return words


def synthetic(n: int, seed: int = SEED) -> list[Proposal]:
    """Return n deterministic proposals, about a third of them variants of earlier ones."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    # Zipf-like ranks, flattened at the top: stop words are not content words
    cumulative = list(accumulate(1 / (r + 20) for r in range(len(vocab))))
    texts: list[list[str]] = []
    for i in range(n):
        if texts and rng.random() < 0.33:
            texts.append(rewrite(rng, rng.choice(texts)))
        else:
            texts.append(rng.choices(vocab, cum_weights=cumulative, k=rng.randint(12, 30)))
    return [Proposal(f"S{i:06d}", f"G{i % 12}", "D1", "ru", " ".join(t[:4]), " ".join(t))
            for i, t in enumerate(texts)]


def time_merge(n: int) -> None:
    proposals = synthetic(n)
    started, cpu = time.perf_counter(), time.process_time()
    result = merge(proposals)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    merged = sum(1 for r in result.recommendations if len(r.members) > 1)
    # CPU time too: on a shared machine the wall time also measures the neighbours
    print(f"{n:>7} proposals: {took:6.1f} s wall, {cpu:6.1f} s CPU → {len(result.recommendations)} recommendations "
          f"({merged} merged), {len(result.suggestions)} suggestions")


def recall(n: int, settings: MergeSettings) -> None:
    """Print the share of all-pairs matches (score ≥ suggest / ≥ auto) that LSH proposes."""
    variants = all_variants(synthetic(n))
    ids = sorted(variants)
    docs = [variants[i][0] for i in ids]
    started = time.perf_counter()
    found = lsh_pairs(variants, settings.lsh_threshold, settings.num_perm) | exact_pairs(variants)
    lsh_time = time.perf_counter() - started
    scores = all_pair_scores(docs)
    for name, cut in (("suggest", settings.suggest_threshold), ("auto", settings.auto_threshold)):
        rows, cols = np.nonzero(np.triu(scores >= cut, k=1))
        truth = {(ids[a], ids[b]) for a, b in zip(rows, cols)}
        hit = len(truth & found)
        print(f"LSH recall vs all pairs, {n} proposals, score ≥ {cut:.2f} ({name}): "
              f"{hit}/{len(truth)} = {hit / max(len(truth), 1):.1%}")
    total = n * (n - 1) // 2
    print(f"candidates: {len(found)} of {total} pairs ({len(found) / total:.3%}), LSH {lsh_time:.1f} s")


def all_pair_scores(docs) -> np.ndarray:
    """Return the similarity of every pair, as similarity.py computes it, vectorized."""
    vocab = {s: i for i, s in enumerate(sorted({s for d in docs for s in d.stems}))}
    x = np.zeros((len(docs), len(vocab)), dtype=np.float32)
    for row, d in enumerate(docs):
        x[row, [vocab[s] for s in d.stems]] = 1
    sizes = x.sum(axis=1)
    dice = 2 * (x @ x.T) / np.maximum(sizes[:, None] + sizes[None, :], 1)
    chars = process.cdist([d.folded for d in docs], [d.folded for d in docs],
                          scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=-1) / 100
    return STEM_WEIGHT * dice + (1 - STEM_WEIGHT) * chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--recall", type=int, default=5_000, help="sample size for the recall check (0: skip)")
    args = parser.parse_args()
    if args.recall:
        recall(args.recall, MergeSettings())
    for n in args.sizes:
        time_merge(n)


if __name__ == "__main__":
    main()
