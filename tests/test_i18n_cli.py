"""The i18n commands on a copy of the sample conference (load → validate → merge → catalogs)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from recbook.commands.i18n import i18n


@pytest.fixture
def sample(tmp_path, repo_root) -> Path:
    for folder in ("inputs", "locales"):
        shutil.copytree(repo_root / folder, tmp_path / folder)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(i18n, list(args))


def test_the_shipped_catalogs_are_in_step_with_the_sample_and_complete(sample):
    result = run("update", "--project", str(sample))
    assert result.exit_code == 0, result.output
    assert result.output.endswith("0 catalog files changed\n"), result.output
    counts = json.loads(run("status", "--json", "--project", str(sample)).output)
    assert set(counts) == {"kk", "ru", "en"}
    for lang, c in counts.items():
        assert c["translated"] == c["total"] > 0, (lang, c)


def test_extract_into_an_empty_project_then_update_changes_nothing(sample):
    shutil.rmtree(sample / "locales")
    first = run("extract", "--project", str(sample))
    assert first.exit_code == 0, first.output
    assert "wrote " in first.output and (sample / "locales/kk/LC_MESSAGES/content.ru.po").is_file()
    again = run("update", "--project", str(sample))
    assert again.output.endswith("0 catalog files changed\n"), again.output


def test_commands_without_inputs_fail_cleanly(tmp_path):
    result = run("extract", "--project", str(tmp_path))
    assert result.exit_code == 1
    assert "no inputs/ folder here" in result.output
