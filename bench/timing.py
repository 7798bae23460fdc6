"""Time a command the way a user runs it: wall seconds, and CPU seconds of it and its children."""

from __future__ import annotations

import subprocess
import time


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Return (wall, CPU) seconds of a command and every process it waited for."""
    cpu = children_cpu()
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, children_cpu() - cpu


def children_cpu() -> float:
    """Return the CPU seconds of this process's finished children (0 where the OS does not say: Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
