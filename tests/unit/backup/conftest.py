# SPDX-License-Identifier: GPL-3.0-or-later
"""Backup fixtures: an archive with real mail, a drive to back it up to, and a backup."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive

# Text of the notmuch corpus, stored uncompressed (subjects, bodies, the search index): in a
# database without encryption it can be read in the file.
KNOWN_TEXTS = (b"cworth@cworth.org", b"rewrite commit subject line", b"cifs: define inode-level")


@pytest.fixture
def filled(archive: Archive, corpora: Path) -> Archive:
    archive.import_paths([corpora / "notmuch"], workers=0)
    return archive


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    folder = tmp_path / "drive"
    folder.mkdir()
    return folder


@pytest.fixture
def backup(filled: Archive, drive: Path) -> Path:
    return filled.backups.make(drive).folder


def flip_byte(path: Path, offset: int | None = None, mask: int = 0xFF) -> None:
    """Flips bits of one byte, in the middle of the file unless offset is given."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2 if offset is None else offset] ^= mask
    path.write_bytes(bytes(data))
