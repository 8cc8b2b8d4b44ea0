# SPDX-License-Identifier: GPL-3.0-or-later
"""Private notes on a message or a thread: a translation, the context of a letter.

A thread's note is anchored to one of its messages (the first, when it is written), so it
stays with the conversation through re-threading and re-import. Notes are indexed in
``notes_fts`` with the same words and keys as messages, and found with ``note:``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

from correspondence_app.search.normalise import detect_language, document_terms
from correspondence_app.storage.organise_tables import NOTES_FTS_TABLE, NoteScope
from correspondence_app.storage.tables import UtcDateTime
from correspondence_app.tagging.tags import now_stored

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy import Connection

MAX_NOTE_CHARS = 100_000
STEMMED_LANGUAGES = ("de", "en", "ru")


class NoteError(ValueError):
    """A note that cannot be stored, with a message for the user."""


@dataclass(frozen=True)
class NoteInfo:
    id: int
    message_id: int  # the message it is on, or the thread's anchor
    scope: NoteScope
    text: str
    created_at: datetime
    modified_at: datetime
    author: str


def note_of(connection: Connection, message_id: int, scope: NoteScope) -> NoteInfo | None:
    rows = _select(
        connection, "n.message_id = :id AND n.scope = :scope", id=message_id, scope=scope.value
    )
    return rows[0] if rows else None


def thread_notes(connection: Connection, thread_id: int) -> list[NoteInfo]:
    """The notes on a thread (more than one after two threads were merged), oldest first."""
    return _select(
        connection,
        "n.scope = :scope AND n.message_id IN (SELECT id FROM messages WHERE thread_id = :thread)",
        scope=NoteScope.THREAD.value,
        thread=thread_id,
    )


def message_notes(connection: Connection, message_ids: list[int]) -> dict[int, NoteInfo]:
    """The notes on these messages themselves, by message id."""
    if not message_ids:
        return {}
    rows = _select(
        connection,
        "n.scope = :scope AND n.message_id IN (SELECT value FROM json_each(:ids))",
        scope=NoteScope.MESSAGE.value,
        ids=_json_ids(message_ids),
    )
    return {note.message_id: note for note in rows}


def thread_anchor(connection: Connection, thread_id: int) -> int:
    """The message a new note on this thread is anchored to: its earliest."""
    anchor = connection.execute(
        text(
            "SELECT id FROM messages WHERE thread_id = :thread "
            "ORDER BY date_at IS NULL, date_at, id LIMIT 1"
        ),
        {"thread": thread_id},
    ).scalar()
    if anchor is None:
        raise NoteError(f"no thread with id {thread_id}")
    return int(anchor)


def set_note(
    connection: Connection, message_id: int, scope: NoteScope, note_text: str, *, author: str
) -> NoteInfo | None:
    """Writes (or, with empty text, deletes) the note; returns it as stored."""
    if len(note_text) > MAX_NOTE_CHARS:
        raise NoteError(f"a note has at most {MAX_NOTE_CHARS:,} characters")
    if (
        connection.execute(
            text("SELECT 1 FROM messages WHERE id = :id"), {"id": message_id}
        ).first()
        is None
    ):
        raise NoteError(f"no message with id {message_id}")
    existing = note_of(connection, message_id, scope)
    if existing is not None:
        connection.execute(
            text(f"DELETE FROM {NOTES_FTS_TABLE} WHERE rowid = :id"),  # noqa: S608
            {"id": existing.id},
        )
    if not note_text.strip():
        if existing is not None:
            connection.execute(text("DELETE FROM notes WHERE id = :id"), {"id": existing.id})
        return None
    now = now_stored()
    if existing is None:
        note_id = connection.execute(
            text(
                "INSERT INTO notes (message_id, scope, text, created_at, modified_at, author) "
                "VALUES (:message, :scope, :text, :now, :now, :author) RETURNING id"
            ),
            {
                "message": message_id,
                "scope": scope.value,
                "text": note_text,
                "now": now,
                "author": author,
            },
        ).scalar_one()
    else:
        note_id = existing.id
        connection.execute(
            text(
                "UPDATE notes SET text = :text, modified_at = :now, author = :author WHERE id = :id"
            ),
            {"text": note_text, "now": now, "author": author, "id": note_id},
        )
    index_note(connection, int(note_id), note_text)
    return note_of(connection, message_id, scope)


def index_note(connection: Connection, note_id: int, note_text: str) -> None:
    # A note is often too short for its language to be told: then its words are stemmed
    # as each of the languages would stem them.
    language = detect_language(note_text)
    words, keys = document_terms(note_text, language)
    if language is None:
        for guess in STEMMED_LANGUAGES:
            keys += [key for key in document_terms(note_text, guess)[1] if key not in keys]
    connection.execute(
        text(f"INSERT INTO {NOTES_FTS_TABLE} (rowid, words, keys) VALUES (:id, :words, :keys)"),  # noqa: S608
        {"id": note_id, "words": " ".join(words), "keys": " ".join(keys)},
    )


def reindex_notes(connection: Connection) -> int:
    """Writes the notes' index again (``correspondence-app reindex``)."""
    connection.execute(text(f"DELETE FROM {NOTES_FTS_TABLE}"))  # noqa: S608
    rows = connection.execute(text("SELECT id, text FROM notes")).all()
    for note_id, note_text in rows:
        index_note(connection, note_id, note_text)
    return len(rows)


def _select(connection: Connection, condition: str, **params: object) -> list[NoteInfo]:
    rows = connection.execute(
        text(
            "SELECT n.id, n.message_id, n.scope, n.text, n.created_at, n.modified_at, n.author "  # noqa: S608
            f"FROM notes n WHERE {condition} ORDER BY n.created_at, n.id"
        ),
        params,
    )
    return [
        NoteInfo(
            row[0],
            row[1],
            NoteScope(row[2]),
            row[3],
            UtcDateTime.parsed(row[4]),
            UtcDateTime.parsed(row[5]),
            row[6],
        )
        for row in rows
    ]


def _json_ids(ids: list[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
