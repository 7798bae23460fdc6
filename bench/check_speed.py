"""Time `recbook check` on the sample as a user runs it: a new process each time.

    .venv/bin/python bench/check_speed.py [--runs 9] [--before DIR]

Prints the fastest and the median wall and CPU seconds of `python -m recbook
check` (the first run only writes the bytecode caches and is not counted),
cold (an empty user cache each run: a full check) and warm (nothing changed
since the last check: its findings replayed, see recbook/check_cache.py), and
which heavy libraries a full check imported: none of WeasyPrint, python-docx,
datasketch, numpy or scipy may be among them. Target: ≤ 0.5 s. The machine is
shared and noisy: the fastest run is the one least disturbed by others.

`--before DIR` also times a cold check of earlier code, interleaved with the
others so both see the same load: DIR is a `src` folder, e.g. from
`git archive integ src | tar -x -C /tmp/before` (then DIR is /tmp/before/src).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 0.5
sys.path.insert(0, str(ROOT))  # for bench.timing

from bench.timing import timed  # noqa: E402

HEAVY = ("weasyprint", "docx", "datasketch", "numpy", "scipy", "PIL", "fontTools")


def environment() -> dict[str, str]:
    """Return the environment of a user's shell: bytecode caches written and used."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def one_run(env: dict[str, str]) -> tuple[float, float]:
    """Return (wall, CPU) seconds of one `recbook check` of the sample."""
    return timed([sys.executable, "-m", "recbook", "check", "--project", str(ROOT)], env)


PROBE = """
import atexit, sys
heavy = {heavy!r}
atexit.register(lambda: print("loaded:", *sorted({{m.split(".")[0] for m, v in sys.modules.items()
                                                 if v is not None}} & set(heavy)), file=sys.stderr))
from recbook.cli import main
main(["check", "--project", {root!r}])
"""


def heavy_imports(env: dict[str, str]) -> tuple[list[str], list[tuple[float, str]]]:
    """Return the heavy top-level packages a check leaves loaded, and its slowest imports (ms, module)."""
    code = PROBE.format(heavy=HEAVY, root=str(ROOT))
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], env=env,
                          capture_output=True, text=True)
    rows, loaded = [], []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]) / 1000, parts[2].rstrip()))
        elif line.startswith("loaded:"):
            loaded = line.split()[1:]
    top = sorted((r for r in rows if not r[1].startswith("  ")), reverse=True)[:8]
    return loaded, top


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--before", type=Path, help="a src folder of earlier code: time its cold check too")
    args = parser.parse_args()
    env = environment()
    with tempfile.TemporaryDirectory() as tmp:
        cold = [{**env, "RECBOOK_CACHE_DIR": f"{tmp}/cold-{i}"} for i in range(args.runs + 1)]
        warm = {**env, "RECBOOK_CACHE_DIR": f"{tmp}/warm"}
        one_run(cold[-1])  # writes __pycache__, as a user's first run does
        one_run(warm)  # the check before: it fills the warm cache
        runs: dict[str, list[tuple[float, float]]] = {"cold": [], "warm": []}
        if args.before:
            before = {**env, "PYTHONPATH": str(args.before.resolve())}
            one_run({**before, "RECBOOK_CACHE_DIR": f"{tmp}/before"})  # its __pycache__
            runs["cold, before"] = []
        for i in range(args.runs):  # interleaved: all see the same load
            runs["cold"].append(one_run(cold[i]))
            runs["warm"].append(one_run(warm))
            if args.before:
                runs["cold, before"].append(one_run({**before, "RECBOOK_CACHE_DIR": f"{tmp}/before-{i}"}))
        heavy, top = heavy_imports({**env, "RECBOOK_CACHE_DIR": f"{tmp}/probe"})
    print(f"recbook check, sample (45 proposals), {args.runs} runs each")
    for name, times in runs.items():
        walls, cpus = [w for w, _ in times], [c for _, c in times]
        print(f"  {name}: wall fastest {min(walls):.3f} s, median {statistics.median(walls):.3f} s; "
              f"CPU fastest {min(cpus):.3f} s, median {statistics.median(cpus):.3f} s")
    print(f"  heavy libraries a full (cold) check imported: {', '.join(heavy) or 'none'}")
    print("  its slowest top-level imports (ms, cumulative):")
    for ms, name in top:
        print(f"    {ms:7.1f}  {name.strip()}")
    for name, times in runs.items():
        verdict = "meets" if min(w for w, _ in times) <= TARGET_SECONDS and not heavy else "misses"
        print(f"  {name}: {verdict} the target: ≤ {TARGET_SECONDS} s and no heavy library")


if __name__ == "__main__":
    main()
