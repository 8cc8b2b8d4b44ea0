# SPDX-License-Identifier: GPL-3.0-or-later
"""Where each message's date came from, as the PDF and HTML exports say it: a date from a
mail server's Received field or the mailbox's envelope is named as such, a file's time is
named as no date of the message's own and left out of the date range on the cover."""

from __future__ import annotations

import csv
import json
import os
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export import dating
from correspondence_app.export.source import Selection
from correspondence_app.export.table import CSV_NAME
from correspondence_app.export.words import Words
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

# 2026-06-01 12:00 UTC: the modification time of the file without any date.
FILE_TIME = datetime(2026, 6, 1, 12, tzinfo=UTC).timestamp()
HEADER = (
    b"From: Amt <amt@example.de>\nTo: katja@example.de\nSubject: Mit Datum\n"
    b"Date: Fri, 01 Mar 2024 10:00:00 +0100\nMessage-ID: <header@dating.example>\n\nText\n"
)
RECEIVED = (
    b"Received: from mx.example.de by mail.example.de; Sat, 02 Mar 2024 09:00:00 +0000\n"
    b"From: Amt <amt@example.de>\nTo: katja@example.de\nSubject: Nur Received\n"
    b"Message-ID: <received@dating.example>\n\nText\n"
)
ENVELOPE = (
    b"From amt@example.de Sun Mar  3 08:00:00 2024\n"
    b"From: Amt <amt@example.de>\nTo: katja@example.de\nSubject: Nur Umschlag\n"
    b"Message-ID: <envelope@dating.example>\n\nText\n\n"
)
UNDATED = (
    b"From: Amt <amt@example.de>\nTo: katja@example.de\nSubject: Ohne jedes Datum\n"
    b"Message-ID: <file@dating.example>\n\nText\n"
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    root = tmp_path_factory.mktemp("dating")
    mail = root / "mail"
    mail.mkdir()
    (mail / "header.eml").write_bytes(HEADER)
    (mail / "received.eml").write_bytes(RECEIVED)
    (mail / "envelope.mbox").write_bytes(ENVELOPE)
    (mail / "undated.eml").write_bytes(UNDATED)
    os.utime(mail / "undated.eml", (FILE_TIME, FILE_TIME))
    with Archive.create(root / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        opened.import_paths([mail], workers=1)
        yield opened


def _everything(archive: Archive) -> Selection:
    ids = tuple(message.id for message in archive.list_messages())
    return Selection(message_ids=ids, description="all")


def test_the_import_found_each_kind_of_date(archive: Archive) -> None:
    found = {m.subject: (m.date_source, m.local_date) for m in archive.list_messages()}
    assert {subject: source for subject, (source, _) in found.items()} == {
        "Mit Datum": "header",
        "Nur Received": "received",
        "Nur Umschlag": "envelope",
        "Ohne jedes Datum": "file",
    }
    moment = found["Ohne jedes Datum"][1]
    assert moment is not None
    assert moment.timestamp() == FILE_TIME


def test_the_dossier_names_each_date_s_source_and_keeps_a_file_s_time_off_the_cover(
    archive: Archive, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.pdf"
    archive.exporter.export(_everything(archive), "pdf", target)
    pages = [page.extract_text() for page in PdfReader(target).pages]
    cover = " ".join(pages[0].split())
    assert "Date range 2024-03-01 – 2024-03-03" in cover
    assert "Without a date of their own 1" in cover
    text = " ".join(" ".join(pages).split())
    for source in ("received", "envelope", "file"):
        assert " ".join(dating.NOTES[source].split()) in text, source
    assert "2026-06-01 12:00 +0000 (no usable Date field: the date is the modification" in text
    assert text.count("(no usable Date field") == 3  # not beside the Date field's own date


def test_a_dossier_whose_dates_are_all_their_own_has_no_such_line(
    archive: Archive, tmp_path: Path
) -> None:
    dated = [m.id for m in archive.list_messages() if m.date_source == "header"]
    target = tmp_path / "dossier.pdf"
    archive.exporter.export(Selection(message_ids=tuple(dated)), "pdf", target)
    cover = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Date range 2024-03-01 – 2024-03-01" in cover
    assert "Without a date" not in cover
    assert "(no usable Date field" not in " ".join(
        page.extract_text() for page in PdfReader(target).pages
    )


def test_the_html_export_says_the_same_in_the_export_s_language(
    archive: Archive, tmp_path: Path
) -> None:
    words = Words(
        "de", {dating.WITHOUT_OWN_DATE: "Ohne eigenes Datum", dating.NOTES["file"]: "(Dateizeit)"}
    )
    target = tmp_path / "html"
    archive.exporter.export(_everything(archive), "html", target, words=words)
    index = (target / "index.html").read_text(encoding="utf-8")
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    when = datetime.fromisoformat(manifest["exported_at"]).astimezone()
    assert when.isoformat(" ", "seconds") in index  # local time with its offset, as the PDF
    assert re.search(r"2024-03-01 – 2024-03-03", index)
    assert re.search(r"Ohne eigenes Datum</th>\s*<td>1</td>", index), index
    pages = "\n".join(
        page.read_text(encoding="utf-8")
        for page in sorted(target.rglob("*.html"))
        if page != target / "index.html"
    )
    assert "2026-06-01 12:00:00 +0000 (Dateizeit)" in pages
    assert dating.NOTES["received"] in pages  # not translated in these words: English
    assert pages.count("(no usable Date field") == 2


def test_the_manifest_the_table_and_the_preview_know_where_each_date_came_from(
    archive: Archive, tmp_path: Path
) -> None:
    target = tmp_path / "eml"
    archive.exporter.export(_everything(archive), "eml", target)
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    sources = {entry["subject"]: entry["date_source"] for entry in manifest["items"]}
    assert sources["Ohne jedes Datum"] == "file"
    assert sources["Mit Datum"] == "header"
    archive.exporter.export(_everything(archive), "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / CSV_NAME, encoding="utf-8-sig", newline="") as stream:
        rows = {row["subject"]: row for row in csv.DictReader(stream)}
    assert rows["Nur Umschlag"]["date_source"] == "envelope"
    assert rows["Ohne jedes Datum"]["date"] == "2026-06-01T12:00:00+00:00"
    preview = archive.exporter.preview(_everything(archive))
    assert preview.messages == 4
    assert (preview.first, preview.last) == (
        datetime(2024, 3, 1, 9, tzinfo=UTC),
        datetime(2024, 3, 3, 8, tzinfo=UTC),
    )
