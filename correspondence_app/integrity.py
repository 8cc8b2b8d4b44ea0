# SPDX-License-Identifier: GPL-3.0-or-later
"""The integrity log: every check of the archive is recorded (``Archive.verify`` does it),
so that the window can say when it was last checked and what was found, and what to do
after damage: restore the newest good backup the archive knows of."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from correspondence_app.alerts.clock import clock
from correspondence_app.storage.integrity_tables import IntegrityRecord

if TYPE_CHECKING:
    from datetime import date

    from sqlalchemy import Engine

    from correspondence_app.backup.log import BackupInfo
    from correspondence_app.services import Archive
    from correspondence_app.storage.queries import VerifyResult

log = logging.getLogger(__name__)

MAX_KEPT_FINDINGS = 50  # a check of a badly damaged archive names the first ones


@dataclass(frozen=True)
class IntegrityCheck:
    """One recorded check of the archive."""

    checked_at: datetime
    checked: int  # stored items hashed again
    findings: tuple[str, ...]  # the first MAX_KEPT_FINDINGS
    problems: int  # every finding, also those not kept

    @property
    def ok(self) -> bool:
        return self.problems == 0


class IntegrityLog:
    """The checks of one open archive."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def record(
        self, result: VerifyResult, checked_at: datetime | None = None
    ) -> IntegrityCheck | None:
        """Records a check's result; None when it cannot be written (a damaged or read-only
        database): the result stands all the same, and the next check tries again."""
        check = IntegrityCheck(
            checked_at=checked_at or datetime.now(UTC),
            checked=result.checked,
            findings=tuple(result.errors[:MAX_KEPT_FINDINGS]),
            problems=len(result.errors),
        )
        try:
            with Session(self._engine) as session, session.begin():
                session.add(
                    IntegrityRecord(
                        checked_at=check.checked_at,
                        ok=check.ok,
                        checked=check.checked,
                        problems=check.problems,
                        findings=json.dumps(list(check.findings), ensure_ascii=False),
                    )
                )
        except SQLAlchemyError as error:
            log.warning("the integrity check could not be recorded: %s", type(error).__name__)
            return None
        return check

    def history(self, limit: int | None = None) -> list[IntegrityCheck]:
        """The recorded checks, newest first."""
        statement = select(IntegrityRecord).order_by(
            IntegrityRecord.checked_at.desc(), IntegrityRecord.id.desc()
        )
        with Session(self._engine) as session:
            return [_check(record) for record in session.scalars(statement.limit(limit))]

    def last(self) -> IntegrityCheck | None:
        checks = self.history(1)
        return checks[0] if checks else None

    def days_since_last(self, today: date | None = None) -> int | None:
        """Calendar days (where the user lives) since the last check; None if never."""
        last = self.last()
        if last is None:
            return None
        with self._engine.connect() as connection:
            return clock(connection, today=today).days_since(last.checked_at)

    def is_due(self, every_days: int, today: date | None = None) -> bool:
        """Whether a check every ``every_days`` days is due: never checked, or the last
        check is that many days old. Never due with every_days 0 (checks switched off)."""
        if every_days <= 0:
            return False
        since = self.days_since_last(today)
        return since is None or since >= every_days


def _check(record: IntegrityRecord) -> IntegrityCheck:
    try:
        findings = json.loads(record.findings)
    except ValueError:
        findings = []
    return IntegrityCheck(
        checked_at=record.checked_at,
        checked=record.checked,
        findings=tuple(str(finding) for finding in findings),
        problems=record.problems,
    )


@dataclass(frozen=True)
class GoodBackup:
    """The newest backup to restore from after damage."""

    info: BackupInfo
    reachable: bool  # False: its drive is not connected now, so it could not be looked at


def newest_good_backup(archive: Archive) -> GoodBackup | None:
    """The newest verified backup of the archive that is still intact where it was made
    (a quick look: its backup.json and its files' sizes), or on a drive not connected now.
    Backups removed since (older generations) and damaged ones are passed over; every
    backup in the log passed its check when it was made, so it holds intact originals."""
    from correspondence_app.backup.shelf import BackupState, inspect

    for info in archive.backups.history():
        place = info.place
        if not place.is_dir():
            if place.parent.is_dir():
                continue  # removed: the folder it was made in is there, the backup is not
            return GoodBackup(info, reachable=False)
        try:
            shelved = inspect(place)
        except OSError:
            continue
        if (
            shelved.state is BackupState.VERIFIED
            and shelved.manifest is not None
            and shelved.manifest.database_sha256 == info.database_sha256
        ):
            return GoodBackup(info, reachable=True)
    return None
