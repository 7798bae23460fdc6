"""Document-wide settings an editor in Word expects: hyphenation, separators, field updates.

Word reads settings.xml in schema order, so each setting is put where the
schema says, whatever a project's reference.docx already holds.
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

# CT_Settings children from defaultTabStop on, in schema order (ECMA-376 §17.15.1.78)
_ORDER = ("defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps",
          "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
          "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing",
          "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
          "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin",
          "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne",
          "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
          "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
          "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
          "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
          "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
          "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
          "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
          "decimalSymbol", "listSeparator")

# Word's own hyphenation: no more than two hyphenated lines in a row, a 0.5 cm zone, no CAPITALS
HYPHENATION = (("autoHyphenation", "true"), ("consecutiveHyphenLimit", "2"), ("hyphenationZone", "284"),
               ("doNotHyphenateCaps", "true"))


# the book languages whose CLDR decimal symbol is a comma (as localize prints their numbers)
DECIMAL_COMMA = {"kk": ",", "ru": ","}


def _set(settings: BaseOxmlElement, name: str, value: str) -> None:
    """Set `<w:name w:val=value>`, inserted in schema order when absent."""
    element = settings.find(qn(f"w:{name}"))
    if element is None:
        element = OxmlElement(f"w:{name}")
        rank = _ORDER.index(name)
        later = [c for c in settings if c.tag.split("}")[-1] in _ORDER[rank + 1:]]
        if later:
            later[0].addprevious(element)
        else:
            settings.append(element)
    element.set(qn("w:val"), value)


def separators(lang: str) -> tuple[str, str]:
    """Return the decimal symbol and list separator Word uses in fields for `lang` (kk, ru: "," and ";")."""
    decimal = DECIMAL_COMMA.get(lang, ".")
    return decimal, ";" if decimal == "," else ","


def book_settings(document: Document, lang: str, *, update_fields: bool) -> None:
    """Turn on hyphenation, set the language's separators, and ask for a field update only when needed."""
    settings = document.settings.element
    # Word and LibreOffice hyphenate ru and en by each run's w:lang; neither knows Kazakh,
    # whose runs carry their syllable breaks as soft hyphens instead
    for name, value in HYPHENATION:
        _set(settings, name, value)
    decimal, listing = separators(lang)
    _set(settings, "decimalSymbol", decimal)
    _set(settings, "listSeparator", listing)
    stale = settings.find(qn("w:updateFields"))
    if update_fields:
        _set(settings, "updateFields", "true")
    elif stale is not None:  # numbers are stored: no "update fields?" prompt on every open
        settings.remove(stale)
