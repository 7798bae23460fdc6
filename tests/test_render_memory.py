"""Renders held to the memory available when --jobs is not given (a big book on a laptop, issue 14)."""

from __future__ import annotations

from recbook.pipeline import BuildOptions, render_jobs
from recbook.render import memory
from recbook.render.memory import fitting_jobs, meminfo_available, render_mib

MEMINFO = "MemTotal:       16303660 kB\nMemFree:          812344 kB\nMemAvailable:    7340032 kB\n"


def test_memavailable_is_read_from_proc_meminfo_in_mib():
    assert meminfo_available(MEMINFO) == 7168.0
    assert meminfo_available("MemTotal: 1 kB\n") is None  # a kernel before 3.14: the CPU count decides


def test_a_big_book_runs_as_many_pdf_renders_as_memory_holds():
    pdf_2000 = render_mib("pdf", 2000)
    assert 2900 <= pdf_2000 <= 3200  # bench/big_book.py: 2,987 MiB
    assert fitting_jobs(4, ("pdf", "docx"), 2000, 7168.0) == 2
    assert fitting_jobs(4, ("pdf",), 2000, 1000.0) == 1  # never none
    assert fitting_jobs(4, ("pdf", "docx"), 34, 7168.0) == 4  # the sample: the CPUs decide
    assert fitting_jobs(4, ("pdf",), 2000, None) == 4  # unknown memory: the CPUs decide


def test_the_build_says_when_memory_holds_it_to_fewer_renders(monkeypatch):
    monkeypatch.setattr(memory, "available_mib", lambda: 4096.0)
    monkeypatch.setattr("recbook.pipeline.CPUS", 8)
    said: list[str] = []
    assert render_jobs(BuildOptions(), 2000, said.append) == 1
    assert said == ["rendering 1 at a time: each may take ~3.0 GiB of the 4.0 GiB free (--jobs N to choose)"]
    said.clear()
    assert render_jobs(BuildOptions(jobs=3), 2000, said.append) == 3 and said == []  # --jobs as given
    assert render_jobs(BuildOptions(), 30, said.append) == 8 and said == []
