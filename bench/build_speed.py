"""Time the build of the sample conference, stage by stage, cold and warm.

    .venv/bin/python bench/build_speed.py [--repeat 1]

Prints seconds per stage (gather = load + validate + decisions + catalogs +
merge; localize; render per language and format) and the whole CLI build, cold
(empty output/) and warm (nothing changed: every output reused). The machine
is shared and noisy: read the ratios, not the absolute figures.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def copy_project(destination: Path) -> Path:
    for name in ("inputs", "locales"):
        shutil.copytree(ROOT / name, destination / name)
    return destination


def stage_times(project: Path) -> list[tuple[str, float]]:
    """Return (stage, seconds) for one pass through the pipeline in memory."""
    from recbook.diagnostics import Report
    from recbook.pipeline import BuildOptions, gather, render_context
    from recbook.localize import localize
    from recbook.render import get_renderer

    rows = []
    gathered, seconds = timed(lambda: gather(project, Report()))
    rows.append(("gather (load, validate, merge, catalogs)", seconds))
    context = render_context(project, BuildOptions())
    for lang in gathered.inputs.conference.languages:
        (book, _), seconds = timed(lambda: localize(gathered.inputs, gathered.merged, gathered.catalogs, lang, draft=True))
        rows.append((f"localize {lang}", seconds))
        for fmt in ("pdf", "docx"):
            data, seconds = timed(lambda: get_renderer(fmt)(book, context))
            rows.append((f"render {lang}.{fmt} ({len(data) // 1024} KiB)", seconds))
    return rows


def cli_build(project: Path) -> float:
    from click.testing import CliRunner

    from recbook.cli import main

    result, seconds = timed(lambda: CliRunner().invoke(main, ["build", "--project", str(project)]))
    if result.exit_code != 0:
        sys.exit(result.output)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp))
        for _ in range(args.repeat):
            for stage, seconds in stage_times(project):
                print(f"{stage:<45} {seconds:8.2f} s")
        cold = cli_build(project)
        warm = cli_build(project)
        print(f"{'recbook build, cold (6 outputs)':<45} {cold:8.2f} s")
        print(f"{'recbook build, warm (nothing changed)':<45} {warm:8.2f} s")
        print(f"{'warm / cold':<45} {warm / cold:8.2%}")


if __name__ == "__main__":
    main()
