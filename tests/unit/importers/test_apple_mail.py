# SPDX-License-Identifier: GPL-3.0-or-later
"""Apple Mail's files: a mailbox exported from Apple Mail is found under its own name, not
as "mbox", and its description of the mailbox is no file to skip; a message of Apple Mail's
store (.emlx) is imported without Apple's length line and property list, dated by the time
Apple Mail received it when it has no Date field, and known again in another copy of it; a
.partial.emlx, whose attachments Apple Mail keeps apart, is kept whole in quarantine; the
attachments Apple Mail keeps apart are not read as mail."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.importers.apple_mail import PARTIAL, is_emlx, mailbox_of, read_emlx
from correspondence_app.importers.base import FileFormat
from correspondence_app.importers.detect import detect_format
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

ANTRAG = (
    b"From: Katharina Vogel <katja@example.de>\nTo: amt@example.de\n"
    b"Subject: Antrag auf humanitaeres Visum\nDate: Mon, 02 Jun 2025 10:00:00 +0200\n"
    b"Message-ID: <antrag@example.de>\n\nSehr geehrte Damen und Herren,\n"
)
UNDATED = (
    b"From: Dmitri <dmitri@example.ru>\nTo: katja@example.de\nSubject: Lebenszeichen\n"
    b"Message-ID: <undated@example.ru>\n\nIch lebe.\n"
)
RECEIVED = datetime(2025, 6, 3, 8, 30, tzinfo=UTC)
PLIST = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
    b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
    b'<plist version="1.0">\n<dict>\n\t<key>date-received</key>\n'
    b"\t<integer>" + str(int(RECEIVED.timestamp())).encode() + b"</integer>\n"
    b"\t<key>flags</key>\n\t<integer>8590195713</integer>\n</dict>\n</plist>\n"
)


def emlx(message: bytes) -> bytes:
    """An .emlx file as Apple Mail writes it: the length padded with spaces, the message,
    Apple's property list."""
    return str(len(message)).encode().ljust(10) + b"\n" + message + PLIST


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        yield opened


def test_an_exported_mailbox_is_found_under_its_own_name(archive: Archive, tmp_path: Path) -> None:
    export = tmp_path / "Export"
    for name, message in (("Posteingang", UNDATED), ("Behörden", ANTRAG)):
        mailbox = export / f"{name}.mbox"
        mailbox.mkdir(parents=True)
        (mailbox / "mbox").write_bytes(b"From MAILER-DAEMON Mon Jun  2 10:00:00 2025\n" + message)
        (mailbox / "Info.plist").write_bytes(PLIST)
        (mailbox / "table_of_contents").write_bytes(b"\x00\x00\x01\x02toc" * 20)
    report = archive.import_paths([export], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (2, 0, ())
    assert sorted(folder.name for folder in archive.folders()) == ["Behörden", "Posteingang"]


def store(root: Path) -> Path:
    """A mailbox of Apple Mail's store: two whole messages, one partial with its
    attachment kept apart (a PDF and a text file), and the mailbox's description."""
    mailbox = root / "V10" / "4F2A-ACCOUNT" / "INBOX.mbox"
    messages = mailbox / "9C1E-STORE" / "Data" / "1" / "Messages"
    messages.mkdir(parents=True)
    (mailbox / "Info.plist").write_bytes(PLIST)
    (messages / "101.emlx").write_bytes(emlx(ANTRAG))
    (messages / "102.emlx").write_bytes(emlx(UNDATED))
    partial = ANTRAG.replace(b"<antrag@", b"<partial@") + b"\n(attachment kept apart)\n"
    (messages / "103.partial.emlx").write_bytes(emlx(partial))
    attachments = messages.parent / "Attachments" / "103" / "2"
    attachments.mkdir(parents=True)
    (attachments / "Attest.pdf").write_bytes(b"%PDF-1.4 attest")
    (attachments / "Notiz.txt").write_bytes(b"Anruf vom Krankenhaus\n")
    return root


def test_messages_of_apple_mails_store_are_imported_under_their_mailbox(
    archive: Archive, tmp_path: Path
) -> None:
    report = archive.import_paths([store(tmp_path / "Mail")], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (2, 1, ())
    assert [folder.name for folder in archive.folders()] == ["INBOX"]
    messages = {message.subject: message for message in archive.list_messages()}
    assert archive.raw(messages["Antrag auf humanitaeres Visum"].id) == ANTRAG
    undated = messages["Lebenszeichen"]
    assert archive.raw(undated.id) == UNDATED
    assert (undated.date_at, undated.date_source) == (RECEIVED, "envelope")
    [entry] = archive.quarantine()
    assert entry.reason == PARTIAL
    assert entry.location.endswith("103.partial.emlx")
    assert archive.quarantine_original(entry.id) == emlx(  # kept whole
        ANTRAG.replace(b"<antrag@", b"<partial@") + b"\n(attachment kept apart)\n"
    )


def test_a_message_in_apple_mails_store_and_in_an_export_is_stored_once(
    archive: Archive, tmp_path: Path
) -> None:
    archive.import_paths([store(tmp_path / "Mail")], workers=1)
    exported = tmp_path / "Export" / "INBOX.mbox"
    exported.mkdir(parents=True)
    (exported / "mbox").write_bytes(b"From MAILER-DAEMON Mon Jun  2 10:00:00 2025\n" + ANTRAG)
    report = archive.import_paths([exported], workers=1)
    assert (report.imported, report.duplicates) == (0, 1)


def test_an_emlx_in_a_zip_is_read_as_in_a_folder(archive: Archive, tmp_path: Path) -> None:
    bundle = tmp_path / "Mail.zip"
    with zipfile.ZipFile(bundle, "w") as packed:
        packed.writestr("Mail/V10/A/Archiv.mbox/B/Data/Messages/7.emlx", emlx(UNDATED))
    report = archive.import_paths([bundle], workers=1)
    assert report.imported == 1
    [message] = archive.list_messages()
    assert archive.raw(message.id) == UNDATED
    assert message.date_at == RECEIVED
    assert [folder.name for folder in archive.folders()] == ["Archiv"]


@pytest.mark.parametrize(
    ("head", "is_apple"),
    [
        (emlx(ANTRAG), True),
        (b"1234\r\nReturn-Path: <a@b.c>\r\n", True),
        (ANTRAG, False),
        (b"1234\n\nnot a header\n", False),
        (b"2024 was a year\nFrom: a@b.c\n", False),
    ],
)
def test_an_emlx_file_is_told_by_its_first_bytes(head: bytes, is_apple: bool) -> None:
    assert is_emlx(head) is is_apple
    assert (detect_format(head)[0] is FileFormat.EMLX) is is_apple


def test_a_cut_emlx_and_a_damaged_property_list_lose_nothing() -> None:
    cut = emlx(ANTRAG)[: -len(PLIST) - 10]
    assert read_emlx(cut, "5.emlx").message == cut  # kept whole, for the quarantine
    assert read_emlx(cut, "5.emlx").problem
    damaged = emlx(ANTRAG)[: -len(PLIST)] + b"<?xml <plist><dict><key>date-rec"
    read = read_emlx(damaged, "6.emlx")
    assert (read.message, read.received_at, read.problem) == (ANTRAG, None, "")


def test_the_mailbox_is_the_nearest_folder_named_so() -> None:
    from pathlib import PurePosixPath

    path = PurePosixPath("/Users/k/Library/Mail/V10/A/Archiv.mbox/2024.mbox/B/Data/1.emlx")
    assert mailbox_of(path) == "2024"
    assert mailbox_of(PurePosixPath("/home/k/mail/1.eml")) == ""
    assert mailbox_of(PurePosixPath("/home/k/.mbox/1.eml")) == ""
