"""The user cache writes each entry whole or not at all, into folders it makes once per process."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

from recbook import user_cache


def test_an_entry_is_written_whole_and_no_part_is_left(tmp_path):
    path = tmp_path / "a" / "b" / "entry.pickle"
    user_cache.store(path, b"first")
    user_cache.store(path, b"second \r\n bytes")  # replaced, byte for byte (no newline translation)
    assert path.read_bytes() == b"second \r\n bytes"
    assert [p.name for p in path.parent.iterdir()] == ["entry.pickle"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_entry_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "entry.pickle"
    user_cache.store(path, b"data")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_folder_removed_between_two_entries_is_made_again(tmp_path):
    folder = tmp_path / "cache" / "files"
    user_cache.store(folder / "one.pickle", b"1")
    shutil.rmtree(tmp_path / "cache")
    user_cache.store(folder / "two.pickle", b"2")  # the folder was made by this process: not kept
    user_cache.store(folder / "two.pickle", b"2")  # ... but it is made again for the next one
    assert (folder / "two.pickle").read_bytes() == b"2"


def test_an_unwritable_folder_costs_only_the_entry(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    user_cache.store(blocker / "entry.pickle", b"data")  # no exception, nothing written
    assert blocker.read_text() == "not a folder"


def test_two_writers_never_share_a_temporary_file(tmp_path, monkeypatch):
    taken = []
    real_open = os.open

    def recording_open(path, flags, mode=0o777):
        taken.append(Path(path).name)
        return real_open(path, flags, mode)

    monkeypatch.setattr(user_cache.os, "open", recording_open)
    for _ in range(3):
        user_cache.store(tmp_path / "entry.pickle", b"data")
    assert len(set(taken)) == 3 and all(name.startswith(f".part-{os.getpid()}-") for name in taken)


@pytest.mark.parametrize("platform, variable, expected", [
    ("win32", ("LOCALAPPDATA", "C:/Users/a/AppData/Local"), "C:/Users/a/AppData/Local/recbook/Cache"),
    ("linux", ("XDG_CACHE_HOME", "/home/a/.cache"), "/home/a/.cache/recbook"),
])
def test_user_cache_dir_follows_the_platform(monkeypatch, platform, variable, expected):
    monkeypatch.delenv("RECBOOK_CACHE_DIR", raising=False)
    monkeypatch.setattr("sys.platform", platform)
    monkeypatch.setenv(*variable)
    assert user_cache.user_cache_dir().as_posix() == expected
