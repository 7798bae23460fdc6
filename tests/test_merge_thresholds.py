"""Thresholds in conference.yaml: the schema, validation with located errors, and the merge using them."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator
from ruamel.yaml import YAML

from inputs_project import MINIMAL, check

ROOT = Path(__file__).resolve().parents[1]
GOOD = "thresholds:\n  auto_merge: 0.9\n  suggest: 0.5\n  candidates_per_proposal: 30\n"


def conference_with(tmp_path: Path, extra: str) -> Path:
    import shutil

    project = tmp_path / "project"
    shutil.copytree(MINIMAL, project)
    path = project / "inputs" / "conference.yaml"
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return project


def test_schema_accepts_thresholds_and_rejects_a_bad_one(tmp_path):
    schema = json.loads((ROOT / "schemas" / "conference.schema.json").read_text(encoding="utf-8"))
    v = Draft202012Validator(schema)
    for extra, ok in ((GOOD, True), ("thresholds:\n  auto_merge: 2\n", False), ("thresholds:\n  autos: 1\n", False)):
        data = YAML(typ="safe").load(conference_with(tmp_path / str(len(extra)), extra)
                                     .joinpath("inputs", "conference.yaml").read_text(encoding="utf-8"))
        data["date"] = str(data["date"])
        assert v.is_valid(data) == ok, extra


def test_validation_reads_thresholds(tmp_path):
    inputs, lines = check(conference_with(tmp_path, GOOD))
    assert lines == []
    assert dict(inputs.conference.thresholds) == {"auto_threshold": 0.9, "suggest_threshold": 0.5, "candidate_cap": 30}


def test_a_bad_threshold_is_an_error_at_its_place(tmp_path):
    inputs, lines = check(conference_with(tmp_path, "thresholds:\n  auto_merge: высокий\n"))
    assert inputs is None
    assert len(lines) == 1 and lines[0].startswith("inputs/conference.yaml:")
    assert lines[0].endswith("error: thresholds.auto_merge must be a number above 0.0 and at most 1.0, "
                             "but received: 'высокий' [conference.bad-thresholds]")


def test_the_pipeline_merges_with_the_thresholds_written(tmp_path):
    from recbook.diagnostics import Report
    from recbook.pipeline import gather

    gathered = gather(conference_with(tmp_path, GOOD), Report())
    settings = gathered.merge_settings
    assert (settings.auto_threshold, settings.suggest_threshold, settings.candidate_cap) == (0.9, 0.5, 30)
