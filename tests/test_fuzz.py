"""A bounded run of the reader fuzzer (tools/fuzz.py) in every test run: no reader may crash or hang."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # ten seconds of CPU: the fast lane skips it, make test and CI run it
def test_readers_survive_ten_seconds_of_mutated_inputs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "fuzz.py"), "--seconds", "10", "--seed", "0", "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert " 0 failure(s)" in result.stdout
    assert int(result.stdout.split()[0]) > 200  # it really ran
