# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-side queries: statistics, message lists and details, originals, quarantine, verify."""

from __future__ import annotations

import enum
import functools
import hashlib
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.exc import DatabaseError

from correspondence_app.domain.message import AddressRole, DateSource
from correspondence_app.storage import attachment_store
from correspondence_app.storage.compression import PART, decompress
from correspondence_app.storage.people_tables import LifeEvent, PaperLetter
from correspondence_app.storage.tables import (
    Address,
    Attachment,
    AttachmentBlob,
    ConvertedOriginal,
    Message,
    MessageAddress,
    MessageBody,
    MessageSource,
    Original,
    Person,
    QuarantineItem,
)

if TYPE_CHECKING:
    import threading

    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Stats:
    messages: int
    attachments: int
    people: int
    quarantined: int
    bytes: int  # total size of the stored originals, uncompressed


@dataclass(frozen=True)
class MessageSummary:
    id: int
    message_id: str
    sha256: str
    date_at: datetime | None
    date_offset_minutes: int | None
    date_source: str  # a DateSource's value: where the date came from
    sender: str
    subject: str

    @property
    def is_date_inferred(self) -> bool:
        """The date came from elsewhere than the message's Date field."""
        return self.date_source != DateSource.HEADER.value

    @property
    def local_date(self) -> datetime | None:
        return in_sender_zone(self.date_at, self.date_offset_minutes)


def in_sender_zone(date_at: datetime | None, offset_minutes: int | None) -> datetime | None:
    """A stored UTC date in the zone the sender wrote it in (UTC where unknown)."""
    if date_at is None:
        return None
    return date_at.astimezone(timezone(timedelta(minutes=offset_minutes or 0)))


@dataclass(frozen=True)
class AttachmentInfo:
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    is_inline: bool
    position: int = 0  # its place in the message, for attachment_content()
    content_id: str = ""  # what cid: links in the HTML call it


@dataclass(frozen=True)
class FolderCount:
    """A folder, mbox file or label messages were imported from, and how many."""

    name: str
    kind: str
    messages: int


@dataclass(frozen=True)
class SourceInfo:
    kind: str
    location: str
    offset: int
    folder: str
    flags: str


@dataclass(frozen=True)
class MessageDetail:
    summary: MessageSummary
    to: tuple[str, ...]
    cc: tuple[str, ...]
    bcc: tuple[str, ...]
    reply_to: tuple[str, ...]
    in_reply_to: str
    references: tuple[str, ...]
    text: str
    html: str
    attachments: tuple[AttachmentInfo, ...]
    sources: tuple[SourceInfo, ...]


class OffsetCounts(enum.Enum):
    """What a quarantined message's ``offset`` is."""

    UID = "uid"  # the message's UID in the folder of an account
    ITEM = "item"  # an Outlook data file's item (its node id)
    BYTE = "byte"  # where the message starts in a file of many (an mbox, a ZIP)
    NOTHING = "nothing"  # a file that is the message


@dataclass(frozen=True)
class QuarantineEntry:
    id: int
    kind: str
    location: str
    offset: int
    reason: str
    size_bytes: int
    sha256: str
    quarantined_at: datetime

    @property
    def offset_counts(self) -> OffsetCounts:
        """What ``offset`` is, by the kind of place the message was found in."""
        if self.offset < 0:
            return OffsetCounts.NOTHING
        if self.kind == "imap":
            return OffsetCounts.UID
        return OffsetCounts.ITEM if self.kind == "pst" else OffsetCounts.BYTE


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    errors: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def format_address(name: str, address: str) -> str:
    if name and name != address:
        return f"{name} <{address}>"
    return address


def stats(session: Session) -> Stats:
    def count(column: object) -> int:
        return int(session.execute(select(func.count(column))).scalar_one())  # type: ignore[arg-type]

    # From the narrow messages table: summing the originals table would read every blob page.
    total_bytes = session.execute(select(func.coalesce(func.sum(Message.size_bytes), 0)))
    return Stats(
        messages=count(Message.id),
        attachments=count(Attachment.id),
        people=count(Person.id),
        quarantined=count(QuarantineItem.id),
        bytes=int(total_bytes.scalar_one()),
    )


def is_empty(session: Session) -> bool:
    """Whether nothing was ever put in: no message, nothing in quarantine, no sign of life
    or paper letter entered by hand."""
    tables = (Message.id, QuarantineItem.id, LifeEvent.id, PaperLetter.id)
    return not any(session.execute(select(column).limit(1)).first() for column in tables)


def summary_select() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Message.id,
            Message.message_id,
            Original.sha256,
            Message.date_at,
            Message.date_offset_minutes,
            Message.date_source,
            Message.from_name,
            Address.address,
            Message.subject,
        )
        .join(Original, Original.message_id == Message.id)
        .outerjoin(Address, Address.id == Message.from_address_id)
    )


def summary_of(row: tuple) -> MessageSummary:  # type: ignore[type-arg]
    (id_, message_id, sha256, date_at, offset, date_source, from_name, address, subject) = row
    return MessageSummary(
        id=id_,
        message_id=message_id,
        sha256=sha256,
        date_at=date_at,
        date_offset_minutes=offset,
        date_source=date_source,
        sender=format_address(from_name, address or ""),
        subject=subject,
    )


def list_messages(session: Session) -> list[MessageSummary]:
    rows = session.execute(summary_select().order_by(Message.date_at, Message.id))
    return [summary_of(tuple(row)) for row in rows]


def message_detail(session: Session, message_id: int) -> MessageDetail | None:
    row = session.execute(summary_select().where(Message.id == message_id)).first()
    if row is None:
        return None
    body = session.get(MessageBody, message_id)
    recipients: dict[int, list[str]] = {}
    for role, name, address in session.execute(
        select(MessageAddress.role, MessageAddress.name, Address.address)
        .join(Address, Address.id == MessageAddress.address_id)
        .where(MessageAddress.message_id == message_id)
        .order_by(MessageAddress.role, MessageAddress.position)
    ):
        recipients.setdefault(role, []).append(format_address(name, address))
    attachments = tuple(
        AttachmentInfo(
            a.filename,
            a.content_type,
            a.size_bytes,
            sha256,
            a.is_inline,
            a.position,
            a.content_id,
        )
        for a, sha256 in session.execute(
            select(Attachment, AttachmentBlob.sha256)
            .join(AttachmentBlob, AttachmentBlob.id == Attachment.blob_id)
            .where(Attachment.message_id == message_id)
            .order_by(Attachment.position)
        )
    )
    found_in = tuple(
        SourceInfo(s.kind.value, s.location, s.offset, s.folder, s.flags)
        for s in session.scalars(
            select(MessageSource)
            .where(MessageSource.message_id == message_id)
            .order_by(MessageSource.id)
        )
    )
    return MessageDetail(
        summary=summary_of(tuple(row)),
        to=tuple(recipients.get(AddressRole.TO, ())),
        cc=tuple(recipients.get(AddressRole.CC, ())),
        bcc=tuple(recipients.get(AddressRole.BCC, ())),
        reply_to=tuple(recipients.get(AddressRole.REPLY_TO, ())),
        in_reply_to=body.in_reply_to if body else "",
        references=tuple(body.references.split()) if body else (),
        text=body.text if body else "",
        html=body.html if body else "",
        attachments=attachments,
        sources=found_in,
    )


def original_bytes(session: Session, message_id: int) -> bytes | None:
    original = session.get(Original, message_id)
    if original is None:
        return None
    return decompress(original.compression, original.data)


def readable_source(session: Session, message_id: int) -> bytes | None:
    """The message as RFC 822 text: the original, or for an Outlook .msg the message it
    was converted to."""
    converted = session.get(ConvertedOriginal, message_id)
    if converted is not None:
        return decompress(converted.compression, converted.data)
    return original_bytes(session, message_id)


def attachment_content(
    session: Session, message_id: int, position: int, parsed: attachment_store.Parsed | None = None
) -> bytes | None:
    """The content of the message's attachment at ``position``; None if there is none
    (``parsed``: see attachment_store.content)."""
    blob_id = session.scalar(
        select(Attachment.blob_id).where(
            Attachment.message_id == message_id, Attachment.position == position
        )
    )
    if blob_id is None:
        return None
    return attachment_store.content(
        session.connection(), blob_id, message_id=message_id, parsed=parsed
    )


def inline_parts(session: Session, message_id: int) -> dict[str, tuple[str, bytes]]:
    """The parts the message's HTML may show by ``cid:``, by Content-ID."""
    rows = session.execute(
        select(Attachment.content_id, Attachment.content_type, Attachment.blob_id).where(
            Attachment.message_id == message_id, Attachment.content_id != ""
        )
    )
    connection = session.connection()
    parsed: attachment_store.Parsed = {}  # the message is read once, if at all
    found = {}
    for cid, content_type, blob_id in rows:
        data = attachment_store.content(connection, blob_id, message_id=message_id, parsed=parsed)
        if data is not None:
            found[cid] = (content_type, data)
    return found


def folders(session: Session) -> list[FolderCount]:
    """Where the messages came from, by folder name, with message counts."""
    rows = session.execute(
        select(
            MessageSource.folder,
            MessageSource.kind,
            func.count(func.distinct(MessageSource.message_id)),
        )
        .group_by(MessageSource.folder, MessageSource.kind)
        .order_by(MessageSource.folder)
    )
    return [FolderCount(folder or "", kind.value, count) for folder, kind, count in rows]


def quarantine_original(session: Session, entry_id: int) -> bytes | None:
    row = session.execute(
        select(QuarantineItem.compression, QuarantineItem.data).where(QuarantineItem.id == entry_id)
    ).first()
    return None if row is None else decompress(row[0], row[1])


def quarantine_entries(session: Session) -> list[QuarantineEntry]:
    return [
        QuarantineEntry(
            q.id, q.kind, q.location, q.offset, q.reason, q.size_bytes, q.sha256, q.quarantined_at
        )
        for q in session.scalars(select(QuarantineItem).order_by(QuarantineItem.id))
    ]


MAX_REPORTED = 20


# What a person added, each pointing at messages or tags that must exist.
_ORGANISED_TABLES = ("message_tags", "rule_tags", "notes")


def _organised_findings(connection: Connection) -> list[str]:
    """Tags, rules and notes that point at something missing, and notes missing from
    their index."""
    errors = []
    try:
        for table in _ORGANISED_TABLES:
            for row in connection.execute(text(f"PRAGMA foreign_key_check({table})")):
                errors.append(f"{table}: a row points at a missing row of {row[2]}")
        # Counted in one statement, one snapshot: a note saved meanwhile (saving takes no
        # lock) would otherwise look like one missing from the index.
        notes, indexed = connection.execute(
            text("SELECT (SELECT count(*) FROM notes), (SELECT count(*) FROM notes_fts)")
        ).one()
        if notes != indexed:
            errors.append(
                f"notes: {notes} notes but {indexed} in their index "
                "(`correspondence-app reindex` rebuilds it)"
            )
    except DatabaseError as error:
        errors.append(f"tags, rules and notes could not all be read: {_first_line(error)}")
    return errors[:MAX_REPORTED]


class VerifyStopped(Exception):  # noqa: N818 (not an error: the check was asked to end)
    """The check was asked to end (the archive is being locked) before it was done."""


def stop_if_asked(cancel: threading.Event | None) -> None:
    """Raises VerifyStopped if the check was asked to end."""
    if cancel is not None and cancel.is_set():
        raise VerifyStopped


def verify(session: Session, *, cancel: threading.Event | None = None) -> VerifyResult:
    """SQLCipher's page check, SQLite's integrity check, and every stored hash recomputed.

    Damage is a finding, never a crash: each check that cannot finish says so and the
    others still run. ``cancel`` set ends the check (VerifyStopped) after the item it is
    on; SQLite's own checks are not cut short.
    """
    stop = functools.partial(stop_if_asked, cancel)
    errors: list[str] = []
    connection = session.connection()
    try:
        for row in connection.execute(text("PRAGMA cipher_integrity_check")):
            errors.append(f"encrypted page check: {row[0]}")
        findings = [
            line
            for (result,) in connection.execute(text("PRAGMA integrity_check"))
            for line in str(result).splitlines()
            if line != "ok"
        ]
        errors += [f"database integrity: {line}" for line in findings[:MAX_REPORTED]]
        if len(findings) > MAX_REPORTED:
            errors.append(f"database integrity: {len(findings) - MAX_REPORTED} more findings")
    except DatabaseError as error:
        errors.append(f"database damaged: {_first_line(error)}")
    errors += _organised_findings(connection)
    stop()
    checked = 0
    stores = (
        ("message", Original.message_id, Original),
        ("converted message", ConvertedOriginal.message_id, ConvertedOriginal),
        ("attachment", AttachmentBlob.id, AttachmentBlob),
        ("quarantined item", QuarantineItem.id, QuarantineItem),
    )
    damaged: set[int] = set()  # messages whose bytes do not match: their parts are not read
    for label, key, table in stores:
        statement = select(key, table.sha256, table.compression, table.data)
        try:
            rows = connection.execute(statement.execution_options(yield_per=200))
            for ident, sha256, compression, data in rows:
                stop()
                if compression == PART:
                    continue  # kept in its message: checked below, part by part
                checked += 1
                if not _matches(compression, data, sha256):
                    errors.append(f"{label} {ident}: content does not match its SHA-256")
                    if table in (Original, ConvertedOriginal):
                        damaged.add(ident)
        except DatabaseError as error:
            errors.append(f"{label}s could not all be read: {_first_line(error)}")
    try:
        parts, findings = attachment_store.check_parts(
            attachment_store.sql_run(connection), damaged, stop=stop
        )
        checked += parts
        errors += findings
    except DatabaseError as error:
        errors.append(f"attachments could not all be read: {_first_line(error)}")
    return VerifyResult(checked, tuple(errors))


def _matches(compression: str, data: bytes, sha256: str) -> bool:
    try:
        return hashlib.sha256(decompress(compression, data)).hexdigest() == sha256
    except (ValueError, zlib.error):  # a damaged stream is a finding, not a crash
        return False


def _first_line(error: DatabaseError) -> str:
    return str(error.orig).splitlines()[0] if error.orig else "unreadable"
