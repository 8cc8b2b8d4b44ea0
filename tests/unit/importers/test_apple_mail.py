# SPDX-License-Identifier: GPL-3.0-or-later
"""Apple Mail's files: a mailbox exported from Apple Mail is found under its own name, not
as "mbox", and its description of the mailbox is no file to skip; a message of Apple Mail's
store (.emlx) is imported without Apple's length line and property list, dated by the time
Apple Mail received it when it has no Date field, and known again in another copy of it; a
.partial.emlx, whose attachments Apple Mail keeps apart, is put together with them, in a
folder or a ZIP of the store, or else kept whole in quarantine; the attachments Apple Mail
keeps apart are not read as mail."""

from __future__ import annotations

import email
import email.policy
import tarfile
import zipfile
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.importers.apple_mail import (
    PARTIAL,
    PARTIAL_IN_TAR,
    is_emlx,
    kept_apart_in,
    mailbox_of,
    read_emlx,
)
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


# A forwarded letter as Apple Mail keeps it when its attachments are in files of their
# own: text, then a mixed part whose attachments (2.2 and 2.4) were emptied.
PARTIAL_LETTER = b"""From: Katharina Vogel <katja@example.de>
To: kanzlei@example.de
Subject: Fwd: Attest und Vollmacht
Message-Id: <partial@example.de>
Date: Tue, 03 Jun 2025 09:00:00 +0200
Mime-Version: 1.0 (Mac OS X Mail 16.0)
Content-Type: multipart/alternative;
\tboundary="Apple-Mail=_OUTER"


--Apple-Mail=_OUTER
Content-Transfer-Encoding: 7bit
Content-Type: text/plain;
\tcharset=us-ascii

Anbei Attest und Vollmacht.

--Apple-Mail=_OUTER
Content-Type: multipart/mixed;
\tboundary="Apple-Mail=_INNER"


--Apple-Mail=_INNER
Content-Transfer-Encoding: 7bit
Content-Type: text/html;
\tcharset=us-ascii

<html><body>Anbei Attest und Vollmacht.</body></html>
--Apple-Mail=_INNER
Content-Transfer-Encoding: base64
Content-Disposition: attachment;
\tfilename=Attest.pdf
Content-Type: application/pdf;
\tname=Attest.pdf
X-Apple-Content-Length: 1352


--Apple-Mail=_INNER
Content-Transfer-Encoding: 7bit
Content-Type: text/html;
\tcharset=us-ascii

<html><body></body></html>
--Apple-Mail=_INNER
Content-Transfer-Encoding: quoted-printable
Content-Disposition: attachment;
\tfilename=Vollmacht.txt
Content-Type: text/plain;
\tname=Vollmacht.txt;
\tcharset=utf-8
X-Apple-Content-Length: 61


--Apple-Mail=_INNER--

--Apple-Mail=_OUTER--
"""
ATTEST = b"%PDF-1.4\n" + bytes(range(256)) * 4
VOLLMACHT = "Hiermit bevollmächtige ich Frau Rechtsanwältin Krüger.\n".encode()


def store(root: Path, *, with_files: bool = True) -> Path:
    """A mailbox of Apple Mail's store: two whole messages, one partial with its
    attachments kept apart, and the mailbox's description."""
    mailbox = root / "V10" / "4F2A-ACCOUNT" / "INBOX.mbox"
    messages = mailbox / "9C1E-STORE" / "Data" / "1" / "Messages"
    messages.mkdir(parents=True)
    (mailbox / "Info.plist").write_bytes(PLIST)
    (messages / "101.emlx").write_bytes(emlx(ANTRAG))
    (messages / "102.emlx").write_bytes(emlx(UNDATED))
    (messages / "103.partial.emlx").write_bytes(emlx(PARTIAL_LETTER))
    if with_files:
        kept_apart = messages.parent / "Attachments" / "103"
        for section, name, content in (
            ("2.2", "Attest.pdf", ATTEST),
            ("2.4", "Vollmacht.txt", VOLLMACHT),
        ):
            (kept_apart / section).mkdir(parents=True)
            (kept_apart / section / name).write_bytes(content)
    return root


def test_messages_of_apple_mails_store_are_imported_under_their_mailbox(
    archive: Archive, tmp_path: Path
) -> None:
    report = archive.import_paths([store(tmp_path / "Mail")], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (3, 0, ())
    assert [folder.name for folder in archive.folders()] == ["INBOX"]
    messages = {message.subject: message for message in archive.list_messages()}
    assert archive.raw(messages["Antrag auf humanitaeres Visum"].id) == ANTRAG
    undated = messages["Lebenszeichen"]
    assert archive.raw(undated.id) == UNDATED
    assert (undated.date_at, undated.date_source) == (RECEIVED, "envelope")
    assert archive.verify().ok


def test_a_partial_message_is_put_together_with_its_attachments(
    archive: Archive, tmp_path: Path
) -> None:
    archive.import_paths([store(tmp_path / "Mail")], workers=1)
    [letter] = [m for m in archive.list_messages() if m.subject == "Fwd: Attest und Vollmacht"]
    whole = email.message_from_bytes(archive.raw(letter.id), policy=email.policy.default)
    found = {
        part.get_filename(): part.get_content() for part in whole.walk() if part.get_filename()
    }
    assert found == {"Attest.pdf": ATTEST, "Vollmacht.txt": VOLLMACHT.decode()}
    assert archive.raw(letter.id).startswith(PARTIAL_LETTER.split(b"X-Apple")[0])
    attachments = archive.message(letter.id).attachments
    sizes = {a.filename: a.size_bytes for a in attachments}
    assert (sizes["Attest.pdf"], sizes["Vollmacht.txt"]) == (len(ATTEST), len(VOLLMACHT))


def test_a_partial_message_whose_attachment_is_missing_is_kept_whole_in_quarantine(
    archive: Archive, tmp_path: Path
) -> None:
    root = store(tmp_path / "Mail", with_files=False)
    report = archive.import_paths([root], workers=1)
    assert (report.imported, report.quarantined) == (2, 1)
    [entry] = archive.quarantine()
    assert entry.reason == PARTIAL
    assert entry.location.endswith("103.partial.emlx")
    assert archive.quarantine_original(entry.id) == emlx(PARTIAL_LETTER)  # kept whole


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


def packed(root: Path, target: Path) -> Path:
    """The folder ``root`` packed into a ZIP or a tar archive, by ``target``'s suffix, with
    its path below ``root``'s parent, as a file manager packs a folder."""
    files = sorted(path for path in root.rglob("*") if path.is_file())
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w") as zipped:
            for path in files:
                zipped.write(path, path.relative_to(root.parent).as_posix())
    else:
        with tarfile.open(target, "w") as tarred:
            for path in files:
                tarred.add(path, path.relative_to(root.parent).as_posix())
    return target


def test_a_zip_of_apple_mails_store_is_read_as_the_store_itself(
    archive: Archive, tmp_path: Path
) -> None:
    """The .partial.emlx is put together from the attachments in the ZIP, byte for byte as
    from the folder; the attachments and the mailbox's description are not read as mail."""
    zipped = packed(store(tmp_path / "Mail"), tmp_path / "Mail.zip")
    report = archive.import_paths([zipped], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (3, 0, ())
    assert [folder.name for folder in archive.folders()] == ["INBOX"]
    [letter] = [m for m in archive.list_messages() if m.subject == "Fwd: Attest und Vollmacht"]
    from_zip = archive.raw(letter.id)
    attachments = {a.filename: a.size_bytes for a in archive.message(letter.id).attachments}
    assert (attachments["Attest.pdf"], attachments["Vollmacht.txt"]) == (
        len(ATTEST),
        len(VOLLMACHT),
    )
    with Archive.create(tmp_path / "from folder", PASSPHRASE, kdf=KdfParams()) as other:
        other.import_paths([tmp_path / "Mail"], workers=1)
        [same] = [m for m in other.list_messages() if m.subject == letter.subject]
        assert other.raw(same.id) == from_zip
    again = archive.import_paths([tmp_path / "Mail"], workers=1)  # the folder the ZIP was
    assert (again.imported, again.duplicates) == (0, 3)


def test_a_partial_message_in_a_zip_without_its_attachments_is_kept_in_quarantine(
    archive: Archive, tmp_path: Path
) -> None:
    root = store(tmp_path / "Mail")
    (
        root / "V10/4F2A-ACCOUNT/INBOX.mbox/9C1E-STORE/Data/1/Attachments/103/2.4/Vollmacht.txt"
    ).unlink()
    report = archive.import_paths([packed(root, tmp_path / "Mail.zip")], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (2, 1, ())
    [entry] = archive.quarantine()
    assert (entry.reason, archive.quarantine_original(entry.id)) == (PARTIAL, emlx(PARTIAL_LETTER))


def test_a_tar_of_apple_mails_store_keeps_a_partial_message_in_quarantine(
    archive: Archive, tmp_path: Path
) -> None:
    """A tar archive is read as it unpacks, the attachments perhaps after their message:
    the .partial.emlx is kept whole; its attachments are not read as mail of their own."""
    tarred = packed(store(tmp_path / "Mail"), tmp_path / "Mail.tar")
    report = archive.import_paths([tarred], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (2, 1, ())
    [entry] = archive.quarantine()
    assert entry.reason == PARTIAL_IN_TAR
    assert entry.location.endswith(
        "Mail.tar/Mail/V10/4F2A-ACCOUNT/INBOX.mbox/9C1E-STORE/Data/1/Messages/103.partial.emlx"
    )


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
    unknown = emlx(ANTRAG).replace(b'encoding="UTF-8"', b'encoding="UiF-8"')
    assert read_emlx(unknown, "7.emlx").received_at is None  # an encoding nobody knows


def test_the_mailbox_is_the_nearest_folder_named_so() -> None:
    from pathlib import PurePosixPath

    path = PurePosixPath("/Users/k/Library/Mail/V10/A/Archiv.mbox/2024.mbox/B/Data/1.emlx")
    assert mailbox_of(path) == "2024"
    assert mailbox_of(PurePosixPath("/home/k/mail/1.eml")) == ""
    assert mailbox_of(PurePosixPath("/home/k/.mbox/1.eml")) == ""


def test_the_parts_of_an_attached_message_are_numbered_as_imap_numbers_them(
    tmp_path: Path,
) -> None:
    letter = (
        b"From: a@example.de\nSubject: Fwd\nContent-Type: multipart/mixed; boundary=O\n\n"
        b"--O\nContent-Type: text/plain\n\nsiehe unten\n"
        b"--O\nContent-Type: message/rfc822\n\n"
        b"From: b@example.de\nSubject: Bescheid\nContent-Type: multipart/mixed; boundary=I\n\n"
        b"--I\nContent-Type: text/plain\n\nBescheid anbei\n"
        b"--I\nContent-Type: application/octet-stream; name=b.bin\n"
        b"Content-Transfer-Encoding: base64\nX-Apple-Content-Length: 4\n\n\n"
        b"--I--\n\n--O--\n"
    )
    kept_apart = tmp_path / "Attachments" / "7" / "2.2"
    kept_apart.mkdir(parents=True)
    (kept_apart / "b.bin").write_bytes(b"\x00\x01\x02\x03")
    read = read_emlx(emlx(letter), "7.partial.emlx", kept_apart_in(tmp_path / "Attachments"))
    assert read.problem == ""
    assert b"X-Apple-Content-Length: 4\n\nAAECAw==\n\n--I--" in read.message
