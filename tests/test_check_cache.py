"""`recbook check` replays its last findings when nothing it reads changed, and checks in full otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import copy_sample_project
from recbook import pipeline
from recbook.check_cache import check_key
from recbook.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_sample_project(tmp_path / "conference")


@pytest.fixture
def full_checks(monkeypatch) -> list[Path]:
    """Count the full checks (the ones that read and merge)."""
    calls: list[Path] = []
    original = pipeline.check_project

    def counted(project, *args, **kwargs):
        calls.append(project)
        return original(project, *args, **kwargs)

    monkeypatch.setattr(pipeline, "check_project", counted)
    return calls


def test_an_unchanged_project_is_replayed_with_the_same_output(project, full_checks):
    first, second = run("check", "--project", str(project)), run("check", "--project", str(project))
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert second.output == first.output
    assert "34 recommendations printed" in second.output and "[editorial.unedited]" in second.output
    assert len(full_checks) == 1


def test_a_changed_byte_strictness_or_epoch_checks_again(project, full_checks, monkeypatch):
    assert run("check", "--project", str(project)).exit_code == 0
    decisions = project / "inputs" / "decisions.yaml"
    decisions.write_text(decisions.read_text("utf-8") + "- {merge: [G1-01, ZZ-99]}\n", "utf-8")
    assert "[decisions.stale]" in run("check", "--project", str(project)).output
    assert run("check", "--project", str(project), "--strict").exit_code == 1  # warnings fail
    assert run("check", "--project", str(project), "--strict").exit_code == 1  # replayed: fails again
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert run("check", "--project", str(project)).exit_code == 0
    assert len(full_checks) == 4


def test_errors_are_replayed_and_still_fail(project, full_checks):
    conference = project / "inputs" / "conference.yaml"
    conference.write_text(conference.read_text("utf-8").replace("languages:", "languages: [xx]\nx_languages:", 1),
                          "utf-8")
    first, second = run("check", "--project", str(project)), run("check", "--project", str(project))
    assert first.exit_code == second.exit_code == 1
    assert second.output == first.output and "error:" in first.output
    assert len(full_checks) == 1


def test_a_symlink_in_the_project_is_never_replayed(project, full_checks):
    (project / "inputs" / "link.txt").symlink_to(project / "inputs" / "conference.yaml")
    assert check_key(project, False) is None
    run("check", "--project", str(project))
    run("check", "--project", str(project))
    assert len(full_checks) == 2


def test_a_damaged_record_means_a_full_check(project, full_checks):
    assert run("check", "--project", str(project)).exit_code == 0
    for record in (Path(os.environ["RECBOOK_CACHE_DIR"]) / "check").glob("*.json"):
        record.write_text("{not json", "utf-8")
    assert run("check", "--project", str(project)).exit_code == 0
    assert len(full_checks) == 2


@pytest.mark.slow
def test_a_build_reuses_the_checked_project_and_renders_the_same_bytes(project, full_checks):
    assert run("build", "--project", str(project), "--lang", "en", "--format", "pdf").exit_code == 0
    pdf = next((project / "output").glob("*.en.pdf"))
    first = pdf.read_bytes()
    result = run("build", "--project", str(project), "--lang", "en", "--format", "pdf", "--rebuild")
    assert result.exit_code == 0, result.output
    assert pdf.read_bytes() == first
    assert len(full_checks) == 1
    decisions = project / "inputs" / "decisions.yaml"
    decisions.write_text(decisions.read_text("utf-8") + "- {merge: [G1-01, ZZ-99]}\n", "utf-8")
    result = run("build", "--project", str(project), "--lang", "en", "--format", "pdf")
    assert "[decisions.stale]" in result.output and len(full_checks) == 2


def test_the_merge_is_reused_until_what_it_merges_changes(project, monkeypatch):
    import recbook.merge

    merges = []
    original = recbook.merge.merge

    def counted(*args, **kwargs):
        merges.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(recbook.merge, "merge", counted)
    first = run("check", "--project", str(project))
    conference = project / "inputs" / "conference.yaml"
    conference.write_text(conference.read_text("utf-8") + "# a comment: a full check, the same merge\n", "utf-8")
    second = run("check", "--project", str(project))
    assert second.output == first.output and len(merges) == 1
    group = project / "inputs" / "proposals" / "group-6.yaml"
    group.write_text(group.read_text("utf-8").replace("публичное обсуждение и анализ", "обсуждение", 1), "utf-8")
    assert run("check", "--project", str(project)).exit_code == 0
    assert len(merges) == 2
