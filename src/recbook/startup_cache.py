"""Keep what Python compiles anew at every start, as it keeps modules' bytecode: regular expressions
and the methods dataclasses generate.

Python caches a module's bytecode (__pycache__), but not two things its modules make while they
are imported: each `re.compile` parses its pattern and compiles it to the regex engine's code in
pure Python, and each `@dataclass` writes its __init__, __repr__, __eq__… as source text and
compiles each with `exec`. A build's own process does both ~260 and ~510 times (0.06 s and 0.08 s
of its ~1.1 s CPU, timed natively; docs/benchmarks.md, session 25), its render worker ~210 and ~70 times: every
build, the same patterns and the same texts, to the same results.

This keeps those results in one file beside recbook's bytecode (__pycache__/startup.<tag>.marshal),
written when a process that compiled something new ends, read when `python -m recbook` starts (the
build and its render workers): a pattern is then made from its kept regex code (`_sre.compile`,
what `re` ends with), a method's text runs its kept code object. Both are what Python itself
makes from the same input; the file is stamped with the interpreter's version and bytecode magic,
and is ignored when either differs, unreadable or damaged. Like bytecode it is not written where
recbook's folder is read-only or PYTHONDONTWRITEBYTECODE is set: everything is then compiled as
before. No output depends on it (the same patterns and methods either way).

Only the public commands install it (recbook/__main__.py): importing recbook as a library leaves
`re` and `dataclasses` alone.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import dataclasses
import marshal
import os
import re
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]  # re's own compiler (3.11–3.13: the same)
from types import CodeType
from typing import Any

from .resources import PYCACHE

FILE = PYCACHE / f"startup.{sys.implementation.cache_tag}.marshal"
STAMP = (1, MAGIC_NUMBER, _sre.MAGIC, sys.version, sys.flags.optimize)  # the format, then what the code depends on
LIMIT = 5_000  # kept patterns and methods: more, and only what this process used is written again

Pattern = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]  # _sre.compile's arguments


class StartupCache:
    """The kept patterns (by pattern and flags) and methods' code (by their text), and what was used."""

    def __init__(self, path: Path = FILE) -> None:
        self.path = path
        self.patterns: dict[tuple[str | bytes, int], Pattern] = {}
        self.codes: dict[str, CodeType] = {}
        self.used: set[Any] = set()
        self.added = False

    def load(self) -> None:
        self.patterns, self.codes = _read(self.path)

    def pattern(self, pattern: Any, flags: int = 0) -> re.Pattern:
        """re._compiler.compile: the kept regex code for a str or bytes pattern, else compiled as re does."""
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return _ORIGINAL_COMPILE(pattern, flags)
        key = (pattern, flags := int(flags))  # re passes RegexFlag's value: a plain int, as marshal keeps
        kept = self.patterns.get(key)
        if kept is None:
            kept = self.patterns[key] = regex_code(pattern, flags)
            self.added = True
        self.used.add(key)
        return _sre.compile(pattern, *kept)

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """exec as dataclasses calls it: a text runs as its kept code object (compiled as exec would)."""
        if isinstance(source, str):
            code = self.codes.get(source)
            if code is None:
                # dont_inherit: exec compiles with its caller's (dataclasses') future flags, which are
                # none, not with this module's `annotations`
                code = self.codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
                self.added = True
            self.used.add(source)
            source = code
        exec(source, globals, locals)

    def save(self) -> None:
        """Write the kept entries, with what another process wrote meanwhile, if this one added any."""
        if not self.added or sys.dont_write_bytecode:
            return
        patterns, codes = _read(self.path)
        patterns.update(self.patterns)
        codes.update(self.codes)
        if len(patterns) + len(codes) > LIMIT:  # old patterns and texts pile up as the code changes
            patterns = {k: v for k, v in self.patterns.items() if k in self.used}
            codes = {k: v for k, v in self.codes.items() if k in self.used}
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}")
        # OSError: a read-only installation, compiled each time as bytecode is; ValueError: what marshal
        # cannot keep (a kept value not of the types above: not written)
        with contextlib.suppress(OSError, ValueError):
            data = marshal.dumps((STAMP, patterns, codes))
            self.path.parent.mkdir(exist_ok=True)
            partial.write_bytes(data)
            os.replace(partial, self.path)  # whole or not at all, whichever process ends last
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def regex_code(pattern: str | bytes, flags: int) -> Pattern:
    """Return what re._compiler.compile gives _sre.compile after the pattern (Python 3.11–3.13's steps)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses: not marshal's
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def _read(path: Path) -> tuple[dict, dict]:
    """Return the file's patterns and codes; none when it is missing, damaged or another Python's."""
    try:
        stamp, patterns, codes = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}, {}
    if stamp != STAMP or not isinstance(patterns, dict) or not isinstance(codes, dict):
        return {}, {}
    return patterns, codes


_ORIGINAL_COMPILE = _compiler.compile
_installed: StartupCache | None = None


def install(path: Path | str = FILE) -> StartupCache | None:
    """Compile patterns and dataclasses' methods through the cache from now on; save it at exit.

    Nothing is installed on a Python whose re or dataclasses this was not written for.
    """
    global _installed
    if _installed is not None or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return _installed
    cache = StartupCache(Path(path))
    cache.load()
    _compiler.compile = cache.pattern
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]  # found before the builtin by its calls
    atexit.register(cache.save)
    _installed = cache
    return cache


def save() -> None:
    """Save the installed cache now: for a process that ends without its exit handlers (os._exit)."""
    if _installed is not None:
        _installed.save()


def worker_command(command: list) -> list:
    """Return a spawned process's command line (`python … -c PROGRAM …`) installing this process's cache
    first, when it has one: multiprocessing runs no package's __main__ in the processes it spawns."""
    if _installed is None or "-c" not in command:
        return command
    at = command.index("-c") + 1
    first = f"import recbook.startup_cache as c; c.install({str(_installed.path)!r}); "
    return [*command[:at], first + command[at], *command[at + 1:]]
