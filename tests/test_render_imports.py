"""A PDF-only build imports no DOCX library, in the parent or in its render workers."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import recbook.render.jobs  # what the parent and every worker import
from recbook.render.cache import environment_digest
print(*sorted(m for m in ("docx", "lxml", "recbook.render.docx") if m in sys.modules))
"""


def test_the_render_jobs_and_the_cache_import_no_docx_library():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.split() == []


def test_the_office_is_found_where_the_docx_renderer_looks_for_it(monkeypatch):
    from recbook.render import office
    from recbook.render.docx import paginate

    assert paginate.find_office is office.find_office  # one rule for the key and the layout
    monkeypatch.setenv(office.OFFICE_VARIABLE, "")
    assert office.find_office() is None and office.layout_engine() == "none"
