"""Runs of text: XML-safe, tagged with their real language, fallbacks marked.

Each printed string is either a plain `str` in the book's language (labels,
numbers) or a `Text` that knows the language it is really in. Word spell-checks
by `w:lang`, so a Kazakh group name inside a Russian book gets `kk-KZ`.
"""

from __future__ import annotations

import copy
import re
from typing import Iterable, Union

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ...model import Text
from ..hyphenate_kk import SOFT_HYPHEN, hyphenate

Piece = Union[str, Text]

# Word's proofing languages (BCP 47 tags with region, as Word writes them).
PROOFING = {"kk": "kk-KZ", "ru": "ru-RU", "en": "en-US"}

# Characters XML 1.0 cannot hold (lxml refuses them). RELIABILITY 9: validation
# reports each at file:line; the book still builds and shows U+FFFD in its place,
# so an editor sees where something was, and nothing disappears unnoticed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
REPLACEMENT = "\ufffd"
_CONTROL = re.compile("([\t\n\u00ad\u2011])")
# a soft hyphen becomes Word's w:softHyphen: it hyphenates there, and copied text stays clean;
# localize's no-break hyphen ("3‑жұмыс тобы") becomes Word's own w:noBreakHyphen
_BREAKS = {"\t": "w:tab", "\n": "w:br", SOFT_HYPHEN: "w:softHyphen", "\u2011": "w:noBreakHyphen"}
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# a value's tabs and runs of spaces print as one space, as the PDF (HTML) sets them, and a line break
# keeps no space beside it; check warns of them (text.whitespace). Only ASCII blanks: the no-break
# spaces are typography's. The renderer's own pieces (a plain str: the tab after the SDG label) stay.
_BLANKS = re.compile("[ \t]+")
_BESIDE_BREAK = re.compile(" ?\n ?")


def printed_spaces(value: str) -> str:
    """Return `value` with its blanks as a browser lays them out: one space, none beside a line break."""
    return _BESIDE_BREAK.sub("\n", _BLANKS.sub(" ", value))


def xml_safe(value: str) -> str:
    """Return `value` with each character XML cannot hold replaced by U+FFFD, and no word joiner.

    Typography holds a range "3–5" on one line with a word joiner (U+2060) for the PDF; the DOCX is
    the text editors copy from, and an invisible character there came back into inputs as a
    control character (and may stop Word's search for "3–5"): Word and LibreOffice lay it out as
    typed.
    """
    return _NOT_XML.sub(REPLACEMENT, value).replace("\u2060", "")


def proofing_tag(lang: str) -> str:
    """Return Word's proofing language for a book language code."""
    return PROOFING.get(lang, lang)


def set_run_lang(run: Run, lang: str) -> None:
    """Tag `run` as written in `lang` (Word spell-checks it in that language)."""
    rpr = run._r.get_or_add_rPr()
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), proofing_tag(lang))
    rpr.append(tag)  # w:lang is the last rPr child we use, so appending keeps schema order


def add_run(paragraph: Paragraph, value: str, style_id: str | None = None) -> Run:
    """Append a run; tabs and line breaks become w:tab / w:br as Word expects."""
    # built with lxml directly: python-docx's setters made a 5,000-row annex take a minute
    run = OxmlElement("w:r")
    if style_id is not None:
        properties = OxmlElement("w:rPr")
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), style_id)
        properties.append(style)
        run.append(properties)
    for chunk in _CONTROL.split(xml_safe(value)):
        if chunk in _BREAKS:
            run.append(OxmlElement(_BREAKS[chunk]))
        elif chunk:
            text = OxmlElement("w:t")
            text.text = chunk
            if chunk != chunk.strip():
                text.set(_XML_SPACE, "preserve")
            run.append(text)
    paragraph._p.append(run)
    return Run(run, paragraph)


def _hyphenated(paragraph: Paragraph) -> bool:
    """Return False for titles and headings, which are never broken across lines by a hyphen."""
    style_id = paragraph._p.style or ""
    return not style_id.startswith(("Heading", "Title", "Subtitle", "TOC"))


class RunWriter:
    """Append pieces to paragraphs, knowing the book language and whether it is a draft."""

    def __init__(self, book_lang: str, draft: bool, mark_fallback, ids: dict[str, str],
                 shading: BaseOxmlElement | None = None) -> None:
        self.book_lang = book_lang
        self.draft = draft
        # callback(run) that attaches the editor's note; None marks by style only (a header or footer,
        # where a comment is invalid: LibreOffice refuses the whole file, and Word lets no one put one there)
        self._mark_fallback = mark_fallback
        self.ids = ids  # style name → styleId
        # the Untranslated style's shading, for a fallback whose run keeps a style of its own (a bold
        # details label): a run has one character style, and the label must stay bold and be marked
        self._shading = shading

    def piece(self, paragraph: Paragraph, piece: Piece, style: str | None = None, *,
              hyphens: bool = True) -> Run | None:
        """Append one piece; return its run (None for an empty string). `hyphens=False`: a name kept whole."""
        if style is not None:
            style = self.ids[style]
        if isinstance(piece, str):
            return add_run(paragraph, piece, style) if piece else None
        marked = self.draft and piece.fallback
        # neither Word nor LibreOffice has Kazakh hyphenation: place its syllable breaks
        # ourselves, as the PDF does, so justified Kazakh text gets no rivers
        value = printed_spaces(piece.value)
        value = hyphenate(value) if hyphens and piece.lang == "kk" and _hyphenated(paragraph) else value
        run = add_run(paragraph, value, self.ids["Untranslated"] if marked and style is None else style)
        if marked and style is not None and style != self.ids["Untranslated"] and self._shading is not None:
            run._r.get_or_add_rPr().append(copy.deepcopy(self._shading))  # before w:lang, as the schema orders
        if piece.lang != self.book_lang:
            set_run_lang(run, piece.lang)
        if marked and self._mark_fallback is not None:
            self._mark_fallback(run)
        return run

    def without_notes(self) -> RunWriter:
        """Return a writer that marks fallbacks by the Untranslated style only, with no comment anchored."""
        return RunWriter(self.book_lang, self.draft, None, self.ids, self._shading)

    def pieces(self, paragraph: Paragraph, pieces: Iterable[Piece], style: str | None = None) -> None:
        """Append pieces in order."""
        for piece in pieces:
            self.piece(paragraph, piece, style)


def label_piece(text: Text) -> Piece:
    """Return a label as the piece to print: its Text when it is a fallback (marked), else its plain words.

    A plain string is printed as it is; a Text in the book's language would be hyphenated (Kazakh) like prose.
    """
    return text if text.fallback else text.value


def joined(label: str, items: tuple[Text, ...]) -> list[Piece]:
    """Split a list already joined the CLDR way back into items and separators.

    localize joins names with the language's list pattern ("A, B және C"); the
    names keep their own language, so each becomes its own tagged run. If a
    name cannot be found in order, the joined label is printed as it is.
    """
    out: list[Piece] = []
    pos = 0
    for item in items:
        at = label.find(item.value, pos)
        if at < 0:
            return [label]
        if at > pos:
            out.append(label[pos:at])
        out.append(item)
        pos = at + len(item.value)
    if label[pos:]:
        out.append(label[pos:])
    return out


def separated(items: Iterable[Piece], separator: str = "; ") -> list[Piece]:
    """Return items with `separator` between them."""
    out: list[Piece] = []
    for item in items:
        if out:
            out.append(separator)
        out.append(item)
    return out
