# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups on the command line: back up, list, check and restore a real archive, and the
failures a user meets (a full or missing drive, a wrong passphrase, a damaged backup)."""

from __future__ import annotations

import hashlib
import json
import resource
import signal
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest

from tests.integration.cli import run, run_json

if TYPE_CHECKING:
    from pathlib import Path

FILE_SIZE_LIMIT_BYTES = 1_000_000  # less than the notmuch archive's database


@pytest.fixture
def filled(env: dict[str, str], archive_dir: Path, corpora: Path) -> Path:
    run(env, "import", archive_dir, corpora / "notmuch", "--quiet", "--workers", "0")
    return archive_dir


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    folder = tmp_path / "drive"
    folder.mkdir()
    return folder


def fails(env: dict[str, str], *args: str | Path) -> str:
    """Runs a command that must fail as a user error: exit code 2 and one line on stderr."""
    result = run(env, *args, check=False)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    return stderr


def file_hashes(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def test_backup_list_verify_and_restore_round_trip(
    env: dict[str, str], filled: Path, drive: Path, tmp_path: Path
) -> None:
    made = run_json(env, "backup", filled, drive)
    assert set(made) >= {"path", "created_at", "messages", "sha256", "seconds", "removed"}
    assert made["removed"] == []
    stats = run_json(env, "stats", filled)
    assert made["messages"] == stats["messages"] > 250
    listed = run_json(env, "backups", drive)
    assert [(b["path"], b["state"], b["messages"]) for b in listed] == [
        (made["path"], "verified", made["messages"])
    ]
    checked = run_json(env, "verify-backup", made["path"])
    assert checked["ok"]
    assert checked["sha256"] == made["sha256"]
    assert checked["errors"] == []
    target = tmp_path / "restored"
    restored = run_json(env, "restore", made["path"], target)
    assert restored["restored"]
    assert restored["messages"] == made["messages"]
    originals = [(m["message_id"], m["sha256"]) for m in run_json(env, "list", filled)]
    assert [(m["message_id"], m["sha256"]) for m in run_json(env, "list", target)] == originals
    hits = run_json(env, "search", target, "from:cworth@cworth.org", "--limit", "500")
    assert hits
    assert hits == run_json(env, "search", filled, "from:cworth@cworth.org", "--limit", "500")
    assert run(env, "verify", target).returncode == 0
    text = run(env, "backups", drive).stdout.decode()
    assert "verified" in text
    assert f"{made['messages']} messages" in text


def test_keep_removes_the_oldest_backups_after_the_new_one_is_verified(
    env: dict[str, str], filled: Path, drive: Path
) -> None:
    paths = []
    for _ in range(3):
        made = run_json(env, "backup", filled, drive, "--keep", "2")
        paths.append(made["path"])
    assert made["removed"] == [paths[0]]
    assert [b["path"] for b in run_json(env, "backups", drive)] == paths[1:]
    output = run(env, "backup", filled, drive, "--keep", "2").stdout.decode()
    assert "verified" in output
    assert f"Removed the older backup {paths[1]}." in output
    refused = run(env, "backup", filled, drive, "--keep", "0", check=False)
    assert refused.returncode == 2
    assert b"--keep: 0: a whole number of at least 1" in refused.stderr


def test_verify_backup_names_a_flipped_byte(env: dict[str, str], filled: Path, drive: Path) -> None:
    folder = run_json(env, "backup", filled, drive)["path"]
    database = drive / folder.rsplit("/", 1)[1] / "archive.db"
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x01
    database.write_bytes(bytes(data))
    result = run(env, "verify-backup", folder, check=False)
    assert result.returncode == 1
    assert "archive.db: its SHA-256 is not the one in backup.json" in result.stdout.decode()
    assert "do not rely on this backup" in result.stdout.decode()
    assert result.stderr == b""
    report = json.loads(run(env, "verify-backup", folder, "--json", check=False).stdout)
    assert not report["ok"]
    assert any("HMAC verification failed" in error for error in report["errors"])
    # A damaged backup is not restored.
    result = run(env, "restore", folder, drive.parent / "restored", check=False)
    assert result.returncode == 1
    assert "nothing was restored" in result.stdout.decode()
    assert not (drive.parent / "restored").exists()


def test_verify_backup_names_a_changed_manifest(
    env: dict[str, str], filled: Path, drive: Path
) -> None:
    folder = run_json(env, "backup", filled, drive)["path"]
    manifest = drive / folder.rsplit("/", 1)[1] / "backup.json"
    data = bytearray(manifest.read_bytes())
    data[len(data) // 2] ^= 0x01
    manifest.write_bytes(bytes(data))
    result = run(env, "verify-backup", folder, check=False)
    assert result.returncode == 1
    assert result.stdout.decode().startswith("backup.json")
    listed = run_json(env, "backups", drive)
    assert [b["state"] for b in listed] == ["damaged"]


def test_restore_refuses_an_existing_archive_and_a_wrong_passphrase(
    env: dict[str, str], filled: Path, drive: Path, tmp_path: Path
) -> None:
    folder = run_json(env, "backup", filled, drive)["path"]
    before = file_hashes(filled)
    message = fails(env, "restore", folder, filled)
    assert "there is an archive here already; restore into a new folder" in message
    assert file_hashes(filled) == before
    wrong = env | {"CORRESPONDENCE_APP_PASSPHRASE": "not the passphrase"}
    target = tmp_path / "restored"
    assert "wrong passphrase or recovery code" in fails(wrong, "restore", folder, target)
    assert not target.exists()
    assert "wrong passphrase or recovery code" in fails(wrong, "verify-backup", folder)
    assert "wrong passphrase" in fails(wrong, "backup", filled, drive)


def test_user_errors_are_one_line(env: dict[str, str], filled: Path, tmp_path: Path) -> None:
    assert "no such folder" in fails(env, "backup", filled, tmp_path / "unplugged")
    assert "no such folder" in fails(env, "backups", tmp_path / "unplugged")
    assert "no such backup folder" in fails(env, "verify-backup", tmp_path / "missing")
    assert "not a backup" in fails(env, "verify-backup", tmp_path)
    assert "inside the archive folder" in fails(env, "backup", filled, filled)


def limit_file_size() -> None:
    """In the child: files may not grow past the limit; writing further fails with EFBIG
    instead of the signal that would end the process."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT_BYTES, FILE_SIZE_LIMIT_BYTES))


def test_a_full_disk_leaves_no_partial_backup_and_the_archive_intact(
    env: dict[str, str], filled: Path, drive: Path
) -> None:
    earlier = run_json(env, "backup", filled, drive)["path"]
    assert (filled / "archive.db").stat().st_size > FILE_SIZE_LIMIT_BYTES
    result: Any = subprocess.run(
        [sys.executable, "-m", "correspondence_app", "backup", str(filled), str(drive)],
        env=env,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
        check=False,
        preexec_fn=limit_file_size,
    )
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "the backup failed" in stderr
    assert "nothing of it was kept" in stderr
    assert [p.name for p in drive.iterdir()] == [earlier.rsplit("/", 1)[1]]
    assert run_json(env, "verify-backup", earlier)["ok"]
    assert run(env, "verify", filled).returncode == 0
    assert run_json(env, "stats", filled)["messages"] > 250
