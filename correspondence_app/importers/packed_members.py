# SPDX-License-Identifier: GPL-3.0-or-later
"""A message packed in an archive file (a member of a ZIP or of a tar archive) as the
import reads it: the way it would read the file before it was packed. A Maildir's message
under its folder's name with its flags and delivery time, an Apple Mail message without
Apple's wrapping, an Outlook file as one; otherwise under the folder it lies in."""

from __future__ import annotations

import io
import os
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Protocol

from correspondence_app.domain.message import DateSource
from correspondence_app.importers import apple_mail, copies, maildir
from correspondence_app.importers.base import FileFormat, RawItem, Skipped
from correspondence_app.importers.detect import holds_one_message, other_ole2_file
from correspondence_app.importers.mbox_items import mailbox_items

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime
    from pathlib import Path

_CHUNK_BYTES = 64 * 1024
_MB = 1024 * 1024
MAX_MESSAGE_BYTES = 256 * 1024 * 1024  # more than any mail server takes


class Readable(Protocol):
    """A stream of bytes as it unpacks (a tar member's, a gzip file's)."""

    def read(self, size: int = -1, /) -> bytes: ...


def member_location(path: Path, name: str) -> str:
    """``/home/k/export.zip/0001_….eml``: where a member was found, as file managers show
    it; control characters in the name (the sender's choice) are not passed on."""
    printable = "".join(char if char.isprintable() else "\ufffd" for char in name)
    return f"{os.path.abspath(path)}/{printable}"


def lines_as_unpacked(head: bytes, stream: Readable) -> Iterator[bytes]:
    """The lines of a packed file as it unpacks, ``head`` (read already) first. It is read
    in small pieces: the lines before a damaged place are not lost with it."""
    buffer = head
    while chunk := stream.read(_CHUNK_BYTES):
        buffer += chunk
        end = buffer.rfind(b"\n") + 1
        if end:
            yield from io.BytesIO(buffer[:end])
            buffer = buffer[end:]
    yield from io.BytesIO(buffer)  # the rest, the last line without its line end too


def is_left_alone(name: str) -> bool:
    """Hidden files, the Mac's copies of file details, a mail server's files beside a
    Maildir, and Apple Mail's descriptions of its mailboxes and the attachments it keeps
    apart, left alone as in a folder."""
    path = PurePosixPath(name)
    parts = path.parts
    return (
        not parts
        or parts[-1].startswith(".")
        or "__MACOSX" in parts
        or maildir.is_bookkeeping(parts[-1])
        or apple_mail.is_mailbox_notes(path.parent, path.name)
        or apple_mail.is_kept_apart(path)
    )


def too_large(size_bytes: int, limit_bytes: int) -> str:
    """Why a packed member that declares ``size_bytes`` unpacked, over ``limit_bytes``, is
    not read."""
    return (
        f"declares {size_bytes / _MB:,.0f} MB unpacked, over the "
        f"{limit_bytes // _MB} MB a message may have; not read"
    )


def member_items(
    path: Path,
    name: str,
    data: bytes,
    fmt: FileFormat,
    *,
    offset: int,
    packed_at: datetime | None,
    source_index: int,
    kept_apart: apple_mail.KeptApart | None = None,
) -> Iterator[RawItem | Skipped]:
    """A member read whole (``data``, in format ``fmt``): the messages of an MMDF mailbox
    or an mbox (one named ``.eml`` that holds a single message is that message), or the
    one message it is (message_item)."""
    if fmt is FileFormat.OUTLOOK and (reason := other_ole2_file(data)):
        yield Skipped(member_location(path, name), reason, os.path.abspath(path))
        return
    if fmt is FileFormat.MMDF or (fmt is FileFormat.MBOX and not holds_one_message(name, data)):
        yield from mailbox_items(
            io.BytesIO(data),
            is_mmdf=fmt is FileFormat.MMDF,
            location=member_location(path, name),
            folder=PurePosixPath(name).name,
            source_index=source_index,
        )
        return
    yield message_item(
        path,
        name,
        data,
        fmt,
        offset=offset,
        packed_at=packed_at,
        source_index=source_index,
        kept_apart=kept_apart,
    )


def message_item(
    path: Path,
    name: str,
    data: bytes,
    fmt: FileFormat,
    *,
    offset: int,
    packed_at: datetime | None,
    source_index: int,
    kept_apart: apple_mail.KeptApart | None = None,
) -> RawItem:
    """The member ``name`` of the archive file ``path``, a single message (or an Outlook
    file, or an Apple Mail message) in ``data``; ``offset`` tells two members of one name
    apart, ``packed_at`` (the member's time) dates one that has no date of its own, and
    ``kept_apart`` holds the attachments of an Apple Mail message that lacks them."""
    folder = PurePosixPath(name).parent
    parent = folder.name
    date, source = packed_at, DateSource.FILE if packed_at else DateSource.NONE
    problem, flags = "", ""
    if parent in ("cur", "new"):  # a Maildir: read as in a folder (".Sent": Sent)
        pieces = maildir.plus_names(folder.parent.name)
        parent = "/".join(maildir.decode_folder_part(piece) for piece in pieces if piece)
        flags = maildir.flags_of(PurePosixPath(name).name)
        if delivered := maildir.delivery_date(PurePosixPath(name).name):
            date, source = delivered, DateSource.ENVELOPE
    if fmt is FileFormat.EMLX:  # a message of Apple Mail's store
        emlx = apple_mail.read_emlx(data, name, kept_apart)
        data, problem = emlx.message, emlx.problem
        parent = apple_mail.mailbox_of(PurePosixPath(name)) or parent
        if emlx.received_at is not None:
            date, source = emlx.received_at, DateSource.ENVELOPE
    # Known again in every copy: with other line ends, saved by a mail program, Apple Mail's
    identity = b"" if problem or fmt is FileFormat.OUTLOOK else copies.copy_identity(data)
    return RawItem(
        raw=data,
        kind="outlook" if fmt is FileFormat.OUTLOOK else "eml",
        location=member_location(path, name),
        offset=offset,
        folder=parent or path.name,
        flags=flags,
        fallback_date=date,
        fallback_source=source,
        source_index=source_index,
        problem=problem,
        identity=identity,
    )
