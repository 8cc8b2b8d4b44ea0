# SPDX-License-Identifier: GPL-3.0-or-later
"""The export dialog on a real archive: what it will hold, an export in the background with
its fingerprint, a refused place, a stopped export, and the export log."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication

from correspondence_app.export.source import Selection
from correspondence_app.export.verify import VerifyError, verify_export
from correspondence_app.gui import translations
from correspondence_app.gui.dialogs.export_dialog import ExportDialog
from correspondence_app.gui.dialogs.export_log_dialog import COLUMN_FINGERPRINT, ExportLogDialog
from tests.gui.showing import english_dates_in, shot
from tests.unit.alerts.life_mail import FRIEND, OWN, letter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from correspondence_app.export.exporter import ExportReport
    from correspondence_app.services import Archive
    from tests.gui.conftest import ArchiveWithLetters

english_dates = english_dates_in(QLocale.Country.UnitedKingdom)  # 02/01/2024
HIS_LETTERS = Selection(query=f"from:{FRIEND}", description="Sergej’s letters")
WAIT_MS = 20_000


def reply(original: bytes, moment: datetime) -> bytes:
    """Katja's answer to a letter, in its conversation."""
    asked = email.message_from_bytes(original)
    message = EmailMessage()
    message["From"], message["To"] = OWN, FRIEND
    message["Subject"] = f"Re: {asked['Subject']}"
    message["Date"] = email.utils.format_datetime(moment)
    message["Message-ID"] = f"<answer-{moment.timestamp():.0f}@test.example>"
    message["In-Reply-To"] = message["References"] = asked["Message-ID"]
    message.set_content("Gut zu hören.")
    return message.as_bytes()


def noon_letters(first: date, count: int) -> list[bytes]:
    """His letters at noon UTC, every other day: the same day in every time zone."""
    return [
        letter(FRIEND, datetime(first.year, first.month, first.day, 12, tzinfo=UTC) + timedelta(n))
        for n in range(0, 2 * count, 2)
    ]


@pytest.fixture
def archive(archive_with_letters: ArchiveWithLetters) -> Archive:
    """15 letters from 2 January to 30 January 2024; the first three answered."""
    his = noon_letters(date(2024, 1, 2), 15)
    answers = [
        reply(one, datetime(2024, 1, 3 + 2 * n, 9, tzinfo=UTC)) for n, one in enumerate(his[:3])
    ]
    return archive_with_letters([*his, *answers], today="2024-03-08")


def opened(qtbot: QtBot, archive: Archive, selection: Selection = HIS_LETTERS) -> ExportDialog:
    dialog = ExportDialog(archive, selection)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=WAIT_MS)
    return dialog


def exported(qtbot: QtBot, dialog: ExportDialog) -> ExportReport | None:
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as finished:
        dialog.export_button.click()
        assert dialog.is_running
        assert not dialog.form.isEnabled()
        assert dialog.cancel_button.isVisible()
    assert not dialog.is_running
    report: ExportReport | None = finished.args[0] if finished.args else None
    return report


def test_the_preview_counts_the_messages_and_their_dates(qtbot: QtBot, archive: Archive) -> None:
    dialog = opened(qtbot, archive)
    assert dialog.what_label.text() == "Sergej’s letters"
    assert dialog.count_label.text().startswith("15 message")
    assert dialog.dates_label.text() == "02/01/2024 – 30/01/2024"
    assert dialog.size_label.text().endswith("kB")


def test_whole_conversations_bring_the_answers(qtbot: QtBot, archive: Archive) -> None:
    dialog = opened(qtbot, archive)
    dialog.threads_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("18 message"), timeout=WAIT_MS)
    assert dialog.selection.threads
    assert dialog.dates_label.text() == "02/01/2024 – 30/01/2024"
    dialog.threads_box.setChecked(False)
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("15 message"), timeout=WAIT_MS)


def test_everything_and_chosen_messages_are_described_in_words(
    qtbot: QtBot, archive: Archive
) -> None:
    dialog = opened(qtbot, archive, Selection(query="*"))
    assert dialog.what_label.text() == "Every message in the archive"
    assert dialog.count_label.text().startswith("18 message")
    assert dialog.selection.description == "Every message in the archive"  # the cover's words
    chosen = ExportDialog(archive, Selection(message_ids=(1, 2)))
    qtbot.addWidget(chosen)
    assert chosen.what_label.text().startswith("2 chosen message")
    qtbot.waitUntil(lambda: chosen.count_label.text().startswith("2 message"), timeout=WAIT_MS)


def test_nothing_chosen_cannot_be_exported(qtbot: QtBot, archive: Archive) -> None:
    dialog = ExportDialog(archive, Selection(query="nothingmatchesthis"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("No messages"), timeout=WAIT_MS)
    assert not dialog.export_button.isEnabled()


def test_an_export_ends_with_its_fingerprint_and_is_logged(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    dialog = opened(qtbot, archive)
    dialog.set_format("eml")
    dialog.set_output(tmp_path / "for the lawyer")
    report = exported(qtbot, dialog)
    assert report is not None
    written = sorted(path.name for path in (tmp_path / "for the lawyer").iterdir())
    assert len([name for name in written if name.endswith(".eml")]) == 15
    assert {"manifest.json", "SHA256SUMS"} <= set(written)
    log = archive.exporter.log()
    assert len(log) == 1
    assert log[0].manifest_sha256 == report.manifest_sha256 == dialog.fingerprint.text()
    assert len(dialog.fingerprint.text()) == 64
    assert dialog.status.text().startswith("15 message")
    assert str(tmp_path / "for the lawyer") in dialog.status.text()
    assert dialog.folder_to_show == tmp_path / "for the lawyer"
    assert dialog.show_button.isVisible()
    assert dialog.form.isEnabled()  # another format may follow
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report.manifest_sha256

    log_dialog = ExportLogDialog(archive)
    qtbot.addWidget(log_dialog)
    assert log_dialog.entries.topLevelItemCount() == 1
    row = log_dialog.entries.topLevelItem(0)
    assert row is not None
    assert [row.text(column) for column in range(1, 5)] == [
        "eml",
        "15",
        "Sergej’s letters",
        str(tmp_path / "for the lawyer"),
    ]
    assert row.toolTip(COLUMN_FINGERPRINT) == report.manifest_sha256
    assert report.manifest_sha256.startswith(row.text(COLUMN_FINGERPRINT).rstrip("…"))
    log_dialog.entries.setCurrentItem(row)
    QGuiApplication.clipboard().clear()
    log_dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report.manifest_sha256


def test_a_file_is_shown_in_the_folder_that_holds_it(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    dialog = opened(qtbot, archive)
    dialog.set_format("eml-zip")
    dialog.set_output(tmp_path / "letters")
    assert dialog.output == tmp_path / "letters.zip"  # the format's ending
    report = exported(qtbot, dialog)
    assert report is not None
    assert (tmp_path / "letters.zip").is_file()
    assert dialog.folder_to_show == tmp_path
    dialog.set_format("eml")
    assert dialog.output == tmp_path / "letters"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "%s: exists and is not an empty folder"),
        ("de", "%s: ist schon vorhanden und kein leerer Ordner"),
        ("ru", "%s: уже существует и не является пустой папкой"),
    ],
)
def test_a_folder_in_use_is_refused_and_left_alone(
    qtbot: QtBot, qapp: QApplication, archive: Archive, tmp_path: Path, language: str, said: str
) -> None:
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("mine")
    translations.install(qapp, language)
    dialog = opened(qtbot, archive)
    dialog.set_format("mbox")
    dialog.set_output(used)
    assert exported(qtbot, dialog) is None
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == said % used
    shot(dialog, f"export-dialog-in-use-{language}")
    assert [path.name for path in used.iterdir()] == ["keep.txt"]
    assert archive.exporter.log() == []
    assert dialog.export_button.isEnabled()  # another place may do
    assert dialog.folder_to_show is None


def test_a_stopped_export_leaves_nothing_behind(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    dialog = opened(qtbot, archive)
    dialog.set_format("html")
    dialog.set_output(tmp_path / "stopped")
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as finished:
        dialog.export_button.click()
        dialog.cancel_button.click()  # before the first of the 15 messages is written
        assert dialog.status.text() == "Stopping…"
    assert finished.args == [None]
    assert dialog.status.text() == "The export was stopped; nothing was left behind."
    assert not (tmp_path / "stopped").exists()
    assert archive.exporter.log() == []
    assert not dialog.problem.isVisible()


def test_closing_while_exporting_stops_the_export_first(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    dialog = opened(qtbot, archive)
    dialog.set_format("eml")
    dialog.set_output(tmp_path / "closed")
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS):
        dialog.export_button.click()
        dialog.close()
        assert dialog.isVisible()  # until the export has stopped
    assert not dialog.isVisible()
    assert not (tmp_path / "closed").exists()
    assert archive.exporter.log() == []


def test_an_empty_log_says_so(qtbot: QtBot, archive: Archive) -> None:
    dialog = ExportLogDialog(archive)
    qtbot.addWidget(dialog)
    assert dialog.entries.topLevelItemCount() == 0
    assert not dialog.empty_note.isHidden()
    assert not dialog.copy_button.isEnabled()


def test_a_bundle_needs_a_password_and_is_encrypted(
    archive: Archive, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ExportDialog(archive, Selection(query="*"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("bundle")
    assert dialog.password_field.isVisible()
    target = tmp_path / "anwalt.zip"
    dialog.set_output(target)
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("1"), timeout=10_000)
    dialog.password_field.setText("short")
    assert not dialog.export_button.isEnabled()
    dialog.password_field.setText("lange geheime Worte")
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000) as finished:
        dialog.export_button.click()
    assert finished.args[0] is not None
    assert verify_export(target, "lange geheime Worte").ok
    with pytest.raises(VerifyError, match="encrypted"):
        verify_export(target)


def test_the_name_of_who_compiled_it_is_asked_and_kept(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    archive.organiser.set_user_name("katja")  # as the login name would have it
    dialog = opened(qtbot, archive, Selection(query="*"))
    assert dialog.compiler_field.text() == "katja"
    dialog.compiler_field.setText("  Katja   Vogel ")
    dialog.set_format("pdf")
    dialog.set_output(tmp_path / "dossier.pdf")
    assert exported(qtbot, dialog) is not None
    cover = " ".join(PdfReader(tmp_path / "dossier.pdf").pages[0].extract_text().split())
    assert "Compiled by Katja Vogel" in cover
    assert archive.organiser.user_name == "Katja Vogel"
    again = opened(qtbot, archive, Selection(query="*"))
    assert again.compiler_field.text() == "Katja Vogel"
