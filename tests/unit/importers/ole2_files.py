# SPDX-License-Identifier: GPL-3.0-or-later
"""OLE2 compound files made for the tests: a Word file or Windows' Thumbs.db, as such files
are laid out ([MS-CFB], version 3), with the streams a test names at their root."""

from __future__ import annotations

import struct

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SECTOR = 512
_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_NONE = 0xFFFFFFFF  # no sibling, no child
_STREAM_BYTES = 4096  # as large as the mini stream's cut-off: every stream has sectors of its own


def ole2_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 file holding ``streams`` at its root: one FAT sector, then the directory,
    then each stream (padded with NULs to 4,096 bytes)."""
    names = sorted(streams, key=lambda name: (len(name), name.upper()))  # the order it keeps
    entries = 1 + len(names)
    directory_sectors = -(-entries * 128 // _SECTOR)
    fat = [_FAT, *range(2, 1 + directory_sectors), _END]
    contents, starts = [], []
    for name in names:
        data = streams[name].ljust(_STREAM_BYTES, b"\0")
        starts.append(len(fat))
        count = -(-len(data) // _SECTOR)
        fat += [*range(len(fat) + 1, len(fat) + count), _END]
        contents.append(data.ljust(count * _SECTOR, b"\0"))
    assert len(fat) <= _SECTOR // 4, "one FAT sector holds 128 sectors"
    header = (
        _MAGIC
        + bytes(16)
        + struct.pack(
            "<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, 1, 1, 0, 4096, _END, 0, _END, 0
        )
        + struct.pack("<I", 0)
        + struct.pack("<I", _FREE) * 108
    )
    directory = _entry("Root Entry", 5, child=1, start=_END, size=0)
    for number, name in enumerate(names, start=1):
        right = number + 1 if number < len(names) else _NONE
        directory += _entry(
            name,
            2,
            right=right,
            start=starts[number - 1],
            size=max(len(streams[name]), _STREAM_BYTES),
        )
    directory = directory.ljust(directory_sectors * _SECTOR, b"\0")
    fat_sector = b"".join(struct.pack("<I", value) for value in fat).ljust(_SECTOR, b"\xff")
    return header + fat_sector + directory + b"".join(contents)


def _entry(
    name: str, kind: int, *, right: int = _NONE, child: int = _NONE, start: int, size: int
) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        encoded,
        len(encoded),
        kind,
        1,  # black
        _NONE,
        right,
        child,
        bytes(16),
        0,
        0,
        0,
        start,
        size,
    )
