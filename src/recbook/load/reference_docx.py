"""Refuse a project's reference.docx that would make Word fetch something when the book is opened.

Every part of the reference document is copied into each DOCX recbook makes.
An external relationship in it (an `attachedTemplate` on a server, a linked
image, an OLE link, a frame) would be copied too, so each reader's Word would
fetch that URL, or a `\\\\server\\share` path that leaks their Windows login.
External hyperlinks are allowed: they are followed only when clicked. Macros,
ActiveX controls and embedded objects are refused for the same reason.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..diagnostics import Diagnostic, Location, error
from ..resources import is_packaged_copy

REFERENCE = "templates/reference.docx"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
MAX_RELS_BYTES = 4 * 1024 * 1024  # one .rels part; Word's are a few KB
_ACTIVE = (("word/vbaproject", "macros"), ("word/activex/", "an ActiveX control"),
           ("word/embeddings/", "an embedded object"))


def reference_problems(project: Path) -> list[Diagnostic]:
    """Return an error for each external relationship (other than a hyperlink) in the project's reference.docx."""
    path = project / REFERENCE
    if not path.is_file() or is_packaged_copy(path, "reference.docx"):
        return []
    from lxml import etree  # only for a reference document of the project's own

    try:
        found = external_relationships(path)
    except (OSError, zipfile.BadZipFile, etree.XMLSyntaxError, ValueError) as exc:
        return [error(Location(REFERENCE), f"cannot be read as a Word document (.docx): {_short(str(exc))}",
                      "docx.bad-reference")]
    links = [error(Location(REFERENCE), f"{part} links to {_short(target)} ({kind}), which Word would fetch "
                   "each time the book is opened; remove the link (Word: Developer → Document Template, "
                   "or re-save the styles into a new document)", "docx.external-relationship")
             for part, kind, target in found]
    found = links + [error(Location(REFERENCE), f"holds {what} ({part}), which every book would carry; "
                           "save the styles into a plain new .docx", "docx.active-content")
                     for part, what in active_parts(path)]
    return found or _unopenable(path)


def _unopenable(path: Path) -> list[Diagnostic]:
    """Return an error if python-docx, which styles every book with it, cannot open the document.

    A zip whose parts Word would refuse ([Content_Types].xml damaged, no word/document.xml) passed the
    check and failed the build with an internal AttributeError. python-docx is imported only here, for a
    reference document of the project's own: the sample's check still imports none of it.
    """
    import docx

    try:
        docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds (KeyError, AttributeError, lxml errors) on damage
        return [error(Location(REFERENCE), f"cannot be opened as a Word document (.docx): "
                      f"{_short(f'{type(exc).__name__}: {exc}')}; re-save it from Word or LibreOffice",
                      "docx.bad-reference")]
    return []


def active_parts(path: Path) -> list[tuple[str, str]]:
    """Return (part, what it is) for macros, ActiveX controls and embedded objects in the package."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    return [(name, what) for name in names for prefix, what in _ACTIVE if name.lower().startswith(prefix)]


def external_relationships(path: Path) -> list[tuple[str, str, str]]:
    """Return (part, relationship kind, target) for each external, non-hyperlink relationship."""
    from lxml import etree

    found = []
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.endswith(".rels"):
                continue
            if info.file_size > MAX_RELS_BYTES:
                raise ValueError(f"{info.filename} is {info.file_size:,} bytes")
            root = etree.fromstring(archive.read(info), etree.XMLParser(resolve_entities=False, no_network=True))
            for rel in root.iter(f"{{{_RELS_NS}}}Relationship"):
                kind = rel.get("Type", "")
                if rel.get("TargetMode") == "External" and kind != _HYPERLINK:
                    found.append((_source_part(info.filename), kind.rsplit("/", 1)[-1], rel.get("Target", "")))
    return found


def _source_part(rels_name: str) -> str:
    """Return the part a .rels file belongs to: word/_rels/settings.xml.rels → word/settings.xml."""
    folder, _, name = rels_name.rpartition("_rels/")
    return folder + name.removesuffix(".rels") if name != ".rels" else "the package"


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
