"""A PDF worker opens WeasyPrint's libraries without starting ldconfig, gcc and ld (render/libraries.py).

Each probe runs in a fresh interpreter: the point is the first import of WeasyPrint in a process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the quick load is Linux's")

LIBRARIES = ("pango", "harfbuzz", "fontconfig", "gobject")
PROBE = """
import json, resource, sys
quick = sys.argv[1] == "quick"
if quick:
    from recbook.render.libraries import load_weasyprint_quickly
    loaded = load_weasyprint_quickly()
else:
    loaded = None
import weasyprint.text.ffi as ffi
children = resource.getrusage(resource.RUSAGE_CHILDREN)
maps = sorted({line.split()[-1] for line in open("/proc/self/maps")
               if any(name in line for name in %r)})
print(json.dumps({"loaded": loaded, "maps": maps, "vector": ffi.harfbuzz_vector is None,
                  "subset": ffi.harfbuzz_subset is None,
                  "children_cpu": children.ru_utime + children.ru_stime}))
""" % (LIBRARIES,)


def _probe(mode: str, code: str = PROBE) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", code, mode], capture_output=True, text=True, timeout=120,
                            env=env, check=True)
    return result, json.loads(result.stdout.splitlines()[-1])


def test_the_quick_load_opens_the_same_libraries_and_starts_no_program():
    _, ordinary = _probe("ordinary")
    _, quick = _probe("quick")
    assert quick["loaded"] is True
    assert quick["maps"] == ordinary["maps"]  # the same files, as the loader resolves the sonames
    assert {name for name in LIBRARIES if any(name in path for path in quick["maps"])} == set(LIBRARIES)
    assert (quick["vector"], quick["subset"]) == (ordinary["vector"], ordinary["subset"])
    assert ordinary["children_cpu"] > 0  # ldconfig, gcc and ld ran for the names that cannot load
    assert quick["children_cpu"] == 0


FAILING = """
import builtins, importlib.abc, sys
from recbook.render.libraries import load_weasyprint_quickly

class FirstTryFails(importlib.abc.MetaPathFinder):
    tried = False
    def find_spec(self, name, path, target=None):
        if name == "weasyprint.text.ffi" and not self.tried:
            self.tried = True
            print("WeasyPrint could not import some external libraries.")  # as its _dlopen prints
            raise OSError("cannot load library 'libpango-1.0.so.0'")
        return None

sys.meta_path.insert(0, FirstTryFails())
print("loaded", load_weasyprint_quickly())
print("left", sorted(name for name in sys.modules if name.startswith("weasyprint")))
import weasyprint.text.ffi
print("then", weasyprint.text.ffi.pango.pango_version() > 0)
print("{}")
"""


def test_a_system_where_the_quick_load_fails_gets_the_ordinary_import_silently():
    result, _ = _probe("quick", FAILING)
    lines = result.stdout.splitlines()
    assert lines[:3] == ["loaded False", "left []", "then True"]  # nothing half-imported, nothing printed
