# SPDX-License-Identifier: GPL-3.0-or-later
"""Rebuilding the full-text index from what the archive stores.

Imports index their messages as they write them; a rebuild is needed after a
schema change of the index (the migration marks it stale) or on request.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select, text, update

from correspondence_app.domain.message import AddressRole, MailAddress
from correspondence_app.search.documents import SearchFields, index_row, message_language
from correspondence_app.storage import attachment_store, stale
from correspondence_app.storage.tables import (
    FTS_TABLE,
    Address,
    Attachment,
    AttachmentBlob,
    Message,
    MessageAddress,
    MessageBody,
    MessageSource,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from sqlalchemy import Connection, Engine

SEARCH_INDEX_KEY = "search_index"
_BATCH = 1000


@dataclass(frozen=True)
class ReindexReport:
    messages: int
    attachments_read: int
    seconds: float


def is_current(engine: Engine) -> bool:
    return not stale.is_stale(engine, SEARCH_INDEX_KEY)


def reindex(engine: Engine, progress: Callable[[int, int], None] | None = None) -> ReindexReport:
    """Rebuilds the index in one transaction: searches see the old one until it is done."""
    started = time.monotonic()
    with engine.begin() as connection:
        read = _read_attachment_texts(connection)
        ids = list(connection.execute(select(Message.id).order_by(Message.id)).scalars())
        connection.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')"  # noqa: S608
        )
        for start in range(0, len(ids), _BATCH):
            _index_batch(connection, ids[start : start + _BATCH])
            if progress is not None:
                progress(min(start + _BATCH, len(ids)), len(ids))
        stale.mark_current(connection, SEARCH_INDEX_KEY)
    return ReindexReport(len(ids), read, round(time.monotonic() - started, 3))


def _read_attachment_texts(connection: Connection) -> int:
    """Extracts the text of attachments stored before the archive looked inside them."""
    from correspondence_app.importers.attachment_text import extract_text  # PDF reader: heavy

    pending = connection.execute(
        select(AttachmentBlob.id).where(AttachmentBlob.text.is_(None))
    ).scalars()
    count = 0
    for blob_id in list(pending):
        data = attachment_store.content(connection, blob_id)
        named = connection.execute(
            select(Attachment.filename, Attachment.content_type)
            .where(Attachment.blob_id == blob_id)
            .limit(1)
        ).first()
        filename, content_type = named if named is not None else ("", "")
        found = "" if data is None else extract_text(filename, content_type, data)
        connection.execute(
            update(AttachmentBlob).where(AttachmentBlob.id == blob_id).values(text=found)
        )
        count += 1
    return count


def _index_batch(connection: Connection, ids: list[int]) -> None:
    rows, languages = index_rows(connection, ids)
    if rows:
        columns = list(rows[0])
        connection.execute(
            text(
                f"INSERT INTO {FTS_TABLE} ({', '.join(columns)}) "  # noqa: S608 (names from here)
                f"VALUES ({', '.join(':' + column for column in columns)})"
            ),
            rows,
        )
        connection.execute(
            text("UPDATE messages SET language = :language WHERE id = :id"), languages
        )


def reindex_messages(connection: Connection, ids: Iterable[int]) -> None:
    """Writes the index rows of these messages again, from what is stored (an import
    calls it when a copy of a message turns up in another folder)."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _BATCH):
        chunk = ordered[start : start + _BATCH]
        connection.execute(
            text(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({', '.join(map(str, chunk))})")  # noqa: S608 (integers)
        )
        _index_batch(connection, chunk)


def index_rows(
    connection: Connection, ids: list[int]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The index rows of these messages (at most a batch), and their languages."""
    people: dict[int, list[tuple[AddressRole, MailAddress]]] = {}
    for message_id, role, name, address in connection.execute(
        select(MessageAddress.message_id, MessageAddress.role, MessageAddress.name, Address.address)
        .join(Address, Address.id == MessageAddress.address_id)
        .where(MessageAddress.message_id.in_(ids))
        .order_by(MessageAddress.message_id, MessageAddress.role, MessageAddress.position)
    ):
        people.setdefault(message_id, []).append((AddressRole(role), MailAddress(address, name)))
    attachments: dict[int, list[tuple[str, str]]] = {}
    for message_id, filename, found in connection.execute(
        select(Attachment.message_id, Attachment.filename, AttachmentBlob.text)
        .join(AttachmentBlob, AttachmentBlob.id == Attachment.blob_id)
        .where(Attachment.message_id.in_(ids))
        .order_by(Attachment.message_id, Attachment.position)
    ):
        attachments.setdefault(message_id, []).append((filename, found or ""))
    places = stored_places(connection, ids)
    rows: list[dict[str, object]] = []
    languages: list[dict[str, object]] = []
    for message_id, subject, body in connection.execute(
        select(Message.id, Message.subject, MessageBody.text)
        .join(MessageBody, MessageBody.message_id == Message.id)
        .where(Message.id.in_(ids))
    ):
        parts = attachments.get(message_id, [])
        fields = SearchFields.of(
            subject,
            people.get(message_id, []),
            body,
            (name for name, _ in parts),
            (found for _, found in parts),
            places.get(message_id, []),
        )
        language = message_language(fields)
        languages.append({"id": message_id, "language": language})
        rows.append({"rowid": message_id, **index_row(fields, language)})
    return rows, languages


def stored_places(connection: Connection, ids: Iterable[int]) -> dict[int, list[str]]:
    """The folders, mbox files and labels each of these messages was found in."""
    ordered = sorted(set(ids))
    places: dict[int, list[str]] = {}
    for start in range(0, len(ordered), _BATCH):
        for message_id, folder, labels in connection.execute(
            select(MessageSource.message_id, MessageSource.folder, MessageSource.labels).where(
                MessageSource.message_id.in_(ordered[start : start + _BATCH])
            )
        ):
            places.setdefault(message_id, []).extend([folder, *source_labels(labels)])
    return places


def source_labels(stored: str) -> list[str]:
    """The labels of a source row (a JSON list; "" when it has none)."""
    if not stored:
        return []
    try:
        labels = json.loads(stored)
    except ValueError:
        return []
    return [label for label in labels if isinstance(label, str)] if isinstance(labels, list) else []
