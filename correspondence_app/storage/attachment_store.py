# SPDX-License-Identifier: GPL-3.0-or-later
"""The content of attachments. An attachment is part of its message's original, which the
archive keeps byte for byte, so the import does not store its bytes a second time: its blob
holds its SHA-256, size and text but no bytes (compression ``PART``), and the content is
taken from the message when asked for, found among its parts by that SHA-256. Files added by
hand (a sign of life's, a paper letter's scan) keep their bytes in their blob, as do the
attachments an earlier version stored."""

from __future__ import annotations

import hashlib
import mimetypes
import zlib
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from correspondence_app.domain.message import MessageRejected
from correspondence_app.storage.compression import PART, compress, decompress
from correspondence_app.storage.tables import (
    Attachment,
    AttachmentBlob,
    ConvertedOriginal,
    Original,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Iterable, Iterator

    from sqlalchemy import Connection


# The attachments kept only in their messages, by message: what checking them reads. A raw
# query, so that a backup's check can run it on its own connection too.
PARTS_QUERY = (
    "SELECT a.message_id, a.position, b.sha256 FROM {schema}attachments AS a "
    "JOIN {schema}attachment_blobs AS b ON b.id = a.blob_id "
    "WHERE b.compression = 'part' ORDER BY a.message_id, a.position"  # compression.PART
)
# The bytes the import parsed: the message converted from an Outlook original, else the
# original.
READABLE_QUERIES = (
    "SELECT compression, data FROM {schema}converted_originals WHERE message_id = ?",
    "SELECT compression, data FROM {schema}originals WHERE message_id = ?",
)


def message_parts(connection: Connection, message_id: int) -> dict[str, bytes]:
    """The message's attachments as the import found them, SHA-256 -> content; empty if the
    message has none or is gone."""
    return parts_of(readable_bytes(connection, message_id))


def parts_of(raw: bytes | None) -> dict[str, bytes]:
    """The attachments of the message ``raw``, SHA-256 -> content."""
    from correspondence_app.importers.mime import parse_message  # the MIME parser: heavy

    if raw is None:
        return {}
    try:
        parsed = parse_message(raw)
    except MessageRejected:  # it was parsed on import; a later parser may differ
        return {}
    return {part.sha256: part.content for part in parsed.attachments}


def missing_parts(
    rows: Iterable[tuple[int, int, str]],
    readable: Callable[[int], bytes | None],
    damaged: Container[int] = (),
) -> Iterator[str]:
    """A finding for each attachment of ``rows`` (message id, position, SHA-256; ordered
    by message) that its message, read by ``readable``, no longer holds; the messages whose
    own bytes were found ``damaged`` (said already) are not read."""
    parts: dict[str, bytes] = {}
    read = None
    for message_id, position, sha256 in rows:
        if message_id in damaged:
            continue
        if message_id != read:
            parts, read = parts_of(readable(message_id)), message_id
        if sha256 not in parts:
            yield f"message {message_id}: attachment {position + 1} is no longer found in it"


def readable_bytes(connection: Connection, message_id: int) -> bytes | None:
    """The message as the import parsed it: the original, or the RFC 822 message an Outlook
    .msg was converted to."""
    for table in (ConvertedOriginal, Original):
        row = connection.execute(
            select(table.compression, table.data).where(table.message_id == message_id)
        ).first()
        if row is not None:
            try:
                return decompress(row.compression, row.data)
            except (ValueError, zlib.error):  # damaged: verify names it
                return None
    return None


def content(
    connection: Connection,
    blob_id: int,
    *,
    message_id: int | None = None,
    parts: dict[str, bytes] | None = None,
) -> bytes | None:
    """The blob's content: its own bytes, or else the part of a message that carries it
    (``message_id``'s first, with its ``parts`` if read already); None if no message has
    it any more."""
    row = connection.execute(
        select(AttachmentBlob.compression, AttachmentBlob.data, AttachmentBlob.sha256).where(
            AttachmentBlob.id == blob_id
        )
    ).first()
    if row is None:
        return None
    if row.compression != PART:
        return decompress(row.compression, row.data)
    if parts is not None and row.sha256 in parts:
        return parts[row.sha256]
    carriers = connection.execute(
        select(Attachment.message_id).where(Attachment.blob_id == blob_id).distinct()
    ).scalars()
    ordered = [message_id] if message_id is not None else []
    ordered += [carrier for carrier in carriers if carrier != message_id]
    for carrier in ordered:
        found = message_parts(connection, carrier).get(row.sha256)
        if found is not None:
            return found
    return None


def keep_bytes(connection: Connection, blob_id: int, compression: str, data: bytes) -> None:
    """A blob that held no bytes of its own gets them: a file added by hand that is also an
    attachment must outlive the message that carries it."""
    connection.execute(
        update(AttachmentBlob)
        .where(AttachmentBlob.id == blob_id, AttachmentBlob.compression == PART)
        .values(compression=compression, data=data)
    )


def store_file(connection: Connection, filename: str, data: bytes) -> int:
    """A file added by hand (a sign of life's, a paper letter's scan), stored once by its
    SHA-256 with its bytes, compressed as the import would; returns its blob's id."""
    digest = hashlib.sha256(data).hexdigest()
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    known = connection.execute(
        select(AttachmentBlob.id, AttachmentBlob.compression).where(AttachmentBlob.sha256 == digest)
    ).first()
    if known is not None:
        if known.compression == PART:  # an attachment too: it must outlive its message
            keep_bytes(connection, known.id, *compress(data, content_type))
        return int(known.id)
    method, stored = compress(data, content_type)
    return int(
        connection.execute(
            insert(AttachmentBlob)
            .values(sha256=digest, size_bytes=len(data), compression=method, data=stored, text=None)
            .returning(AttachmentBlob.id)
        ).scalar_one()
    )
