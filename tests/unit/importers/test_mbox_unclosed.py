# SPDX-License-Identifier: GPL-3.0-or-later
"""Splitting an mbox whose messages leave a multipart open: the messages after one never
closed are messages of their own, while an unquoted mbox attached inside a part still is not
split, and the mboxrd files this application exports are split at every "From " line."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from correspondence_app.importers import mbox

if TYPE_CHECKING:
    from pathlib import Path

FOREIGN = b"From someone@example.org Mon Apr  1 10:00:00 2024\n"
EXPORTED = mbox.EXPORT_ENVELOPE + b"Mon Apr  1 10:00:00 2024\n"

NEVER_STARTED = (  # declares a multipart and never uses it, as CPython's msg_07
    b'Subject: unclosed\nContent-Type: multipart/mixed; boundary="B"\n\nno parts at all\n'
)
CUT_SHORT = (
    b'Subject: cut short\nContent-Type: multipart/mixed; boundary="B"\n\n'
    b"--B\nContent-Type: text/plain\n\nthe rest was lost\n"
)
PLAIN = b"Subject: plain\n\nplain text\n"
CLOSED = (
    b'Subject: closed\nContent-Type: multipart/mixed; boundary="B"\n\n'
    b"--B\nContent-Type: text/plain\n\npart\n--B--\n"
)
NESTED = (  # the same boundary, declared by a part on a folded line
    b'Subject: nested\nContent-Type: multipart/mixed; boundary="outer"\n\n'
    b'--outer\nContent-Type: multipart/alternative;\n boundary="B"\n\n'
    b"--B\nContent-Type: text/plain\n\nalternative\n--B--\n--outer--\n"
)
QUOTES_THE_CLOSING = b"Subject: boundaries in text\n\nThe line below closes nothing:\n--B--\n"
PATCH_SERIES = (  # an unquoted mbox of MIME messages attached as text
    b'Subject: the series\nContent-Type: multipart/mixed; boundary="X"\n\n'
    b"--X\nContent-Type: text/plain\n\nAttached.\n\n"
    b"--X\nContent-Type: text/plain; name=series.mbox\n\n"
    b"From 0123abcd Mon Sep 17 00:00:00 2001\n"
    b'Subject: [PATCH 1/2] one\nContent-Type: multipart/mixed; boundary="Y1"\n\n'
    b"--Y1\nContent-Type: text/plain\n\none\n--Y1--\n\n"
    b"From 4567cdef Mon Sep 17 00:00:00 2001\n"
    b'Subject: [PATCH 2/2] two\nContent-Type: multipart/mixed; boundary="Y2"\n\n'
    b"--Y2\nContent-Type: text/plain\n\ntwo\n--Y2--\n\n"
    b"--X--\n"
)


def split(tmp_path: Path, *entries: bytes) -> list[tuple[int, str, bytes]]:
    path = tmp_path / "inbox"
    path.write_bytes(b"".join(entries))
    messages = list(mbox.iter_mbox(path))
    data = path.read_bytes()
    assert all(data[offset:].startswith(envelope.encode()) for offset, envelope, _ in messages)
    return messages


def test_a_multipart_never_started_does_not_swallow_the_messages_after_it(
    tmp_path: Path,
) -> None:
    messages = split(tmp_path, FOREIGN, NEVER_STARTED, FOREIGN, PLAIN, FOREIGN, CLOSED)
    assert [raw for _, _, raw in messages] == [NEVER_STARTED, PLAIN, CLOSED]


@pytest.mark.parametrize("declaring", [CLOSED, NESTED], ids=["top-level", "in-a-part"])
def test_a_message_declaring_the_open_boundary_again_is_a_message_of_its_own(
    tmp_path: Path, declaring: bytes
) -> None:
    messages = split(tmp_path, FOREIGN, CUT_SHORT, FOREIGN, PLAIN, FOREIGN, declaring)
    assert [raw for _, _, raw in messages] == [CUT_SHORT, PLAIN, declaring]


def test_the_messages_after_the_one_read_again_are_split_as_usual(tmp_path: Path) -> None:
    after = b"Subject: after\n\n>From quoted\n"
    messages = split(
        tmp_path,
        *(FOREIGN, CUT_SHORT, FOREIGN, PLAIN, FOREIGN, CLOSED),
        *(FOREIGN, PATCH_SERIES, FOREIGN, after),
    )
    assert [raw for _, _, raw in messages] == [
        CUT_SHORT,
        PLAIN,
        CLOSED,
        PATCH_SERIES,
        b"Subject: after\n\nFrom quoted\n",
    ]


def test_an_attached_mbox_of_mime_messages_stays_inside_its_message(tmp_path: Path) -> None:
    # Its messages declare and close boundaries of their own, none the outer one.
    messages = split(tmp_path, FOREIGN, PATCH_SERIES, FOREIGN, PLAIN)
    assert [raw for _, _, raw in messages] == [PATCH_SERIES, PLAIN]


def test_every_from_line_of_an_exported_mbox_starts_a_message(tmp_path: Path) -> None:
    # Without the exporter's sender, the closing line quoted in the second message would
    # be taken for the closing of the first, and the two would be one.
    quoted = b"Subject: quoted\n\n>From the start\n>>From deeper\n"
    messages = split(tmp_path, EXPORTED, CUT_SHORT, EXPORTED, QUOTES_THE_CLOSING, EXPORTED, quoted)
    assert [raw for _, _, raw in messages] == [
        CUT_SHORT,
        QUOTES_THE_CLOSING,
        b"Subject: quoted\n\nFrom the start\n>From deeper\n",
    ]
    assert all(envelope.startswith(f"From {mbox.EXPORT_SENDER} ") for _, envelope, _ in messages)


def test_an_export_joined_to_another_mbox_keeps_its_messages_apart(tmp_path: Path) -> None:
    messages = split(tmp_path, FOREIGN, CUT_SHORT, EXPORTED, CUT_SHORT, FOREIGN, QUOTES_THE_CLOSING)
    assert [raw for _, _, raw in messages] == [CUT_SHORT, CUT_SHORT, QUOTES_THE_CLOSING]
