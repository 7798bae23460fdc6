"""Import a library without the optional numpy and Pillow support it would load (and never use here)."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


OPTIONAL = ("numpy", "PIL")


def without_optional(name: str) -> ModuleType:
    """Import `name` as if numpy and Pillow were not installed (those not loaded yet).

    openpyxl imports numpy only to write numpy numbers and Pillow only for
    pictures in a sheet, neither of which recbook reads or writes; they are
    installed for datasketch and the renderers, and importing them costs
    0.1–0.3 s, a third of `recbook check` on a small project.
    """
    if name in sys.modules:
        return sys.modules[name]
    blocked = [module for module in OPTIONAL if module not in sys.modules]
    for module in blocked:
        sys.modules[module] = None  # type: ignore[assignment]  # `import …` raises ImportError
    try:
        return importlib.import_module(name)
    finally:
        for module in blocked:
            del sys.modules[module]
