"""The merge is pure Python: `recbook check` on the sample never imports numpy or scipy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_check_on_the_sample_imports_neither_numpy_nor_scipy():
    code = ("import sys\nfrom recbook.cli import main\n"
            "try:\n    main(['check', '--project', '.'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('numpy', 'scipy', 'datasketch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert "recommendations printed, none set aside: OK" in out.stdout, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
