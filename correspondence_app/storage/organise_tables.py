# SPDX-License-Identifier: GPL-3.0-or-later
"""What a person adds to the archive: tags, rules, saved searches, notes, and a journal of
tag changes that can be undone. Messages are never changed by any of it."""

from __future__ import annotations

import enum
from datetime import datetime  # noqa: TC003 (SQLAlchemy reads the annotations at run time)

from sqlalchemy import Boolean, Enum, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from correspondence_app.storage.tables import Base, UtcDateTime


class TagKind(enum.Enum):
    USER = "user"
    IMPORTED = "imported"  # a folder, mbox file or Gmail label the import found


class NoteScope(enum.Enum):
    MESSAGE = "message"
    THREAD = "thread"  # anchored to a message; shown with whatever thread holds it


class Tag(Base):
    """A tag; ``/`` nests (``Behörden/Auswärtiges Amt``), ``tag:Behörden`` finds both."""

    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("kind", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, index=True)  # case-folded, for lookups
    kind: Mapped[TagKind] = mapped_column(
        Enum(TagKind, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    color: Mapped[str] = mapped_column(String(16), default="")  # "#rrggbb"; "": none chosen
    # An imported tag the user dropped: hidden, and later imports do not assign it again.
    # A deleted tag of the user's is kept so, under a name_key no name has, for undo.
    is_dropped: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    modified_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(Text, default="")


class MessageTag(Base):
    __tablename__ = "message_tags"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 (SQLAlchemy's own form)

    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ChangeSet(Base):
    """One step a user can undo: a bulk tagging, a rule applied, a merge, a deletion."""

    __tablename__ = "change_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    description: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # JSON: what the step changed besides assignments (tags deleted, moved, queries
    # rewritten), for undo; "" when it only added and removed tags.
    tag_edits: Mapped[str] = mapped_column(Text, default="")


class TagChange(Base):
    """An assignment a change set added (``is_added``) or removed."""

    __tablename__ = "tag_changes"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012

    change_set_id: Mapped[int] = mapped_column(
        ForeignKey("change_sets.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    is_added: Mapped[bool] = mapped_column(Boolean)


class Rule(Base):
    """A saved query whose messages get tags: on every import, and on demand."""

    __tablename__ = "rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    query: Mapped[str] = mapped_column(Text)
    is_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    modified_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(Text, default="")


class RuleTag(Base):
    __tablename__ = "rule_tags"

    rule_id: Mapped[int] = mapped_column(
        ForeignKey("rules.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class SavedSearch(Base):
    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    query: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    modified_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Note(Base):
    """A private note on a message or on the thread that holds it."""

    __tablename__ = "notes"
    __table_args__ = (UniqueConstraint("message_id", "scope"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    scope: Mapped[NoteScope] = mapped_column(
        Enum(
            NoteScope, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e]
        )
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    modified_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(Text, default="")


class DismissedTopic(Base):
    """A topic suggestion the user dismissed: its characteristic words and the messages of
    its conversations (JSON lists); neither is suggested again."""

    __tablename__ = "dismissed_topics"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    words: Mapped[str] = mapped_column(Text)
    message_ids: Mapped[str] = mapped_column(Text, default="[]")
    dismissed_at: Mapped[datetime] = mapped_column(UtcDateTime)


# The notes' words live in their own full-text index (created by the migrations), rowid =
# notes.id: notes_fts with a words and a keys column, as messages_fts has per field.
NOTES_FTS_TABLE = "notes_fts"
