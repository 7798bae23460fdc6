"""Run the renders of one build: reuse unchanged outputs, render the rest in parallel, in time.

Renders run in worker processes, at most `jobs` at once, so a machine's cores
are used (WeasyPrint is single-threaded) and a render that runs away — a
10,000-character word, a 5,000-row table — can be stopped at its time limit
without stopping the others (RELIABILITY.md item 17). Workers are spawned, not
forked: no Pango or fontconfig state is shared with the parent.

Workers are started when the build starts (`start_workers`), so they import
WeasyPrint and python-docx (1–2 s) while the parent reads and checks the
project, and each renders one output after another: a build of six outputs
imports them `jobs` times, not six. A render's time limit runs from when its
worker starts it (imports done), so importing a renderer the job does not
need never eats it; a worker that does not start within the limit is stopped
too. A worker stopped at its time limit is replaced by a fresh one.

A render is held to a memory limit the same way (`memory`, MiB; recbook.render.memory says how
the default is chosen): while a worker has a job, this process samples the resident memory of it
and of the processes it started (its LibreOffice) every 0.25 s (its result is taken as it comes),
and stops it over the limit as at its deadline, except that a worker still growing to
half as much again in its grace (one long C call allocating) is killed at once. Linux only: where
there is no /proc nothing is sampled.

A build also tells each worker, when it starts it, what it will render
(`Preparation`: the templates' folders and the languages), so the worker
prepares what the render will need and that depends on no book — compiled
templates, hyphenation dictionaries (recbook.render.warmup) — while it would
otherwise sit idle waiting for the book. A failure there is ignored: the
render does the same work again and reports what fails, as without it.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import importlib
import math
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ..counts import counted
from ..diagnostics import Diagnostic, Location, RecbookError, Report, error
from ..model import LocalizedBook
from .cache import environment_digest, previous_entries, render_key, reusable
from .memory import MOST_MIB, children, tree_resident_mib
from . import LONGEST_TIMEOUT, PREPARERS, RENDERERS, RenderContext
from .font_tools_later import import_later
from .libraries import load_weasyprint_quickly
from .spawn import WorkerProcess

DEFAULT_TIMEOUT = 600.0  # seconds per output
STOP_GRACE = 10.0  # seconds a worker stopped at its deadline has to unwind before it is killed
# seconds between looks at the running renders when none has news: their deadlines and memory. A result,
# or a worker's end, wakes the build at once; looking every 50 ms cost under callgrind (~50× slower)
# ~38 k instructions a look, ~0.15 G of a first build's count and more the more the machine was loaded
POLL = 0.25
MEASURE_EVERY = 0.25  # seconds between samples of a running render's memory

# A render allocates millions of short-lived objects (boxes, styles, PDF objects); at Python's
# default first threshold (700) the cyclic collector runs so often that it takes ~30 % of a PDF
# render. Collecting the youngest generation every 20,000 allocations instead costs 7–12 % less
# CPU for the same output and ~1 MiB more memory (bench/pdf_speed.py, bench/big_book.py; docs/benchmarks.md).
RENDER_GC_THRESHOLDS = (20_000, 10, 10)


@dataclass(frozen=True)
class Job:
    name: str  # output file name, e.g. "almaty-2025.kk.pdf"
    fmt: str
    book: LocalizedBook


@dataclass(frozen=True)
class Preparation:
    """What a build will render, known before its project is checked: for workers to prepare."""

    context: RenderContext
    languages: tuple[str, ...]  # the languages to be built (all the book may be in, if not told)


class Workers:
    """Render processes started ahead of need, each serving one job after another."""

    def __init__(self, formats: tuple[str, ...], count: int, preparation: Preparation | None = None) -> None:
        self.spawn = multiprocessing.get_context("spawn")
        self.specs = tuple(RENDERERS[fmt] for fmt in formats if fmt in RENDERERS)
        self.preparers = tuple(PREPARERS[fmt] for fmt in formats if fmt in PREPARERS)
        self.preparation = preparation
        self.started: list = []  # every worker (process, connection), for `close` to stop those still rendering
        self.idle = [self._start() for _ in range(count)]

    def _start(self):
        parent, child = self.spawn.Pipe()
        process = WorkerProcess(target=_worker, args=(self.specs, child), daemon=True)
        with _ctrl_c_blocked():
            process.start()
            self.started.append((process, parent))  # with the start: a Ctrl+C between them would lose it
        child.close()
        if self.preparation is not None and self.preparers:  # read by the worker once its imports are done
            parent.send(("prepare", self.preparers, self.preparation.context, self.preparation.languages))
        return process, parent

    def take(self):
        """Return an idle worker (process, connection), starting one if none is left."""
        return self.idle.pop(0) if self.idle else self._start()

    def give_back(self, worker) -> None:
        self.idle.append(worker)

    def close(self) -> None:
        """Stop every worker at once: an idle one holds nothing and may still be importing; one still
        rendering (the build was interrupted) stops its LibreOffice as it unwinds, or is killed with it."""
        _stop_workers([process for process, _ in self.started])
        for _, connection in self.started:  # after the stop: a worker told to stop sends nothing, where one
            connection.close()              # finishing its render would send into a closed pipe, and say so
        self.idle, self.started = [], []


@contextlib.contextmanager
def start_workers(formats: tuple[str, ...], jobs: int, preparation: Preparation | None = None) -> Iterator[Workers]:
    """Start `jobs` workers now, to import and prepare while the project is read; stop them at the end."""
    workers = Workers(formats, max(1, jobs), preparation)
    try:
        yield workers
    finally:
        workers.close()


def render_outputs(
    books: list[LocalizedBook], formats: tuple[str, ...], context: RenderContext, output_dir: Path,
    report: Report, *, rebuild: bool = False, jobs: int = 1, timeout: float = DEFAULT_TIMEOUT,
    memory: float | None = None, workers: Workers | None = None, say: Callable[[str], None] | None = None,
    meanwhile: Callable[[], None] | None = None, before: Callable[[list[str]], None] | None = None,
) -> tuple[dict[str, bytes], dict[str, str]]:
    """Return (file name → bytes, file name → render key) for every book in every format.

    `memory` is the MiB a render (its worker and the processes it starts) may hold; None: no limit.

    `say` is told each step (recbook.progress.Steps.say draws it for the command line).
    `meanwhile` is called once, in this process, when a worker has started rendering (not at all
    when every output is reused or none starts): the caller's work that then runs beside the
    renders. It must not raise.
    `before` is called with the names of the outputs to render, before any is rendered (a build
    checks there that it may replace them): it may raise to stop the build.
    """
    files: dict[str, bytes] = {}
    keys: dict[str, str] = {}
    pending: list[Job] = []
    environment = environment_digest(context)
    previous = {} if rebuild else previous_entries(output_dir)
    for book in books:
        for fmt in formats:
            name = f"{book.conference_id}.{book.lang}.{fmt}"
            keys[name] = render_key(book, fmt, environment)
            cached = reusable(previous, output_dir, name, keys[name])
            if cached is not None:
                files[name] = cached
            else:
                pending.append(Job(name, fmt, book))
    if before is not None:
        before([job.name for job in pending])
    say = say or _quiet
    if files:
        say(f"{counted(len(files), 'output')} unchanged since the last build")
    if pending:
        with contextlib.ExitStack() as stack:
            pool = workers or stack.enter_context(start_workers(formats, min(jobs, len(pending))))
            others = len(books) * len(formats) > 1  # a stopped render's message says the others were built
            files.update(_run(pending, context, report, max(1, jobs), _Limits(timeout, memory, others), pool,
                              say, meanwhile))
    return dict(sorted(files.items())), keys


@dataclass(frozen=True)
class _Limits:
    timeout: float  # seconds a render may take, from when its worker starts it
    memory: float | None  # MiB its worker and the processes it started may hold (None: no limit)
    others: bool = True  # the build makes other outputs too (its message on a stopped render says so)


@dataclass
class _Running:
    job: Job
    worker: tuple  # (process, connection)
    deadline: float  # from sending the job; reset when the worker starts it (after its imports)
    cpu: tuple[float, float] | None = None  # the render's CPU seconds: its worker's own, its subprocesses'
    started: bool = False  # the worker has its imports done and renders
    measured: float = 0.0  # when its memory was last sampled (time.monotonic)


def _run(pending: list[Job], context: RenderContext, report: Report, jobs: int, limits: _Limits,
         workers: Workers, say: Callable[[str], None], meanwhile: Callable[[], None] | None) -> dict[str, bytes]:
    """Render `pending` in worker processes, at most `jobs` at a time, each within `limits`; run `meanwhile`."""
    queue, running, done, finished = list(pending), [], {}, 0
    while queue or running:
        while queue and len(running) < jobs:
            job = queue.pop(0)
            worker = workers.take()
            worker[1].send(("render", RENDERERS[job.fmt], job.book, context))
            running.append(_Running(job, worker, time.monotonic() + limits.timeout))
            say(f"rendering {job.name} ({finished} of {len(pending)} done)")
        # not before a worker renders: a worker still importing on a busy machine would wait for the CPU
        if meanwhile is not None and any(item.started for item in running):
            meanwhile()
            meanwhile = None
        # a result or a worker's end looked at as it comes, deadlines and memory every 0.25 s, however many run
        multiprocessing.connection.wait([item.worker[1] for item in running]
                                        + [item.worker[0].sentinel for item in running], POLL)
        still = []
        for item in running:
            over, healthy = _collect(item, limits, done, report)
            if not over:
                still.append(item)
                continue
            finished += 1
            say(f"{'rendered' if item.job.name in done else 'failed'} {item.job.name} "
                f"({finished} of {len(pending)} done{_cpu_note(item.cpu)})")
            if healthy:
                workers.give_back(item.worker)
        running = still
    return done


def _quiet(message: str) -> None:
    """Say nothing (callers that show no progress)."""


def _collect(item: _Running, limits: _Limits, done: dict, report: Report) -> tuple[bool, bool]:
    """Take a finished job's result into `done`; stop a worker past its deadline or over its memory.

    Return (over, healthy): whether the job is over, and whether its worker may take another.
    """
    (process, receiver), job = item.worker, item.job
    if receiver.poll(0):
        try:
            status, payload = receiver.recv()
        except EOFError:
            status, payload = "died", f"the renderer stopped unexpectedly (exit code {_exit_code(process)})"
        if status == "started":  # the render itself gets the whole time limit
            item.deadline, item.started = time.monotonic() + limits.timeout, True
            return False, True
        if status == "ok":
            done[job.name], item.cpu = payload
        else:
            report.add(_render_error(job, payload))
        return True, status != "died"
    if not process.is_alive() and not receiver.poll(0):
        report.add(error(Location(job.name), f"the renderer stopped unexpectedly (exit code {process.exitcode})",
                         f"render.{job.fmt}"))
        return True, False
    if limits.memory is not None and _measure_now(item) and (tree_resident_mib(process.pid) or 0.0) > limits.memory:
        _stop_worker(process, over=lambda: (tree_resident_mib(process.pid) or 0.0) > 1.5 * limits.memory)
        if not _sent_meanwhile(item, done, report):
            report.add(error(Location(job.name), memory_message(limits.memory, limits.others), "render.memory"))
        return True, False
    if time.monotonic() > item.deadline:
        _stop_worker(process)
        if not _sent_meanwhile(item, done, report):
            report.add(error(Location(job.name), timeout_message(limits.timeout, limits.others), "render.timeout"))
        return True, False
    return False, True


def _render_error(job, payload: str | tuple[str, Location | None]) -> Diagnostic:
    """Return a failed render's error: at the output, or at the place in the user's files the worker named
    (a template's line), saying which output it stopped."""
    message, where = payload if isinstance(payload, tuple) else (payload, None)
    if where is None:
        return error(Location(job.name), message, f"render.{job.fmt}")
    return error(where, f"{message} (rendering {job.name})", f"render.{job.fmt}")


def _sent_meanwhile(item: _Running, done: dict, report: Report) -> bool:
    """Take the outcome of a render its worker sent, whole, while it was measured and stopped; False if none.

    A render over the limit, or past its deadline, whose result came between the look for it and the
    stop is over: its book is kept (or its own error reported), and only its worker is replaced.
    """
    receiver, job = item.worker[1], item.job
    with contextlib.suppress(EOFError, OSError):  # stopped while sending: no result
        while receiver.poll(0):
            status, payload = receiver.recv()
            if status == "ok":
                done[job.name], item.cpu = payload
                return True
            if status == "error":
                report.add(_render_error(job, payload))
                return True
    return False


def _measure_now(item: _Running) -> bool:
    """Return whether a render's memory is due to be sampled (every MEASURE_EVERY s, not at every look).

    A sample reads /proc for the worker and its children (~35 µs); at every 50 ms look that is little,
    but the looks multiply when the machine is slow: under callgrind (~50× slower) sampling at each look
    cost a first build ~0.23 G instructions (bench/pdf_instructions.py, build process 5,090 → 4,859 M).
    A render that grows past the limit within the quarter second is stopped at the next sample, and
    killed at once if it is still growing past 1.5 × the limit in its grace (`_stop_worker`)."""
    now = time.monotonic()
    if now - item.measured < MEASURE_EVERY:
        return False
    item.measured = now
    return True


def memory_message(limit: float, others: bool = True) -> str:
    """Return what the build says of a render stopped at `limit` MiB: the limit, and how to raise it.

    `others`: the build makes other outputs, which a stopped render does not stop.
    """
    more = min(256 * -(-2 * limit // 256), MOST_MIB)  # twice as much, in whole quarters of a GiB
    raise_it = f" (a book that needs more: `--render-memory {more:.0f}`)" if more > limit else ""
    return (f"rendering took more than {limit:.0f} MiB of memory, the limit of one output, and was stopped"
            f"{_OTHERS if others else ''}{raise_it}")


def timeout_message(limit: float, others: bool = True) -> str:
    """Return what the build says of a render stopped at its time limit: the limit, and how to raise it."""
    more = min(float(math.ceil(2 * limit)), LONGEST_TIMEOUT)  # twice as long, in whole seconds
    raise_it = f" (a book that needs longer: `--render-timeout {more:.0f}`)" if more > limit else ""
    return (f"rendering took longer than {limit:.0f} s, the limit of one output, and was stopped"
            f"{_OTHERS if others else ''}{raise_it}")


_OTHERS = "; the other outputs were still built"


def _stop_worker(process, over: Callable[[], bool] = lambda: False) -> None:
    """Stop a worker past its deadline: SIGTERM, so it unwinds and stops its LibreOffice (_serve), then
    SIGKILL if it has not left within STOP_GRACE. Python runs a signal handler only between bytecodes:
    a worker deep in one long C call (a hostile template's 100-million-letter string laid out) kept
    running 50 s past a 30 s limit, and the build waited for it.

    `over` is asked every 0.1 s of the grace: once it says so, the worker is killed without waiting
    (one stopped for its memory that is still allocating, in a C call the SIGTERM cannot interrupt)."""
    _stop_workers([process], over)


def _stop_workers(processes: list, over: Callable[[], bool] = lambda: False) -> None:
    """Stop workers as `_stop_worker` stops one, all at once: within one grace, not one after another."""
    for process in processes:
        process.terminate()  # nothing for one already ended
    grace = time.monotonic() + STOP_GRACE
    while (alive := [p for p in processes if p.is_alive()]) and time.monotonic() < grace and not over():
        alive[0].join(0.1)
    for process in processes:
        if process.is_alive():
            _kill_sessions_of(process.pid)  # a LibreOffice it runs in a session of its own would outlive it
            process.kill()
        process.join()


def _kill_sessions_of(pid: int) -> None:
    """Kill the process group of each child of `pid` (Linux: /proc lists them; elsewhere nothing is done).

    docx/paginate.py starts LibreOffice in a session of its own, so a worker's own kill does not reach
    it; a worker that unwinds stops it itself, one killed here cannot.
    """
    for child in children(pid):
        with contextlib.suppress(OSError):
            if os.getpgid(child) == child:  # a session leader: its own group, stopped whole
                os.killpg(child, signal.SIGKILL)


def _cpu_note(cpu: tuple[float, float] | None) -> str:
    """Return what a rendered output cost in CPU, for its progress line (the big-book bench reads it)."""
    if cpu is None:
        return ""
    own, children = cpu
    return f"; CPU {own:.1f} s" + (f" + {children:.1f} s in LibreOffice" if children else "")


def _cpu_seconds() -> tuple[float, float]:
    """Return this process's CPU seconds so far: its own, and its finished subprocesses' (0 on Windows)."""
    times = os.times()
    return times.user + times.system, times.children_user + times.children_system


def _exit_code(process) -> int | None:
    process.join(5)
    return process.exitcode


@contextlib.contextmanager
def _ctrl_c_blocked() -> Iterator[None]:
    """Start workers with SIGINT blocked: they inherit the mask, so a Ctrl+C reaches none of them before
    `_serve` ignores it, and one pressed meanwhile reaches this process once the block ends.

    No resource tracker is started with them (recbook.render.spawn), whose own start unblocked SIGINT.
    No signal masks on Windows: nothing is held."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _worker(specs: tuple[str, ...], connection) -> None:
    """A worker process's body: `_serve`, then leave at once (`_leave`) when it ends as told: the
    build closed the connection, or stopped it (its exit status then 128 + SIGTERM, as before).

    Anything else (an exception `_serve` did not expect) ends the process as multiprocessing does,
    with its traceback."""
    try:
        _serve(specs, connection)
    except SystemExit as stop:
        if not isinstance(stop.code, int):
            raise
        _leave(stop.code)
    _leave(0)


def _leave(code: int) -> None:
    """End the worker with `code` without the interpreter's teardown.

    At its exit Python frees every object the worker holds, module by module — WeasyPrint's,
    fontTools', the renders' caches — only for the operating system to take the memory back
    anyway: under callgrind a worker's teardown took longer than the build's 10 s grace and was
    killed (bench/pdf_instructions.py). What the exit does besides is still done: the exit handlers
    run (multiprocessing's, logging's, weakref.finalize's; recbook.render.pdf's removes WeasyPrint's
    temporary font folders, which their FontConfiguration's finalizer would when a collection freed
    it: the last collection of all the worker held, which this made until session 25, was 0.18 G
    instructions), and the output streams are flushed. A stop that comes meanwhile is ignored: the
    worker is leaving."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def _serve(specs: tuple[str, ...], connection) -> None:
    """Worker body: import the renderers, then prepare or render as told until the connection closes.

    A worker ignores Ctrl+C, which the terminal sends to every process of the build (one process group):
    the build stops its workers itself (Workers.close), as it stops one at its deadline (_collect), by
    SIGTERM. The worker then unwinds instead of vanishing, so a LibreOffice it runs in a session of its
    own (docx/paginate.py) is stopped with it, not left laying out, and leaves quietly: a KeyboardInterrupt,
    or the stop's SystemExit raised inside zipfile, a finalizer or a send to the build, printed each
    worker's traceback under the build's own message.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # blocked at the start; one held is dropped
    signal.signal(signal.SIGTERM, _stop)
    sys.unraisablehook = _unraisable
    try:
        _serve_jobs(specs, connection)
    except BaseException:
        if _stopped:  # whatever the stop's SystemExit became in the call it broke off
            raise SystemExit(_stopped[0]) from None
        raise
    if _stopped:  # the stop's SystemExit was swallowed (an import, a finalizer): leave now, as told
        raise SystemExit(_stopped[0])


def _serve_jobs(specs: tuple[str, ...], connection) -> None:
    # from the imports on: importing WeasyPrint at the usual threshold ran ~160 collections (callgrind: 32 M
    # instructions more than at this one, 1.9 G for the import)
    gc.set_threshold(*RENDER_GC_THRESHOLDS)
    if RENDERERS["pdf"] in specs:
        import_later()  # fontTools' subsetter and instancer, which a render does not call (font_tools_later.py)
        load_weasyprint_quickly()  # ~0.3 s of CPU less than WeasyPrint's own library search (libraries.py)
    for spec in specs:
        with contextlib.suppress(Exception):  # a missing library is reported by the job that needs it
            importlib.import_module(spec.partition(":")[0])
    while not _stopped:
        try:
            kind, *message = connection.recv()
        except (EOFError, OSError):
            return
        if kind == "prepare":
            _prepare(*message)
            continue
        connection.send(("started", None))
        _work(*message, connection)


_stopped: list[int] = []  # the exit status this worker was told to leave with (SIGTERM), once told


def _stop(signum: int, frame: object) -> None:
    """Leave the worker on SIGTERM by an exception, so `finally` and `except BaseException` blocks run;
    multiprocessing ends a process on SystemExit with its code and prints nothing."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # told twice (its deadline, then the build's end): one unwinding
    _stopped.append(128 + signum)
    raise SystemExit(128 + signum)


def _unraisable(unraisable) -> None:
    """Print a finalizer's exception as Python does, but not once the worker is stopped: the stop's
    SystemExit, raised inside a finalizer (WeasyPrint's FontConfiguration.__del__), is only the stop."""
    if not _stopped:
        sys.__unraisablehook__(unraisable)


def _prepare(preparers: tuple[str, ...], context: RenderContext, languages: tuple[str, ...]) -> None:
    """Run each renderer's preparation (recbook.render.PREPARERS), ignoring any failure.

    What fails here fails again in the render, which reports it as a build without preparing would.
    """
    for spec in preparers:
        with contextlib.suppress(Exception):
            module_name, _, attr = spec.partition(":")
            getattr(importlib.import_module(module_name), attr)(context, languages)


def _work(spec: str, book: LocalizedBook, context: RenderContext, sender) -> None:
    """Render one output and send ("ok", (bytes, (own, subprocesses' CPU s))) or ("error", message)."""
    own, children = _cpu_seconds()
    try:
        if spec.endswith(":render_pdf"):
            from .system import require_pdf_libraries

            require_pdf_libraries()
        module_name, _, attr = spec.partition(":")
        data = getattr(importlib.import_module(module_name), attr)(book, context)
        now_own, now_children = _cpu_seconds()
        outcome = ("ok", (data, (now_own - own, now_children - children)))
    except RecbookError as exc:  # with the place in the user's files it names, if any (a template's line)
        outcome = ("error", (exc.format_message(), getattr(exc, "location", None)))
    except Exception as exc:  # a renderer bug must not take the other outputs down
        outcome = ("error", f"internal error while rendering: {type(exc).__name__}: {exc}")
    if _stopped:  # the stop's SystemExit, made another error by the call it broke off (zipfile's close)
        raise SystemExit(_stopped[0])
    sender.send(outcome)
