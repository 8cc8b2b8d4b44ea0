# SPDX-License-Identifier: GPL-3.0-or-later
"""A tar archive, packed with gzip or xz or not at all (Google Takeout's .tgz): each
member read as the file it was, an mbox as it unpacks, an archive inside left alone with
the reason; a damaged archive keeps the messages before the damage; the progress counts
what it unpacks to; the same mail in Takeout's .zip and .tgz is stored once."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from typing import TYPE_CHECKING, Literal

import pytest
from sqlalchemy import select

from correspondence_app.importers import sources, tar_source
from correspondence_app.importers.base import FileFormat
from correspondence_app.importers.detect import detect_format
from correspondence_app.storage.tables import MessageSource
from tests.unit.importers.test_zip_source import message, takeout_mbox

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive

TAKEOUT_MBOX = "Takeout/Mail/All mail Including Spam and Trash.mbox"


def write_tar(
    path: Path, members: dict[str, bytes], mode: Literal["w", "w:gz", "w:xz"] = "w:gz"
) -> Path:
    with tarfile.open(path, mode) as archive:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(content), 1_717_000_000
            archive.addfile(info, io.BytesIO(content))
    return path


def test_a_takeout_tgz_is_read_as_its_mbox_unpacks(archive: Archive, tmp_path: Path) -> None:
    takeout = write_tar(
        tmp_path / "takeout-20250602T100000Z-001.tgz",
        {TAKEOUT_MBOX: takeout_mbox(3), "Takeout/archive_browser.html": b"<html></html>"},
    )
    report = archive.import_paths([takeout], workers=1)
    assert (report.imported, report.quarantined) == (3, 0)
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in report.skipped] == [
        ("archive_browser.html", "not a mail file (markup document)")
    ]
    assert [f.name for f in archive.folders()] == ["All mail Including Spam and Trash.mbox"]
    with archive.session() as session:
        labels = {json.loads(source.labels)[0] for source in session.scalars(select(MessageSource))}
    assert labels == {"Posteingang"}
    as_zip = tmp_path / "takeout.zip"
    with zipfile.ZipFile(as_zip, "w") as packed:
        packed.writestr(TAKEOUT_MBOX, takeout_mbox(3))
    again = archive.import_paths([as_zip, takeout], workers=1)
    assert (again.imported, again.duplicates) == (0, 6)


@pytest.mark.parametrize("mode", ["w", "w:gz", "w:xz"])
def test_each_member_is_read_as_the_file_it_was(
    archive: Archive, tmp_path: Path, mode: Literal["w", "w:gz", "w:xz"]
) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as nested:
        nested.writestr("hidden.eml", message(9))
    path = write_tar(
        tmp_path / "post.tar",
        {
            "post/1.eml": message(1),
            "post/Maildir/.Botschaft/cur/1700000000.M1P1.host:2,RS": message(2),
            "post/nested.zip": inner.getvalue(),
            "post/.hidden.eml": message(8),
        },
        mode,
    )
    assert detect_format(path.read_bytes()[:4096])[0] is FileFormat.TAR
    report = archive.import_paths([path], workers=1)
    assert (report.imported, report.quarantined) == (2, 0)
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in report.skipped] == [
        ("nested.zip", tar_source.NESTED)
    ]
    with archive.session() as session:
        found = {
            source.location.rsplit("/", 1)[-1]: (source.kind.value, source.folder, source.flags)
            for source in session.scalars(select(MessageSource))
        }
    assert found == {
        "1.eml": ("eml", "post", ""),
        "1700000000.M1P1.host:2,RS": ("eml", "Botschaft", "RS"),
    }
    [dated] = [m for m in archive.list_messages() if m.subject == "Brief 1"]
    assert dated.date_source == "file"  # the member's time: the message has no Date


def test_a_damaged_archive_keeps_the_messages_before_the_damage(tmp_path: Path) -> None:
    whole = write_tar(tmp_path / "whole.tgz", {TAKEOUT_MBOX: takeout_mbox(2000)}).read_bytes()
    cut = tmp_path / "cut.tgz"
    cut.write_bytes(whole[: len(whole) // 2])
    found = list(sources.iter_items(sources.plan([cut])[0]))
    assert 100 < len(found) - 1 < 2000
    *_, last = found
    assert last.reason.startswith("a damaged tar archive (")  # type: ignore[union-attr]
    assert last.reason.endswith("the messages before were imported")  # type: ignore[union-attr]


def test_a_member_larger_than_a_message_may_be_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tar_source, "MAX_MESSAGE_BYTES", 100)
    path = write_tar(tmp_path / "big.tgz", {"big.eml": message(1) + b"x" * 200})
    [skipped] = sources.iter_items(sources.plan([path])[0])
    assert skipped.reason.startswith("declares 0 MB unpacked, over the 0 MB")  # type: ignore[union-attr]


def test_the_progress_counts_a_tgz_by_what_it_unpacks_to(tmp_path: Path) -> None:
    path = write_tar(tmp_path / "takeout.tgz", {TAKEOUT_MBOX: takeout_mbox(200)})
    [planned] = sources.plan([path])
    assert planned.size_bytes > path.stat().st_size
