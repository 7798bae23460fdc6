"""Shared fixtures: a hand-built book for renderer tests, and the repository paths."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # so tests can import book_factory

from book_factory import make_book  # noqa: E402


@pytest.fixture(params=["kk", "ru", "en"])
def book(request):
    """A small LocalizedBook in each language."""
    return make_book(request.param)


@pytest.fixture
def repo_root() -> Path:
    return ROOT
