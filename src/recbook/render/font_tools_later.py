"""Import fontTools' subsetter and variable-font instancer only when a render calls them.

`weasyprint.pdf.fonts` imports both at its top (`from fontTools import subset`, `from
fontTools.varLib.instancer import instantiateVariableFont`), and with them fontTools' OpenType
tables, CFF, SVG, varLib's merger, feaLib and designspaceLib: about a third of importing
WeasyPrint in a render worker. A recbook render calls neither: WeasyPrint subsets each font with
HarfBuzz's hb-subset when that library is there (fontTools only when it is not), and recbook
makes the variable fonts' static instances with HarfBuzz too (font_instances.py), handing
fontTools' instancer only a call HarfBuzz refuses.

So before a render worker imports WeasyPrint, each of the two packages is a stand-in in
sys.modules: asking either for a name it lacks (WeasyPrint's fontTools subsetting), or calling
the instancer's function, imports the real package then, in the stand-in's place, and answers
from it. A stand-in carries its package's `__path__`, so a submodule imported meanwhile is found
where it always was (its package's own `__init__` runs only when a name is asked). Nothing is
lost but the time, and only when a fallback runs.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import types
from typing import Any

SUBSETTER = "fontTools.subset"
INSTANCER = "fontTools.varLib.instancer"
WEASYPRINT_FONTS = "weasyprint.pdf.fonts"  # the module that imports both


class _Later(types.ModuleType):
    """A package's stand-in: a name it lacks is the real package's, imported then.

    It has the package's `__path__`, which every `from … import` asks for (asked of the stand-in,
    it would import the package at once), and by which a submodule is found as before.
    """

    def __init__(self, name: str, path: list[str]) -> None:
        super().__init__(name)
        self.__path__ = path

    def __getattr__(self, name: str) -> Any:
        return getattr(real_module(self.__name__), name)


def _package_path(name: str) -> list[str] | None:
    """Return the folders of package `name`'s submodules, found as the import system finds them, importing
    only its top package (fontTools, which WeasyPrint imports anyway); None if it is no package there."""
    top, *parts = name.split(".")
    path, found = list(importlib.import_module(top).__path__), top
    for part in parts:
        found += "." + part
        spec = importlib.machinery.PathFinder.find_spec(found, path)
        if spec is None or spec.submodule_search_locations is None:
            return None
        path = list(spec.submodule_search_locations)
    return path


def real_module(name: str) -> types.ModuleType:
    """Return the module `name`, imported now in place of its stand-in if it has one."""
    if isinstance(sys.modules.get(name), _Later):
        del sys.modules[name]
    return importlib.import_module(name)


def instantiateVariableFont(*args: Any, **kwargs: Any) -> Any:  # noqa: N802 - the name WeasyPrint imports
    """fontTools' instancer, imported at its first call."""
    return real_module(INSTANCER).instantiateVariableFont(*args, **kwargs)


def import_later() -> bool:
    """Put the stand-ins in sys.modules before WeasyPrint is imported; False if it or they are imported already."""
    if any(name in sys.modules for name in (WEASYPRINT_FONTS, SUBSETTER, INSTANCER)):
        return False
    try:
        paths = {name: _package_path(name) for name in (SUBSETTER, INSTANCER)}
    except ImportError:  # no fontTools: WeasyPrint's own import says so
        return False
    if None in paths.values():  # another fontTools layout: left as it is
        return False
    sys.modules[SUBSETTER] = _Later(SUBSETTER, paths[SUBSETTER])
    instancer = sys.modules[INSTANCER] = _Later(INSTANCER, paths[INSTANCER])
    instancer.instantiateVariableFont = instantiateVariableFont  # type: ignore[attr-defined]
    return True
