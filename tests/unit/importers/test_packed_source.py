# SPDX-License-Identifier: GPL-3.0-or-later
"""A mailbox or a message packed alone with gzip, bzip2 or xz (a mailing list's monthly
archive, a compressed backup of an mbox, mutt's compressed folders): read as it unpacks,
each message where it starts; a damaged one keeps the messages before the damage; a
packed file of anything else stays "not a mail file"."""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import lzma
import tarfile
import zipfile
from typing import TYPE_CHECKING

import pytest

from correspondence_app.importers import sources, tar_source
from correspondence_app.importers.base import FileFormat, RawItem, Skipped
from correspondence_app.importers.detect import detect_format
from tests.unit.importers.test_mmdf import mmdf
from tests.unit.importers.test_tar_source import write_tar
from tests.unit.importers.test_zip_source import message, takeout_mbox

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from correspondence_app.services import Archive


def packed(path: Path, data: bytes) -> Path:
    path.write_bytes(gzip.compress(data))
    return path


def test_a_packed_mbox_mmdf_or_message_is_read_as_it_unpacks(
    archive: Archive, tmp_path: Path
) -> None:
    files = [
        packed(tmp_path / "2024-June.txt.gz", takeout_mbox(3)),
        packed(tmp_path / "alt.mmdf.gz", mmdf(message(11), message(12))),
        packed(tmp_path / "brief.eml.gz", message(21)),
    ]
    assert {detect_format(path.read_bytes()[:4096])[0] for path in files} == {FileFormat.PACKED}
    report = archive.import_paths(files, workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (6, 0, ())
    folders = {folder.name for folder in archive.folders()}
    assert {"2024-June.txt", "alt.mmdf"} <= folders
    [brief] = [m for m in archive.list_messages() if m.subject == "Brief 21"]
    assert archive.raw(brief.id) == message(21)


@pytest.mark.parametrize(
    ("name", "pack"),
    [
        ("cut.mbox.gz", gzip.compress),
        ("cut.mbox.bz2", lambda data: bz2.compress(data, compresslevel=1)),  # 100 KB blocks
    ],
)
def test_a_damaged_one_keeps_the_messages_before_the_damage(
    tmp_path: Path, name: str, pack: Callable[[bytes], bytes]
) -> None:
    whole = pack(takeout_mbox(4000))
    cut = tmp_path / name
    cut.write_bytes(whole[: len(whole) // 2])
    found = list(sources.iter_items(sources.plan([cut])[0]))
    assert 100 < len([item for item in found if isinstance(item, RawItem)]) < 4000
    [damaged] = [item for item in found if isinstance(item, Skipped)]
    packer = "gzip" if name.endswith(".gz") else "bzip2"
    assert damaged.reason.startswith(f"a damaged {packer} file (")
    assert damaged.reason.endswith("the messages before were imported")


def test_a_packed_file_that_is_no_mail_stays_not_a_mail_file(tmp_path: Path) -> None:
    logs = packed(tmp_path / "server.log.gz", b"2025-06-02 10:00:00 started\n" * 50)
    [skipped] = sources.iter_items(sources.plan([logs])[0])
    assert skipped.reason == "not a mail file (a gzip archive)"  # type: ignore[union-attr]


def _varied(number: int) -> bytes:
    """A message with a line of hex digests: such messages pack as mail does, not into a
    few bytes."""
    digest = hashlib.sha256(b"%d" % number).hexdigest().encode()
    return message(number).replace(b"Hallo", digest * 3 + b"\nHallo")


def _varied_mbox(count: int) -> bytes:
    return b"".join(
        b"From anna@example.org Mon Jun 02 10:00:00 2025\n" + _varied(number) + b"\n"
        for number in range(count)
    )


def test_bzip2_and_xz_are_read_as_gzip_is(archive: Archive, tmp_path: Path) -> None:
    sent = tmp_path / "Sent.bz2"  # as mutt compresses a folder
    sent.write_bytes(bz2.compress(_varied_mbox(400)))
    assert len(sent.read_bytes()) > 4096  # its first block is not unpacked from the head
    files = [
        sent,
        tmp_path / "Archiv.mbox.xz",
        tmp_path / "brief.eml.bz2",
    ]
    files[1].write_bytes(lzma.compress(mmdf(message(501), message(502))))
    files[2].write_bytes(bz2.compress(message(503)))
    assert {detect_format(path.read_bytes()[:4096])[0] for path in files} == {FileFormat.PACKED}
    report = archive.import_paths(files, workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (403, 0, ())
    assert {"Sent", "Archiv.mbox"} <= {folder.name for folder in archive.folders()}
    [brief] = [m for m in archive.list_messages() if m.subject == "Brief 503"]
    assert archive.raw(brief.id) == message(503)


def test_a_tar_archive_packed_with_bzip2_is_read_as_a_tar_archive(
    archive: Archive, tmp_path: Path
) -> None:
    members = {f"Mail/.Gesendet/cur/{n}.host:2,S": _varied(600 + n) for n in range(300)}
    backup = tmp_path / "mail-backup.tar.bz2"
    with tarfile.open(backup, "w:bz2") as packed_tar:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(content), 1_717_000_000
            packed_tar.addfile(info, io.BytesIO(content))
    assert detect_format(backup.read_bytes()[:4096])[0] is FileFormat.PACKED  # told unpacking
    report = archive.import_paths([backup], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (300, 0, ())
    assert [folder.name for folder in archive.folders()] == ["Gesendet"]


@pytest.mark.parametrize(
    ("name", "pack", "archive_name"),
    [
        ("server.log.bz2", bz2.compress, "a bzip2 archive"),
        ("server.log.xz", lzma.compress, "an xz archive"),
    ],
)
def test_bzip2_or_xz_of_something_else_stays_not_a_mail_file(
    tmp_path: Path, name: str, pack: Callable[[bytes], bytes], archive_name: str
) -> None:
    logs = tmp_path / name
    logs.write_bytes(
        pack(b"".join(b"2025-06-02 10:00:%02d started %d\n" % (n % 60, n) for n in range(90_000)))
    )
    [skipped] = sources.iter_items(sources.plan([logs])[0])
    assert skipped.reason == f"not a mail file ({archive_name})"  # type: ignore[union-attr]


def test_a_packed_mailbox_inside_a_zip_or_tar_archive_is_not_opened(tmp_path: Path) -> None:
    inner = gzip.compress(takeout_mbox(2))
    as_zip = tmp_path / "export.zip"
    with zipfile.ZipFile(as_zip, "w") as packed_zip:
        packed_zip.writestr("mail.mbox.gz", inner)
    as_tar = write_tar(tmp_path / "export.tar", {"mail.mbox.gz": inner}, "w")
    reasons = [
        item.reason
        for path in (as_zip, as_tar)
        for item in sources.iter_items(sources.plan([path])[0])
        if isinstance(item, Skipped)
    ]
    assert reasons == [
        "a packed file inside the ZIP: not opened (unpack it to import it)",
        tar_source.NESTED,
    ]
