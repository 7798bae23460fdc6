"""Golden text of the sample books: normalised text and outline of each PDF and DOCX.

Any change of wording, order or structure in the published books shows up as
a diff of tests/golden/<id>.<lang>.<format>.txt in review (Pelican's
"functional test" style). The text is normalised so that line breaks and
hyphenation inside a paragraph do not matter; page boundaries and bookmarks
(PDF) and paragraph styles and table rows (DOCX) do.

Regenerate after an intended change (then review the diff):

    make golden            # = .venv/bin/python tests/golden_text.py --regenerate
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
FORMATS = ("pdf", "docx")
_LINE_END_HYPHEN = re.compile("[\u2010\u00ad]\n")  # a word WeasyPrint hyphenated at a line end
_SENTENCE = re.compile(r"(?<=[.!?;»”])\s+(?=\S)")


def _normalise(text: str) -> list[str]:
    """Return `text` as lines: one sentence (or sentence-like run) per line, spaces collapsed."""
    text = _LINE_END_HYPHEN.sub("", text).replace("\u00ad", "")
    flat = " ".join(text.split())
    return [line for line in _SENTENCE.split(flat) if line]


def pdf_golden(path: Path) -> str:
    """Return the outline and the normalised text of each page of a PDF."""
    import pypdf

    reader = pypdf.PdfReader(str(path))
    out = ["# outline"]

    def walk(items, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append(f"{'  ' * depth}- {item.title} … {reader.get_destination_page_number(item) + 1}")

    walk(reader.outline, 0)
    for number in range(1, len(reader.pages) + 1):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(number), "-l", str(number), str(path), "-"],
                              check=True, capture_output=True, text=True).stdout
        out += [f"# page {number}", *_normalise(text)]
    return "\n".join(out) + "\n"


def docx_golden(path: Path) -> str:
    """Return the outline (headings) and every paragraph and table row of a DOCX, with its style."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    body = document.element.body
    blocks = [Paragraph(el, document) if el.tag.endswith("}p") else Table(el, document)
              for el in body if el.tag.endswith(("}p", "}tbl"))]
    outline = [f"- {p.style.name}: {' '.join(p.text.split())}" for p in blocks
               if isinstance(p, Paragraph) and p.style.name.startswith("Heading")]
    out = ["# outline", *outline, "# text"]
    for block in blocks:
        if isinstance(block, Table):
            out += ["| " + " | ".join(" ".join(c.text.split()) for c in row.cells) + " |" for row in block.rows]
        elif block.text.strip():
            lines = _normalise(block.text.replace("\n", " ⏎ "))
            out.append(f"[{block.style.name}] " + "\n    ".join(lines))
    return "\n".join(out) + "\n"


def golden_of(output: Path, conference_id: str, lang: str, fmt: str) -> str:
    """Return the golden text of one built book."""
    path = output / f"{conference_id}.{lang}.{fmt}"
    return pdf_golden(path) if fmt == "pdf" else docx_golden(path)


def build_sample(project: Path) -> Path:
    """Build a copy of the sample in `project`; return its output folder."""
    import shutil

    from click.testing import CliRunner

    from recbook.cli import main

    for name in ("inputs", "locales"):
        shutil.copytree(ROOT / name, project / name)
    result = CliRunner().invoke(main, ["build", "--project", str(project)])
    if result.exit_code != 0:
        raise SystemExit(result.output)
    return project / "output"


def regenerate(output: Path) -> list[Path]:
    """Write tests/golden/* from a built sample; return the files written."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    written = []
    for book in sorted(output.glob("*.pdf")) + sorted(output.glob("*.docx")):
        conference_id, lang, fmt = book.name.rsplit(".", 2)
        target = GOLDEN / f"{conference_id}.{lang}.{fmt}.txt"
        target.write_text(golden_of(output, conference_id, lang, fmt), encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regenerate", action="store_true", help="rewrite tests/golden/ from a fresh build")
    args = parser.parse_args(argv)
    if not args.regenerate:
        parser.error("nothing to do: the comparison is tests/test_golden.py; pass --regenerate to rewrite")
    with tempfile.TemporaryDirectory() as tmp:
        for path in regenerate(build_sample(Path(tmp))):
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "tests"))
    sys.exit(main())
