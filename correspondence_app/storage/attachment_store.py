# SPDX-License-Identifier: GPL-3.0-or-later
"""The content of attachments. An attachment is part of its message's original, which the
archive keeps byte for byte, so the import does not store its bytes a second time: its blob
holds its SHA-256, size and text but no bytes (compression ``PART``), and the content is
taken from the message when asked for, found among its parts by that SHA-256. Files added by
hand (a sign of life's, a paper letter's scan) keep their bytes in their blob, as do attached
messages (rebuilt by the parser, see importers.prepare) and the attachments an earlier
version stored."""

from __future__ import annotations

import hashlib
import mimetypes
import zlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from correspondence_app.storage.compression import PART, compress, decompress
from correspondence_app.storage.tables import Attachment, AttachmentBlob

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Iterable, Sequence

    from sqlalchemy import Connection


# The attachments kept only in their messages, by message: what checking them reads. Raw
# queries, so that a backup's check runs them on its own connection too.
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

# A query with its parameters run on a connection: its rows (SQLAlchemy's
# ``exec_driver_sql``, or a DB-API connection's ``execute``).
type Run = Callable[[str, tuple[int, ...]], Iterable[Sequence[Any]]]
# Messages whose attachments were read already, by id: SHA-256 -> content.
type Parsed = dict[int, dict[str, bytes]]


def sql_run(connection: Connection) -> Run:
    return lambda query, parameters: connection.exec_driver_sql(query, parameters)


def readable_bytes(run: Run, message_id: int, schema: str = "") -> bytes | None:
    """The message as the import parsed it (see READABLE_QUERIES); None if it is gone or
    cannot be decompressed (verify names that)."""
    for query in READABLE_QUERIES:
        # At most one row (by its key), read whole so that no cursor stays open.
        for compression, data in list(run(query.format(schema=schema), (message_id,))):
            try:
                return decompress(compression, data)
            except (ValueError, zlib.error):
                return None
    return None


def parts_of(raw: bytes | None) -> dict[str, bytes]:
    """The parts of the message ``raw`` decoded as the import decodes an attachment's,
    SHA-256 -> content (every part, whichever a later version counts as attachments);
    empty if there is no message."""
    from correspondence_app.importers.mime import part_contents  # the MIME parser: heavy

    return {} if raw is None else part_contents(raw)


def _go_on() -> None:
    """A check that is never stopped."""


def check_parts(
    run: Run, damaged: Container[int], schema: str = "", *, stop: Callable[[], None] = _go_on
) -> tuple[int, list[str]]:
    """Each attachment kept only in its message is still found there, by its SHA-256: how
    many were checked, and a finding for each that is not. The messages whose own bytes
    were found ``damaged`` (said already) are not read. ``stop`` is called before each
    message is read, to raise if the check is to end."""
    rows = [tuple(row) for row in run(PARTS_QUERY.format(schema=schema), ())]
    findings: list[str] = []
    parts: dict[str, bytes] = {}
    read = None
    for message_id, position, sha256 in rows:
        if message_id in damaged:
            continue
        if message_id != read:
            stop()
            parts, read = parts_of(readable_bytes(run, message_id, schema)), message_id
        if sha256 not in parts:
            findings.append(
                f"message {message_id}: attachment {position + 1} is no longer found in it"
            )
    return len(rows), findings


def content(
    connection: Connection,
    blob_id: int,
    *,
    message_id: int | None = None,
    parsed: Parsed | None = None,
) -> bytes | None:
    """The blob's content: its own bytes, or else the part of a message that carries it
    (``message_id``'s first); None if no message has it any more. Each message read is kept
    in ``parsed``, which the caller may hand on to the next call."""
    row = connection.execute(
        select(AttachmentBlob.compression, AttachmentBlob.data, AttachmentBlob.sha256).where(
            AttachmentBlob.id == blob_id
        )
    ).first()
    if row is None:
        return None
    if row.compression != PART:
        return decompress(row.compression, row.data)
    parsed = {} if parsed is None else parsed

    def found_in(carrier: int) -> bytes | None:
        if carrier not in parsed:
            parsed[carrier] = parts_of(readable_bytes(sql_run(connection), carrier))
        return parsed[carrier].get(row.sha256)

    if message_id is not None and (found := found_in(message_id)) is not None:
        return found
    carriers = connection.execute(
        select(Attachment.message_id).where(Attachment.blob_id == blob_id).distinct()
    ).scalars()
    others = (carrier for carrier in carriers if carrier != message_id)
    return next((data for carrier in others if (data := found_in(carrier)) is not None), None)


def _keep_bytes(connection: Connection, blob_id: int, compression: str, data: bytes) -> None:
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
            _keep_bytes(connection, known.id, *compress(data, content_type))
        return int(known.id)
    method, stored = compress(data, content_type)
    return int(
        connection.execute(
            insert(AttachmentBlob)
            .values(sha256=digest, size_bytes=len(data), compression=method, data=stored, text=None)
            .returning(AttachmentBlob.id)
        ).scalar_one()
    )
