"""`python -m recbook …`: the same commands as `recbook …` (where no script is on PATH, e.g. Windows)."""

from .cli import main

if __name__ == "__main__":
    main(prog_name="recbook")
