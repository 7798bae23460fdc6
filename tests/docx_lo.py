"""Convert DOCX files with LibreOffice and read the PDF back line by line, for the DOCX layout tests.

`stand_in=True` hides Liberation Serif from LibreOffice (a fontconfig file that
rejects it), so it lays the book out in DejaVu Serif, the wider font it stands
in for Times New Roman on a machine without fonts-liberation2: the DOCX must
look right on both.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

_REJECT_LIBERATION = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><pattern><patelt name="family"><string>Liberation Serif</string></patelt></pattern>
  </rejectfont></selectfont>
</fontconfig>
"""
_X = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Line:
    """One printed line: its words joined by spaces, and where it ends (points from the page top)."""

    text: str
    bottom: float


@dataclass(frozen=True)
class Page:
    height: float
    lines: list[Line]
    fonts: frozenset[str] = frozenset()


def require(tool: str) -> str:
    """Return the tool's path; skip without it, fail in CI (.ci/run installs it)."""
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is required in CI (apt-get install libreoffice-writer-nogui poppler-utils)")
        pytest.skip(f"{tool} not installed")
    return found


def convert(files: list[Path], out: Path, stand_in: bool = False) -> list[Path]:
    """Convert `files` to PDF in `out` with one LibreOffice run; return the PDFs."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if stand_in:
        (out / "fonts.conf").write_text(_REJECT_LIBERATION, encoding="utf-8")
        env["FONTCONFIG_FILE"] = str(out / "fonts.conf")
    profile = (out / "profile").as_uri()  # a private profile: parallel runs do not share a lock
    subprocess.run([require("soffice"), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, files)], capture_output=True, check=True, timeout=300, env=env)
    return [out / f.with_suffix(".pdf").name for f in files]


def pages(pdf: Path) -> list[Page]:
    """Return each page's lines as poppler reads them (hyphens at line ends kept)."""
    out = subprocess.run([require("pdftotext"), "-bbox-layout", str(pdf), "-"], capture_output=True,
                         check=True, timeout=60)
    root = etree.fromstring(out.stdout, etree.XMLParser(recover=True, huge_tree=True))
    fonts = subprocess.run([require("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    families = frozenset(line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:] if line.strip())
    return [Page(float(page.get("height")),
                 [Line(" ".join(w.text or "" for w in line.iter(f"{_X}word")), float(line.get("yMax")))
                  for line in page.iter(f"{_X}line")], families)
            for page in root.iter(f"{_X}page")]


def sample_books(output: Path, langs: tuple[str, ...]) -> dict:
    """Return the sample's LocalizedBook per language, as the build that wrote `output` made them."""
    from recbook.diagnostics import Report
    from recbook.localize import localize
    from recbook.pipeline import gather

    gathered = gather(output.parent, Report())
    return {lang: localize(gathered.inputs, gathered.merged, gathered.catalogs, lang, draft=True)[0]
            for lang in langs}
