"""The sample's generated files are reproducible from the scripts committed beside them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_make_xlsx_rebuilds_the_committed_workbook_byte_for_byte(tmp_path: Path) -> None:
    target = tmp_path / "groups-4-5.xlsx"
    subprocess.run([sys.executable, str(ROOT / "tools/sample/make_xlsx.py"), str(target)], check=True)
    assert target.read_bytes() == (ROOT / "inputs/proposals/groups-4-5.xlsx").read_bytes()


def test_sample_translations_cover_every_string_and_pass_their_checks() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools/sample/check_translations.py")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
