# SPDX-License-Identifier: GPL-3.0-or-later
"""A bundle's transfer file (see :mod:`correspondence_app.export.transfer`) applied to the
archive that has just imported the bundle's messages: tags, notes, people, the user's own
addresses, watching, signs of life, groups, marks and paper letters.

What the archive holds is never dropped or overwritten: tags are merged by name (no
assignment goes), a note that differs from one already there is added below it, people
are merged by address, and a watch, a sign of life, a group, a mark or a letter that is
there already is left as it is. So importing the same bundle again changes nothing."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text

from correspondence_app.export.transfer import TRANSFER_FORMAT, TRANSFER_NAME, TRANSFER_VERSION
from correspondence_app.importers import transfer_people, zip_source
from correspondence_app.importers.transfer_fields import Fields, TransferError
from correspondence_app.storage.organise_tables import MessageTag, NoteScope, TagKind
from correspondence_app.storage.tables import Message, Original, UtcDateTime
from correspondence_app.tagging import identity
from correspondence_app.tagging import notes as note_store
from correspondence_app.tagging import tags as tag_store
from correspondence_app.tagging.names import TagNameError, checked_name, tag_key

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from sqlalchemy import Connection

    from correspondence_app.services import Archive

__all__ = ["TransferError", "TransferReport", "apply_bundle"]

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_CHUNK = 500


@dataclass
class TransferReport:
    """What a transfer file added to the archive: tag assignments, notes (new, or added
    below a different one), merges and names of people, ... and what it could not."""

    path: str
    tags_added: int = 0
    notes_added: int = 0
    notes_joined: int = 0
    people_merged: int = 0
    people_named: int = 0
    my_addresses_added: int = 0
    watched_added: int = 0
    signs_of_life_added: int = 0
    groups_added: int = 0
    group_members_added: int = 0
    awaiting_marks_added: int = 0
    answers_added: int = 0
    paper_letters_added: int = 0
    messages_missing: int = 0  # named in the file, not in the archive (quarantined?)
    problems: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def apply_bundle(archive: Archive, path: Path, password: str) -> TransferReport:
    """Applies the transfer file of the bundle at ``path`` (opened with ``password``);
    nothing for a bundle without one. Raises TransferError for one that cannot be read."""
    report = TransferReport(str(path))
    try:
        with zip_source.open_zip(path, password) as bundle:
            names = {info.filename: info for info in bundle.infolist()}
            if TRANSFER_NAME not in names:
                return report

            def read(name: str) -> bytes | None:
                info = names.get(name)
                return None if info is None else zip_source.read_member(bundle, info)

            transfer = _parsed(read(TRANSFER_NAME) or b"")
            _apply(archive, transfer, read, report)
    except (OSError, zip_source.MemberTooLargeError, *zip_source.MEMBER_ERRORS) as error:
        raise TransferError(
            f"{path}: the bundle's {TRANSFER_NAME} cannot be read ({error})"
        ) from error
    except TransferError as error:
        raise TransferError(f"{path}: {TRANSFER_NAME}: {error}") from error
    return report


def _parsed(data: bytes) -> Fields:
    try:
        transfer = Fields(json.loads(data), "the file")
    except (ValueError, RecursionError) as error:
        raise TransferError(f"not JSON ({error})") from error
    if transfer.text("format") != TRANSFER_FORMAT:
        raise TransferError("not a transfer file of this application")
    version = transfer.number("version") or 0
    if version > TRANSFER_VERSION:
        raise TransferError(f"made by a newer version of the application (format {version})")
    return transfer


def _apply(
    archive: Archive,
    transfer: Fields,
    read: Callable[[str], bytes | None],
    report: TransferReport,
) -> None:
    tags, notes = transfer.objects("tags"), transfer.objects("notes")
    marks = transfer.objects("awaiting")
    named = {d for tag in tags for d in tag.texts("messages")}
    named |= {item.text("message") for item in (*notes, *marks)}
    with archive.engine.begin() as connection:
        ids = _message_ids(connection, named)
        report.messages_missing = len(named - set(ids))
        author = identity.user_name(connection)
        # Own addresses first: a mark on sent mail needs them.
        transfer_people.add_my_addresses(connection, transfer, report)
        people = transfer_people.merge_people(connection, transfer, report)
        _tags(connection, tags, ids, author, report)
        _notes(connection, notes, ids, report)
    # What adds rows an import allocates ids for (files) goes through the archive's parts,
    # which keep such changes out of a running import's way.
    transfer_people.apply_alerts(archive, transfer, people, ids, read, report)


def _message_ids(connection: Connection, digests: Iterable[str]) -> dict[str, int]:
    """The archive's message of each original's SHA-256."""
    wanted, found = sorted(digests), {}
    for start in range(0, len(wanted), _CHUNK):
        rows = connection.execute(
            select(Original.sha256, Original.message_id).where(
                Original.sha256.in_(wanted[start : start + _CHUNK])
            )
        )
        found.update({sha256: message_id for sha256, message_id in rows})
    return found


# Tags ------------------------------------------------------------------------------------------
def _tags(
    connection: Connection,
    tags: list[Fields],
    ids: dict[str, int],
    author: str,
    report: TransferReport,
) -> None:
    """The user's tags merged by name (one step of the journal, to undo), imported tags
    as the import gives them (a place the user dropped stays dropped)."""
    count = select(func.count()).select_from(MessageTag)
    before = connection.execute(count).scalar_one()
    places = tag_store.ImportedTags(connection)
    change_set: int | None = None
    for tag in tags:
        messages = [ids[d] for d in tag.texts("messages") if d in ids]
        if not messages:
            continue  # none of its messages is here
        color = tag.text("color").lower() if _COLOR.fullmatch(tag.text("color")) else ""
        try:
            name = checked_name(tag.text("name"))
        except TagNameError as error:
            report.problems.append(f"{tag.where}: {error}")
            continue
        if tag.text("kind") == TagKind.IMPORTED.value:
            places.assign(connection, {message: {name} for message in messages})
            tag_id = connection.execute(
                text(
                    "SELECT id FROM tags WHERE kind = :kind AND name_key = :key AND NOT is_dropped"
                ),
                {"kind": TagKind.IMPORTED.value, "key": tag_key(name)},
            ).scalar()
        else:
            [tag_id] = tag_store.ensure_user_tags(connection, [name], author=author)
            change = tag_store.change_tags(
                connection,
                messages,
                add=[tag_id],
                description="tags of an imported bundle",
                author=author,
                change_set_id=change_set,
            )
            change_set = change.change_set_id
        if tag_id is not None and color:
            connection.execute(
                text("UPDATE tags SET color = :color WHERE id = :id AND color = ''"),
                {"color": color, "id": tag_id},
            )
    report.tags_added = connection.execute(count).scalar_one() - before


# Notes -----------------------------------------------------------------------------------------
def _notes(
    connection: Connection, notes: list[Fields], ids: dict[str, int], report: TransferReport
) -> None:
    """Each note added where there is none; one that differs from a note there is added
    below it, under a line saying whose it is; one there already is left alone."""
    for note in notes:
        message_id = ids.get(note.text("message"))
        note_text = note.text("text").strip()
        if message_id is None or not note_text:
            continue
        try:
            scope = NoteScope(note.text("scope"))
        except ValueError:
            raise TransferError(f"{note.where}: scope is neither message nor thread") from None
        modified = note.moment("modified")
        joined = f"{_heading(note.text('author'), modified)}\n{note_text}"
        if any(
            held.text == note_text or joined in held.text
            for held in _notes_there(connection, message_id, scope)
        ):
            continue
        existing = note_store.note_of(connection, message_id, scope)
        try:
            if existing is None:
                _add_note(connection, message_id, scope, note, note_text, modified)
                report.notes_added += 1
            else:
                note_store.set_note(
                    connection,
                    message_id,
                    scope,
                    f"{existing.text}\n\n{joined}",
                    author=existing.author,
                )
                report.notes_joined += 1
        except note_store.NoteError as error:
            report.problems.append(f"{note.where}: {error}")


def _heading(author: str, modified: datetime | None) -> str:
    """The line above a note added below another: whose it is, and when it was written."""
    by = f" by {author}" if author else ""
    when = f", {modified.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if modified else ""
    return f"— imported note{by}{when}:"


def _notes_there(
    connection: Connection, message_id: int, scope: NoteScope
) -> list[note_store.NoteInfo]:
    """The notes an imported one may repeat: the message's, or its thread's (all of them:
    a thread's note is anchored to any of its messages)."""
    if scope is NoteScope.THREAD:
        thread_id = connection.execute(
            select(Message.thread_id).where(Message.id == message_id)
        ).scalar()
        if thread_id is not None:
            return note_store.thread_notes(connection, thread_id)
    found = note_store.note_of(connection, message_id, scope)
    return [] if found is None else [found]


def _add_note(
    connection: Connection,
    message_id: int,
    scope: NoteScope,
    note: Fields,
    note_text: str,
    modified: datetime | None,
) -> None:
    """A new note, with its author and times as written in the other archive."""
    if len(note_text) > note_store.MAX_NOTE_CHARS:
        raise note_store.NoteError(f"a note has at most {note_store.MAX_NOTE_CHARS:,} characters")
    modified = modified or datetime.now(UTC)
    created = note.moment("created") or modified
    note_id = connection.execute(
        text(
            "INSERT INTO notes (message_id, scope, text, created_at, modified_at, author) "
            "VALUES (:message, :scope, :text, :created, :modified, :author) RETURNING id"
        ),
        {
            "message": message_id,
            "scope": scope.value,
            "text": note_text,
            "created": UtcDateTime.stored(created),
            "modified": UtcDateTime.stored(modified),
            "author": note.text("author"),
        },
    ).scalar_one()
    note_store.index_note(connection, int(note_id), note_text)
