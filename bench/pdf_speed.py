"""Compare a one-language PDF build with WeasyPrint alone and with LibreOffice, in one run.

    .venv/bin/python bench/pdf_speed.py [--lang ru] [--runs 3]

Three ways to the same book, each a fresh process as a user would run it:

1. recbook:     `python -m recbook build --lang L --format pdf --rebuild`
2. WeasyPrint:  `python -m weasyprint book.html book.pdf` on the HTML and CSS
                recbook lays out (written beside it, fonts by file URL)
3. LibreOffice: `soffice --convert-to pdf` of the same book's DOCX (a warm
                private profile; recbook's own DOCX render time is added)

Prints the fastest of `--runs` for each and the ratios. Targets: recbook ≤ 1.15×
WeasyPrint alone, and no slower than the LibreOffice path. The machine is shared:
the runs are interleaved, so each ratio compares runs made under the same load.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


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


def timed(command: list[str], env: dict[str, str], cwd: Path | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
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
        times: dict[str, list[float]] = {"recbook": [], "weasyprint": [], "docx": [], "soffice": []}
        for _ in range(args.runs):  # interleaved: every tool sees the same load
            times["recbook"].append(timed(recbook + ["--format", "pdf"], env))
            times["weasyprint"].append(timed(weasy, env))
            times["docx"].append(timed(recbook + ["--format", "docx"], env))
            times["soffice"].append(timed(office, env))
    best = {name: min(values) for name, values in times.items()}
    office_path = best["docx"] + best["soffice"]
    print(f"one-language PDF ({args.lang}), sample, fastest of {args.runs}:")
    print(f"  recbook build --format pdf       {best['recbook']:6.2f} s")
    print(f"  WeasyPrint alone, same HTML      {best['weasyprint']:6.2f} s")
    print(f"  recbook DOCX + LibreOffice PDF   {office_path:6.2f} s "
          f"(DOCX {best['docx']:.2f} s, soffice {best['soffice']:.2f} s)")
    print(f"  recbook / WeasyPrint alone       {best['recbook'] / best['weasyprint']:6.2f}  (target ≤ 1.15)")
    print(f"  recbook / LibreOffice path       {best['recbook'] / office_path:6.2f}  (target ≤ 1.00)")
    print(f"  recbook / soffice alone          {best['recbook'] / best['soffice']:6.2f}")


if __name__ == "__main__":
    main()
