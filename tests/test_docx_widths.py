"""Table column widths: measured in the widest common stand-in for Times New Roman."""

from __future__ import annotations

from pathlib import Path

import pytest

from recbook.render.docx.widths import CELL_PADDING, column_widths, text_width


def test_a_no_break_space_holds_its_words_together() -> None:
    # a total below the longest words: each column gets its longest word's share
    joined = column_widths(["a", "b"], [["x", "Группа\u00a0—\u00a0Устойчивость"]], 1000)
    spaced = column_widths(["a", "b"], [["x", "Группа — Устойчивость"]], 1000)
    assert joined[1] > spaced[1]


def test_russian_provenance_fits_every_how_merged_value_on_one_line() -> None:
    header = ["Предложение", "Рабочая группа", "Язык", "Рекомендация", "Способ объединения", "Голоса"]
    rows = [["G1-01", "G1", "Английский", "1.1", "идентичная формулировка", "17"]]
    widths = column_widths(header, rows, 9355)
    assert widths[4] >= text_width("идентичная формулировка") + CELL_PADDING
    assert widths[3] >= text_width("Рекомендация", True) + CELL_PADDING


def test_the_stand_in_table_matches_the_installed_dejavu_serif() -> None:
    fonts = pytest.importorskip("fontTools")  # noqa: F841 - the generator reads fonts with it
    import docx_standin_metrics

    if not all(Path(p).exists() for p in docx_standin_metrics.FONTS.values()):
        pytest.skip("DejaVu Serif is not installed")
    import json

    stored = json.loads(docx_standin_metrics.TARGET.read_text(encoding="utf-8"))
    assert stored == docx_standin_metrics.table()
