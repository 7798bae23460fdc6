"""Running header and footer, the cover without them, and document-wide settings.

The header carries the book title, the footer the parts localize prepared
(text, and PAGE / NUMPAGES fields). The cover is the section's first page
(`w:titlePg`) with empty first-page header and footer.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ...model import LocalizedBook
from .fields import add_field
from .text import RunWriter, proofing_tag, xml_safe

_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}

# CT_Settings children that must come after w:updateFields (schema order)
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
                        "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
                        "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
                        "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
                        "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")


def header_and_footer(document: Document, book: LocalizedBook, runs: RunWriter) -> None:
    """Write the running header and footer; leave the cover's first page blank."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    # Creating empty first-page parts keeps a project's reference.docx header off the cover.
    for part in (section.first_page_header, section.first_page_footer):
        part.is_linked_to_previous = False
        part.paragraphs[0].style = document.styles["Normal"]  # no header rule on the cover
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.style = document.styles["Header"]
    runs.piece(paragraph, book.title)
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    for kind, value in book.footer:
        if kind == "field":
            add_field(paragraph, _FIELDS[value], "1")
        else:
            paragraph.add_run(xml_safe(value))


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


def update_fields_on_open(document: Document) -> None:
    """Ask Word to recompute TOC page numbers and PAGEREFs when the file opens."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    flag = OxmlElement("w:updateFields")
    flag.set(qn("w:val"), "true")
    later = [child for child in settings if child.tag.split("}")[-1] in _AFTER_UPDATE_FIELDS]
    if later:
        later[0].addprevious(flag)
    else:
        settings.append(flag)


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
