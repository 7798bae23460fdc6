"""Time the merge on N synthetic proposals, its peak memory, and the candidates' recall.

    .venv/bin/python bench/dedupe_scale.py            # 10,000 and 100,000; 20-word forum of 5,000; recall on 2,000;
                                                      # one text under 2,000 titles, plain and disagreeing
    .venv/bin/python bench/dedupe_scale.py 2000 --recall 1000 --narrow 0 --copies 0

Each size runs in a fresh process, so its peak resident memory is its own.

The generator is deterministic (fixed seed): Russian-like texts drawn from a
Zipf-distributed vocabulary, a third of them rewritten from an earlier one
(typos, dropped or swapped words, ё/е, Latin look-alikes), like groups that
write the same idea in their own words.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from itertools import accumulate, combinations

from recbook.diagnostics import Report
from recbook.merge import MergeSettings, merge
from recbook.merge.candidates import exact_pairs, neighbour_pairs
from recbook.merge.cluster import Scores
from recbook.merge.features import all_variants
from recbook.merge.rarity import Rarity
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


def narrow(n: int, seed: int = SEED) -> list[Proposal]:
    """Return n proposals written with 20 words, no duplicates but 20 planted exact copies."""
    rng = random.Random(seed)
    words = ["грант", "НПО", "акимат", "совет", "отчёт", "закон", "налог", "реестр", "центр", "школа",
             "молодёжь", "волонтёр", "область", "город", "бюджет", "портал", "форум", "право", "услуга", "фонд"]
    texts: list[str] = []
    seen: set[str] = set()
    while len(texts) < n - 20:
        text = " ".join(rng.choices(words, k=rng.randint(5, 12)))
        if text not in seen:
            seen.add(text)
            texts.append(text)
    texts += [texts[i] for i in rng.sample(range(len(texts)), 20)]
    return [Proposal(f"N{i:06d}", f"G{i % 12}", "D1", "ru", t.split()[0], t) for i, t in enumerate(texts)]


COPIED = ("Собрания местного сообщества обсуждают насущные проблемы села, но их протоколы часто остаются "
          "недоступны жителям. Рабочая группа предлагает публиковать протокол и решения каждого собрания "
          "на сайте акимата района в течение десяти дней.")


def copies(n: int, disagree: bool = False, seed: int = SEED, cycle: bool = False) -> list[Proposal]:
    """Return one text under n titles no guard reads apart (a campaign each group titled its own way).

    `disagree`: every other title asks for more, and the last 1 % for less: "more" and "less" are
    each one proposal with a plain title over one text, never with each other. `cycle`: the titles
    go plain, "more", "less" in turn (2 recommendations are right: every "more" copy in one, every
    "less" in the other).
    """
    rng = random.Random(seed)
    words = vocabulary(rng, 2 * n)
    heads = ["Протоколы собраний", "Увеличить число протоколов"] if disagree else ["Протоколы собраний"]
    heads += ["Сократить число протоколов"] if cycle else []
    titles = [f"{heads[i % len(heads)]}: {words[2 * i]} {words[2 * i + 1]}" for i in range(n)]
    if disagree and not cycle:
        titles[n - max(n // 100, 1):] = [f"Сократить число протоколов: {t.split(': ')[1]}"
                                         for t in titles[n - max(n // 100, 1):]]
    return [Proposal(f"C{i:06d}", f"G{i % 12}", "D1", "ru", t, COPIED) for i, t in enumerate(titles)]


GENERATORS = {"zipf": synthetic, "narrow": narrow, "copies": copies,
              "copies-disagreeing": lambda n: copies(n, disagree=True),
              "copies-cycling": lambda n: copies(n, disagree=True, cycle=True)}


def time_merge(n: int, kind: str) -> None:
    proposals = GENERATORS[kind](n)
    report = Report()
    started, cpu = time.perf_counter(), time.process_time()
    result = merge(proposals, report=report)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    merged = sum(len(r.members) - 1 for r in result.recommendations)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # CPU time too: on a shared machine the wall time also measures the neighbours
    print(f"{kind:>18} {n:>7} proposals: {took:6.1f} s wall, {cpu:6.1f} s CPU, peak {peak:,.0f} MiB → "
          f"{len(result.recommendations)} recommendations ({merged} proposals merged into another), "
          f"{len(result.suggestions)} suggestions; warnings: {sorted({d.code for d in report.items})}")


def recall(n: int, settings: MergeSettings) -> None:
    """Print the share of all-pairs matches (score ≥ suggest / ≥ auto) the candidates contain."""
    variants = all_variants(synthetic(n))
    rarity = Rarity.of(variants)
    started = time.perf_counter()
    found = neighbour_pairs(variants, rarity, settings.candidate_cap).pairs | exact_pairs(variants)
    took = time.perf_counter() - started
    scores = Scores(variants, rarity=rarity)
    every = [(p, scores.get(*p).score) for p in combinations(sorted(variants), 2)]
    for name, cut in (("suggest", settings.suggest_threshold), ("auto", settings.auto_threshold)):
        truth = {p for p, s in every if s >= cut}
        hit = len(truth & found)
        print(f"candidate recall vs all pairs, {n} proposals, score ≥ {cut:.2f} ({name}): "
              f"{hit}/{len(truth)} = {hit / max(len(truth), 1):.1%}")
    print(f"candidates: {len(found)} of {len(every)} pairs ({len(found) / len(every):.3%}), {took:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--recall", type=int, default=2_000, help="sample size for the recall check (0: skip)")
    parser.add_argument("--narrow", type=int, default=5_000, help="size of the 20-word forum (0: skip)")
    parser.add_argument("--copies", type=int, default=2_000,
                        help="one text under this many titles, plain and then disagreeing (0: skip)")
    parser.add_argument("--one", nargs=2, metavar=("KIND", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        time_merge(int(args.one[1]), args.one[0])
        return
    runs = ([("narrow", args.narrow)] * bool(args.narrow)
            + [("copies", args.copies), ("copies-disagreeing", args.copies), ("copies-cycling", args.copies)]
            * bool(args.copies)
            + [("zipf", n) for n in args.sizes])
    for kind, n in runs:
        # a fresh process each, started before the recall check fills this one (Linux keeps
        # the peak resident size across fork and exec)
        subprocess.run([sys.executable, __file__, "--one", kind, str(n)], check=True)
    if args.recall:
        recall(args.recall, MergeSettings())


if __name__ == "__main__":
    main()
