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


def test_the_cross_language_evidence_floor_is_read_and_checked(tmp_path):
    inputs, lines = check(conference_with(tmp_path / "ok", "thresholds:\n  cross_language_evidence: 0\n"))
    assert lines == [] and dict(inputs.conference.thresholds) == {"min_evidence": 0.0}
    for value, shown in (("-0.5", "'-0.5'"), ("many", "'many'"), (".nan", "'.nan'"), ("11", "'11'")):
        inputs, lines = check(conference_with(tmp_path / value, f"thresholds:\n  cross_language_evidence: {value}\n"))
        assert inputs is None and len(lines) == 1, value
        assert lines[0].startswith("inputs/conference.yaml:") and lines[0].endswith(
            f"error: thresholds.cross_language_evidence must be a number from 0.0 to 10.0, but received: {shown} "
            "[conference.bad-thresholds]"), lines


def test_the_schema_knows_the_evidence_floor():
    schema = json.loads((ROOT / "schemas" / "conference.schema.json").read_text(encoding="utf-8"))
    floor = Draft202012Validator(schema["properties"]["thresholds"]["properties"]["cross_language_evidence"])
    for value, ok in ((0, True), (2.5, True), ("1.1", True), (-1, False), (11, False), ("x", False)):
        assert floor.is_valid(value) == ok, value


AIR = """\
- {id: P1, group: G1, direction: D1, language: kk, title: Ауа сапасы,
   text: Қалаларда ауаның ластануын өлшейтін датчиктер орнату.}
- {id: P2, group: G2, direction: D1, language: en, title: Clean air,
   text: Install sensors that measure air pollution in every city.}
"""


def test_a_changed_evidence_floor_changes_the_merge_not_a_replay(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from recbook.cli import main

    project = conference_with(tmp_path, "")
    (project / "inputs" / "proposals" / "g1.yaml").write_text(AIR, encoding="utf-8")

    def suggested() -> list:
        result = CliRunner().invoke(main, ["dedupe", "--json", "--project", str(project)])
        assert result.exit_code == 0, result.output
        return [(s["a"], s["b"]) for s in json.loads(result.stdout)["suggestions"]]

    assert suggested() == [("P1", "P2")]  # air + pollution, before any translation
    conference = project / "inputs" / "conference.yaml"
    conference.write_text(conference.read_text("utf-8") + "thresholds:\n  cross_language_evidence: 9\n", "utf-8")
    assert suggested() == []
    conference.write_text(conference.read_text("utf-8").replace("evidence: 9", "evidence: 0.5"), "utf-8")
    assert suggested() == [("P1", "P2")]


def test_the_cross_language_lead_is_read_and_checked(tmp_path):
    inputs, lines = check(conference_with(tmp_path / "ok", "thresholds:\n  cross_language_lead: 1\n"))
    assert lines == [] and dict(inputs.conference.thresholds) == {"cross_language_lead": 1.0}
    for value, shown in (("0.9", "'0.9'"), ("clear", "'clear'"), ("11", "'11'")):
        inputs, lines = check(conference_with(tmp_path / value, f"thresholds:\n  cross_language_lead: {value}\n"))
        assert inputs is None and len(lines) == 1, value
        assert lines[0].endswith(f"error: thresholds.cross_language_lead must be a number from 1.0 to 10.0, "
                                 f"but received: {shown} [conference.bad-thresholds]"), lines
    lead = Draft202012Validator(json.loads((ROOT / "schemas" / "conference.schema.json").read_text(encoding="utf-8"))
                                ["properties"]["thresholds"]["properties"]["cross_language_lead"])
    for value, ok in ((1, True), (1.5, True), ("2.5", True), ("10", True), (0.5, False), (11, False), ("x", False)):
        assert lead.is_valid(value) == ok, value
