"""Compare a one-language PDF build with WeasyPrint alone and with LibreOffice, in one run.

    .venv/bin/python bench/pdf_speed.py [--lang ru] [--runs 3]

Three ways to the same book, each a fresh process as a user would run it:

1. recbook:     `python -m recbook build --lang L --format pdf --rebuild`
                (a tagged PDF/UA-1, recbook's default)
2. WeasyPrint:  `python -m weasyprint book.html book.pdf` on the HTML and CSS
                recbook lays out (written beside it, fonts by file URL), once
                plain and once with `--pdf-variant pdf/ua-1`, the same output
3. LibreOffice: `soffice --convert-to pdf` of the same book's DOCX (a warm
                private profile; recbook's own DOCX build time is added)

recbook runs twice per round: with its user cache of static font instances
warm (a private cache folder filled by one untimed build first: the
secretariat's second and later builds), and cold (a new, empty cache folder
each run: the first build on a machine). Prints the fastest of `--runs` for each, as wall seconds and as CPU seconds of
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

from bench.timing import timed  # noqa: E402


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env["RECBOOK_CACHE_DIR"] = os.environ["RECBOOK_CACHE_DIR"] = str(tmp / "user-cache")  # not the user's
        project = copy_project(tmp / "project")
        html = write_html(project, args.lang, tmp)
        recbook = [sys.executable, "-m", "recbook", "build", "--project", str(project), "--lang", args.lang,
                   "--rebuild"]
        weasy = [sys.executable, "-m", "weasyprint", str(html), str(tmp / "weasyprint.pdf")]
        subprocess.run(recbook + ["--format", "docx"], check=True, env=env, stdout=subprocess.DEVNULL)
        docx = next((project / "output").glob(f"*.{args.lang}.docx"))
        profile = (tmp / "lo-profile").as_uri()
        office = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                  "--outdir", str(tmp / "lo"), str(docx)]
        subprocess.run(office, check=True, env=env, capture_output=True)  # makes the profile
        subprocess.run(recbook + ["--format", "pdf"], check=True, env=env, stdout=subprocess.DEVNULL)  # warms it
        commands = {"recbook": recbook + ["--format", "pdf"], "recbook-cold": recbook + ["--format", "pdf"],
                    "weasyprint": weasy,
                    "weasyprint-ua": weasy + ["--pdf-variant", "pdf/ua-1"],
                    "docx": recbook + ["--format", "docx"], "soffice": office}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for run in range(args.runs):  # interleaved: every tool sees the same load
            cold = {**env, "RECBOOK_CACHE_DIR": str(tmp / f"cold-cache-{run}")}
            for name, command in commands.items():
                times[name].append(timed(command, cold if name == "recbook-cold" else env))
    report(times, args)


def report(times: dict[str, list[tuple[float, float]]], args: argparse.Namespace) -> None:
    """Print the fastest wall and CPU seconds of each way, and the ratios the targets name."""
    wall = {name: min(w for w, _ in values) for name, values in times.items()}
    cpu = {name: min(c for _, c in values) for name, values in times.items()}
    for best in (wall, cpu):
        best["office"] = best["docx"] + best["soffice"]
    print(f"one-language PDF ({args.lang}), sample, fastest of {args.runs}:   wall s   CPU s")
    rows = [("recbook build --format pdf (PDF/UA-1)", "recbook"),
            ("  the same, font instance cache cold", "recbook-cold"),
            ("WeasyPrint alone, same HTML, plain PDF", "weasyprint"),
            ("WeasyPrint alone, same HTML, PDF/UA-1", "weasyprint-ua"),
            ("recbook DOCX + LibreOffice to PDF", "office"), ("  of which soffice", "soffice")]
    for label, name in rows:
        print(f"  {label:<40} {wall[name]:6.2f}  {cpu[name]:6.2f}")
    for mine, note in (("recbook", ""), ("recbook-cold", ", cold")):
        for label, other, target in (("recbook / WeasyPrint PDF/UA-1", "weasyprint-ua", "≤ 1.15"),
                                     ("recbook / WeasyPrint plain", "weasyprint", "≤ 1.15"),
                                     ("recbook / LibreOffice path", "office", "≤ 1.00")):
            print(f"  {label + note:<40} {wall[mine] / wall[other]:6.2f}  {_ratio(cpu, mine, other):>6}"
                  f"  (target {target})")


def _ratio(cpu: dict[str, float], mine: str, other: str) -> str:
    return f"{cpu[mine] / cpu[other]:.2f}" if cpu[other] else "-"


if __name__ == "__main__":
    main()
