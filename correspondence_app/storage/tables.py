# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's tables: a narrow message table for lists, wide data kept apart."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes, stored as naive UTC text so that they sort."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)

    @staticmethod
    def stored(value: datetime) -> str:
        """The text SQLite holds for ``value``: for SQL written by hand (bulk inserts, ranges)."""
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    @staticmethod
    def parsed(stored: str) -> datetime:
        """The aware UTC time of such text, as SQL written by hand reads it back."""
        return datetime.fromisoformat(stored).replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class SourceKind(enum.Enum):
    MBOX = "mbox"
    MAILDIR = "maildir"
    EML = "eml"
    OUTLOOK = "outlook"
    PST = "pst"  # an item of an Outlook .pst or .ost file, converted to RFC 822
    IMAP = "imap"  # fetched from an IMAP account; offset is the message's UID
    OLM = "olm"  # a message of an Outlook for Mac archive (.olm), converted to RFC 822


class ImportStatus(enum.Enum):
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"
    FAILED = "failed"
    INTERRUPTED = "interrupted"  # the process ended without finishing (killed, power cut)


class ImportRun(Base):
    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[ImportStatus] = mapped_column(
        Enum(
            ImportStatus,
            native_enum=False,
            length=16,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    imported: Mapped[int] = mapped_column(default=0)
    duplicates: Mapped[int] = mapped_column(default=0)
    quarantined: Mapped[int] = mapped_column(default=0)


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")


class Address(Base):
    __tablename__ = "addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text, default="")  # the display name seen first
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)


class Message(Base):
    """The narrow row every list reads: no bodies, no originals."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(Text, index=True)
    date_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    date_offset_minutes: Mapped[int | None] = mapped_column(Integer)
    date_source: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(Text)
    from_address_id: Mapped[int | None] = mapped_column(ForeignKey("addresses.id"), index=True)
    from_name: Mapped[str] = mapped_column(Text, default="")
    thread_id: Mapped[int | None] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(Integer)  # the message this one answers
    flags: Mapped[str] = mapped_column(String(16), default="")
    size_bytes: Mapped[int] = mapped_column(Integer)
    attachment_count: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(8), default="")  # "de", "en", "ru" or ""
    import_run_id: Mapped[int] = mapped_column(ForeignKey("import_runs.id"))
    # thread_builder.normalise_subject(subject): finds subject-only replies when threading
    subject_key: Mapped[str] = mapped_column(Text, default="")


class Original(Base):
    """The message exactly as found, compressed; the SHA-256 is of the uncompressed bytes."""

    __tablename__ = "originals"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    compression: Mapped[str] = mapped_column(String(8))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ConvertedOriginal(Base):
    """An original that is no RFC 822 message (an Outlook .msg) as the message it was
    converted to on import: what is shown, searched and exported beside the original."""

    __tablename__ = "converted_originals"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(String(64))  # of the uncompressed message
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    compression: Mapped[str] = mapped_column(String(8))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SourceIdentity(Base):
    """A message known by more than its bytes (importers.base.RawItem.identity): an item
    of an Outlook data file by a digest of its own properties, so that read again after an
    update that converts items differently it is still known; a mail from a server, or
    saved by a mail program, by what all its copies share (importers.copies)."""

    __tablename__ = "source_identities"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )


class MessageBody(Base):
    __tablename__ = "message_bodies"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    in_reply_to: Mapped[str] = mapped_column(Text, default="")
    references: Mapped[str] = mapped_column(Text, default="")  # space-separated ids
    text: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")
    defects: Mapped[str] = mapped_column(Text, default="")


class MessageAddress(Base):
    __tablename__ = "message_addresses"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[int] = mapped_column(Integer, primary_key=True)  # domain.AddressRole
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    address_id: Mapped[int] = mapped_column(ForeignKey("addresses.id"))  # see the index below
    name: Mapped[str] = mapped_column(Text, default="")


class AttachmentBlob(Base):
    """Attachment content, stored once however many messages carry it."""

    __tablename__ = "attachment_blobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    compression: Mapped[str] = mapped_column(String(8))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str | None] = mapped_column(Text)  # found inside; None: not looked at


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    blob_id: Mapped[int] = mapped_column(ForeignKey("attachment_blobs.id"), index=True)
    filename: Mapped[str] = mapped_column(Text)
    content_type: Mapped[str] = mapped_column(Text)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    is_inline: Mapped[bool] = mapped_column(Boolean, default=False)
    content_id: Mapped[str] = mapped_column(Text, default="")


class MessageSource(Base):
    """Where a message was found; one row per location, so duplicates remember them all."""

    __tablename__ = "message_sources"
    __table_args__ = (UniqueConstraint("location", "offset", "message_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    import_run_id: Mapped[int] = mapped_column(ForeignKey("import_runs.id"))
    kind: Mapped[SourceKind] = mapped_column(
        Enum(
            SourceKind, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e]
        )
    )
    location: Mapped[str] = mapped_column(Text)  # absolute path of the file
    offset: Mapped[int] = mapped_column(BigInteger, default=-1)  # byte offset in an mbox
    folder: Mapped[str] = mapped_column(Text, default="")  # Maildir folder or mbox name
    flags: Mapped[str] = mapped_column(String(16), default="")
    labels: Mapped[str] = mapped_column(Text, default="")  # JSON list, e.g. X-Gmail-Labels
    envelope: Mapped[str] = mapped_column(Text, default="")  # the mbox "From " line


class QuarantineItem(Base):
    """A message that could not be stored as mail, kept whole with the reason."""

    __tablename__ = "quarantine"
    __table_args__ = (UniqueConstraint("sha256", "location", "offset"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    compression: Mapped[str] = mapped_column(String(8))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    reason: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    location: Mapped[str] = mapped_column(Text)
    offset: Mapped[int] = mapped_column(BigInteger, default=-1)
    import_run_id: Mapped[int] = mapped_column(ForeignKey("import_runs.id"))
    quarantined_at: Mapped[datetime] = mapped_column(UtcDateTime)
    folder: Mapped[str] = mapped_column(Text, default="", server_default="")  # RawItem.folder
    # RawItem.fallback_date and fallback_source: the date its mailbox or file gives
    fallback_date: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    fallback_source: Mapped[str] = mapped_column(String(16), default="none", server_default="none")


class ThreadMerge(Base):
    """A user's decision: the threads holding these two messages are one conversation."""

    __tablename__ = "thread_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    second_message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ThreadSplit(Base):
    """A user's decision: this message and its replies are a conversation of their own."""

    __tablename__ = "thread_splits"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MessageReference(Base):
    """A Message-ID that a message cites in In-Reply-To or References: finds its replies."""

    __tablename__ = "message_references"

    reference: Mapped[str] = mapped_column(Text, primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )


Index("ix_messages_thread_date", Message.thread_id, Message.date_at)
Index("ix_messages_subject_date", Message.subject_key, Message.date_at)
# The timeline counts per day, sent and received, from this index alone.
Index("ix_messages_date_from", Message.date_at, Message.from_address_id)
# The total size of the messages (the status bar) from this index alone.
Index("ix_messages_size_bytes", Message.size_bytes)
# Mail to (or from) an address in one role, read from the index alone (letters to officials).
Index(
    "ix_message_addresses_address_role",
    MessageAddress.address_id,
    MessageAddress.role,
    MessageAddress.message_id,
)


class ThreadListRow(Base):
    """One conversation as the thread list shows it, kept current by threading."""

    __tablename__ = "thread_list"

    thread_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(Text)
    subject_key: Mapped[str] = mapped_column(Text, index=True)  # without Re:/AW:, folded
    participants: Mapped[str] = mapped_column(Text)  # most frequent first, \x1f between
    participants_key: Mapped[str] = mapped_column(Text, index=True)
    messages: Mapped[int] = mapped_column(Integer, index=True)
    first_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)


class ArchiveSetting(Base):
    """Facts about the archive itself, such as whether the search index is current."""

    __tablename__ = "archive_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# The full-text index lives in the encrypted database too (created by the migrations):
# messages_fts with a words column and a keys column per field, rowid = messages.id.
FTS_TABLE = "messages_fts"
FTS_FIELDS = ("subject", "sender", "recipients", "cc", "body", "filenames", "attachments")


# The tables of what a person adds belong to Base.metadata too (for migrations and their
# check). Imported last, as they build on Base; the import workers never load them.
from correspondence_app.storage import account_tables as account_tables  # noqa: E402
from correspondence_app.storage import backup_tables as backup_tables  # noqa: E402
from correspondence_app.storage import export_tables as export_tables  # noqa: E402
from correspondence_app.storage import integrity_tables as integrity_tables  # noqa: E402
from correspondence_app.storage import organise_tables as organise_tables  # noqa: E402
from correspondence_app.storage import people_tables as people_tables  # noqa: E402
