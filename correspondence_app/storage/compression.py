# SPDX-License-Identifier: GPL-3.0-or-later
"""Compression of stored originals and attachments (zlib; skipped where it gains little).

The zlib streams are written by ISA-L (``isal``), which is several times faster than
the zlib library on mail full of base64: the import's costliest step per byte. The
format is plain zlib, and the standard library's zlib reads it back.
"""

from __future__ import annotations

import zlib

from isal import isal_zlib

ZLIB = "zlib"
NONE = "none"
# Nothing stored: an attachment kept only inside its message's original (attachment_store).
PART = "part"
# ISA-L's level 1 compresses mail as well as zlib's level 1, at about a seventh of the time.
LEVEL = 1
# Content that is compressed already gains nothing; don't spend time trying.
PRECOMPRESSED_TYPES = frozenset(
    {
        "application/pdf",
        "application/zip",
        "application/gzip",
        "application/x-gzip",
        "application/x-7z-compressed",
        "application/x-rar-compressed",
        "application/vnd.rar",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/webp",
        "audio/mpeg",
        "video/mp4",
    }
)


def compress(data: bytes, content_type: str = "") -> tuple[str, bytes]:
    """(method, stored bytes); already-compressed content is kept as it is."""
    if len(data) < 64 or content_type in PRECOMPRESSED_TYPES:
        return NONE, data
    packed = isal_zlib.compress(data, LEVEL)
    if len(packed) > len(data) * 0.9:
        return NONE, data
    return ZLIB, packed


def decompress(method: str, data: bytes) -> bytes:
    if method == ZLIB:
        return zlib.decompress(data)
    if method == NONE:
        return data
    if method == PART:
        raise ValueError("an attachment kept in its message: read it with attachment_store")
    raise ValueError(f"unknown compression {method!r}")
