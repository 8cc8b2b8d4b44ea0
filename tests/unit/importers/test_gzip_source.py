# SPDX-License-Identifier: GPL-3.0-or-later
"""A mailbox or a message packed with gzip alone (a mailing list's monthly archive, a
compressed backup of an mbox): read as it unpacks, each message where it starts; a
damaged one keeps the messages before the damage; a gzip file of anything else stays "not
a mail file"."""

from __future__ import annotations

import gzip
from typing import TYPE_CHECKING

from correspondence_app.importers import sources
from correspondence_app.importers.base import FileFormat, RawItem, Skipped
from correspondence_app.importers.detect import detect_format
from tests.unit.importers.test_mmdf import mmdf
from tests.unit.importers.test_zip_source import message, takeout_mbox

if TYPE_CHECKING:
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
    assert {detect_format(path.read_bytes()[:4096])[0] for path in files} == {FileFormat.GZIP}
    report = archive.import_paths(files, workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (6, 0, ())
    folders = {folder.name for folder in archive.folders()}
    assert {"2024-June.txt", "alt.mmdf"} <= folders
    [brief] = [m for m in archive.list_messages() if m.subject == "Brief 21"]
    assert archive.raw(brief.id) == message(21)


def test_a_damaged_one_keeps_the_messages_before_the_damage(tmp_path: Path) -> None:
    whole = gzip.compress(takeout_mbox(3000))
    cut = tmp_path / "cut.mbox.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    found = list(sources.iter_items(sources.plan([cut])[0]))
    assert 100 < len([item for item in found if isinstance(item, RawItem)]) < 3000
    [damaged] = [item for item in found if isinstance(item, Skipped)]
    assert damaged.reason.startswith("a damaged gzip file (")
    assert damaged.reason.endswith("the messages before were imported")


def test_a_packed_file_that_is_no_mail_stays_not_a_mail_file(tmp_path: Path) -> None:
    logs = packed(tmp_path / "server.log.gz", b"2025-06-02 10:00:00 started\n" * 50)
    [skipped] = sources.iter_items(sources.plan([logs])[0])
    assert skipped.reason == "not a mail file (a gzip archive)"  # type: ignore[union-attr]
