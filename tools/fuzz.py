"""Fuzz the CSV, XLSX, YAML and PO readers: every input gives records or diagnostics, never a crash.

    .venv/bin/python tools/fuzz.py                       # 60 s, seed 0, all four readers
    .venv/bin/python tools/fuzz.py --seconds 600 --seed 7 --reader xlsx

Each round takes a seed file (the sample's inputs and catalogs, tests/data),
mutates it (bit flips, interesting bytes, deleted/duplicated/spliced chunks;
for XLSX the XML inside the zip is mutated and re-zipped, so openpyxl's parser
is reached) and feeds it to the reader. A reader may return diagnostics; it
may not raise, take longer than --timeout seconds, or print a diagnostic that
does not format. A failing input is saved under fuzz-failures/ with the
traceback and the run exits 1. The run is deterministic for a seed; CI runs a
bounded one (tests/test_fuzz.py).
"""

from __future__ import annotations

import argparse
import io
import random
import signal
import sys
import time
import traceback
import zipfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from recbook.diagnostics import Report  # noqa: E402

INTERESTING = [b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\r", b"\n", b"\"", b";", b",", b"\t", b":",
               b"- ", b"&a ", b"*a", b"!!python/object:os.system", b"{", b"[", b"'", b"%", b"\\", b"msgid ",
               b"msgstr[9] ", b"#~ ", b"#, fuzzy", b"<!ENTITY x SYSTEM 'file:///etc/passwd'>", b"&x;",
               b"99999999999999999999999999999", b"\xd0", b"\xe2\x80\xae", "қ".encode(), b"=cmd|' /C calc'!A0",
               b"[" * 2000, b"- " * 2000, b"&a [*a, *a, *a, *a, *a, *a, *a, *a, *a]"]


def _seeds() -> dict[str, list[Path]]:
    files = [p for p in (ROOT / "inputs").rglob("*") if p.is_file()] + \
            [p for p in (ROOT / "tests" / "data").rglob("*") if p.is_file()] + \
            [p for p in (ROOT / "locales").rglob("*.po")]
    by_kind = {"csv": [], "xlsx": [], "yaml": [], "po": []}
    for path in sorted(files):
        kind = {".csv": "csv", ".xlsx": "xlsx", ".yaml": "yaml", ".yml": "yaml", ".po": "po"}.get(path.suffix)
        if kind and path.stat().st_size < 2_000_000:
            by_kind[kind].append(path)
    return by_kind


def mutate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """Return `data` with 1-8 random mutations."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        at = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(at, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[at:at] = rng.choice(INTERESTING)
        elif op == 2 and buf:
            del buf[at:at + rng.randint(1, 64)]
        elif op == 3 and buf:
            chunk = bytes(buf[at:at + rng.randint(1, 256)])
            buf[at:at] = chunk * rng.randint(1, 50)
        elif op == 4 and pool:
            other = rng.choice(pool)
            start = rng.randrange(len(other) + 1)
            buf[at:at] = other[start:start + rng.randint(1, 512)]
        elif op == 5:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(buf)


def mutate_xlsx(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """Return a workbook with one of its XML parts mutated (or, sometimes, the zip bytes themselves)."""
    if rng.random() < 0.1:
        return mutate(data, rng, pool)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    victim = rng.choice(sorted(parts))
    parts[victim] = mutate(parts[victim], rng, [])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, body in parts.items():
            target.writestr(name, body)
    return out.getvalue()


def _read_csv(path: Path, report: Report):
    from recbook.load.table_reader import read_csv

    return read_csv(path, "f.csv", report)


def _read_xlsx(path: Path, report: Report):
    from recbook.load.xlsx_reader import read_xlsx

    return read_xlsx(path, "f.xlsx", report)


def _read_yaml(path: Path, report: Report):
    from recbook.load import read_project  # noqa: F401  (the package's YAML rules)
    from recbook.load.yaml_reader import read_yaml

    return read_yaml(path, report, "f.yaml")


def _read_po(path: Path, report: Report):
    from recbook.i18n.checks import check_po
    from recbook.load.catalogs import read_po

    parsed = read_po(path, "f.po")
    report.extend(parsed.errors)
    report.extend(check_po(parsed, "ru", False))
    return parsed


READERS: dict[str, Callable[[Path, Report], object]] = {
    "csv": _read_csv, "xlsx": _read_xlsx, "yaml": _read_yaml, "po": _read_po,
}


class Timeout(Exception):
    """One input took longer than allowed."""


def _alarm(signum, frame):
    raise Timeout


def run_one(kind: str, data: bytes, work: Path, timeout: float) -> str | None:
    """Feed one input to a reader; return why it failed, or None."""
    path = work / f"input.{kind}"
    path.write_bytes(data)
    report = Report()
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        READERS[kind](path, report)
        for d in report.items:
            d.format()
    except Timeout:
        return f"took longer than {timeout} s"
    except Exception:  # the point: any exception from a reader is a finding
        return traceback.format_exc()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def fuzz(seconds: float, seed: int, kinds: list[str], timeout: float, out: Path) -> int:
    """Fuzz for `seconds`; return the number of failures (each saved under `out`)."""
    rng = random.Random(seed)
    seeds = _seeds()
    pools = {kind: [p.read_bytes() for p in seeds[kind]] for kind in kinds}
    signal.signal(signal.SIGALRM, _alarm)
    work = out / "work"
    work.mkdir(parents=True, exist_ok=True)
    deadline, rounds, failures = time.monotonic() + seconds, 0, 0
    while time.monotonic() < deadline:
        kind = kinds[rounds % len(kinds)]
        if not pools[kind]:
            rounds += 1
            continue
        original = rng.choice(pools[kind])
        data = (mutate_xlsx if kind == "xlsx" else mutate)(original, rng, pools[kind])
        problem = run_one(kind, data, work, timeout)
        rounds += 1
        if problem:
            failures += 1
            name = out / f"failure-{seed}-{rounds}.{kind}"
            name.write_bytes(data)
            name.with_suffix(name.suffix + ".txt").write_text(problem, "utf-8")
            print(f"FAIL {name}: {problem.strip().splitlines()[-1]}", file=sys.stderr)
    print(f"{rounds} inputs ({', '.join(kinds)}) in {seconds:.0f} s, seed {seed}: {failures} failure(s)")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--reader", choices=sorted(READERS), action="append")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds one input may take")
    parser.add_argument("--out", type=Path, default=ROOT / "fuzz-failures")
    args = parser.parse_args(argv)
    return 1 if fuzz(args.seconds, args.seed, args.reader or sorted(READERS), args.timeout, args.out) else 0


if __name__ == "__main__":
    sys.exit(main())
