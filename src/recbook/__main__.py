"""`python -m recbook …` and the `recbook` script: the same commands (where no script is on PATH, e.g. Windows)."""

import gc

STARTUP_THRESHOLD = 100_000  # allocations between two young collections while the command line is imported


def main() -> None:
    """Import the command line with the cyclic garbage collector held back, then run the command.

    Importing click and recbook's command line makes modules, classes and functions that live as
    long as the process: at Python's usual threshold (700) the collector walked them ~20 times
    (~4 ms of a check's CPU) and freed nothing. What the imports made then joins the oldest
    generation (freeze, then unfreeze), so the usual thresholds, set back, do not start a
    collection of all of it at the next allocation.
    """
    usual = gc.get_threshold()
    gc.set_threshold(STARTUP_THRESHOLD, *usual[1:])
    try:
        from .cli import run
    finally:
        gc.freeze()
        gc.unfreeze()
        gc.set_threshold(*usual)
    run()


if __name__ == "__main__":
    main()
