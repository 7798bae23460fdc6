"""Storing LibreOffice's page numbers: when one layout is enough, and when another is needed."""

from __future__ import annotations

from recbook.render.docx import _same_lines
from recbook.render.docx.paginate import _alone

SHOWN = {"_Toc00001": "00", "_Toc00002": "00", "_Toc00003": "00"}


def test_entries_are_matched_in_order_and_a_number_alone_on_its_line_is_noted():
    lines = ["Contents", "Foreword.............00", "1.1 Make the state social order more flexible and",
             "faster", "..................00", "2.2 Make councils more open 00", "Page 2 of 30"]
    assert _alone(lines, SHOWN) == {"_Toc00002"}


def test_when_entries_cannot_all_be_found_every_one_counts_as_alone():
    assert _alone(["Foreword.....00", "Summary"], SHOWN) == set(SHOWN)


def test_a_narrower_number_beside_its_text_keeps_the_lines_but_not_one_alone_or_wider():
    assert _same_lines("00", "17", alone=True)
    assert _same_lines("00", "7", alone=False)
    assert not _same_lines("00", "7", alone=True)  # it may now fit beside the entry's text
    assert not _same_lines("00", "107", alone=False)
