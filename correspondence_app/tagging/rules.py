# SPDX-License-Identifier: GPL-3.0-or-later
"""Rules: a saved query and the tags its messages get, on every import and on demand.

Applying rules is one step of the journal, so it can be undone as a whole; a dry run
says what would change without changing anything. After every import the rules tag the
messages that came after a watermark (the newest message they have seen), so mail an
interrupted import stored gets its tags on the next run as well.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

from correspondence_app.search.query_parser import parse_query
from correspondence_app.storage.search import matching_condition
from correspondence_app.tagging.names import checked_name
from correspondence_app.tagging.tags import (
    Change,
    TagError,
    change_tags,
    ensure_user_tags,
    now_stored,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy import Connection

# In archive_settings: the id of the newest message the rules have been applied to after
# an import (the migration sets it; a missing one means none has been).
APPLIED_UP_TO_KEY = "rules_applied_up_to"
_LAST_ID = 2**63 - 1  # SQLite's largest integer: no upper bound


@dataclass(frozen=True)
class RuleInfo:
    id: int
    name: str
    query: str
    tags: tuple[str, ...]
    is_enabled: bool


@dataclass(frozen=True)
class RuleResult:
    """``matched``: messages the rules' queries find; ``changed``: those that gained a tag
    (or would, in a dry run); ``change_set_id``: the step to undo (None: nothing changed)."""

    matched: int
    changed: int
    change_set_id: int | None = None


def list_rules(connection: Connection) -> list[RuleInfo]:
    rules = connection.execute(
        text(
            "SELECT r.id, r.name, r.query, r.is_enabled, "
            "(SELECT json_group_array(t.name) FROM rule_tags rt JOIN tags t ON t.id = rt.tag_id "
            "WHERE rt.rule_id = r.id) FROM rules r ORDER BY r.name COLLATE NOCASE, r.id"
        )
    )
    return [
        RuleInfo(row[0], row[1], row[2], tuple(sorted(json.loads(row[4]))), bool(row[3]))
        for row in rules
    ]


def rule_named(connection: Connection, name: str) -> RuleInfo:
    for rule in list_rules(connection):
        if rule.name.casefold() == name.strip().casefold():
            return rule
    raise TagError(f"there is no rule {name!r}")


def save_rule(
    connection: Connection,
    name: str,
    query: str,
    tag_names: Sequence[str],
    *,
    author: str,
    rule_id: int | None = None,
    is_enabled: bool = True,
) -> int:
    """Adds a rule (``rule_id`` None) or changes one. The query must parse (QuerySyntaxError
    otherwise); tags that do not exist yet are created."""
    name = " ".join(name.split())
    if not name:
        raise TagError("a rule needs a name")
    if not query.strip() or parse_query(query).root is None:
        raise TagError("a rule needs a query")
    if not tag_names:
        raise TagError("a rule needs at least one tag to add")
    tag_ids = ensure_user_tags(connection, [checked_name(tag) for tag in tag_names], author=author)
    clash = connection.execute(
        text("SELECT id FROM rules WHERE name = :name COLLATE NOCASE AND id IS NOT :id"),
        {"name": name, "id": rule_id},
    ).scalar()
    if clash is not None:
        raise TagError(f"there is a rule {name} already")
    now = now_stored()
    values = {"name": name, "query": query, "enabled": is_enabled, "now": now, "author": author}
    if rule_id is None:
        rule_id = int(
            connection.execute(
                text(
                    "INSERT INTO rules (name, query, is_enabled, created_at, modified_at, author) "
                    "VALUES (:name, :query, :enabled, :now, :now, :author) RETURNING id"
                ),
                values,
            ).scalar_one()
        )
    else:
        updated = connection.execute(
            text(
                "UPDATE rules SET name = :name, query = :query, is_enabled = :enabled, "
                "modified_at = :now, author = :author WHERE id = :id"
            ),
            {**values, "id": rule_id},
        ).rowcount
        if not updated:
            raise TagError(f"there is no rule with id {rule_id}")
        connection.execute(text("DELETE FROM rule_tags WHERE rule_id = :id"), {"id": rule_id})
    connection.execute(
        text("INSERT INTO rule_tags (rule_id, tag_id) VALUES (:rule, :tag)"),
        [{"rule": rule_id, "tag": tag_id} for tag_id in tag_ids],
    )
    return rule_id


def set_rule_enabled(connection: Connection, rule_id: int, *, is_enabled: bool) -> None:
    connection.execute(
        text("UPDATE rules SET is_enabled = :enabled, modified_at = :now WHERE id = :id"),
        {"enabled": is_enabled, "now": now_stored(), "id": rule_id},
    )


def delete_rule(connection: Connection, rule_id: int) -> None:
    connection.execute(text("DELETE FROM rules WHERE id = :id"), {"id": rule_id})


def apply_rules_to_new(connection: Connection, *, author: str) -> RuleResult:
    """The enabled rules on every message after the watermark, which then moves to the
    newest message, in the same transaction: each message meets the rules once, whether the
    import that stored it ended or was interrupted."""
    seen = connection.execute(
        text("SELECT value FROM archive_settings WHERE key = :key"), {"key": APPLIED_UP_TO_KEY}
    ).scalar()
    applied_up_to = int(seen) if seen else 0
    newest = int(connection.execute(text("SELECT coalesce(max(id), 0) FROM messages")).scalar_one())
    if newest <= applied_up_to:
        return RuleResult(0, 0)
    enabled = [rule for rule in list_rules(connection) if rule.is_enabled]
    result = (
        apply_rules(
            connection,
            enabled,
            author=author,
            since_id=applied_up_to + 1,
            until_id=newest,
            description="rules on imported messages",
        )
        if enabled
        else RuleResult(0, 0)
    )
    connection.execute(
        text("INSERT OR REPLACE INTO archive_settings (key, value) VALUES (:key, :value)"),
        {"key": APPLIED_UP_TO_KEY, "value": str(newest)},
    )
    return result


def apply_rules(
    connection: Connection,
    rules: Sequence[RuleInfo],
    *,
    author: str,
    dry_run: bool = False,
    since_id: int = 0,
    until_id: int | None = None,
    description: str = "",
) -> RuleResult:
    """Tags the messages each rule finds (those with ids from ``since_id`` up to
    ``until_id``: an import's), as one step of the journal."""
    matched: set[int] = set()
    plans = []
    for rule in rules:
        condition, params = matching_condition(parse_query(rule.query))
        tag_ids = [
            row[0]
            for row in connection.execute(
                text("SELECT tag_id FROM rule_tags WHERE rule_id = :id"), {"id": rule.id}
            )
        ]
        ids = list(
            connection.execute(
                text(
                    f"SELECT m.id FROM messages m WHERE {condition} "  # noqa: S608
                    "AND m.id >= :since AND m.id <= :until"
                ),
                {**params, "since": since_id, "until": _LAST_ID if until_id is None else until_id},
            ).scalars()
        )
        matched.update(ids)
        plans.append((ids, tag_ids))
    if dry_run:
        changing: set[int] = set()
        for ids, tag_ids in plans:
            changing.update(_lacking(connection, ids, tag_ids))
        return RuleResult(len(matched), len(changing))
    names = ", ".join(rule.name for rule in rules)
    change_set: Change | None = None
    total_changed: set[int] = set()
    for ids, tag_ids in plans:
        lacking = _lacking(connection, ids, tag_ids)
        if not lacking:
            continue
        change_set = change_tags(
            connection,
            lacking,
            add=tag_ids,
            description=description or f"rules: {names}",
            author=author,
            change_set_id=change_set.change_set_id if change_set else None,
        )
        total_changed.update(lacking)
    return RuleResult(
        len(matched), len(total_changed), change_set.change_set_id if change_set else None
    )


def _lacking(connection: Connection, ids: list[int], tag_ids: list[int]) -> list[int]:
    """Those of the messages that lack at least one of the tags."""
    if not ids or not tag_ids:
        return []
    have_all = set(
        connection.execute(
            text(
                "SELECT message_id FROM message_tags WHERE tag_id IN "
                "(SELECT value FROM json_each(:tags)) AND message_id IN "
                "(SELECT value FROM json_each(:ids)) GROUP BY message_id "
                "HAVING count(*) = :wanted"
            ),
            {"tags": json.dumps(tag_ids), "ids": json.dumps(ids), "wanted": len(set(tag_ids))},
        ).scalars()
    )
    return [message_id for message_id in ids if message_id not in have_all]
