# SPDX-License-Identifier: GPL-3.0-or-later
"""Changes that add rows an import allocates ids for wait for no running import."""

from __future__ import annotations

import fcntl
import os
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from correspondence_app.services import LOCK_NAME, ArchiveBusyError
from correspondence_app.storage.people_tables import EventKind
from correspondence_app.tagging.identity import set_own_addresses
from tests.unit.tagging.conftest import MAIL, OWN, write_sources

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def test_a_running_import_keeps_out_changes_that_would_take_its_ids(
    archive: Archive, tmp_path: Path
) -> None:
    archive.import_paths(write_sources(tmp_path / "mail", list(MAIL)), workers=1)
    with archive.engine.begin() as connection:
        set_own_addresses(connection, [OWN])
    sergej = archive.people.person_of_address("sergej@example.org")
    when = datetime(2023, 6, 1, 12, tzinfo=UTC)
    descriptor = os.open(archive.folder / LOCK_NAME, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as an import holds it
        with pytest.raises(ArchiveBusyError):
            archive.watchlist.add_event(sergej, when, EventKind.PHONE, file=("a.png", b"x"))
        with pytest.raises(ArchiveBusyError):
            archive.ledger.add_paper_letter("Amt", when, "Antrag", scan=("s.pdf", b"%PDF"))
        # What adds no such rows goes on.
        archive.watchlist.watch(sergej)
    finally:
        os.close(descriptor)
    assert archive.watchlist.add_event(sergej, when, EventKind.PHONE, file=("a.png", b"x")) > 0


def test_a_check_keeps_out_imports_but_not_changes(archive: Archive, tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "mail", list(MAIL))
    archive.import_paths(sources, workers=1)
    sergej = archive.people.person_of_address("sergej@example.org")
    when = datetime(2023, 6, 1, 12, tzinfo=UTC)
    descriptor = os.open(archive.folder / LOCK_NAME, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)  # as a check holds it
        assert archive.watchlist.add_event(sergej, when, EventKind.PHONE, file=("a.png", b"x"))
        assert archive.ledger.add_paper_letter("Amt", when, "Antrag", scan=("s.pdf", b"%PDF"))
        assert archive.verify(exclusive=True).ok  # another check may run beside it
        with pytest.raises(ArchiveBusyError):
            archive.import_paths(sources, workers=1)
        with pytest.raises(ArchiveBusyError):
            archive.rethread()
    finally:
        os.close(descriptor)
    assert archive.import_paths(sources, workers=1).duplicates == len(MAIL)
