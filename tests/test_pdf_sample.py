"""The PDF edition of the sample conference, in kk, ru and en (issue 5's checks).

Each language is laid out and written once per module; the tests read those
bytes (pypdf, pikepdf, fontTools, qpdf) and the laid-out pages.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import NamedTuple

import pikepdf
import pypdf
import pytest
import weasyprint
from fontTools.ttLib import TTFont

from pdf_helpers import ROOT, embedded_fonts, squash
from recbook.diagnostics import Report
from recbook.localize import localize
from recbook.model import LocalizedBook, LocalizedMember, Partner, Text
from recbook.pipeline import BuildOptions, gather, render_context
from recbook.render.fonts import font_faces
from recbook.render.html import plain
from recbook.render.pdf import render_pdf, render_pdf_document

LANGS = ("kk", "ru", "en")


class Rendered(NamedTuple):
    book: LocalizedBook
    document: weasyprint.Document
    pdf: bytes
    project: Path


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> dict[str, Rendered]:
    """Localize the sample conference and render its three PDFs once."""
    project = tmp_path_factory.mktemp("sample")
    for name in ("inputs", "locales"):
        shutil.copytree(ROOT / name, project / name)
    report = Report()
    gathered = gather(project, report)
    assert gathered is not None, [d.format() for d in report.errors]
    ctx = render_context(project, BuildOptions(formats=("pdf",)))
    out = {}
    for lang in LANGS:
        book, _ = localize(gathered.inputs, gathered.merged, gathered.catalogs, lang, draft=True)
        document, pdf = render_pdf_document(book, ctx)
        out[lang] = Rendered(book, document, pdf, project)
    return out


def _outline(reader: pypdf.PdfReader) -> list[tuple[str, int]]:
    """Return (title, page index) for every bookmark, depth first."""
    found = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline)
    return found


def _contents(reader: pypdf.PdfReader, pages: range, heading: str) -> list[tuple[str, str]]:
    """Return (title, printed page number) for each contents line, read from its position."""
    entries = []
    for index in pages:
        fragments, pending = [], ""  # a contents line never breaks across pages (book.css)

        def visit(text, cm, tm, font, size):
            if text.strip():
                x, y = cm[0] * tm[4] + cm[2] * tm[5] + cm[4], cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                fragments.append((-round(y), x, text))

        reader.pages[index].extract_text(visitor_text=visit)
        for _, x, text in sorted(f for f in fragments if 80 < -f[0] < 770):  # inside the margins
            if x > 490 and text.strip().isdigit():  # the page-number column
                entries.append((pending.removeprefix(heading), text.strip()))
                pending = ""
            else:
                pending += text
    return entries


@pytest.mark.parametrize("lang", LANGS)
def test_outline_mirrors_the_contents_and_its_page_numbers(sample, lang):
    rendered = sample[lang]
    reader = pypdf.PdfReader(io.BytesIO(rendered.pdf))
    outline = _outline(reader)
    first_section = min(page for _, page in outline)
    contents = _contents(reader, range(1, first_section), rendered.book.labels["contents"])
    assert [squash(t) for t, _ in contents] == [squash(t) for t, _ in outline]
    printed = [n for _, n in contents]
    assert printed == [reader.page_labels[page] for _, page in outline]
    assert printed == [str(page) for _, page in outline]  # the cover is not counted
    book = rendered.book
    recs = [r for d in book.directions for r in d.recommendations]
    front = 1 + (book.foreword is not None) + (book.methodology is not None)  # + the summary
    annexes = 2 + any(r.sdgs for r in recs)
    assert len(outline) == front + len(book.directions) + len(recs) + annexes


@pytest.mark.parametrize("lang", LANGS)
def test_every_recommendation_number_and_title_is_in_the_text(sample, lang):
    rendered = sample[lang]
    reader = pypdf.PdfReader(io.BytesIO(rendered.pdf))
    outline = _outline(reader)
    body = range(outline[0][1], max(page for _, page in outline))  # not the contents pages
    text = squash(" ".join(pdf_text_of(reader, i) for i in body))
    recs = [r for d in rendered.book.directions for r in d.recommendations]
    assert len(recs) >= 20
    missing = [r.number for r in recs if squash(f"{r.number}{r.title.value}") not in text]
    assert missing == []


@pytest.mark.parametrize("lang", LANGS)
def test_footer_prints_the_page_number_only_and_not_on_the_cover(sample, lang):
    rendered = sample[lang]
    reader = pypdf.PdfReader(io.BytesIO(rendered.pdf))
    total = len(reader.pages) - 1
    assert rendered.book.footer == (("field", "page"),)
    last = pdf_text_of(reader, len(reader.pages) - 1).split()
    assert str(total) in last and not any(w in last for w in ("из", "of", "барлығы"))  # no "page X of Y"
    assert "1" in pdf_text_of(reader, 1).split()
    assert not re.search(r"(?<![\d.])1(?![\d.])", pdf_text_of(reader, 0))  # the cover is not numbered


def pdf_text_of(reader: pypdf.PdfReader, index: int) -> str:
    return " ".join(reader.pages[index].extract_text().split())


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded_noto_and_bold_is_a_real_bold(sample, lang):
    fonts = embedded_fonts(sample[lang].pdf)
    assert fonts and all(has_file for _, has_file, _ in fonts)
    names = [name.split("+", 1)[1] for name, _, _ in fonts]
    assert all(re.fullmatch(r"Noto-(Serif|Sans)(-[A-Za-z-]+)?", n) for n in names), names
    assert all(re.fullmatch(r"/[A-Z]{6}", name.split("+")[0]) for name, _, _ in fonts)  # subset tags
    with pikepdf.open(io.BytesIO(sample[lang].pdf)) as pdf:
        weights = _weights(pdf)
    assert weights.get("Noto-Sans-Bold") == 700 and weights.get("Noto-Serif") == 400


def _weights(pdf: pikepdf.Pdf) -> dict[str, int]:
    """Return embedded font name → OS/2 usWeightClass of the embedded (instantiated) file."""
    from fontTools.ttLib import TTFont

    out = {}
    for page in pdf.pages:
        for font in page.resources.get("/Font", {}).values():
            descriptor = font.DescendantFonts[0].FontDescriptor
            tt = TTFont(io.BytesIO(descriptor.FontFile2.read_bytes()))
            out[str(font.BaseFont).split("+", 1)[1]] = tt["OS/2"].usWeightClass
    return out


def _printed_strings(value) -> list[str]:
    """Return every string of the book that the PDF prints (Text values, originals, labels used)."""
    if isinstance(value, Text):
        return [value.value]
    if isinstance(value, LocalizedMember):
        return [value.title, value.text, *_printed_strings(value.group)]
    if isinstance(value, Partner):
        return [value.name]
    if isinstance(value, (tuple, list)):
        return [s for item in value for s in _printed_strings(item)]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _printed_strings(getattr(value, f.name))]
    return []


@pytest.mark.parametrize("lang", LANGS)
def test_every_character_of_the_text_is_in_the_embedded_fonts(sample, lang):
    book = sample[lang].book
    strings = _printed_strings(book) + [book.date_label, book.labels["contents"], book.labels["proposed_by"]]
    strings += [r.votes_label.value for d in book.directions for r in d.recommendations]
    chars = {ord(c) for s in strings for c in s}
    # spaces (NBSP, NNBSP too) are drawn as the space glyph: check them in the source fonts
    spaces = {c for c in chars if unicodedata.category(chr(c)) in ("Zs", "Cc", "Cf")}
    covered = set().union(*(cmap for _, _, cmap in embedded_fonts(sample[lang].pdf)))
    assert {chr(c) for c in chars - spaces - covered} == set()
    # every book font can set all Kazakh letters, ₸, NBSP and the NNBSP Babel emits
    needed = spaces - {0x0A, 0x0D, 0x09, 0xAD} | set(map(ord, "ӘәҒғҚқҢңӨөҰұҮүҺһІі₸«»„“№–—…\u00a0\u202f"))
    for face in font_faces():
        assert needed <= set(TTFont(face.path).getBestCmap()), face.path


@pytest.mark.parametrize("lang", LANGS)
def test_tagged_with_language_and_title(sample, lang):
    with pikepdf.open(io.BytesIO(sample[lang].pdf)) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert bool(pdf.Root.MarkInfo.Marked)
        assert str(pdf.Root.Lang) == lang
        assert str(pdf.docinfo.Title).startswith(sample[lang].book.title.value.replace("\u00a0", " "))
        assert b"pdfuaid:part" in pdf.Root.Metadata.read_bytes()


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="needs Debian package qpdf")
@pytest.mark.parametrize("lang", LANGS)
def test_qpdf_check_passes(sample, lang, tmp_path):
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(sample[lang].pdf)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_a_second_build_elsewhere_is_byte_identical(sample, tmp_path):
    """Render kk again from a copy of the project in another folder: same bytes."""
    rendered = sample["kk"]
    for name in ("inputs", "locales"):
        shutil.copytree(rendered.project / name, tmp_path / name)
    ctx = render_context(tmp_path, BuildOptions(formats=("pdf",)))
    assert render_pdf(rendered.book, ctx) == rendered.pdf


def _pages_of(document: weasyprint.Document) -> dict[int, int]:
    """Return id(element) → the first page index where a box of it is laid out."""
    first: dict[int, int] = {}
    for index, page in enumerate(document.pages):
        for box in page._page_box.descendants():
            if box.element is not None:
                first.setdefault(id(box.element), index)
    return first


def _next_siblings(root) -> dict[int, object]:
    """Return id(element) → the element that follows it in its parent."""
    following = {}
    for parent in root.iter():
        children = list(parent)
        following.update((id(a), b) for a, b in zip(children, children[1:]))
    return following


@pytest.mark.parametrize("lang", LANGS)
def test_no_heading_is_left_at_the_foot_of_a_page(sample, lang):
    document = sample[lang].document
    first = _pages_of(document)
    root = next(b.element for b in document.pages[0]._page_box.descendants() if b.element is not None)
    following = _next_siblings(root)
    stranded, checked = [], 0
    for heading in (h for h in root.iter() if h.tag in ("h1", "h2") and id(h) in first):
        target = following.get(id(heading))
        if target is None:
            continue
        if target.get("class") == "rec":  # a direction heading: keep it with the first title
            target = target.find("h2")
        checked += 1
        if first.get(id(target)) != first[id(heading)]:
            stranded.append("".join(heading.itertext()).strip())
    assert checked > 30 and stranded == []


def _classes(box) -> set[str]:
    return set((box.element.get("class") or "").split()) if box.element is not None else set()


@pytest.mark.parametrize("lang", LANGS)
def test_contents_lines_keep_their_number_title_and_page_columns(sample, lang):
    # the contents' lines were tables (three cells each); as blocks, the number and the page hang in
    # the line's padding: a wrapped title must stay in its column and every page number in its own
    from weasyprint.formatting_structure.boxes import BlockBox, InlineBlockBox, LineBox, TextBox

    lines = [box for page in sample[lang].document.pages for box in page._page_box.descendants()
             if isinstance(box, BlockBox) and "toc-line" in _classes(box)]
    assert len(lines) == 3 + len(sample[lang].book.directions) + 2 + sum(
        len(d.recommendations) for d in sample[lang].book.directions) + 1  # + the SDG annex's line
    rights, wrapped = set(), 0
    for line in lines:
        title_left, title_right = line.content_box_x(), line.content_box_x() + line.width
        page = next(b for b in line.descendants() if isinstance(b, InlineBlockBox) and "toc-page" in _classes(b))
        rights.add(round(page.position_x + page.margin_width(), 2))
        assert page.position_x == pytest.approx(title_right, abs=0.01)  # its column, right of the leader
        numbers = [b for b in line.descendants() if isinstance(b, InlineBlockBox) and "toc-num" in _classes(b)]
        for number in numbers:  # a direction's or a recommendation's: in the padding, left of the title
            assert line.border_box_x() - 0.01 <= number.border_box_x()
            assert number.border_box_x() + number.border_width() == pytest.approx(title_left, abs=0.01)
        rows = [b for b in line.children if isinstance(b, LineBox)]
        wrapped += len(rows) > 1
        for row in rows:
            words = [b for b in row.descendants() if isinstance(b, TextBox)
                     and not any(b is t for t in page.descendants()) and not any(
                         b is t for n in numbers for t in n.descendants())]
            assert words and min(b.position_x for b in words) >= title_left - 0.01, row
            assert max(b.position_x + b.width for b in words) <= title_right + 0.01, row
    assert len(rights) == 1  # every page number ends at the same right edge
    assert lang != "ru" or wrapped >= 2  # "3.3 Предоставить социальным предприятиям …" and "6.2 …" wrap

def _struct_langs(node, found: dict) -> dict:
    """Count (structure type, /Lang) over the structure tree below `node`."""
    if isinstance(node, pikepdf.Dictionary):
        if "/Lang" in node:
            key = (str(node.get("/S")), str(node.Lang))
            found[key] = found.get(key, 0) + 1
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            _struct_langs(kid, found)
    return found


def test_originals_in_other_languages_carry_their_lang_in_the_structure_tree(sample):
    rendered = sample["en"]
    members = [m for d in rendered.book.directions for r in d.recommendations for m in r.members]
    with pikepdf.open(io.BytesIO(rendered.pdf)) as pdf:
        langs = _struct_langs(pdf.Root.StructTreeRoot, {})
    for lang in ("kk", "ru"):
        originals = sum(m.language == lang for m in members)
        assert originals and langs.get(("/H2", lang), 0) >= originals, (lang, langs)


def _headings_within_headings(node, inside: str | None, found: list) -> list:
    """Return (outer, inner) for every heading the structure tree puts inside another heading."""
    if isinstance(node, pikepdf.Dictionary) and "/S" in node:
        kind = str(node.S)
        if inside and kind[:2] == "/H" and kind[2:].isdigit():
            found.append((inside, kind))
        if kind[:2] == "/H" and kind[2:].isdigit():
            inside = kind
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            _headings_within_headings(kid, inside, found)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_no_heading_is_tagged_inside_another_and_the_contents_are_a_section(sample, lang):
    # a direction's kicker («1‑БАҒЫТ») was a block inside its h1: tagged as an H1 within the H1;
    # the contents were a <nav>, which WeasyPrint tags NonStruct
    with pikepdf.open(io.BytesIO(sample[lang].pdf)) as pdf:
        document = pdf.Root.StructTreeRoot.K
        document = document[0] if isinstance(document, pikepdf.Array) else document
        assert _headings_within_headings(document, None, []) == []
        kinds = [str(kid.S) for kid in document.K]
        assert "/NonStruct" not in kinds


@pytest.mark.parametrize("lang", LANGS)
def test_the_metadata_has_plain_spaces_and_hyphens_for_a_search_to_find(sample, lang):
    # the ru title held «в\xa0будущее» (typography's no-break space): a document system's search missed it
    with pikepdf.open(io.BytesIO(sample[lang].pdf)) as pdf:
        fields = [str(pdf.docinfo[key]) for key in ("/Title", "/Author", "/Subject", "/Keywords")]
    assert all(value and not set(value) & {"\u00a0", "\u202f", "\u2011", "\u2060"} for value in fields), fields
    assert fields[0].startswith(sample[lang].book.title.value.replace("\u00a0", " "))


def test_each_contents_line_links_from_its_title_in_a_few_annotations(sample):
    # the whole line was the link: a table, its row and cells, each line box and the dot leader made ten
    # annotations an entry for a screen reader to list, six of them of zero size
    with pikepdf.open(io.BytesIO(sample["kk"].pdf)) as pdf:
        rects = [[float(x) for x in a.Rect] for a in pdf.pages[2].Annots if a.Subtype == "/Link"]
    entries = len(sample["kk"].book.directions) + sum(len(d.recommendations) for d in sample["kk"].book.directions)
    assert rects and len(rects) <= 5 * entries
    assert [r for r in rects if abs(r[2] - r[0]) < 0.5 or abs(r[3] - r[1]) < 0.5] == []


def _spoken(text: str) -> str:
    """Return printed text as a description holds it: plain spaces and hyphens, one space between words."""
    return " ".join(plain(text).replace("\u00ad", "").split())


@pytest.mark.parametrize("lang", LANGS)
def test_each_link_is_described_by_what_it_points_to_in_the_book_language(sample, lang):
    # every link's /Contents, the description a screen reader announces (PDF/UA-1 §7.18.5), was its
    # anchor id: "foreword", "direction-D1", "R-G2-02" in a Kazakh book
    with pikepdf.open(io.BytesIO(sample[lang].pdf)) as pdf:
        links = [(str(a.Dest), str(a.Contents)) for page in pdf.pages for a in page.get("/Annots", [])
                 if a.Subtype == "/Link"]
    described: dict[str, set[str]] = {}
    for dest, contents in links:
        described.setdefault(dest, set()).add(contents)
    book = sample[lang].book
    recs = [r for d in book.directions for r in d.recommendations]
    members = [m for r in recs for m in r.members]
    assert links and len(described) >= 1 + len(book.directions) + len(recs) + len(members)
    assert described["foreword"] == {_spoken(book.labels["foreword"])}
    for d in book.directions:  # its contents line: the number, then the title the link is on
        assert described[f"direction-{d.id}"] == {_spoken(f"{d.number}. {d.title.value}")}
    for r in recs:  # its contents line and its number in the provenance annex
        assert described[r.id] == {_spoken(f"{r.number} {r.title.value}")}
    for m in members:  # a proposal's id in the provenance annex
        assert described[f"original-{m.proposal_id}"] == {m.proposal_id}


def _header_cells(node, section: str, found: list) -> list:
    """Return (table section, /Scope) for every TH below `node` ("/THead", "/TBody", "/TFoot")."""
    if isinstance(node, pikepdf.Dictionary):
        kind = str(node.get("/S"))
        if kind == "/TH":
            found.append((section, str(node.get("/A", {}).get("/Scope"))))
        section = kind if kind in ("/THead", "/TBody", "/TFoot") else section
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            _header_cells(kid, section, found)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_each_table_header_cell_says_what_it_heads(sample, lang):
    # no TH had a /Scope (Matterhorn 15-003): the templates' scope="col" and scope="row" were lost
    with pikepdf.open(io.BytesIO(sample[lang].pdf)) as pdf:
        cells = _header_cells(pdf.Root.StructTreeRoot, "", [])
    assert len(cells) > 10
    assert {scope for section, scope in cells if section == "/THead"} == {"/Column"}
    assert [section for section, scope in cells if scope == "/Row"] == ["/TFoot"]  # the summary's total
    assert {scope for _, scope in cells} == {"/Column", "/Row"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_bookmarks_have_plain_spaces_and_hyphens_for_a_search_to_find(sample, lang):
    # the annexes' bookmarks held typography's no-break hyphen («1‑қосымша»), a box in a bookmark
    # pane whose font lacks it, and «1.4 ҮЕҰ-ға 3\xa0жыл …» a no-break space: a search for
    # «1-қосымша» or «3 жыл» missed them
    titles = [title for title, _ in _outline(pypdf.PdfReader(io.BytesIO(sample[lang].pdf)))]
    book = sample[lang].book
    assert [t for t in titles if set(t) & {"\u00a0", "\u202f", "\u2011", "\u2060", "\u00ad"}] == []
    annexes = [h for h in (book.annexes.groups_heading, book.annexes.provenance_heading) if "\u2011" in h]
    assert annexes or lang != "kk"
    assert {h.replace("\u2011", "-") for h in annexes} <= set(titles)
