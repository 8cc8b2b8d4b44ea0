# SPDX-License-Identifier: GPL-3.0-or-later
"""Making backups: encrypted snapshots that open with the archive's key, checked before they
count, in generations, and nothing left behind or touched when something fails."""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from correspondence_app.backup import (
    BackupCancelled,
    BackupError,
    Manifest,
    snapshot,
    verify_backup,
)
from correspondence_app.backup import maker as maker_module
from correspondence_app.backup.log import BACKUP_LOCK_NAME
from correspondence_app.backup.snapshot import open_read_only
from correspondence_app.crypto.keys import KdfParams, KeyFile
from correspondence_app.crypto.recovery import unlock
from correspondence_app.services import DATABASE_NAME, KEY_NAME, Archive
from tests.conftest import PASSPHRASE
from tests.unit.backup.conftest import KNOWN_TEXTS


def test_a_backup_holds_the_database_the_key_file_and_its_manifest(
    filled: Archive, drive: Path
) -> None:
    report = filled.backups.make(drive)
    assert report.folder.parent == drive.resolve()
    assert report.folder.name.startswith("archive-backup-")
    assert sorted(p.name for p in report.folder.iterdir()) == [
        DATABASE_NAME,
        KEY_NAME,
        "backup.json",
    ]
    assert report.folder.stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in report.folder.iterdir())
    assert (report.folder / KEY_NAME).read_bytes() == (filled.folder / KEY_NAME).read_bytes()
    manifest = Manifest.load(report.folder)
    assert manifest == report.manifest
    stats = filled.stats()
    assert (manifest.messages, manifest.attachments) == (stats.messages, stats.attachments)
    assert manifest.messages > 250
    assert manifest.archive_id == filled.key_file.archive_id
    assert manifest.database_bytes == (report.folder / DATABASE_NAME).stat().st_size
    assert not list(drive.glob("*.partial"))


def test_the_backup_is_encrypted_and_opens_with_the_archives_key(
    filled: Archive, drive: Path, tmp_path: Path
) -> None:
    folder = filled.backups.make(drive).folder
    data = (folder / DATABASE_NAME).read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for text in KNOWN_TEXTS:
        assert text not in data, text
    # The control: the same database exported without encryption shows that text.
    plain = tmp_path / "plain.db"
    with filled.engine.connect() as connection:
        raw: Any = connection.connection.driver_connection
        raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        raw.execute("SELECT sqlcipher_export('plain')").fetchall()
        raw.execute("DETACH DATABASE plain")
    plain_data = plain.read_bytes()
    assert all(text in plain_data for text in KNOWN_TEXTS)
    # The key file beside it unlocks the database key that opens it.
    key = unlock(KeyFile.load(folder / KEY_NAME), PASSPHRASE).database_key
    connection = open_read_only(folder / DATABASE_NAME, key)
    try:
        count = connection.execute("SELECT count(*) FROM messages").fetchone()[0]
    finally:
        connection.close()
    assert count == filled.stats().messages
    with pytest.raises(sqlcipher.DatabaseError):
        open_read_only(folder / DATABASE_NAME, bytes(32))


def test_a_backup_taken_during_an_import_is_one_consistent_moment(
    archive: Archive, corpora: Path, drive: Path
) -> None:
    archive.import_paths([corpora / "notmuch" / "default"], workers=0)
    before = archive.stats().messages
    importing, copied = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def on_import_progress(done: int, total: int, note: str, /, *, messages: int = 0) -> None:
        # The import stops here, in the middle of its run, until the snapshot is copied.
        importing.set()
        copied.wait(timeout=60)

    def import_more() -> None:
        try:
            archive.import_paths(
                [corpora / "mailpile", corpora / "notmuch"],
                progress=on_import_progress,
                workers=0,
            )
        except BaseException as error:  # reported by the test below
            failures.append(error)
            importing.set()

    def on_backup_progress(done: int, total: int, note: str, /, **_: object) -> None:
        if note != "copying":
            copied.set()

    thread = threading.Thread(target=import_more)
    thread.start()
    try:
        assert importing.wait(timeout=60)
        report = archive.backups.make(drive, progress=on_backup_progress)
    finally:
        copied.set()
        thread.join(timeout=120)
    assert not failures
    after = archive.stats().messages
    assert before <= report.manifest.messages < after
    check = verify_backup(report.folder, PASSPHRASE)
    assert check.ok, check.findings
    assert check.manifest == report.manifest


def test_generations_keep_the_newest_and_never_touch_other_folders(
    filled: Archive, drive: Path, tmp_path: Path
) -> None:
    # Things that are not this archive's backups.
    (drive / "holiday photos").mkdir()
    (drive / "holiday photos" / "a.jpg").write_bytes(b"\xff\xd8")
    (drive / "notes.txt").write_text("keep me")
    with Archive.create(tmp_path / "other" / "archive", PASSPHRASE, kdf=KdfParams()) as other:
        foreign = other.backups.make(drive).folder  # same folder name, another archive
    made = [filled.backups.make(drive, keep=2) for _ in range(4)]
    assert [r.removed for r in made[:2]] == [(), ()]
    assert made[2].removed == (made[0].folder,)
    assert made[3].removed == (made[1].folder,)
    kept = sorted(p.name for p in drive.iterdir())
    assert kept == sorted(
        ["holiday photos", "notes.txt", foreign.name, made[2].folder.name, made[3].folder.name]
    )
    assert (drive / "holiday photos" / "a.jpg").read_bytes() == b"\xff\xd8"
    # Names keep the order of the backups, also within one second.
    assert [r.folder.name for r in made] == sorted(r.folder.name for r in made)
    assert filled.backups.last() is not None
    assert [info.place for info in filled.backups.history()] == [r.folder for r in reversed(made)]


def test_a_failed_check_keeps_the_older_backups(
    filled: Archive, drive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = filled.backups.make(drive, keep=1).folder
    real_check = maker_module._check

    def failing_check(*args: Any, **kwargs: Any) -> Any:
        result = real_check(*args, **kwargs)
        return type(result)(("encrypted page check: HMAC verification failed for page 7",), None, 0)

    monkeypatch.setattr(maker_module, "_check", failing_check)
    with pytest.raises(BackupError, match=r"backup failed: its check found .*page 7.*untouched"):
        filled.backups.make(drive, keep=1)
    assert [p.name for p in drive.iterdir()] == [first.name]
    assert verify_backup(first, PASSPHRASE).ok
    assert filled.backups.last() is not None
    assert filled.backups.last().place == first  # type: ignore[union-attr]


def test_a_full_disk_leaves_nothing_behind_and_the_archive_intact(
    filled: Archive, drive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_export = snapshot.export_snapshot

    def export_then_fill_the_disk(connection: Any, target: Path, reporter: Any) -> Any:
        real_export(connection, target, reporter)
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(snapshot, "export_snapshot", export_then_fill_the_disk)
    with pytest.raises(BackupError, match=r"the disk is full.*nothing of it was kept"):
        filled.backups.make(drive)
    assert list(drive.iterdir()) == []
    assert filled.backups.last() is None
    assert filled.verify().ok


def test_too_little_space_is_said_before_anything_is_written(
    filled: Archive, drive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _: shutil._ntuple_diskusage(10**9, 10**9, 10**5)
    )
    with pytest.raises(BackupError, match=r"the disk is full: 0\.1 MB free, about .* needed"):
        filled.backups.make(drive)
    assert list(drive.iterdir()) == []


def test_a_cancelled_backup_leaves_nothing(filled: Archive, drive: Path) -> None:
    cancel = threading.Event()

    def cancel_when_checking(done: int, total: int, note: str, /, **_: object) -> None:
        if note == "checking":
            cancel.set()

    with pytest.raises(BackupCancelled):
        filled.backups.make(drive, progress=cancel_when_checking, cancel=cancel)
    assert list(drive.iterdir()) == []


@pytest.mark.parametrize("case", ["missing", "file", "inside", "read-only"])
def test_a_destination_that_cannot_take_a_backup_is_refused(
    filled: Archive, tmp_path: Path, case: str
) -> None:
    destination = {
        "missing": tmp_path / "unplugged",
        "file": tmp_path / "a-file",
        "inside": filled.folder / "backups",
        "read-only": tmp_path / "read-only",
    }[case]
    if case == "file":
        destination.write_text("")
    elif case == "inside":
        destination.mkdir()
    elif case == "read-only" and os.geteuid() == 0:
        destination = Path("/proc/1")  # root writes into any folder, but not into /proc
    elif case == "read-only":
        destination.mkdir()
        destination.chmod(0o500)
    expected = {
        "missing": "no such folder",
        "file": "not a folder",
        "inside": "inside the archive folder",
        "read-only": "cannot write here",
    }[case]
    before = sorted(destination.iterdir()) if destination.is_dir() else None
    with pytest.raises(BackupError, match=expected):
        filled.backups.make(destination)
    assert (sorted(destination.iterdir()) if destination.is_dir() else None) == before


def test_one_archive_is_backed_up_by_one_backup_at_a_time(filled: Archive, drive: Path) -> None:
    descriptor = os.open(filled.folder / BACKUP_LOCK_NAME, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(BackupError, match="another backup of this archive is running"):
            filled.backups.make(drive)
    finally:
        os.close(descriptor)
    assert filled.backups.make(drive).folder.is_dir()
