"""Render workers: started ahead of need, each renders one output after another, replaced when stopped.

A render is stopped at its deadline when the test moves the build's clock past it (`deadline_passes_when`),
once the render is in the step the test stops: a short real time limit also counts the worker's imports
(the deadline runs from when the job is sent), so on a busy machine it ran out while a worker still
imported, and the render the test meant to stop had not begun, or one meant to finish was stopped
(QA s21: 'en' only, 'ru' stopped too). A process the test waits to see end is waited for, not given
a fixed half second; and the renders that must be stopped would run ten minutes, not one, so a bound
on the time a test takes tells a stop from a render that ran to its end with room to spare.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from book_factory import make_book

from recbook import render
from recbook.diagnostics import Report
from recbook.render import RenderContext
from recbook.render.jobs import render_outputs, start_workers


def pid_render(book, context) -> bytes:
    return f"{book.lang}:{os.getpid()}".encode()


LONG = 600  # seconds a render the test stops would take (LONG / 2 bounds the test: see the module's doc)


def reached() -> None:
    """Say (a file) that kk's render is in the step the test stops it in."""
    Path(os.environ["RECBOOK_TEST_FLAG"]).write_text("in it")


def slow_kk_render(book, context) -> bytes:
    if book.lang == "kk":
        reached()
        time.sleep(LONG)
    return pid_render(book, context)


def _render(tmp_path: Path, monkeypatch, spec: str, jobs: int, workers=None, timeout: float = LONG, **limits):
    monkeypatch.setitem(render.RENDERERS, "pdf", f"{__name__}:{spec}")
    books = [make_book(lang) for lang in ("kk", "ru", "en")]
    report = Report()
    files, _ = render_outputs(books, ("pdf",), RenderContext(tmp_path, (), ()), tmp_path, report,
                              rebuild=True, jobs=jobs, timeout=timeout, workers=workers, **limits)
    return {name.split(".")[-2]: data.decode().split(":")[1] for name, data in files.items()}, report


def test_one_worker_renders_every_output_in_turn(tmp_path: Path, monkeypatch) -> None:
    pids, report = _render(tmp_path, monkeypatch, "pid_render", jobs=1)
    assert sorted(pids) == ["en", "kk", "ru"] and not report.items
    assert len(set(pids.values())) == 1 and str(os.getpid()) not in pids.values()


def test_workers_started_early_take_the_jobs(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(render.RENDERERS, "pdf", f"{__name__}:pid_render")
    with start_workers(("pdf",), 2) as workers:
        early = {str(process.pid) for process, _ in workers.idle}
        pids, _ = _render(tmp_path, monkeypatch, "pid_render", jobs=2, workers=workers)
        assert set(pids.values()) <= early
    assert workers.idle == []


class _Clock:
    """The time module as recbook.render.jobs sees it: the real one, but a test may move it on."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def monotonic(self) -> float:
        return time.monotonic() + self.ahead

    def __getattr__(self, name: str):
        return getattr(time, name)


def deadline_passes_when(monkeypatch, ready) -> list[bool]:
    """Move the build's clock past kk's deadline once its render has started and `ready()` says it is in
    its step; return a list that then holds True. Every other render keeps its whole time limit.

    The build looks for each render's result, then samples its memory (`_measure_now`, asked only when a
    memory limit is given: the tests give one no render reaches), then compares its deadline; this look
    replaces the sample.
    """
    from recbook.render import jobs

    clock = _Clock()
    monkeypatch.setattr(jobs, "time", clock)
    passed: list[bool] = []

    def due(item) -> bool:
        if item.job.book.lang == "kk" and item.started and not passed and ready():
            clock.ahead += item.deadline - clock.monotonic() + 1.0
            passed.append(True)
        return False  # no sample: the deadline is what is tried

    monkeypatch.setattr(jobs, "_measure_now", due)
    return passed


def _stopped_in_step(tmp_path: Path, monkeypatch, spec: str, **limits):
    """Render kk, ru and en, kk's deadline passing once its render says it is in its step (`reached`)."""
    flag = tmp_path / "flag"
    monkeypatch.setenv("RECBOOK_TEST_FLAG", str(flag))
    passed = deadline_passes_when(monkeypatch, flag.exists)
    pids, report = _render(tmp_path, monkeypatch, spec, jobs=1, memory=100_000.0, **limits)
    assert passed, "kk's deadline never passed"
    return pids, report


def test_a_stopped_worker_is_replaced_and_the_others_still_render(tmp_path: Path, monkeypatch) -> None:
    pids, report = _stopped_in_step(tmp_path, monkeypatch, "slow_kk_render")
    assert sorted(pids) == ["en", "ru"]
    assert [d.code for d in report.items] == ["render.timeout"]


def deaf_kk_render(book, context) -> bytes:
    """Render kk as a worker stuck in one long C call does: deaf to SIGTERM for a minute."""
    if book.lang == "kk":
        import signal

        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
        reached()
        time.sleep(LONG)
    return pid_render(book, context)


def test_a_worker_deaf_to_its_stop_is_killed_after_a_grace(tmp_path: Path, monkeypatch) -> None:
    # a hostile template's huge string kept its worker in C code 50 s past the limit; the build waited
    from recbook.render import jobs

    monkeypatch.setattr(jobs, "STOP_GRACE", 2.0)
    began = time.monotonic()
    pids, report = _stopped_in_step(tmp_path, monkeypatch, "deaf_kk_render")
    assert sorted(pids) == ["en", "ru"] and [d.code for d in report.items] == ["render.timeout"]
    assert time.monotonic() - began < LONG / 2  # not the ten minutes kk would have taken


def test_meanwhile_runs_once_in_this_process_while_the_workers_render(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(render.RENDERERS, "pdf", f"{__name__}:pid_render")
    calls = []
    books = [make_book(lang) for lang in ("kk", "ru", "en")]
    files, _ = render_outputs(books, ("pdf",), RenderContext(tmp_path, (), ()), tmp_path, Report(),
                              rebuild=True, jobs=1, meanwhile=lambda: calls.append(len(calls)))
    assert calls == [0] and len(files) == 3


def office_kk_render(book, context) -> bytes:
    """Lay out with a LibreOffice that never finishes (kk only), as a big book on a slow machine does."""
    if book.lang == "kk":
        from recbook.render.docx.paginate import _run

        _run([os.environ["RECBOOK_TEST_OFFICE"]], 600)
    return pid_render(book, context)


def fake_office(tmp_path: Path, monkeypatch) -> Path:
    """Make the LibreOffice kk's render runs: it starts the real office, says its pid and waits, as
    LibreOffice's launcher does; return the file the pid is said in.

    The pid is said only once the worker reads the office's output (a megabyte: the pipe holds 64 KiB),
    i.e. once it waits for the office in `communicate`, where a stop stops the office too. Said as soon
    as the office started, the stop could land while the worker was still in `Popen` (the office had run
    before it returned, on a busy machine), where nothing stops it (a defect of paginate._run left open).
    """
    office, said = tmp_path / "soffice", tmp_path / "office.pid"
    office.write_text(f"#!/bin/sh\nsleep {LONG} &\necho $! > {said}.tmp\nhead -c 1000000 /dev/zero\n"
                      f"mv {said}.tmp {said}\nwait\n")
    office.chmod(0o755)
    monkeypatch.setenv("RECBOOK_TEST_OFFICE", str(office))
    return said


def _office_stopped(tmp_path: Path, monkeypatch, spec: str):
    """Render with kk's LibreOffice running when its deadline passes; return the report and its pid."""
    said = fake_office(tmp_path, monkeypatch)
    passed = deadline_passes_when(monkeypatch, said.exists)  # the office runs: stop kk now
    pids, report = _render(tmp_path, monkeypatch, spec, jobs=1, memory=100_000.0)
    assert passed, "kk's deadline never passed"
    assert sorted(pids) == ["en", "ru"] and [d.code for d in report.items] == ["render.timeout"]
    return int(said.read_text())


def assert_ends(pid: int) -> None:
    """Wait for `pid` to end (or be a zombie: ended, not yet reaped); fail if it lives on LONG / 2 s.

    Killed before the build moved on, it ends when the kernel next runs it, which on a busy machine may
    be more than the half second the test gave it. Alive at the bound, it is killed here (no process
    left to the next test).
    """
    status, until = Path(f"/proc/{pid}/status"), time.monotonic() + LONG / 2
    while time.monotonic() < until:
        try:
            if "State:\tZ" in status.read_text():
                return
        except FileNotFoundError:
            return
        time.sleep(0.05)
    os.kill(pid, 9)
    pytest.fail(f"the office's process {pid} was still running {LONG / 2:.0f} s after its render was stopped")


def test_a_worker_stopped_at_its_deadline_stops_its_libreoffice_too(tmp_path: Path, monkeypatch) -> None:
    assert_ends(_office_stopped(tmp_path, monkeypatch, "office_kk_render"))  # the worker's last step


_WORKER = """
import multiprocessing
from recbook.render import jobs
class Waiting:  # says when the worker waits for work, its signal handlers in place
    def __init__(self, connection):
        self.connection = connection
    def recv(self):
        print("ready", flush=True)
        return self.connection.recv()
here, there = multiprocessing.Pipe()
jobs._serve((), Waiting(there))
"""


def test_a_worker_ignores_ctrl_c_and_leaves_quietly_when_the_build_stops_it() -> None:
    # the terminal's Ctrl+C reaches every process of the build: each worker printed a KeyboardInterrupt
    # traceback ("Process SpawnProcess-1: …") under the build's own message, or, unwinding on it while
    # the build stopped it too, tracebacks from wherever the second stop landed; the build stops them
    import signal
    import subprocess
    import sys

    worker = subprocess.Popen([sys.executable, "-c", _WORKER], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        assert worker.stdout.readline().strip() == "ready"
        worker.send_signal(signal.SIGINT)  # handled before the SIGTERM when both are pending (lower number)
        worker.send_signal(signal.SIGTERM)
        _, err = worker.communicate(timeout=60)
    finally:
        worker.kill()
    assert (worker.returncode, err) == (128 + signal.SIGTERM, "")


def zip_kk_render(book, context) -> bytes:
    """Write kk's DOCX-like zip until stopped: the stop's SystemExit, raised in a write, makes zipfile's
    close raise ValueError (its part is still open), which a render reports as its own error."""
    if book.lang == "kk":
        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(), "w", zipfile.ZIP_DEFLATED) as archive:
            part = archive.open("word/document.xml", "w")
            reached()
            while True:
                part.write(b"<w:p/>" * 10_000)
    return pid_render(book, context)


class _SlowFinalizer:
    def __del__(self) -> None:
        reached()
        time.sleep(LONG)  # stopped in here, the stop's SystemExit is "ignored" by Python and the render goes on


def finalizer_kk_render(book, context) -> bytes:
    """Render kk with a finalizer that runs past the time limit, as WeasyPrint's FontConfiguration.__del__
    does when a stop lands in it."""
    if book.lang == "kk":
        _SlowFinalizer()
    return pid_render(book, context)


@pytest.mark.parametrize("spec", ["zip_kk_render", "finalizer_kk_render"])
def test_a_worker_stopped_inside_a_call_that_swallows_the_stop_leaves_quietly_at_once(
        tmp_path: Path, monkeypatch, capfd, spec) -> None:
    # the stop became zipfile's ValueError, sent as the render's error, or "Exception ignored in … SystemExit"
    # from a finalizer, and the render went on: the worker printed tracebacks and stayed until killed
    from recbook.render import jobs

    monkeypatch.setattr(jobs, "STOP_GRACE", float(LONG))
    monkeypatch.setitem(render.RENDERERS, "pdf", f"{__name__}:{spec}")
    flag = tmp_path / "flag"
    monkeypatch.setenv("RECBOOK_TEST_FLAG", str(flag))
    passed = deadline_passes_when(monkeypatch, flag.exists)  # stopped inside the call, not while importing
    report = Report()
    began = time.monotonic()
    files, _ = render_outputs([make_book("kk")], ("pdf",), RenderContext(tmp_path, (), ()), tmp_path, report,
                              rebuild=True, jobs=1, timeout=LONG, memory=100_000.0)
    assert passed and files == {} and [d.code for d in report.items] == ["render.timeout"], report.items
    assert time.monotonic() - began < LONG / 2  # left on the stop, not killed after the grace
    err = capfd.readouterr().err  # the workers write to this process's stderr
    assert "Traceback" not in err and "Exception ignored" not in err, err


def deaf_office_kk_render(book, context) -> bytes:
    """Lay out kk with a LibreOffice that never finishes, in a worker deaf to SIGTERM."""
    if book.lang == "kk":
        import signal

        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    return office_kk_render(book, context)


def test_a_worker_killed_after_its_grace_takes_its_libreoffice_with_it(tmp_path: Path, monkeypatch) -> None:
    # SIGKILL skips the unwinding that stops LibreOffice (in its own session): it ran on, laying out
    from recbook.render import jobs

    monkeypatch.setattr(jobs, "STOP_GRACE", 2.0)
    assert_ends(_office_stopped(tmp_path, monkeypatch, "deaf_office_kk_render"))


def hungry_kk_render(book, context) -> bytes:
    """Render kk as a hostile template does: 16 MiB more every 10 ms, up to 640 MiB, then held."""
    if book.lang == "kk":
        held = []
        for _ in range(40):
            held.append(b"\1" * (16 * 2**20))  # written, so resident at once (a zeroed buffer may not be)
            time.sleep(0.01)
        time.sleep(LONG)
    return pid_render(book, context)


@pytest.mark.parametrize("jobs", [1, 3])
def test_a_render_over_its_memory_limit_is_stopped_and_the_others_still_render(tmp_path: Path, monkeypatch,
                                                                                jobs: int) -> None:
    # a hostile project template took a worker to ~10 GB before its time limit ended it
    began = time.monotonic()
    pids, report = _render(tmp_path, monkeypatch, "hungry_kk_render", jobs=jobs, memory=300.0)
    assert sorted(pids) == ["en", "ru"]
    assert [(d.location.path, d.code) for d in report.items] == [("almaty-2025.kk.pdf", "render.memory")]
    assert report.items[0].message == (
        "rendering took more than 300 MiB of memory, the limit of one output, and was stopped; the other "
        "outputs were still built (a book that needs more: `--render-memory 768`)")
    assert time.monotonic() - began < LONG / 2  # not the ten minutes kk would have taken


def deaf_hungry_kk_render(book, context) -> bytes:
    """Render kk as one long C call allocating does: deaf to SIGTERM while its memory grows."""
    if book.lang == "kk":
        import signal

        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    return hungry_kk_render(book, context)


def test_a_worker_still_growing_past_its_memory_limit_is_killed_without_its_grace(tmp_path: Path,
                                                                                   monkeypatch) -> None:
    from recbook.render import jobs

    monkeypatch.setattr(jobs, "STOP_GRACE", float(LONG))
    began = time.monotonic()
    pids, report = _render(tmp_path, monkeypatch, "deaf_hungry_kk_render", jobs=1, memory=200.0)
    assert sorted(pids) == ["en", "ru"] and [d.code for d in report.items] == ["render.memory"]
    assert time.monotonic() - began < LONG / 2  # killed at 300 MiB, not after the ten minutes' grace


def flagged_kk_render(book, context) -> bytes:
    """Render kk, saying (a file) just before its result is sent, so the build measures it then."""
    if book.lang == "kk":
        Path(os.environ["RECBOOK_TEST_FLAG"]).write_text("done")
        time.sleep(0.3)
    return pid_render(book, context)


def test_a_result_sent_while_its_worker_is_measured_is_kept(tmp_path: Path, monkeypatch) -> None:
    # the build looks for a result, then samples the worker's memory: a worker whose resident memory is
    # over the limit when its finished render's result arrives in between was stopped and its book lost
    from recbook.render import jobs

    flag = tmp_path / "flag"
    monkeypatch.setenv("RECBOOK_TEST_FLAG", str(flag))

    peaks = [10_000.0]  # kk's render's peak, still resident when its result is sent; once

    def measured(pid: int) -> float:
        if not flag.exists() or not peaks:
            return 10.0
        time.sleep(1.0)  # meanwhile the worker sends its result
        return peaks.pop()

    monkeypatch.setattr(jobs, "tree_resident_mib", measured)
    pids, report = _render(tmp_path, monkeypatch, "flagged_kk_render", jobs=1, memory=300.0)
    assert sorted(pids) == ["en", "kk", "ru"] and report.items == []


def held_kk_render(book, context) -> bytes:
    """Render kk, then say so (a file) and send its result only once the test lets it (another file)."""
    if book.lang == "kk":
        flag = Path(os.environ["RECBOOK_TEST_FLAG"])
        flag.write_text("done")
        waited = time.monotonic() + 120
        while not flag.with_suffix(".go").exists() and time.monotonic() < waited:
            time.sleep(0.01)
    return pid_render(book, context)


def test_a_result_sent_as_its_deadline_passes_is_kept(tmp_path: Path, monkeypatch) -> None:
    # the build looks for a result, then at the deadline: a render whose result arrives in between,
    # just as its time runs out, was stopped and its finished book lost (as a memory stop was).
    # The deadline passes when the test moves the build's clock on, not by waiting for a short time
    # limit: on a busy machine a 2 s limit ran out while a worker still imported, before kk rendered.
    from recbook.render import jobs

    flag = tmp_path / "flag"
    monkeypatch.setenv("RECBOOK_TEST_FLAG", str(flag))
    clock = _Clock()
    monkeypatch.setattr(jobs, "time", clock)
    passed = []

    def due(item) -> bool:  # the look between the two: kk's render sends its result, its time runs out
        if item.started and flag.exists() and not passed:  # kk renders: it sends its result next
            flag.with_suffix(".go").write_text("send")
            assert item.worker[1].poll(120), "kk's result never came"  # it is there, not yet taken
            clock.ahead += item.deadline - clock.monotonic() + 1.0
            passed.append(True)
        return False

    monkeypatch.setattr(jobs, "_measure_now", due)
    pids, report = _render(tmp_path, monkeypatch, "held_kk_render", jobs=1, memory=100_000.0)
    assert passed and sorted(pids) == ["en", "kk", "ru"] and report.items == []


_CHILDREN = """
import sys
from recbook.render.jobs import start_workers
from recbook.render.memory import children
import os
with start_workers(("pdf",), 1) as workers:
    pids = children(os.getpid())
    print(len(pids), sum(1 for pid in pids if b"resource_tracker" in open(f"/proc/{pid}/cmdline", "rb").read()))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="children are listed from /proc")
def test_a_worker_is_started_without_a_resource_tracker_process() -> None:
    # multiprocessing's spawn started its resource tracker with the first worker: one more interpreter
    # (its start and imports) that a first build paid for nothing, as no worker makes a semaphore
    import subprocess
    import sys

    shown = subprocess.run([sys.executable, "-c", _CHILDREN], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == ["1", "0"]  # the worker alone


class _Marks:
    """Writes `name` into the folder when it is finalized: at a collection, or at the interpreter's teardown."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = folder, name

    def __del__(self) -> None:
        (self.folder / self.name).write_text("", "utf-8")


_KEPT: list = []


def marking_render(book, context) -> bytes:
    """Leave what a worker's exit must still finish, and what only the interpreter's teardown would."""
    import atexit
    import gc

    from recbook.render import pdf
    from weasyprint.text.fonts import FontConfiguration

    gc.disable()  # the cycle stays garbage until the worker leaves
    fonts = FontConfiguration()  # as render.pdf makes one, its temporary font folder made
    pdf._FONT_CONFIGURATIONS.add(fonts)
    fonts._folder = context.project / "font-folder"
    fonts._folder.mkdir(exist_ok=True)  # one for the three books this worker renders
    fonts.me = fonts  # cyclic garbage, as a render's FontConfiguration may be
    del fonts
    atexit.register((context.project / "exit-handler-ran").write_text, "", "utf-8")
    _KEPT.append(_Marks(context.project, "teardown-ran"))  # freed only with the module, at teardown
    return pid_render(book, context)


def test_a_worker_leaves_without_the_interpreters_teardown_but_runs_what_its_exit_must(tmp_path: Path,
                                                                                       monkeypatch) -> None:
    # a worker's teardown freed WeasyPrint's and the renders' objects one by one for the OS to take back
    # (killed after the build's grace under callgrind); exit handlers still run, WeasyPrint's temporary font
    # folders removed even when their FontConfiguration is cyclic garbage
    pids, report = _render(tmp_path, monkeypatch, "marking_render", jobs=1)
    assert sorted(pids) == ["en", "kk", "ru"] and not report.items
    assert not (tmp_path / "font-folder").exists() and (tmp_path / "exit-handler-ran").exists()
    assert not (tmp_path / "teardown-ran").exists()
