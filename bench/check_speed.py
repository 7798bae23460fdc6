"""Time `recbook check` on the sample as a user runs it: a new process each time.

    .venv/bin/python bench/check_speed.py [--runs 9] [--before DIR [--before-python PYTHON]]

Prints the fastest and the median wall and CPU seconds of `python -m recbook
check` on a copy of the sample (the first run only writes the bytecode caches
and is not counted), in three cases, interleaved:

- edited: the first check after editing one proposal's text (a new sentence
  in inputs/proposals/group-6.yaml, different each run), the user cache warm
  from the check before: the check itself runs in full, but what the machine
  keeps across edits is reused (the other files' parses, known words' stems;
  recbook/file_memo.py, recbook/merge/lemma_cache.py). A secretariat's
  everyday case.
- cold: an empty user cache each run: the first check ever on the machine.
- warm: nothing changed since the last check: its findings replayed
  (recbook/check_cache.py).

And which heavy libraries a full check imported: none of WeasyPrint,
python-docx, datasketch, numpy or scipy may be among them. Target: ≤ 0.5 s.
The machine is shared and noisy: the fastest run is the one least disturbed by
others.

`--before DIR` also times earlier code's edited and cold checks, interleaved
with the others so both see the same load: DIR is a `src` folder, e.g. from
`git archive main src templates locales schemas | tar -x -C /tmp/before`
(then DIR is /tmp/before/src; the packaged folders sit beside it). `--before-python`
runs those checks with another interpreter, e.g. main's own .venv/bin/python, when the
earlier code's installed packages differ too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 0.5
sys.path.insert(0, str(ROOT))  # for bench.timing

from bench.timing import timed  # noqa: E402

EDITED = "inputs/proposals/group-6.yaml"
EDIT_AFTER = "с участием НПО из всех регионов"
HEAVY = ("weasyprint", "docx", "datasketch", "numpy", "scipy", "PIL", "fontTools")


def environment() -> dict[str, str]:
    """Return the environment of a user's shell: bytecode caches written and used."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def one_run(env: dict[str, str], project: Path) -> tuple[float, float]:
    """Return (wall, CPU) seconds of one `recbook check` of `project` (with env's BENCH_PYTHON if set)."""
    python = env.get("BENCH_PYTHON", sys.executable)
    return timed([python, "-m", "recbook", "check", "--project", str(project)], env)


def copy_sample(destination: Path) -> Path:
    """Copy the sample project (what a check reads) to `destination`."""
    for name in ("inputs", "locales", "templates", "assets"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, destination / name)
    return destination


def edit_proposal(project: Path, run: int) -> None:
    """Add a sentence to one proposal's Russian text, different in every run."""
    path = project / EDITED
    text = path.read_text("utf-8")
    assert EDIT_AFTER in text, f"{EDITED} no longer holds {EDIT_AFTER!r}: choose another sentence"
    edited = text.replace(EDIT_AFTER, f"{EDIT_AFTER} (в редакции {run + 1} с учетом замечаний)", 1)
    path.write_text(edited, "utf-8")


PROBE = """
import atexit, sys
heavy = {heavy!r}
atexit.register(lambda: print("loaded:", *sorted({{m.split(".")[0] for m, v in sys.modules.items()
                                                 if v is not None}} & set(heavy)), file=sys.stderr))
from recbook.cli import main
main(["check", "--project", {root!r}])
"""


def heavy_imports(env: dict[str, str], project: Path) -> tuple[list[str], list[tuple[float, str]]]:
    """Return the heavy top-level packages a check leaves loaded, and its slowest imports (ms, module)."""
    code = PROBE.format(heavy=HEAVY, root=str(project))
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
    parser.add_argument("--before", type=Path, help="a src folder of earlier code: time its checks too")
    parser.add_argument("--before-python", type=Path, help="the interpreter (venv) of the earlier code")
    args = parser.parse_args()
    env = environment()
    codes = {"": env}
    if args.before:
        codes[", before"] = {**env, "PYTHONPATH": str(args.before.resolve())}
        if args.before_python:
            codes[", before"]["BENCH_PYTHON"] = str(args.before_python)
    with tempfile.TemporaryDirectory() as tmp:
        runs = measure(Path(tmp), codes, args.runs)
        heavy, top = heavy_imports({**env, "RECBOOK_CACHE_DIR": f"{tmp}/probe"}, copy_sample(Path(tmp) / "probe"))
    report(runs, args.runs, heavy, top)


def measure(tmp: Path, codes: dict[str, dict[str, str]], count: int) -> dict[str, list[tuple[float, float]]]:
    """Time each code's edited, cold and warm checks, interleaved: all see the same load."""
    runs: dict[str, list[tuple[float, float]]] = {}
    for suffix, env in codes.items():
        name = suffix.strip(", ") or "now"
        project = copy_sample(tmp / f"project-{name}")
        one_run({**env, "RECBOOK_CACHE_DIR": f"{tmp}/bytecode-{name}"}, project)  # writes __pycache__
        one_run({**env, "RECBOOK_CACHE_DIR": f"{tmp}/user-{name}"}, project)  # the check before the edits
        runs.update({f"edited{suffix}": [], f"cold{suffix}": [], f"warm{suffix}": []})
    for i in range(count):
        for suffix, env in codes.items():
            name = suffix.strip(", ") or "now"
            project, user = tmp / f"project-{name}", {**env, "RECBOOK_CACHE_DIR": f"{tmp}/user-{name}"}
            edit_proposal(project, i)
            runs[f"edited{suffix}"].append(one_run(user, project))
            runs[f"cold{suffix}"].append(one_run({**env, "RECBOOK_CACHE_DIR": f"{tmp}/cold-{name}-{i}"}, project))
            runs[f"warm{suffix}"].append(one_run(user, project))
    return runs


def report(runs: dict[str, list[tuple[float, float]]], count: int, heavy: list[str],
           top: list[tuple[float, str]]) -> None:
    """Print the fastest and median times of each case, the heavy imports and the verdicts."""
    print(f"recbook check, sample (45 proposals), {count} runs each")
    for name, times in runs.items():
        walls, cpus = [w for w, _ in times], [c for _, c in times]
        print(f"  {name}: wall fastest {min(walls):.3f} s, median {statistics.median(walls):.3f} s; "
              f"CPU fastest {min(cpus):.3f} s, median {statistics.median(cpus):.3f} s")
    print(f"  heavy libraries a full (cold) check imported: {', '.join(heavy) or 'none'}")
    print("  its slowest top-level imports (ms, cumulative):")
    for ms, name in top:
        print(f"    {ms:7.1f}  {name.strip()}")
    for name, times in runs.items():
        verdict = "meets" if min(c for _, c in times) <= TARGET_SECONDS and not heavy else "misses"
        print(f"  {name}: {verdict} the target: ≤ {TARGET_SECONDS} s CPU and no heavy library")


if __name__ == "__main__":
    main()
