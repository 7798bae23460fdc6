"""Ctrl-C in the `recbook` program: raised once, then what it stops is stopped to the end, and said in one line.

The terminal sends SIGINT to every process of the command: its render workers ignore it and are
stopped by the build (recbook.render.jobs). `timeout -s INT`, or a second Ctrl-C pressed while the
first takes effect, sends it again: a second KeyboardInterrupt, raised while the first unwound, broke
off the stop of the workers or multiprocessing's exit handler with a traceback. So the program
(`install`) raises the first and ignores the rest.

`reported` turns the KeyboardInterrupt of a command into one line saying what it wrote and exit
status 130, instead of click's "Aborted!": the command line (recbook.cli.LazyGroup) runs every
command in it, so each says that line the same way. What was written is what the writes
(recbook.write, recbook.edition) told `recorded`, each file named from the command's project
(`remember_project`), as a command that fails names them (recbook.pipeline.stop_if_failing). The
recording lives here, not in recbook.edition, so that a command that writes nothing (`recbook check`)
does not import the writing modules for it.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from pathlib import Path
from typing import Callable, Iterator

PROJECT = "recbook.project"  # the key of the command's project in its click context's meta (shared by them all)


def install() -> None:
    """Raise the first Ctrl-C of this process as KeyboardInterrupt and ignore the later ones.

    Not where SIGINT is ignored already (a background job started by a shell): it stays ignored.
    """
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _first)
        sys.unraisablehook = _unraisable


def ignore() -> None:
    """Ignore Ctrl-C from now on: the command is over, and Python's teardown has nothing to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _first(signum: int, frame: object) -> None:
    ignore()
    raise KeyboardInterrupt


def _unraisable(unraisable) -> None:
    """Say nothing of a Ctrl-C raised inside a finalizer (a `__del__`, a weakref callback), which drops it
    as Python always has, and let the next one through; print any other exception as Python does."""
    if issubclass(unraisable.exc_type, KeyboardInterrupt):
        signal.signal(signal.SIGINT, _first)
        return
    sys.__unraisablehook__(unraisable)


def remember_project(ctx, param, value: Path | None) -> Path | None:
    """Keep the project a command works in (the click callback of --project, and of init's DIRECTORY).

    The command line's Ctrl-C line is said above the command (recbook.cli.LazyGroup.invoke), whose
    context holds no option of the command: the meta, which every nested context shares, does.
    """
    if value is not None:
        ctx.meta[PROJECT] = value
    return value


@contextlib.contextmanager
def reported(root: Callable[[], Path | None] = lambda: None) -> Iterator[None]:
    """Turn a Ctrl-C in the block into `Interrupted`: "interrupted; nothing was written" or what was.

    `root()`, asked when the Ctrl-C comes (the command's options are read by then), is the folder
    each file is named from (recbook.diagnostics.what_was_written). Also a decorator (`@reported()`):
    each call runs in a block of its own.
    """
    try:
        with recording() as written:
            yield
    except KeyboardInterrupt as stop:
        import traceback

        from .diagnostics import Interrupted

        # What the command was doing when stopped goes now, while what it used is still open, as when
        # it ends: kept (the line's exception holds this one) until Python's last collection, a
        # workbook half saved into a buffer was finalized after its buffer and printed a traceback.
        traceback.clear_frames(stop.__traceback__)
        raise Interrupted(written, root()) from None


_records: list[list] = []  # the open `recording` blocks, each told of every file written in it


@contextlib.contextmanager
def recording() -> Iterator[list]:
    """Collect every path written (committed) while the block runs: what an interrupted command wrote.

    A write records its paths while Ctrl-C is held (recbook.edition.interrupt_held), so none is
    written unrecorded.
    """
    paths: list = []
    _records.append(paths)
    try:
        yield paths
    finally:
        _records.remove(paths)


def recorded(paths: list) -> None:
    """Tell the open `recording` blocks that `paths` were written: files as Paths, a folder made as
    its path and a final separator (a string, recbook.edition.make_folder), as
    recbook.diagnostics.what_was_written names them."""
    for record in _records:
        record.extend(paths)
