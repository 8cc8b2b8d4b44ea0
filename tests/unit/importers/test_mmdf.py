# SPDX-License-Identifier: GPL-3.0-or-later
"""MMDF mailboxes (each message between two lines of four ^A, as old Unix mail programs
write them): every message is one, in a file, a ZIP or a tar archive; a missing separator
or stray text between messages loses nothing."""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

import pytest

from correspondence_app.importers import mbox, sources
from correspondence_app.importers.base import FileFormat, RawItem
from correspondence_app.importers.detect import detect_format
from tests.unit.importers.test_tar_source import write_tar
from tests.unit.importers.test_zip_source import message

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive

SEPARATOR = b"\x01\x01\x01\x01\n"


def mmdf(*messages: bytes, line_end: bytes = b"\n") -> bytes:
    separator = SEPARATOR.replace(b"\n", line_end)
    return b"".join(separator + text + separator for text in messages)


@pytest.mark.parametrize("line_end", [b"\n", b"\r\n"])
def test_each_message_of_an_mmdf_mailbox_is_one(
    archive: Archive, tmp_path: Path, line_end: bytes
) -> None:
    box = tmp_path / "Postfach"
    box.write_bytes(mmdf(message(1), message(2), message(3), line_end=line_end))
    assert detect_format(box.read_bytes()[:4096])[0] is FileFormat.MMDF
    found = list(sources.iter_items(sources.plan([box])[0]))
    assert [item.raw for item in found if isinstance(item, RawItem)] == [
        message(1),
        message(2),
        message(3),
    ]
    assert len({item.offset for item in found if isinstance(item, RawItem)}) == 3
    report = archive.import_paths([box], workers=1)
    assert (report.imported, report.quarantined) == (3, 0)
    assert [folder.name for folder in archive.folders()] == ["Postfach"]


def test_a_missing_separator_or_stray_text_loses_nothing() -> None:
    data = (
        SEPARATOR + message(1)  # its closing line is missing
        + SEPARATOR + message(2) + SEPARATOR
        + b"\nsome stray text\n"
        + SEPARATOR + message(3) + SEPARATOR + b"\n"
    )  # fmt: skip
    entries = [raw for _, _, raw in mbox.iter_mmdf_lines(data.splitlines(keepends=True))]
    assert entries == [message(1), message(2), b"\nsome stray text\n", message(3)]


def test_an_mmdf_mailbox_in_a_zip_or_a_tar_archive_is_read(
    archive: Archive, tmp_path: Path
) -> None:
    packed = tmp_path / "post.zip"
    with zipfile.ZipFile(packed, "w") as archive_file:
        archive_file.writestr("Postfach", mmdf(message(1), message(2)))
    tarred = write_tar(tmp_path / "post.tgz", {"Alt/Postfach": mmdf(message(3), message(4))})
    report = archive.import_paths([packed, tarred], workers=1)
    assert (report.imported, report.quarantined) == (4, 0)
