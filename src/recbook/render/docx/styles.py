"""Find the reference document's styles by name, fast, and fill in any a house style lacks.

python-docx resolves a style name by scanning every style on each call, which
made a 5,000-row annex take a minute; the renderer looks each name up once.
A project's own reference.docx may define only the styles it cares about (as
pandoc allows): the rest are copied from the packaged reference, so the book
always builds and every paragraph still names a style.
"""

from __future__ import annotations

import copy
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Twips

from .widths import text_width as measured


def style_ids(document: Document) -> dict[str, str]:
    """Return style name → styleId, under both python-docx's and Word's names."""
    ids: dict[str, str] = {}
    for element in document.styles.element.iterfind(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is None:
            continue
        word_name = name.get(qn("w:val"))
        sid = element.get(qn("w:styleId"))
        ids[word_name] = sid
        ids.setdefault(word_name[:1].upper() + word_name[1:], sid)  # "heading 1" → "Heading 1"
    return ids


def untranslated_shading(document: Document, ids: dict[str, str]) -> BaseOxmlElement | None:
    """Return the w:shd of the Untranslated character style (None when it has none)."""
    sid = ids.get("Untranslated")
    for element in document.styles.element.iterfind(qn("w:style")):
        if element.get(qn("w:styleId")) == sid:
            return element.find(f"{qn('w:rPr')}/{qn('w:shd')}")
    return None


def adopt_missing_styles(document: Document, default_reference: Path) -> list[str]:
    """Copy styles the book needs from the packaged reference; return their names."""
    present = {e.get(qn("w:styleId")) for e in document.styles.element.iterfind(qn("w:style"))}
    source = docx.Document(str(default_reference)).styles.element
    added = []
    for element in source.iterfind(qn("w:style")):
        # a list style would point at numbering the house document may not have; the book uses none
        if element.get(qn("w:styleId")) not in present and element.find(f".//{qn('w:numPr')}") is None:
            document.styles.element.append(copy.deepcopy(element))
            added.append(element.find(qn("w:name")).get(qn("w:val")))
    return added


GOALS_STYLE = "Recommendation Goals"
GOALS_LABEL_SHARE = 0.6  # of the line, at most, beside the goals ("Sustainable Development Goals:" takes 0.52)
GOALS_ALONE_INDENT = 567  # twips (1 cm) under a label that stands on its own line
DEFAULT_SIZE_PT = 10.0  # Word's size for a document whose styles set none


def hang_goals(document: Document, label: str, text_width: int) -> str:
    """Give the SDG line's style a hanging indent as wide as `label`; return what follows the label.

    The PDF sets the goals in a column beside their label, one goal a line, a long title wrapping
    within the column. Here the label is followed by a tab to the indent, where the first goal
    starts; the line breaks between goals, and a title's wrapped lines, return to it. The label is
    measured in the widest common font (widths.py), so it fits in Word and LibreOffice alike. A
    label wider than 60 % of the line stands on its own line instead ("\\n"), the goals 1 cm in.
    A house reference.docx whose style sets an indent of its own keeps it (a tab follows the label).
    """
    style = document.styles[GOALS_STYLE]
    if style.element.pPr is not None and style.element.pPr.ind is not None:
        return "\t"
    base = _inherited(style, lambda s: s.paragraph_format.left_indent)
    base_twips = base.twips if base is not None else 0
    size = _inherited(style, lambda s: s.font.size)
    points = size.pt if size is not None else _default_size(document)
    hang, after = measured(label + " ", bold=True, size_pt=points), "\t"
    if hang > (text_width - base_twips) * GOALS_LABEL_SHARE:
        hang, after = GOALS_ALONE_INDENT, "\n"
    fmt = style.paragraph_format
    fmt.left_indent = Twips(base_twips + hang)
    fmt.first_line_indent = Twips(-hang)
    fmt.tab_stops.add_tab_stop(Twips(base_twips + hang))  # Word's implicit stop at a hanging indent, named
    return after


def _inherited(style, value):
    """Return `value(style)`, or its nearest base style's, or None."""
    seen = set()
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        found = value(style)
        if found is not None:
            return found
        style = style.base_style
    return None


def _default_size(document: Document) -> float:
    """Return the document defaults' font size in points (w:docDefaults), or Word's own."""
    size = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
    return int(size.get(qn("w:val"))) / 2 if size is not None else DEFAULT_SIZE_PT
