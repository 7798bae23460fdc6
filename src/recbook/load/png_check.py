"""Tell, without Pillow, that a PNG logo decodes: its chunks, checksums, pixel data and rows.

`recbook check` checks every logo the way the renderers load it (assets.py);
Pillow's import and decoder cost it ~30 ms a logo. A plain PNG (the usual
logo: not interlaced, at most 8 bits a channel, only common chunks) is
checked here with zlib alone: every chunk's CRC, an IHDR that is valid, the
pixel data inflating to exactly one filter byte (0–4) and one row per line,
and IEND last. Anything this module is not sure of goes to Pillow, whose
verdict and message stand: this is a fast path to "fine", never to "broken".
"""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type → samples per pixel
DEPTHS = {0: (1, 2, 4, 8), 2: (8,), 3: (1, 2, 4, 8), 4: (8,), 6: (8,)}
KNOWN = {b"PLTE", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"pHYs", b"bKGD", b"tIME", b"sBIT", b"tEXt"}
MAX_TEXT = 64 * 1024  # Pillow limits text chunks; a larger one is left to it


def plain_png_decodes(data: bytes, max_pixels: int) -> bool:
    """Return True if `data` is a plain PNG of at most `max_pixels` that decodes; False: ask Pillow."""
    chunks = _chunks(data)
    if not chunks or chunks[0][0] != b"IHDR" or chunks[-1][0] != b"IEND" or len(chunks[0][1]) != 13:
        return False
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    if not (0 < width and 0 < height and width * height <= max_pixels) or depth not in DEPTHS.get(colour, ()):
        return False
    if (compression, filtering, interlace) != (0, 0, 0):
        return False
    middle = chunks[1:-1]
    if any(kind not in KNOWN | {b"IDAT"} or (kind == b"tEXt" and len(body) > MAX_TEXT) for kind, body in middle):
        return False
    if colour == 3 and not any(kind == b"PLTE" for kind, _ in middle):
        return False
    row = (width * CHANNELS[colour] * depth + 7) // 8
    return _rows_sound(b"".join(body for kind, body in middle if kind == b"IDAT"), row, height)


def _chunks(data: bytes) -> list[tuple[bytes, bytes]] | None:
    """Return the (type, body) of every chunk, or None if the file is not a sound chunk sequence."""
    if not data.startswith(SIGNATURE):
        return None
    chunks, at = [], len(SIGNATURE)
    while at < len(data):
        if at + 12 > len(data):
            return None
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        end = at + 8 + length
        if end + 4 > len(data):
            return None
        body = data[at + 8:end]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[end:end + 4])[0]:
            return None
        chunks.append((kind, body))
        at = end + 4
        if kind == b"IEND":
            return chunks if at == len(data) else None
    return None


def _rows_sound(compressed: bytes, row: int, height: int) -> bool:
    """Return True if the pixel data inflates to `height` rows of a filter byte and `row` bytes."""
    expected = height * (row + 1)
    inflater = zlib.decompressobj()
    try:
        pixels = inflater.decompress(compressed, expected + 1)
    except zlib.error:
        return False
    if len(pixels) != expected or not inflater.eof or inflater.unconsumed_tail:
        return False
    return all(pixels[i] <= 4 for i in range(0, expected, row + 1))
