# SPDX-License-Identifier: GPL-3.0-or-later
"""One message in the copies mail programs keep of it: as the server sends it, as
Thunderbird saves it (on Linux and on Windows), as Gmail Takeout writes it, with only its
line ends changed (as mbsync keeps it), and as mutt and Alpine keep it in an mbox file once
it has been read."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.importers import mbox
from correspondence_app.importers.copies import (
    copy_identity,
    is_saved_copy,
    mailbox_copy_identity,
)
from correspondence_app.importers.mbox_items import FOLDER_DATA
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from pathlib import Path

SERVER = (
    b"From: =?utf-8?b?0KHQtdGA0LPQtdC5?= <sergej@example.ru>\r\n"
    b"To: Anna <anna@example.org>\r\nSubject: Lage\r\n"
    b"Message-ID: <copies-1@example.ru>\r\nDate: Tue, 05 Mar 2024 09:15:00 +0300\r\n\r\n"
    b"Ich bin noch im Krankenhaus.\r\nFrom here I cannot write often.\r\n"
    b">From the ward: a quoted line.\r\n"
)
MOZILLA = b"X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys:" + b" " * 80


def thunderbird_linux(raw: bytes) -> bytes:
    """As Thunderbird's mbox reader here gives it back: its fields in front, LF line ends,
    the quoted "From " lines unquoted once."""
    lines = raw.replace(b"\r\n", b"\n")
    return MOZILLA + b"\n" + lines.replace(b"\n>From ", b"\nFrom ")


def test_the_copies_of_a_message_have_its_identity() -> None:
    windows = MOZILLA.replace(b"\n", b"\r\n") + b"\r\n" + SERVER
    takeout = b"X-GM-THRID: 1790000000000000001\r\nX-Gmail-Labels: Inbox,Wichtig\r\n" + SERVER
    pop = b"X-Account-Key: account2\nX-UIDL: 0000a1b2\n" + thunderbird_linux(SERVER)
    identity = copy_identity(SERVER)
    # A copy with only its line ends changed is known by its bytes: they are the identity
    # (of a message with no quoted "From " line).
    plain = SERVER.replace(b">From the ward", b"On the ward")
    assert copy_identity(plain) == hashlib.sha256(plain.replace(b"\r\n", b"\n")).digest()
    for copy in (thunderbird_linux(SERVER), windows, takeout, pop, SERVER):
        assert is_saved_copy(copy) == (copy[:2] == b"X-")
        assert copy_identity(copy) == identity


def test_a_copy_out_of_an_mbox_file_is_read_without_the_files_separator_line(
    tmp_path: Path,
) -> None:
    # Mail whose text ends with an empty line of its own, and mail whose text does not.
    messages = [SERVER + b"\r\n", SERVER.replace(b"Subject: Lage", b"Subject: Lage 2")]
    folder = tmp_path / "INBOX"
    folder.write_bytes(
        b"".join(
            b"From - Tue Mar 05 09:15:00 2024\n" + thunderbird_linux(m) + b"\n" for m in messages
        )
    )
    read = [mbox.without_separator(raw) for _, _, raw in mbox.iter_mbox(folder)]
    assert [copy_identity(raw) for raw in read] == [copy_identity(m) for m in messages]
    assert copy_identity(messages[0]) != copy_identity(messages[1].replace(b"2", b""))
    windows = b"Subject: Lage\r\n\r\nText\r\n"
    assert mbox.without_separator(windows + b"\r\n") == windows
    assert mbox.without_separator(b"Subject: Lage\n\nText") == b"Subject: Lage\n\nText"


def test_a_messages_own_first_line_is_no_part_of_the_fields_in_front() -> None:
    odd = b" From: Sergej <sergej@example.ru>\r\nSubject: Lage\r\n\r\nText\r\n"
    assert copy_identity(thunderbird_linux(odd)) == copy_identity(odd)


def test_other_messages_have_other_identities() -> None:
    other_text = SERVER.replace(b"noch im Krankenhaus", b"wieder zu Hause")
    other_field = SERVER.replace(b"Subject: Lage", b"X-Mozilla-Status: 0001\r\nSubject: Lage")
    identities = {copy_identity(raw) for raw in (SERVER, other_text, other_field)}
    assert len(identities) == 3  # a program's field inside the header is the message's own
    assert not is_saved_copy(SERVER)
    assert not is_saved_copy(other_field)


def with_fields_at_the_end(raw: bytes, fields: bytes) -> bytes:
    header, body = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)
    return header + b"\n" + fields + b"\n\n" + body


MUTT_READ = b"Status: RO\nX-Status: A\nContent-Length: 92\nLines: 3"
MUTT_NEW = b"Content-Length: 92\nLines: 3"
ALPINE_READ = b"Status: RO\nX-Status: F\nX-Keywords: Wichtig Anwalt\nX-UID: 17"


def test_the_state_an_mbox_program_keeps_at_the_end_of_the_header_is_no_part_of_it() -> None:
    identity = copy_identity(SERVER)
    for fields in (MUTT_READ, MUTT_NEW, ALPINE_READ, b"X-IMAPbase: 1709626500 18\nStatus: O"):
        copy = with_fields_at_the_end(SERVER, fields)
        assert mailbox_copy_identity(copy) == identity, fields
        assert mailbox_copy_identity(copy.replace(b"\n", b"\r\n")) == identity, fields
    # As a Maildir file or an .eml the fields are the message's own: no mail program keeps
    # its state there.
    assert copy_identity(with_fields_at_the_end(SERVER, MUTT_READ)) != identity


def test_fields_that_are_the_messages_own_are_kept() -> None:
    identity = copy_identity(SERVER)
    lines = with_fields_at_the_end(SERVER, b"Lines: 3")  # mailing lists send it
    inside = SERVER.replace(b"Subject: Lage", b"Status: RO\r\nSubject: Lage")
    whole_header = b"Status: RO\nContent-Length: 4\n\nText\n"
    assert mailbox_copy_identity(lines) == copy_identity(lines) != identity
    assert mailbox_copy_identity(inside) == copy_identity(inside) != identity
    assert mailbox_copy_identity(whole_header) == copy_identity(whole_header)
    # Thunderbird keeps its state in front only: what ends its copy's header is the mail's.
    thunderbird = thunderbird_linux(with_fields_at_the_end(SERVER, b"Status: RO"))
    assert mailbox_copy_identity(thunderbird) == copy_identity(thunderbird) != identity
    assert mailbox_copy_identity(b"Subject: Lage\nStatus: RO") == copy_identity(
        b"Subject: Lage\nStatus: RO"
    )  # no body: the header never ends


def mbox_file(*messages: bytes) -> bytes:
    return b"".join(
        b"From sergej@example.ru Tue Mar  5 09:15:00 2024\n" + m + b"\n" for m in messages
    )


def test_an_mbox_read_again_after_its_mail_was_read_and_its_eml_copies_add_nothing(
    tmp_path: Path,
) -> None:
    first = SERVER.replace(b"\r\n", b"\n")
    second = first.replace(b"copies-1", b"copies-2").replace(b">From the ward", b"On the ward")
    letters = [first, second]  # the second without a line that begins with ">From "
    quoted = [
        m.replace(b"\n>From ", b"\n>>From ").replace(b"\nFrom ", b"\n>From ") for m in letters
    ]
    unread, read, alpine = tmp_path / "unread", tmp_path / "read", tmp_path / "alpine"
    for folder in (unread, read, alpine):
        folder.mkdir()
    (unread / "mbox").write_bytes(mbox_file(*quoted))
    (read / "mbox").write_bytes(mbox_file(*(with_fields_at_the_end(m, MUTT_READ) for m in quoted)))
    folder_data = (
        b"Date: Tue, 5 Mar 2024 09:15:00 +0100\n"
        b"From: Mail System Internal Data <MAILER-DAEMON@laptop>\n"
        b"Subject: DON'T DELETE THIS MESSAGE -- FOLDER INTERNAL DATA\n"
        b"Message-ID: <1709626500@laptop>\nX-IMAP: 1709626500 0000000002\nStatus: RO\n\n"
        b"This text is part of the internal format of your mail folder, and is not\n"
        b"a real message.  It is created automatically by the mail system software.\n"
    )
    (alpine / "mbox").write_bytes(
        mbox_file(folder_data, *(with_fields_at_the_end(m, ALPINE_READ) for m in quoted))
    )
    # Saved as .eml files: one as it was quoted nowhere, one with Windows line ends.
    eml, windows = tmp_path / "letter.eml", tmp_path / "windows.eml"
    eml.write_bytes(letters[0])
    windows.write_bytes(letters[1].replace(b"\n", b"\r\n"))
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        report = archive.import_paths([unread])
        assert (report.imported, report.duplicates) == (2, 0)
        again = archive.import_paths([read, alpine, eml, windows])
        assert (again.imported, again.duplicates, again.quarantined) == (0, 6, 0)
        assert [item.reason for item in again.skipped] == [FOLDER_DATA]
        assert len(archive.list_messages()) == 2
        # What was stored is the first copy, as it was.
        stored = {archive.raw(m.id) for m in archive.list_messages()}
        assert b"Status: RO" not in b"".join(stored)
