"""Build all six outputs of a large synthetic conference and measure each process's peak memory.

    .venv/bin/python bench/big_book.py [--proposals 2000] [--jobs 2] [--lang ru] [--format pdf]

The project is the sample's conference.yaml and catalogs with N proposals made
from the sample's own Russian sentences (fixed seed: words shuffled and
swapped, so they read like distinct proposals and few merge). It runs
`recbook build --rebuild` (kk, ru, en; PDF and DOCX) and samples, every 0.2 s,
the peak resident memory (VmHWM, Linux) of the build process and of each
render worker. Target: every worker ≤ 3 GiB. Also printed: pages per output
and the build's CPU seconds per PDF page, split by part: the build process
(sampled from /proc), each output's render (its worker's own CPU, and for a
DOCX the LibreOffice layouts it ran, both measured by the worker and printed
on the build's "rendered" lines), and the rest (the workers' imports).
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
from dataclasses import dataclass
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


RENDERED = re.compile(r"rendered (\S+) \(.*; CPU ([\d.]+) s(?: \+ ([\d.]+) s in LibreOffice)?\)$", re.M)


@dataclass(frozen=True)
class Run:
    """What one build cost."""

    wall: float
    cpu: float  # the whole build: its process and every process below it
    peaks: dict[int, int]  # pid → peak resident KiB (0: the build process)
    largest: int  # KiB
    cpus: dict[int, float]  # pid → CPU s as last seen (0: the build process)
    renders: dict[str, tuple[float, float]]  # output → (its worker's CPU s, LibreOffice's CPU s)


def build(project: Path, jobs: int, only: list[str], log: Path) -> Run:
    """Run the build, its steps logged to `log`; return what it cost."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(log, "w", encoding="utf-8") as steps:  # a file, not a pipe: a full pipe would stall the build
        process = subprocess.Popen([sys.executable, "-m", "recbook", "build", "--project", str(project), "--rebuild",
                                    "--jobs", str(jobs), "--render-timeout", "7200", *only],  # memory, not time
                                   stdout=steps, stderr=subprocess.PIPE, text=True)
        peaks, cpus = sample(process)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode:
        sys.exit(f"build failed:\n{process.stderr.read()[-3000:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    renders = {name: (float(own), float(office or 0)) for name, own, office in RENDERED.findall(log.read_text())}
    return Run(wall, cpu, peaks, after.ru_maxrss, cpus, renders)


def sample(process: subprocess.Popen) -> tuple[dict[int, int], dict[int, float]]:
    """Sample every 0.2 s, until `process` ends, the peak memory and CPU of it and every process below it."""
    peaks: dict[int, int] = {}
    cpus: dict[int, float] = {}  # as last seen: up to 0.2 s short
    while process.poll() is None:
        for pid in {process.pid} | descendants(process.pid):
            peaks[pid] = max(peaks.get(pid, 0), peak_kib(pid))
            cpus[pid] = max(cpus.get(pid, 0.0), cpu_seconds(pid))
        time.sleep(0.2)
    peaks[0], cpus[0] = peaks.pop(process.pid, 0), cpus.pop(process.pid, 0.0)  # 0: the build process itself
    return {pid: kib for pid, kib in peaks.items() if kib}, cpus


def pdf_pages(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", done.stdout, re.M).group(1))


def docx_pages(path: Path, folder: Path) -> int:
    """Return the pages of LibreOffice's layout of the DOCX (made after the build, outside its CPU)."""
    subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(path)], capture_output=True, check=True,
                   timeout=3600)
    return pdf_pages(folder / path.with_suffix(".pdf").name)


def report(run: Run, sizes: dict[str, int], pages: dict[str, int]) -> None:
    """Print each output's cost, then the build's CPU per PDF page split by part, then the memory.

    A DOCX's cost per page is per page of the same language's PDF (the DOCX has about as many), or,
    when no PDF was built, of LibreOffice's layout of the DOCX.
    """
    for name in sorted(sizes):
        own, office = run.renders.get(name, (0.0, 0.0))
        shown = pages.get(str(Path(name).with_suffix(".pdf")), 0)
        per_page = f" = {(own + office) / shown:.3f} s per PDF page" if shown else ""
        office_note = f" + {office:.1f} s LibreOffice" if office else ""
        print(f"  {name}: {sizes[name] / 1024**2:.1f} MiB{f', {shown} pages' if shown else ''}; "
              f"render CPU {own:.1f} s{office_note}{per_page}")
    pdf_pages_all = max(1, sum(pages.values()))
    parts = {"build process": run.cpus[0]}
    for fmt in ("pdf", "docx"):
        parts[f"{fmt.upper()} renders (workers' own)"] = sum(r[0] for n, r in run.renders.items() if n.endswith(fmt))
    parts["DOCX layouts (LibreOffice)"] = sum(r[1] for r in run.renders.values())
    parts["the rest (workers' imports; sampling)"] = run.cpu - sum(parts.values())
    print(f"  CPU seconds per PDF page (whole build): {run.cpu / pdf_pages_all:.3f}, of which: " + "; ".join(
        f"{part} {cpu:.0f} s = {cpu / pdf_pages_all:.3f}" for part, cpu in parts.items()))
    print("  peak resident memory per process (MiB), the build process first: " + ", ".join(
        f"{kib / 1024:.0f}" for kib in [run.peaks.get(0, 0), *sorted(
            (k for pid, k in run.peaks.items() if pid), reverse=True)]))
    print(f"  largest process: {run.largest / 1024:.0f} MiB; target ≤ 3 GiB per worker: "
          f"{'met' if run.largest * 1024 <= TARGET_BYTES else 'missed'}")


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
        run = build(project, args.jobs, only, Path(tmp) / "steps.log")
        outputs = sorted(p for p in (project / "output").iterdir() if p.suffix in (".pdf", ".docx"))
        pages = {p.name: pdf_pages(p) for p in outputs if p.suffix == ".pdf"}
        for docx in (p for p in outputs if p.suffix == ".docx" and p.with_suffix(".pdf").name not in pages):
            # no PDF of this language was built: a page is one of LibreOffice's layout of the DOCX
            pages[docx.with_suffix(".pdf").name] = docx_pages(docx, Path(tmp) / "pages")
        sizes = {p.name: p.stat().st_size for p in outputs}
    print(f"{args.proposals} proposals, {label}, --jobs {args.jobs}: {run.wall:.0f} s wall, {run.cpu:.0f} s CPU")
    report(run, sizes, pages)


if __name__ == "__main__":
    main()
