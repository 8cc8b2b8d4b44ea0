# SPDX-License-Identifier: GPL-3.0-or-later
"""One message in the copies mail programs keep of it: as the server sends it, as
Thunderbird saves it (on Linux and on Windows), as Gmail Takeout writes it, and with only
its line ends changed (as mbsync keeps it)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from correspondence_app.importers import mbox
from correspondence_app.importers.copies import copy_identity, is_saved_copy

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
