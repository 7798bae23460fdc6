"""Turn clusters into recommendations (canonical, members, how, score) and suggestions."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import combinations
from typing import AbstractSet as Set, Mapping, Sequence

from ..diagnostics import Report, error, warning
from ..model import RECOMMENDATION_PREFIX, MergeHow, Member, Proposal, Recommendation, Suggestion
from .cluster import LEAD_SHARE, LONG_SHARE, MUTUAL_SHARE, Clusters, Scores, auto_ok, pair
from .decisions import SET_ASIDE, Decision, Decisions
from .leads import clear_leads
from .normalize import natural_key
from .settings import MergeSettings
from .guards import reading_guard
from .similarity import BRIDGE, PairScore


def canonical_of(ids: Sequence[str], proposals: Mapping[str, Proposal], source_language: str | None) -> str:
    """Return the documented default canonical: most votes, then source language, then lowest id."""
    def rank(pid: str) -> tuple:
        p = proposals[pid]
        return (-(p.votes or 0), p.language != source_language, natural_key(pid))
    return min(ids, key=rank)


def _one_per_cluster(found: Sequence[Decision], clusters: Clusters, report: Report) -> dict[int, Decision]:
    """Return the first decision per cluster, reporting any later one that contradicts it."""
    chosen: dict[int, Decision] = {}
    for d in found:
        key = clusters.of[d.ids[0]]
        if key in chosen:
            first = chosen[key]
            if replace(d, location=None, note=None) == replace(first, location=None, note=None):
                # the same line pasted twice (review.html's line copied again): nothing contradicts the first
                report.add(warning(d.location, f"{d.action} for {d.ids[0]} repeats the decision at {first.location} "
                                   "word for word; delete one", "decisions.repeated"))
                continue
            report.add(error(d.location, f"{d.action} for {d.ids[0]} conflicts with {first.action} for "
                             f"{first.ids[0]} ({first.location}) in the same cluster; the first one wins",
                             "decisions.conflict"))
            continue
        chosen[key] = d
    return chosen


def recommendations(
    clusters: Clusters, proposals: Mapping[str, Proposal], scores: Scores,
    decisions: Decisions, settings: MergeSettings, report: Report,
) -> tuple[Recommendation, ...]:
    """Return one recommendation per cluster, ordered by canonical id."""
    chosen = _one_per_cluster(decisions.of("canonical"), clusters, report)
    edits = _one_per_cluster(decisions.of("edit"), clusters, report)
    statuses = _one_per_cluster(decisions.set_aside(), clusters, report)
    manual = {p for d in decisions.of("merge") for p in d.ids}
    found = []
    for group in clusters.groups():
        key = clusters.of[group[0]]
        canon = chosen[key].ids[0] if key in chosen else canonical_of(group, proposals, settings.source_language)
        edit = edits.get(key)
        rec = _recommendation(group, canon, scores, manual, settings, edit)
        status = statuses.get(key)
        found.append(replace(rec, status=SET_ASIDE[status.action], reason=status.reason) if status else rec)
    return tuple(sorted(found, key=lambda r: natural_key(r.canonical)))


def _recommendation(group: tuple[str, ...], canon: str, scores: Scores, manual: set[str],
                    settings: MergeSettings, edit: Decision | None) -> Recommendation:
    members = [Member(canon, "single" if len(group) == 1 else "exact", 1.0)]
    for pid in group:
        if pid != canon:
            s = scores.get(canon, pid)
            members.append(Member(pid, _member_how(pid, canon, s, manual, settings), 1.0 if s.exact else s.score))
    return Recommendation(
        id=f"{RECOMMENDATION_PREFIX}{canon}",
        canonical=canon,
        members=tuple(members),
        how=_cluster_how(members),
        score=min(m.score for m in members),
        edited_title=edit.title if edit else None,
        edited_text=edit.text if edit else None,
    )


def _member_how(pid: str, canon: str, s: PairScore, manual: set[str], settings: MergeSettings) -> MergeHow:
    """Return how a member joined its canonical: same text, a decision, or the score."""
    if s.exact:
        return "exact"
    if pid in manual or (canon in manual and not auto_ok(s, settings)):
        return "manual"
    return "auto"


def _cluster_how(members: Sequence[Member]) -> MergeHow:
    """Return single, or the least automatic way any member joined (manual > auto > exact)."""
    if len(members) == 1:
        return "single"
    hows = {m.how for m in members[1:]}
    return next(h for h in ("manual", "auto", "exact") if h in hows)  # type: ignore[return-value]


def suggestions(clusters: Clusters, scores: Scores, decisions: Decisions, settings: MergeSettings,
                by_letters: Set[tuple[str, str]] = frozenset()) -> tuple[tuple[Suggestion, ...], tuple[Suggestion, ...]]:
    """Return the pairs a person should decide on, best first, and the look-alikes kept apart.

    A pair whose texts disagree (a guard: numbers, more/less, "not", binding or
    voluntary, other names) is not a suggestion to merge: it goes to the
    look-alikes, shown apart so a person can check the machine's reading. The
    suggestions are each proposal's nearest neighbours: a pair is kept only if it
    scores at least RELATIVE_CUT × the best match of its kind of one of its two clusters and
    FAR_CUT × that of the other, while
    both clusters take part in fewer than `suggest_per_proposal` better ones, and
    once per two clusters (accepting it joins them).
    """
    apart = {pair(*d.ids) for d in decisions.of("apart")}
    bridged = _best_bridges(scores)
    mutual = _mutual_long(clusters, scores, LONG_SHARE * settings.suggest_threshold)
    mutual |= _mutual_best(clusters, scores, settings)
    lifted = _eligible(by_letters, clusters, scores, settings)  # each other's best by letters (letters.py)
    mutual |= lifted
    leads = clear_leads(clusters, scores, settings)  # each other's clear best across languages
    offers, alike = [], []
    for (a, b), s in scores.known.items():
        if clusters.of[a] == clusters.of[b] or (a, b) in apart or s.exact:
            continue
        if kept_apart(s) and (a, b) not in mutual:
            if s.score >= look_alike_floor(settings):
                alike.append(((-s.score, natural_key(a), natural_key(b)), a, b, s))
        elif (s.score >= settings.suggest_threshold or (a, b) in mutual or (a, b) in leads) and (s.language != BRIDGE or (a, b) in (bridged.get(a), bridged.get(b))):
            if (a, b) in lifted and not s.guard and s.score < settings.suggest_threshold:
                s = replace(s, guard=BY_LETTERS)  # the reason a reviewer reads
            offers.append(((-s.score, natural_key(a), natural_key(b)), a, b, s))  # a bridge: only a best match
    # bridge scores are scaled (similarity.BRIDGE_SCALE): a pair is measured against its own kind
    # a look-alike is a proposal's match too: a pair far below a near-twin kept apart is noise next to it
    best = {kind: _best_per_cluster(clusters, [o for o in offers + alike if (o[3].language == BRIDGE) == kind])
            for kind in (False, True)}
    best_any = _best_per_cluster(clusters, offers + alike)
    # a clear lead is the best cross-language match of both by construction, whatever else they match
    near = [o for o in offers if (o[1], o[2]) in leads or (o[1], o[2]) in lifted or _near(
        o[3], *(best[o[3].language == BRIDGE][clusters.of[x]] for x in o[1:3]),
        max(best_any[clusters.of[o[1]]], best_any[clusters.of[o[2]]]), settings)]
    # however it was lifted, a pair far below the best match of its kind of either proposal (a near-twin kept
    # apart, a closer suggestion) is noise next to that match: a proposal's weak best of one kind met a
    # proposal whose own match lies elsewhere
    near = [o for o in near if o[3].score >= FAR_CUT * max(best[o[3].language == BRIDGE][clusters.of[x]] for x in o[1:3])]
    shown: set[tuple[int, int]] = set()
    # a pair read in one language is surer than one matched on a few terms across languages:
    # the two kinds do not take each other's places
    same = _pick([o for o in near if o[3].language != BRIDGE], clusters, settings, shown)
    across = _pick([o for o in near if o[3].language == BRIDGE], clusters, settings, shown)
    closing = _triangles((same, across), clusters, scores, apart, settings, shown)
    offered = tuple(sorted(same + across + closing, key=lambda s: (-s.score, natural_key(s.a), natural_key(s.b))))
    return offered, _pick(alike, clusters, settings, set())


def _triangles(offered: tuple[Sequence[Suggestion], Sequence[Suggestion]], clusters: Clusters, scores: Scores, apart: set[tuple[str, str]],
               settings: MergeSettings, shown: set[tuple[int, int]]) -> tuple[Suggestion, ...]:
    """Return the pairs of clusters both suggested with a third one and alike themselves, best first.

    Accepting A~C and B~C joins A and B with no one having read them side by side.
    Such a pair is listed too when its own best score reaches `suggest` without a
    guard and the triangle joins two kinds of evidence: a reading in one language
    and a match across languages (three same-language pairs are mostly three asks on
    one topic; three cross-language ones rest on a few shared terms). A cross-language
    pair must then score above the weak band, as elsewhere. Three cross-language pairs
    do join when the three are single proposals in three languages (a kk/ru/en triple
    written with no translation): the third pair is listed from LEAD_SHARE × `suggest`,
    as a clear lead is. At most
    `suggest_per_proposal` per cluster. `offered` is (same-language, cross-language) suggestions;
    `shown` grows.
    """
    across: dict[tuple[int, int], bool] = {}  # pair of clusters suggested → matched across languages
    for kind, found in enumerate(offered):
        for s in found:
            across[tuple(sorted((clusters.of[s.a], clusters.of[s.b])))] = bool(kind)
    near: dict[int, set[int]] = {}
    for ka, kb in across:
        near.setdefault(ka, set()).add(kb)
        near.setdefault(kb, set()).add(ka)
    weak = settings.suggest_threshold + WEAK_BAND * (settings.auto_threshold - settings.suggest_threshold)
    found = []
    for via in sorted(near):
        for x, y in combinations(sorted(near[via]), 2):
            best = None if (x, y) in shown else _cluster_pair(x, y, clusters, scores, apart)
            if best is None:
                continue
            kinds = {across[tuple(sorted((via, x)))], across[tuple(sorted((via, y)))], best[2].language == BRIDGE}
            # one ask written once in each of three languages, no translation: the third pair of the triple
            three = kinds == {True} and _three_languages(clusters, scores, via, x, y)
            floor = (LEAD_SHARE * settings.suggest_threshold if three
                     else weak if best[2].language == BRIDGE else settings.suggest_threshold)
            if best[2].score >= floor and (len(kinds) == 2 or three):
                shown.add((x, y))
                found.append(((-best[2].score, natural_key(best[0]), natural_key(best[1])), *best[:2],
                              replace(best[2], guard=f"alike, and both suggested with {_first(clusters, via)}")))
    return _pick(found, clusters, settings, set())


def _cluster_pair(x: int, y: int, clusters: Clusters, scores: Scores,
                  apart: set[tuple[str, str]]) -> tuple[str, str, PairScore] | None:
    """Return the best-scoring pair across two clusters, or None if any pair across is kept apart or guarded.

    Only pairs already scored count (a pair never compared, or below `suggest`, adds nothing).
    """
    best = None
    for a in clusters.members[x]:
        for b in clusters.members[y]:
            key = pair(a, b)
            s = scores.known.get(key)
            if key in apart or (s is not None and kept_apart(s)):
                return None
            if s is not None and (best is None or s.score > best[2].score):
                best = (*key, s)
    return best


def _first(clusters: Clusters, key: int) -> str:
    return min(clusters.members[key], key=natural_key)


BY_LETTERS = "each other's closest match by letters (similar words in other forms)"
RELATIVE_CUT = 0.85  # a suggestion well below a proposal's best match is noise next to it
# ... and one under half the best match of either of its proposals, whichever of the two it is the best of
# (issue 9's twentieth pass: on the tuning sets it dropped 10 false suggestions and no true one; no
# true pair there scored under 0.64 × its proposals' better best)
FAR_CUT = 0.5
WEAK_BAND = 0.25  # the lowest quarter of the suggestion band: only nearest neighbours are listed there


def _near(s: PairScore, best_a: float, best_b: float, best_of_both: float, settings: MergeSettings) -> bool:
    """Return True if a pair is among the nearest matches of its proposals, not just above `suggest`.

    It must score close to the best match of its kind (same language, or across
    languages) of one of the two; in the weak band it must be that best match
    (across languages, where few tokens match, the best match of both of any kind:
    `best_of_both`).
    """
    weak = settings.suggest_threshold + WEAK_BAND * (settings.auto_threshold - settings.suggest_threshold)
    nearest = best_of_both if s.language == BRIDGE else min(best_a, best_b)
    if s.score < weak and s.score < nearest:
        return False
    return s.score >= RELATIVE_CUT * min(best_a, best_b)


def kept_apart(s: PairScore) -> bool:
    """Return True if two texts disagree (a guard that is more than a detail one leaves out): a look-alike."""
    return bool(s.guard) and s.language != BRIDGE and not s.absence


def look_alike_floor(settings: MergeSettings) -> float:
    """Return the score from which a guarded pair is shown as a look-alike: halfway to auto-merge."""
    return (settings.suggest_threshold + settings.auto_threshold) / 2


def _best_per_cluster(clusters: Clusters, offers: list) -> dict[int, float]:
    """Return the best suggestion score each cluster takes part in."""
    best: dict[int, float] = {}
    for _, a, b, s in offers:
        for k in (clusters.of[a], clusters.of[b]):
            best[k] = max(best.get(k, 0.0), s.score)
    return best


def _pick(ranked: list, clusters: Clusters, settings: MergeSettings,
          shown: set[tuple[int, int]]) -> tuple[Suggestion, ...]:
    """Return the pairs best first, at most `suggest_per_proposal` per cluster, one per two clusters.

    `shown` holds the pairs of clusters already listed; it grows.
    """
    per_cluster = settings.suggest_per_proposal
    taken: Counter[int] = Counter()  # per cluster: a merged group counts as one proposal
    found = []
    for _, a, b, s in sorted(ranked, key=lambda r: r[0]):
        ka, kb = sorted((clusters.of[a], clusters.of[b]))
        if max(taken[ka], taken[kb]) >= per_cluster or (ka, kb) in shown:
            continue
        shown.add((ka, kb))
        taken[ka] += 1
        taken[kb] += 1
        found.append(Suggestion(a, b, s.score, _reason(s, settings)))
    return tuple(found)


def _best_bridges(scores: Scores) -> dict[str, tuple[str, str]]:
    """Return each proposal's best-scoring pair among those with no language in common."""
    best: dict[str, tuple[float, tuple[str, str]]] = {}
    found = sorted((p, s.score) for p, s in scores.known.items() if s.language == BRIDGE)
    for p, score in found:  # in id order, so a tie keeps the first pair
        for pid in p:
            if pid not in best or score > best[pid][0]:
                best[pid] = (score, p)
    return {pid: p for pid, (_, p) in best.items()}


def _mutual_long(clusters: Clusters, scores: Scores, floor: float) -> set[tuple[str, str]]:
    """Return the pairs of long texts from `floor` up that are each other's best unguarded match in one language.

    A pair with a guard, even one that is only an absence, is not lifted below `suggest`.
    """
    return {p for p in _each_others_best(clusters, scores, unguarded=True)
            if scores.known[p].score >= floor and scores.long(*p)}


def _each_others_best(clusters: Clusters, scores: Scores, unguarded: bool) -> set[tuple[str, str]]:
    """Return the pairs read in one language, of two clusters, that are each proposal's best such match
    (`unguarded`: among the pairs with no guard at all)."""
    def counted(a: str, b: str, s: PairScore) -> bool:
        return s.language != BRIDGE and not (unguarded and s.guard) and clusters.of[a] != clusters.of[b]

    best: dict[str, float] = {}
    for (a, b), s in scores.known.items():
        if counted(a, b, s):
            for pid in (a, b):
                best[pid] = max(best.get(pid, 0.0), s.score)
    return {(a, b) for (a, b), s in scores.known.items() if counted(a, b, s) and s.score == best[a] == best[b]}


def _mutual_best(clusters: Clusters, scores: Scores, settings: MergeSettings) -> set[tuple[str, str]]:
    """Return the pairs of originals in one language that are each other's best match of all, guarded or not.

    From MUTUAL_SHARE × `suggest` up to the look-alike floor, among the pairs the scoring kept (from
    MUTUAL_SHARE × `suggest`; two long texts from LONG_SHARE × `suggest`, cluster.Scores.consider). Two texts that share most of their
    wording and differ in a number or a "not" score high: a look-alike. Two that say one thing in
    other words score in the suggestion band or just under it, and a number or a "not" in one
    text's context may guard them as a conflict; when each is the other's best match of all, a
    person should decide (a guard is shown as the reason). A guard on whom or what the ask is
    for (guards.reading_guard) is another ask; a pair read through a translation scores
    lower and is guarded on a translator's words: neither is listed so.
    """
    floor = MUTUAL_SHARE * settings.suggest_threshold
    return _eligible({p for p in _each_others_best(clusters, scores, unguarded=False) if scores.known[p].score >= floor},
                     clusters, scores, settings)


def _eligible(pairs: Set[tuple[str, str]], clusters: Clusters, scores: Scores,
              settings: MergeSettings) -> set[tuple[str, str]]:
    """Return the pairs a mutual best match may lift: two originals in one language, in two clusters,
    below the look-alike floor, guarded at most on how the ask reads (guards.reading_guard)."""
    ceiling = look_alike_floor(settings)
    return {p for p in pairs
            if (s := scores.known.get(p)) is not None and s.language != BRIDGE and s.score < ceiling
            and (not kept_apart(s) or reading_guard(s.guard)) and clusters.of[p[0]] != clusters.of[p[1]]
            and scores.same_language(*p)}


def _reason(s: PairScore, settings: MergeSettings) -> str:
    if s.guard:
        return s.guard
    if s.score >= settings.auto_threshold:
        return "close, but not to every member of the other's cluster"
    return "similar, below the automatic merge threshold"


def _three_languages(clusters: Clusters, scores: Scores, *keys: int) -> bool:
    """Return True if three clusters are each one proposal, each written in a language the others are not."""
    if any(len(clusters.members[k]) != 1 for k in keys):
        return False
    texts = [scores.variants.get(clusters.members[k][0]) for k in keys]
    return all(texts) and len({vs[0].language for vs in texts}) == 3
