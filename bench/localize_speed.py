"""Time localizing the sample's three books (typography included), in process, after one warm-up.

    .venv/bin/python bench/localize_speed.py [--runs 5] [--before DIR]

Reads and merges the sample once, localizes the three books once (Babel's locale
data loads then), and prints the fastest of `--runs` further rounds, each with
the typography's string cache emptied: what a cold `recbook check` spends
localizing, without its imports. `--before DIR` runs the same in a child process
on earlier code (DIR is a `src` folder, e.g. from `git archive integ src | tar
-x -C /tmp/before`), rounds interleaved so both see the same load.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys, time
from pathlib import Path
from recbook.diagnostics import Report
from recbook.pipeline import gather
from recbook.localize import localize, typography
gathered = gather(Path(sys.argv[1]), Report())
def one_round():
    getattr(typography.typeset, "cache_clear", lambda: None)()
    started = time.perf_counter()
    for lang in gathered.inputs.conference.languages:
        localize(gathered.inputs, gathered.merged, gathered.catalogs, lang, draft=True, editions=gathered.editions)
    return time.perf_counter() - started
one_round()
for line in sys.stdin:  # one round per line: the parent interleaves the variants
    print(f"{one_round():.4f}", flush=True)
"""


def start(env: dict[str, str]) -> subprocess.Popen:
    """Start a child that localizes the sample once per line it reads."""
    return subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT)], env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="a src folder of earlier code: time it too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "RECBOOK_CACHE_DIR": tmp}
        children = {"now": start(env)}
        if args.before:
            children["before"] = start({**env, "PYTHONPATH": str(args.before.resolve())})
        times: dict[str, list[float]] = {name: [] for name in children}
        for _ in range(args.runs):
            for name, child in children.items():
                child.stdin.write("go\n")
                child.stdin.flush()
                times[name].append(float(child.stdout.readline()))
        for child in children.values():
            child.stdin.close()
            child.wait()
    print(f"localize the sample's three books, in process, fastest of {args.runs}")
    for name, seconds in times.items():
        print(f"  {name}: {min(seconds):.3f} s")


if __name__ == "__main__":
    main()
