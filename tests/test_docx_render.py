"""The DOCX edition, read back as XML: styles, TOC, fields, languages, metadata, bytes."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import replace

import docx
import pytest
from book_factory import make_book
from docx_parts import NS, context, paragraph_text, parse_docx, w
from PIL import Image

from recbook.model import Text
from recbook.render import get_renderer
from recbook.render.docx import render_docx

TAGS = {"kk": "kk-KZ", "ru": "ru-RU", "en-US": "en-US", "en": "en-US"}
CONFERENCE_DAY = dt.datetime(2025, 9, 26, tzinfo=dt.timezone.utc)


def render(book) -> bytes:
    return render_docx(book, context())


@pytest.fixture
def rendered(book):
    return book, parse_docx(render(book))


def test_registry_finds_the_docx_renderer(book):
    assert get_renderer("docx")(book, context())[:2] == b"PK"


def test_every_part_parses_and_python_docx_opens_it(rendered):
    book, parsed = rendered
    assert {"word/document.xml", "word/styles.xml", "word/settings.xml", "docProps/core.xml"} <= set(parsed.parts)
    opened = docx.Document(io.BytesIO(parsed.data))
    assert any(book.title.value == p.text for p in opened.paragraphs)


def test_every_paragraph_is_styled_and_nothing_is_formatted(rendered):
    _, parsed = rendered
    defined = set(parsed.parts["word/styles.xml"].xpath("//w:style/@w:styleId", namespaces=NS))
    for name in [n for n in parsed.parts if n.startswith("word/") and ("header" in n or "footer" in n)] + [
        "word/document.xml"
    ]:
        root = parsed.parts[name]
        for p in root.iter(w("p")):
            ppr = p.find(w("pPr"))
            style = ppr.find(w("pStyle")) if ppr is not None else None
            if style is None:  # the default (Normal) style: only the cover's empty header/footer
                assert name != "word/document.xml" and not paragraph_text(p)
                continue
            # pagination only: a recommendation's last text paragraph keeps with its details,
            # and the cover's last paragraph closes the cover's section
            assert {c.tag for c in ppr} - {w("keepNext"), w("sectPr")} == {w("pStyle")}, (name, paragraph_text(p))
            assert style.get(w("val")) in defined
        for rpr in root.iter(w("rPr")):
            if rpr.getparent().tag == w("r"):
                assert {c.tag for c in rpr} <= {w("rStyle"), w("lang")}, etree_str(rpr)
    assert not parsed.xpath("word/document.xml", "//w:numPr")  # numbers are literal text


def etree_str(element) -> str:
    from lxml import etree

    return etree.tostring(element, encoding="unicode")


def _styled(parsed, style: str) -> list:
    return parsed.xpath("word/document.xml", f"//w:p[w:pPr/w:pStyle/@w:val='{style}']")


def test_recommendation_headings_carry_the_literal_numbers(rendered):
    book, parsed = rendered
    headings = [paragraph_text(p) for p in _styled(parsed, "Heading2")]
    expected = [f"{r.number} {r.title.value}" for d in book.directions for r in d.recommendations]
    assert headings[: len(expected)] == expected
    styles = parsed.parts["word/styles.xml"]
    levels = {s: styles.xpath(f"//w:style[@w:styleId='{s}']//w:outlineLvl/@w:val", namespaces=NS)
              for s in ("Heading1", "Heading2", "Heading3", "TOCHeading")}
    assert levels == {"Heading1": ["0"], "Heading2": ["1"], "Heading3": ["2"], "TOCHeading": ["9"]}


def test_toc_is_a_word_toc_field_listing_every_heading_with_a_link_and_a_pageref(rendered):
    book, parsed = rendered
    sdt = parsed.xpath("word/document.xml", "//w:sdt[.//w:docPartGallery/@w:val='Table of Contents']")
    assert len(sdt) == 1
    heading, *entries = sdt[0].xpath(".//w:p", namespaces=NS)
    assert heading.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) == "TOCHeading"
    # the TOC field opens in the first entry, before its link, and closes after the last one's
    first = entries[0].xpath("w:r/w:instrText/text()", namespaces=NS)
    assert [i.strip() for i in first] == ['TOC \\o "1-2" \\h \\z \\u']
    assert entries[-1].xpath("w:r[last()]/w:fldChar/@w:fldCharType", namespaces=NS) == ["end"]
    assert len(sdt[0].xpath(".//w:fldChar[@w:fldCharType='begin']", namespaces=NS)) == len(entries) + 1
    bookmarks = {}
    for style in ("Heading1", "Heading2"):
        for p in _styled(parsed, style):
            for name in p.xpath("w:bookmarkStart/@w:name", namespaces=NS):
                bookmarks[name] = paragraph_text(p)
    assert len(entries) == len(bookmarks) > 0
    for entry in entries:
        (anchor,) = entry.xpath("w:hyperlink/@w:anchor", namespaces=NS)
        instructions = "".join(entry.xpath("w:hyperlink//w:instrText/text()", namespaces=NS))
        assert instructions.split() == ["PAGEREF", anchor, "\\h"]
        assert anchor in bookmarks
    texts = [paragraph_text(e).strip() for e in entries]
    for d in book.directions:
        assert f"{d.number}. {d.title.value}" in texts
        assert [f"{r.number} {r.title.value}" for r in d.recommendations] == [
            t for t in texts if t.startswith(f"{d.number}.") and not t.startswith(f"{d.number}. ")
        ]
    # without LibreOffice's layout the stored numbers are empty and Word fills them on open
    assert parsed.xpath("word/settings.xml", "//w:updateFields/@w:val") == ["true"]


def test_cover_is_a_section_of_its_own_and_the_book_counts_from_one(rendered):
    book, parsed = rendered
    (cover,) = parsed.xpath("word/document.xml", "//w:body/w:p/w:pPr/w:sectPr")
    after = cover.getparent().getparent().getnext()  # imprint (or contents): page 1
    while after.find(f"{w('pPr')}/{w('framePr')}") is not None:  # the imprint's frame: its anchor follows
        after = after.getnext()
    assert "_BookPage1" in after.xpath(".//w:bookmarkStart/@w:name", namespaces=NS)
    assert not cover.xpath("w:headerReference|w:footerReference|w:pgNumType|w:titlePg", namespaces=NS)
    section = parsed.xpath("word/document.xml", "//w:body/w:sectPr")[0]
    assert section.xpath("w:pgNumType/@w:start", namespaces=NS) == ["1"]
    assert section.find(w("titlePg")) is not None  # page 1, the imprint, has its own header and footer
    for tag in ("pgSz", "pgMar"):  # the cover is laid out on the book's page
        assert etree_str(cover.find(w(tag))) == etree_str(section.find(w(tag)))


def _header_footer_texts(parsed) -> dict[tuple[str, str], tuple[str, object]]:
    """Return (header or footer, default or first) → (its text, its part)."""
    section = parsed.xpath("word/document.xml", "//w:body/w:sectPr")[0]
    rels = {r.get("Id"): r.get("Target") for r in parsed.parts["word/_rels/document.xml.rels"]}
    parts = {}
    for ref in section.xpath("w:headerReference|w:footerReference", namespaces=NS):
        kind = ref.tag.split("}")[1].replace("Reference", "")
        root = parsed.parts["word/" + rels[ref.get(f"{{{NS_R}}}id")]]
        parts[(kind, ref.get(w("type")))] = ("".join(root.xpath("//w:t/text()", namespaces=NS)), root)
    return parts


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_page_of_a_draft_says_so_in_its_header_as_the_pdf_does(lang):
    # the PDF prints ЖОБА / ЧЕРНОВИК / DRAFT at every page's top right; the DOCX said it on the cover only
    from book_factory import make_book

    draft, final = make_book(lang, draft=True), make_book(lang)
    assert draft.edition_label
    texts = _header_footer_texts(parse_docx(render(draft)))
    assert texts[("header", "default")][0] == draft.title.value + draft.edition_label
    assert texts[("header", "first")][0] == draft.edition_label
    for page in ("default", "first"):  # at the right margin: a tab to a right tab stop
        root = texts[("header", page)][1]
        assert root.xpath("//w:r/w:tab", namespaces=NS) and root.xpath("//w:tabs/w:tab[@w:val='right']", namespaces=NS)
    caps = texts[("header", "default")][1].xpath("//w:r[w:t='" + draft.edition_label + "']/w:rPr/w:caps",
                                                 namespaces=NS)
    assert caps  # printed in capitals, as the PDF's corner
    final_texts = _header_footer_texts(parse_docx(render(final)))
    assert final_texts[("header", "default")][0] == final.title.value and final_texts[("header", "first")][0] == ""


def test_header_has_the_title_and_footer_prints_the_page_number_only(rendered):
    book, parsed = rendered
    section = parsed.xpath("word/document.xml", "//w:body/w:sectPr")[0]
    rels = {r.get("Id"): r.get("Target") for r in parsed.parts["word/_rels/document.xml.rels"]}
    parts = {}
    for ref in section.xpath("w:headerReference|w:footerReference", namespaces=NS):
        kind = ref.tag.split("}")[1].replace("Reference", "")
        parts[(kind, ref.get(w("type")))] = parsed.parts["word/" + rels[ref.get(f"{{{NS_R}}}id")]]
    text = {key: "".join(root.xpath("//w:t/text()", namespaces=NS)) for key, root in parts.items()}
    assert set(parts) == {(kind, page) for kind in ("header", "footer") for page in ("default", "first")}
    assert text[("header", "default")] == book.title.value
    assert text[("header", "first")] == ""  # the imprint page: no running header, as in the PDF
    for page in ("default", "first"):
        footer = parts[("footer", page)]
        assert [i.strip() for i in footer.xpath("//w:instrText/text()", namespaces=NS)] == ["PAGE"]  # not "of Y"
        assert text[("footer", page)] == "".join("1" if kind == "field" else value for kind, value in book.footer)


NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _foreign_texts(book) -> dict[str, str]:
    """Return value → language of every printed Text not in the book's language."""
    texts: list[Text] = [t for _, t in book.groups]
    for d in book.directions:
        texts.append(d.title)
        for r in d.recommendations:
            texts += [*r.addressees, *r.proposed_by, *(t for _, t in r.sdgs)]
            texts += [Text(m.title, m.language) for m in r.members]  # the originals in the annex
    own = {t.value for t in texts if t.lang == book.lang}
    return {t.value: t.lang for t in texts if t.lang != book.lang and t.value not in own}


def test_proofing_language_in_defaults_and_on_every_foreign_run(rendered):
    book, parsed = rendered
    default = parsed.xpath("word/styles.xml", "//w:docDefaults//w:lang/@w:val")
    assert default == [TAGS[book.lang]]
    foreign = _foreign_texts(book)
    checked = 0
    for run in parsed.document.iter(w("r")):
        value = "".join(run.xpath("w:t/text()", namespaces=NS))
        tags = run.xpath("w:rPr/w:lang/@w:val", namespaces=NS)
        if value in foreign:
            assert tags == [TAGS[foreign[value]]], value
            checked += 1
        elif tags:
            assert tags != [TAGS[book.lang]]  # the default is never repeated on a run
    assert checked >= (1 if book.lang == "kk" else 2)  # originals written in other languages


def test_core_properties_come_from_the_conference(book):
    props = docx.Document(io.BytesIO(render(book))).core_properties
    assert props.title == book.title.value
    assert props.author == "ARGO; Konrad-Adenauer-Stiftung"
    assert props.language == TAGS[book.lang]
    assert props.created == props.modified == CONFERENCE_DAY


def test_summary_chart_is_a_described_png(rendered):
    book, parsed = rendered
    media = [n for n in parsed.names if n.startswith("word/media/")]
    assert len(media) == 1 and media[0].endswith(".png")
    with zipfile.ZipFile(io.BytesIO(parsed.data)) as z:
        image = Image.open(io.BytesIO(z.read(media[0])))
    assert image.format == "PNG" and image.width >= 1000
    (alt,) = parsed.xpath("word/document.xml", "//*[local-name()='docPr']/@descr")
    assert all(d.title.value in alt for d in book.directions)


def test_tables_repeat_their_header_row(rendered):
    book, parsed = rendered
    tables = parsed.xpath("word/document.xml", "//w:tbl")
    assert len(tables) == 4  # summary, groups, provenance, SDG index
    for table in tables:
        assert table.xpath("w:tblPr/w:tblStyle/@w:val", namespaces=NS) == ["BookTable"]
        rows = table.xpath("w:tr", namespaces=NS)
        assert rows[0].xpath("w:trPr/w:tblHeader", namespaces=NS)
        assert not any(r.xpath("w:trPr/w:tblHeader", namespaces=NS) for r in rows[1:])


def test_provenance_maps_every_proposal_to_its_recommendation(rendered):
    book, parsed = rendered
    table = parsed.xpath("word/document.xml", "//w:tbl")[2]
    rows = [[paragraph_text(c) for c in r.xpath("w:tc", namespaces=NS)] for r in table.xpath("w:tr", namespaces=NS)]
    expected = {m.proposal_id: r.number for d in book.directions for r in d.recommendations for m in r.members}
    assert {row[0]: row[3] for row in rows[1:]} == expected
    assert {row[4] for row in rows[1:]} == {book.labels.get("merge.single", "single proposal")}


def test_draft_marks_fallback_text_and_notes_it(tmp_path):
    book = make_book("en", draft=True)
    parsed = parse_docx(render(book))
    marked = parsed.xpath("word/document.xml", "//w:r[w:rPr/w:rStyle/@w:val='Untranslated']")
    fallback = book.directions[0].recommendations[1].text.value.replace("\u2060", "")  # the DOCX has no word joiner
    assert fallback in ["".join(r.xpath("w:t/text()", namespaces=NS)) for r in marked]
    comments = parsed.parts["word/comments.xml"]
    dates = comments.xpath("//w:comment/@w:date", namespaces=NS)
    assert dates and set(dates) == {"2025-09-26T00:00:00Z"}
    assert len(parsed.xpath("word/document.xml", "//w:commentReference")) == len(dates)
    cover = " ".join(paragraph_text(p) for p in _styled(parsed, "CoverText"))
    assert book.draft_notice.startswith("Draft\u00a0— translation ") and book.draft_notice in cover


def test_final_book_has_no_marks_or_comments(book):
    parsed = parse_docx(render(replace(book, draft=False)))
    assert not parsed.xpath("word/document.xml", "//w:rStyle[@w:val='Untranslated']")
    assert "word/comments.xml" not in parsed.parts


def test_characters_xml_cannot_hold_still_render_visibly():
    book = make_book("kk")
    bad = replace(book, title=Text("Bad\x07title\ud800 \ufffe end", "kk"))
    parsed = parse_docx(render(bad))
    texts = [paragraph_text(p) for p in _styled(parsed, "Title")]
    assert texts == ["Bad\ufffdtitle\ufffd \ufffd end"]


def test_same_book_gives_the_same_bytes(book):
    first, second = render(book), render(book)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        infos = z.infolist()
        assert infos[0].filename == "[Content_Types].xml"
        assert {i.date_time for i in infos} == {(2025, 9, 26, 0, 0, 0)}
        assert not any(b"rsid" in z.read(i) for i in infos)


def test_a_long_provenance_annex_renders_in_linear_time():
    import time

    from book_factory import book_of, inputs
    from recbook.model import Inputs, Member, MergeResult, Proposal, Recommendation

    inp = inputs()
    proposals = tuple(Proposal(f"G1-{i:04d}", "G1", "D1", "ru", "x" * 10_000 if i == 0 else f"Заголовок {i}",
                               "Текст. " * 20, votes=3) for i in range(1500))
    members = (Member(proposals[0].id, "single", 1.0),) + tuple(Member(p.id, "auto", 0.9) for p in proposals[1:])
    result = MergeResult((Recommendation("R-G1-0000", proposals[0].id, members, "auto", 0.9),))
    book = book_of(Inputs(inp.conference, proposals), result, "ru")
    started = time.process_time()  # CPU time: other processes on a busy CI machine do not count
    parsed = parse_docx(render(book))
    assert time.process_time() - started < 12  # ~3 s; python-docx's add_row/add_paragraph took 30 s
    assert len(parsed.xpath("word/document.xml", "//w:tbl[3]/w:tr")) == 1501


def test_partner_logos_come_only_from_the_asset_folders(tmp_path):
    from recbook.diagnostics import RecbookError
    from recbook.model import Partner

    (tmp_path / "assets").mkdir()
    Image.new("RGB", (120, 40), "navy").save(tmp_path / "assets" / "argo.png")
    (tmp_path / "secret.png").write_bytes((tmp_path / "assets" / "argo.png").read_bytes())
    book = replace(make_book("kk"), organizers=(Partner("ARGO", "assets/argo.png"), Partner("KAS")))
    parsed = parse_docx(render_docx(book, context(tmp_path)))
    assert len([n for n in parsed.names if n.startswith("word/media/")]) == 2  # the logo and the chart
    assert "ARGO" in parsed.xpath("word/document.xml", "//*[local-name()='docPr']/@descr")
    for refused in ("secret.png", "assets/../secret.png", "file:///etc/passwd", "assets/missing.png"):
        with pytest.raises(RecbookError):
            render_docx(replace(book, organizers=(Partner("X", refused),)), context(tmp_path))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_line_break_inside_a_cell_stays_a_line_break(lang):
    from book_factory import with_text

    book = with_text("G1-01", "Ұсыныстар:\n1) бірінші\n2) екінші", lang)
    parsed = parse_docx(render(book))
    breaks = [p for p in parsed.document.iter(w("p")) if "бірінші" in paragraph_text(p)]
    assert breaks, "the text is printed"
    assert len(breaks[0].xpath(".//w:br", namespaces=NS)) == 2  # Alt+Enter lines, not one run-on line


def test_a_no_break_hyphen_becomes_words_own():
    parsed = parse_docx(render(make_book("kk")))
    assert parsed.xpath("word/document.xml", "//w:noBreakHyphen")  # "1.1‑ұсыным" in the annex


def _untranslated_title_book():
    """A draft en book whose conference title has no translation yet: printed in Kazakh, marked."""
    book = make_book("en", draft=True)
    return replace(book, title=Text("Жаңа конференция атауы", "kk", fallback=True))


def test_an_untranslated_title_is_marked_in_the_header_without_a_comment():
    # a comment anchored in a header part made LibreOffice refuse the whole file ("source file could
    # not be loaded"), and Word offers no comments there: the header marks the title by its style only
    book = _untranslated_title_book()
    parsed = parse_docx(render(book))
    headers = [name for name in parsed.names if re.fullmatch(r"word/(header|footer)\d*\.xml", name)]
    assert headers
    for name in headers:
        assert not parsed.parts[name].xpath("//w:commentRangeStart|//w:commentRangeEnd|//w:commentReference",
                                            namespaces=NS), name
    texts = _header_footer_texts(parsed)
    marked = texts[("header", "default")][1].xpath("//w:r[w:rPr/w:rStyle/@w:val='Untranslated']", namespaces=NS)
    assert ["".join(r.xpath("w:t/text()", namespaces=NS)) for r in marked] == [book.title.value]
    # the cover's title still carries its note: every comment written is anchored in the body
    ids = parsed.xpath("word/comments.xml", "//w:comment/@w:id")
    assert sorted(parsed.xpath("word/document.xml", "//w:commentReference/@w:id")) == sorted(ids)
    assert book.title.value in [paragraph_text(p) for p in _styled(parsed, "Title")]


@pytest.mark.slow
def test_libreoffice_opens_a_draft_whose_title_is_untranslated(tmp_path):
    from docx_lo import convert

    source = tmp_path / "book.en.docx"
    source.write_bytes(render(_untranslated_title_book()))
    (pdf,) = convert([source], tmp_path / "lo")
    assert pdf.exists(), "LibreOffice could not load the DOCX"


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="time.tzset is POSIX only")
@pytest.mark.parametrize("zone", ["Asia/Almaty", "America/New_York"])
def test_the_same_book_gives_the_same_bytes_in_every_time_zone(zone, monkeypatch):
    # the "not yet translated" comments were dated at the conference day's local midnight, in UTC:
    # 2025-09-25T19:00:00Z on an Almaty laptop, so two secretariats' files differed
    import time

    book = make_book("en", draft=True)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    utc = render(book)
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        local = render(book)
    finally:
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
    dates = parse_docx(local).parts["word/comments.xml"].xpath("//w:comment/@w:date", namespaces=NS)
    assert dates and set(dates) == {"2025-09-26T00:00:00Z"}
    assert local == utc
