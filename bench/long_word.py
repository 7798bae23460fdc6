"""Time the PDF layout of one over-long word, with and without break opportunities.

    .venv/bin/python bench/long_word.py [LENGTHS…]   (default 1000 2000 4000)

Prints seconds per length for the text as written and after
`recbook.render.long_words.break_long_words`: the first grows with the square of
the length, the second linearly. Same process, same run: compare the ratios.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pdf_helpers import context, labelled_book  # noqa: E402
from recbook.model import Text  # noqa: E402
from recbook.render.long_words import break_long_words  # noqa: E402
from recbook.render.pdf import render_pdf  # noqa: E402


def book_with_word(length: int, broken: bool):
    """Return the English test book whose first recommendation holds one `length`-letter word."""
    book = labelled_book("en")
    d = book.directions[0]
    text = "Start " + "x" * length + " end"
    rec = replace(d.recommendations[0], text=Text(break_long_words(text) if broken else text, "en"))
    return replace(book, directions=(replace(d, recommendations=(rec, *d.recommendations[1:])), *book.directions[1:]))


def seconds(length: int, broken: bool, project: Path) -> float:
    started = time.perf_counter()
    render_pdf(book_with_word(length, broken), context(project))
    return time.perf_counter() - started


def main(lengths: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        seconds(10, False, project)  # warm the fonts and caches
        base = seconds(10, False, project)
        print(f"baseline book: {base:.2f} s")
        print("| letters | as written | with break opportunities |\n|---|---|---|")
        for n in lengths:
            print(f"| {n:,} | {seconds(n, False, project) - base:+.2f} s | {seconds(n, True, project) - base:+.2f} s |")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 2000, 4000])
