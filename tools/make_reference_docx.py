"""Build templates/reference.docx: the named styles the DOCX edition is made of.

Run `python tools/make_reference_docx.py` after changing a style here; the
output is byte-identical for the same script, so a diff of the committed file
means a style really changed. A conference project may replace the file with
its own house style (pandoc's reference-doc idea): the renderer only relies on
the style names listed in `STYLE_NAMES` below.

Why XML by hand: python-docx's own template carries 260 latent styles, theme
fonts, a thumbnail and rsids; an editor reviewing the house style should see
only the styles the book uses. Measures are twips (1/20 pt) and half-points.
"""

from __future__ import annotations

import sys
import zipfile
from io import BytesIO
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FONT = "Times New Roman"  # the official norm; on every Windows machine, with Kazakh letters

# A4 with the margins of Kazakhstan's office-work rules: wide left for binding.
PAGE = {"w": 11906, "h": 16838, "top": 1134, "right": 850, "bottom": 1134, "left": 1701}
TEXT_WIDTH = PAGE["w"] - PAGE["left"] - PAGE["right"]  # 9355 twips = 16.5 cm
RIGHT_TAB = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
BOX = "".join(
    f'<w:{side} w:val="single" w:sz="6" w:space="4" w:color="808080"/>'
    for side in ("top", "left", "bottom", "right")
)

# (type, styleId, name, basedOn, next, pPr, rPr) — pPr/rPr are inner XML.
STYLES: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("paragraph", "Normal", "Normal", "", "", "<w:widowControl/>", ""),
    ("paragraph", "Title", "Title", "Normal", "Subtitle",
     '<w:keepNext/><w:suppressAutoHyphens/><w:spacing w:before="2268" w:after="480"/><w:jc w:val="center"/>',
     '<w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/>'),
    ("paragraph", "Subtitle", "Subtitle", "Normal", "CoverText",
     '<w:suppressAutoHyphens/><w:spacing w:after="480"/><w:jc w:val="center"/>', '<w:sz w:val="32"/><w:szCs w:val="32"/>'),
    ("paragraph", "CoverText", "Cover Text", "Normal", "CoverText",
     '<w:suppressAutoHyphens/><w:spacing w:after="120"/><w:jc w:val="center"/>', ""),
    # a partner's name beside its logo: left-aligned, so the logos line up in their column
    ("paragraph", "CoverPartner", "Cover Partner", "CoverText", "CoverPartner",
     '<w:spacing w:before="60" w:after="60"/><w:jc w:val="left"/>', '<w:sz w:val="24"/><w:szCs w:val="24"/>'),
    ("paragraph", "CoverKind", "Cover Kind", "CoverText", "Title",
     '<w:spacing w:before="567" w:after="120"/>', '<w:caps/><w:spacing w:val="40"/>'),
    ("paragraph", "CoverNotice", "Cover Notice", "CoverText", "CoverText",
     f'<w:pBdr>{BOX}</w:pBdr><w:spacing w:before="480" w:after="120"/>', "<w:b/><w:bCs/>"),
    ("paragraph", "Imprint", "Imprint", "Normal", "Imprint",
     '<w:spacing w:after="160"/>', '<w:sz w:val="24"/><w:szCs w:val="24"/>'),
    ("paragraph", "Heading1", "heading 1", "Normal", "BodyText",
     '<w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:suppressAutoHyphens/><w:spacing w:before="0" w:after="360"/>'
     '<w:outlineLvl w:val="0"/>',
     '<w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/>'),
    ("paragraph", "Heading2", "heading 2", "Normal", "BodyText",
     '<w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/>',
     '<w:b/><w:bCs/><w:sz w:val="30"/><w:szCs w:val="30"/>'),
    ("paragraph", "Heading3", "heading 3", "Normal", "BodyText",
     '<w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="2"/>',
     "<w:b/><w:bCs/>"),
    # outline level 9 = body text: the Contents heading is neither in the TOC nor the pane
    ("paragraph", "TOCHeading", "TOC Heading", "Heading1", "Normal", '<w:outlineLvl w:val="9"/>', ""),
    ("paragraph", "TOC1", "toc 1", "Normal", "Normal",
     f'{RIGHT_TAB}<w:suppressAutoHyphens/><w:spacing w:before="120" w:after="60"/><w:ind w:left="357" w:hanging="357"/>',
     "<w:b/><w:bCs/>"),
    ("paragraph", "TOC2", "toc 2", "Normal", "Normal",
     f'{RIGHT_TAB}<w:suppressAutoHyphens/><w:spacing w:after="60"/><w:ind w:left="1134" w:hanging="567"/>', ""),
    ("paragraph", "BodyText", "Body Text", "Normal", "BodyText",
     '<w:spacing w:after="120"/><w:ind w:firstLine="709"/><w:jc w:val="both"/>', ""),
    ("paragraph", "ListBullet", "List Bullet", "Normal", "ListBullet",
     '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>'
     '<w:ind w:left="709" w:hanging="357"/>', ""),
    ("paragraph", "Signature", "Signature", "Normal", "BodyText",
     '<w:keepLines/><w:spacing w:before="240"/><w:jc w:val="right"/>', "<w:i/><w:iCs/>"),
    ("paragraph", "Details", "Recommendation Details", "Normal", "Details",
     '<w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:after="40"/><w:ind w:left="709"/>',
     '<w:sz w:val="24"/><w:szCs w:val="24"/>'),
    # the SDG line, one goal a line: the renderer gives it a hanging indent as wide as the label (in
    # the book's language), so every goal and every wrapped line starts under the first goal, as the
    # PDF's goals column does; a house style that sets an indent of its own keeps it
    ("paragraph", "Goals", "Recommendation Goals", "Details", "Details", "", ""),
    # the last line of a recommendation: the details above keep with it, it lets the page end
    ("paragraph", "ProposedBy", "Proposed By", "Details", "BodyText", '<w:keepNext w:val="0"/>', ""),
    ("paragraph", "Figure", "Figure", "Normal", "Caption",
     '<w:keepNext/><w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/>', ""),
    ("paragraph", "Caption", "caption", "Normal", "BodyText",
     '<w:spacing w:after="240"/><w:jc w:val="center"/>',
     '<w:i/><w:iCs/><w:sz w:val="22"/><w:szCs w:val="22"/>'),
    ("paragraph", "TableText", "Table Text", "Normal", "TableText",
     '<w:suppressAutoHyphens/><w:spacing w:after="0"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/>'),
    ("paragraph", "TableHeading", "Table Heading", "TableText", "TableText",
     "<w:keepNext/>", "<w:b/><w:bCs/>"),
    ("paragraph", "TableNumber", "Table Number", "TableText", "TableNumber", '<w:jc w:val="right"/>', ""),
    ("paragraph", "Header", "header", "Normal", "Header",
     f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>'
     '<w:spacing w:after="0"/><w:jc w:val="center"/>',
     '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
    ("paragraph", "Footer", "footer", "Normal", "Footer",
     '<w:spacing w:after="0"/><w:jc w:val="center"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
    ("character", "DefaultParagraphFont", "Default Paragraph Font", "", "", "", ""),
    ("character", "Strong", "Strong", "DefaultParagraphFont", "", "", "<w:b/><w:bCs/>"),
    # draft only: text shown in the source language because its translation is missing
    ("character", "Untranslated", "Untranslated", "DefaultParagraphFont", "", "",
     '<w:shd w:val="clear" w:color="auto" w:fill="FFE680"/>'),
)

# Every style the renderer applies, by the name python-docx looks it up with.
STYLE_NAMES = tuple(name for _, _, name, *_ in STYLES) + ("Book Table",)

TABLE_STYLES = (
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
    '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="BookTable"><w:name w:val="Book Table"/>'
    '<w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>'
    + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
              for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    + '</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>'
    '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    '<w:tblStylePr w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>'
    "</w:tcPr></w:tblStylePr></w:style>"
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
    "<w:semiHidden/></w:style>"
)


def _style(kind: str, sid: str, name: str, based: str, nxt: str, ppr: str, rpr: str) -> str:
    default = ' w:default="1"' if sid in ("Normal", "DefaultParagraphFont") else ""
    parts = [f'<w:style w:type="{kind}"{default} w:styleId="{sid}"><w:name w:val="{name}"/>']
    parts.append(f'<w:basedOn w:val="{based}"/>' if based else "")
    parts.append(f'<w:next w:val="{nxt}"/>' if nxt else "")
    parts.append("<w:qFormat/>")
    parts.append(f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
    parts.append(f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
    return "".join(parts) + "</w:style>"


def styles_xml() -> str:
    """Return word/styles.xml: document defaults (font, size, language) and the styles."""
    fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    defaults = (
        f"<w:docDefaults><w:rPrDefault><w:rPr>{fonts}"
        '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" '
        'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )
    body = "".join(_style(*s) for s in STYLES)
    return f'{XML_HEAD}<w:styles xmlns:w="{W_NS}" xmlns:r="{R_NS}">{defaults}{body}{TABLE_STYLES}</w:styles>'


def numbering_xml() -> str:
    """Return word/numbering.xml: the bullet the List Bullet style points to."""
    lvl = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/>'
        '<w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="357"/>'
        "</w:pPr></w:lvl>"
    )
    return (
        f'{XML_HEAD}<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
        f'<w:multiLevelType w:val="singleLevel"/>{lvl}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def settings_xml() -> str:
    """Return word/settings.xml, without rsids (they would be random in Word)."""
    return (
        f'{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/'
        'office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-US"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )


def font_table_xml() -> str:
    """Return word/fontTable.xml declaring the one font the styles name."""
    return (
        f'{XML_HEAD}<w:fonts xmlns:w="{W_NS}"><w:font w:name="{FONT}">'
        '<w:panose1 w:val="02020603050405020304"/><w:charset w:val="CC"/><w:family w:val="roman"/>'
        '<w:pitch w:val="variable"/></w:font></w:fonts>'
    )


def _sample(style: str, text: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'


def document_xml() -> str:
    """Return word/document.xml: one sample paragraph per style, and the A4 page."""
    samples = "".join(_sample(sid, f"{name} — Қазақстан, Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі")
                      for kind, sid, name, *_ in STYLES if kind == "paragraph")
    sect = (
        f'<w:sectPr><w:pgSz w:w="{PAGE["w"]}" w:h="{PAGE["h"]}"/><w:pgMar w:top="{PAGE["top"]}" '
        f'w:right="{PAGE["right"]}" w:bottom="{PAGE["bottom"]}" w:left="{PAGE["left"]}" '
        'w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'
    )
    return f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{samples}{sect}</w:body></w:document>'


def _rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in items)
    return f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'


_OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def content_types_xml() -> str:
    """Return [Content_Types].xml for the parts below."""
    over = {
        "/word/document.xml": _CT + "document.main+xml", "/word/styles.xml": _CT + "styles+xml",
        "/word/settings.xml": _CT + "settings+xml", "/word/fontTable.xml": _CT + "fontTable+xml",
        "/word/numbering.xml": _CT + "numbering+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    }
    body = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in over.items())
    return (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{body}</Types>'
    )


def core_xml() -> str:
    """Return docProps/core.xml; the renderer replaces every field per book."""
    return (
        f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>recbook reference styles</dc:title><dc:creator>recbook</dc:creator>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml() -> str:
    """Return docProps/app.xml naming the generator."""
    return (
        f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties"><Application>recbook</Application></Properties>'
    )


def build() -> bytes:
    """Return the reference.docx bytes (deterministic)."""
    from recbook.render.docx.package import normalize_zip

    parts = {
        "[Content_Types].xml": content_types_xml(),
        "_rels/.rels": _rels([
            ("rId1", _OD + "officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml"),
            ("rId3", _OD + "extended-properties", "docProps/app.xml"),
        ]),
        "word/_rels/document.xml.rels": _rels([
            ("rId1", _OD + "styles", "styles.xml"), ("rId2", _OD + "settings", "settings.xml"),
            ("rId3", _OD + "fontTable", "fontTable.xml"), ("rId4", _OD + "numbering", "numbering.xml"),
        ]),
        "word/document.xml": document_xml(), "word/styles.xml": styles_xml(),
        "word/settings.xml": settings_xml(), "word/fontTable.xml": font_table_xml(),
        "word/numbering.xml": numbering_xml(), "docProps/core.xml": core_xml(), "docProps/app.xml": app_xml(),
    }
    raw = BytesIO()
    with zipfile.ZipFile(raw, "w") as z:
        for name, xml in parts.items():
            z.writestr(name, xml.encode("utf-8"))
    return normalize_zip(raw.getvalue())


def main(argv: list[str]) -> int:
    """Write the reference document to templates/reference.docx (or the path given)."""
    target = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "templates" / "reference.docx"
    target.write_bytes(build())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
