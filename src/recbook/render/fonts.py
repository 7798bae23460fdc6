"""Find the pip-installed fonts the PDF embeds, and declare them to WeasyPrint.

The book is set in Noto Serif (text) and Noto Sans (headings, tables, chart),
installed as Python packages (``fontpkg-noto-serif``, ``fontpkg-noto-sans``)
so every machine that builds the book embeds the very same files: system
fonts would make the output differ between machines. Both families are
variable fonts: WeasyPrint 70 rejects a weight range in ``@font-face``, so
each file is declared once, and WeasyPrint instantiates the requested weight
(600, 700) with fontTools when it embeds the font: a real bold, not a faked
one (tests/test_pdf_sample.py checks the embedded usWeightClass).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..diagnostics import RecbookError

# CSS family name → pip package that provides it
FAMILIES: dict[str, str] = {
    "Noto Serif": "fontpkg-noto-serif",
    "Noto Sans": "fontpkg-noto-sans",
}


@dataclass(frozen=True)
class FontFace:
    """One font file and the CSS descriptors it serves."""

    family: str
    path: Path
    style: str  # "normal" or "italic"
    weight: str  # a CSS weight for static files, "" for variable ones
    version: str


@lru_cache(maxsize=1)
def font_faces() -> tuple[FontFace, ...]:
    """Return the book's font files, sorted so the generated CSS is stable."""
    # imported here: fontpkg imports importlib.metadata (and the email package), which the build
    # process, reading only FAMILIES for its manifest, need not load (recbook.render.installed)
    import fontpkg

    faces: list[FontFace] = []
    for name, package in FAMILIES.items():
        try:
            family = fontpkg.family(name)
        except fontpkg.FamilyNotInstalled as exc:
            raise RecbookError(f"font {name!r} is not installed: pip install {package}") from exc
        for file in family.files:
            # a variable file serves every weight (see the module docstring)
            weight = "" if file.variable else str(file.weight or 400)
            faces.append(FontFace(name, file.path.resolve(), file.style, weight, family.version))
    return tuple(sorted(faces, key=lambda f: (f.family, f.style, str(f.path))))


def font_dirs() -> tuple[Path, ...]:
    """Return the folders holding the font files (the URL fetcher allows exactly these)."""
    return tuple(sorted({face.path.parent for face in font_faces()}))


def font_face_css() -> str:
    """Return the ``@font-face`` rules for every book font, as file: URLs."""
    rules = []
    for face in font_faces():
        rules.append(
            "@font-face {\n"
            f"  font-family: '{face.family}';\n"
            f"  src: url('{face.path.as_uri()}') format('truetype');\n"
            f"  font-style: {face.style};\n"
            + (f"  font-weight: {face.weight};\n" if face.weight else "")
            + "}"
        )
    return "\n".join(rules) + "\n"


def font_versions() -> dict[str, str]:
    """Return family → version, for the build manifest."""
    return {face.family: face.version for face in font_faces()}
