"""Find the pairs worth scoring without comparing all pairs: MinHash LSH per language."""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import Mapping

from datasketch import MinHash, MinHashLSH

from .features import Variant
from .similarity import MIN_SHARED

Pair = tuple[str, str]
COMMON_SHARE = 0.01  # a stem in more than 1% of texts …
COMMON_MIN = 50  # … and in more than 50 of them is too common to find duplicates by


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def by_language(variants: Mapping[str, tuple[Variant, ...]]) -> dict[str, list[Variant]]:
    """Return the variants of every proposal grouped by language, in id order."""
    grouped: dict[str, list[Variant]] = {}
    for pid in sorted(variants):
        for v in variants[pid]:
            grouped.setdefault(v.language, []).append(v)
    return grouped


def lsh_pairs(
    variants: Mapping[str, tuple[Variant, ...]], threshold: float, num_perm: int
) -> set[Pair]:
    """Return proposal pairs whose stem sets probably have Jaccard ≥ `threshold`."""
    pairs: set[Pair] = set()
    for docs in by_language(variants).values():
        docs = [v for v in docs if v.stems]
        if len(docs) < 2:
            continue
        pairs |= _lsh_language(docs, threshold, num_perm)
    return pairs


def informative(stems: list[frozenset[str]], share: float = COMMON_SHARE) -> list[list[str]]:
    """Return each text's stems without those in more than `share` of texts (at least 50).

    Words every proposal uses ("НПО", "государственный") make unrelated texts look
    alike to MinHash and flood the candidates; scoring still sees all words.
    """
    df = Counter(s for doc in stems for s in doc)
    cap = max(COMMON_MIN, share * len(stems))
    kept = [sorted(s for s in doc if df[s] <= cap) for doc in stems]
    return [k if k else sorted(doc) for k, doc in zip(kept, stems)]


def _lsh_language(docs: list[Variant], threshold: float, num_perm: int) -> set[Pair]:
    """Return the candidate pairs among the texts of one language."""
    # a fixed seed and sorted tokens keep the buckets identical from run to run
    tokens = [[s.encode() for s in doc] for doc in informative([v.stems for v in docs])]
    hashes = MinHash.bulk(tokens, num_perm=num_perm, seed=1)
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    with lsh.insertion_session() as session:
        for i, mh in enumerate(hashes):
            session.insert(i, mh, check_duplication=False)
    pairs: set[Pair] = set()
    for i, mh in enumerate(hashes):
        for j in lsh.query(mh):
            a, b = docs[i].proposal_id, docs[j].proposal_id
            if j > i and a != b:
                pairs.add(_pair(a, b))
    return pairs


def all_pairs(variants: Mapping[str, tuple[Variant, ...]]) -> set[Pair]:
    """Return every pair of proposals (the exhaustive reference)."""
    return set(combinations(sorted(variants), 2))


def bridge_docs(variants: Mapping[str, tuple[Variant, ...]]) -> list[Variant]:
    """Return the originals that may lack a language in common with another proposal."""
    languages = {v.language for vs in variants.values() for v in vs}
    # only proposals not readable in every language can lack a shared one
    return [vs[0] for pid, vs in sorted(variants.items())
            if len(vs) < len(languages) and len(vs[0].concepts) >= MIN_SHARED]


def bridge_pairs(variants: Mapping[str, tuple[Variant, ...]], docs: list[Variant],
                 threshold: float, num_perm: int) -> set[Pair]:
    """Return pairs with no language in common whose glossary terms probably overlap."""
    if len(docs) < 2:
        return set()
    shaped = [Variant(d.proposal_id, d.language, True, "", "", d.concepts, frozenset(), 0, 0) for d in docs]
    found = _lsh_language(shaped, threshold, num_perm)
    return {(a, b) for a, b in found if not _share_language(variants[a], variants[b])}


def _share_language(a: tuple[Variant, ...], b: tuple[Variant, ...]) -> bool:
    return bool({v.language for v in a} & {v.language for v in b})


def exact_pairs(variants: Mapping[str, tuple[Variant, ...]]) -> set[Pair]:
    """Return pairs with the same normalized text, so no exact duplicate depends on LSH."""
    groups: dict[tuple[str, str], list[str]] = {}
    for pid in sorted(variants):
        original = variants[pid][0]
        if original.key:
            groups.setdefault((original.language, original.key), []).append(pid)
    return {p for ids in groups.values() for p in combinations(ids, 2)}
