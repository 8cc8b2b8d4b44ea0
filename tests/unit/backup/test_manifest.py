# SPDX-License-Identifier: GPL-3.0-or-later
"""backup.json: read back as written, and any change caught by its checksum."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from correspondence_app.backup.manifest import (
    Manifest,
    ManifestError,
    folder_name,
    is_backup_name,
    is_partial_name,
    originals_digest,
)

if TYPE_CHECKING:
    from pathlib import Path

MANIFEST = Manifest(
    archive_id="8d6b6f40-3a52-4b35-8d4c-1f0e6b2d9a11",
    archive_name="Archiv Müller",
    created_at=datetime(2026, 3, 1, 9, 30, 5, 123456, tzinfo=UTC),
    verified_at=datetime(2026, 3, 1, 9, 30, 9, tzinfo=UTC),
    app_version="0.1.0",
    schema_revision="0015",
    messages=285,
    attachments=82,
    quarantined=1,
    originals=285,
    originals_sha256="a" * 64,
    database_sha256="b" * 64,
    database_bytes=2_433_024,
    key_sha256="c" * 64,
)


def test_manifest_reads_back_as_written(tmp_path: Path) -> None:
    MANIFEST.save(tmp_path)
    assert Manifest.load(tmp_path) == MANIFEST
    assert (tmp_path / "backup.json").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("messages", 284),
        ("created_at", "2026-03-01T09:30:05.123456+00:00".replace("09:30", "09:31")),
        ("app_version", "0.1.1"),
        ("checksum", "c" * 64),
    ],
)
def test_a_changed_field_is_caught_by_the_checksum(field: str, value: object) -> None:
    document = json.loads(MANIFEST.to_bytes())
    document[field] = value
    with pytest.raises(ManifestError, match="checksum"):
        Manifest.from_bytes(json.dumps(document).encode())


def test_every_single_flipped_byte_is_caught() -> None:
    data = MANIFEST.to_bytes()
    harmless = 0
    for offset in range(len(data)):
        changed = bytearray(data)
        changed[offset] ^= 0x01
        try:
            read = Manifest.from_bytes(bytes(changed))
        except ManifestError:
            continue
        # Only layout may change unnoticed (a space that became a tab), never a value.
        assert read == MANIFEST, offset
        harmless += 1
    assert harmless < len(data) // 10


def test_a_manifest_of_something_else_is_refused() -> None:
    with pytest.raises(ManifestError, match="not a Correspondence Archive"):
        Manifest.from_bytes(b'{"format": "other"}')
    with pytest.raises(ManifestError, match="not JSON"):
        Manifest.from_bytes(b"\xff\xfe")


def test_folder_names_sort_by_time_and_say_whose_backup_they_are() -> None:
    name = folder_name("archive", MANIFEST.created_at)
    assert name == "archive-backup-20260301-093005"
    assert folder_name("archive", MANIFEST.created_at, 2) == f"{name}-2"
    assert is_backup_name(name, "archive")
    assert is_backup_name(f"{name}-2", "archive")
    assert not is_backup_name(name, "other")
    assert not is_backup_name("archive-backup-notes", "archive")
    assert is_partial_name(f"{name}.partial", "archive")
    assert not is_backup_name(f"{name}.partial")
    # An archive whose own name holds the infix is still told apart.
    assert is_backup_name(folder_name("my-backup-2024", MANIFEST.created_at), "my-backup-2024")


def test_the_originals_digest_does_not_depend_on_their_order() -> None:
    assert originals_digest(["b" * 64, "a" * 64]) == originals_digest(["a" * 64, "b" * 64])
    assert originals_digest(["a" * 64]) != originals_digest(["a" * 64, "b" * 64])
