"""Build all six outputs of a large synthetic conference and measure each process's peak memory.

    .venv/bin/python bench/big_book.py [--proposals 2000] [--jobs 2] [--lang ru] [--format pdf]

The project is the sample's conference.yaml and catalogs with N proposals made
from the sample's own Russian sentences (fixed seed: words shuffled and
swapped, so they read like distinct proposals and few merge). It runs
`recbook build --rebuild` (kk, ru, en; PDF and DOCX) and samples, every 0.2 s,
the peak resident memory (VmHWM, Linux) of the build process and of each
render worker. Target: every worker ≤ 3 GiB. Also printed: pages per PDF and
the build's CPU seconds per PDF page, to compare with the sample's.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 20250926
TARGET_BYTES = 3 * 1024**3
COLUMNS = ("id", "group", "direction", "language", "title", "text", "addressees", "timeframe", "votes", "sdgs")


def sample_rows() -> list[dict[str, str]]:
    """Return the sample's Russian proposals from its CSV (the generator's material)."""
    with open(ROOT / "inputs/proposals/group-3.csv", encoding="utf-8-sig", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["language"] == "ru"]


def synthetic(n: int) -> list[dict[str, str]]:
    """Return `n` proposals in Russian, each a reshuffle of sample sentences."""
    rng = random.Random(SEED)
    rows = sample_rows()
    words = sorted({w for r in rows for w in re.findall(r"\w{4,}", r["text"])})
    out = []
    for i in range(n):
        base = rng.choice(rows)
        sentence = [rng.choice(words) if rng.random() < 0.35 else w for w in base["text"].split()]
        rng.shuffle(sentence)
        title = " ".join(rng.sample(words, 6)).capitalize()
        out.append({**base, "id": f"B{i + 1:05d}", "group": f"G{i % 6 + 1}", "direction": f"D{rng.randint(1, 6)}",
                    "title": title, "text": " ".join(sentence).capitalize() + ".", "votes": str(rng.randint(0, 40))})
    return out


def make_project(folder: Path, n: int) -> Path:
    """Write the synthetic project into `folder`."""
    (folder / "inputs/proposals").mkdir(parents=True)
    shutil.copy(ROOT / "inputs/conference.yaml", folder / "inputs/conference.yaml")
    shutil.copytree(ROOT / "inputs/assets", folder / "inputs/assets")
    shutil.copytree(ROOT / "locales", folder / "locales")
    with open(folder / "inputs/proposals/big.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(synthetic(n))
    return folder


def descendants(pid: int) -> set[int]:
    """Return the pids of every process below `pid` (Linux /proc)."""
    found, frontier = set(), [pid]
    while frontier:
        parent = frontier.pop()
        for path in Path(f"/proc/{parent}/task").glob("*/children"):
            for child in path.read_text().split():
                found.add(int(child))
                frontier.append(int(child))
    return found


def peak_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(match.group(1)) if match else 0


def cpu_seconds(pid: int) -> float:
    """Return the CPU seconds `pid` has used so far (Linux /proc; 0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def build(project: Path, jobs: int, only: list[str]) -> tuple[float, float, dict[int, int], int, dict[int, float]]:
    """Run the build; return (wall s, CPU s, {pid: peak KiB}, largest child peak KiB, {pid: CPU s})."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "recbook", "build", "--project", str(project), "--rebuild",
                                "--jobs", str(jobs), "--render-timeout", "7200", *only],  # memory, not time
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    cpus: dict[int, float] = {}  # as last seen: up to 0.2 s short
    while process.poll() is None:
        for pid in {process.pid} | descendants(process.pid):
            peaks[pid] = max(peaks.get(pid, 0), peak_kib(pid))
            cpus[pid] = max(cpus.get(pid, 0.0), cpu_seconds(pid))
        time.sleep(0.2)
    wall = time.perf_counter() - started
    cpus[0] = cpus.get(process.pid, 0.0)  # 0: the build process itself
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode:
        sys.exit(f"build failed:\n{process.stderr.read()[-3000:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, {pid: kib for pid, kib in peaks.items() if kib}, after.ru_maxrss, cpus


def pdf_pages(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", done.stdout, re.M).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--lang", help="only these languages (e.g. ru); default all three")
    parser.add_argument("--format", help="only these formats (pdf or docx); default both")
    args = parser.parse_args()
    only = [*(["--lang", args.lang] if args.lang else []), *(["--format", args.format] if args.format else [])]
    label = f"{args.lang or 'kk,ru,en'} × {args.format or 'pdf,docx'}"
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp) / "big", args.proposals)
        os.environ["RECBOOK_CACHE_DIR"] = str(Path(tmp) / "user-cache")  # empty: a first build, not the user's
        wall, cpu, peaks, largest, cpus = build(project, args.jobs, only)
        outputs = sorted(p for p in (project / "output").iterdir() if p.suffix in (".pdf", ".docx"))
        pages = {p.name: pdf_pages(p) for p in outputs if p.suffix == ".pdf"}
        sizes = {p.name: p.stat().st_size for p in outputs}
    print(f"{args.proposals} proposals, {label}, --jobs {args.jobs}: {wall:.0f} s wall, {cpu:.0f} s CPU")
    for name in sorted(sizes):
        extra = f", {pages[name]} pages" if name in pages else ""
        print(f"  {name}: {sizes[name] / 1024**2:.1f} MiB{extra}")
    print(f"  CPU seconds per PDF page (whole build): {cpu / max(1, sum(pages.values())):.3f}")
    heaviest = max(peaks, key=peaks.get)  # the PDF worker: it holds every laid-out page
    print(f"  the largest process: {cpus.get(heaviest, 0):.0f} s CPU, "
          f"{cpus.get(heaviest, 0) / max(1, sum(pages.values())):.3f} s per PDF page (with --jobs 1 and one PDF: "
          f"the render alone); the build process: {cpus[0]:.0f} s CPU")
    print("  peak resident memory per process (MiB): "
          + ", ".join(f"{kib / 1024:.0f}" for kib in sorted(peaks.values(), reverse=True)))
    print(f"  largest process: {largest / 1024:.0f} MiB; target ≤ 3 GiB per worker: "
          f"{'met' if largest * 1024 <= TARGET_BYTES else 'missed'}")


if __name__ == "__main__":
    main()
