"""The Pillow-free PNG check says "decodes" only for files Pillow decodes, and never imports Pillow."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zlib

import pytest
from PIL import Image

from conftest import ROOT
from recbook.load.assets import image_problem
from recbook.load.png_check import plain_png_decodes

LIMIT = 40_000_000


def png(mode: str = "RGB", size=(30, 20), **options) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, "red" if mode != "1" else 1).save(buffer, "PNG", **options)
    return buffer.getvalue()


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def with_pixels(raw: bytes, width=2, height=2, interlace=0) -> bytes:
    """A 2×2 RGB PNG whose pixel data is `raw` (filter bytes and rows as given), CRCs correct."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, interlace)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def pillow_decodes(data: bytes) -> bool:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except Exception:
        return False
    return True


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "LA", "P", "1"])
def test_plain_pngs_decode_without_pillow(mode):
    assert plain_png_decodes(png(mode), LIMIT)


def test_the_sample_logos_decode_without_pillow():
    for path in (ROOT / "inputs" / "assets").glob("*.png"):
        assert plain_png_decodes(path.read_bytes(), LIMIT), path


@pytest.mark.parametrize("data", [
    png()[:-20],  # truncated
    png()[:40] + bytes([png()[40] ^ 0xFF]) + png()[41:],  # a flipped byte: a CRC fails
    with_pixels(b"\x00" + b"\x01" * 6 + b"\x07" + b"\x01" * 6),  # filter type 7
    with_pixels(b"\x00" + b"\x01" * 6),  # one row missing
    with_pixels(b"\x00" + b"\x01" * 6 + b"\x00" + b"\x01" * 6, interlace=1),  # interlaced: left to Pillow
    png(size=(8000, 6000)),  # over the pixel limit: Pillow's message
    png() + b"junk",  # data after IEND
])
def test_anything_doubtful_goes_to_pillow(data):
    assert not plain_png_decodes(data, LIMIT)


def test_whenever_it_says_decodes_pillow_agrees():
    good = with_pixels(b"\x00" + b"\x01" * 6 + b"\x04" + b"\x01" * 6)
    samples = [png(m) for m in ("RGB", "P", "L")] + [good]
    for data in samples:
        for cut in range(8, len(data), 7):  # every truncation and one flipped byte at each place
            for variant in (data[:cut], data[:cut] + bytes([data[cut] ^ 0x5A]) + data[cut + 1:]):
                if plain_png_decodes(variant, LIMIT):
                    assert pillow_decodes(variant)


def test_a_plain_logo_is_checked_without_importing_pillow():
    code = (f"import sys; from recbook.load.assets import image_problem; "
            f"print(image_problem(open({str(ROOT / 'inputs/assets/kas-placeholder.png')!r}, 'rb').read()), "
            f"'PIL' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["None", "False"]


def test_a_broken_png_still_gets_pillows_message():
    assert image_problem(png()[:45]).startswith("a damaged PNG file")
