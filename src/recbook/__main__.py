"""`python -m recbook …` and the `recbook` script: the same commands (where no script is on PATH, e.g. Windows)."""

import gc
import sys

from . import startup_cache

# first: the build's process and its render workers (which run this module first, as
# multiprocessing's "spawn" does) then read their patterns and dataclasses' methods compiled
startup_cache.install()

STARTUP_THRESHOLD = 100_000  # allocations between two young collections while the command line is imported


def main() -> None:
    """Import the command line with the cyclic garbage collector held back, then run the command.

    Importing click and recbook's command line makes modules, classes and functions that live as
    long as the process: at Python's usual threshold (700) the collector walked them ~20 times
    (~4 ms of a check's CPU) and freed nothing. What the imports made then joins the oldest
    generation (freeze, then unfreeze), so the usual thresholds, set back, do not start a
    collection of all of it at the next allocation.

    Ctrl-C is the program's own from here (recbook.interrupt): one pressed while the command line
    loads, or before click reads it, is the one line a command says, not a traceback.
    """
    try:
        from . import interrupt  # here, not above: a Ctrl-C while it loads is said as one too

        interrupt.install()
        usual = gc.get_threshold()
        gc.set_threshold(STARTUP_THRESHOLD, *usual[1:])
        try:
            from .cli import run
        finally:
            gc.freeze()
            gc.unfreeze()
            gc.set_threshold(*usual)
        run()
    except KeyboardInterrupt:
        _interrupted()


def _interrupted() -> None:
    """Say "interrupted; nothing was written" and end with 130: no command ran (it says so itself)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the next Ctrl-C would only break this off
    from .diagnostics import Interrupted

    stop = Interrupted()
    stop.show()
    sys.exit(stop.exit_code)


if __name__ == "__main__":
    main()
