"""While recbook writes a PDF each stream is deflated once, not again for the file identifier, at zlib's
default level: the bytes pydyf writes at that level."""

from __future__ import annotations

import io
import zlib

import pydyf

from recbook.render.pdf_streams import streams_deflated_once


def _pdf() -> pydyf.PDF:
    pdf = pydyf.PDF()
    for number in range(3):
        content = pydyf.Stream(compress=True)
        content.set_text_matrix(1, 0, 0, 1, number, number)
        content.stream.append(b"(page %d) Tj" % number * 50)
        pdf.add_object(content)
        pdf.add_page(pydyf.Dictionary({"Type": "/Page", "Contents": content.reference}))
    return pdf


def _write(pdf: pydyf.PDF) -> bytes:
    out = io.BytesIO()
    pdf.write(out, version=b"1.7", identifier=True, compress=True)
    return out.getvalue()


def _deflations(monkeypatch) -> list[int]:
    """Count zlib's compressors made, and note the level each was made at in `levels`."""
    made = [0]
    original = zlib.compressobj

    def counted(level=zlib.Z_DEFAULT_COMPRESSION, *args, **kwargs):
        made[0] += 1
        levels.append(level)
        return original(level, *args, **kwargs)

    levels.clear()
    monkeypatch.setattr(zlib, "compressobj", counted)
    return made


levels: list[int] = []


def _at_default_level(monkeypatch) -> None:
    """Make every zlib compressor pydyf asks for one at zlib's default level."""
    original = zlib.compressobj
    monkeypatch.setattr(zlib, "compressobj", lambda level=-1, *a, **k: original(zlib.Z_DEFAULT_COMPRESSION, *a, **k))


def test_each_stream_is_deflated_once_at_the_default_level(monkeypatch):
    deflations = _deflations(monkeypatch)
    best = _write(_pdf())
    twice = deflations[0]
    assert set(levels) == {9}  # pydyf's own
    deflations[0] = 0
    with streams_deflated_once():
        written = _write(_pdf())
    assert set(levels[twice:]) == {zlib.Z_DEFAULT_COMPRESSION}
    # 3 pages' contents, the object stream and the cross-reference stream, once each (pydyf: 3 + 1 again)
    assert deflations[0] == 5
    assert twice == deflations[0] + 4
    assert written != best
    _at_default_level(monkeypatch)
    assert written == _write(_pdf())  # pydyf's bytes at that level
    assert pydyf.zlib is zlib  # and its zlib its own again


def test_outside_the_write_a_stream_is_made_afresh():
    stream = pydyf.Stream(compress=True)
    stream.stream.append(b"first")
    with streams_deflated_once():
        before = stream.data
        stream.stream.append(b"second")  # WeasyPrint draws into streams before it writes them
        assert stream.data != before
        assert zlib.decompress(stream.data.split(b"stream\n", 1)[1].rsplit(b"\nendstream", 1)[0]) == b"first\nsecond"
        _write(_pdf())
    assert isinstance(pydyf.Stream.__dict__["data"], property)
    assert pydyf.PDF.__dict__["write"] is _pdf().write.__func__  # pydyf's own again


def test_a_rendered_pdf_has_pydyfs_bytes_at_the_default_level(monkeypatch):
    import weasyprint

    html = weasyprint.HTML(string="<html lang='ru'><p>Рекомендации</p><p style='font-weight:bold'>и итоги</p>")
    with streams_deflated_once():
        once = html.render().write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=True)
    best = html.render().write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=True)
    _at_default_level(monkeypatch)
    assert once == html.render().write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=True) != best
