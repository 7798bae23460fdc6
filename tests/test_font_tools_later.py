"""A render worker imports fontTools' subsetter and instancer only if a render calls them (font_tools_later.py).

Each probe runs in a fresh interpreter: the point is what the first import of WeasyPrint brings in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = r"""
import hashlib, json, sys
later = sys.argv[1] == "later"
if later:
    from recbook.render.font_tools_later import import_later
    assert import_later()
import weasyprint.pdf.fonts
from pdf_helpers import context, labelled_book
from recbook.render.pdf import render_pdf
from pathlib import Path

def loaded():
    return sorted(name for name in ("fontTools.subset", "fontTools.varLib", "fontTools.varLib.instancer",
                                    "fontTools.ttLib.tables.otTables", "fontTools.feaLib")
                  if name in sys.modules and type(sys.modules[name]).__name__ != "_Later")

after_import = loaded()
pdf = render_pdf(labelled_book("kk"), context(Path(sys.argv[2])))  # the variable Noto fonts, bold and regular
print(json.dumps({"after_import": after_import, "after_render": loaded(),
                  "pdf": hashlib.sha256(pdf).hexdigest()}))
"""


def _probe(code: str, *args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300,
                            env=env, check=True)
    return json.loads(result.stdout.splitlines()[-1])


def test_a_render_imports_neither_and_makes_the_same_pdf(tmp_path):
    later, now = _probe(PROBE, "later", str(tmp_path)), _probe(PROBE, "now", str(tmp_path))
    assert now["after_import"] == ["fontTools.feaLib", "fontTools.subset", "fontTools.ttLib.tables.otTables",
                                   "fontTools.varLib", "fontTools.varLib.instancer"]  # what WeasyPrint imports
    assert later["after_import"] == later["after_render"] == []
    assert later["pdf"] == now["pdf"]


FALLBACKS = r"""
import io, json, sys
from recbook.render.font_tools_later import import_later
assert import_later()
import weasyprint.pdf.fonts as weasy_fonts
from fontTools.ttLib import TTFont
from recbook.render.fonts import font_faces

face = next(f for f in font_faces() if "fvar" in TTFont(f.path))
subsetter = weasy_fonts.subset.Subsetter(weasy_fonts.subset.Options())  # WeasyPrint's fontTools fallback
subsetter.populate(text="Қазақстан")
font = TTFont(face.path)
subsetter.subset(font)
instance = weasy_fonts.instantiateVariableFont(font, {"wght": 700}, static=True)  # a call HarfBuzz refused
import fontTools.subset, fontTools.varLib.instancer
print(json.dumps({"real": [type(sys.modules[name]).__name__ for name in ("fontTools.subset",
                                                                      "fontTools.varLib.instancer")],
                  "static": "fvar" not in instance, "glyphs": len(instance.getGlyphOrder()),
                  "same": fontTools.subset.Subsetter is weasy_fonts.subset.Subsetter}))
"""


def test_a_fallback_imports_the_real_module_then():
    found = _probe(FALLBACKS)
    assert found["real"] == ["module", "module"]  # the stand-ins replaced in sys.modules
    assert found["static"] and found["glyphs"] >= 8 and found["same"]  # .notdef and the word's 7 letters


def test_nothing_is_replaced_once_weasyprint_or_fonttools_is_imported():
    found = _probe("import json, sys, fontTools.subset\n"
                   "from recbook.render.font_tools_later import import_later\n"
                   "print(json.dumps({'done': import_later(), 'kind': type(sys.modules['fontTools.subset']).__name__}))")
    assert found == {"done": False, "kind": "module"}


def test_a_pdf_worker_puts_the_stand_ins_in_place_before_it_imports_weasyprint():
    # the worker's own preparation, run in a fresh interpreter until its connection closes
    found = _probe("import json, sys\n"
                   "from recbook.render import RENDERERS, jobs\n"
                   "assert 'weasyprint.pdf.fonts' not in sys.modules\n"
                   "class Closed:\n"
                   "    def recv(self):\n"
                   "        raise EOFError\n"
                   "jobs._serve_jobs((RENDERERS['pdf'],), Closed())\n"
                   "print(json.dumps({'weasyprint': 'weasyprint.pdf.fonts' in sys.modules, 'kinds': [\n"
                   "    type(sys.modules[n]).__name__ for n in ('fontTools.subset', 'fontTools.varLib.instancer')]}))")
    assert found == {"weasyprint": True, "kinds": ["_Later", "_Later"]}
