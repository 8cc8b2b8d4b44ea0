# SPDX-License-Identifier: GPL-3.0-or-later
"""What an export reads: the chosen messages in date order, each with its headers, its
original bytes, its text, attachments, tags and the user's notes, read in batches so that
an export of any size streams instead of holding the selection in memory.

An original that is no RFC 822 message (an Outlook .msg) has the message converted from
it on import beside it: the exports write that message where they write messages, and the
original too where they write a file per message."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from correspondence_app.search.query_parser import parse_query
from correspondence_app.storage import attachment_store, queries
from correspondence_app.storage.compression import decompress
from correspondence_app.storage.organise_tables import NoteScope
from correspondence_app.storage.search import matching_ids
from correspondence_app.storage.tables import (
    Attachment,
    AttachmentBlob,
    ConvertedOriginal,
    Message,
    Original,
)
from correspondence_app.tagging import identity
from correspondence_app.tagging import notes as note_store
from correspondence_app.tagging import tags as tag_store

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from sqlalchemy import Engine

    from correspondence_app.storage.queries import AttachmentInfo, MessageDetail

BATCH = 200  # messages read at a time
ORIGINALS_BATCH = 20  # originals read at a time (a photo mail can be tens of MB)
EVERYTHING = "*"  # the query that chooses every message
EVERY_MESSAGE = "every message in the archive"  # how a selection of EVERYTHING is described
_EARLIEST = datetime.min.replace(tzinfo=UTC)


class LostAttachment(ValueError):  # noqa: N818 (a finding, said for the user)
    """An attachment to export that its message's original no longer holds (damage)."""


class ExportCancelled(Exception):  # noqa: N818 (a user's choice, not an error)
    """The user stopped the export."""


@dataclass(frozen=True)
class Selection:
    """What the user chose: a query (the query language; "" for nothing), messages by id,
    and whether each message brings its whole conversation."""

    query: str = ""
    message_ids: tuple[int, ...] = ()
    threads: bool = False
    description: str = ""  # in the user's words, for the cover page ("" : the query)

    def as_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "message_ids": list(self.message_ids),
            "threads": self.threads,
            "description": self.described,
        }

    @property
    def described(self) -> str:
        if self.description:
            return self.description
        if self.query.strip() == EVERYTHING:
            return EVERY_MESSAGE
        if self.query:
            return self.query
        return f"{len(self.message_ids)} chosen messages"


@dataclass(frozen=True)
class ExportItem:
    """One message as the exports list it."""

    id: int
    message_id: str  # the Message-ID header
    sha256: str  # of the original
    size_bytes: int  # of the original
    date_at: datetime | None  # UTC
    date_offset_minutes: int | None  # the zone its Date header gave
    date_source: str  # where the date came from (a DateSource's value; see export.dating)
    subject: str
    sender: str  # "Name <address>"
    thread_id: int | None
    attachments: tuple[AttachmentInfo, ...] = field(default=())
    # Set when the original is no RFC 822 message (an Outlook .msg): the SHA-256 and size
    # of the message converted from it, which the exports write as the message.
    converted_sha256: str = ""
    converted_size: int = 0

    @property
    def local_date(self) -> datetime | None:
        """The date in the zone the sender wrote it in."""
        return queries.in_sender_zone(self.date_at, self.date_offset_minutes)

    @property
    def is_converted(self) -> bool:
        return bool(self.converted_sha256)

    @property
    def message_sha256(self) -> str:
        """The SHA-256 of the message the exports write: the original's, or the converted."""
        return self.converted_sha256 or self.sha256


class ExportSource:
    """The chosen messages of an archive, read for an export (one session per batch)."""

    def __init__(self, engine: Engine, selection: Selection) -> None:
        self._engine = engine
        self.selection = selection
        self.exported_at = datetime.now(UTC)
        with Session(engine) as session:
            self.ids = chosen_ids(session, selection)
            self.compiled_by = identity.user_name(session.connection())
        self._tag_names: dict[int, str] | None = None
        # The attachments read from the last message, for its next attachment.
        self._parsed: attachment_store.Parsed = {}

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def exported_when(self) -> str:
        """When the export was made, as a cover says it: local time with its offset."""
        return self.exported_at.astimezone().isoformat(" ", "seconds")

    def items(self) -> Iterator[ExportItem]:
        """Every chosen message, oldest first, in batches."""
        for start in range(0, len(self.ids), BATCH):
            batch = self.ids[start : start + BATCH]
            with Session(self._engine) as session:
                yield from _items(session, batch)

    def originals(self) -> Iterator[tuple[ExportItem, bytes]]:
        """Every chosen message with its RFC 822 bytes (the original, or the message
        converted from an Outlook original), oldest first, in batches small enough that
        messages with large attachments do not fill the memory."""
        for start in range(0, len(self.ids), ORIGINALS_BATCH):
            batch = self.ids[start : start + ORIGINALS_BATCH]
            with Session(self._engine) as session:
                data = _messages(session, batch)
                for item in _items(session, batch):
                    yield item, data[item.id]

    def original(self, message_id: int) -> bytes:
        """The original exactly as archived (for an Outlook original: the .msg file)."""
        with Session(self._engine) as session:
            data = queries.original_bytes(session, message_id)
        if data is None:
            raise KeyError(message_id)
        return data

    def message(self, message_id: int) -> bytes:
        """The message as RFC 822: the original, or the one converted from it."""
        with Session(self._engine) as session:
            data = _messages(session, [message_id])
        if message_id not in data:
            raise KeyError(message_id)
        return data[message_id]

    def detail(self, message_id: int) -> MessageDetail:
        """Headers, text and HTML (as stored: sanitise before showing) and attachments."""
        with Session(self._engine) as session:
            detail = queries.message_detail(session, message_id)
        if detail is None:
            raise KeyError(message_id)
        return detail

    def attachment(self, message_id: int, position: int) -> bytes:
        with Session(self._engine) as session:
            if message_id not in self._parsed:
                self._parsed.clear()  # one message's attachments at a time are kept
            data = queries.attachment_content(session, message_id, position, self._parsed)
            gone = data is None and session.get(Message, message_id) is None
        if gone:
            raise KeyError(message_id)  # deleted meanwhile
        if data is None:
            raise LostAttachment(
                f"message {message_id}: attachment {position + 1} is no longer found in it"
            )
        return data

    def inline_parts(self, message_id: int) -> dict[str, tuple[str, bytes]]:
        """Content-ID -> (content type, bytes): the pictures its HTML may show."""
        with Session(self._engine) as session:
            return queries.inline_parts(session, message_id)

    def notes(self, message_id: int) -> list[str]:
        """The user's notes on the message and on its conversation (e.g. a translation)."""
        with self._engine.connect() as connection:
            found = [note_store.note_of(connection, message_id, scope) for scope in NoteScope]
        return [note.text for note in found if note is not None and note.text.strip()]

    def tags(self, message_ids: Sequence[int]) -> dict[int, list[str]]:
        """The names of each message's tags."""
        with self._engine.connect() as connection:
            if self._tag_names is None:
                self._tag_names = {tag.id: tag.name for tag in tag_store.list_tags(connection)}
            found = tag_store.tags_of_messages(connection, list(message_ids))
        names = self._tag_names
        return {mid: sorted(names[t] for t in tags if t in names) for mid, tags in found.items()}


def chosen_ids(session: Session, selection: Selection) -> list[int]:
    """The messages of the selection, oldest first (undated last, by id)."""
    ids: set[int] = set(selection.message_ids)
    if selection.query.strip() == EVERYTHING:
        ids.update(session.scalars(select(Message.id)))
    elif selection.query.strip():
        ids.update(matching_ids(session, parse_query(selection.query)))
    if selection.threads and ids:
        thread_ids = {
            t
            for t in session.scalars(select(Message.thread_id).where(Message.id.in_(ids)))
            if t is not None
        }
        if thread_ids:
            ids.update(session.scalars(select(Message.id).where(Message.thread_id.in_(thread_ids))))
    if not ids:
        return []
    rows = session.execute(select(Message.id, Message.date_at).where(Message.id.in_(ids)))
    dated = sorted(rows, key=lambda row: (row[1] is None, row[1] or _EARLIEST, row[0]))
    return [message_id for message_id, _ in dated]


def _items(session: Session, ids: Sequence[int]) -> Iterator[ExportItem]:
    rows = {
        row[0]: tuple(row)
        for row in session.execute(queries.summary_select().where(Message.id.in_(ids)))
    }
    meta = {
        mid: (thread_id, size)
        for mid, thread_id, size in session.execute(
            select(Message.id, Message.thread_id, Original.size_bytes)
            .join(Original, Original.message_id == Message.id)
            .where(Message.id.in_(ids))
        )
    }
    converted = {
        mid: (sha256, size)
        for mid, sha256, size in session.execute(
            select(
                ConvertedOriginal.message_id, ConvertedOriginal.sha256, ConvertedOriginal.size_bytes
            ).where(ConvertedOriginal.message_id.in_(ids))
        )
    }
    attachments: dict[int, list[AttachmentInfo]] = {}
    for row in session.execute(
        select(
            Attachment.message_id,
            Attachment.filename,
            Attachment.content_type,
            Attachment.size_bytes,
            AttachmentBlob.sha256,
            Attachment.is_inline,
            Attachment.position,
            Attachment.content_id,
        )
        .join(AttachmentBlob, AttachmentBlob.id == Attachment.blob_id)
        .where(Attachment.message_id.in_(ids))
        .order_by(Attachment.message_id, Attachment.position)
    ):
        attachments.setdefault(row[0], []).append(queries.AttachmentInfo(*row[1:]))
    for mid in ids:
        summary = queries.summary_of(rows[mid])
        thread_id, size = meta.get(mid, (None, 0))
        converted_sha256, converted_size = converted.get(mid, ("", 0))
        yield ExportItem(
            id=mid,
            message_id=summary.message_id,
            sha256=summary.sha256,
            size_bytes=size,
            date_at=summary.date_at,
            date_offset_minutes=summary.date_offset_minutes,
            date_source=summary.date_source,
            subject=summary.subject,
            sender=summary.sender,
            thread_id=thread_id,
            attachments=tuple(attachments.get(mid, ())),
            converted_sha256=converted_sha256,
            converted_size=converted_size,
        )


def _messages(session: Session, ids: Sequence[int]) -> dict[int, bytes]:
    """The RFC 822 bytes of each: the message converted from the original where there
    is one, else the original."""
    found = {
        mid: decompress(compression, data)
        for mid, compression, data in session.execute(
            select(
                ConvertedOriginal.message_id, ConvertedOriginal.compression, ConvertedOriginal.data
            ).where(ConvertedOriginal.message_id.in_(ids))
        )
    }
    rest = [mid for mid in ids if mid not in found]
    if rest:
        found.update(
            (mid, decompress(compression, data))
            for mid, compression, data in session.execute(
                select(Original.message_id, Original.compression, Original.data).where(
                    Original.message_id.in_(rest)
                )
            )
        )
    return found
