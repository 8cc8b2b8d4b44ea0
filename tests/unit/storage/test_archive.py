# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive folder: creation, unlocking, settings of every connection, passphrase change."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from correspondence_app.crypto.keys import KdfParams, WrongPassphrase
from correspondence_app.services import Archive, ArchiveError
from correspondence_app.storage import schema
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from pathlib import Path

FAST = KdfParams()


def test_new_archive_is_a_private_folder_with_database_and_key(archive: Archive) -> None:
    assert archive.folder.stat().st_mode & 0o777 == 0o700
    names = {p.name for p in archive.folder.iterdir()}
    assert {"archive.db", "archive.key"} <= names
    for path in archive.folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path.name


def test_database_file_is_encrypted(archive: Archive) -> None:
    archive.close()
    header = archive.database_path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_every_connection_has_the_archive_settings(archive: Archive) -> None:
    with archive.engine.connect() as connection:

        def pragma(name: str) -> object:
            return connection.execute(text(f"PRAGMA {name}")).scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("secure_delete") == 1
        assert pragma("foreign_keys") == 1
        assert str(pragma("cipher_version")).startswith("4.")


def test_schema_is_at_the_newest_migration(archive: Archive) -> None:
    assert schema.current_revision(archive.engine) == schema.head_revision()


def test_open_with_wrong_passphrase_is_refused(archive: Archive) -> None:
    archive.close()
    with pytest.raises(WrongPassphrase):
        Archive.open(archive.folder, "wrong")


def test_open_a_folder_that_is_no_archive_names_it(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="not an archive"):
        Archive.open(tmp_path, PASSPHRASE)


def test_create_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_text("keep me")
    with pytest.raises(ArchiveError, match="not empty"):
        Archive.create(tmp_path, PASSPHRASE, kdf=FAST)
    assert (tmp_path / "letter.txt").read_text() == "keep me"


def test_create_refuses_an_existing_archive(archive: Archive) -> None:
    with pytest.raises(ArchiveError, match="already an archive"):
        Archive.create(archive.folder, PASSPHRASE, kdf=FAST)


def test_passphrase_change_reseals_only_the_key(archive: Archive) -> None:
    folder = archive.folder
    archive.close()
    before = hashlib.sha256(archive.database_path.read_bytes()).hexdigest()
    with Archive.open(folder, PASSPHRASE) as opened:
        opened.change_passphrase(PASSPHRASE, "ein neues Passwort", kdf=FAST)
    assert hashlib.sha256(archive.database_path.read_bytes()).hexdigest() == before
    with pytest.raises(WrongPassphrase):
        Archive.open(folder, PASSPHRASE)
    with Archive.open(folder, "ein neues Passwort") as reopened:
        assert reopened.stats().messages == 0


def test_database_swapped_for_another_archive_is_refused(tmp_path: Path) -> None:
    first = Archive.create(tmp_path / "first", PASSPHRASE, kdf=FAST)
    second = Archive.create(tmp_path / "second", PASSPHRASE, kdf=FAST)
    first.close()
    second.close()
    (tmp_path / "first" / "archive.db").write_bytes(
        (tmp_path / "second" / "archive.db").read_bytes()
    )
    with pytest.raises(ArchiveError, match="not an archive database"):
        Archive.open(tmp_path / "first", PASSPHRASE)


def test_sql_cannot_load_extensions(archive: Archive) -> None:
    with archive.engine.connect() as connection, pytest.raises(OperationalError):
        connection.execute(text("SELECT load_extension('/nonexistent/extension')"))
