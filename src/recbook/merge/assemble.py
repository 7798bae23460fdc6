"""Turn clusters into recommendations (canonical, members, how, score) and suggestions."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Mapping, Sequence

from ..diagnostics import Report, error
from ..model import MergeHow, Member, Proposal, Recommendation, Suggestion
from .cluster import Clusters, Scores, auto_ok, pair
from .decisions import SET_ASIDE, Decision, Decisions
from .normalize import natural_key
from .settings import MergeSettings
from .similarity import BRIDGE, GUARD_DEMOTION, PairScore


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
        id=f"R-{canon}",
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


def suggestions(clusters: Clusters, scores: Scores, decisions: Decisions,
                settings: MergeSettings) -> tuple[Suggestion, ...]:
    """Return the pairs in different clusters a person should look at, best first.

    Ranked by score, lowered for texts that contradict (rank). A pair is kept only
    while both its clusters take part in fewer than `suggest_per_proposal` better
    ones, and once per two clusters: each proposal's nearest neighbours, so a text
    like every other does not flood the list.
    """
    apart = {pair(*d.ids) for d in decisions.of("apart")}
    ranked = []
    bridged = _best_bridges(scores)
    for (a, b), s in scores.known.items():
        if clusters.of[a] == clusters.of[b] or (a, b) in apart or rank(s) < settings.suggest_threshold:
            continue
        if s.language == BRIDGE and (a, b) not in (bridged.get(a), bridged.get(b)):
            continue  # language-neutral tokens are few: only a proposal's best match is worth a look
        ranked.append((-rank(s), natural_key(a), natural_key(b), a, b, s))
    ranked.sort()
    taken: Counter[int] = Counter()  # per cluster: a merged group counts as one proposal
    shown: set[tuple[int, int]] = set()
    found = []
    for _, _, _, a, b, s in ranked:
        ka, kb = clusters.of[a], clusters.of[b]
        # one pair per two clusters: accepting it joins them, the other members' pairs add nothing
        if max(taken[ka], taken[kb]) >= settings.suggest_per_proposal or (min(ka, kb), max(ka, kb)) in shown:
            continue
        shown.add((min(ka, kb), max(ka, kb)))
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


def rank(s: PairScore) -> float:
    """Return the ranking value of a suggestion: its score, lowered if the texts contradict.

    A pair with no language in common is not demoted: its guard says what is
    unknown, not that the texts disagree.
    """
    return s.score * GUARD_DEMOTION if s.guard and s.language != BRIDGE else s.score


def _reason(s: PairScore, settings: MergeSettings) -> str:
    if s.guard:
        return s.guard
    if s.score >= settings.auto_threshold:
        return "close, but not to every member of the other's cluster"
    return "similar, below the automatic merge threshold"
