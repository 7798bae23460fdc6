"""Run the renders of one build: reuse unchanged outputs, render the rest in parallel, in time.

Each render runs in its own worker process, at most `jobs` at once, so a
machine's cores are used (WeasyPrint is single-threaded) and a render that runs
away — a 10,000-character word, a 5,000-row table — can be stopped at its time
limit without stopping the others (RELIABILITY.md item 17). Workers are
spawned, not forked: no Pango or fontconfig state is shared with the parent.
"""

from __future__ import annotations

import importlib
import multiprocessing
import time
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Location, RecbookError, Report, error
from ..model import LocalizedBook
from .cache import environment_digest, previous_entries, render_key, reusable
from . import RENDERERS, RenderContext

DEFAULT_TIMEOUT = 600.0  # seconds per output


@dataclass(frozen=True)
class Job:
    name: str  # output file name, e.g. "almaty-2025.kk.pdf"
    fmt: str
    book: LocalizedBook


def render_outputs(
    books: list[LocalizedBook], formats: tuple[str, ...], context: RenderContext, output_dir: Path,
    report: Report, *, rebuild: bool = False, jobs: int = 1, timeout: float = DEFAULT_TIMEOUT,
) -> tuple[dict[str, bytes], dict[str, str]]:
    """Return (file name → bytes, file name → render key) for every book in every format."""
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
    files.update(_run(pending, context, report, max(1, jobs), timeout))
    return dict(sorted(files.items())), keys


def _run(pending: list[Job], context: RenderContext, report: Report, jobs: int, timeout: float) -> dict[str, bytes]:
    """Render `pending` in worker processes, at most `jobs` at a time, each within `timeout`."""
    spawn = multiprocessing.get_context("spawn")
    queue, running, done = list(pending), [], {}
    while queue or running:
        while queue and len(running) < jobs:
            job = queue.pop(0)
            receiver, sender = spawn.Pipe(duplex=False)
            worker = spawn.Process(target=_work, args=(RENDERERS[job.fmt], job.book, context, sender), daemon=True)
            worker.start()
            sender.close()
            running.append((job, worker, receiver, time.monotonic() + timeout))
        running = [r for r in running if not _collect(*r, timeout, done, report)]
    return done


def _collect(job: Job, worker, receiver, deadline: float, timeout: float, done: dict, report: Report) -> bool:
    """Take a finished worker's result into `done`; stop it past its deadline. True when over."""
    if receiver.poll(0.05):
        try:
            status, payload = receiver.recv()
        except EOFError:  # the worker died without a word: join first, so its exit code is known
            worker.join()
            status, payload = "error", f"the renderer stopped unexpectedly (exit code {worker.exitcode})"
        worker.join()
        if status == "ok":
            done[job.name] = payload
        else:
            report.add(error(Location(job.name), payload, f"render.{job.fmt}"))
        return True
    if not worker.is_alive() and not receiver.poll(0):
        report.add(error(Location(job.name), f"the renderer stopped unexpectedly (exit code {worker.exitcode})",
                         f"render.{job.fmt}"))
        return True
    if time.monotonic() > deadline:
        worker.terminate()
        worker.join()
        report.add(error(Location(job.name), f"rendering took longer than {timeout:.0f} s and was stopped; "
                         "the other outputs were still built", "render.timeout"))
        return True
    return False


def _work(spec: str, book: LocalizedBook, context: RenderContext, sender) -> None:
    """Worker body: render one output and send ("ok", bytes) or ("error", message)."""
    try:
        if spec.endswith(":render_pdf"):
            from .system import require_pdf_libraries

            require_pdf_libraries()
        module_name, _, attr = spec.partition(":")
        sender.send(("ok", getattr(importlib.import_module(module_name), attr)(book, context)))
    except RecbookError as exc:
        sender.send(("error", exc.format_message()))
    except Exception as exc:  # a renderer bug must not take the other outputs down
        sender.send(("error", f"internal error while rendering: {type(exc).__name__}: {exc}"))
    finally:
        sender.close()

