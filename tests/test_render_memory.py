"""Renders held to the memory available when --jobs is not given (a big book on a laptop, issue 14), and each
to a memory limit (--render-memory: a hostile template filled a worker to ~10 GB)."""

from __future__ import annotations

import os
import subprocess
import sys

from recbook.pipeline import BuildOptions, render_jobs, render_memory
from recbook.render import memory
from recbook.render.memory import (
    default_limit_mib,
    fitting_jobs,
    meminfo_available,
    render_mib,
    tree_resident_mib,
)

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


def test_the_default_memory_limit_never_stops_a_big_book_and_shares_a_laptop():
    # bench/big_book.py: 2,987 MiB for the 2,000-proposal book's largest worker, LibreOffice ~300 MiB beside
    assert default_limit_mib(("pdf", "docx"), 2000, 1, 5632.0) == 5250.0 >= 1.5 * (2987 + 300)
    assert default_limit_mib(("pdf",), 2000, 2, None) == 4650.0  # no LibreOffice to count
    # the sample (45 proposals) on an 8 GiB laptop (5.5 GiB available), four renders: ~1 GiB each
    assert default_limit_mib(("pdf", "docx"), 45, 4, 5632.0) == 1053.0
    assert default_limit_mib(("pdf",), 1, 2, 2048.0) == 1024.0  # never less than a GiB
    assert default_limit_mib(("pdf", "docx"), 45, 2, 24576.0) == 6144.0  # half the plenty, shared


def test_the_build_takes_the_memory_limit_given_else_the_default(monkeypatch):
    monkeypatch.setattr(memory, "available_mib", lambda: 5632.0)
    said: list[str] = []
    assert render_memory(BuildOptions(render_memory=300.0), 2000, 4, said.append) == 300.0
    assert render_memory(BuildOptions(), 45, 4, said.append) == 1053.0
    assert said == []
    monkeypatch.setattr(memory, "tree_resident_mib", lambda pid: None)  # macOS, Windows: no /proc
    assert render_memory(BuildOptions(render_memory=300.0), 2000, 4, said.append) == 300.0
    assert said == ["--render-memory is not enforced on this system (no /proc): only --render-timeout holds a render"]


def test_the_memory_of_a_worker_counts_the_processes_it_started():
    before = tree_resident_mib(os.getpid())
    holder = "import sys; x = b'1' * (64 * 2**20); print('holding', flush=True); sys.stdin.read()"
    child = subprocess.Popen([sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert child.stdout.readline() == b"holding\n"  # 64 MiB written, so resident
        assert child.pid in memory.children(os.getpid())
        assert tree_resident_mib(child.pid) > 64
        assert tree_resident_mib(os.getpid()) - before > 64
    finally:
        child.stdin.close()
        child.wait()
    assert tree_resident_mib(2**22 + 1) is None  # no such process (nor /proc: not Linux)


def test_the_stop_message_never_offers_a_limit_the_option_refuses():
    from recbook.render.jobs import memory_message
    from recbook.render.memory import MOST_MIB

    assert memory_message(300.0).endswith("(a book that needs more: `--render-memory 768`)")
    assert memory_message(600_000.0).endswith(f"(a book that needs more: `--render-memory {MOST_MIB:.0f}`)")
    assert memory_message(MOST_MIB).endswith("the other outputs were still built")  # nothing more to give
    assert memory_message(300.0, others=False) == ("rendering took more than 300 MiB of memory, the limit of "
                                                  "one output, and was stopped (a book that needs more: "
                                                  "`--render-memory 768`)")  # a build of one output


def test_the_time_limit_message_names_the_option_that_gives_more():
    from recbook.render.jobs import LONGEST_TIMEOUT, timeout_message

    assert timeout_message(1.0) == ("rendering took longer than 1 s, the limit of one output, and was stopped; "
                                    "the other outputs were still built (a book that needs longer: "
                                    "`--render-timeout 2`)")
    assert timeout_message(600.0, others=False).endswith("was stopped (a book that needs longer: "
                                                         "`--render-timeout 1200`)")
    assert timeout_message(LONGEST_TIMEOUT).endswith("the other outputs were still built")  # no more to give
