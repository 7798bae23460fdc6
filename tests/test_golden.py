"""The sample books read exactly as reviewed: compare with tests/golden/ (regenerate: `make golden`)."""

from __future__ import annotations

import difflib

import pytest

from golden_text import GOLDEN, golden_of

CONFERENCE_ID = "almaty-2025-civil-society"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_sample_book_matches_its_golden_text(sample_build, lang, fmt):
    expected = (GOLDEN / f"{CONFERENCE_ID}.{lang}.{fmt}.txt").read_text(encoding="utf-8")
    actual = golden_of(sample_build, CONFERENCE_ID, lang, fmt)
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            "golden", "built", n=1))
        pytest.fail(f"{lang}.{fmt} differs from tests/golden (run `make golden` if intended):\n{diff[:6000]}")
