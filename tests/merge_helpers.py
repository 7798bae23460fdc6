"""Small builders for merge tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from bench.evaluate import proposals_from_cases
from recbook.model import Proposal, SuppliedTranslation


def prop(pid: str, text: str, lang: str = "ru", title: str = "", votes: int | None = None,
         **translations: tuple[str, str]) -> Proposal:
    """Return a proposal; `title` defaults to empty so the text decides."""
    tr = tuple(SuppliedTranslation(k, t, x) for k, (t, x) in sorted(translations.items()))
    return Proposal(pid, pid.split("-")[0], "D1", lang, title, text, votes=votes, translations=tr)


# unrelated asks, so that rarity weights come from a corpus and not from two texts
FILLER = [
    prop("F-1", "Провести форум некоммерческих организаций в Караганде."),
    prop("F-2", "Әйелдер кеңесінің отырыстарын онлайн тарату.", "kk"),
    prop("F-3", "Translate the state youth policy report into sign language.", "en"),
    prop("F-4", "Ввести налоговый вычет за благотворительные пожертвования граждан."),
    prop("F-5", "Мәслихат депутаттарының есептерін жыл сайын жариялау.", "kk"),
]


def clusters(result) -> set[tuple[str, ...]]:
    """Return the clusters of a merge result as sorted id tuples."""
    return {tuple(sorted(r.member_ids)) for r in result.recommendations}


def suggested(result) -> set[tuple[str, str]]:
    return {tuple(sorted((s.a, s.b))) for s in result.suggestions}


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def eval_cases() -> list:
    """The labelled dedupe evaluation set (tests/data/dedupe_eval.yaml)."""
    return YAML(typ="safe").load((ROOT / "tests" / "data" / "dedupe_eval.yaml").read_text("utf-8"))["cases"]


@pytest.fixture(scope="session")
def eval_proposals(eval_cases) -> list[Proposal]:
    """The evaluation set's proposals."""
    return proposals_from_cases(eval_cases)


def read_decisions_text(tmp_path: Path, text: str, ids: list[str]) -> tuple:
    """Read `text` as decisions.yaml for proposals `ids`; return the decisions and the messages (path as "D")."""
    from recbook.diagnostics import Report
    from recbook.load.decisions import read_decisions

    path = tmp_path / "decisions.yaml"
    path.write_text(text, encoding="utf-8")
    report = Report()
    decisions = read_decisions(path, ids, report)
    return decisions, [d.format().replace(path.as_posix(), "D") for d in report.sorted()]
