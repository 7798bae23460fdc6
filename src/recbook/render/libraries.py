"""Load WeasyPrint's system libraries on Linux without cffi's library search.

WeasyPrint opens Pango, HarfBuzz, fontconfig and GObject by trying a list of names meant for every
platform ("libpango-1.0-0", "pango-1.0-0", "pango-1.0", "libpango-1.0.so.0", "….dylib", "….dll").
cffi tries each name with dlopen and, when that fails, asks `ctypes.util.find_library`, which on
Linux runs `ldconfig -p`, then gcc and ld: on this project's machine 86 programs started for each
`import weasyprint` (~0.15–0.2 s of CPU, mostly the kernel's, in every PDF render worker), for names
that can only fail (the .dylib and .dll ones, the optional harfbuzz-vector) or that end, as their
Linux soname, in the very dlopen the list's ".so.N" name makes itself.

So on Linux the first import runs with that search answering "not found": each library is then
opened by its ".so.N" name, which the dynamic loader resolves exactly as it resolves the soname
`find_library` would have returned (find_library gives a soname, not a path, on Linux). A system
where that name does not load (another soname) gets the ordinary import after: nothing is lost but
the time. Other systems are left alone: macOS and Windows find libraries another way.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import sys
from typing import Iterator

FFI_MODULE = "weasyprint.text.ffi"  # its import opens the libraries (weasyprint/text/ffi.py, _dlopen)


def load_weasyprint_quickly() -> bool:
    """Import WeasyPrint's library bindings without the library search; False when left to the ordinary import."""
    if not sys.platform.startswith("linux") or FFI_MODULE in sys.modules:
        return False
    try:
        # WeasyPrint prints an installation hint before it gives up: not ours to show for a first try
        with _library_search_off(), contextlib.redirect_stdout(io.StringIO()):
            importlib.import_module(FFI_MODULE)
    except Exception:  # noqa: BLE001 - whatever went wrong, the ordinary import meets it again and reports it
        _forget_weasyprint()
        return False
    return True


@contextlib.contextmanager
def _library_search_off() -> Iterator[None]:
    """Make `ctypes.util.find_library` (cffi calls it by attribute, at each dlopen miss) find nothing."""
    import ctypes.util  # here, not at the top: a check imports this module and never renders

    real = ctypes.util.find_library
    ctypes.util.find_library = _found_nothing
    try:
        yield
    finally:
        ctypes.util.find_library = real


def _found_nothing(name: str) -> None:
    return None


def _forget_weasyprint() -> None:
    """Drop a half-imported WeasyPrint so the next import starts over (with the library search)."""
    for name in [name for name in sys.modules if name == "weasyprint" or name.startswith("weasyprint.")]:
        del sys.modules[name]
