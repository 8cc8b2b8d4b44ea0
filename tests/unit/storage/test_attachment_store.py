# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments are kept once, in their messages' originals: their blobs hold no bytes, yet
each is given back byte for byte (an inline picture, an Outlook message's attachment from
the message converted from it, an attachment two messages share after one is gone); a file
entered by hand that is also an attachment keeps its own bytes; the check finds an
attachment its message no longer holds; an archive a newer version wrote is refused."""

from __future__ import annotations

import hashlib
from datetime import datetime
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import delete, insert, select, text, update

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.exporter import ExportError
from correspondence_app.export.source import Selection
from correspondence_app.services import Archive, ArchiveError
from correspondence_app.storage.attachment_store import PARTS_QUERY
from correspondence_app.storage.compression import PART
from correspondence_app.storage.people_tables import EventKind
from correspondence_app.storage.tables import Attachment, AttachmentBlob, Message, Original
from tests.conftest import PASSPHRASE
from tests.unit.export import letters

if TYPE_CHECKING:
    from collections.abc import Iterator

CORPORA = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"
PICTURE = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
SCAN = b"%PDF-1.4\n" + bytes(range(256)) * 40  # a scan both sent and entered by hand


def with_picture() -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = "Sergej <sergej@example.net>", "katja@example.de"
    message["Subject"], message["Message-ID"] = "Foto", "<picture@test.example>"
    message["Date"] = "Tue, 02 Apr 2024 10:00:00 +0300"
    message.set_content("Ein Foto.")
    message.add_alternative('<p>Ein Foto: <img src="cid:foto@x"></p>', subtype="html")
    html = message.get_body(("html",))
    assert isinstance(html, EmailMessage)
    html.add_related(PICTURE, "image", "png", cid="<foto@x>")
    message.add_attachment(SCAN, maintype="application", subtype="pdf", filename="scan.pdf")
    return message.as_bytes()


def with_scan(number: int) -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = "Sergej <sergej@example.net>", "katja@example.de"
    message["Subject"], message["Message-ID"] = f"Scan {number}", f"<scan-{number}@x>"
    message["Date"] = f"Wed, 0{number} May 2024 10:00:00 +0300"
    message.set_content(f"Noch einmal der Scan ({number}).")
    message.add_attachment(SCAN, maintype="application", subtype="pdf", filename="scan.pdf")
    return message.as_bytes()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "picture.eml").write_bytes(with_picture())
    (mail / "letter.eml").write_bytes(letters.letter(1, "store", "Mit Antrag.", attachment=True))
    (mail / "again.eml").write_bytes(with_scan(2))
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        assert opened.import_paths([mail], workers=1).imported == 3
        yield opened


def by_subject(archive: Archive, subject: str) -> int:
    return next(item.id for item in archive.list_messages() if item.subject == subject)


def test_attachments_are_given_back_from_the_originals_byte_for_byte(archive: Archive) -> None:
    with archive.session() as session:
        blobs = session.execute(select(AttachmentBlob.compression, AttachmentBlob.data)).all()
    assert len(blobs) == 3  # the scan once for the two messages that carry it
    assert {(compression, data) for compression, data in blobs} == {(PART, b"")}
    picture = by_subject(archive, "Foto")
    detail = archive.message(picture)
    for attachment in detail.attachments:
        content = archive.attachment_content(picture, attachment.position)
        assert hashlib.sha256(content).hexdigest() == attachment.sha256
        assert len(content) == attachment.size_bytes
    assert archive.inline_parts(picture) == {"foto@x": ("image/png", PICTURE)}
    letter = by_subject(archive, "Brief 1: Grüße, Привет")
    assert archive.attachment_content(letter, 0) == b"Antrag 1"
    assert archive.verify().ok


def test_an_attached_message_keeps_its_own_bytes(tmp_path: Path) -> None:
    """Its bytes are rebuilt from its parsed form, which a later Python's mail parser may
    rebuild otherwise: it does not depend on the original being parsed the same way."""
    inner = with_scan(3)
    forward = EmailMessage()
    forward["From"], forward["To"] = "katja@example.de", "kanzlei@example.de"
    forward["Subject"], forward["Message-ID"] = "Fwd: Scan 3", "<forward@x>"
    forward["Date"] = "Thu, 09 May 2024 10:00:00 +0200"
    forward.set_content("Weitergeleitet.")
    forward.add_attachment(inner, maintype="message", subtype="rfc822", filename="scan-3.eml")
    source = tmp_path / "forward.eml"
    source.write_bytes(forward.as_bytes())
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        assert archive.import_paths([source], workers=1).imported == 1
        [message] = archive.list_messages()
        [attached] = archive.message(message.id).attachments
        assert attached.content_type == "message/rfc822"
        with archive.session() as session:
            [(compression, data)] = session.execute(
                select(AttachmentBlob.compression, AttachmentBlob.data)
            ).all()
        assert compression != PART
        assert data
        with archive.session() as session, session.begin():  # no longer in the original
            session.execute(update(Original).values(data=b"", compression="none"))
        content = archive.attachment_content(message.id, attached.position)
        assert hashlib.sha256(content).hexdigest() == attached.sha256
        assert b"Subject: Scan 3" in content


def test_an_attachment_is_found_in_any_part_of_its_message(archive: Archive) -> None:
    """A later version may count a message's parts otherwise (here: a part an earlier one
    took for an attachment is now the message's text); the attachment is still found."""
    letter = by_subject(archive, "Brief 1: Grüße, Привет")
    body = next(
        part.get_payload(decode=True)
        for part in message_from_bytes(archive.raw(letter)).walk()
        if part.get_content_type() == "text/plain" and not part.get_filename()
    )
    assert isinstance(body, bytes)
    digest = hashlib.sha256(body).hexdigest()
    with archive.session() as session, session.begin():
        blob = session.execute(
            insert(AttachmentBlob)
            .values(sha256=digest, size_bytes=len(body), compression=PART, data=b"", text="")
            .returning(AttachmentBlob.id)
        ).scalar_one()
        session.execute(
            insert(Attachment).values(
                message_id=letter,
                position=5,
                blob_id=blob,
                filename="text.txt",
                content_type="text/plain",
                size_bytes=len(body),
            )
        )
    assert archive.attachment_content(letter, 5) == body
    assert archive.verify().ok


def test_a_shared_attachment_outlives_the_message_it_was_first_found_in(
    archive: Archive,
) -> None:
    first, second = by_subject(archive, "Foto"), by_subject(archive, "Scan 2")
    position = next(a.position for a in archive.message(second).attachments)
    with archive.session() as session, session.begin():
        session.execute(delete(Message).where(Message.id == first))
    assert archive.attachment_content(second, position) == SCAN
    assert archive.verify().ok


def test_a_file_entered_by_hand_keeps_its_bytes_when_it_is_also_an_attachment(
    archive: Archive,
) -> None:
    sergej = archive.people.person_of_address("sergej@example.net")
    assert sergej is not None
    event = archive.watchlist.add_event(
        sergej, datetime(2024, 5, 3, 12), EventKind.LETTER, file=("scan.pdf", SCAN)
    )
    with archive.session() as session, session.begin():
        session.execute(delete(Message).where(Message.subject.in_(["Foto", "Scan 2"])))
    assert archive.watchlist.event_file(event) == ("scan.pdf", SCAN)
    assert archive.verify().ok


def lose_the_attachment(archive: Archive, letter: int) -> None:
    """The letter's original changed so that its attachment ("Antrag 1") differs, with a
    SHA-256 that fits: only the attachment is lost."""
    changed = archive.raw(letter).replace(b"QW50cmFnIDE=", b"QW50cmFnIDI=")  # "Antrag 2"
    assert changed != archive.raw(letter)
    with archive.session() as session, session.begin():
        session.execute(
            update(Original)
            .where(Original.message_id == letter)
            .values(compression="none", data=changed, sha256=hashlib.sha256(changed).hexdigest())
        )


def test_the_check_names_an_attachment_its_message_no_longer_holds(archive: Archive) -> None:
    letter = by_subject(archive, "Brief 1: Grüße, Привет")
    lose_the_attachment(archive, letter)
    report = archive.verify()
    assert report.errors == (f"message {letter}: attachment 1 is no longer found in it",)


def test_an_attachment_an_earlier_version_stored_with_its_bytes_is_read_as_before(
    archive: Archive,
) -> None:
    letter = by_subject(archive, "Brief 1: Grüße, Привет")
    with archive.session() as session, session.begin():
        session.execute(
            update(AttachmentBlob)
            .where(AttachmentBlob.sha256 == hashlib.sha256(b"Antrag 1").hexdigest())
            .values(compression="none", data=b"Antrag 1")
        )
        session.execute(update(Original).where(Original.message_id == letter).values(data=b""))
    assert archive.attachment_content(letter, 0) == b"Antrag 1"  # not from the original


def test_an_outlook_message_s_attachment_comes_from_the_message_converted_from_it(
    tmp_path: Path,
) -> None:
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        report = archive.import_paths([CORPORA / "msgreader" / "attachmentFiles.msg"], workers=1)
        assert report.imported == 1
        [message] = archive.list_messages()
        attachments = archive.message(message.id).attachments
        assert attachments
        for attachment in attachments:
            content = archive.attachment_content(message.id, attachment.position)
            assert hashlib.sha256(content).hexdigest() == attachment.sha256
        assert archive.verify().ok


def test_an_archive_a_newer_version_wrote_is_refused_and_left_as_it_is(archive: Archive) -> None:
    folder = archive.folder
    with archive.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    archive.close()
    with pytest.raises(ArchiveError, match=r"made by a newer version of the program \(database "
                       r"revision 9999\): please update the program"):  # fmt: skip
        Archive.open(folder, PASSPHRASE)
    assert not list(folder.glob("*.bak"))  # no copy made: nothing is upgraded


def test_an_export_that_needs_a_lost_attachment_is_not_made(
    archive: Archive, tmp_path: Path
) -> None:
    letter = by_subject(archive, "Brief 1: Grüße, Привет")
    lose_the_attachment(archive, letter)
    with pytest.raises(ExportError) as refused:
        archive.exporter.export(Selection(query="*"), "html", tmp_path / "html")
    assert str(refused.value) == (
        f"the export was not made: message {letter}: attachment 1 is no longer found in it"
    )
    assert not (tmp_path / "html").exists()
    assert archive.exporter.log() == []


def test_the_query_of_kept_attachments_names_the_marker_the_import_writes() -> None:
    assert f"b.compression = '{PART}'" in PARTS_QUERY
