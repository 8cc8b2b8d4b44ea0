# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal of tag changes: the steps that can be undone, and undoing one.

A step's assignments are in ``tag_changes``; what else it changed (a tag deleted, dropped
or kept again, a tag moved below another, a rule's tag, a query rewritten) is a list of
edits in ``change_sets.tag_edits``. Undo takes back the edits, newest first, then the
assignments, and counts only the messages whose tags it really changed.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from correspondence_app.storage.organise_tables import TagKind
from correspondence_app.storage.tables import UtcDateTime
from correspondence_app.tagging.names import tag_key
from correspondence_app.tagging.tags import Change, TagError, now_stored, user_tag_id

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from sqlalchemy import Connection

QUERY_TABLES = ("rules", "saved_searches")  # where queries name tags


class EditKind(enum.Enum):
    """An edit of a step, by what undo does about it."""

    UNDELETE = "undelete"  # a tag was deleted or dropped: it comes back
    DROP = "drop"  # a dropped imported tag was kept again: it is dropped again
    RENAME = "rename"  # a tag was moved (a merge moves its children): the old name again
    RULE_TAG = "rule_tag"  # a rule gave the tag (instead of ``replaced``): it does again
    QUERY = "query"  # a query was rewritten: the old one, unless it was changed since


Edit = dict[str, Any]  # {"kind": EditKind value, ...its fields}


def edit(kind: EditKind, **fields: object) -> Edit:
    return {"kind": kind.value, **fields}


def record_edits(connection: Connection, change_set_id: int, edits: Sequence[Edit]) -> None:
    """Adds edits to a step (before it is closed: a step with edits is kept)."""
    if not edits:
        return
    stored = connection.execute(
        text("SELECT tag_edits FROM change_sets WHERE id = :cs"), {"cs": change_set_id}
    ).scalar_one()
    known: list[Edit] = json.loads(stored) if stored else []
    connection.execute(
        text("UPDATE change_sets SET tag_edits = :edits WHERE id = :cs"),
        {"edits": json.dumps([*known, *edits], ensure_ascii=False), "cs": change_set_id},
    )


@dataclass(frozen=True)
class ChangeSetInfo:
    id: int
    description: str
    created_at: datetime
    author: str
    messages: int


def undoable(connection: Connection, limit: int = 20) -> list[ChangeSetInfo]:
    """The newest steps that can still be undone, newest first."""
    rows = connection.execute(
        text(
            "SELECT c.id, c.description, c.created_at, c.author, "
            "(SELECT count(DISTINCT message_id) FROM tag_changes t WHERE t.change_set_id = c.id) "
            "FROM change_sets c WHERE c.undone_at IS NULL ORDER BY c.id DESC LIMIT :limit"
        ),
        {"limit": limit},
    )
    return [
        ChangeSetInfo(row[0], row[1], UtcDateTime.parsed(row[2]), row[3], row[4]) for row in rows
    ]


def undo(connection: Connection, change_set_id: int | None = None) -> Change:
    """Takes a step back: the newest one not yet undone, or the one given. Its edits are
    taken back first (a deleted tag returns, moved tags go back), then the assignments it
    added are removed and those it removed come back (if their tag still exists). Raises
    TagError, changing nothing, when a tag cannot return (another has its name now)."""
    if change_set_id is None:
        change_set_id = connection.execute(
            text("SELECT max(id) FROM change_sets WHERE undone_at IS NULL")
        ).scalar()
        if change_set_id is None:
            return Change(0, None)
    stored = connection.execute(
        text("SELECT tag_edits FROM change_sets WHERE id = :cs AND undone_at IS NULL"),
        {"cs": change_set_id},
    ).first()
    if stored is None:
        raise TagError(f"step {change_set_id} does not exist or was undone already")
    changed: set[int] = set()
    for step in reversed(json.loads(stored[0]) if stored[0] else []):
        changed |= _take_back(connection, step)
    changed |= _assignments_back(connection, change_set_id)
    connection.execute(
        text("UPDATE change_sets SET undone_at = :now WHERE id = :cs"),
        {"cs": change_set_id, "now": now_stored()},
    )
    return Change(len(changed), change_set_id)


def _assignments_back(connection: Connection, change_set_id: int) -> set[int]:
    """Removes what the step added and adds back what it removed (to tags that are still
    there and not dropped); returns the messages that really changed."""
    parameters = {"cs": change_set_id}
    removed = set(
        connection.execute(
            text(
                "SELECT mt.message_id FROM tag_changes c JOIN message_tags mt "
                "ON mt.tag_id = c.tag_id AND mt.message_id = c.message_id "
                "WHERE c.change_set_id = :cs AND c.is_added"
            ),
            parameters,
        ).scalars()
    )
    connection.execute(
        text(
            "DELETE FROM message_tags WHERE (tag_id, message_id) IN "
            "(SELECT tag_id, message_id FROM tag_changes WHERE change_set_id = :cs AND is_added)"
        ),
        parameters,
    )
    back = (
        "FROM tag_changes c JOIN tags t ON t.id = c.tag_id AND NOT t.is_dropped "
        "JOIN messages m ON m.id = c.message_id WHERE c.change_set_id = :cs AND NOT c.is_added "
        "AND NOT EXISTS (SELECT 1 FROM message_tags mt "
        "WHERE mt.tag_id = c.tag_id AND mt.message_id = c.message_id)"
    )
    restored = set(connection.execute(text("SELECT c.message_id " + back), parameters).scalars())
    connection.execute(
        text("INSERT INTO message_tags (tag_id, message_id) SELECT c.tag_id, c.message_id " + back),
        parameters,
    )
    return removed | restored


def _take_back(connection: Connection, step: Edit) -> set[int]:
    """Undoes one edit; returns the messages whose tags that changed."""
    kind = EditKind(step["kind"])
    if kind is EditKind.UNDELETE:
        _undelete(connection, int(step["tag"]))
    elif kind is EditKind.DROP:
        return _drop_again(connection, int(step["tag"]))
    elif kind is EditKind.RENAME:
        _rename_back(connection, int(step["tag"]), str(step["name"]))
    elif kind is EditKind.RULE_TAG:
        _rule_tag_back(connection, int(step["rule"]), int(step["tag"]), step.get("replaced"))
    elif kind is EditKind.QUERY and step["table"] in QUERY_TABLES:
        connection.execute(
            text(f"UPDATE {step['table']} SET query = :old WHERE id = :id AND query = :new"),  # noqa: S608
            {"old": step["query"], "new": step["rewritten"], "id": step["id"]},
        )
    return set()


def _tag_row(connection: Connection, tag_id: int) -> tuple[str, TagKind, bool] | None:
    row = connection.execute(
        text("SELECT name, kind, is_dropped FROM tags WHERE id = :id"), {"id": tag_id}
    ).first()
    return None if row is None else (row[0], TagKind(row[1]), bool(row[2]))


def _undelete(connection: Connection, tag_id: int) -> None:
    row = _tag_row(connection, tag_id)
    if row is None or not row[2]:
        return  # gone for good (deleted before deletions were kept), or back already
    name, kind, _ = row
    key = tag_key(name)
    if kind is TagKind.USER and user_tag_id(connection, key) is not None:
        raise TagError(
            f"the tag {name} cannot come back: there is a tag of that name again "
            "(rename it, or merge the two after the undo)"
        )
    connection.execute(
        text("UPDATE tags SET is_dropped = 0, name_key = :key, modified_at = :now WHERE id = :id"),
        {"key": key, "now": now_stored(), "id": tag_id},
    )


def _drop_again(connection: Connection, tag_id: int) -> set[int]:
    """A dropped imported tag has no messages: those a later import gave it go too."""
    had = set(
        connection.execute(
            text("SELECT message_id FROM message_tags WHERE tag_id = :id"), {"id": tag_id}
        ).scalars()
    )
    connection.execute(text("DELETE FROM message_tags WHERE tag_id = :id"), {"id": tag_id})
    connection.execute(
        text("UPDATE tags SET is_dropped = 1, modified_at = :now WHERE id = :id AND kind = :kind"),
        {"now": now_stored(), "id": tag_id, "kind": TagKind.IMPORTED.value},
    )
    return had


def _rename_back(connection: Connection, tag_id: int, name: str) -> None:
    row = _tag_row(connection, tag_id)
    if row is None:
        return
    if row[2]:  # deleted since: it keeps its hidden key, and returns under this name
        connection.execute(
            text("UPDATE tags SET name = :name WHERE id = :id"), {"name": name, "id": tag_id}
        )
        return
    key = tag_key(name)
    other = user_tag_id(connection, key)
    if other is not None and other != tag_id:
        raise TagError(
            f"{row[0]} cannot move back to {name}: there is a tag of that name again "
            "(rename it first)"
        )
    connection.execute(
        text("UPDATE tags SET name = :name, name_key = :key, modified_at = :now WHERE id = :id"),
        {"name": name, "key": key, "now": now_stored(), "id": tag_id},
    )


def _rule_tag_back(connection: Connection, rule_id: int, tag_id: int, replaced: object) -> None:
    """The rule gives the tag again (and no longer the one that replaced it), if it is
    still there."""
    parameters = {"rule": rule_id, "tag": tag_id, "replaced": replaced}
    if replaced is not None:
        connection.execute(
            text("DELETE FROM rule_tags WHERE rule_id = :rule AND tag_id = :replaced"),
            parameters,
        )
    connection.execute(
        text(
            "INSERT OR IGNORE INTO rule_tags (rule_id, tag_id) SELECT :rule, :tag "
            "WHERE EXISTS (SELECT 1 FROM rules WHERE id = :rule) "
            "AND EXISTS (SELECT 1 FROM tags WHERE id = :tag)"
        ),
        parameters,
    )
