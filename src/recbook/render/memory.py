"""How many renders fit in memory at once, when the user did not say (`recbook build --jobs`).

A PDF render holds the whole laid-out book: `bench/big_book.py` measured its worker at 1,506 MiB
for 1,000 proposals and 2,987 MiB for 2,000 (docs/benchmarks.md), about 1.5 MiB a proposal over
~100 MiB; a DOCX render stays near 400 MiB. Renders run one per CPU by default, and a laptop with
8 GiB and four CPUs would start four 3 GiB renders of a 2,000-proposal book and swap or have them
killed. So the default is also held to what the memory available now can take. Only Linux and
Windows say how much that is without a library; elsewhere the CPU count alone decides.

Each render is also held to a memory limit (`recbook build --render-memory`): a project's own
templates may come from anyone, and one that builds a huge string took a worker to ~10 GB before its
time limit ended it. The build process samples the resident memory of each rendering worker and of
the processes it started (its LibreOffice) from /proc (`tree_resident_mib`), and stops a worker
over its limit (recbook.render.jobs). By default the limit is the larger of 1.5 × what the render is
expected to take (the estimate above, plus LibreOffice's ~300 MiB for a DOCX; never less than
1 GiB) and half the memory available at the start shared among the renders running at once: a
2,000-proposal book (2,987 MiB measured) gets 5,250 MiB, and an 8 GiB laptop's four renders of
the sample ~1 GiB each. Only Linux has /proc: elsewhere nothing is sampled and only the time limit
holds.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PDF_BASE_MIB, PDF_PER_PROPOSAL_MIB = 100.0, 1.5  # bench/big_book.py, the largest worker
DOCX_BASE_MIB, DOCX_PER_PROPOSAL_MIB = 300.0, 0.05
# a DOCX render's LibreOffice layouts, its own processes: soffice.bin peaked at 208 MiB (+79, +3 for
# the others of its session) for the sample, 236 MiB (+55, +3) for 400 proposals (bench/big_book.py)
MOST_MIB = 1024.0**2  # the largest limit `--render-memory` takes (1 TiB)
OFFICE_MIB = 400.0
LIMIT_MARGIN = 1.5  # a render may take this many times its estimate: books of longer texts, more pages
LIMIT_FLOOR_MIB = 1024.0  # the least default limit: a worker with WeasyPrint imported holds ~150–290 MiB
MEMINFO = Path("/proc/meminfo")
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def render_mib(fmt: str, proposals: int) -> float:
    """Return the peak memory one render of a book of `proposals` is expected to take, in MiB."""
    if fmt == "pdf":
        return PDF_BASE_MIB + PDF_PER_PROPOSAL_MIB * proposals
    return DOCX_BASE_MIB + DOCX_PER_PROPOSAL_MIB * proposals


def heaviest_mib(formats: tuple[str, ...], proposals: int) -> float:
    """Return the peak memory of the heaviest of `formats`' renders, in MiB: each render is counted so."""
    return max(render_mib(fmt, proposals) for fmt in formats)


def fitting_jobs(jobs: int, formats: tuple[str, ...], proposals: int, available_mib: float | None) -> int:
    """Return how many of `jobs` renders may run at once in `available_mib`."""
    if available_mib is None:
        return jobs
    return max(1, min(jobs, int(available_mib // heaviest_mib(formats, proposals))))


def default_limit_mib(formats: tuple[str, ...], proposals: int, jobs: int, available: float | None) -> float:
    """Return the memory one render may take when the user did not say (`--render-memory`), in MiB.

    Never less than LIMIT_MARGIN × what the heaviest render of the book and its LibreOffice are
    expected to take, so a legitimate book is never stopped; more when half the memory `available`
    at the start, shared among `jobs` renders, is more.
    """
    expected = heaviest_mib(formats, proposals) + (OFFICE_MIB if "docx" in formats else 0.0)
    share = available / (2 * max(1, jobs)) if available is not None else 0.0
    return float(round(max(LIMIT_FLOOR_MIB, LIMIT_MARGIN * expected, share)))


def children(pid: int) -> list[int]:
    """Return the pids of the processes `pid` started that still run (Linux: /proc; elsewhere none)."""
    found = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):
                found += [int(child) for child in (task / "children").read_text().split()]
    return found


def tree_resident_mib(pid: int) -> float | None:
    """Return the resident memory of `pid` and every process below it, in MiB (None without /proc).

    A worker's LibreOffice runs in a session of its own but is still its child, so it is counted.
    """
    total, todo, seen = 0, [pid], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            if current == pid:
                return None  # no /proc (macOS, Windows), or the worker is gone
            continue  # a child that ended meanwhile
        todo += children(current)
    return total * PAGE_BYTES / 2**20


def available_mib() -> float | None:
    """Return the memory the system can give new work now (MemAvailable; Windows: available physical)."""
    if os.name == "nt":
        return _windows_available()
    try:
        return meminfo_available(MEMINFO.read_text("ascii", errors="replace"))
    except OSError:
        return None  # macOS and others: no /proc


def meminfo_available(meminfo: str) -> float | None:
    """Return MemAvailable of a /proc/meminfo text in MiB (None if the kernel does not give it)."""
    for line in meminfo.splitlines():
        name, _, value = line.partition(":")
        kilobytes = value.split()[:1]
        if name == "MemAvailable" and kilobytes and kilobytes[0].isdigit():
            return int(kilobytes[0]) / 1024
    return None


def _windows_available() -> float | None:
    """Return the available physical memory in MiB (GlobalMemoryStatusEx), or None."""
    import ctypes

    class Status(ctypes.Structure):
        _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong)] + [
            (name, ctypes.c_ulonglong) for name in ("total", "available", "total_page", "available_page",
                                                    "total_virtual", "available_virtual", "extended")]

    status = Status()
    status.length = ctypes.sizeof(Status)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
        return None
    return status.available / 1024**2
