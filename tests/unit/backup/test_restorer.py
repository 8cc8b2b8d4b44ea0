# SPDX-License-Identifier: GPL-3.0-or-later
"""Restoring: the same mail, searchable, into a new folder only, and only from a good backup."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

import pytest

from correspondence_app.backup import BackupDamagedError, BackupError, restore, restorer
from correspondence_app.crypto.keys import WrongPassphrase
from correspondence_app.services import DATABASE_NAME, Archive
from tests.conftest import PASSPHRASE
from tests.unit.backup.conftest import flip_byte

if TYPE_CHECKING:
    from pathlib import Path


def test_a_restored_archive_holds_the_same_mail_and_finds_it(
    filled: Archive, backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "restored"
    report = restore(backup, target, PASSPHRASE)
    assert report.folder == target
    with Archive.open(target, PASSPHRASE) as restored:
        assert report.messages == restored.stats().messages == filled.stats().messages
        assert restored.stats() == filled.stats()
        assert [(m.message_id, m.sha256) for m in restored.list_messages()] == [
            (m.message_id, m.sha256) for m in filled.list_messages()
        ]
        first = filled.list_messages()[0].id
        assert restored.raw(first) == filled.raw(first)
        hits = [hit.summary.id for hit in restored.search("from:cworth@cworth.org", limit=500)]
        assert hits
        assert hits == [
            hit.summary.id for hit in filled.search("from:cworth@cworth.org", limit=500)
        ]
        assert restored.verify().ok
        assert restored.threads()
    assert target.stat().st_mode & 0o777 == 0o700


def test_a_restore_goes_into_an_empty_folder_too(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    assert restore(backup, target, PASSPHRASE).messages > 250


def test_a_restore_never_goes_over_an_archive_or_other_files(
    filled: Archive, backup: Path, tmp_path: Path
) -> None:
    before = (filled.folder / DATABASE_NAME).stat()
    with pytest.raises(BackupError, match="there is an archive here already"):
        restore(backup, filled.folder, PASSPHRASE)
    assert (filled.folder / DATABASE_NAME).stat() == before
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "letter.txt").write_text("mine")
    with pytest.raises(BackupError, match="not empty"):
        restore(backup, busy, PASSPHRASE)
    assert [p.name for p in busy.iterdir()] == ["letter.txt"]
    with pytest.raises(BackupError, match="into the backup itself"):
        restore(backup, backup / "inside", PASSPHRASE)
    with pytest.raises(BackupError, match="no such folder"):
        restore(backup, tmp_path / "no" / "parent", PASSPHRASE)


def test_a_damaged_backup_is_not_restored(backup: Path, tmp_path: Path) -> None:
    flip_byte(backup / DATABASE_NAME)
    target = tmp_path / "restored"
    with pytest.raises(BackupDamagedError) as raised:
        restore(backup, target, PASSPHRASE)
    assert not raised.value.check.ok
    assert not target.exists()


def test_a_wrong_passphrase_restores_nothing(backup: Path, tmp_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        restore(backup, tmp_path / "restored", "wrong")
    assert not (tmp_path / "restored").exists()


def test_a_failed_copy_removes_what_it_wrote(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(restorer, "move_without_replacing", full_disk)
    empty = tmp_path / "empty"
    empty.mkdir()
    for target in (tmp_path / "new", empty):
        with pytest.raises(BackupError, match=r"the disk is full; nothing of it was kept"):
            restore(backup, target, PASSPHRASE)
    assert not (tmp_path / "new").exists()
    assert list(empty.iterdir()) == []
