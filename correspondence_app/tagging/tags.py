# SPDX-License-Identifier: GPL-3.0-or-later
"""Tags and their messages: create, rename, recolour, assign.

Assignments point at a tag's id, so a rename or a move under another parent never
touches them. Every bulk change is written to the journal (``change_sets`` and
``tag_changes``) and can be undone as one step (see ``journal``); merging and deleting
tags are in ``tag_edits``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, text

from correspondence_app.storage.organise_tables import TagKind
from correspondence_app.storage.tables import UtcDateTime
from correspondence_app.tagging.names import (
    checked_name,
    is_within,
    renamed_key,
    tag_key,
    tag_name,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from sqlalchemy import Connection

_COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")
_CHUNK = 500  # ids per statement


class TagError(ValueError):
    """A tag operation that cannot be done, with a message for the user."""


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    kind: TagKind
    color: str
    messages: int
    is_dropped: bool = False


@dataclass(frozen=True)
class Change:
    """What a bulk change did: the messages that gained or lost a tag, and its journal id
    (None when nothing changed, so there is nothing to undo)."""

    changed: int
    change_set_id: int | None


def now_stored() -> str:
    return UtcDateTime.stored(datetime.now(UTC))


# Reading -----------------------------------------------------------------------------------
def list_tags(connection: Connection, *, include_dropped: bool = False) -> list[TagInfo]:
    """Every tag with its number of messages, by name (imported ones after the user's);
    with ``include_dropped`` also the imported ones the user dropped. A deleted tag of the
    user's, kept for undo, is never listed."""
    rows = connection.execute(
        text(
            "SELECT t.id, t.name, t.kind, t.color, t.is_dropped, "
            "(SELECT count(*) FROM message_tags mt WHERE mt.tag_id = t.id) "
            "FROM tags t WHERE NOT t.is_dropped OR (:dropped AND t.kind = :imported)"
        ),
        {"dropped": include_dropped, "imported": TagKind.IMPORTED.value},
    )
    tags = [TagInfo(row[0], row[1], TagKind(row[2]), row[3], row[5], bool(row[4])) for row in rows]
    tags.sort(key=lambda tag: (tag.kind is TagKind.IMPORTED, tag_key(tag.name), tag.id))
    return tags


def user_tag_marks(connection: Connection) -> dict[int, tuple[str, str]]:
    """(name, colour) of each of the user's tags, by id, without counting their messages
    (the thread list asks for every page it shows)."""
    rows = connection.execute(
        text("SELECT id, name, color FROM tags WHERE kind = :kind AND NOT is_dropped"),
        {"kind": TagKind.USER.value},
    )
    return {tag_id: (name, color) for tag_id, name, color in rows}


def tag_by_id(connection: Connection, tag_id: int) -> TagInfo:
    for tag in list_tags(connection, include_dropped=True):
        if tag.id == tag_id:
            return tag
    raise TagError(f"no tag with id {tag_id}")


def find_tags(connection: Connection, name: str) -> list[TagInfo]:
    """The tags (of either kind) with this name, in any case."""
    key = tag_key(name)
    return [tag for tag in list_tags(connection) if tag_key(tag.name) == key]


def tags_of_messages(connection: Connection, message_ids: Iterable[int]) -> dict[int, list[int]]:
    """The ids of each message's tags (dropped imported tags have no assignments)."""
    found: dict[int, list[int]] = {}
    ids = sorted(set(message_ids))
    for start in range(0, len(ids), _CHUNK):
        rows = connection.execute(
            text("SELECT message_id, tag_id FROM message_tags WHERE message_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": ids[start : start + _CHUNK]},
        )
        for message_id, tag_id in rows:
            found.setdefault(message_id, []).append(tag_id)
    return found


def tags_of_threads(connection: Connection, thread_ids: Iterable[int]) -> dict[int, list[int]]:
    """The union of the tags of each thread's messages."""
    found: dict[int, set[int]] = {}
    ids = sorted(set(thread_ids))
    for start in range(0, len(ids), _CHUNK):
        rows = connection.execute(
            text(
                "SELECT DISTINCT m.thread_id, mt.tag_id FROM messages m "
                "JOIN message_tags mt ON mt.message_id = m.id WHERE m.thread_id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": ids[start : start + _CHUNK]},
        )
        for thread_id, tag_id in rows:
            found.setdefault(thread_id, set()).add(tag_id)
    return {thread_id: sorted(tags) for thread_id, tags in found.items()}


# Creating and changing tags ------------------------------------------------------------------
def create_tag(connection: Connection, name: str, *, author: str, color: str = "") -> int:
    """A new tag of the user's; an existing one of that name is an error."""
    name = checked_name(name)
    if user_tag_id(connection, tag_key(name)) is not None:
        raise TagError(f"there is a tag {name} already")
    return _insert_tag(connection, name, TagKind.USER, author, _checked_color(color))


def ensure_user_tags(connection: Connection, names: Iterable[str], *, author: str) -> list[int]:
    """The ids of the user's tags with these names, creating those that do not exist."""
    ids = []
    for raw in names:
        name = checked_name(raw)
        tag_id = user_tag_id(connection, tag_key(name))
        ids.append(
            tag_id
            if tag_id is not None
            else _insert_tag(connection, name, TagKind.USER, author, "")
        )
    return list(dict.fromkeys(ids))


def resolve_tags(connection: Connection, names: Iterable[str]) -> list[int]:
    """The ids of existing tags with these names (user tags before imported ones)."""
    ids = []
    for name in names:
        matches = find_tags(connection, name)
        if not matches:
            raise TagError(f"there is no tag {tag_name(name) or name!r}")
        ids.append(matches[0].id)
    return list(dict.fromkeys(ids))


def recolor_tag(connection: Connection, tag_id: int, color: str) -> None:
    tag_by_id(connection, tag_id)
    connection.execute(
        text("UPDATE tags SET color = :color, modified_at = :now WHERE id = :id"),
        {"color": _checked_color(color), "now": now_stored(), "id": tag_id},
    )


def rename_tag(connection: Connection, old_name: str, new_name: str) -> list[tuple[str, str]]:
    """Renames a tag of the user's and moves the tags nested below it along; ``old_name``
    may also be a parent that only exists through the tags below it (``Behörden``).

    Returns the (old, new) names of every tag renamed; the assignments stay as they are.
    """
    old_name, new_name = checked_name(old_name), checked_name(new_name)
    old_key, new_key = tag_key(old_name), tag_key(new_name)
    within = [t for t in list_tags(connection) if is_within(tag_key(t.name), old_key)]
    moving = [t for t in within if t.kind is TagKind.USER]
    if not moving:
        if within:
            raise TagError(
                f"{old_name} is a folder found at import and keeps its name; "
                "merge it into a tag of your own instead"
            )
        raise TagError(f"there is no tag {old_name}")
    if is_within(new_key, old_key) and new_key != old_key:
        raise TagError(f"{old_name} cannot move below itself")
    moving_ids = {t.id for t in moving}
    renames = [(t, new_name + t.name[len(old_name) :]) for t in moving]
    for t, name in renames:
        other = user_tag_id(connection, renamed_key(tag_key(t.name), old_key, new_key))
        if other is not None and other not in moving_ids:
            raise TagError(f"there is a tag {name} already: merge the two instead")
    now = now_stored()
    for t, name in renames:
        connection.execute(
            text(
                "UPDATE tags SET name = :name, name_key = :key, modified_at = :now WHERE id = :id"
            ),
            {"name": name, "key": tag_key(name), "now": now, "id": t.id},
        )
    return [(t.name, name) for t, name in renames]


# Assigning ---------------------------------------------------------------------------------
def change_tags(
    connection: Connection,
    message_ids: Sequence[int],
    *,
    add: Sequence[int] = (),
    remove: Sequence[int] = (),
    description: str,
    author: str,
    change_set_id: int | None = None,
) -> Change:
    """Adds and removes tags on these messages as one step of the journal (a new one, or
    the one given, which then counts every message it changed in all)."""
    if change_set_id is None:
        change_set_id = open_change_set(connection, description, author)
    ids = sorted(set(message_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for tag_id in add:
            _add_chunk(connection, change_set_id, tag_id, chunk)
        for tag_id in remove:
            _remove_chunk(connection, change_set_id, tag_id, chunk)
    return close_change_set(connection, change_set_id)


def _add_chunk(connection: Connection, change_set_id: int, tag_id: int, ids: list[int]) -> None:
    parameters = {"cs": change_set_id, "tag": tag_id, "ids": json.dumps(ids)}
    connection.execute(
        text(
            "INSERT INTO tag_changes (change_set_id, tag_id, message_id, is_added) "
            "SELECT :cs, :tag, m.id, 1 FROM messages m "
            "WHERE m.id IN (SELECT value FROM json_each(:ids)) AND NOT EXISTS "
            "(SELECT 1 FROM message_tags mt WHERE mt.tag_id = :tag AND mt.message_id = m.id)"
        ),
        parameters,
    )
    connection.execute(
        text(
            "INSERT OR IGNORE INTO message_tags (tag_id, message_id) "
            "SELECT :tag, value FROM json_each(:ids) WHERE value IN (SELECT id FROM messages)"
        ),
        parameters,
    )


def _remove_chunk(connection: Connection, change_set_id: int, tag_id: int, ids: list[int]) -> None:
    parameters = {"cs": change_set_id, "tag": tag_id, "ids": json.dumps(ids)}
    chosen = "tag_id = :tag AND message_id IN (SELECT value FROM json_each(:ids))"
    connection.execute(
        text(
            "INSERT OR IGNORE INTO tag_changes (change_set_id, tag_id, message_id, is_added) "  # noqa: S608
            f"SELECT :cs, tag_id, message_id, 0 FROM message_tags WHERE {chosen}"
        ),
        parameters,
    )
    connection.execute(text(f"DELETE FROM message_tags WHERE {chosen}"), parameters)  # noqa: S608


def open_change_set(connection: Connection, description: str, author: str) -> int:
    return int(
        connection.execute(
            text(
                "INSERT INTO change_sets (description, created_at, author) "
                "VALUES (:description, :now, :author) RETURNING id"
            ),
            {"description": description, "now": now_stored(), "author": author},
        ).scalar_one()
    )


def close_change_set(connection: Connection, change_set_id: int) -> Change:
    """What the step changed; a step that changed nothing at all is not kept."""
    changed = connection.execute(
        text("SELECT count(DISTINCT message_id) FROM tag_changes WHERE change_set_id = :cs"),
        {"cs": change_set_id},
    ).scalar_one()
    edited = connection.execute(
        text("SELECT tag_edits != '' FROM change_sets WHERE id = :cs"), {"cs": change_set_id}
    ).scalar()
    if not changed and not edited:
        connection.execute(text("DELETE FROM change_sets WHERE id = :cs"), {"cs": change_set_id})
        return Change(0, None)
    return Change(int(changed), change_set_id)


# Imported places -----------------------------------------------------------------------------
class ImportedTags:
    """The import's view of the imported tags: which exist, which the user dropped."""

    def __init__(self, connection: Connection) -> None:
        self._ids: dict[str, int | None] = {}
        for tag_id, key, is_dropped in connection.execute(
            text("SELECT id, name_key, is_dropped FROM tags WHERE kind = :kind"),
            {"kind": TagKind.IMPORTED.value},
        ):
            self._ids[key] = None if is_dropped else tag_id

    def assign(self, connection: Connection, places: dict[int, set[str]]) -> None:
        """Tags each message with the places it was found in (creating their tags)."""
        rows = []
        for message_id, names in places.items():
            for raw in names:
                name = tag_name(raw)
                if not name:
                    continue
                key = tag_key(name)
                if key not in self._ids:
                    self._ids[key] = _insert_tag(connection, name, TagKind.IMPORTED, "", "")
                tag_id = self._ids[key]
                if tag_id is not None:
                    rows.append((tag_id, message_id))
        if rows:
            connection.exec_driver_sql(
                "INSERT OR IGNORE INTO message_tags (tag_id, message_id) VALUES (?, ?)", rows
            )


# Helpers --------------------------------------------------------------------------------------
def _insert_tag(connection: Connection, name: str, kind: TagKind, author: str, color: str) -> int:
    now = now_stored()
    return int(
        connection.execute(
            text(
                "INSERT INTO tags (name, name_key, kind, color, is_dropped, created_at, "
                "modified_at, author) VALUES (:name, :key, :kind, :color, 0, :now, :now, :author) "
                "RETURNING id"
            ),
            {
                "name": name,
                "key": tag_key(name),
                "kind": kind.value,
                "color": color,
                "now": now,
                "author": author,
            },
        ).scalar_one()
    )


def user_tag_id(connection: Connection, key: str) -> int | None:
    return connection.execute(
        text("SELECT id FROM tags WHERE kind = :kind AND name_key = :key"),
        {"kind": TagKind.USER.value, "key": key},
    ).scalar()


def _checked_color(color: str) -> str:
    if color and not _COLOR_RE.fullmatch(color):
        raise TagError(f"{color}: a colour is written #rrggbb")
    return color.lower()
