"""The book cut in two where its body starts on a page of its own: front matter and contents, then the rest.

When the contents' page numbers change width, only the contents change: paginate.Pager
then lays out the front part alone, not the whole book again, and a heading's
page is the front part's pages plus the heading's page within the body, which
the first layout (of the whole book) measured from a bookmark on the body's
first paragraph.

The body starts at the first paragraph after the contents that breaks the
page before it (pageBreakBefore, its own or its style's: Heading 1), so
nothing flows across the cut: LibreOffice ignores keep-with-next into a
paragraph with a page break before it, widow and orphan control act within a
paragraph, and a page break on a document's first paragraph is dropped; a
keep-with-next chain looks back only to its first paragraph without keep (the
contents' entries have none). Laid out without the front part, the body gave
the whole book's pages: every page of the 2,000-proposal ru book, line for line.
There is no cut when a table ends the front part (LibreOffice would add an empty
paragraph after it, which may take a page of its own), nor before the last
section break, nor where odd and even pages have different headers
(evenAndOddHeaders, a house reference.docx): the front part is then laid out
with the whole book each time, as before.

Why only in two: LibreOffice's layout of a page depends on what follows it, not
only on what precedes it. In the English sample, recommendation 2.4's heading
and text end page 11 of the whole book, its details on page 12, but the
direction laid out alone, or followed by the other directions, by the SDG
annex or by 60 pages of filler, moves heading and text to its second page (a
keep-with-next chain that does not fit); followed by the provenance annex (a
table over pages, then the originals) they end its first page again. So parts laid out on their own
do not give the whole book's pages; the body is always laid out with
everything that follows it, and the front part alone is checked against the
whole book's layout of it before its pages are trusted (Pager).
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from io import BytesIO

from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from lxml import etree

BODY = "_RecbookBody"  # the bookmark on the body's first paragraph, in the layout copy only
_P, _TBL, _SDT, _BODY, _SECT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:body"), qn("w:sectPr")
_SECTION_END = f"{qn('w:pPr')}/{_SECT}"  # a section break: in the properties of its last paragraph
_TOC = f".//{qn('w:docPartGallery')}[@{qn('w:val')}='Table of Contents']"
_BREAK, _VAL = qn("w:pageBreakBefore"), qn("w:val")
_OWN_BREAK, _STYLE = f"{qn('w:pPr')}/{_BREAK}", f"{qn('w:pPr')}/{qn('w:pStyle')}"
_OFF = ("0", "false", "off")
_PARSER = etree.XMLParser(huge_tree=True)


@dataclass(frozen=True)
class Cut:
    """The layout copy of a book, cut where its body starts."""

    front: bytes  # cover, imprint and contents: a DOCX of their own
    body: str  # a digest of the body and everything it is laid out with (styles, section, headers)
    whole: bytes  # the whole copy, with the BODY bookmark on the body's first paragraph


def cut(data: bytes) -> Cut | None:
    """Return the DOCX `data` cut before its body (None when it cannot be cut exactly)."""
    with zipfile.ZipFile(BytesIO(data)) as source:
        names = source.namelist()
        if "word/settings.xml" in names and _odd_even_headers(etree.fromstring(source.read("word/settings.xml"))):
            return None
        root = etree.fromstring(source.read("word/document.xml"), _PARSER)
        breaking = _breaking_styles(source.read("word/styles.xml")) if "word/styles.xml" in names else set()
        body = root.find(_BODY)
        start = _body_start(body, breaking)
        if start is None:
            return None
        _mark(start, _free_id(root))
        whole = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        # cut the text, not the tree: removing thousands of elements from lxml's tree costs more
        prefix = (body.prefix + ":") if body.prefix else ""
        at = whole.index(f'{prefix}name="{BODY}"'.encode())
        begin = max(whole.rfind(f"<{prefix}p>".encode(), 0, at), whole.rfind(f"<{prefix}p ".encode(), 0, at))
        end = whole.rindex(f"<{prefix}sectPr".encode())  # the body's own section, its last element
        digest = _digest(source, whole[begin:end])
        return Cut(_package(source, whole[:begin] + whole[end:]), digest, _package(source, whole))


def _digest(source: zipfile.ZipFile, body: bytes) -> str:
    """Return a digest of the body's XML and of every part of the package but document.xml (all a layout reads)."""
    digest = hashlib.sha256()
    for info in source.infolist():
        if info.filename != "word/document.xml":
            digest.update(info.filename.encode() + b"\0" + source.read(info))
    digest.update(body)
    return digest.hexdigest()


def _odd_even_headers(settings: etree._Element) -> bool:
    """Return True when the settings give odd and even pages different headers and footers."""
    found = settings.find(qn("w:evenAndOddHeaders"))
    return found is not None and found.get(qn("w:val"), "1") not in _OFF


def _breaking_styles(styles_xml: bytes) -> set[str]:
    """Return the ids of the paragraph styles that break the page before (basedOn followed)."""
    styles = {s.get(qn("w:styleId")): s for s in etree.fromstring(styles_xml).iter(qn("w:style"))
              if s.get(qn("w:type")) == "paragraph"}

    def breaks(style_id: str | None, depth: int = 0) -> bool:
        style = styles.get(style_id)
        if style is None or depth > len(styles):  # a loop of basedOn: no break
            return False
        own = style.find(f"{qn('w:pPr')}/{_BREAK}")
        if own is not None:
            return own.get(qn("w:val"), "1") not in _OFF
        based = style.find(qn("w:basedOn"))
        return breaks(based.get(qn("w:val")) if based is not None else None, depth + 1)

    default = next((i for i, s in styles.items() if s.get(qn("w:default")) in ("1", "true", "on")), None)
    found = {i for i in styles if breaks(i)}
    return found | ({""} if default in found else set())  # "": a paragraph that names no style


def _body_start(body: etree._Element, breaking: set[str]) -> etree._Element | None:
    """Return the body's first paragraph: after the contents and the last section break."""
    children = [c for c in body if c.tag != _SECT]
    contents = [i for i, c in enumerate(children) if c.tag == _SDT and c.find(_TOC) is not None]
    sections = [i for i, c in enumerate(children) if c.tag == _P and c.find(_SECTION_END) is not None]
    after = max(contents[:1] + sections, default=None)
    if after is None or not contents:
        return None
    for index in range(after + 1, len(children)):
        if _breaks(children[index], breaking):
            return children[index] if _ends_in_paragraph(children[index - 1]) else None
    return None


def _breaks(element: etree._Element, breaking: set[str]) -> bool:
    """Return True for a paragraph that breaks the page before it (its own setting, else its style's)."""
    if element.tag != _P:
        return False
    own = element.find(_OWN_BREAK)
    if own is not None:
        return own.get(_VAL, "1") not in _OFF
    style = element.find(_STYLE)
    return (style.get(_VAL) if style is not None else "") in breaking


def _ends_in_paragraph(element: etree._Element) -> bool:
    """Return True when the last block of `element` is a paragraph (a content control's, too)."""
    if element.tag == _SDT:
        content = element.find(qn("w:sdtContent"))
        blocks = [c for c in content if c.tag in (_P, _TBL, _SDT)] if content is not None else []
        return bool(blocks) and _ends_in_paragraph(blocks[-1])
    return element.tag == _P


def _free_id(root: etree._Element) -> int:
    """Return a bookmark id no bookmark in the document has."""
    ids = [int(i) for i in root.xpath("//w:bookmarkStart/@w:id", namespaces={"w": nsmap["w"]})
           if i.isdigit()]
    return max(ids, default=0) + 1


def _mark(paragraph: etree._Element, number: int) -> None:
    """Put the BODY bookmark at the start of `paragraph` (after its properties)."""
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), BODY)
    end.set(qn("w:id"), str(number))
    at = 1 if paragraph.find(qn("w:pPr")) is not None else 0
    paragraph.insert(at, end)
    paragraph.insert(at, start)


def _package(source: zipfile.ZipFile, document: bytes) -> bytes:
    """Return the package of `source` with `document` as its document.xml."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            target.writestr(info.filename, document if info.filename == "word/document.xml" else source.read(info))
    return out.getvalue()
