# SPDX-License-Identifier: GPL-3.0-or-later
"""Compression of stored originals and attachments (zlib; skipped where it gains little)."""

from __future__ import annotations

import zlib

ZLIB = "zlib"
NONE = "none"
LEVEL = 6


def compress(data: bytes) -> tuple[str, bytes]:
    """(method, stored bytes); already-compressed content is kept as it is."""
    if len(data) < 64:
        return NONE, data
    packed = zlib.compress(data, LEVEL)
    if len(packed) > len(data) * 0.9:
        return NONE, data
    return ZLIB, packed


def decompress(method: str, data: bytes) -> bytes:
    if method == ZLIB:
        return zlib.decompress(data)
    if method == NONE:
        return data
    raise ValueError(f"unknown compression {method!r}")
