# SPDX-License-Identifier: GPL-3.0-or-later
"""People watched for signs of life, the signs entered by hand, and the letters that wait
for an answer: groups of officials, marks on sent mail, and letters sent on paper."""

from __future__ import annotations

import enum
from datetime import datetime  # noqa: TC003 (SQLAlchemy reads the annotations at run time)

from sqlalchemy import Boolean, Enum, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from correspondence_app.storage.tables import Base, UtcDateTime


def _enum(kind: type[enum.Enum]) -> Enum:
    return Enum(kind, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class EventKind(enum.Enum):
    """How a sign of life entered by hand came."""

    PHONE = "phone"
    MESSENGER = "messenger"
    IN_PERSON = "in-person"
    THIRD_PARTY = "third-party"  # through someone else: a lawyer, a fellow soldier
    LETTER = "letter"
    OTHER = "other"


class WatchedPerson(Base):
    """A person whose signs of life are counted; ``threshold_days`` None: the default,
    a multiple of the usual gap."""

    __tablename__ = "watched_people"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    threshold_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class LifeEvent(Base):
    """A sign of life entered by hand: a call, a message on a messenger, a visit, news
    through someone else; optionally with a file (a screenshot, a scan), stored once."""

    __tablename__ = "life_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    happened_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind))
    note: Mapped[str] = mapped_column(Text, default="")
    blob_id: Mapped[int | None] = mapped_column(ForeignKey("attachment_blobs.id"), nullable=True)
    filename: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(Text, default="")


class RejectedMerge(Base):
    """Two addresses the user said are not one person: never proposed again."""

    __tablename__ = "rejected_merges"

    first_address: Mapped[str] = mapped_column(Text, primary_key=True)
    second_address: Mapped[str] = mapped_column(Text, primary_key=True)
    rejected_at: Mapped[datetime] = mapped_column(UtcDateTime)


class OfficialGroup(Base):
    """Officials and organisations whose answers are awaited: mail sent to a member waits
    for a reply until ``deadline_days`` have passed, then it is overdue."""

    __tablename__ = "official_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    deadline_days: Mapped[int] = mapped_column(Integer, default=30)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class GroupMember(Base):
    """A person, or a whole mail domain (one organisation: an answer from any address
    there counts), belonging to a group."""

    __tablename__ = "group_members"
    __table_args__ = (UniqueConstraint("group_id", "person_id", "domain"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("official_groups.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), nullable=True
    )
    domain: Mapped[str] = mapped_column(Text, default="")  # lower case; "" for a person


class ReplyMark(Base):
    """The user's word on one sent message: it awaits a reply (``awaits``) or not ("no
    answer expected"), and whether an answer came some other way (post, phone)."""

    __tablename__ = "reply_marks"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    awaits: Mapped[bool] = mapped_column(Boolean)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    answer_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(Text, default="")


class PaperLetter(Base):
    """A letter sent on paper (or by fax): tracked like sent mail that awaits a reply."""

    __tablename__ = "paper_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(Text)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("official_groups.id", ondelete="SET NULL"), nullable=True
    )
    # The organisation it went to (lower case; "" for none): mail from this domain or its
    # subdomains answers it, and then no other member of its group does.
    domain: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime)
    subject: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    blob_id: Mapped[int | None] = mapped_column(ForeignKey("attachment_blobs.id"), nullable=True)
    filename: Mapped[str] = mapped_column(Text, default="")
    awaits: Mapped[bool] = mapped_column(Boolean, default=True)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    answer_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(Text, default="")
