# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes imported messages in batches: one transaction holds whole messages only."""

from __future__ import annotations

import enum
import json
import operator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from correspondence_app import memory
from correspondence_app.conversations.thread_builder import normalise_subject
from correspondence_app.domain.message import AddressRole
from correspondence_app.search.normalise import place_keys
from correspondence_app.storage.engine import CACHE_KIB, IMPORT_CACHE_KIB
from correspondence_app.storage.search_index import reindex_messages, stored_places
from correspondence_app.storage.tables import (
    FTS_TABLE,
    Address,
    Attachment,
    AttachmentBlob,
    ConvertedOriginal,
    ImportRun,
    ImportStatus,
    Message,
    MessageAddress,
    MessageBody,
    MessageReference,
    MessageSource,
    Original,
    Person,
    QuarantineItem,
    SourceIdentity,
    SourceKind,
    UtcDateTime,
)
from correspondence_app.storage.threads import cited_ids
from correspondence_app.tagging.tags import ImportedTags

if TYPE_CHECKING:
    from correspondence_app.importers.base import RawItem
    from correspondence_app.importers.prepared import PreparedAttachment, PreparedMessage, Rejected

BATCH_MESSAGES = 500
BATCH_BYTES = 8 * 1024 * 1024


@dataclass
class _Batch:
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    messages: int = 0
    size_bytes: int = 0
    index_rows: dict[int, dict[str, Any]] = field(default_factory=dict)  # by message id
    # Messages stored before this batch, found again in these folders.
    found_in: dict[int, set[str]] = field(default_factory=dict)
    # Every message of the batch (new, or found again) with the places it was found in.
    places: dict[int, set[str]] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)


class ImportWriter:
    """The single writer of an import; allocates ids itself so rows need no read-back.

    Only one import runs on an archive at a time (the caller holds the import lock), so
    the ids read at the start stay free.
    """

    def __init__(self, engine: Engine, *, parse_quarantined: bool = False) -> None:
        """``parse_quarantined``: quarantined bytes found again are parsed again (the
        quarantine tried again), not counted as quarantined at once."""
        self._engine = engine
        # The writing thread's own connection for the whole import, with a smaller cache.
        self._connection = engine.connect()
        self._connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        self._connection.commit()
        self._batch = _Batch()
        self._write_thread = ThreadPoolExecutor(1, thread_name_prefix="import-writer")
        self._writing: Future[None] | None = None
        self._write_failed = False
        self.imported = 0
        self.duplicates = 0
        self.quarantined = 0
        with engine.begin() as connection:
            # Every digest a message is known by, keyed by its 32 bytes (half the memory of
            # hex strings at 100k messages): its original's; the message an Outlook .msg
            # was converted to (an exported .eml imported again is a duplicate of the .msg);
            # its identity (RawItem.identity: an Outlook item converted again, or the copy a
            # mail program saved of a server's mail, may differ in its bytes).
            self._originals: dict[bytes, int] = {}
            for table in (Original, ConvertedOriginal, SourceIdentity):
                self._originals.update(
                    (bytes.fromhex(sha256), message_id)
                    for sha256, message_id in connection.execute(
                        select(table.sha256, table.message_id)
                    )
                )
            self._quarantined: set[bytes] = (
                set()
                if parse_quarantined
                else {
                    bytes.fromhex(sha256)
                    for sha256 in connection.execute(select(QuarantineItem.sha256)).scalars()
                }
            )
            self._addresses: dict[str, int] = dict(
                connection.execute(select(Address.address, Address.id)).all()
            )
            self._blobs: dict[str, int] = dict(
                connection.execute(select(AttachmentBlob.sha256, AttachmentBlob.id)).all()
            )
            # Runs still "running" were ended by a crash or kill; the caller holds the
            # import lock, so none of them is really running.
            connection.execute(
                update(ImportRun)
                .where(ImportRun.status == ImportStatus.RUNNING)
                .values(status=ImportStatus.INTERRUPTED)
            )
            self._imported_tags = ImportedTags(connection)
            self._next_message = _next_id(connection, Message.id)
            self._next_person = _next_id(connection, Person.id)
            self._next_address = _next_id(connection, Address.id)
            self._next_blob = _next_id(connection, AttachmentBlob.id)
            self.run_id = connection.execute(
                insert(ImportRun).values(started_at=datetime.now(UTC), status=ImportStatus.RUNNING)
            ).inserted_primary_key[0]  # type: ignore[index]

    # What the pipeline asks before parsing ------------------------------------------------
    def is_known(self, digest: bytes, identity: bytes = b"") -> bool:
        """Whether a message with these bytes, or known by this identity (RawItem.identity),
        is stored or quarantined."""
        return (
            digest in self._originals
            or digest in self._quarantined
            or (bool(identity) and identity in self._originals)
        )

    # Adding --------------------------------------------------------------------------------
    def add_duplicate(self, item: RawItem, digest: bytes) -> bool:
        """Remembers another location of a known message; False if it is a quarantined one."""
        message_id = self._originals.get(digest)
        if message_id is None and item.identity:
            message_id = self._originals.get(item.identity)
        if message_id is None:
            return False
        if item.identity and item.identity not in self._originals:
            self._add_identity(item.identity, message_id)  # stored before identities were kept
        self._batch.add("sources", _source_row(item, message_id, self.run_id, item.labels))
        places = [place for place in (item.folder, *item.labels) if place]
        if places:  # folder: and its imported tag must find it here too
            self._batch.places.setdefault(message_id, set()).update(places)
            pending = self._batch.index_rows.get(message_id)
            if pending is None:
                self._batch.found_in.setdefault(message_id, set()).update(places)
            else:
                keys = pending["filenames_keys"].split()
                new = [key for key in place_keys(places) if key not in keys]
                pending["filenames_keys"] = " ".join(keys + new)
        self.duplicates += 1
        return True

    def add_rejected(self, item: RawItem, digest: bytes, rejected: Rejected) -> None:
        self._quarantined.add(digest)
        self._batch.add(
            "quarantine",
            {
                "sha256": digest.hex(),
                "size_bytes": len(item.raw),
                "compression": rejected.compression,
                "data": rejected.original,
                "reason": rejected.reason,
                "kind": item.kind,
                "location": item.location,
                "offset": item.offset,
                "folder": item.folder,
                "fallback_date": _utc(item.fallback_date),
                "fallback_source": item.fallback_source.value,
                "import_run_id": self.run_id,
                "quarantined_at": datetime.now(UTC),
            },
        )
        self._batch.size_bytes += len(rejected.original)
        self.quarantined += 1
        self._maybe_flush()

    def add_requarantined(self, item: RawItem, digest: bytes, reason: str) -> None:
        """A message already in quarantine, found again: record the location, count it."""
        self._batch.add(
            "quarantine_again",
            {
                "sha256": digest.hex(),
                "location": item.location,
                "offset": item.offset,
                "folder": item.folder,
                "fallback_date": _utc(item.fallback_date),
                "fallback_source": item.fallback_source.value,
                "kind": item.kind,
                "import_run_id": self.run_id,
                "reason": reason,
                "quarantined_at": datetime.now(UTC),
            },
        )
        self.quarantined += 1

    def add_message(self, item: RawItem, digest: bytes, prepared: PreparedMessage) -> int:
        message = prepared.message
        message_id = self._next_message
        self._next_message += 1
        self._originals[digest] = message_id
        batch = self._batch
        if item.identity and item.identity != digest:  # known in another copy too
            self._add_identity(item.identity, message_id)
        sender = message.addresses_in(AddressRole.FROM)
        batch.add(
            "messages",
            {
                "id": message_id,
                "message_id": message.message_id,
                "date_at": message.date_at,
                "date_offset_minutes": message.date_offset_minutes,
                "date_source": message.date_source.value,
                "subject": message.subject,
                "from_address_id": self._address_id(sender[0].address, sender[0].name)
                if sender
                else None,
                "from_name": sender[0].name if sender else "",
                "thread_id": None,
                "flags": item.flags,
                "size_bytes": len(item.raw),
                "attachment_count": len(prepared.attachments),
                "language": prepared.language,
                "import_run_id": self.run_id,
                "subject_key": normalise_subject(message.subject),
            },
        )
        batch.add(
            "originals",
            {
                "message_id": message_id,
                "sha256": digest.hex(),
                "size_bytes": len(item.raw),
                "compression": prepared.compression,
                "data": prepared.original,
            },
        )
        converted = prepared.converted
        if converted is not None:  # an Outlook .msg: the message converted from it
            self._originals[bytes.fromhex(converted.sha256)] = message_id
            batch.add(
                "converted",
                {
                    "message_id": message_id,
                    "sha256": converted.sha256,
                    "size_bytes": converted.size_bytes,
                    "compression": converted.compression,
                    "data": converted.data,
                },
            )
            batch.size_bytes += len(converted.data)
        references = " ".join(message.references)
        for reference in cited_ids(message.message_id, message.in_reply_to, references):
            batch.add("references", {"reference": reference, "message_id": message_id})
        batch.add(
            "bodies",
            {
                "message_id": message_id,
                "in_reply_to": message.in_reply_to,
                "references": references,
                "text": message.text,
                "html": message.html,
                "defects": "\n".join(message.defects),
            },
        )
        positions: dict[AddressRole, int] = {}
        for role, address in message.addresses:
            position = positions.get(role, 0)
            positions[role] = position + 1
            batch.add(
                "message_addresses",
                {
                    "message_id": message_id,
                    "role": int(role),
                    "position": position,
                    "address_id": self._address_id(address.address, address.name),
                    "name": address.name,
                },
            )
        for position, attachment in enumerate(prepared.attachments):
            batch.add(
                "attachments",
                {
                    "message_id": message_id,
                    "position": position,
                    "blob_id": self._blob_id(attachment),
                    "filename": attachment.filename,
                    "content_type": attachment.content_type,
                    "size_bytes": attachment.size_bytes,
                    "is_inline": attachment.is_inline,
                    "content_id": attachment.content_id,
                },
            )
        labels = tuple(dict.fromkeys((*message.labels, *item.labels)))
        batch.add("sources", _source_row(item, message_id, self.run_id, labels))
        if item.folder or labels:
            batch.places.setdefault(message_id, set()).update([item.folder, *labels])
        index_row = {"rowid": message_id, **prepared.index_row}
        batch.add("fts", index_row)
        batch.index_rows[message_id] = index_row
        batch.messages += 1
        batch.size_bytes += len(prepared.original) + len(message.text) + len(message.html)
        self.imported += 1
        self._maybe_flush()
        return message_id

    def _add_identity(self, identity: bytes, message_id: int) -> None:
        self._originals[identity] = message_id
        self._batch.add("identities", {"sha256": identity.hex(), "message_id": message_id})

    def _address_id(self, address: str, name: str) -> int:
        known = self._addresses.get(address)
        if known is not None:
            return known
        address_id, person_id = self._next_address, self._next_person
        self._next_address += 1
        self._next_person += 1
        self._addresses[address] = address_id
        self._batch.add("people", {"id": person_id, "name": name})
        self._batch.add(
            "addresses",
            {"id": address_id, "address": address, "name": name, "person_id": person_id},
        )
        return address_id

    def _blob_id(self, attachment: PreparedAttachment) -> int:
        known = self._blobs.get(attachment.sha256)
        if known is not None:
            return known
        blob_id = self._next_blob
        self._next_blob += 1
        self._blobs[attachment.sha256] = blob_id
        self._batch.add(
            "blobs",
            {
                "id": blob_id,
                "sha256": attachment.sha256,
                "size_bytes": attachment.size_bytes,
                "compression": attachment.compression,
                "data": attachment.data,
                "text": attachment.text,
            },
        )
        self._batch.size_bytes += len(attachment.data) + len(attachment.text)
        return blob_id

    # Writing ------------------------------------------------------------------------------
    def _maybe_flush(self) -> None:
        if self._batch.messages >= BATCH_MESSAGES or self._batch.size_bytes >= BATCH_BYTES:
            self.flush()

    def flush(self) -> None:
        """Hands the batch to the writing thread; the previous batch must be written first.

        Writing overlaps with reading and parsing the next batch: SQLCipher's encryption,
        the commit and its fsync run without holding Python's global lock.
        """
        self._wait_for_write()
        batch, self._batch = self._batch, _Batch()
        counts = (self.imported, self.duplicates, self.quarantined)
        self._writing = self._write_thread.submit(self._write, batch, counts)

    def _wait_for_write(self) -> None:
        if self._writing is not None:
            writing, self._writing = self._writing, None
            try:
                writing.result()  # re-raises a failed write here, in the importing thread
            except BaseException:
                # The next batch refers to rows that were not written: it is never written
                # (its foreign-key error would hide this one).
                self._write_failed = True
                raise

    def _write(self, batch: _Batch, counts: tuple[int, int, int]) -> None:
        """Writes one batch in one transaction: after a crash, all of it or none is there."""
        imported, duplicates, quarantined = counts
        with self._connection.begin():
            connection = self._connection
            moved = _in_new_places(connection, batch.found_in)
            for name, table, or_ignore in _TABLES:
                rows = batch.rows.get(name)
                if rows:
                    _insert_many(connection, table, rows, or_ignore=or_ignore)
            if batch.rows.get("quarantine_again"):
                _quarantine_again(connection, batch.rows["quarantine_again"])
            if moved:
                reindex_messages(connection, moved)
            self._imported_tags.assign(connection, batch.places)
            connection.execute(
                update(ImportRun)
                .where(ImportRun.id == self.run_id)
                .values(imported=imported, duplicates=duplicates, quarantined=quarantined)
            )
        memory.trim()

    def finish(self, status: ImportStatus) -> None:
        try:
            if not self._write_failed:
                self.flush()
                self._wait_for_write()
        finally:
            self._write_thread.shutdown(wait=True)
            self._connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._connection.close()
        with self._engine.begin() as connection:
            connection.execute(
                update(ImportRun)
                .where(ImportRun.id == self.run_id)
                .values(
                    status=status,
                    finished_at=datetime.now(UTC),
                )
            )


def _next_id(connection: Connection, column: Any) -> int:
    return int(connection.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1


def _in_new_places(connection: Connection, found_in: dict[int, set[str]]) -> set[int]:
    """The stored messages that these folders add places to (their index rows lack them)."""
    if not found_in:
        return set()
    known = stored_places(connection, found_in)
    return {
        message_id
        for message_id, folders in found_in.items()
        if not set(place_keys(folders)) <= set(place_keys(known.get(message_id, [])))
    }


def _utc(value: datetime | None) -> datetime | None:
    """A fallback date as the import reads it: one without a zone is UTC."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _source_row(
    item: RawItem, message_id: int, run_id: int, labels: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {
        "message_id": message_id,
        "import_run_id": run_id,
        "kind": SourceKind(item.kind),
        "location": item.location,
        "offset": item.offset,
        "folder": item.folder,
        "flags": item.flags,
        "labels": json.dumps(list(labels), ensure_ascii=False) if labels else "",
        "envelope": item.envelope,
    }


def _quarantine_again(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Adds new locations of already quarantined bytes, copying the stored data and, where
    the batch did not know it, the reason."""
    for row in rows:
        stored = connection.execute(
            select(
                QuarantineItem.size_bytes,
                QuarantineItem.compression,
                QuarantineItem.data,
                QuarantineItem.reason,
            )
            .where(QuarantineItem.sha256 == row["sha256"])
            .limit(1)
        ).first()
        if stored is not None:
            copied = stored._asdict()
            reason = row.get("reason") or copied.pop("reason")
            copied.pop("reason", None)
            connection.execute(
                insert(QuarantineItem).prefix_with("OR IGNORE"),
                [{**row, **copied, "reason": reason}],
            )


# Batch name, table, whether a row that exists already is skipped (a known location).
_TABLES: tuple[tuple[str, str, bool], ...] = (
    ("people", Person.__tablename__, False),
    ("addresses", Address.__tablename__, False),
    ("messages", Message.__tablename__, False),
    ("originals", Original.__tablename__, False),
    ("converted", ConvertedOriginal.__tablename__, False),
    ("identities", SourceIdentity.__tablename__, True),
    ("bodies", MessageBody.__tablename__, False),
    ("references", MessageReference.__tablename__, False),
    ("message_addresses", MessageAddress.__tablename__, False),
    ("blobs", AttachmentBlob.__tablename__, False),
    ("attachments", Attachment.__tablename__, False),
    ("sources", MessageSource.__tablename__, True),
    ("quarantine", QuarantineItem.__tablename__, True),
    ("fts", FTS_TABLE, False),
)


# The only columns whose Python values the driver cannot take as they are.
_CONVERTED_COLUMNS = frozenset({"date_at", "quarantined_at", "fallback_date", "kind"})


def _plain(value: object) -> object:
    """A value as the ORM stores it: UTC datetimes as naive text, enums by value."""
    if isinstance(value, datetime):
        return UtcDateTime.stored(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _insert_many(
    connection: Connection, table: str, rows: list[dict[str, Any]], *, or_ignore: bool
) -> None:
    """executemany straight to the driver: the import's hot path, without per-row compiling."""
    columns = list(rows[0])
    values = operator.itemgetter(*columns)
    converted = [index for index, column in enumerate(columns) if column in _CONVERTED_COLUMNS]
    if converted:
        parameters = []
        for row in rows:
            line = list(values(row))
            for index in converted:
                line[index] = _plain(line[index])
            parameters.append(tuple(line))
    else:
        parameters = [values(row) for row in rows]
    quoted = ", ".join(f'"{column}"' for column in columns)  # "offset" is a keyword
    placeholders = ", ".join("?" for _ in columns)
    # Table and column names come from this module, never from mail.
    statement = (
        f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {table} ({quoted}) "  # noqa: S608
        f"VALUES ({placeholders})"
    )
    connection.exec_driver_sql(statement, parameters)
