# SPDX-License-Identifier: GPL-3.0-or-later
"""Key file: sealing, unlocking, tampering and the on-disk format."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams, KeyFile, KeyFileError, WrongPassphrase

if TYPE_CHECKING:
    from pathlib import Path

FAST = KdfParams()


def test_key_file_round_trip_unlocks_with_the_passphrase(tmp_path: Path) -> None:
    key_file, database_key = KeyFile.create("geheim", FAST)
    key_file.save(tmp_path / "archive.key")
    loaded = KeyFile.load(tmp_path / "archive.key")
    assert loaded.unlock("geheim") == database_key
    assert len(database_key) == 32


def test_wrong_passphrase_is_refused() -> None:
    key_file, _ = KeyFile.create("geheim", FAST)
    with pytest.raises(WrongPassphrase):
        key_file.unlock("Geheim")


def test_kdf_settings_are_at_least_rfc_9106_second_option() -> None:
    params = KdfParams.tuned(target_s=0.01)
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 3
    assert params.lanes >= 4


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d.update(archive_id="00000000-0000-0000-0000-000000000000"),
        lambda d: d["slots"][0]["kdf"].update(iterations=4),
        lambda d: d["slots"][0].update(kind="recovery"),
    ],
    ids=["archive id", "kdf parameters", "slot kind"],
)
def test_changed_associated_data_breaks_the_seal(tamper: object) -> None:
    key_file, _ = KeyFile.create("geheim", FAST)
    document = json.loads(key_file.to_bytes())
    tamper(document)  # type: ignore[operator]
    with pytest.raises(WrongPassphrase):
        KeyFile.from_bytes(json.dumps(document).encode()).unlock("geheim")


def test_key_file_is_private_and_written_without_leftovers(tmp_path: Path) -> None:
    key_file, _ = KeyFile.create("geheim", FAST)
    path = tmp_path / "archive.key"
    key_file.save(path)
    key_file.save(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["archive.key"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "damaged key file"),
        (b'{"format": "something else"}', "not a Correspondence Archive key file"),
        (b'{"format": "correspondence-archive-key", "version": 99}', "unsupported"),
    ],
)
def test_broken_key_files_are_named(content: bytes, message: str) -> None:
    with pytest.raises(KeyFileError, match=message):
        KeyFile.from_bytes(content)


def test_new_passphrase_slot_replaces_the_old_one() -> None:
    key_file, database_key = KeyFile.create("alt", FAST)
    updated = key_file.with_slot("passphrase", "neu", database_key, FAST)
    assert len(updated.slots) == 1
    assert updated.unlock("neu") == database_key
    with pytest.raises(WrongPassphrase):
        updated.unlock("alt")
