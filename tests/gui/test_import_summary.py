# SPDX-License-Identifier: GPL-3.0-or-later
"""The import dialog's summary names what it left out (files that are not mail), with the
reason in the user's language; the quarantine's and the import's counts beside it."""

from __future__ import annotations

import lzma
import zipfile
from email.message import EmailMessage
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from correspondence_app.gui import translations
from correspondence_app.gui.dialogs.import_dialog import MAX_PROBLEMS_SHOWN, ImportDialog
from correspondence_app.gui.quarantine_reasons import skipped_text
from correspondence_app.importers import tar_source
from correspondence_app.importers.base import ImportReport
from correspondence_app.importers.bundle_import import BundleImportReport
from correspondence_app.importers.detect import OTHER_DOCUMENTS, detect_format, other_ole2_file
from correspondence_app.importers.mbox_items import DELETED_IN_THUNDERBIRD, FOLDER_DATA
from correspondence_app.importers.outlook_classes import describe_class
from tests.conftest import REPO_ROOT
from tests.gui.showing import shot, without_words_in
from tests.unit.importers.ole2_files import ole2_file
from tests.unit.importers.test_sources import OTHER_FILES
from tests.unit.importers.thunderbird_profile import PROFILE, thunderbird_home

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive


OST_XZ = REPO_ROOT / "tests" / "data" / "outlook" / "pstextractortest.ost.xz"
SUMS = f"{'ab' * 32}  0001_2024-03-02_sergej_Antrag.eml\n".encode()


def letter() -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = "Sergej <sergej@example.net>", "katja@example.de"
    message["Subject"], message["Date"] = "Lebenszeichen", "Mon, 01 Apr 2024 10:00:00 +0200"
    message["Message-ID"] = "<summary-1@test.example>"
    message.set_content("Mir geht es gut.")
    return message.as_bytes()


@pytest.fixture
def mail(tmp_path: Path) -> Path:
    """A folder with a letter and what a user's mail folder also holds."""
    folder = tmp_path / "Mail"
    folder.mkdir()
    (folder / "brief.eml").write_bytes(letter())
    (folder / "Vollmacht.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (folder / "contacts.json").write_bytes(b'{"names": ["Anna"]}\n')
    (folder / "leer.eml").write_bytes(b"")
    return folder


def summary_of(
    qtbot: QtBot, archive: Archive, paths: list[Path], language: str = "en"
) -> list[str]:
    dialog = ImportDialog(archive, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000):
        pass
    shot(dialog, f"import-summary-{language}")
    return dialog.status.text().splitlines()


def test_the_summary_names_the_files_left_out_and_why(
    qtbot: QtBot, archive: Archive, mail: Path
) -> None:
    summary = summary_of(qtbot, archive, [mail])
    assert "New messages: 1" in summary
    assert "Left out, not read as mail: 3 files or items" in summary
    assert "  Vollmacht.pdf: not a mail file (a PDF document)" in summary
    assert "  contacts.json: not a mail file (JSON data)" in summary
    assert "  leer.eml: an empty file" in summary
    assert [line for line in summary if line.endswith(" messages per second")]
    again = summary_of(qtbot, archive, [mail])
    assert (again[1], again[2]) == ("New messages: 0", "Already in the archive: 1")
    assert not [line for line in again if "per second" in line]  # nothing stored: no rate


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            [
                "  Sprachnachricht.ogg: keine Mail-Datei (eine Tonaufnahme)",
                "  Foto.heic: keine Mail-Datei (ein Bild)",
                "  Thumbs.db: keine Mail-Datei (Vorschaubilder von Windows)",
                "  Antrag.doc: keine Mail-Datei (ein Office-Dokument oder E-Book)",
                "  Posteingang.dbx: ein Mail-Ordner von Outlook Express (.dbx), der nicht gelesen "
                "werden kann: importieren Sie ihn zuerst in Thunderbird oder speichern Sie seine "
                "Nachrichten als .eml-Dateien und importieren Sie diese",
            ],
        ),
        (
            "ru",
            [
                "  Sprachnachricht.ogg: не почтовый файл (звукозапись)",
                "  Foto.heic: не почтовый файл (изображение)",
                "  Thumbs.db: не почтовый файл (эскизы Windows)",
                "  Antrag.doc: не почтовый файл (офисный документ или электронная книга)",
                "  Posteingang.dbx: папка почты Outlook Express (.dbx), которую нельзя прочитать: "
                "сначала импортируйте её в Thunderbird или сохраните её письма как файлы .eml и "
                "импортируйте их",
            ],
        ),
    ],
)
def test_photos_voice_messages_and_documents_beside_the_mail_are_named_for_what_they_are(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    mail: Path,
    language: str,
    expected: list[str],
) -> None:
    (mail / "Sprachnachricht.ogg").write_bytes(b"OggS\x00\x02\x00\x00\x00\x00")
    (mail / "Foto.heic").write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic")
    (mail / "Thumbs.db").write_bytes(ole2_file({"Catalog": b"", "256_1": b"\xff\xd8"}))
    (mail / "Antrag.doc").write_bytes(ole2_file({"WordDocument": b"\xec\xa5", "1Table": b""}))
    (mail / "Posteingang.dbx").write_bytes(b"\xcf\xad\x12\xfe\xc5\xfd\x74\x6f" + bytes(9))
    translations.install(qapp, language)
    try:
        summary = summary_of(qtbot, archive, [mail], f"beside-{language}")
    finally:
        translations.install(qapp, "en")
    assert [line for line in expected if line not in summary] == []
    assert archive.quarantine() == []  # left out: none of them is kept as a message


@pytest.mark.parametrize(
    ("messages", "seconds", "rate"),
    [(1, 4.8, "0.2 messages per second"), (20_000, 16.0, "1,250 messages per second")],
)
def test_the_rate_of_a_slow_import_is_not_rounded_to_nothing(
    qtbot: QtBot, archive: Archive, mail: Path, messages: int, seconds: float, rate: str
) -> None:
    """One large message of scans in 4.8 s is 0.2 messages per second, not 0."""
    dialog = ImportDialog(archive, [mail])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000):
        dialog.show()
    report = ImportReport(messages, 0, 0, seconds, 1, cancelled=False, sources=())
    dialog.on_task_finished(BundleImportReport(report))
    assert rate in dialog.status.text().splitlines()


def test_a_member_of_a_zip_left_out_is_named_with_the_zip(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    bundle = tmp_path / "Briefe.zip"
    with zipfile.ZipFile(bundle, "w") as written:
        written.writestr("Briefe/brief.eml", letter())
        written.writestr("Briefe/Anlagen/Vollmacht.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    summary = summary_of(qtbot, archive, [bundle])
    assert "New messages: 1" in summary
    assert "  Briefe.zip/Briefe/Anlagen/Vollmacht.pdf: not a mail file (a PDF document)" in summary


@pytest.mark.parametrize(
    ("language", "deleted"),
    [
        ("en", "  Inbox (at byte {at}): deleted in Thunderbird, not yet compacted away"),
        (
            "de",
            "  Inbox (ab Byte {at}): in Thunderbird gelöscht, aber noch nicht endgültig entfernt",
        ),
        ("ru", "  Inbox (с байта {at}): удалено в Thunderbird, но ещё не стёрто сжатием папки"),
    ],
)
def test_a_message_left_out_of_an_mbox_file_is_named_by_where_it_starts(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    tmp_path: Path,
    language: str,
    deleted: str,
) -> None:
    inbox = thunderbird_home(tmp_path) / PROFILE / "Mail" / "Local Folders" / "Inbox"
    at = inbox.read_bytes().index(b"From - ", 1)  # the second message is marked deleted
    translations.install(qapp, language)
    try:
        summary = summary_of(qtbot, archive, [inbox], f"mbox-{language}")
    finally:
        translations.install(qapp, "en")
    assert deleted.format(at=at) in summary


def test_many_files_left_out_are_counted_after_the_first(
    qtbot: QtBot, archive: Archive, mail: Path
) -> None:
    for number in range(MAX_PROBLEMS_SHOWN + 2):
        (mail / f"scan-{number}.pdf").write_bytes(b"%PDF-1.4\n")
    summary = summary_of(qtbot, archive, [mail])
    listed = [line for line in summary if line.startswith("  ") and ": " in line]
    assert len(listed) == MAX_PROBLEMS_SHOWN
    assert "  … and 5 more" in summary  # 3 + 7 left out, 5 of them listed


@pytest.mark.parametrize(
    ("language", "counted", "pdf"),
    [
        (
            "de",
            "Ausgelassen, nicht als Mail gelesen: 3 Dateien oder Elemente",
            "  Vollmacht.pdf: keine Mail-Datei (ein PDF-Dokument)",
        ),
        (
            "ru",
            "Пропущено, не прочитано как почта: 3 файла или элемента",
            "  Vollmacht.pdf: не почтовый файл (документ PDF)",
        ),
    ],
)
def test_the_reasons_are_in_the_users_language(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    mail: Path,
    language: str,
    counted: str,
    pdf: str,
) -> None:
    translations.install(qapp, language)
    try:
        summary = summary_of(qtbot, archive, [mail], language)
    finally:
        translations.install(qapp, "en")
    assert counted in summary
    assert pdf in summary


@pytest.mark.parametrize(
    ("language", "calendar_item"),
    [
        ("en", "a calendar item (IPM.Appointment), not an e-mail"),
        ("de", "ein Kalendereintrag (IPM.Appointment), keine E-Mail"),
        ("ru", "запись календаря (IPM.Appointment), не письмо"),
    ],
)
def test_items_of_an_outlook_file_left_out_are_named_by_file_folder_and_subject(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    tmp_path: Path,
    language: str,
    calendar_item: str,
) -> None:
    ost = tmp_path / "Sergej.ost"
    ost.write_bytes(lzma.decompress(OST_XZ.read_bytes()))
    translations.install(qapp, language)
    try:
        summary = summary_of(qtbot, archive, [ost], f"ost-{language}")
    finally:
        translations.install(qapp, "en")
    # A subject with slashes in it stays whole, after the file's name.
    when = "Occurs every August 13 effective 8/13/2021 from 10:00 AM to 10:30 AM"
    assert f"  Sergej.ost (Calendar: {when}): {calendar_item}" in summary
    assert f"  Sergej.ost (Calendar: meeting from Ed): {calendar_item}" in summary


@pytest.mark.parametrize("language", ["de", "ru"])
def test_every_kind_of_outlook_item_left_out_is_named_in_the_users_language(
    qapp: QApplication, language: str
) -> None:
    classes = [
        "IPM.Appointment", "IPM.Contact", "IPM.DistList", "IPM.StickyNote", "IPM.Task",
        "IPM.Activity", "IPM.Document.Word.Document.12", "IPM.Configuration.Autocomplete",
        "IPM.Microsoft.ScheduleData.FreeBusy", "IPM.Schedule.Meeting.Notification",
        "IPM.OLE.CLASS.{00061055-0000-0000-C000-000000000046}",
    ]  # fmt: skip
    reasons = [describe_class(name) for name in classes]
    kinds = {reason: reason.split(" (")[0] for reason in reasons}
    assert len(set(kinds.values())) == len(classes)  # every kind, "an Outlook item" too
    translations.install(qapp, language)
    try:
        worded = {reason: skipped_text(reason) for reason in reasons}
    finally:
        translations.install(qapp, "en")
    assert [reason for reason in reasons if kinds[reason] in worded[reason]] == []
    assert all(name in worded[reason] for name, reason in zip(classes, reasons, strict=True))


@pytest.mark.parametrize("language", ["de", "ru"])
def test_every_kind_of_file_left_out_has_words_of_its_own(
    qapp: QApplication, language: str
) -> None:
    heads = [head for head, _ in OTHER_FILES] + [b"", b'{"a": 1}', b"<html>", SUMS, bytes(9)]
    heads += [b"\xcf\xad\x12\xfe\xc5\xfd\x74\x6f"]  # Outlook Express
    heads += [b"[12.03.24, 10:15:32] Sergej: Hallo\n"]
    heads += [b"%PDF-1.7", b"\x89PNG", b"GIF89a", b"\xff\xd8\xff\xe0", b"\x1f\x8b\x08\x00"]
    heads += [b"BZh\n", b"\xfd7zXZ\x00", b"SQLite format 3\x00", b"<?xml ", b"\x7fELF"]
    found = [detect_format(head)[1] for head in heads]
    kinds = {description for _, description in OTHER_DOCUMENTS}
    assert kinds <= {reason.removeprefix("not a mail file (")[:-1] for reason in found}
    found += [other_ole2_file(ole2_file({root: b""})) for root in ("Catalog", "Book")]
    reasons = [*found, DELETED_IN_THUNDERBIRD, FOLDER_DATA]
    reasons += ["a contact (IPM.Contact), not an e-mail"]
    reasons += [  # a ZIP's members, as importers.zip_source words them
        "declares 2,048 MB unpacked, over the 256 MB a message may have; not read",
        "would unpack to 4,000 times its packed size, as a zip bomb does; not read",
        "reads longer than it declared; not read",
        "cannot be read from the ZIP (Bad CRC-32 for file 'a.mbox')",
        "cannot be read from the ZIP (Bad CRC-32 for file 'a.mbox'); "
        "the messages before were imported",
        "reads longer than it declared; the messages before were imported",
        "a tar archive inside the ZIP: not opened (unpack it to import it)",
        tar_source.NESTED,
        "a damaged tar archive (unexpected end of data); the messages before were imported",
        "a damaged gzip file (Compressed file ended before the end-of-stream marker was "
        "reached); the messages before were imported",
        "a damaged bzip2 file (Invalid data stream); the messages before were imported",
        "a packed file inside the ZIP: not opened (unpack it to import it)",
        "larger than the 256 MB a message may have; not read",
        "unpacks to over the 256 MB a message may have",
    ]
    # An Outlook data file libpff cannot open (importers.outlook_pst, through sources)
    reasons += ["cannot be read (not a readable Outlook data file (pypff_file_open: unable))"]
    assert without_words_in(qapp, language, reasons, skipped_text) == []
    assert skipped_text(reasons[-1]).startswith("an Outlook data file that cannot be opened")
    assert skipped_text("a reason of a newer version") == "a reason of a newer version"
