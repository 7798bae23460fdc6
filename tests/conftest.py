"""Shared fixtures: a hand-built book for renderer tests, and the repository paths."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # so tests can import book_factory

from book_factory import make_book  # noqa: E402

# session fixtures start before the per-test cache below: keep theirs out of the home folder too
os.environ["RECBOOK_CACHE_DIR"] = tempfile.mkdtemp(prefix="recbook-test-cache-")


@pytest.fixture(params=["kk", "ru", "en"])
def book(request):
    """A small LocalizedBook in each language."""
    return make_book(request.param)


@pytest.fixture(autouse=True)
def private_user_cache(tmp_path_factory, monkeypatch):
    """Give each test an empty user cache, outside the home folder: no test replays another's check."""
    monkeypatch.setenv("RECBOOK_CACHE_DIR", str(tmp_path_factory.mktemp("user-cache")))


@pytest.fixture
def repo_root() -> Path:
    return ROOT


def copy_sample_project(destination: Path) -> Path:
    """Copy the repository's sample project (inputs/, locales/) into `destination`."""
    import shutil

    for name in ("inputs", "locales"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, destination / name)
    return destination


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """Build the sample conference once per test session; return its output/ folder.

    The build runs in a copy of the sample, so tests never touch the repository's
    output/ and parallel workers never share one.
    """
    from click.testing import CliRunner

    from recbook.cli import main

    project = copy_sample_project(tmp_path_factory.mktemp("sample"))
    result = CliRunner().invoke(main, ["build", "--project", str(project)])
    assert result.exit_code == 0, result.output
    return project / "output"


# Fixtures that build or render the whole sample book, or start LibreOffice: a test using one
# is marked `slow`, so `make test-fast` (pytest -m "not slow") skips it. `make test` runs all.
SLOW_FIXTURES = {"sample_build", "sample", "converted", "docx_build"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
