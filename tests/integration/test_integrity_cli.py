# SPDX-License-Identifier: GPL-3.0-or-later
"""`verify` records each check in the archive and, on damage, ends with what to do: restore
the newest good backup (named, as a command), or without one keep what there is."""

from __future__ import annotations

import json
import shlex
from typing import TYPE_CHECKING

from sqlalchemy import update

from correspondence_app.services import Archive
from correspondence_app.storage.tables import Original
from tests.conftest import PASSPHRASE
from tests.integration.cli import run, run_json

if TYPE_CHECKING:
    from pathlib import Path


def damage_an_original(folder: Path) -> int:
    """Changes one stored message's bytes with SQL, as damage on the disk would; its id."""
    with Archive.open(folder, PASSPHRASE) as archive:
        message_id = archive.list_messages()[4].id
        with archive.session() as session, session.begin():
            session.execute(
                update(Original)
                .where(Original.message_id == message_id)
                .values(data=b"altered", compression="none")
            )
    return message_id


def test_verify_names_the_damage_and_the_newest_good_backup(
    env: dict[str, str], archive_dir: Path, corpora: Path, tmp_path: Path
) -> None:
    run(env, "import", archive_dir, corpora / "notmuch", "--quiet")
    assert run_json(env, "verify", archive_dir)["ok"] is True
    drive = tmp_path / "drive"
    drive.mkdir()
    run(env, "backup", archive_dir, drive)
    newest = run_json(env, "backup", archive_dir, drive)
    message_id = damage_an_original(archive_dir)
    result = run(env, "verify", archive_dir, check=False)
    assert result.returncode == 1
    text = result.stdout.decode()
    assert f"message {message_id}: content does not match its SHA-256" in text
    assert "restore the newest good backup" in text
    assert f"correspondence-app restore {shlex.quote(newest['path'])} NEW-FOLDER" in text
    report = json.loads(run(env, "verify", archive_dir, "--json", check=False).stdout)
    assert report["ok"] is False
    assert report["restore_from"]["path"] == newest["path"]
    assert report["restore_from"]["reachable"] is True
    # Each run was recorded in the archive: the good check before the damage, two after.
    with Archive.open(archive_dir, PASSPHRASE) as archive:
        checks = archive.integrity.history()
    assert [check.ok for check in checks] == [False, False, True]
    assert checks[0].findings == (f"message {message_id}: content does not match its SHA-256",)
    # The advice is sound: the backup restores, and the restored archive is intact.
    restored = tmp_path / "restored"
    run(env, "restore", newest["path"], restored)
    assert run_json(env, "verify", restored)["ok"] is True


def test_without_a_backup_verify_says_to_keep_what_there_is(
    env: dict[str, str], archive_dir: Path, corpora: Path
) -> None:
    run(env, "import", archive_dir, corpora / "notmuch", "--quiet")
    damage_an_original(archive_dir)
    result = run(env, "verify", archive_dir, check=False)
    assert result.returncode == 1
    text = result.stdout.decode()
    assert "no backup of this archive is known" in text
    assert "Keep the damaged archive as it is" in text
    assert f"correspondence-app export {shlex.quote(str(archive_dir))} '*'" in text
    report = json.loads(run(env, "verify", archive_dir, "--json", check=False).stdout)
    assert report["restore_from"] is None


def test_an_archive_too_damaged_to_open_still_gets_advice(
    env: dict[str, str], archive_dir: Path, corpora: Path
) -> None:
    run(env, "import", archive_dir, corpora / "notmuch", "--quiet")
    database = archive_dir / "archive.db"
    data = bytearray(database.read_bytes())
    data[200] ^= 0xFF  # the first page: the schema itself
    database.write_bytes(bytes(data))
    result = run(env, "verify", archive_dir, check=False)
    assert result.returncode == 1
    text = result.stdout.decode()
    assert "restore your newest backup" in text
    assert "correspondence-app restore BACKUP NEW-FOLDER" in text
