# SPDX-License-Identifier: GPL-3.0-or-later
"""``archive.backups``: backing the open archive up, and the log of its verified backups that
tells the window and `alerts` when the last one is getting old."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from correspondence_app import file_lock
from correspondence_app.alerts.clock import clock
from correspondence_app.backup.common import BackupError
from correspondence_app.backup.maker import DEFAULT_KEEP, BackupReport, make_backup
from correspondence_app.storage.backup_tables import BackupRecord

if TYPE_CHECKING:
    import threading
    from collections.abc import Iterator
    from datetime import date, datetime

    from correspondence_app.backup.manifest import Manifest
    from correspondence_app.importers.base import ProgressSink
    from correspondence_app.services import Archive

BACKUP_LOCK_NAME = "backup.lock"
DEFAULT_REMIND_DAYS = 7


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup, as the archive logged it when it was made."""

    created_at: datetime
    verified_at: datetime
    place: Path
    messages: int
    attachments: int
    size_bytes: int
    database_sha256: str


class Backups:
    """The backups of one open archive."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive

    def make(
        self,
        destination: Path,
        *,
        keep: int = DEFAULT_KEEP,
        progress: ProgressSink | None = None,
        cancel: threading.Event | None = None,
    ) -> BackupReport:
        """A new verified backup in destination; this archive's backups there beyond the
        keep newest are removed afterwards. Imports and reading go on meanwhile; a second
        backup of the same archive waits for none: it is refused."""
        with self._lock():
            return make_backup(
                self._archive,
                destination,
                keep=keep,
                progress=progress,
                cancel=cancel,
                record=self._record,
            )

    def history(self) -> list[BackupInfo]:
        """Every verified backup made of this archive, newest first."""
        with self._archive.session() as session:
            records = session.scalars(
                select(BackupRecord).order_by(BackupRecord.created_at.desc(), BackupRecord.id)
            )
            return [_info(record) for record in records]

    def last(self) -> BackupInfo | None:
        with self._archive.session() as session:
            record = session.scalars(
                select(BackupRecord).order_by(BackupRecord.created_at.desc()).limit(1)
            ).first()
            return None if record is None else _info(record)

    def days_since_last(self, today: date | None = None) -> int | None:
        """Calendar days (where the user lives) since the last verified backup; None if
        there has been none."""
        last = self.last()
        if last is None:
            return None
        with self._archive.engine.connect() as connection:
            return clock(connection, today=today).days_since(last.created_at)

    def is_overdue(self, today: date | None = None, days: int = DEFAULT_REMIND_DAYS) -> bool:
        """No verified backup yet, or the last one is more than ``days`` days old."""
        since = self.days_since_last(today)
        return since is None or since > days

    def _record(self, folder: Path, manifest: Manifest) -> None:
        with self._archive.session() as session, session.begin():
            session.add(
                BackupRecord(
                    created_at=manifest.created_at,
                    verified_at=manifest.verified_at,
                    place=str(folder),
                    messages=manifest.messages,
                    attachments=manifest.attachments,
                    size_bytes=manifest.database_bytes,
                    database_sha256=manifest.database_sha256,
                )
            )

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        try:
            with file_lock.locked(self._archive.folder / BACKUP_LOCK_NAME):
                yield
        except file_lock.LockTaken:
            raise BackupError(
                f"{self._archive.folder}: another backup of this archive is running"
            ) from None


def _info(record: BackupRecord) -> BackupInfo:
    return BackupInfo(
        created_at=record.created_at,
        verified_at=record.verified_at,
        place=Path(record.place),
        messages=record.messages,
        attachments=record.attachments,
        size_bytes=record.size_bytes,
        database_sha256=record.database_sha256,
    )
