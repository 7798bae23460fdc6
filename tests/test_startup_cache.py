"""recbook.startup_cache: patterns and dataclasses' methods made from kept code are the ones Python
makes; a damaged, foreign or unwritable file changes nothing but the time; the build and its render
worker both read and write it."""

from __future__ import annotations

import dataclasses
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Optional

import pytest

from recbook import startup_cache
from recbook.startup_cache import STAMP, StartupCache

PATTERNS = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(\d\d))?", 0),
    (r"[^\W\d_]+(?<!ъ)-(?=[^\W\d_])", re.IGNORECASE),
    (r"\b(более|больше|свыше)(?= \d)", 0),
    (r"[\u0400-\u04ff\U00010000-\U0010ffff]", 0),
    (r"^\s*#.*$", re.MULTILINE | re.VERBOSE),
    (rb"\x00+(?P<tail>[^\x00]*)", 0),
    (r"(a)|(?P<b>b)|(?i:c)", re.ASCII),
]


@pytest.fixture(autouse=True)
def bytecode_written(monkeypatch) -> None:
    """Saving follows PYTHONDONTWRITEBYTECODE, which a test run may have set."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def original(pattern, flags=0) -> re.Pattern:
    return startup_cache._ORIGINAL_COMPILE(pattern, flags)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_kept_code_is_the_one_re_compiles(tmp_path: Path, pattern, flags) -> None:
    first = StartupCache(tmp_path / "startup.marshal")
    made = first.pattern(pattern, flags)
    first.save()
    again = StartupCache(tmp_path / "startup.marshal")
    again.load()
    kept = again.pattern(pattern, flags)
    assert not again.added  # made from the file, not compiled
    # Pattern equality: the same pattern text, flags and regex engine code
    assert made == kept == original(pattern, flags)
    assert (kept.groups, dict(kept.groupindex), kept.flags) == (made.groups, dict(made.groupindex), made.flags)
    sample = "2025-09-26 Алматы-қала #x ab C" if isinstance(pattern, str) else b"\x00\x00tail"
    assert [m.group(0) for m in kept.finditer(sample)] == [m.group(0) for m in made.finditer(sample)]


def test_a_pattern_re_refuses_is_refused_the_same_and_nothing_is_kept(tmp_path: Path) -> None:
    cache = StartupCache(tmp_path / "startup.marshal")
    with pytest.raises(re.error, match="missing \\), unterminated subpattern"):
        cache.pattern("(ab", 0)
    assert cache.patterns == {} and not cache.added


def test_a_dataclass_made_from_kept_methods_behaves_as_python_makes_it(tmp_path: Path, monkeypatch) -> None:
    def define(cache: StartupCache):
        monkeypatch.setattr(dataclasses, "exec", cache.exec, raising=False)
        try:
            @dataclasses.dataclass(frozen=True, order=True)
            class Proposal:
                id: str
                title: str = ""
                groups: tuple[str, ...] = ()
                score: Optional[float] = None  # noqa: UP007
            return Proposal
        finally:
            monkeypatch.delattr(dataclasses, "exec")

    first = StartupCache(tmp_path / "startup.marshal")
    made = define(first)
    assert first.added and first.codes
    first.save()
    again = StartupCache(tmp_path / "startup.marshal")
    again.load()
    kept = define(again)
    assert not again.added  # every method from the file
    for source, code in again.codes.items():  # what exec would compile, under dataclasses' (no) future flags
        assert code == compile(source, "<string>", "exec", dont_inherit=True)
    # evaluated annotations, not this test module's `from __future__ import annotations` strings
    assert kept.__init__.__annotations__ == {"id": "str", "title": "str", "groups": "tuple[str, ...]",
                                             "score": "Optional[float]", "return": None}
    a, b = kept("G1-01", "Гранты", ("G1",)), kept("G1-02")
    assert repr(a).endswith(".Proposal(id='G1-01', title='Гранты', groups=('G1',), score=None)")
    same = kept("G1-01", "Гранты", ("G1",))
    assert a == same and a < b and hash(a) == hash(same)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.title = "x"
    assert repr(made("G1-01", "Гранты", ("G1",))) == repr(a)


def test_the_generated_init_sees_the_annotations_as_python_evaluates_them(tmp_path: Path, monkeypatch) -> None:
    # the class body's annotations are this module's strings; what the generated __init__'s own
    # annotation dictionary holds is decided by how its text is compiled: compiled here with this
    # module's future flags, `_type_id` names would come back as strings, not the types themselves
    cache = StartupCache(tmp_path / "startup.marshal")
    cache.exec("def f(x: int) -> str: pass\n", namespace := {})
    assert namespace["f"].__annotations__ == {"x": int, "return": str}


def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "startup.marshal"
    for content in (b"", b"\x00garbage", marshal.dumps((("another", 1), {}, {})),
                    marshal.dumps(((*STAMP[:-1], "3.99"), {("x", 0): (0, [], 0, {}, ())}, {}))):
        path.write_bytes(content)
        cache = StartupCache(path)
        cache.load()
        assert (cache.patterns, cache.codes) == ({}, {})
        assert cache.pattern("a+b", 0) == original("a+b")


def test_nothing_is_written_without_anything_new_under_dont_write_bytecode_or_where_it_cannot_be(
        tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "cache" / "startup.marshal"
    cache = StartupCache(path)
    cache.save()
    assert not path.exists()  # nothing added
    cache.pattern("x+", 0)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache.save()
    assert not path.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cache.save()
    assert StartupCache(path).pattern("x+", 0) and marshal.loads(path.read_bytes())[0] == STAMP
    blocked = StartupCache(tmp_path / "a-file" / "startup.marshal")  # its folder cannot be made
    (tmp_path / "a-file").write_text("not a folder")
    blocked.pattern("x+", 0)
    blocked.save()  # says nothing: compiled again next time, as bytecode is
    assert (tmp_path / "a-file").read_text() == "not a folder"
    assert os.listdir(tmp_path / "cache") == ["startup.marshal"]  # no partial file left


def test_saving_keeps_what_another_process_wrote_and_forgets_the_unused_past_the_limit(tmp_path: Path,
                                                                                         monkeypatch) -> None:
    path = tmp_path / "startup.marshal"
    other = StartupCache(path)
    other.pattern("other", 0)
    other.save()
    mine = StartupCache(path)  # started before the other wrote: it did not read "other"
    mine.pattern("mine", 0)
    mine.save()
    both = StartupCache(path)
    both.load()
    assert set(both.patterns) == {("other", 0), ("mine", 0)}
    monkeypatch.setattr(startup_cache, "LIMIT", 2)
    both.pattern("third", 0)  # three kept: only what this process used is written
    both.save()
    last = StartupCache(path)
    last.load()
    assert set(last.patterns) == {("third", 0)}


def test_a_spawned_worker_installs_the_parents_cache_first(tmp_path: Path, monkeypatch) -> None:
    command = ["python", "-B", "-c", "from multiprocessing.spawn import spawn_main; spawn_main(pipe_handle=5)",
               "--multiprocessing-fork"]
    monkeypatch.setattr(startup_cache, "_installed", None)
    assert startup_cache.worker_command(command) == command  # a library user's process: left alone
    monkeypatch.setattr(startup_cache, "_installed", StartupCache(tmp_path / "x.marshal"))
    changed = startup_cache.worker_command(command)
    assert changed[:3] == command[:3] and changed[4:] == command[4:]
    assert changed[3] == (f"import recbook.startup_cache as c; c.install({str(tmp_path / 'x.marshal')!r}); "
                          + command[3])
    compile(changed[3], "<command line>", "exec")  # valid Python


def test_importing_recbook_leaves_re_and_dataclasses_alone() -> None:
    code = ("import re, re._compiler, dataclasses, recbook.cli, recbook.pipeline, recbook.render.jobs;"
            "print(re._compiler.compile.__module__, 'exec' in vars(dataclasses))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["re._compiler", "False"]


@pytest.mark.slow
def test_a_build_and_its_render_worker_both_keep_what_they_compiled(tmp_path: Path) -> None:
    from conftest import copy_sample_project

    project = copy_sample_project(tmp_path / "project")
    worker_only = ("[\t ]*\n[\t ]*", 0)  # WeasyPrint's own pattern (formatting_structure/text.py)
    if startup_cache.FILE.exists():  # an earlier build wrote it: taken out, to be written again
        stamp, patterns, codes = marshal.loads(startup_cache.FILE.read_bytes())
        patterns.pop(worker_only, None)
        startup_cache.FILE.write_bytes(marshal.dumps((stamp, patterns, codes)))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    done = subprocess.run([sys.executable, "-m", "recbook", "build", "--project", str(project), "--lang", "en",
                           "--format", "pdf", "--rebuild"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    cache = StartupCache()
    cache.load()
    assert worker_only in cache.patterns  # compiled in the render worker only
    # recbook's: the book the build hands its worker, and a pattern of its typography
    assert any("def __init__(" in text and "source_date_epoch" in text for text in cache.codes)
    assert any(pattern.startswith("(?:[•◦▪▫") for pattern, _ in cache.patterns if isinstance(pattern, str))
