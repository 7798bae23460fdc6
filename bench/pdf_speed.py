"""Compare a one-language PDF build with WeasyPrint alone and with LibreOffice, in one run.

    .venv/bin/python bench/pdf_speed.py [--lang ru] [--runs 3] [--before DIR]

Three ways to the same book, each a fresh process as a user would run it:

1. recbook:     `python -m recbook build --lang L --format pdf --rebuild`
                (a tagged PDF/UA-1, recbook's default)
2. WeasyPrint:  `python -m weasyprint book.html book.pdf` on the HTML and CSS
                recbook lays out (written beside it, fonts by file URL), once
                plain and once with `--pdf-variant pdf/ua-1`, the same output
3. LibreOffice: `soffice --convert-to pdf` of the same book's DOCX (a warm
                private profile; recbook's own DOCX build time is added)

recbook runs three times per round: warm (a private user cache filled by one
untimed build first: the checked project and the static font instances
reused — a rebuild of unchanged inputs), edited (its own copy of the project
and cache, warmed the same way, then before each run one proposal's text
edited, differently each time, as bench/check_speed.py does: the project is
checked in full, with what the machine keeps across edits — the other files'
parses, known words' stems, font instances of an unchanged glyph set — reused:
the secretariat's everyday build) and cold (a new, empty cache folder each
run: a project's first build on a machine; the LibreOffice path's DOCX build is timed edited and cold
too, so those builds are also compared like for like), and installed (cold, with recbook's
installation caches emptied before each run too: what it keeps beside its bytecode for any
project — recbook.startup_cache, its own templates' compiled code, the fonts' digests — so the
first build after installing or upgrading recbook; its bytecode stays compiled, as pip leaves it). `--before DIR` (a `src` folder of earlier
code, as for bench/check_speed.py) also times that code's edited and cold builds.
Prints the fastest of `--runs` for each, as wall seconds and as CPU seconds of
the whole process tree (render workers included), and the ratios. Targets:
recbook ≤ 1.15× WeasyPrint alone, and no slower than the LibreOffice path.
The machine is shared: the runs are interleaved, so each ratio compares runs
made under the same load, and CPU seconds are the steadier figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))  # for bench.timing

from bench.check_speed import edit_proposal  # noqa: E402
from bench.timing import timed  # noqa: E402
from recbook.resources import PYCACHE  # noqa: E402  (where recbook keeps its installation caches)


def copy_project(destination: Path) -> Path:
    for name in ("inputs", "locales"):
        shutil.copytree(ROOT / name, destination / name)
    return destination


def write_html(project: Path, lang: str, folder: Path) -> Path:
    """Write the book's HTML with its stylesheets inlined, as WeasyPrint alone would get it."""
    from recbook.diagnostics import Report
    from recbook.pipeline import BuildOptions, gather, localize_book, render_context
    from recbook.render.fonts import font_face_css
    from recbook.render.html import render_html
    from recbook.render.pdf import source_date

    gathered = gather(project, Report())
    book = localize_book(gathered, lang, False, Report(), None)
    html, styles = render_html(book, render_context(project, BuildOptions()), created=source_date(book))
    inline = "".join(f"<style>{css}</style>" for css in (font_face_css(), *styles))
    path = folder / f"book.{lang}.html"
    path.write_text(html.replace("</head>", inline + "</head>", 1), "utf-8")
    return path


def edited_builds(tmp: Path, recbook: list[str], env: dict[str, str],
                  before: Path | None) -> dict[str, tuple[list[str], dict[str, str], Path]]:
    """Return the edited-project builds (this code's, and `before`'s if given): command, environment, project.

    Each has its own copy of the project and its own user cache, warmed by one untimed build. The
    LibreOffice path's DOCX build is edited the same way ("docx-edited"), to compare like for like.
    """
    codes = {"recbook-edited": (env, "pdf"), "docx-edited": (env, "docx")}
    if before:
        codes["recbook-edited-before"] = ({**env, "PYTHONPATH": str(before.resolve())}, "pdf")
    builds = {}
    for name, (code_env, fmt) in codes.items():
        project = copy_project(tmp / name)
        build_env = {**code_env, "RECBOOK_CACHE_DIR": str(tmp / f"{name}-cache")}
        command = [*recbook[:5], str(project), *recbook[6:], "--format", fmt]
        subprocess.run(command, check=True, env=build_env, stdout=subprocess.DEVNULL)  # warms its cache
        builds[name] = (command, build_env, project)
    return builds


def forget_installation_caches() -> None:
    """Remove what recbook keeps beside its bytecode for any project (the next build writes it again)."""
    for path in [*PYCACHE.glob("startup.*.marshal"), PYCACHE / "font-digests.json"]:
        path.unlink(missing_ok=True)
    for folder in PYCACHE.glob("jinja-*"):
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, help="a src folder of earlier code: time its edited build too")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env["RECBOOK_CACHE_DIR"] = os.environ["RECBOOK_CACHE_DIR"] = str(tmp / "user-cache")  # not the user's
        project = copy_project(tmp / "project")
        html = write_html(project, args.lang, tmp)
        recbook = [sys.executable, "-m", "recbook", "build", "--project", str(project), "--lang", args.lang,
                   "--rebuild"]
        edited = edited_builds(tmp, recbook, env, args.before)
        weasy = [sys.executable, "-m", "weasyprint", str(html), str(tmp / "weasyprint.pdf")]
        subprocess.run(recbook + ["--format", "docx"], check=True, env=env, stdout=subprocess.DEVNULL)
        docx = next((project / "output").glob(f"*.{args.lang}.docx"))
        profile = (tmp / "lo-profile").as_uri()
        office = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                  "--outdir", str(tmp / "lo"), str(docx)]
        subprocess.run(office, check=True, env=env, capture_output=True)  # makes the profile
        subprocess.run(recbook + ["--format", "pdf"], check=True, env=env, stdout=subprocess.DEVNULL)  # warms it
        commands = {"recbook": recbook + ["--format", "pdf"], **{n: c for n, (c, _, _) in edited.items()},
                    "recbook-cold": recbook + ["--format", "pdf"],
                    "recbook-installed": recbook + ["--format", "pdf"],
                    **({"recbook-cold-before": recbook + ["--format", "pdf"]} if args.before else {}),
                    "weasyprint": weasy,
                    "weasyprint-ua": weasy + ["--pdf-variant", "pdf/ua-1"],
                    "docx": recbook + ["--format", "docx"], "docx-cold": recbook + ["--format", "docx"],
                    "soffice": office}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for run in range(args.runs):  # interleaved: every tool sees the same load
            cold = {**env, "RECBOOK_CACHE_DIR": str(tmp / f"cold-cache-{run}")}
            envs = {"recbook-cold": cold, "docx-cold": {**env, "RECBOOK_CACHE_DIR": str(tmp / f"cold-docx-{run}")},
                    "recbook-installed": {**env, "RECBOOK_CACHE_DIR": str(tmp / f"installed-{run}")}}
            if args.before:
                envs["recbook-cold-before"] = {**env, "PYTHONPATH": str(args.before.resolve()),
                                               "RECBOOK_CACHE_DIR": str(tmp / f"cold-before-{run}")}
            for name, (_, edited_env, edited_project) in edited.items():
                edit_proposal(edited_project, run)
                envs[name] = edited_env
            for name, command in commands.items():
                if name == "recbook-installed":
                    forget_installation_caches()
                times[name].append(timed(command, envs.get(name, env)))
    report(times, args)


def report(times: dict[str, list[tuple[float, float]]], args: argparse.Namespace) -> None:
    """Print the fastest wall and CPU seconds of each way, and the ratios the targets name."""
    wall = {name: min(w for w, _ in values) for name, values in times.items()}
    cpu = {name: min(c for _, c in values) for name, values in times.items()}
    for best in (wall, cpu):
        best["office"] = best["docx"] + best["soffice"]
        best["office-cold"] = best["docx-cold"] + best["soffice"]
        best["office-edited"] = best["docx-edited"] + best["soffice"]
    print(f"one-language PDF ({args.lang}), sample, fastest of {args.runs}:   wall s   CPU s")
    rows = [("recbook build --format pdf (PDF/UA-1)", "recbook"),
            ("  the same, one proposal edited", "recbook-edited"),
            ("  the same, edited, earlier code", "recbook-edited-before"),
            ("  the same, user cache empty", "recbook-cold"),
            ("  the same, cache empty, earlier code", "recbook-cold-before"),
            ("  the same, installation caches empty too", "recbook-installed"),
            ("WeasyPrint alone, same HTML, plain PDF", "weasyprint"),
            ("WeasyPrint alone, same HTML, PDF/UA-1", "weasyprint-ua"),
            ("recbook DOCX + LibreOffice to PDF", "office"), ("  of which soffice", "soffice"),
            ("  the same, one proposal edited", "office-edited"), ("  the same, user cache empty", "office-cold")]
    for label, name in rows:
        if name not in wall:
            continue
        print(f"  {label:<40} {wall[name]:6.2f}  {cpu[name]:6.2f}")
    for mine, note in (("recbook", ""), ("recbook-edited", ", edited"), ("recbook-edited-before", ", edited, earlier"),
                       ("recbook-cold", ", cold"), ("recbook-cold-before", ", cold, earlier"),
                       ("recbook-installed", ", installed")):
        if mine not in wall:
            continue
        for label, other, target in (("recbook / WeasyPrint PDF/UA-1", "weasyprint-ua", "≤ 1.15"),
                                     ("recbook / WeasyPrint plain", "weasyprint", "≤ 1.15"),
                                     ("recbook / LibreOffice path", "office", "≤ 1.00")):
            print(f"  {label + note:<40} {wall[mine] / wall[other]:6.2f}  {_ratio(cpu, mine, other):>6}"
                  f"  (target {target})")
    # like for like: an edited or a first build pays its check whichever way it goes
    for mine, other, label in (("recbook-edited", "office-edited", "both edited"),
                               ("recbook-cold", "office-cold", "both cold")):
        print(f"  {'recbook / LibreOffice path, ' + label:<40} {wall[mine] / wall[other]:6.2f}"
              f"  {_ratio(cpu, mine, other):>6}  (target ≤ 1.00)")


def _ratio(cpu: dict[str, float], mine: str, other: str) -> str:
    return f"{cpu[mine] / cpu[other]:.2f}" if cpu[other] else "-"


if __name__ == "__main__":
    main()
