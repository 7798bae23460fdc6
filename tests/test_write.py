"""The writer: atomic replace, no temp files on failure, bounded retry, one build at a time."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from recbook import write
from recbook.diagnostics import RecbookError, Report
from recbook.project_lock import WRITERS, project_lock


def test_atomic_write_replaces_content_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "book.pdf"
    target.write_bytes(b"old")
    write.atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf"]


def test_failed_write_keeps_previous_file_and_removes_temp(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "book.pdf"
    target.write_bytes(b"previous edition")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        write.atomic_write(target, b"x" * 1000)
    assert target.read_bytes() == b"previous edition"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf"]


def test_interrupt_during_write_leaves_previous_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "book.docx"
    target.write_bytes(b"old")

    def ctrl_c(src, dst) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        write.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["book.docx"]


def windows_error(winerror: int) -> PermissionError:
    """Return the PermissionError Windows' os.replace raises (errno 13, with the Win32 code)."""
    exc = PermissionError(13, "The process cannot access the file")
    exc.winerror = winerror  # only Windows sets it; settable here, so the retry is tested anywhere
    return exc


def test_locked_target_is_retried_then_reported(tmp_path: Path, monkeypatch) -> None:
    calls = []

    def locked(src, dst) -> None:
        calls.append(dst)
        raise windows_error(32)  # ERROR_SHARING_VIOLATION: open in Word or Acrobat

    monkeypatch.setattr(os, "replace", locked)
    monkeypatch.setattr(write, "REPLACE_RETRY_DELAY", 0)
    (tmp_path / "a.pdf").write_bytes(b"old")
    report = Report()
    written = write.write_outputs(tmp_path, {"a.pdf": b"new"}, report)
    assert len(calls) == write.REPLACE_RETRIES  # the file; the manifest is never attempted
    assert written == []
    assert (tmp_path / "a.pdf").read_bytes() == b"old"
    assert not (tmp_path / "manifest.json").exists()
    assert report.errors[0].format() == (
        f"{tmp_path / 'a.pdf'}: error: could not write (a.pdf is open in another program; "
        "close it and build again); nothing was written: the previous outputs and manifest "
        "are unchanged [write.failed]"
    )
    assert report.errors[0].code == "write.failed"


def test_locked_target_that_frees_up_is_written(tmp_path: Path, monkeypatch) -> None:
    real_replace = os.replace
    attempts = []

    def busy_once(src, dst) -> None:
        attempts.append(dst)
        if len(attempts) == 1:
            raise windows_error(32)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", busy_once)
    monkeypatch.setattr(write, "REPLACE_RETRY_DELAY", 0)
    report = Report()
    write.write_outputs(tmp_path, {"a.pdf": b"new"}, report)
    assert (tmp_path / "a.pdf").read_bytes() == b"new"
    assert report.items == []


@pytest.mark.parametrize(("errno_", "reason"), [
    (1, "the system does not permit replacing a.pdf: it is marked immutable or append-only (chattr +i or "
        "+a), or belongs to another user in a folder that forbids it; remove the mark, then try again"),
    (13, "permission denied replacing a.pdf (Permission denied); check the permissions of the file and of {folder}"),
])
def test_a_target_the_system_forbids_replacing_is_named_for_that_not_retried(
        tmp_path: Path, monkeypatch, errno_: int, reason: str) -> None:
    # outside Windows a rename never waits for a reader: "open in another program" sent the user looking
    # for a program when the file was immutable (chattr +i), and waiting changes nothing
    calls = []

    def forbidden(src, dst) -> None:
        calls.append(dst)
        raise PermissionError(errno_, os.strerror(errno_))

    monkeypatch.setattr(os, "replace", forbidden)
    (tmp_path / "a.pdf").write_bytes(b"old")
    report = Report()
    assert write.write_outputs(tmp_path, {"a.pdf": b"new"}, report) == []
    assert len(calls) == 1
    assert [d.format() for d in report.errors] == [
        f"{tmp_path / 'a.pdf'}: error: could not write ({reason.format(folder=tmp_path)}); nothing was "
        "written: the previous outputs and manifest are unchanged [write.failed]"]
    assert (tmp_path / "a.pdf").read_bytes() == b"old"


def test_a_read_only_target_on_windows_is_named_read_only(tmp_path: Path, monkeypatch) -> None:
    def denied(src, dst) -> None:
        raise windows_error(5)  # ERROR_ACCESS_DENIED: open elsewhere, or read-only

    monkeypatch.setattr(os, "replace", denied)
    monkeypatch.setattr(write, "REPLACE_RETRY_DELAY", 0)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    (tmp_path / "a.pdf").write_bytes(b"old")
    report = Report()
    write.write_outputs(tmp_path, {"a.pdf": b"new"}, report)
    assert "(a.pdf is read-only; clear Read-only in its Properties, then try again)" in report.errors[0].message


def test_a_read_only_target_is_refused_on_every_system(tmp_path: Path) -> None:
    # QA qa3 m11: POSIX renames over a chmod 444 file, and the build replaced it silently, its mode
    # reset to 0644, where Windows refuses it: refused everywhere, as root too (the mode is read, not access)
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    report = Report()
    assert write.write_outputs(tmp_path, {"a.pdf": b"new"}, report) == []
    assert [d.format() for d in report.errors] == [
        f"{target}: error: could not write (a.pdf is read-only; make it writable (chmod u+w a.pdf), then try "
        "again); nothing was written: the previous outputs and manifest are unchanged [write.failed]"]
    assert target.read_bytes() == b"old" and target.stat().st_mode & 0o777 == 0o444
    assert write.replace_problem(target) == "a.pdf is read-only; make it writable (chmod u+w a.pdf), then try again"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]  # no temp file left behind


def test_the_probe_finds_a_file_windows_holds_open_and_leaves_it_as_it_was(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    stamp = target.stat().st_mtime_ns
    assert write.replace_problem(target) is None and write.replace_problem(tmp_path / "none.pdf") is None
    assert target.read_bytes() == b"old" and target.stat().st_mtime_ns == stamp  # opened, never written
    real_open, opened = os.open, []

    def held(path, flags, *args):
        if Path(path) == target:
            opened.append(flags)
            raise PermissionError(13, "Permission denied")  # Word holds it: sharing violation
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", held)
    monkeypatch.setattr(write, "REPLACE_RETRY_DELAY", 0)
    # elsewhere EACCES is another user's file, which a rename replaces all the same
    assert write.replace_problem(target) is None
    monkeypatch.setattr(write, "_ON_WINDOWS", True)
    opened.clear()
    assert write.replace_problem(target) == "a.docx is open in another program; close it and build again"
    assert len(opened) == write.REPLACE_RETRIES  # retried as the rename is


def test_an_immutable_output_is_reported_as_such(tmp_path: Path) -> None:
    # the real case (QA h09): chattr +i on an output, as root on a file system that has the flag
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(target)],
                                                        capture_output=True).returncode:
        pytest.skip("chattr +i needs root and a file system with the immutable flag")
    try:
        report = Report()
        assert write.write_outputs(tmp_path, {"a.pdf": b"new"}, report) == []
        (problem,) = report.errors
        assert str(problem.location) == str(target)
        assert "does not permit replacing a.pdf: it is marked immutable" in problem.message
        assert "open in another program" not in problem.message
        assert target.read_bytes() == b"old"
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]  # no temp file left behind


def test_manifest_lists_files_with_hashes_and_no_time(tmp_path: Path) -> None:
    write.write_outputs(tmp_path, {"b.docx": b"bb", "a.pdf": b"a"}, Report())
    manifest = json.loads((tmp_path / "manifest.json").read_text("utf-8"))
    assert list(manifest["files"]) == ["a.pdf", "b.docx"]
    assert manifest["files"]["a.pdf"] == {
        "sha256": "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb",
        "bytes": 1,
    }
    assert "weasyprint" in manifest["python_packages"]
    assert "time" not in json.dumps(manifest).lower().replace("datetime", "")


def _hold_lock(folder: str, seconds: float, ready) -> None:
    with project_lock(Path(folder)):
        ready.set()
        time.sleep(seconds)


def test_second_build_waits_then_says_build_in_progress(tmp_path: Path, capsys) -> None:
    (tmp_path / "inputs").mkdir()
    ready = multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(str(tmp_path), 3.0, ready))
    holder.start()
    try:
        assert ready.wait(10)
        started = time.monotonic()
        with pytest.raises(RecbookError, match="another recbook command is still writing this project"):
            with project_lock(tmp_path, wait=0.5):
                pass
        assert time.monotonic() - started >= 0.5
        assert capsys.readouterr().err == (f"{tmp_path / 'output'}: another recbook command is writing this "
                                           f"project ({WRITERS}); waiting up to 0.5 s for it\n")
    finally:
        holder.join()
    with project_lock(tmp_path, wait=0.5):  # free again once the first build ends
        pass


def test_partial_build_keeps_unchanged_entries_and_drops_stale_ones(tmp_path: Path) -> None:
    write.write_outputs(tmp_path, {"b.kk.pdf": b"kk", "b.ru.pdf": b"ru", "b.en.pdf": b"en"}, Report())
    (tmp_path / "b.en.pdf").write_bytes(b"edited by hand")  # no longer what the manifest vouched for
    write.write_outputs(tmp_path, {"b.kk.pdf": b"kk2"}, Report())
    files = json.loads((tmp_path / "manifest.json").read_text("utf-8"))["files"]
    assert sorted(files) == ["b.kk.pdf", "b.ru.pdf"]
    assert files["b.kk.pdf"]["bytes"] == 3
