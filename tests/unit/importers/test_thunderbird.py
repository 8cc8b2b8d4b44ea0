# SPDX-License-Identifier: GPL-3.0-or-later
"""Thunderbird profiles on a constructed profile tree: found through profiles.ini, their
mail folders listed with counts (subfolders in .sbd), imported whole without settings or
indexes, and messages deleted but not yet compacted away left out."""

from __future__ import annotations

import sys
import zipfile
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.importers import thunderbird
from correspondence_app.importers.mbox_items import DELETED_IN_THUNDERBIRD
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE
from tests.unit.importers.thunderbird_profile import PROFILE, thunderbird_home

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return thunderbird_home(tmp_path)


def test_profiles_are_found_through_profiles_ini(home: Path) -> None:
    profiles = thunderbird.find_profiles([home])
    assert [(p.name, p.path.name, p.is_default) for p in profiles] == [
        ("default-release", "abcd1234.default-release", True),
        ("old", "old.default", False),
    ]


def test_profiles_are_found_where_linux_keeps_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """~/.thunderbird, and for a new installation since Thunderbird 147 the XDG config
    folder; a folder reached by two names (a link) is one."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert thunderbird.profile_roots() == []
    (tmp_path / ".config").mkdir()
    xdg = thunderbird_home(tmp_path / "new").rename(tmp_path / ".config" / "thunderbird")
    assert thunderbird.profile_roots() == [xdg]
    assert len(thunderbird.find_profiles()) == 2
    (tmp_path / ".thunderbird").symlink_to(xdg)  # one folder, two names
    assert len(thunderbird.profile_roots()) == 1
    (tmp_path / ".thunderbird").unlink()
    legacy = thunderbird_home(tmp_path)
    assert thunderbird.profile_roots() == [legacy, xdg]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    assert thunderbird.profile_roots() == [legacy]


def test_folders_are_listed_with_the_messages_not_deleted(home: Path) -> None:
    profile = home / PROFILE
    found = {folder.name: folder.messages for folder in thunderbird.folders(profile)}
    assert found == {
        "Local Folders/Inbox": 2,
        "Local Folders/Inbox/Behörden": 1,
        "imap.example.org/INBOX": 1,
    }


def test_a_profile_is_imported_without_settings_indexes_or_deleted_mail(
    home: Path, tmp_path: Path
) -> None:
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        report = archive.import_paths([home / PROFILE], workers=1)
        subjects = sorted(message.subject for message in archive.list_messages())
        assert subjects == ["Antrag", "Hallo", "Privet", "Visum"]
        assert report.quarantined == 0
        assert [s.reason for s in report.skipped] == [DELETED_IN_THUNDERBIRD]
        folders = {folder.name for folder in archive.folders()}
        assert {"Inbox", "Behörden", "INBOX"} <= folders


def test_a_profile_thunderbird_exported_as_a_zip_is_read_as_the_profile(
    home: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "thunderbird-export.zip"
    profile = home / PROFILE
    with zipfile.ZipFile(exported, "w", compression=zipfile.ZIP_DEFLATED) as packed:
        for path in sorted(profile.rglob("*")):
            if path.is_file():
                packed.write(path, path.relative_to(profile).as_posix())
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        report = archive.import_paths([exported], workers=1)
        subjects = sorted(message.subject for message in archive.list_messages())
        assert subjects == ["Antrag", "Hallo", "Privet", "Visum"]
        assert report.quarantined == 0  # its indexes and settings are not read as mail
        assert [s.reason for s in report.skipped] == [DELETED_IN_THUNDERBIRD]
        again = archive.import_paths([home / PROFILE], workers=1)  # the same mail
        assert (again.imported, again.duplicates) == (0, 4)


def test_a_mail_folder_given_alone_skips_the_index_beside_it(home: Path, tmp_path: Path) -> None:
    local = home / PROFILE / "Mail" / "Local Folders"
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        report = archive.import_paths([local], workers=1)
        assert archive.stats().messages == 3
        assert report.quarantined == 0


def test_the_expunged_bit_alone_marks_a_message_deleted() -> None:
    assert thunderbird.is_expunged(b"X-Mozilla-Status: 0009\nSubject: a\n\nbody")
    assert not thunderbird.is_expunged(b"X-Mozilla-Status: 8001\nSubject: a\n\nbody")
    assert not thunderbird.is_expunged(b"Subject: a\n\nX-Mozilla-Status: 0009\n")  # body
