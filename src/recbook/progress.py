"""Progress on stderr: a counter for long stages, and the steps of long commands.

The merge is a pure stage: it takes `terminal` as its progress factory from the
pipeline and never writes anything itself. `Steps` says what `build` and
`dedupe` are doing: one line rewritten in place when stderr is a terminal (no
ANSI codes: a classic Windows console would print them). When it is not, stderr
keeps only diagnostics, which tools parse: `build` then writes its steps as
plain lines, with the seconds since the start, to stdout beside "wrote …".
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

SHOW_FROM = 2_000  # texts; smaller merges finish before anyone looks
EVERY = 1.0  # seconds between redraws


class Progress:
    """Count steps of a long stage and redraw one line at most once a second."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label, self.total, self.done = label, total, 0
        self.stream = stream if stream is not None else sys.stderr
        self._next = time.monotonic() + EVERY
        self.shown = False


    def step(self, n: int = 1) -> None:
        """Count `n` steps; redraw when a second has passed."""
        self.done += n
        if time.monotonic() >= self._next:
            self._next = time.monotonic() + EVERY
            self.stream.write(f"\r{self.label}: {min(self.done, self.total)}/{self.total}")
            self.stream.flush()
            self.shown = True

    def close(self) -> None:
        """Clear the line, so the diagnostics that follow start on a clean one."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def terminal(label: str, total: int) -> Progress | None:
    """Return a Progress if the run is long and stderr is a terminal, else None."""
    isatty = getattr(sys.stderr, "isatty", None)
    return Progress(label, total) if total >= SHOW_FROM and isatty is not None and isatty() else None


class Steps:
    """Report the steps of one command."""

    def __init__(self, stream: TextIO | None = None, log: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.tty = bool(isatty and isatty())
        self.log = log  # where plain lines go when `stream` is no terminal (None: nowhere)
        self.started = time.monotonic()
        self.width = 0  # length of the line now on the terminal

    def say(self, message: str) -> None:
        """Show one step."""
        line = f"[{time.monotonic() - self.started:5.1f} s] {message}"
        if self.tty:
            self.stream.write("\r" + line.ljust(self.width))
            self.width = len(line)
            self.stream.flush()
        elif self.log is not None:
            self.log.write(line + "\n")
            self.log.flush()

    def end(self) -> None:
        """Clear the terminal line, so what follows starts on a clean line."""
        if self.tty and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


class NoSteps(Steps):
    """Steps that show nothing (library callers, tests that compare output)."""

    def say(self, message: str) -> None:
        pass
