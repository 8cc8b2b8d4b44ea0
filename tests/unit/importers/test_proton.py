# SPDX-License-Identifier: GPL-3.0-or-later
"""Proton Mail's export: the messages, each beside its description, come in with their
folders and labels (the user's own from labels.json, Proton's by their ids), and the
description files are neither mail nor listed as skipped."""

from __future__ import annotations

import json
import zipfile
from typing import TYPE_CHECKING

from sqlalchemy import select

from correspondence_app.importers import proton
from correspondence_app.storage.tables import Message, MessageSource
from tests.unit.importers.test_zip_source import message

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def _describe(folder: Path, name: str, label_ids: list[str]) -> None:
    description = {"Version": 1, "Payload": {"ID": name, "LabelIDs": label_ids, "Unread": 0}}
    (folder / f"{name}.metadata.json").write_text(json.dumps(description))


def _export(root: Path) -> Path:
    """A Proton export: three messages, one sent, one in a folder of the user's own."""
    folder = root / "katja@proton.me" / "mail_20250602_100000"
    folder.mkdir(parents=True)
    own = {
        "Version": 1,
        "Payload": [
            {"ID": "aBc123==", "Name": "Botschaft", "Path": "Ämter/Botschaft", "Type": 3},
            {"ID": "xYz789==", "Name": "Wichtig", "Type": 1},
        ],
    }
    (folder / "labels.json").write_text(json.dumps(own, ensure_ascii=False))
    for number, label_ids in (
        (1, ["0", "5", "15"]),
        (2, ["7", "2", "5"]),
        (3, ["aBc123==", "xYz789==", "5", "10"]),
    ):
        (folder / f"m{number}.eml").write_bytes(message(number))
        _describe(folder, f"m{number}", label_ids)
    return root


LABELS = {
    "Brief 1": {"Inbox"},
    "Brief 2": {"Sent"},
    "Brief 3": {"Ämter/Botschaft", "Wichtig", "Starred"},
}


def _labels(archive: Archive) -> dict[str, set[str]]:
    """Each message's labels, by its subject."""
    with archive.session() as session:
        rows = session.execute(select(Message.subject, MessageSource.labels).join(MessageSource))
        return {subject: set(json.loads(found)) for subject, found in rows}


def test_the_messages_come_with_their_folders_and_labels(archive: Archive, tmp_path: Path) -> None:
    report = archive.import_paths([_export(tmp_path / "Proton")], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (3, 0, ())
    assert _labels(archive) == LABELS
    imported = {tag.name: tag.messages for tag in archive.organiser.tags()}
    assert {name: imported.get(name) for name in ("Inbox", "Sent", "Ämter/Botschaft")} == {
        "Inbox": 1,
        "Sent": 1,
        "Ämter/Botschaft": 1,  # a folder in a folder, as Proton nests it
    }


def test_the_files_given_one_by_one_are_read_as_the_folder_is(
    archive: Archive, tmp_path: Path
) -> None:
    root = _export(tmp_path / "Proton")
    files = sorted(path for path in root.rglob("*") if path.is_file())
    report = archive.import_paths(files, workers=1)
    assert (report.imported, report.skipped) == (3, ())


def test_a_zipped_export_is_read_with_its_labels_without_its_descriptions(
    archive: Archive, tmp_path: Path
) -> None:
    root = _export(tmp_path / "Proton")
    packed = tmp_path / "proton.zip"
    with zipfile.ZipFile(packed, "w") as archive_file:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                archive_file.write(path, path.relative_to(root).as_posix())
    report = archive.import_paths([packed], workers=1)
    assert (report.imported, report.skipped) == (3, ())
    assert _labels(archive) == LABELS


def test_a_json_file_that_describes_no_message_is_still_listed(tmp_path: Path) -> None:
    names = {"m1.eml", "m1.metadata.json", "notes.metadata.json", "labels.json"}
    assert proton.is_description("m1.metadata.json", names)
    assert not proton.is_description("notes.metadata.json", names)  # no notes.eml beside it
    assert proton.is_description("labels.json", names)
    assert not proton.is_description("labels.json", {"labels.json", "m1.eml"})


def test_a_damaged_description_gives_no_labels(tmp_path: Path) -> None:
    (tmp_path / "m1.eml").write_bytes(message(1))
    (tmp_path / "m1.metadata.json").write_text('{"Payload": {"LabelIDs": ["0"')
    assert proton.labels_of(tmp_path / "m1.eml") == ()
    (tmp_path / "m1.metadata.json").write_text('{"Payload": {"LabelIDs": "0"}}')
    assert proton.labels_of(tmp_path / "m1.eml") == ()
    (tmp_path / "m1.metadata.json").write_text('{"Payload": {"LabelIDs": ["0", 6, null]}}')
    assert proton.labels_of(tmp_path / "m1.eml") == ("Inbox", "Archive")
