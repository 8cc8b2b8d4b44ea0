# SPDX-License-Identifier: GPL-3.0-or-later
"""Saved searches: smart folders in the sidebar, each a named query with a live count."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

from correspondence_app.search.query_parser import parse_query
from correspondence_app.storage.search import count_matching
from correspondence_app.tagging.tags import TagError, now_stored

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True)
class SavedSearchInfo:
    id: int
    name: str
    query: str
    messages: int | None  # None: not counted


def list_saved_searches(connection: Connection, *, count: bool = True) -> list[SavedSearchInfo]:
    rows = connection.execute(
        text("SELECT id, name, query FROM saved_searches ORDER BY position, name COLLATE NOCASE")
    ).all()
    return [
        SavedSearchInfo(
            row[0],
            row[1],
            row[2],
            count_matching(connection, parse_query(row[2])) if count else None,
        )
        for row in rows
    ]


def save_search(
    connection: Connection, name: str, query: str, *, search_id: int | None = None
) -> int:
    """Adds (``search_id`` None) or changes a saved search; the query must parse."""
    name = " ".join(name.split())
    if not name:
        raise TagError("a saved search needs a name")
    if parse_query(query).root is None:
        raise TagError("a saved search needs a query")
    clash = connection.execute(
        text("SELECT id FROM saved_searches WHERE name = :name COLLATE NOCASE AND id IS NOT :id"),
        {"name": name, "id": search_id},
    ).scalar()
    if clash is not None:
        raise TagError(f"there is a saved search {name} already")
    now = now_stored()
    if search_id is None:
        position = connection.execute(
            text("SELECT coalesce(max(position), 0) + 1 FROM saved_searches")
        ).scalar_one()
        return int(
            connection.execute(
                text(
                    "INSERT INTO saved_searches (name, query, position, created_at, modified_at) "
                    "VALUES (:name, :query, :position, :now, :now) RETURNING id"
                ),
                {"name": name, "query": query, "position": position, "now": now},
            ).scalar_one()
        )
    connection.execute(
        text(
            "UPDATE saved_searches SET name = :name, query = :query, modified_at = :now "
            "WHERE id = :id"
        ),
        {"name": name, "query": query, "now": now, "id": search_id},
    )
    return search_id


def delete_saved_search(connection: Connection, search_id: int) -> None:
    connection.execute(text("DELETE FROM saved_searches WHERE id = :id"), {"id": search_id})
