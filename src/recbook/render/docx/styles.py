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
