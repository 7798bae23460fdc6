"""The DOCX read back as a structure dump: contents field, pagination marks, headings, tables, settings."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from book_factory import make_book
from docx_parts import NS, context, headings, parse_docx, structure

from recbook.render.docx import render_docx
from recbook.render.docx.widths import CELL_PADDING, column_widths, text_width

TOC_FIELD = '{TOC \\o "1-2" \\h \\z \\u → '


@pytest.fixture(scope="module", params=["kk", "ru", "en"])
def built(request):
    book = make_book(request.param)
    return book, render_docx(book, context())


def test_dump_shows_the_contents_field_around_every_listed_heading(built):
    book, data = built
    lines = structure(data).splitlines()
    start = lines.index("content control Table of Contents")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("  "))
    toc = [line.strip() for line in lines[start + 1:end]]
    assert toc[0] == f"TOCHeading: {book.labels['contents']}"
    assert toc[1].startswith("TOC1: " + TOC_FIELD) and toc[-1].endswith("}}")  # the field spans the entries
    listed = [text for style, text in headings(data) if style in ("Heading1", "Heading2")]
    assert len(toc) - 1 == len(listed)
    assert not [text for style, text in headings(data) if style == "Heading3" and any(text in t for t in toc)]


def test_each_recommendation_keeps_its_text_end_with_its_details(built):
    book, data = built
    lines = structure(data).splitlines()
    for rec in (r for d in book.directions for r in d.recommendations):
        at = next(i for i, line in enumerate(lines) if line.startswith(f"Heading2: {rec.number} "))
        block = lines[at + 1:next(i for i in range(at + 1, len(lines)) if lines[i].startswith("ProposedBy"))]
        text = [line for line in block if line.startswith("BodyText")]
        # only the text's last paragraph keeps with the next: a long text may still continue on the next page
        assert [line.startswith("BodyText [keep-with-next]") for line in text] == [False] * (len(text) - 1) + [True]
        assert all(line.startswith(("Details: ", "Goals: ")) for line in block[len(text):])


def test_details_keep_together_and_proposed_by_ends_the_block(built):
    _, data = built
    styles = parse_docx(data).parts["word/styles.xml"]

    def keep(style_id: str) -> list[str]:
        return styles.xpath(f"//w:style[@w:styleId='{style_id}']/w:pPr/w:keepNext/@w:val", namespaces=NS) or (
            ["1"] if styles.xpath(f"//w:style[@w:styleId='{style_id}']/w:pPr/w:keepNext", namespaces=NS) else [])

    assert keep("Details") == ["1"] and keep("Heading2") == ["1"]
    assert keep("ProposedBy") == ["0"]  # based on Details, with its keep turned off
    assert styles.xpath("//w:style[@w:styleId='Normal']/w:pPr/w:widowControl", namespaces=NS)


EXPECTED_SEPARATORS = {"kk": (",", ";"), "ru": (",", ";"), "en": (".", ",")}


def test_settings_hyphenate_and_use_the_languages_separators(built):
    book, data = built
    settings = parse_docx(data).parts["word/settings.xml"]

    def value(name: str) -> list[str]:
        return settings.xpath(f"w:{name}/@w:val", namespaces=NS)

    assert value("autoHyphenation") == ["true"] and value("doNotHyphenateCaps") == ["true"]
    assert value("consecutiveHyphenLimit") == ["2"]
    assert (*value("decimalSymbol"), *value("listSeparator")) == EXPECTED_SEPARATORS[book.lang]
    order = [child.tag.split("}")[1] for child in settings]
    assert order.index("defaultTabStop") < order.index("autoHyphenation") < order.index("characterSpacingControl")
    assert order.index("compat") < order.index("decimalSymbol") < order.index("listSeparator")


def test_headings_contents_and_tables_are_never_auto_hyphenated(built):
    _, data = built
    styles = parse_docx(data).parts["word/styles.xml"]
    for style_id in ("Title", "Heading1", "Heading2", "Heading3", "TOC1", "TOC2", "TableText", "Details"):
        assert styles.xpath(f"//w:style[@w:styleId='{style_id}']/w:pPr/w:suppressAutoHyphens", namespaces=NS), style_id
    assert not styles.xpath("//w:style[@w:styleId='BodyText']/w:pPr/w:suppressAutoHyphens", namespaces=NS)


def test_column_widths_fit_every_word_and_fill_the_text_width():
    header = ["Proposal", "Working group", "Language", "Recommendation", "How merged", "Similarity", "Votes"]
    rows = [["G1-01", "G1", "Russian", "1.1", "merged by the editors", "0.52", "17"],
            ["G1-02", "G1", "Kazakh", "1.4", "identical wording", "1.00", "19"]] * 50
    widths = column_widths(header, rows, 9355)
    assert sum(widths) == 9355
    for column, title in enumerate(header):
        longest = max(text_width(word, bold=True) for word in title.split())
        assert widths[column] >= longest + CELL_PADDING, title  # "Recommendation" never splits
    # the rows' text fits unbroken, so no row wraps (a header may take two lines)
    assert widths[4] >= text_width("merged by the editors") + CELL_PADDING


def test_column_widths_for_kazakh_votes_header():
    header = ["Ұсыныс", "Жұмыс тобы", "Тіл", "Ұсыным", "Біріктіру тәсілі", "Ұқсастық", "Дауыстар"]
    widths = column_widths(header, [["G1-01", "G1", "Орыс тілі", "1.1", "жеке ұсыныс", "1,00", "17"]], 9355)
    assert widths[6] >= text_width("Дауыстар", bold=True) + CELL_PADDING


def test_column_widths_shrink_alike_when_even_the_words_do_not_fit():
    widths = column_widths(["Ааааааааааааааааааааааа"] * 3, [["x"] * 3], 3000)
    assert sum(widths) == 3000 and max(widths) - min(widths) <= 2


def _plain_context():
    """Return the packaged templates without the tests' "no layout" option: as a build renders."""
    from recbook.render import RenderContext

    return RenderContext(context().project, context().template_dirs, ())


def test_without_libreoffice_the_numbers_are_left_to_word(monkeypatch):
    monkeypatch.setenv("RECBOOK_SOFFICE", "")
    data = render_docx(make_book("en"), _plain_context())
    assert parse_docx(data).xpath("word/settings.xml", "//w:updateFields/@w:val") == ["true"]
    assert "{PAGEREF _Toc00001 \\h → }" in structure(data)


def test_a_failing_libreoffice_is_a_clear_error_for_this_output(monkeypatch, tmp_path):
    from recbook.diagnostics import RecbookError

    office = tmp_path / "soffice"
    office.write_text("#!/bin/sh\necho 'cannot open display' >&2\nexit 3\n")
    office.chmod(0o755)
    monkeypatch.setenv("RECBOOK_SOFFICE", str(office))
    with pytest.raises(RecbookError, match="cannot open display .*set RECBOOK_SOFFICE= to build it without"):
        render_docx(make_book("en"), _plain_context())


def test_a_libreoffice_slower_than_the_outputs_time_limit_is_stopped_and_says_how_to_give_it_more(monkeypatch, tmp_path):
    # the office's time comes from the build's --render-timeout (RenderContext.timeout), not a fixed 180 s:
    # a big book on a busy laptop needs more, and the message says how to give it
    from dataclasses import replace

    from recbook.diagnostics import RecbookError

    office = tmp_path / "soffice"  # like LibreOffice's launcher, it starts the real office and waits
    office.write_text(f"#!/bin/sh\nsleep 30 &\necho $! > {tmp_path / 'office.pid'}\nwait\n")
    office.chmod(0o755)
    monkeypatch.setenv("RECBOOK_SOFFICE", str(office))
    started = time.monotonic()
    with pytest.raises(RecbookError, match=r"took longer than 2 s .*--render-timeout 60`"):
        render_docx(make_book("en"), replace(_plain_context(), timeout=2.0))
    assert time.monotonic() - started < 20
    # and the office it started was stopped with it, not left running (gone, or a zombie awaiting its reaper)
    status = Path(f"/proc/{(tmp_path / 'office.pid').read_text().strip()}/status")
    assert not status.exists() or "State:\tZ" in status.read_text()


def test_the_build_gives_its_render_timeout_to_the_renderers(tmp_path):
    from recbook.pipeline import BuildOptions, render_context

    assert render_context(tmp_path, BuildOptions(render_timeout=1800.0)).timeout == 1800.0


def test_an_interrupted_build_stops_the_libreoffice_it_started(monkeypatch, tmp_path):
    # LibreOffice runs in its own session (so a timeout can stop all of it); Ctrl+C reaches only the build's
    # processes, so the layout stops the office itself when interrupted
    import subprocess

    office = tmp_path / "soffice"
    office.write_text(f"#!/bin/sh\nsleep 30 &\necho $! > {tmp_path / 'office.pid'}\nwait\n")
    office.chmod(0o755)
    monkeypatch.setenv("RECBOOK_SOFFICE", str(office))
    communicate = subprocess.Popen.communicate

    def interrupted(self, *args, **kwargs):
        if kwargs.get("timeout"):  # the layout's wait, not the stop's
            while not (tmp_path / "office.pid").exists():
                time.sleep(0.05)
            raise KeyboardInterrupt
        return communicate(self, *args, **kwargs)

    monkeypatch.setattr(subprocess.Popen, "communicate", interrupted)
    with pytest.raises(KeyboardInterrupt):
        render_docx(make_book("en"), _plain_context())
    status = Path(f"/proc/{(tmp_path / 'office.pid').read_text().strip()}/status")
    assert not status.exists() or "State:\tZ" in status.read_text()
