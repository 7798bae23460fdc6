"""Ctrl-C in the `recbook` program: raised once, then what it stops is stopped to the end, and said in one line.

The terminal sends SIGINT to every process of the command: its render workers ignore it and are
stopped by the build (recbook.render.jobs). `timeout -s INT`, or a second Ctrl-C pressed while the
first takes effect, sends it again: a second KeyboardInterrupt, raised while the first unwound, broke
off the stop of the workers or multiprocessing's exit handler with a traceback. So the program
(`install`) raises the first and ignores the rest.

`reported` turns the KeyboardInterrupt of a command that writes an edition into one line saying
what was written (recbook.edition records it) and exit status 130, instead of click's "Aborted!".
Such a command (build, release) is decorated with it, so each says that line the same way.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from typing import Iterator


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


@contextlib.contextmanager
def reported() -> Iterator[None]:
    """Turn a Ctrl-C in the block into `Interrupted`: "interrupted; nothing was written" or what was.

    Also a decorator (`@reported()` on a command's function): each call runs in a block of its own.
    A Ctrl-C while it imports what records the writes (a command's first ~50 ms) is that line too.
    """
    written: list = []  # nothing, until the recording starts
    try:
        from .edition import recording

        with recording() as written:
            yield
    except KeyboardInterrupt:
        from .diagnostics import Interrupted

        raise Interrupted(written) from None
