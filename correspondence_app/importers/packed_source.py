# SPDX-License-Identifier: GPL-3.0-or-later
"""A mailbox or a message packed on its own with gzip, bzip2 or xz (``mail-2024.mbox.gz``,
a mailing list's ``2024-June.txt.gz``, mutt's compressed folders ``Sent.bz2``): read as it
unpacks, an mbox or MMDF mailbox line by line, never written out. A tar archive packed with
bzip2, whose first bytes show only once its first block is unpacked, is handed to the tar
reader. A damaged file ends where it can no longer be read: the messages before are
imported, and the file is listed as left out with the reason."""

from __future__ import annotations

import bz2
import gzip
import lzma
import os
import zlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from correspondence_app.domain.message import DateSource
from correspondence_app.importers import copies, tar_source
from correspondence_app.importers.base import FileFormat, RawItem, Skipped
from correspondence_app.importers.detect import (
    HEAD_BYTES,
    detect_format,
    is_mail_text,
    packer,
)
from correspondence_app.importers.mbox_items import mailbox_items
from correspondence_app.importers.packed_members import MAX_MESSAGE_BYTES, lines_as_unpacked

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

_MB = 1024 * 1024
# For the progress of an import: about what mail packed with bzip2 or xz unpacks to, per
# packed byte (neither keeps the unpacked size where it can be read without unpacking).
PACKED_RATIO = 4
_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error, lzma.LZMAError, OSError)
_READERS: dict[str, type[gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile]] = {
    "gzip": gzip.GzipFile,
    "bzip2": bz2.BZ2File,
    "xz": lzma.LZMAFile,
}
_SUFFIXES = (".gz", ".bz2", ".xz")
_ARCHIVE_NAMES = {"gzip": "a gzip archive", "bzip2": "a bzip2 archive", "xz": "an xz archive"}


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


def iter_packed_items(path: Path, source_index: int) -> Iterator[RawItem | Skipped]:
    """The messages of the packed file, or why there are none."""
    location = str(path)
    suffix = next((end for end in _SUFFIXES if path.name.lower().endswith(end)), "")
    folder = path.name[: len(path.name) - len(suffix)]
    kind = "gzip"
    try:
        with path.open("rb") as raw:
            kind = packer(raw.read(HEAD_BYTES)) or "gzip"
        with _READERS[kind](path, "rb") as stream:
            head = stream.read(HEAD_BYTES)
            fmt, _ = detect_format(head)  # TAR for a tar archive's first bytes
            if fmt in (FileFormat.MBOX, FileFormat.MMDF):
                yield from mailbox_items(
                    lines_as_unpacked(head, stream),
                    is_mmdf=fmt is FileFormat.MMDF,
                    location=location,
                    folder=folder,
                    source_index=source_index,
                )
                return
            elif fmt is FileFormat.EML and is_mail_text(head):
                data = head + stream.read(MAX_MESSAGE_BYTES + 1 - len(head))
            elif fmt is not FileFormat.TAR:
                yield Skipped(location, f"not a mail file ({_ARCHIVE_NAMES[kind]})")
                return
    except _ERRORS as error:
        yield Skipped(
            location, f"a damaged {kind} file ({error}); the messages before were imported"
        )
        return
    if fmt is FileFormat.TAR:  # read again from its start by the tar reader
        yield from tar_source.iter_tar_items(path, source_index)
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
        identity=copies.copy_identity(data),
    )
