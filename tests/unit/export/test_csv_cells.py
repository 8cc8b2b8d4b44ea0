# SPDX-License-Identifier: GPL-3.0-or-later
"""The CSV for a spreadsheet: no cell of it, whatever column, is read as a formula, and no
control character reaches it."""

from __future__ import annotations

import csv
from email.message import EmailMessage
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.source import Selection
from correspondence_app.export.table import COLUMNS, CSV_NAME, _cell
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def hostile_letter() -> bytes:
    message = EmailMessage()
    message["From"] = "\"=cmd|' /C calc'!A0\" <a@example.net>"
    message["To"] = '"+SUM(1,2)" <b@example.org>'
    message["Cc"] = '"-2+3" <c@example.org>, "@SUM(1)" <d@example.org>'
    message["Subject"] = "Antrag\tfür\x07\x1b[31m rot"
    message["Date"] = "Mon, 01 Apr 2024 10:00:00 +0300"
    message["Message-ID"] = "<=1+1@example.net>"
    message.set_content("Nichts Böses.")
    return message.as_bytes()


@pytest.fixture
def rows(tmp_path: Path) -> list[dict[str, str]]:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "1.eml").write_bytes(hostile_letter())
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        assert archive.import_paths([mail], workers=1).imported == 1
        [message] = archive.list_messages()
        tags = [archive.organiser.create_tag(name) for name in ("=cmd|x", "+Behörden")]
        archive.organiser.tag_messages([message.id], add=tags)
        archive.exporter.export(Selection(query="*"), "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / CSV_NAME, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_no_column_starts_with_a_formula(rows: list[dict[str, str]]) -> None:
    [row] = rows
    assert set(row) == set(COLUMNS)
    for column, text in row.items():
        assert not text.lstrip(" ").startswith(FORMULA_STARTS), (column, text)
    assert row["from"] == "'=cmd|' /C calc'!A0 <a@example.net>"
    assert row["to"] == "'+SUM(1,2) <b@example.org>"
    assert row["cc"].startswith("'-2+3 <c@example.org>")
    assert row["tags"].startswith("'")
    assert "=cmd|x" in row["tags"]


def test_control_characters_do_not_reach_the_cells(rows: list[dict[str, str]]) -> None:
    [row] = rows
    for column, text in row.items():
        assert text.isprintable(), (column, text)
    assert row["subject"] == "Antrag für[31m rot"


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("Antrag für Сергей", "Antrag für Сергей"),
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+49 30 1234", "'+49 30 1234"),
        ("-1", "'-1"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1+1", "' =1+1"),
        ("\r\n=1+1", "'  =1+1"),
        ("  =1+1", "'  =1+1"),
        ("a\tb\nc\x00d\x7fe", "a b cde"),
        ("", ""),
    ],
)
def test_a_cell_is_text_without_controls(text: str, cell: str) -> None:
    assert _cell(text) == cell
