"""How many renders fit in memory at once, when the user did not say (`recbook build --jobs`).

A PDF render holds the whole laid-out book: `bench/big_book.py` measured its worker at 1,506 MiB
for 1,000 proposals and 2,987 MiB for 2,000 (docs/benchmarks.md), about 1.5 MiB a proposal over
~100 MiB; a DOCX render stays near 400 MiB. Renders run one per CPU by default, and a laptop with
8 GiB and four CPUs would start four 3 GiB renders of a 2,000-proposal book and swap or have them
killed. So the default is also held to what the memory available now can take. Only Linux and
Windows say how much that is without a library; elsewhere the CPU count alone decides.
"""

from __future__ import annotations

import os
from pathlib import Path

PDF_BASE_MIB, PDF_PER_PROPOSAL_MIB = 100.0, 1.5  # bench/big_book.py, the largest worker
DOCX_BASE_MIB, DOCX_PER_PROPOSAL_MIB = 300.0, 0.05
MEMINFO = Path("/proc/meminfo")


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
