# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs of life entered by hand: a call, a messenger message, a visit, news through
someone else, a letter; with a note and optionally a file (a screenshot, a scan), kept
compressed like attachments in the encrypted archive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select

from correspondence_app.alerts.clock import as_utc
from correspondence_app.storage.attachment_store import store_file
from correspondence_app.storage.compression import decompress
from correspondence_app.storage.people_tables import EventKind, LifeEvent, PaperLetter
from correspondence_app.storage.tables import Attachment, AttachmentBlob, Person

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from correspondence_app.alerts.clock import Clock


class EventError(ValueError):
    """An event that cannot be entered or found, with a message for the user."""


@dataclass(frozen=True)
class LifeEventInfo:
    id: int
    person_id: int
    happened_at: datetime
    kind: EventKind
    note: str
    filename: str  # "" without a file
    size_bytes: int | None  # the file's
    created_at: datetime
    author: str

    @property
    def has_file(self) -> bool:
        return bool(self.filename)


def event_kind(value: str) -> EventKind:
    """``phone``, ``In person``, ``third_party`` ... as an EventKind."""
    wanted = "-".join(value.strip().lower().replace("_", " ").split())
    try:
        return EventKind(wanted)
    except ValueError:
        names = ", ".join(kind.value for kind in EventKind)
        raise EventError(f"{value}: the kind is one of {names}") from None


def add_event(
    connection: Connection,
    clock: Clock,
    person_id: int,
    happened_at: datetime,
    kind: EventKind,
    *,
    note: str = "",
    file: tuple[str, bytes] | None = None,
    author: str = "",
) -> int:
    """Records a sign of life (naive ``happened_at``: the user's time) and returns its id;
    one after today is refused, as it cannot have happened yet."""
    moment = as_utc(happened_at, clock.zone)
    if moment >= clock.end_of_today:
        raise EventError(f"{moment.astimezone(clock.zone):%Y-%m-%d %H:%M} is after today")
    if connection.execute(select(Person.id).where(Person.id == person_id)).first() is None:
        raise EventError(f"there is no person with id {person_id}")
    filename = "" if file is None else (file[0].replace("\\", "/").rsplit("/", 1)[-1] or "file")
    return int(
        connection.execute(
            insert(LifeEvent)
            .values(
                person_id=person_id,
                happened_at=moment,
                kind=kind,
                note=note.strip(),
                blob_id=None if file is None else store_file(connection, filename, file[1]),
                filename=filename,
                created_at=datetime.now(UTC),
                author=author,
            )
            .returning(LifeEvent.id)
        ).scalar_one()
    )


_INFO = select(
    LifeEvent.id,
    LifeEvent.person_id,
    LifeEvent.happened_at,
    LifeEvent.kind,
    LifeEvent.note,
    LifeEvent.filename,
    AttachmentBlob.size_bytes,
    LifeEvent.created_at,
    LifeEvent.author,
).outerjoin(AttachmentBlob, AttachmentBlob.id == LifeEvent.blob_id)


def events_of(connection: Connection, person_id: int) -> list[LifeEventInfo]:
    """A person's events, newest first."""
    rows = connection.execute(
        _INFO.where(LifeEvent.person_id == person_id).order_by(
            LifeEvent.happened_at.desc(), LifeEvent.id.desc()
        )
    )
    return [LifeEventInfo(*row) for row in rows]


def event(connection: Connection, event_id: int) -> LifeEventInfo:
    row = connection.execute(_INFO.where(LifeEvent.id == event_id)).first()
    if row is None:
        raise EventError(f"there is no sign of life with id {event_id}")
    return LifeEventInfo(*row)


def event_file(connection: Connection, event_id: int) -> tuple[str, bytes] | None:
    """The event's file (name, content), if it has one."""
    row = connection.execute(
        select(LifeEvent.filename, AttachmentBlob.compression, AttachmentBlob.data)
        .join(AttachmentBlob, AttachmentBlob.id == LifeEvent.blob_id)
        .where(LifeEvent.id == event_id)
    ).first()
    if row is None:
        event(connection, event_id)  # an unknown id is an error, a missing file is not
        return None
    return row.filename, decompress(row.compression, row.data)


def delete_event(connection: Connection, event_id: int) -> None:
    """Deletes the event, and its file unless a message or another record holds the same."""
    event(connection, event_id)  # an unknown id is an error
    blob_id = connection.execute(select(LifeEvent.blob_id).where(LifeEvent.id == event_id)).scalar()
    connection.execute(delete(LifeEvent).where(LifeEvent.id == event_id))
    if blob_id is not None and not _blob_in_use(connection, blob_id):
        connection.execute(delete(AttachmentBlob).where(AttachmentBlob.id == blob_id))


def _blob_in_use(connection: Connection, blob_id: int) -> bool:
    users = (
        select(func.count()).select_from(table).where(table.blob_id == blob_id)
        for table in (Attachment, LifeEvent, PaperLetter)
    )
    return any(connection.execute(query).scalar() for query in users)
