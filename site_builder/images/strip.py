"""Removing metadata (EXIF, GPS, XMP, comments, text chunks) from JPEG and PNG files
without decoding them: the pixels stay byte for byte, and it costs microseconds
instead of a decode and re-encode. None when the file is not a plain JPEG or PNG."""

from __future__ import annotations

import struct

_JPEG_STANDALONE = {0x01, *range(0xD0, 0xD8)}
_JPEG_DROPPED = {0xE1, *range(0xE3, 0xEE), 0xEF, 0xFE}  # APP1 (EXIF, XMP), APP3-APP13, APP15, COM
_ICC_SIGNATURE = b"ICC_PROFILE\x00"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Chunks that carry pixels or colour; text, time and EXIF chunks are left out.
_PNG_KEPT = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT",
             b"bKGD", b"pHYs"}


def strip_metadata(data: bytes) -> bytes | None:
    if data.startswith(b"\xff\xd8"):
        return _strip_jpeg(data)
    if data.startswith(_PNG_SIGNATURE):
        return _strip_png(data)
    return None


def _strip_jpeg(data: bytes) -> bytes | None:
    out = [b"\xff\xd8"]
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in _JPEG_STANDALONE:
            out.append(data[position:position + 2])
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2:position + 4])
        segment = data[position:position + 2 + length]
        if len(segment) != 2 + length:
            return None
        if marker == 0xDA:  # start of scan: the entropy-coded data runs to the end
            out.append(data[position:])
            return b"".join(out)
        keep_icc = marker == 0xE2 and segment[4:4 + len(_ICC_SIGNATURE)] == _ICC_SIGNATURE
        if marker not in _JPEG_DROPPED and (marker != 0xE2 or keep_icc):
            out.append(segment)
        position += 2 + length
    return None


def _strip_png(data: bytes) -> bytes | None:
    out = [_PNG_SIGNATURE]
    position = len(_PNG_SIGNATURE)
    while position + 12 <= len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        end = position + 12 + length
        if end > len(data):
            return None
        if kind in _PNG_KEPT:
            out.append(data[position:end])
        position = end
        if kind == b"IEND":
            return b"".join(out)
    return None
