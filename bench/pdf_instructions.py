"""Count the instructions of a one-language PDF build and of WeasyPrint alone: the load-independent figure.

    .venv/bin/python bench/pdf_instructions.py [--lang ru] [--cases cold,weasyprint,weasyprint-ua,warm,edited]
                                               [--keep DIR] [--before DIR]

bench/pdf_speed.py times the same commands in CPU seconds, which on a shared,
loaded machine vary by ±0.1 on their ratios. This script runs each of them once
under `valgrind --tool=callgrind --trace-children=yes` (every process counted:
the build, its render worker, msgfmt; before session 21 multiprocessing's resource
tracker too) and
sums the instructions, which do not depend on the load:

- cold:   `python -m recbook build --lang L --format pdf --rebuild` with an
          empty user cache (a new RECBOOK_CACHE_DIR): a project's first build on a
          machine (recbook's bytecode and, since session 25, its installation caches
          written by an earlier run, as every build after the first one finds them);
- warm:   the same, its cache filled by one build of the same inputs before;
- edited: its own copy of the project and cache, warmed the same way, then one
          proposal's text edited (bench/check_speed.py's edit): the everyday build;
- installed: the cold build with recbook's installation caches emptied too (what it keeps beside
          its bytecode for any project: recbook.startup_cache's patterns and dataclasses' methods,
          its own templates' compiled code, the fonts' digests; bytecode itself stays compiled, as
          pip leaves it): the first build after installing or upgrading recbook;
- weasyprint / weasyprint-ua: `python -m weasyprint book.html book.pdf` on the
          HTML and CSS recbook lays out (bench/pdf_speed.py's write_html), plain
          and with `--pdf-variant pdf/ua-1` (the same tagged output recbook makes).

Every command is a fresh process, as in bench/pdf_speed.py, with PYTHONHASHSEED=0
(the same hashes, so the same dict orders and collections, run after run) and
its own empty XDG_CACHE_HOME; each runs once untimed first, so the bytecode caches
are written and not counted. recbook's builds get `--render-timeout 86400`: under
callgrind (~50× slower) a render may outlast the default 600 s; the option only
changes the deadline. Processes are named from callgrind's `cmd:` line.

What instructions do not show, read from the counts (not corrected):
- while its worker renders, the build process looks at it every 0.25 s
  (recbook/render/jobs.py; every 50 ms before session 21): ~38 k instructions a
  look, ~800 looks under callgrind on a quiet machine against ~16 in a normal
  run, so ~0.03 G of the build process's count is callgrind's slowdown (~0.15 G
  at 50 ms), and the only part that moves with the load (code before session 21,
  counted with `--before` on a loaded machine, shows more of it);
- valgrind's CPU has no SHA extensions, so OpenSSL hashes at ~28 instructions
  a byte under callgrind where this machine's CPU takes ~0.55 ns: recbook's
  hashing (caches, manifests) weighs ~10× more in these counts than in seconds;
- the kernel's work (fork/exec of every process, page faults, reading files)
  is not counted at all: WeasyPrint's import alone runs `ldconfig -p`, gcc and
  ld 86 times (ctypes.util.find_library), recbook's build adds its worker,
  multiprocessing's resource tracker and msgfmt.
So this is the load-independent figure, not a second clock: CPU seconds
(bench/pdf_speed.py) stay the figure the target is about.

`--before DIR` (a `src` folder of earlier code, as for bench/check_speed.py) also
counts that code's cold build ("cold-before").

Runs take minutes each (one after another, never in parallel). `--keep DIR`
keeps the callgrind.out files for callgrind_annotate (DIR/<case>/callgrind.out.<pid>).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))  # for bench.pdf_speed

from bench.check_speed import edit_proposal  # noqa: E402
from bench.pdf_speed import copy_project, forget_installation_caches, write_html  # noqa: E402

CASES = ("cold", "installed", "weasyprint", "weasyprint-ua", "warm", "edited")
VALGRIND = ["valgrind", "--tool=callgrind", "--trace-children=yes"]
Run = tuple[list[str], dict[str, str]]
TOTAL = re.compile(r"^(?:summary|totals):\s*(\d+)", re.MULTILINE)


def base_env(tmp: Path, name: str) -> dict[str, str]:
    """Return a user's environment with fixed hashes and this case's own, empty XDG cache."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONPATH"] = str(ROOT / "src")  # this checkout's code (every case: the same sys.path)
    env["XDG_CACHE_HOME"] = str(tmp / f"{name}-xdg")
    env["RECBOOK_CACHE_DIR"] = str(tmp / f"{name}-cache")
    return env


def build_command(project: Path, lang: str) -> list[str]:
    """Return the one-language PDF build bench/pdf_speed.py times."""
    return [sys.executable, "-m", "recbook", "build", "--project", str(project), "--lang", lang, "--rebuild",
            "--format", "pdf", "--render-timeout", "86400"]


def prepare(tmp: Path, lang: str, cases: list[str], before: Path | None) -> dict[str, Run]:
    """Return each case's command and environment, its caches warmed and bytecode written by untimed runs."""
    project = copy_project(tmp / "project")
    html = write_html(project, lang, tmp)
    weasy = [sys.executable, "-m", "weasyprint", str(html), str(tmp / "weasyprint.pdf")]
    runs: dict[str, Run] = {
        "cold": (build_command(project, lang), base_env(tmp, "cold")),
        "installed": (build_command(project, lang), base_env(tmp, "installed")),
        "warm": (build_command(project, lang), base_env(tmp, "warm")),
        "weasyprint": (weasy, base_env(tmp, "weasyprint")),
        "weasyprint-ua": (weasy + ["--pdf-variant", "pdf/ua-1"], base_env(tmp, "weasyprint-ua")),
    }
    if before:
        runs["cold-before"] = (build_command(project, lang),
                               {**base_env(tmp, "cold-before"), "PYTHONPATH": str(before.resolve())})
        at = cases.index("cold") + 1 if "cold" in cases else len(cases)
        cases = [*cases[:at], "cold-before", *cases[at:]]  # counted next to this code's
    if "edited" in cases:
        edited = copy_project(tmp / "edited")
        runs["edited"] = (build_command(edited, lang), base_env(tmp, "edited"))
    chosen = {name: runs[name] for name in cases}
    warm_up(chosen, tmp)
    if "edited" in cases:
        edit_proposal(tmp / "edited", 0)
    return chosen


def warm_up(runs: dict[str, Run], tmp: Path) -> None:
    """Run each command once uncounted: bytecode written; warm and edited caches filled, cold ones not."""
    for name, (command, env) in runs.items():
        fresh = name.startswith("cold") or name == "installed"
        untimed = {**env, "RECBOOK_CACHE_DIR": str(tmp / f"untimed-{name}")} if fresh else env
        subprocess.run(command, check=True, env=untimed, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)  # each counted run starts it empty


def count(run: Run, folder: Path) -> list[tuple[str, int]]:
    """Run one command under callgrind; return (process name, instructions) for each of its processes."""
    command, env = run
    folder.mkdir(parents=True)
    out = folder / "callgrind.out.%p"
    subprocess.run([*VALGRIND, f"--callgrind-out-file={out}", *command], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return sorted((read_counts(path) for path in finished(folder)), key=lambda row: -row[1])


def finished(folder: Path, patience: float = 600.0) -> list[Path]:
    """Return the folder's callgrind.out files once each is complete.

    multiprocessing's resource tracker outlives the build by a moment (it exits when its pipe
    closes), so its file may still be written when the command has returned.
    """
    deadline = time.monotonic() + patience
    paths = sorted(folder.glob("callgrind.out.*"))
    while not all(TOTAL.search(path.read_text("utf-8", errors="replace")) for path in paths):
        assert time.monotonic() < deadline, f"{folder}: a callgrind.out file has no summary or totals line"
        time.sleep(1)
    return paths


def read_counts(path: Path) -> tuple[str, int]:
    """Return (process name, total instructions) of one callgrind.out file."""
    text = path.read_text("utf-8", errors="replace")
    total = TOTAL.search(text)
    cmd = re.search(r"^cmd:\s*(.*)$", text, re.MULTILINE)
    assert total, f"{path}: no summary or totals line"
    return process_name(cmd.group(1) if cmd else ""), int(total.group(1))


def process_name(cmd: str) -> str:
    """Name a process from its command line."""
    if "-m recbook" in cmd:
        return "recbook build process"
    if "spawn_main" in cmd or "--multiprocessing-fork" in cmd:
        return "render worker"
    if "resource_tracker" in cmd:
        return "resource tracker"
    if "-m weasyprint" in cmd:
        return "weasyprint"
    return Path(cmd.split(" ", 1)[0]).name or "?"


def report(counts: dict[str, list[tuple[str, int]]]) -> None:
    """Print each case's processes and total, and the ratios of recbook's builds to WeasyPrint alone."""
    totals = {name: sum(n for _, n in rows) for name, rows in counts.items()}
    print(f"{'instructions (callgrind, all processes), M':<52} {'total':>10}")
    for name, rows in counts.items():
        print(f"  {name:<50} {totals[name] / 1e6:10,.1f}")
        grouped: dict[str, list[int]] = {}
        for label, n in rows:
            grouped.setdefault(label, []).append(n)
        for label, ns in grouped.items():
            many = f" ×{len(ns)}" if len(ns) > 1 else ""
            print(f"    {label + many:<48} {sum(ns) / 1e6:10,.1f}")
    for mine in ("cold", "cold-before", "installed", "warm", "edited"):
        for other in ("weasyprint", "weasyprint-ua"):
            if mine in totals and other in totals:
                print(f"  {mine + ' / ' + other:<50} {totals[mine] / totals[other]:10.3f}  (target ≤ 1.15)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated, from: " + ", ".join(CASES))
    parser.add_argument("--keep", type=Path, help="keep the callgrind.out files in this new folder")
    parser.add_argument("--before", type=Path, help="a src folder of earlier code: count its cold build too")
    args = parser.parse_args()
    cases = [case for case in args.cases.split(",") if case]
    assert set(cases) <= set(CASES), f"unknown case in {args.cases!r}: choose from {', '.join(CASES)}"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        runs = prepare(tmp, args.lang, cases, args.before)
        outs = args.keep or tmp / "callgrind"
        counts = {}
        for name, run in runs.items():  # one after another: callgrind is slow and the machine is shared
            if name == "installed":
                forget_installation_caches()
            counts[name] = count(run, outs / name)
            print(f"counted {name}: {sum(n for _, n in counts[name]) / 1e6:,.1f} M", file=sys.stderr, flush=True)
        report(counts)


if __name__ == "__main__":
    main()
