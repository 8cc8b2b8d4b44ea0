# SPDX-License-Identifier: GPL-3.0-or-later
"""A mailbox or a message packed with gzip on its own (``mail-2024.mbox.gz``, a mailing
list's ``2024-June.txt.gz``): read as it unpacks, an mbox or MMDF mailbox line by line,
never written out. A damaged file ends where it can no longer be read: the messages before
are imported, and the file is listed as left out with the reason."""

from __future__ import annotations

import gzip
import os
import zlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from correspondence_app.domain.message import DateSource
from correspondence_app.importers.base import FileFormat, RawItem, Skipped
from correspondence_app.importers.detect import HEAD_BYTES, detect_format
from correspondence_app.importers.mbox_items import mailbox_items, saved_copy_identity
from correspondence_app.importers.packed_members import MAX_MESSAGE_BYTES, lines_as_unpacked

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

_MB = 1024 * 1024
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error, OSError)


def unpacked_size(path: str, packed: int) -> int:
    """What a gzip file (a packed mailbox or tar archive) unpacks to, for the progress of
    an import: the size its last four bytes give (modulo 4 GiB, so never less than the
    packed size)."""
    try:
        with open(path, "rb") as stream:
            if stream.read(2) != b"\x1f\x8b" or packed < 18:
                return packed
            stream.seek(-4, os.SEEK_END)
            return max(packed, int.from_bytes(stream.read(4), "little"))
    except OSError:
        return packed


def iter_gzip_items(path: Path, source_index: int) -> Iterator[RawItem | Skipped]:
    """The messages of the packed file, or why there are none."""
    location = str(path)
    folder = path.name.removesuffix(".gz").removesuffix(".GZ")
    try:
        with gzip.open(path, "rb") as stream:
            head = stream.read(HEAD_BYTES)
            fmt, _ = detect_format(head)
            if fmt in (FileFormat.MBOX, FileFormat.MMDF):
                yield from mailbox_items(
                    lines_as_unpacked(head, stream),
                    is_mmdf=fmt is FileFormat.MMDF,
                    location=location,
                    folder=folder,
                    source_index=source_index,
                )
                return
            if fmt is not FileFormat.EML:
                yield Skipped(location, "not a mail file (a gzip archive)")
                return
            data = head + stream.read(MAX_MESSAGE_BYTES + 1 - len(head))
    except _GZIP_ERRORS as error:
        yield Skipped(location, f"a damaged gzip file ({error}); the messages before were imported")
        return
    if len(data) > MAX_MESSAGE_BYTES:
        yield Skipped(
            location, f"unpacks to over the {MAX_MESSAGE_BYTES // _MB} MB a message may have"
        )
        return
    modified = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    yield RawItem(
        raw=data,
        kind="eml",
        location=location,
        folder=path.parent.name,
        fallback_date=modified,
        fallback_source=DateSource.FILE,
        source_index=source_index,
        identity=saved_copy_identity(data),
    )
