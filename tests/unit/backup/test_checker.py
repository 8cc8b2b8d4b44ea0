# SPDX-License-Identifier: GPL-3.0-or-later
"""Checking a backup on its own: a changed byte anywhere is caught and named."""

from __future__ import annotations

import json
import shutil
from typing import TYPE_CHECKING

import pytest

from correspondence_app.backup import BackupError, verify_backup
from correspondence_app.crypto.keys import KdfParams, WrongPassphrase
from correspondence_app.crypto.recovery import MistypedRecoveryCode
from correspondence_app.services import DATABASE_NAME, KEY_NAME
from tests.conftest import PASSPHRASE
from tests.unit.backup.conftest import flip_byte

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def test_an_intact_backup_passes_and_every_item_is_hashed_again(
    filled: Archive, backup: Path
) -> None:
    check = verify_backup(backup, PASSPHRASE)
    assert check.ok, check.findings
    assert check.manifest is not None
    assert check.manifest.messages == filled.stats().messages
    assert check.checked == filled.verify().checked
    assert check.database_sha256 == check.manifest.database_sha256


def test_a_flipped_byte_in_the_middle_of_the_database_is_caught(backup: Path) -> None:
    flip_byte(backup / DATABASE_NAME)
    check = verify_backup(backup, PASSPHRASE)
    assert not check.ok
    assert any("SHA-256 is not the one in backup.json" in f for f in check.findings)
    # SQLCipher names the page whose authentication code no longer matches.
    assert any("HMAC verification failed for page" in f for f in check.findings), check.findings


def test_a_flipped_byte_in_the_manifest_is_caught(backup: Path) -> None:
    flip_byte(backup / "backup.json")
    check = verify_backup(backup, PASSPHRASE)
    assert not check.ok
    assert check.findings[0].startswith("backup.json")
    # The database is still checked on its own.
    assert check.checked > 250


def test_a_changed_date_in_the_manifest_is_caught(backup: Path) -> None:
    path = backup / "backup.json"
    created_at = json.loads(path.read_bytes())["created_at"]
    offset = path.read_bytes().index(created_at.encode()) + 3  # the year's last digit
    flip_byte(path, offset, mask=0x01)  # still a digit, still JSON
    assert json.loads(path.read_bytes())["created_at"] != created_at
    check = verify_backup(backup, PASSPHRASE)
    assert check.findings == ("backup.json does not match its checksum (changed or damaged)",)


def test_a_database_from_another_backup_is_caught(
    filled: Archive, backup: Path, drive: Path, corpora: Path
) -> None:
    filled.import_paths([corpora / "mailpile"], workers=0)
    newer = filled.backups.make(drive).folder
    shutil.copy(newer / DATABASE_NAME, backup / DATABASE_NAME)
    findings = verify_backup(backup, PASSPHRASE).findings
    assert any("SHA-256 is not the one" in f for f in findings)
    assert any(f.startswith("messages: ") for f in findings)
    assert any(f.startswith("originals sha256: ") for f in findings)


@pytest.mark.parametrize("mask", [0x01, 0xFF])
def test_a_flipped_byte_in_the_key_file_is_a_finding_not_a_wrong_passphrase(
    backup: Path, mask: int
) -> None:
    flip_byte(backup / KEY_NAME, mask=mask)
    findings = verify_backup(backup, PASSPHRASE).findings
    assert findings[0] == f"{KEY_NAME}: its SHA-256 is not the one in backup.json"
    assert "the backup cannot be opened" in findings[-1]


def test_missing_files_are_findings(backup: Path) -> None:
    (backup / DATABASE_NAME).unlink()
    assert verify_backup(backup, PASSPHRASE).findings == (f"{DATABASE_NAME} is missing",)
    (backup / KEY_NAME).unlink()
    (finding,) = verify_backup(backup, PASSPHRASE).findings
    assert finding.startswith(KEY_NAME)
    assert "cannot be opened" in finding


def test_a_wrong_passphrase_is_an_error_not_a_finding(backup: Path) -> None:
    with pytest.raises(WrongPassphrase):
        verify_backup(backup, "not the passphrase")


def test_the_recovery_code_opens_a_backup(filled: Archive, drive: Path) -> None:
    code = filled.create_recovery_code(PASSPHRASE, kdf=KdfParams())
    folder = filled.backups.make(drive).folder
    assert verify_backup(folder, code.lower()).ok
    mistyped = ("X" if code[0] != "X" else "Y") + code[1:]
    with pytest.raises(MistypedRecoveryCode):
        verify_backup(folder, mistyped)


def test_a_folder_that_is_no_backup_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no such backup folder"):
        verify_backup(tmp_path / "missing", PASSPHRASE)
    with pytest.raises(BackupError, match="not a backup"):
        verify_backup(tmp_path, PASSPHRASE)
