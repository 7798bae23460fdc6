"""Print where each missed true partner ranks among a proposal's neighbours, under several scores.

    .venv/bin/python bench/partner_ranks.py [FILE.yaml ...] [--pairs]

For every paraphrase or cross-language pair the merge neither merged nor suggested,
the rank of the partner's cluster among all other clusters of the merge, seen from
each side, under: the merge's own score; the rarity-weighted Dice of the ask stems
with rarities counted over the asks; a BM25 of the asks (symmetric); the language-
neutral tokens of the asks (concepts, numbers, loanword skeletons); and the best of
the ask Dice and the bridge. A rank counts only clusters that are *not* true partners
(another true partner ranking higher is no competitor). Default: the five long-text
and tuned-on forums of issue 9.
"""

from __future__ import annotations

import sys
from collections import Counter
from math import fsum, log
from pathlib import Path
from typing import Callable, Mapping

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recbook.merge import merge  # noqa: E402
from recbook.merge.features import all_variants  # noqa: E402
from recbook.merge.rarity import PRIOR, Rarity  # noqa: E402
from recbook.merge.similarity import BRIDGE, score_pair  # noqa: E402
from bench.evaluate import TRAPS, gold_labels, proposals_from_cases  # noqa: E402

DATA = ROOT / "bench" / "data"
DEFAULT = [DATA / f"forum_{n}.yaml" for n in ("tobe", "kapshagai", "jaiyq", "ozen", "qala")]
TRUE = ("paraphrase", "cross")


def asks(vs):
    """Return each variant's ask part (the whole text when it is all ask)."""
    return [v.ask or v for v in vs]


class AskIdf:
    """Document frequencies of ask stems per language, and of the asks' neutral tokens."""

    def __init__(self, variants) -> None:
        self.df: dict[str, Counter] = {}
        self.n: Counter = Counter()
        for vs in variants.values():
            for v in asks(vs):
                self.df.setdefault(v.language, Counter()).update(v.stems)
                self.n[v.language] += 1
            self.df.setdefault("*", Counter()).update(asks(vs)[0].bridge)
            self.n["*"] += 1
        self.avg = {lang: fsum(len(v.stems) for vs in variants.values() for v in asks(vs) if v.language == lang)
                    / max(1, self.n[lang]) for lang in self.n if lang != "*"}

    def w(self, lang: str, t: str) -> float:
        return log((self.n[lang] + PRIOR) / (self.df[lang][t] + 1))

    def dice(self, lang: str, a: frozenset, b: frozenset) -> float:
        shared = a & b
        if not shared:
            return 0.0
        return 2 * fsum(self.w(lang, t) for t in shared) / (fsum(self.w(lang, t) for t in a) + fsum(self.w(lang, t) for t in b))

    def bm25(self, lang: str, q: frozenset, d: frozenset, k1: float = 1.2, b: float = 0.75) -> float:
        norm = k1 * (1 - b + b * len(d) / max(1e-9, self.avg.get(lang, 1.0)))
        return fsum(self.w(lang, t) * (k1 + 1) / (1 + norm) for t in q & d)


def same_lang(idf: AskIdf, a, b, fn) -> float:
    by = {v.language: v for v in asks(b)}
    return max((fn(va.language, va.stems, by[va.language].stems) for va in asks(a) if va.language in by), default=0.0)


def scorers(variants, rarity: Rarity, shared: bool) -> dict[str, Callable]:
    """Return the scores to rank by: same-language ones when `shared`, else language-neutral ones."""
    idf = AskIdf(variants)
    current = lambda a, b: score_pair(variants[a], variants[b], rarity).score  # noqa: E731
    if shared:
        return {"current": current,
                "askdice": lambda a, b: same_lang(idf, variants[a], variants[b], idf.dice),
                "bm25": lambda a, b: same_lang(idf, variants[a], variants[b],
                                               lambda l, x, y: idf.bm25(l, x, y) + idf.bm25(l, y, x))}
    askbridge = lambda a, b: idf.dice("*", asks(variants[a])[0].bridge, asks(variants[b])[0].bridge)  # noqa: E731
    same_way = lambda a, b: askbridge(a, b) * (1.0 if asks(variants[a])[0].direction  # noqa: E731
                                               == asks(variants[b])[0].direction else 0.8)
    return {"current": current, "askbridge": askbridge, "askbridge+dir": same_way}


def rank(score: Callable, a: str, b: str, cluster: Mapping[str, str], members: Mapping[str, list],
         partners: set, eligible: Callable) -> tuple[int, float, float]:
    """Return the rank of b's cluster among a's non-partner neighbour clusters, b's score, the runner-up's.

    Only pairs `eligible` (the same kind as the missed pair, no guard) compete.
    """
    own = cluster[a]
    best: dict[str, float] = {}
    for other, ids in members.items():
        if other != own:
            best[other] = max((score(x, y) for x in members[own] for y in ids if eligible(x, y)), default=0.0)
    target = best[cluster[b]]
    rivals = sorted((s for k, s in best.items() if not (set(members[k]) & partners)), reverse=True)
    if target <= 0:  # no score at all: not ranked (counted as > 3)
        return 99, target, rivals[0] if rivals else 0.0
    return 1 + sum(1 for s in rivals if s > target), target, rivals[0] if rivals else 0.0


def make_eligible(variants, rarity: Rarity, shared: bool) -> Callable:
    """Return whether a pair competes: same kind as the missed pair, and (same language) unguarded."""
    def eligible(x: str, y: str) -> bool:
        s = score_pair(variants[x], variants[y], rarity)
        common = {v.language for v in variants[x]} & {v.language for v in variants[y]}
        return (bool(common) and not s.guard) if shared else not common
    return eligible


def main(argv: list[str]) -> None:
    files = [Path(a) for a in argv if not a.startswith("--")] or DEFAULT
    totals: dict[str, Counter] = {}
    for path in files:
        cases = YAML(typ="safe").load(path.read_text(encoding="utf-8"))["cases"]
        proposals = proposals_from_cases(cases)
        result = merge(proposals)
        variants = all_variants(proposals)
        rarity = Rarity.of(variants)
        labels, gold = gold_labels(cases)
        cluster = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
        members: dict[str, list] = {}
        for pid, k in cluster.items():
            members.setdefault(k, []).append(pid)
        suggested = {tuple(sorted((cluster[s.a], cluster[s.b]))) for s in result.suggestions}
        missed = [(a, b, kind) for (a, b), kind in sorted(labels.items()) if kind in TRUE
                  and cluster[a] != cluster[b] and tuple(sorted((cluster[a], cluster[b]))) not in suggested]
        print(f"== {path.name}: {len(missed)} missed true pairs")
        for a, b, kind in missed:
            partners_a = {p for p in gold if gold[p] == gold[a]}
            s = score_pair(variants[a], variants[b], rarity)
            shared = bool({v.language for v in variants[a]} & {v.language for v in variants[b]})
            if shared and s.guard:
                totals.setdefault("guarded (same language)", Counter())[4] += 1
                if "--pairs" in argv:
                    print(f"  {kind:<10} {a} {b}: GUARDED {s.score:.2f} {s.guard}")
                continue
            group = "same language" if shared else "no shared language"
            eligible = make_eligible(variants, rarity, shared)
            row = []
            for name, fn in scorers(variants, rarity, shared).items():
                ra, sa, ta = rank(fn, a, b, cluster, members, partners_a, eligible)
                rb, sb, tb = rank(fn, b, a, cluster, members, partners_a, eligible)
                totals.setdefault(f"{group}: {name}", Counter())[min(min(ra, rb), 4)] += 1
                totals.setdefault(f"{group}: {name}, both sides", Counter())[min(max(ra, rb), 4)] += 1
                row.append(f"{name} {ra}/{rb} ({sa:.2f} vs {max(ta, tb):.2f})")
            if "--pairs" in argv:
                print(f"  {kind:<10} {a} {b}: " + "; ".join(row))
    print("== rank of the partner (the better side: 1, 2, 3, >3; 'both sides' = the worse side)")
    for name, c in totals.items():
        n = sum(c.values())
        print(f"{name:<16} " + "  ".join(f"{k if k < 4 else '>3'}: {c[k]:>2}" for k in (1, 2, 3, 4))
              + f"   (of {n}; rank 1 = {c[1] / max(1, n):.0%})")


if __name__ == "__main__":
    main(sys.argv[1:])
