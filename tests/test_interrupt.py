"""Ctrl-C during a real `recbook build`: one line, exit status 130, the previous edition untouched, no process left.

The terminal sends SIGINT to the whole foreground process group: the build, its render workers and
(but for its own session) their LibreOffice. Each build here runs in a session of its own and gets
SIGINT the same way, with os.killpg, at a moment read from its progress lines, not after a fixed sleep.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from docx_lo import require

DATA = Path(__file__).resolve().parent / "data" / "inputs" / "minimal"
MARKER = "RECBOOK_INTERRUPT_TEST"  # in the build's environment, so every process it started can be found
PATIENCE = 120.0  # seconds for any one step on a loaded machine; a passing run takes a few
PREVIOUS = {"demo-2025.kk.pdf": b"previous kk pdf", "demo-2025.kk.docx": b"previous kk docx",
            "manifest.json": b'{"files": {}}\n'}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    import shutil

    project = tmp_path / "p"
    shutil.copytree(DATA, project)
    output = project / "output"
    output.mkdir()
    for name, data in PREVIOUS.items():  # not what this build makes: a build that wrote anything changes them
        (output / name).write_bytes(data)
    return project


def snapshot(folder: Path) -> dict[str, bytes]:
    """Return every file under `folder` (hidden ones too, so a temp file left shows) but the build lock."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".recbook.lock"}


def processes_of(marker: str) -> list[str]:
    """Return 'pid name' of every live process whose environment holds `marker` (zombies are over)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if not entry.name.isdigit() or f"{MARKER}={marker}".encode() not in (entry / "environ").read_bytes():
                continue
            status = (entry / "status").read_text()
        except OSError:  # gone meanwhile, or not ours
            continue
        if "State:\tZ" not in status:
            found.append(f"{entry.name} {status.splitlines()[0].split()[-1]}")
    return found


class Build:
    """`recbook build` in a session of its own, its progress lines (stdout) read as they come."""

    def __init__(self, project: Path) -> None:
        self.marker = uuid.uuid4().hex
        env = {**os.environ, MARKER: self.marker, "PYTHONPATH": os.pathsep.join(sys.path)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "recbook", "build", "--project", str(project), "--lang", "kk", "--rebuild",
             "--jobs", "2"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.append(self.process.stderr.read()), daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def wait_for_line(self, text: str) -> None:
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            line = self.lines.get(timeout=deadline - time.monotonic())
            assert line is not None, f"the build ended before saying {text!r}"
            if text in line:
                return
        pytest.fail(f"no {text!r} within {PATIENCE:.0f} s")

    def wait_for_process(self, name: str) -> None:
        deadline = time.monotonic() + PATIENCE
        while not any(p.endswith(f" {name}") for p in processes_of(self.marker)):
            assert self.process.poll() is None, f"the build ended before it ran {name}"
            assert time.monotonic() < deadline, f"no {name} within {PATIENCE:.0f} s"
            time.sleep(0.02)

    def interrupt(self, again_after: float | None = None) -> tuple[int, str]:
        """Press Ctrl-C (and again `again_after` s later): SIGINT to every process of the build's group;
        return its exit status and stderr."""
        os.killpg(self.process.pid, signal.SIGINT)
        if again_after is not None:
            time.sleep(again_after)
            with contextlib.suppress(ProcessLookupError):  # already over
                os.killpg(self.process.pid, signal.SIGINT)
        try:
            code = self.process.wait(timeout=PATIENCE)
        finally:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while not self.stderr and time.monotonic() < deadline:
            time.sleep(0.01)
        return code, "".join(self.stderr)

    def leftovers(self) -> list[str]:
        """Return the processes the build started that still run, after a few seconds to end in."""
        deadline = time.monotonic() + 5
        while (left := processes_of(self.marker)) and time.monotonic() < deadline:
            time.sleep(0.05)
        return left


def _assert_interrupted_quietly(build: Build, project: Path, before: dict[str, bytes],
                                again_after: float | None = None) -> None:
    code, err = build.interrupt(again_after)
    left = build.leftovers()
    for process in left:  # a failing test leaves nothing running either
        os.kill(int(process.split()[0]), signal.SIGKILL)
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert err.splitlines()[-1:] == ["interrupted; nothing was written"], err
    assert code == 130, err
    assert snapshot(project / "output") == before
    assert left == []


def test_ctrl_c_while_the_project_is_checked_and_the_workers_start(project) -> None:
    before = snapshot(project / "output")
    build = Build(project)
    build.wait_for_line("checking the project")  # the workers are being spawned and import their renderers
    _assert_interrupted_quietly(build, project, before)


@pytest.mark.parametrize("again_after", [None, 0.1], ids=["once", "twice"])
def test_ctrl_c_while_the_workers_render_and_libreoffice_lays_out(project, again_after) -> None:
    # twice: an impatient second Ctrl-C, or `timeout -s INT`, which signals the build and then its group,
    # lands while the first stops the workers: it broke that off with a traceback
    require("soffice")
    before = snapshot(project / "output")
    build = Build(project)
    build.wait_for_line("rendering demo-2025.kk.docx")
    build.wait_for_process("soffice.bin")  # the DOCX's page layout, in a session of its own
    _assert_interrupted_quietly(build, project, before, again_after)


def test_ctrl_c_as_the_first_render_starts(project) -> None:
    before = snapshot(project / "output")
    build = Build(project)
    build.wait_for_line("rendering demo-2025.kk.pdf")
    _assert_interrupted_quietly(build, project, before)


_LOST_IN_A_FINALIZER = """
import os, signal, time
from recbook import interrupt

interrupt.install()

class Finalized:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.5)  # the KeyboardInterrupt is raised in here, and Python drops it

Finalized()
print("went on", flush=True)
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(30)
except KeyboardInterrupt:
    print("the next Ctrl-C was raised", flush=True)
"""


def test_a_ctrl_c_lost_in_a_finalizer_prints_nothing_and_the_next_one_is_raised() -> None:
    # the program ignores every Ctrl-C after the first: had the first been dropped in a finalizer (as Python
    # drops any exception there, printing "Exception ignored in"), the build could not be interrupted at all
    done = subprocess.run([sys.executable, "-c", _LOST_IN_A_FINALIZER], capture_output=True, text=True,
                          timeout=PATIENCE, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert (done.stdout, done.stderr) == ("went on\nthe next Ctrl-C was raised\n", "")
