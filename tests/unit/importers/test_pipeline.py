# SPDX-License-Identifier: GPL-3.0-or-later
"""The import pipeline on real archives: dedupe, sources, flags, labels, progress, cancel."""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from correspondence_app.importers import parsers, pipeline
from correspondence_app.importers.base import RawItem, Skipped, SourceTally
from correspondence_app.services import Archive
from correspondence_app.storage import writer
from correspondence_app.storage.tables import MessageSource

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

LETTER = (
    b"From: Anna <anna@example.de>\nTo: amt@example.de\nSubject: Antrag {n}\n"
    b"Message-ID: <{mid}@example.de>\nDate: Mon, 4 Mar 2024 10:00:00 +0100\n\nText {n}\n"
)


def letter(n: int, mid: str | None = None) -> bytes:
    return LETTER.replace(b"{n}", str(n).encode()).replace(b"{mid}", (mid or f"m{n}").encode())


def make_maildir(root: Path, files: dict[str, bytes]) -> Path:
    for part in ("cur", "new", "tmp"):
        (root / part).mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (root / name).write_bytes(data)
    return root


def test_same_bytes_twice_are_stored_once_with_both_locations(
    archive: Archive, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.eml", tmp_path / "copy.eml"
    first.write_bytes(letter(1))
    second.write_bytes(letter(1))
    report = archive.import_paths([first, second])
    assert (report.imported, report.duplicates) == (1, 1)
    (message,) = archive.list_messages()
    locations = {s.location for s in archive.message(message.id).sources}
    assert locations == {str(first), str(second)}


def test_same_message_id_with_other_content_keeps_both(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(letter(1, mid="same"))
    (tmp_path / "b.eml").write_bytes(letter(2, mid="same"))
    report = archive.import_paths([tmp_path])
    assert report.imported == 2
    assert [m.message_id for m in archive.list_messages()] == ["same@example.de"] * 2
    assert report.skipped == ()  # the archive folder inside tmp_path is left alone


def test_maildir_flags_and_folders_are_kept(archive: Archive, tmp_path: Path) -> None:
    root = make_maildir(tmp_path / "Mail", {"cur/1700000000.1.host:2,RS": letter(1)})
    make_maildir(root / ".Sent", {"cur/1700000001.2.host:2,S": letter(2)})
    archive.import_paths([root])
    with archive.session() as session:
        rows = {(s.folder, s.flags) for s in session.scalars(select(MessageSource))}
    assert rows == {("INBOX", "RS"), ("Sent", "S")}


def test_gmail_labels_are_kept_with_the_source(archive: Archive, tmp_path: Path) -> None:
    mbox = tmp_path / "All mail Including Spam and Trash.mbox"
    message = b'X-Gmail-Labels: Inbox,"Botschaft, Moskau",Wichtig\n' + letter(1)
    mbox.write_bytes(b"From 1234@xxx Mon Mar 04 10:00:00 +0000 2024\n" + message + b"\n")
    archive.import_paths([mbox])
    with archive.session() as session:
        (source,) = session.scalars(select(MessageSource))
    assert json.loads(source.labels) == ["Inbox", "Botschaft, Moskau", "Wichtig"]
    assert source.kind.value == "mbox"
    assert source.offset == 0


def test_message_without_date_takes_the_envelope_date_and_says_so(
    archive: Archive, tmp_path: Path
) -> None:
    mbox = tmp_path / "inbox"
    mbox.write_bytes(b"From a@example.org Tue Mar 04 03:33:20 2003\nSubject: no date\n\nx\n")
    archive.import_paths([mbox])
    (summary,) = archive.list_messages()
    assert summary.is_date_inferred
    assert summary.date_at is not None
    assert summary.date_at.isoformat() == "2003-03-04T03:33:20+00:00"


def test_progress_is_reported_and_cancel_stops_between_batches(
    archive: Archive, tmp_path: Path
) -> None:
    for n in range(300):
        (tmp_path / f"{n}.eml").write_bytes(letter(n))
    reports: list[tuple[int, int, str, int]] = []
    cancel = threading.Event()

    def progress(done: int, total: int, note: str, /, *, messages: int = 0) -> None:
        reports.append((done, total, note, messages))

    archive.import_paths([tmp_path], progress=progress, workers=0)
    assert reports[-1][0] == reports[-1][1] > 0
    assert "messages" in reports[-1][2]
    assert reports[-1][3] == 300  # the count, for a window to word itself
    cancel.set()
    for n in range(300, 310):
        (tmp_path / f"{n}.eml").write_bytes(letter(n))
    report = archive.import_paths([tmp_path], cancel=cancel, workers=0)
    assert report.cancelled
    assert report.imported == 0
    assert archive.import_paths([tmp_path]).imported == 10


def test_workers_and_in_process_parsing_store_the_same(tmp_path: Path, corpora: Path) -> None:
    from correspondence_app.crypto.keys import KdfParams

    source = corpora / "notmuch"
    counts = []
    for workers in (0, 2):
        with Archive.create(tmp_path / f"a{workers}", "pw", kdf=KdfParams()) as archive:
            report = archive.import_paths([source], workers=workers)
            counts.append(
                (
                    report.imported,
                    report.duplicates,
                    report.quarantined,
                    [m.sha256 for m in archive.list_messages()],
                )
            )
    assert counts[0] == counts[1]


def test_a_message_that_stalls_its_worker_is_quarantined_and_the_rest_go_on(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With timeouts shorter than any parse, every message counts as one that hangs.
    monkeypatch.setattr(pipeline, "WORKERS_FROM_BYTES", 0)
    monkeypatch.setattr(parsers, "CHUNK_TIMEOUT_S", 0.001)
    monkeypatch.setattr(parsers, "MESSAGE_TIMEOUT_S", 0.001)
    for n in range(3):
        (tmp_path / f"{n}.eml").write_bytes(letter(n))
    report = archive.import_paths([tmp_path], workers=2)
    assert (report.imported, report.quarantined) == (0, 3)
    assert all("took longer than" in e.reason for e in archive.quarantine())
    monkeypatch.setattr(parsers, "CHUNK_TIMEOUT_S", 120.0)
    monkeypatch.setattr(parsers, "MESSAGE_TIMEOUT_S", 60.0)
    (tmp_path / "3.eml").write_bytes(letter(3))
    assert archive.import_paths([tmp_path], workers=2).imported == 1


def test_a_failed_batch_write_is_the_error_reported(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Batches of 10; the second one holds a message SQLite refuses (a trigger), and the third
    # one's messages name a sender first stored in the second.
    monkeypatch.setattr(writer, "BATCH_MESSAGES", 10)
    with archive.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN NEW.subject = 'Antrag 15' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"
        )
    for n in range(30):
        data = letter(n)
        if n >= 10:
            data = data.replace(b"anna@example.de", b"bert@example.de")
        (tmp_path / f"{n:02d}.eml").write_bytes(data)
    with pytest.raises(IntegrityError) as raised:
        archive.import_paths(sorted(tmp_path.glob("*.eml")), workers=0)
    assert "refused by the test trigger" in str(raised.value)
    assert archive.stats().messages == 10  # the first batch, whole
    with archive.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER refuse")
    assert archive.import_paths([tmp_path], workers=0).imported == 20
    assert archive.verify().ok


def test_a_source_that_fails_while_read_has_everything_read_before_it_stored(
    archive: Archive,
) -> None:
    """A connection that drops after 30 messages, fewer than a chunk: all 30 are stored
    before the failure is raised, so the next run fetches only the rest."""
    assert pipeline.CHUNK_ITEMS > 30

    def fetched_until_the_connection_drops() -> Iterator[tuple[int, RawItem | Skipped]]:
        for n in range(30):
            yield 0, RawItem(raw=letter(n), kind="imap", location="imap://a@b/INBOX", offset=n)
        raise ConnectionResetError("the connection was reset")

    tallies = [SourceTally("INBOX")]
    with pytest.raises(ConnectionResetError):
        pipeline.import_items(
            archive.engine, fetched_until_the_connection_drops(), tallies, 10_000, workers=0
        )
    assert archive.stats().messages == 30
    assert tallies[0].imported == 30
    assert archive.verify().ok
