# SPDX-License-Identifier: GPL-3.0-or-later
"""The quarantine tried again: a message that can be read now (here: one quarantined because
parsing it took too long on a busy computer) becomes a message where it was found, under its
folder, and leaves the quarantine; one that still cannot be read stays as it was; what was
salvaged of an Outlook item is not tried; a second try changes nothing."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import insert, select, update

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive
from correspondence_app.storage.queries import OffsetCounts
from correspondence_app.storage.tables import ImportRun, MessageSource, QuarantineItem
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

GOOD = (
    b"From: Sergej <sergej@example.net>\nTo: katja@example.de\nSubject: Lebenszeichen\n"
    b"Date: Mon, 02 Jun 2025 10:00:00 +0300\nMessage-ID: <late@example.net>\n\nIch lebe.\n"
)
SALVAGED = (
    b"From: amt@example.de\nSubject: Bescheid\nMessage-ID: <salvaged@example.de>\n\n"
    b"(what could be read of an Outlook item)\n"
)
BAD = b"\x00\x01 not mail at all \x02" * 10
NO_HEADER = b"Just some text that is not a mail.\n\nSee you.\n"  # quarantined: may be a message


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    mail = tmp_path / "Posteingang"
    mail.mkdir()
    (mail / "bad.eml").write_bytes(NO_HEADER)
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        assert opened.import_paths([mail], workers=1).quarantined == 1
        quarantine(opened, GOOD, "mbox", "parsing took longer than 60 s", 120)
        quarantine(opened, SALVAGED, "pst", "Outlook item cannot be converted (OSError: x)", 7)
        yield opened


def quarantine(archive: Archive, data: bytes, kind: str, reason: str, offset: int = -1) -> None:
    """``data`` quarantined as an earlier import would have, found in /mail/Briefe.KIND."""
    with archive.engine.begin() as connection:
        run = connection.execute(select(ImportRun.id).limit(1)).scalar_one()
        connection.execute(
            insert(QuarantineItem).values(
                sha256=hashlib.sha256(data).hexdigest(),
                size_bytes=len(data),
                compression="none",
                data=data,
                reason=reason,
                kind=kind,
                location=f"/mail/Briefe.{kind}",
                offset=offset,
                folder="Briefe",
                import_run_id=run,
                quarantined_at=datetime(2025, 6, 3, tzinfo=UTC),
            )
        )


def test_a_message_read_now_leaves_the_quarantine_for_the_archive(archive: Archive) -> None:
    before = {entry.sha256: entry for entry in archive.quarantine()}
    report = archive.retry_quarantine(workers=0)
    assert (report.tried, report.imported, report.duplicates, report.remaining) == (2, 1, 0, 2)
    [message] = archive.list_messages()
    assert message.subject == "Lebenszeichen"
    assert archive.raw(message.id) == GOOD
    with archive.session() as session:
        source = session.execute(select(MessageSource)).scalar_one()
    assert (source.location, source.offset) == ("/mail/Briefe.mbox", 120)
    assert [folder.name for folder in archive.folders()] == ["Briefe"]
    after = {entry.sha256: entry for entry in archive.quarantine()}
    assert hashlib.sha256(GOOD).hexdigest() not in after
    for sha256, entry in after.items():  # the others as they were
        assert entry == before[sha256]
    assert [entry.kind for entry in after.values()] == ["eml", "pst"]
    assert archive.thread_of("late@example.net").messages  # threaded, as after an import
    assert archive.verify().ok


def test_a_second_try_changes_nothing(archive: Archive) -> None:
    archive.retry_quarantine(workers=0)
    quarantined = archive.quarantine()
    again = archive.retry_quarantine(workers=0)
    assert (again.tried, again.imported, again.remaining) == (1, 0, 2)
    assert archive.quarantine() == quarantined
    assert len(archive.list_messages()) == 1


def test_a_message_quarantined_now_keeps_its_folder(archive: Archive) -> None:
    with archive.session() as session:
        folders = dict(session.execute(select(QuarantineItem.kind, QuarantineItem.folder)).all())
    assert folders["eml"] == "Posteingang"


def test_a_quarantined_message_keeps_the_date_its_mailbox_gave(tmp_path: Path) -> None:
    mbox = tmp_path / "Briefe.mbox"
    mbox.write_bytes(b"From amt@example.de Mon Jun  2 10:00:00 2025\n" + BAD + b"\n")
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        assert opened.import_paths([mbox], workers=1).quarantined == 1
        with opened.session() as session:
            row = session.execute(select(QuarantineItem)).scalar_one()
    assert (row.fallback_date, row.fallback_source) == (
        datetime(2025, 6, 2, 10, tzinfo=UTC),
        "envelope",
    )


def test_a_message_read_now_is_dated_as_its_mailbox_dated_it(tmp_path: Path) -> None:
    undated = GOOD.replace(b"Date: Mon, 02 Jun 2025 10:00:00 +0300\n", b"")
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        opened.import_paths([], workers=1)
        quarantine(opened, undated, "mbox", "parsing took longer than 60 s", 120)
        with opened.engine.begin() as connection:
            connection.execute(
                update(QuarantineItem).values(
                    fallback_date=datetime(2025, 6, 2, 7, tzinfo=UTC), fallback_source="envelope"
                )
            )
        assert opened.retry_quarantine(workers=0).imported == 1
        [message] = opened.list_messages()
    assert message.date_at == datetime(2025, 6, 2, 7, tzinfo=UTC)
    assert message.date_source == "envelope"


def test_each_entry_says_what_its_offset_counts(archive: Archive) -> None:
    """A UID for a message of an account, an item number in an Outlook data file, a byte
    in a file of many messages, nothing for a file that is the message."""
    quarantine(archive, NO_HEADER + b"(an account's)", "imap", "no mail header fields", 20)
    counts = {entry.kind: entry.offset_counts for entry in archive.quarantine()}
    assert counts == {
        "eml": OffsetCounts.NOTHING,
        "mbox": OffsetCounts.BYTE,
        "pst": OffsetCounts.ITEM,
        "imap": OffsetCounts.UID,
    }
