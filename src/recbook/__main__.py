"""`python -m recbook …`: the same commands as `recbook …` (where no script is on PATH, e.g. Windows)."""

from .cli import run

if __name__ == "__main__":
    run()
