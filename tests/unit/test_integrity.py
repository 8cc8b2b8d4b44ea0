# SPDX-License-Identifier: GPL-3.0-or-later
"""Every check of the archive is recorded; a check in the background waits for no import;
after damage, the newest backup still intact is the one to restore."""

from __future__ import annotations

import fcntl
import os
import threading
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import update

from correspondence_app.alerts.clock import clock
from correspondence_app.backup.manifest import MANIFEST_NAME
from correspondence_app.integrity import MAX_KEPT_FINDINGS, newest_good_backup
from correspondence_app.services import LOCK_NAME, ArchiveBusyError
from correspondence_app.storage.queries import VerifyResult, VerifyStopped
from correspondence_app.storage.tables import Original
from tests.unit.backup.conftest import flip_byte

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


@pytest.fixture
def filled(archive: Archive, corpora: Path) -> Archive:
    archive.import_paths([corpora / "notmuch"], workers=0)
    return archive


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    folder = tmp_path / "drive"
    folder.mkdir()
    return folder


def damage_an_original(archive: Archive) -> int:
    """Changes the stored bytes of one message behind the archive's back; its id."""
    message_id = archive.list_messages()[2].id
    with archive.session() as session, session.begin():
        session.execute(
            update(Original)
            .where(Original.message_id == message_id)
            .values(data=b"altered", compression="none")
        )
    return message_id


def test_each_check_is_recorded_with_its_result(filled: Archive) -> None:
    assert filled.integrity.last() is None
    first = filled.verify()
    last = filled.integrity.last()
    assert last is not None
    assert (last.ok, last.checked, last.findings) == (True, first.checked, ())
    assert last.checked > 300  # every original and attachment of the corpus
    message_id = damage_an_original(filled)
    second = filled.verify()
    assert not second.ok
    checks = filled.integrity.history()
    assert [check.ok for check in checks] == [False, True]  # newest first
    assert checks[0].findings == (f"message {message_id}: content does not match its SHA-256",)
    assert checks[0].problems == 1


def test_a_check_asked_to_end_stops_and_is_not_recorded(filled: Archive) -> None:
    """As when the archive is locked during a check: nothing half-checked is recorded."""
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(VerifyStopped):
        filled.verify(exclusive=True, cancel=cancel)
    assert filled.integrity.last() is None
    assert filled.verify(cancel=threading.Event()).ok  # one not asked to end runs whole
    assert filled.integrity.last() is not None


def test_a_long_list_of_findings_is_kept_short_and_counted(filled: Archive) -> None:
    errors = tuple(f"message {n}: content does not match its SHA-256" for n in range(80))
    recorded = filled.integrity.record(VerifyResult(80, errors))
    assert recorded is not None
    last = filled.integrity.last()
    assert last == recorded
    assert last.problems == 80
    assert last.findings == errors[:MAX_KEPT_FINDINGS]


def test_a_check_every_few_days_is_due_when_the_last_is_that_old(filled: Archive) -> None:
    assert filled.integrity.is_due(7)  # never checked
    assert not filled.integrity.is_due(0)  # switched off
    filled.verify()
    last = filled.integrity.last()
    assert last is not None
    with filled.engine.connect() as connection:
        checked_on = clock(connection).local_date(last.checked_at)
    assert filled.integrity.days_since_last(checked_on + timedelta(days=3)) == 3
    assert not filled.integrity.is_due(7, checked_on + timedelta(days=6))
    assert filled.integrity.is_due(7, checked_on + timedelta(days=7))
    assert filled.integrity.is_due(1, checked_on + timedelta(days=1))


def test_an_exclusive_check_waits_for_no_import_and_keeps_imports_out(filled: Archive) -> None:
    descriptor = os.open(filled.folder / LOCK_NAME, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as an import holds it
        with pytest.raises(ArchiveBusyError):
            filled.verify(exclusive=True)
        assert filled.integrity.last() is None  # nothing was checked, nothing recorded
        assert filled.verify().ok  # the command line's check reads beside an import
    finally:
        os.close(descriptor)
    assert filled.verify(exclusive=True).ok
    assert len(filled.integrity.history()) == 2


def test_the_newest_backup_still_intact_is_the_one_to_restore(
    filled: Archive, drive: Path, tmp_path: Path
) -> None:
    assert newest_good_backup(filled) is None
    older = filled.backups.make(drive).folder
    newer = filled.backups.make(drive).folder
    good = newest_good_backup(filled)
    assert good is not None
    assert (good.info.place, good.reachable) == (newer, True)
    flip_byte(newer / MANIFEST_NAME)  # the newest is damaged: the one before it is named
    good = newest_good_backup(filled)
    assert good is not None
    assert good.info.place == older
    # The drive is not connected: the backup cannot be looked at, and is named all the same.
    drive.rename(tmp_path / "unplugged")
    good = newest_good_backup(filled)
    assert good is not None
    assert (good.info.place, good.reachable) == (newer, False)


def test_backups_removed_since_are_passed_over(filled: Archive, drive: Path) -> None:
    first = filled.backups.make(drive, keep=1).folder
    second = filled.backups.make(drive, keep=1).folder
    assert not first.exists()
    good = newest_good_backup(filled)
    assert good is not None
    assert good.info.place == second
    other = drive.parent / "other-drive"
    other.mkdir()
    filled.backups.make(other)
    for backup in (second, *other.iterdir()):
        (backup / MANIFEST_NAME).unlink()
    assert newest_good_backup(filled) is None


def test_a_check_that_cannot_be_recorded_still_gives_its_result(filled: Archive) -> None:
    filled.verify()
    with filled.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER no_more_checks BEFORE INSERT ON integrity_log "
            "BEGIN SELECT RAISE(ABORT, 'read-only'); END"
        )
    result = filled.verify()
    assert result.ok
    last = filled.integrity.last()
    assert last is not None
    assert last.checked_at < datetime.now(UTC)
    assert len(filled.integrity.history()) == 1
