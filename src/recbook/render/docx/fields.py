"""Word fields, bookmarks and internal hyperlinks as raw WordprocessingML.

python-docx has no API for these. A complex field is begin / instrText /
separate / cached result / end; the cached result is what a reader sees
until the field is updated, so it is always filled with something sensible.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from .text import xml_safe


def _run(*children: BaseOxmlElement) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    for child in children:
        run.append(child)
    return run


def _fld_char(kind: str) -> BaseOxmlElement:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    return char


def _text(tag: str, value: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    element.text = xml_safe(value)
    return element


def text_run(value: str) -> BaseOxmlElement:
    """Return a plain `w:r` holding `value`."""
    return _run(_text("w:t", value))


def tab_run() -> BaseOxmlElement:
    """Return a run holding one tab (the TOC's dot leader comes from the style)."""
    return _run(OxmlElement("w:tab"))


def field_begin(instruction: str) -> list[BaseOxmlElement]:
    """Return the runs that open a field up to its cached result."""
    return [_run(_fld_char("begin")), _run(_text("w:instrText", f" {instruction} ")), _run(_fld_char("separate"))]


def field_end() -> BaseOxmlElement:
    """Return the run that closes a field."""
    return _run(_fld_char("end"))


def field_runs(instruction: str, cached: str) -> list[BaseOxmlElement]:
    """Return the runs of a whole field with its cached result."""
    return [*field_begin(instruction), text_run(cached), field_end()]


def add_field(paragraph: Paragraph, instruction: str, cached: str) -> None:
    """Append a complete field (PAGE, NUMPAGES, PAGEREF …) to `paragraph`."""
    for run in field_runs(instruction, cached):
        paragraph._p.append(run)


def add_bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """Wrap the paragraph's content in a bookmark (the target of TOC entries)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    ppr = paragraph._p.pPr
    paragraph._p.insert(1 if ppr is not None else 0, start)
    paragraph._p.append(end)


def hyperlink(anchor: str, runs: list[BaseOxmlElement]) -> BaseOxmlElement:
    """Return an internal hyperlink to bookmark `anchor` around `runs`."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    for run in runs:
        link.append(run)
    return link
