# SPDX-License-Identifier: GPL-3.0-or-later
"""A bundle's transfer file from elsewhere: one that is damaged, forged or from a newer
version ends with a message naming the bundle, never a traceback; one that names
messages the archive does not hold says how many."""

from __future__ import annotations

import json
import re
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

import pytest

from correspondence_app.export.bundle import open_bundle
from correspondence_app.export.transfer import TRANSFER_FORMAT, TRANSFER_NAME
from correspondence_app.importers.transfer_apply import TransferError, apply_bundle

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive

PASSWORD = "lange geheime Worte"


def bundle(path: Path, transfer: Any | None) -> Path:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "anna@example.org", "katja@example.de", "Hallo"
    mail.set_content("Hallo\n")
    with open_bundle(path, "w", PASSWORD) as opened:
        opened.writestr("0001.eml", mail.as_bytes())
        if transfer is not None:
            written = transfer if isinstance(transfer, bytes) else json.dumps(transfer).encode()
            opened.writestr(TRANSFER_NAME, written)
    return path


def transfer(**parts: Any) -> dict[str, Any]:
    return {"format": TRANSFER_FORMAT, "version": 1, **parts}


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"{not json", "not JSON"),
        ({"format": "something else"}, "not a transfer file of this application"),
        (transfer(version=99), "made by a newer version"),
        (transfer(people=[{"addresses": "anna@example.org"}]), "people[0]: addresses is not"),
        (transfer(watched=[{"person": 3}]), "watched[0]: person 3 names nothing"),
        (transfer(notes=[{"message": 5}]), "notes[0]: message is not a text"),
        (transfer(rejected_merges=[["a@b.example"]]), "is not a list of pairs"),
    ],
)
def test_a_damaged_transfer_file_is_named_with_what_is_wrong(
    archive: Archive, tmp_path: Path, content: Any, said: str
) -> None:
    path = bundle(tmp_path / "bundle.zip", content)
    with pytest.raises(TransferError, match=re.escape(said)) as raised:
        apply_bundle(archive, path, PASSWORD)
    assert str(raised.value).startswith(f"{path}: {TRANSFER_NAME}: ")


def test_a_bundle_without_a_transfer_file_adds_nothing(archive: Archive, tmp_path: Path) -> None:
    report = apply_bundle(archive, bundle(tmp_path / "old.zip", None), PASSWORD)
    assert report.as_json() == {
        **{key: 0 for key in report.as_json() if key not in ("path", "problems")},
        "path": str(tmp_path / "old.zip"),
        "problems": [],
    }


def test_messages_the_archive_does_not_hold_are_counted(archive: Archive, tmp_path: Path) -> None:
    content = transfer(
        tags=[{"name": "Amt", "kind": "user", "color": "#00ff00", "messages": ["ab" * 32]}],
        notes=[{"message": "cd" * 32, "scope": "message", "text": "Notiz"}],
    )
    report = apply_bundle(archive, bundle(tmp_path / "b.zip", content), PASSWORD)
    assert (report.messages_missing, report.tags_added, report.notes_added) == (2, 0, 0)
    assert archive.organiser.tags() == []  # no tag without a message to carry it
