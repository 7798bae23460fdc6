"""Storing LibreOffice's page numbers: when one layout is enough, and when another is needed."""

from __future__ import annotations

import io
import os
import re
import zipfile

import pytest

from book_factory import make_book
from docx_parts import context

from recbook.render.docx import _same_lines, render_docx
from recbook.render.docx.paginate import _alone, _room, without_comments

SHOWN = {"_Toc00001": "00", "_Toc00002": "00", "_Toc00003": "00"}


def test_entries_are_matched_in_order_and_a_number_alone_on_its_line_is_noted():
    lines = ["Contents", "Foreword.............00", "1.1 Make the state social order more flexible and",
             "faster", "..................00", "2.2 Make councils more open 00", "Page 2 of 30"]
    assert _alone(lines, SHOWN) == {"_Toc00002"}


def test_a_title_that_runs_up_to_its_number_is_found_with_no_room_before_it():
    lines = ["Foreword.....00", "1.1 A title that fills its line to the number00", "2.2 Make councils more open 00"]
    assert _alone(lines, SHOWN) == set()
    assert _room(lines, SHOWN) == {"_Toc00001": 5, "_Toc00002": 0, "_Toc00003": 0}


def test_when_entries_cannot_all_be_found_every_one_counts_as_alone():
    assert _alone(["Foreword.....00", "Summary"], SHOWN) == set(SHOWN)


def test_a_narrower_number_beside_its_text_keeps_the_lines_but_not_one_alone_or_wider():
    assert _same_lines("00", "17", alone=True)
    assert _same_lines("00", "7", alone=False)
    assert not _same_lines("00", "7", alone=True)  # it may now fit beside the entry's text
    assert not _same_lines("00", "107", alone=False)


def test_a_wider_number_keeps_the_lines_only_where_the_leader_before_it_can_give_up_its_width():
    assert _same_lines("00", "107", alone=False, room=7)  # 3 dots a digit, 4 that may be the title's "…"
    assert not _same_lines("00", "107", alone=False, room=6)
    assert _same_lines("00", "1075", alone=True, room=10)  # alone on its line, with the leader's dots before it
    assert not _same_lines("00", "1075", alone=False, room=9)



def test_the_layout_copy_has_no_comment_anchors_and_the_same_text_and_parts():
    data = render_docx(make_book("en", draft=True), context())  # its fallbacks carry "not yet translated" notes
    copy = without_comments(data)
    original, stripped = _part(data, "word/document.xml"), _part(copy, "word/document.xml")
    assert b"commentReference" in original and b"commentRangeStart" in original
    assert b"comment" not in stripped
    assert _text(stripped) == _text(original)
    with zipfile.ZipFile(io.BytesIO(data)) as before, zipfile.ZipFile(io.BytesIO(copy)) as after:
        assert before.namelist() == after.namelist()
        assert all(before.read(n) == after.read(n) for n in before.namelist() if n != "word/document.xml")


def test_a_docx_without_comments_is_laid_out_as_it_is():
    data = render_docx(make_book("en", draft=False), context())
    assert without_comments(data) is data


def _part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def _text(xml: bytes) -> str:
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml.decode()))


@pytest.mark.skipif(os.name != "posix", reason="LibreOffice gets a session of its own on POSIX only")
def test_a_stop_arriving_as_libreoffice_starts_stops_it_too(monkeypatch, tmp_path) -> None:
    # the worker's SIGTERM raises SystemExit where it lands; landing just after the office started and
    # before the `try` that stops it, it left the office running in its own session
    import signal
    import subprocess
    import threading
    import time

    from recbook.render.docx import paginate

    started: list[subprocess.Popen] = []
    real = subprocess.Popen

    def popen_then_stopped(*args, **kwargs):
        started.append(real(["sleep", "60"], start_new_session=True))
        # as the build does at a deadline, to the render worker, whose only thread is its main one; here to
        # this thread: xdist's worker has a second one, which a process-wide kill may reach instead, and
        # Python then raises the stop in this thread wherever it is, held or not (a flaky failure in s23)
        signal.pthread_kill(threading.main_thread().ident, signal.SIGTERM)
        return started[-1]

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    monkeypatch.setattr(paginate.subprocess, "Popen", popen_then_stopped)
    try:
        with pytest.raises(SystemExit):
            paginate._run(["soffice", "--headless"], render_timeout=60)
    finally:
        signal.signal(signal.SIGTERM, previous)
    time.sleep(0.1)
    left = [p for p in started if p.poll() is None]
    for process in left:
        process.kill()
        process.wait()
    assert started and not left, "the office was left running"
