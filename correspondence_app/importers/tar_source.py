# SPDX-License-Identifier: GPL-3.0-or-later
"""The messages in a tar archive, packed with gzip, bzip2 or xz or not at all (Google Takeout's
``.tgz``, say). It is read member after member as it unpacks, an mbox member line by line;
nothing of it is written to the disk. A member is read as the file it was before it was
packed (importers.packed_members); an archive inside it is not opened.

A damaged archive ends where it can no longer be read: the messages before are imported,
and the archive is listed as left out with the reason."""

from __future__ import annotations

import dataclasses
import lzma
import os
import tarfile
import zlib
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from correspondence_app.importers import apple_mail
from correspondence_app.importers.base import FileFormat, RawItem, Skipped
from correspondence_app.importers.detect import HEAD_BYTES, detect_format
from correspondence_app.importers.mbox_items import mailbox_items
from correspondence_app.importers.packed_members import (
    MAX_MESSAGE_BYTES,
    is_left_alone,
    lines_as_unpacked,
    member_items,
    member_location,
    too_large,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import IO

NESTED = "an archive inside the tar archive: not opened (unpack it to import it)"
# What a damaged or cut archive raises as it unpacks.
_TAR_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError)


def iter_tar_items(path: Path, source_index: int) -> Iterator[RawItem | Skipped]:
    """The raw messages of the archive's members, or for each one that is none, why."""
    try:
        with tarfile.open(path, mode="r|*") as archive:
            for member in archive:
                if not member.isfile() or is_left_alone(member.name):
                    continue
                stream = archive.extractfile(member)
                if stream is not None:
                    yield from _member_items(path, member, stream, source_index)
    except _TAR_ERRORS as error:
        yield Skipped(
            str(path), f"a damaged tar archive ({error}); the messages before were imported"
        )


def _member_items(
    path: Path, member: tarfile.TarInfo, stream: IO[bytes], source_index: int
) -> Iterator[RawItem | Skipped]:
    name = member.name
    location = member_location(path, name)
    in_archive = os.path.abspath(path)  # a member left out is named with the archive's name
    head = stream.read(HEAD_BYTES)
    fmt, reason = detect_format(head)
    if fmt is FileFormat.NOT_MAIL:
        yield Skipped(location, reason, in_archive)
        return
    if fmt in (FileFormat.ZIP, FileFormat.PST, FileFormat.TAR, FileFormat.PACKED):
        yield Skipped(location, NESTED, in_archive)
        return
    if fmt is FileFormat.MBOX and not name.lower().endswith(".eml"):
        yield from mailbox_items(
            lines_as_unpacked(head, stream),
            is_mmdf=False,
            location=location,
            folder=PurePosixPath(name).name,
            source_index=source_index,
        )
        return
    if member.size > MAX_MESSAGE_BYTES:
        yield Skipped(location, too_large(member.size, MAX_MESSAGE_BYTES), in_archive)
        return
    for item in member_items(
        path,
        name,
        head + stream.read(member.size),
        fmt,
        offset=member.offset,
        packed_at=_packed_at(member),
        source_index=source_index,
    ):
        if isinstance(item, RawItem) and item.problem == apple_mail.PARTIAL:
            # Its attachments may come after it, and a tar is read once, as it unpacks.
            item = dataclasses.replace(item, problem=apple_mail.PARTIAL_IN_TAR)
        yield item


def _packed_at(member: tarfile.TarInfo) -> datetime | None:
    """The member's time, for a message without a date of its own; None if it has none."""
    try:
        return datetime.fromtimestamp(member.mtime, tz=UTC) if member.mtime > 0 else None
    except (OverflowError, OSError, ValueError):
        return None
