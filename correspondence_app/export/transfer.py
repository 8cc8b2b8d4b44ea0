# SPDX-License-Identifier: GPL-3.0-or-later
"""The transfer file of a bundle, ``transfer.json``: what the user added to the exported
messages, so that the archive that imports the bundle has it too. Tags (with their kind
and colour), notes on messages and threads, the people involved (their names, addresses
and merges), the user's own addresses among them, the people watched with their signs
of life entered by hand, the groups of officials, the marks on letters awaiting an answer
and the paper letters with their answers.

Ids mean nothing in another archive: a message is named by its original's SHA-256 and a
person by their addresses (an index into ``people``). The files of signs of life and
paper letters go into the bundle beside it (``transfer/``), encrypted like the rest, and
every one of them is listed in ``SHA256SUMS``.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from correspondence_app import __version__
from correspondence_app.export import transfer_people
from correspondence_app.export.transfer_people import FILES_FOLDER, chunks, moment
from correspondence_app.storage.compression import decompress
from correspondence_app.storage.organise_tables import Note, NoteScope
from correspondence_app.storage.tables import AttachmentBlob, Message, Original
from correspondence_app.tagging import tags as tag_store

if TYPE_CHECKING:
    import zipfile
    from collections.abc import Callable, Sequence

    from sqlalchemy import Connection, Engine

TRANSFER_NAME = "transfer.json"
TRANSFER_FORMAT = "correspondence-archive-transfer"
TRANSFER_VERSION = 1
__all__ = ["FILES_FOLDER", "TRANSFER_FORMAT", "TRANSFER_NAME", "TRANSFER_VERSION", "write_transfer"]


def write_transfer(
    engine: Engine,
    message_ids: Sequence[int],
    bundle: zipfile.ZipFile,
    entry: Callable[[str], zipfile.ZipInfo],
) -> list[tuple[str, str]]:
    """Writes ``transfer.json`` and its files into the open bundle (each entry made by
    ``entry``); returns the name and SHA-256 of each, for ``SHA256SUMS``."""
    with engine.begin() as connection:  # the inferred own addresses are kept
        transfer, files = gather(connection, message_ids)
    written: list[tuple[str, str]] = []
    for name, blob_id in sorted(files.items()):
        with engine.connect() as connection:
            compression, data = connection.execute(
                select(AttachmentBlob.compression, AttachmentBlob.data).where(
                    AttachmentBlob.id == blob_id
                )
            ).one()
        content = decompress(compression, data)
        bundle.writestr(entry(name), content)
        written.append((name, hashlib.sha256(content).hexdigest()))
    content = (json.dumps(transfer, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    bundle.writestr(entry(TRANSFER_NAME), content)
    return [(TRANSFER_NAME, hashlib.sha256(content).hexdigest()), *written]


def gather(
    connection: Connection, message_ids: Sequence[int]
) -> tuple[dict[str, Any], dict[str, int]]:
    """The transfer file's content, and the files it names (bundle name -> blob id)."""
    digests = _digests(connection, message_ids)
    people = transfer_people.gather(connection, list(digests), digests)
    return {
        "format": TRANSFER_FORMAT,
        "version": TRANSFER_VERSION,
        "application_version": __version__,
        "tags": _tags(connection, digests),
        "notes": _notes(connection, message_ids, digests),
        **people.content,
    }, people.files


def _digests(connection: Connection, message_ids: Sequence[int]) -> dict[int, str]:
    """The SHA-256 of each message's original, by id."""
    found: dict[int, str] = {}
    for chunk in chunks(message_ids):
        found.update(
            connection.execute(
                select(Original.message_id, Original.sha256).where(Original.message_id.in_(chunk))
            ).all()
        )
    return found


def _tags(connection: Connection, digests: dict[int, str]) -> list[dict[str, Any]]:
    """The tags of the messages, each with the messages it is on."""
    tagged: dict[int, list[str]] = {}
    for message_id, tag_ids in tag_store.tags_of_messages(connection, list(digests)).items():
        for tag_id in tag_ids:
            tagged.setdefault(tag_id, []).append(digests[message_id])
    return [
        {
            "name": tag.name,
            "kind": tag.kind.value,
            "color": tag.color,
            "messages": sorted(tagged[tag.id]),
        }
        for tag in tag_store.list_tags(connection, include_dropped=True)
        if tag.id in tagged
    ]


def _notes(
    connection: Connection, message_ids: Sequence[int], digests: dict[int, str]
) -> list[dict[str, Any]]:
    """The notes on the messages, and on their threads: a thread's note anchored to a
    message that is not exported goes with the thread's earliest message that is."""
    thread_of: dict[int, int] = {}
    for chunk in chunks(message_ids):
        thread_of.update(
            (message_id, thread_id)
            for message_id, thread_id in connection.execute(
                select(Message.id, Message.thread_id).where(Message.id.in_(chunk))
            )
            if thread_id is not None
        )
    earliest: dict[int, int] = {}  # the ids come by date
    for message_id in message_ids:
        if message_id in thread_of:
            earliest.setdefault(thread_of[message_id], message_id)
    found: list[dict[str, Any]] = []
    for chunk in chunks(list(digests)):
        for row in connection.execute(
            _NOTE.where(Note.scope == NoteScope.MESSAGE, Note.message_id.in_(chunk))
        ):
            found.append(_note(row, digests[row.message_id]))
    for chunk in chunks(list(earliest)):
        anchors = select(Message.id).where(Message.thread_id.in_(chunk))
        for row in connection.execute(
            _NOTE.where(Note.scope == NoteScope.THREAD, Note.message_id.in_(anchors))
        ):
            anchor = row.message_id if row.message_id in digests else earliest[row.thread_id]
            found.append(_note(row, digests[anchor]))
    return found


_NOTE = select(
    Note.message_id,
    Note.scope,
    Note.text,
    Note.author,
    Note.created_at,
    Note.modified_at,
    Message.thread_id,
).join(Message, Message.id == Note.message_id)


def _note(row: Any, digest: str) -> dict[str, Any]:
    return {
        "message": digest,
        "scope": row.scope.value,
        "text": row.text,
        "author": row.author,
        "created": moment(row.created_at),
        "modified": moment(row.modified_at),
    }
