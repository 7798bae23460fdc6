"""The published JSON Schemas accept the sample inputs, reject bad ones and match what validate reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from ruamel.yaml import YAML

from inputs_project import DATA, MINIMAL
from recbook.diagnostics import Report
from recbook.load import read_yaml, to_plain
from recbook.load.fields import (CONFERENCE_KEYS, CONFERENCE_REQUIRED, PROPOSAL_KEYS,
                                 PROPOSAL_REQUIRED)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "inputs"


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def as_written(path: Path) -> object:
    """Return the file as recbook reads it: every scalar a string."""
    report = Report()
    node = read_yaml(path, report)
    assert report.items == []
    return to_plain(node)


def as_typed(path: Path) -> object:
    """Return the file as an editor's YAML 1.2 loader sees it (numbers, booleans; dates as text)."""
    data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    return json.loads(json.dumps(data, default=str))


def errors(name: str, data: object) -> list[str]:
    """Return "path: message" for each error, looking inside anyOf alternatives."""
    found: list[str] = []
    pending = list(validator(name).iter_errors(data))
    while pending:
        error = pending.pop(0)
        found.append(f"{'/'.join(map(str, error.absolute_path))}: {error.message}")
        pending += error.context or []
    return found


@pytest.mark.parametrize("load", [as_written, as_typed])
def test_sample_inputs_match_the_schemas(load) -> None:
    if not (SAMPLE / "conference.yaml").exists():
        pytest.skip("the sample inputs/ are not written yet")
    assert errors("conference", load(SAMPLE / "conference.yaml")) == []
    proposal_files = sorted((SAMPLE / "proposals").glob("*.y*ml"))
    assert proposal_files
    for path in proposal_files:
        assert errors("proposals", load(path)) == [], path.name


@pytest.mark.parametrize("load", [as_written, as_typed])
def test_fixture_projects_match_the_schemas(load) -> None:
    assert errors("conference", load(MINIMAL / "inputs" / "conference.yaml")) == []
    assert errors("proposals", load(MINIMAL / "inputs" / "proposals" / "g1.yaml")) == []


def test_bad_values_are_rejected_by_the_schema_too() -> None:
    data = as_written(DATA / "bad-values" / "inputs" / "proposals" / "bad.yaml")
    found = errors("proposals", data)
    assert any(e.startswith("proposals/1/language:") for e in found)
    assert any(e.startswith("proposals/1/timeframe:") for e in found)
    assert any(e.startswith("proposals/1/votes:") for e in found)
    assert any(e.startswith("proposals/1/sdgs:") for e in found)
    assert any(e.startswith("proposals/1/text:") for e in found)
    bad = {"id": "Demo 2025", "titel": "x"}
    found = errors("conference", bad)
    assert any("'titel' was unexpected" in e for e in found)
    assert any(e.startswith("id:") for e in found)


def test_schemas_name_the_keys_validate_reads() -> None:
    conference = validator("conference").schema
    assert tuple(conference["required"]) == CONFERENCE_REQUIRED
    assert set(conference["properties"]) == set(CONFERENCE_KEYS)
    proposal = validator("proposals").schema["$defs"]["proposal"]
    assert tuple(proposal["required"]) == PROPOSAL_REQUIRED
    assert set(proposal["properties"]) == set(PROPOSAL_KEYS)
