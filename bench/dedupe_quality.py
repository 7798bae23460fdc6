"""Print pairwise recall per kind, auto-merge precision and ARI of dedupe on the labelled set.

    .venv/bin/python bench/dedupe_quality.py [tests/data/dedupe_eval.yaml] [--misses] [--lsh]

"merged" = same cluster; "found" = merged or listed as a suggestion. For trap,
distinct and different pairs the merged column must be 0%. --lsh scores only LSH
candidates, as for large projects (the set is small enough to score all pairs).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository root, for bench.evaluate

from recbook.merge import MergeSettings, merge  # noqa: E402
from bench.evaluate import TRAPS, evaluate, format_table, gold_labels, proposals_from_cases

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "dedupe_eval.yaml"


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    cases = YAML(typ="safe").load(Path(args[0] if args else DEFAULT).read_text(encoding="utf-8"))["cases"]
    settings = MergeSettings(exhaustive_below=0) if "--lsh" in argv else MergeSettings()
    result = merge(proposals_from_cases(cases), settings=settings)
    for line in format_table(evaluate(cases, result)):
        print(line)
    if "--misses" in argv:
        print_misses(cases, result)


def print_misses(cases, result) -> None:
    """Print positive pairs that were not found and trap pairs that were merged."""
    labels, _ = gold_labels(cases)
    cluster = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
    suggested = {tuple(sorted((s.a, s.b))): s.score for s in result.suggestions}
    for (a, b), kind in sorted(labels.items()):
        same = cluster[a] == cluster[b]
        if kind in TRAPS + ("distinct",) and same:
            print(f"WRONG MERGE {kind}: {a} {b}")
        elif kind not in TRAPS + ("distinct",) and not same:
            print(f"{'suggested' if (a, b) in suggested else 'MISSED':<10} {kind}: {a} {b} {suggested.get((a, b), '')}")


if __name__ == "__main__":
    main(sys.argv[1:])
