# SPDX-License-Identifier: GPL-3.0-or-later
"""Derived data that a schema upgrade left stale: the migration marks it, the archive rebuilds it.

A mark is a row of ``archive_settings`` whose value is ``"stale"``; no row means current.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from correspondence_app.storage.tables import ArchiveSetting

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

STALE = "stale"


def is_stale(engine: Engine, key: str) -> bool:
    with engine.connect() as connection:
        state = connection.execute(
            select(ArchiveSetting.value).where(ArchiveSetting.key == key)
        ).scalar()
    return state == STALE


def mark_current(connection: Connection, key: str) -> None:
    """Called in the transaction that rebuilt the data."""
    connection.execute(delete(ArchiveSetting).where(ArchiveSetting.key == key))
