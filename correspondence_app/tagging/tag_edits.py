# SPDX-License-Identifier: GPL-3.0-or-later
"""Merging and deleting tags, and keeping a dropped folder's tag again: each one step of
the journal that undo takes back whole (the assignments, the tag itself, the tags moved
along, the rules that give it and the queries that name it).

A deleted tag of the user's is kept, hidden under a key no name has, so that undo brings it
back with its id, colour and dates, and no later tag takes its id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

from correspondence_app.storage.organise_tables import TagKind
from correspondence_app.storage.search_index import source_labels
from correspondence_app.tagging.journal import QUERY_TABLES, Edit, EditKind, edit, record_edits
from correspondence_app.tagging.names import SEPARATOR, is_within, renamed_in_query, tag_key
from correspondence_app.tagging.tags import (
    Change,
    TagError,
    TagInfo,
    change_tags,
    close_change_set,
    list_tags,
    now_stored,
    open_change_set,
    tag_by_id,
    user_tag_id,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True)
class Merge:
    """``gained``: the messages the target did not have before."""

    gained: int
    change_set_id: int | None


def merge_tags(connection: Connection, source_id: int, target_id: int, *, author: str) -> Merge:
    """Gives the target every message of the source, then removes the source (an imported
    one is dropped, so later imports leave it out). Tags nested below a user tag move below
    the target (into a tag there of the same name, if there is one); rules that give the
    source give the target, and queries naming it name the target."""
    if source_id == target_id:
        raise TagError("a tag cannot be merged into itself")
    source, target = tag_by_id(connection, source_id), tag_by_id(connection, target_id)
    change_set_id = open_change_set(connection, f"merge {source.name} into {target.name}", author)
    edits: list[Edit] = []
    gained = _merge_one(connection, change_set_id, source, target_id, edits)
    if source.kind is TagKind.USER:
        source_key, target_key = tag_key(source.name), tag_key(target.name)
        # A target below the source (A into A/x) stays where it is, with its own children.
        staying = target_key if is_within(target_key, source_key) else None
        below = [
            t
            for t in list_tags(connection)
            if t.kind is TagKind.USER
            and is_within(tag_key(t.name), source_key)
            and not (staying and is_within(tag_key(t.name), staying))
        ]  # the source is no longer listed; parents move before their children
        for child in sorted(below, key=lambda t: tag_key(t.name).count(SEPARATOR)):
            moved = target.name + child.name[len(source.name) :]
            existing = user_tag_id(connection, tag_key(moved))
            if existing is not None and existing != child.id:
                _merge_one(connection, change_set_id, child, existing, edits)
            else:
                edits.append(edit(EditKind.RENAME, tag=child.id, name=child.name))
                _set_name(connection, child.id, moved)
    edits += rewrite_queries(connection, source.name, target.name)
    record_edits(connection, change_set_id, edits)
    return Merge(gained, close_change_set(connection, change_set_id).change_set_id)


def delete_tag(connection: Connection, tag_id: int, *, author: str) -> Change:
    """Removes a tag from every message; a user tag goes, an imported one is dropped. A tag
    that a rule gives is not deleted: the rule would be left giving nothing, or less than
    its author wrote, without being told (TagError, naming the rules)."""
    tag = tag_by_id(connection, tag_id)
    rules = _rules_giving(connection, tag_id)
    if len(rules) == 1:
        raise TagError(
            f"the rule “{rules[0]}” gives the tag {tag.name}: change that rule or delete it "
            "first, then delete the tag"
        )
    if rules:
        named = ", ".join(f"“{name}”" for name in rules)
        raise TagError(
            f"the rules {named} give the tag {tag.name}: change those rules or delete them "
            "first, then delete the tag"
        )
    verb = "delete" if tag.kind is TagKind.USER else "drop"
    change_set_id = open_change_set(connection, f"{verb} the tag {tag.name}", author)
    edits: list[Edit] = []
    _remove(connection, change_set_id, tag, edits)
    record_edits(connection, change_set_id, edits)
    close_change_set(connection, change_set_id)
    return Change(tag.messages, change_set_id)


def restore_imported_tag(connection: Connection, tag_id: int, *, author: str) -> Change:
    """Keeps a dropped folder's (or label's) tag again: it is back on every message found
    there, and later imports assign it again."""
    tag = tag_by_id(connection, tag_id)
    if tag.kind is not TagKind.IMPORTED:
        raise TagError(f"{tag.name} is a tag of yours, not a folder's: undo takes a deletion back")
    if not tag.is_dropped:
        raise TagError(f"the folder tag {tag.name} was not dropped")
    change_set_id = open_change_set(connection, f"keep the folder tag {tag.name}", author)
    connection.execute(
        text("UPDATE tags SET is_dropped = 0, modified_at = :now WHERE id = :id"),
        {"now": now_stored(), "id": tag_id},
    )
    record_edits(connection, change_set_id, [edit(EditKind.DROP, tag=tag_id)])
    return change_tags(
        connection,
        _found_in(connection, tag.name),
        add=[tag_id],
        description="",
        author=author,
        change_set_id=change_set_id,
    )


def rewrite_queries(connection: Connection, old: str, new: str) -> list[Edit]:
    """The ``tag:`` words of rules and saved searches that name ``old`` (or a tag below it)
    name ``new``; returns the edits that take this back."""
    edits = []
    for table in QUERY_TABLES:
        rows = connection.execute(text(f"SELECT id, query FROM {table}")).all()  # noqa: S608
        for row_id, query in rows:
            rewritten = renamed_in_query(query, old, new)
            if rewritten != query:
                connection.execute(
                    text(f"UPDATE {table} SET query = :query WHERE id = :id"),  # noqa: S608
                    {"query": rewritten, "id": row_id},
                )
                edits.append(
                    edit(EditKind.QUERY, table=table, id=row_id, query=query, rewritten=rewritten)
                )
    return edits


# Steps ----------------------------------------------------------------------------------------
def _merge_one(
    connection: Connection, change_set_id: int, source: TagInfo, target_id: int, edits: list[Edit]
) -> int:
    """The target gets the source's messages and rules; the source is removed."""
    parameters = {"cs": change_set_id, "target": target_id, "source": source.id}
    connection.execute(
        text(
            "INSERT OR IGNORE INTO tag_changes (change_set_id, tag_id, message_id, is_added) "
            "SELECT :cs, :target, s.message_id, 1 FROM message_tags s WHERE s.tag_id = :source "
            "AND NOT EXISTS (SELECT 1 FROM message_tags t "
            "WHERE t.tag_id = :target AND t.message_id = s.message_id)"
        ),
        parameters,
    )
    gained = connection.execute(
        text(
            "INSERT OR IGNORE INTO message_tags (tag_id, message_id) "
            "SELECT :target, message_id FROM message_tags WHERE tag_id = :source"
        ),
        parameters,
    ).rowcount
    for rule_id, gives_target in connection.execute(
        text(
            "SELECT rule_id, EXISTS (SELECT 1 FROM rule_tags o WHERE o.rule_id = r.rule_id "
            "AND o.tag_id = :target) FROM rule_tags r WHERE r.tag_id = :source"
        ),
        parameters,
    ).all():
        edits.append(
            edit(
                EditKind.RULE_TAG,
                rule=rule_id,
                tag=source.id,
                replaced=None if gives_target else target_id,
            )
        )
    connection.execute(
        text("UPDATE OR IGNORE rule_tags SET tag_id = :target WHERE tag_id = :source"), parameters
    )
    connection.execute(text("DELETE FROM rule_tags WHERE tag_id = :source"), parameters)
    _remove(connection, change_set_id, source, edits)
    return max(gained, 0)


def _remove(connection: Connection, change_set_id: int, tag: TagInfo, edits: list[Edit]) -> None:
    """Takes the tag off its messages (in the journal) and deletes or drops it."""
    parameters = {"cs": change_set_id, "id": tag.id, "now": now_stored()}
    connection.execute(
        text(
            "INSERT OR IGNORE INTO tag_changes (change_set_id, tag_id, message_id, is_added) "
            "SELECT :cs, tag_id, message_id, 0 FROM message_tags WHERE tag_id = :id"
        ),
        parameters,
    )
    connection.execute(text("DELETE FROM message_tags WHERE tag_id = :id"), parameters)
    # A dropped imported tag keeps its key: the import knows it by that and leaves it out.
    # A deleted tag of the user's gets one no name has (names never start with "/").
    hidden = tag_key(tag.name) if tag.kind is TagKind.IMPORTED else f"{SEPARATOR}deleted/{tag.id}"
    connection.execute(
        text("UPDATE tags SET is_dropped = 1, name_key = :key, modified_at = :now WHERE id = :id"),
        {**parameters, "key": hidden},
    )
    edits.append(edit(EditKind.UNDELETE, tag=tag.id))


def _set_name(connection: Connection, tag_id: int, name: str) -> None:
    connection.execute(
        text("UPDATE tags SET name = :name, name_key = :key, modified_at = :now WHERE id = :id"),
        {"name": name, "key": tag_key(name), "now": now_stored(), "id": tag_id},
    )


def _rules_giving(connection: Connection, tag_id: int) -> list[str]:
    return list(
        connection.execute(
            text(
                "SELECT r.name FROM rules r JOIN rule_tags rt ON rt.rule_id = r.id "
                "WHERE rt.tag_id = :id ORDER BY r.name COLLATE NOCASE"
            ),
            {"id": tag_id},
        ).scalars()
    )


def _found_in(connection: Connection, place: str) -> list[int]:
    """The messages an import found in this folder, mbox file or label (as their imported
    tag names it)."""
    key = tag_key(place)
    found = []
    rows = connection.execute(text("SELECT message_id, folder, labels FROM message_sources"))
    for message_id, folder, labels in rows:
        if any(tag_key(name) == key for name in (folder, *source_labels(labels)) if name):
            found.append(message_id)
    return sorted(set(found))
