# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive remembers its last verified backup, for the reminder when it gets old."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from correspondence_app.alerts.clock import clock

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def test_the_last_backup_is_remembered_with_its_place_and_counts(
    filled: Archive, drive: Path
) -> None:
    assert filled.backups.last() is None
    assert filled.backups.is_overdue()  # never backed up
    report = filled.backups.make(drive)
    last = filled.backups.last()
    assert last is not None
    assert last.place == report.folder
    assert last.created_at == report.manifest.created_at
    assert last.messages == filled.stats().messages
    assert last.database_sha256 == report.manifest.database_sha256


def test_a_backup_is_overdue_after_the_days_given(filled: Archive, drive: Path) -> None:
    filled.backups.make(drive)
    last = filled.backups.last()
    assert last is not None
    with filled.engine.connect() as connection:
        made_on = clock(connection).local_date(last.created_at)
    assert filled.backups.days_since_last(made_on) == 0
    assert not filled.backups.is_overdue(made_on + timedelta(days=7))
    assert filled.backups.is_overdue(made_on + timedelta(days=8))
    assert not filled.backups.is_overdue(made_on + timedelta(days=8), days=30)
