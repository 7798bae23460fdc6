"""Running header and footer, the cover as a section of its own, and document-wide settings.

The header carries the book title, the footer the parts localize prepared
(text, and page / page-count fields). As in the PDF the cover is not counted:
it is a section of its own without header or footer, and the book's section
numbers its first page 1; the count is SECTIONPAGES, the pages of that section.
"""

from __future__ import annotations

import copy
import datetime as dt

from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from ...model import LocalizedBook
from .fields import add_field
from .text import RunWriter, proofing_tag, xml_safe

_FIELDS = {"page": "PAGE", "pages": "SECTIONPAGES"}
_DRAFT_RED = RGBColor(0xAA, 0x33, 0x33)  # book.css's .draft-notice and @top-right (#a33)
# what a section may carry besides its page geometry; the cover keeps none of it
_NOT_ON_COVER = ("headerReference", "footerReference", "titlePg", "pgNumType")


def end_cover(paragraph: Paragraph) -> None:
    """Close the cover's section at `paragraph`: same page as the book, no header, footer or number."""
    body_section = paragraph._p.getparent().find(qn("w:sectPr"))
    section = copy.deepcopy(body_section) if body_section is not None else OxmlElement("w:sectPr")
    for child in list(section):
        if child.tag.split("}")[-1] in _NOT_ON_COVER:
            section.remove(child)
    paragraph._p.get_or_add_pPr().append(section)  # sectPr is the last child a pPr may have


# pPr children that come before framePr in the schema (CT_PPrBase)
_BEFORE_FRAME = ("pStyle", "keepNext", "keepLines", "pageBreakBefore")


def at_page_foot(paragraphs: list[Paragraph], width: int) -> None:
    """Set `paragraphs` in one frame at the foot of the text area (the PDF's imprint sits there).

    Word joins consecutive paragraphs with the same frame into one; LibreOffice reads
    the frame only from each paragraph (not from its style), so it is set on each.
    """
    for paragraph in paragraphs:
        frame = OxmlElement("w:framePr")
        for name, value in (("w", str(width)), ("wrap", "around"), ("vAnchor", "margin"),
                            ("hAnchor", "margin"), ("xAlign", "left"), ("yAlign", "bottom")):
            frame.set(qn(f"w:{name}"), value)
        ppr = paragraph._p.get_or_add_pPr()
        earlier = [c for c in ppr if c.tag.split("}")[-1] in _BEFORE_FRAME]
        if earlier:
            earlier[-1].addnext(frame)
        else:
            ppr.insert(0, frame)


def header_and_footer(document: Document, book: LocalizedBook, runs: RunWriter) -> list[BaseOxmlElement]:
    """Write the running header and footers, numbering from 1; return the page count's stored results."""
    section = document.sections[-1]
    # the section's first page is the imprint: numbered, without the running header (as the PDF)
    section.different_first_page_header_footer = True
    numbering = section._sectPr.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        _before_cols(section._sectPr, numbering)
    numbering.set(qn("w:start"), "1")
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.style = document.styles["Header"]
    runs.without_notes().piece(paragraph, book.title)  # marked, but a comment may not sit in a header
    section.first_page_header.is_linked_to_previous = False
    # an empty line in Normal: the Header style's rule under the running header stays off this page
    section.first_page_header.paragraphs[0].style = document.styles["Normal"]
    if book.draft and book.edition_label:  # every page says it is a draft, as the PDF's top right corner
        width = section.page_width - section.left_margin - section.right_margin
        for line in (paragraph, section.first_page_header.paragraphs[0]):
            _draft_mark(line, book.edition_label, width)
    counts = [_footer(document, footer, book) for footer in (section.first_page_footer, section.footer)]
    return [count for count in counts if count is not None]


def _draft_mark(paragraph: Paragraph, label: str, width: int) -> None:
    """Append the draft label at the right margin of a header line: bold small capitals in the PDF's red."""
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run("\t")
    run = paragraph.add_run(xml_safe(label))
    run.bold, run.font.all_caps, run.font.color.rgb, run.font.size = True, True, _DRAFT_RED, Pt(7.5)


def _footer(document: Document, footer, book: LocalizedBook) -> BaseOxmlElement | None:
    """Write the footer localize prepared, with PAGE and SECTIONPAGES fields; return the count's stored result."""
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    count = None
    for kind, value in book.footer:
        if kind == "field":
            add_field(paragraph, _FIELDS[value], "1")
            if value == "pages":
                count = paragraph._p.findall(qn("w:r"))[-2].find(qn("w:t"))
        else:
            paragraph.add_run(xml_safe(value))
    return count


def _before_cols(section: BaseOxmlElement, element: BaseOxmlElement) -> None:
    """Insert `element` (pgNumType) where the schema wants it: before cols, formProt, … titlePg."""
    later = [c for c in section if c.tag.split("}")[-1] in ("cols", "formProt", "vAlign", "noEndnote",
                                                             "titlePg", "textDirection", "bidi", "rtlGutter",
                                                             "docGrid", "printerSettings", "sectPrChange")]
    if later:
        later[0].addprevious(element)
    else:
        section.append(element)


def set_languages(document: Document, lang: str) -> None:
    """Make `lang` the proofing language of every run that does not say otherwise."""
    styles = document.styles.element
    rpr = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:  # a house reference.docx without defaults: add them
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        default = OxmlElement("w:rPrDefault")
        defaults.insert(0, default)
        rpr = OxmlElement("w:rPr")
        default.append(rpr)
    tag = rpr.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        rpr.append(tag)
    tag.set(qn("w:val"), proofing_tag(lang))
    theme = document.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), proofing_tag(lang))


def core_properties(document: Document, book: LocalizedBook, when: dt.datetime, note: str) -> None:
    """Set title, author, language and dates from the conference (never "now")."""
    props = document.core_properties
    props.title = xml_safe(book.title.value)
    if book.subtitle is not None:
        props.subject = xml_safe(book.subtitle.value)
    props.author = xml_safe("; ".join(p.name for p in book.organizers))  # the PDF's separator
    props.last_modified_by = props.author
    props.language = proofing_tag(book.lang)
    props.created = props.modified = when
    props.revision = 1
    if note:  # "Illustrative sample — proposals are fictional" for the sample
        props.comments = xml_safe(note)
    for stale in ("keywords", "category", "content_status", "identifier", "version"):
        if getattr(props, stale):  # a house reference's own values must not leak into the book
            setattr(props, stale, "")
    if book.edition_number is not None:  # a release: its number, and "Final edition" or "Draft"
        props.version = str(book.edition_number)
        status = book.edition_stamp + (f" · {book.edition_label}" if book.edition_label else "")
        props.content_status = xml_safe(status)
