"""The sample conference: its expected clusters come out (merged or suggested), no trap is merged."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from recbook.diagnostics import Report
from recbook.load import read_project
from recbook.merge import MergeSettings, merge
from recbook.validate import validate

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = YAML(typ="safe").load((ROOT / "tests" / "data" / "sample_expected_clusters.yaml").read_text("utf-8"))


@pytest.fixture(scope="module", params=["catalogs", "no-catalogs"])
def sample(request):
    """The sample merged with the translators' catalogs, and without (glossary only)."""
    from recbook.i18n.catalogs import proposal_translations
    from recbook.load.catalogs import load_catalogs

    report = Report()
    inputs = validate(read_project(ROOT, report), report)
    assert inputs is not None, [d.format() for d in report.items]
    translations = None
    if request.param == "catalogs":
        translations = proposal_translations(inputs.proposals, load_catalogs(ROOT, report))
    settings = MergeSettings(source_language=inputs.conference.source_language)
    result = merge(inputs.proposals, settings=settings, translations=translations)
    home = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
    suggested = {frozenset((s.a, s.b)) for s in result.suggestions}
    return home, suggested


def reachable(start: str, home: dict, suggested: set) -> set[str]:
    """Return the ids one reaches from `start` through merges and suggestions (accepting them joins)."""
    seen, todo = {start}, [start]
    while todo:
        here = todo.pop()
        near = {p for p, r in home.items() if r == home[here]}
        near |= {x for pr in suggested if here in pr for x in pr}
        todo += sorted(near - seen)
        seen |= near
    return seen


@pytest.mark.parametrize("cluster", EXPECTED["clusters"], ids=lambda c: c["id"])
def test_expected_cluster_is_merged_or_suggested(sample, cluster):
    """Every member is merged with, or one accepted suggestion away from, the others' group."""
    home, suggested = sample
    first, *rest = cluster["members"]
    assert set(rest) <= reachable(first, home, suggested)


@pytest.mark.parametrize("trap", EXPECTED["traps"], ids=lambda t: "-".join(t["pair"]))
def test_trap_is_never_merged(sample, trap):
    home, _ = sample
    a, b = trap["pair"]
    assert home[a] != home[b]


def test_proposals_meant_as_singletons_are_not_merged(sample):
    home, _ = sample
    together = {frozenset(c["members"]) for c in EXPECTED["clusters"]}
    for a, b in combinations(sorted(home), 2):
        if home[a] == home[b]:
            assert any({a, b} <= c for c in together), (a, b)
