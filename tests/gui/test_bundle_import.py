# SPDX-License-Identifier: GPL-3.0-or-later
"""A bundle imported through the window: dropped or chosen, its password typed into the
dialog (a wrong one said there and asked again), its tag and note arriving with its
messages and named in the summary; Skip leaves the bundle out and imports the rest."""

from __future__ import annotations

from email.message import EmailMessage
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.bundle import open_bundle
from correspondence_app.export.source import Selection
from correspondence_app.gui.dialogs.bundle_password_dialog import BundlePasswordDialog
from correspondence_app.gui.main_window import MainWindow
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE
from tests.gui.main_windows import shown_window
from tests.unit.importers.test_bundle_import import PASSES_ONE_BYTE, ZIP_DATA

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from correspondence_app.gui.dialogs.import_dialog import ImportDialog

PASSWORD = "sesam oeffne dich"  # typed with keyClicks: ASCII only
NOTE = "Übersetzung: Привет heißt Hallo"


def letter(number: int, subject: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = "Sergej <sergej@example.net>", "katja@example.de"
    message["Subject"], message["Date"] = subject, f"Mon, 0{number} Apr 2024 10:00:00 +0200"
    message["Message-ID"] = f"<bundle-{number}@test.example>"
    message.set_content(f"Brief {number}: Привет, alles gut.")
    return message.as_bytes()


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A bundle of two letters from another archive, one with the tag Anwalt and a note."""
    mail = tmp_path / "mail"
    mail.mkdir()
    for number, subject in enumerate(("Antrag auf Visum", "Termin"), 1):
        (mail / f"{number}.eml").write_bytes(letter(number, subject))
    path = tmp_path / "für-anwalt.zip"
    with Archive.create(tmp_path / "keeper", PASSPHRASE, kdf=KdfParams()) as keeper:
        keeper.import_paths([mail], workers=1)
        keeper.organiser.tag_query("subject:Visum", add=["Anwalt"])
        [visa] = [m.id for m in keeper.list_messages() if m.subject == "Antrag auf Visum"]
        keeper.organiser.set_note(visa, NOTE)
        keeper.exporter.export(Selection(query="*"), "bundle", path, password=PASSWORD)
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The window of a fresh, empty archive."""
    with shown_window(qtbot, tmp_path, monkeypatch, with_mail=False) as shown:
        yield shown


def drop(window: MainWindow, *paths: Path) -> ImportDialog:
    """Drops the files on the window, as a file manager does."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.import_dialog is not None
    return window.import_dialog


def asked(qtbot: QtBot, dialog: ImportDialog) -> BundlePasswordDialog:
    qtbot.waitUntil(
        lambda: dialog.password_dialog is not None and dialog.password_dialog.isVisible()
    )
    assert dialog.password_dialog is not None
    return dialog.password_dialog


def type_password(qtbot: QtBot, question: BundlePasswordDialog, password: str) -> None:
    qtbot.keyClicks(question.password, password)  # type: ignore[no-untyped-call]
    qtbot.mouseClick(question.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def archive_of(window: MainWindow) -> Archive:
    assert window.archive is not None
    return window.archive


def test_a_dropped_bundle_brings_its_tag_and_note_with_the_password_typed(
    qtbot: QtBot, window: MainWindow, bundle: Path
) -> None:
    dialog = drop(window, bundle)
    question = asked(qtbot, dialog)
    assert question.password.echoMode() == question.password.EchoMode.Password
    assert not question.ok_button.isEnabled()  # nothing typed yet
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000) as finished:
        type_password(qtbot, question, PASSWORD)
    assert finished.args[0].imported == 2
    summary = dialog.status.text().splitlines()
    assert "New messages: 2" in summary
    assert "From für-anwalt.zip, besides the messages:" in summary
    assert "  Tags given to messages: 3" in summary  # Anwalt, and the folder "mail" on two
    assert "  Notes: 1" in summary
    assert not any("Not applied" in line for line in summary)
    archive = archive_of(window)
    assert [(t.name, t.messages) for t in archive.organiser.tags() if t.name == "Anwalt"] == [
        ("Anwalt", 1)
    ]
    [visa] = [m.id for m in archive.list_messages() if m.subject == "Antrag auf Visum"]
    note = archive.organiser.note(visa)
    assert note is not None
    assert note.text == NOTE
    assert "passwords" not in dialog.task.kwargs  # not kept beyond the import
    assert dialog.password_dialog is None


def test_a_wrong_password_is_said_in_the_dialog_and_asked_again(
    qtbot: QtBot, window: MainWindow, bundle: Path
) -> None:
    window.start_import([bundle])  # what File → Import files does with the files chosen
    assert window.import_dialog is not None
    dialog = window.import_dialog
    question = asked(qtbot, dialog)
    assert not dialog.quarantine_button.isVisible()
    type_password(qtbot, question, "sesam schliesse dich")
    assert question.isVisible()
    assert question.error.isVisible()
    assert question.error.text() == (
        "This password does not open “für-anwalt.zip”. Please try again."
    )
    assert "paths" not in dialog.task.kwargs  # nothing started
    assert archive_of(window).list_messages() == []
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000) as finished:
        type_password(qtbot, question, PASSWORD)  # replaces the wrong one, still selected
    assert finished.args[0].imported == 2
    assert "  Tags given to messages: 3" in dialog.status.text().splitlines()


def test_skipping_the_password_imports_nothing_of_the_bundle(
    qtbot: QtBot, window: MainWindow, bundle: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.eml"
    other.write_bytes(letter(7, "Nicht im Bundle"))
    dialog = drop(window, bundle, other)
    question = asked(qtbot, dialog)
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000) as finished:
        qtbot.mouseClick(question.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert finished.args[0].imported == 1
    summary = dialog.status.text().splitlines()
    assert "Not imported, no password given: für-anwalt.zip" in summary
    assert not any("besides the messages" in line for line in summary)
    archive = archive_of(window)
    assert [m.subject for m in archive.list_messages()] == ["Nicht im Bundle"]
    assert "Anwalt" not in {tag.name for tag in archive.organiser.tags()}


def test_skipping_the_only_bundle_closes_the_import_without_starting_it(
    qtbot: QtBot, window: MainWindow, bundle: Path
) -> None:
    dialog = drop(window, bundle)
    question = asked(qtbot, dialog)
    question.reject()  # Escape
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "paths" not in dialog.task.kwargs
    assert not dialog.is_running  # the next import may start
    assert archive_of(window).list_messages() == []


def test_an_encrypted_zip_of_another_program_is_asked_for_its_messages_only(
    qtbot: QtBot, window: MainWindow, bundle: Path, tmp_path: Path
) -> None:
    other = tmp_path / "vom-anwalt.zip"
    with open_bundle(other, "w", PASSWORD) as packed:  # encrypted like 7-Zip's AES ZIPs
        packed.writestr("Antwort.eml", letter(8, "Antwort des Anwalts"))
    dialog = drop(window, other)
    question = asked(qtbot, dialog)
    intro = question.findChild(QLabel)
    assert intro is not None
    assert intro.text() == (
        "“vom-anwalt.zip” is an encrypted ZIP. Type its password to import the messages in it."
    )
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000) as finished:
        type_password(qtbot, question, PASSWORD)
    assert finished.args[0].imported == 1
    assert not any("besides the messages" in line for line in dialog.status.text().splitlines())
    assert [m.subject for m in archive_of(window).list_messages()] == ["Antwort des Anwalts"]
    ours = BundlePasswordDialog(bundle)
    qtbot.addWidget(ours)
    ours_intro = ours.findChild(QLabel)
    assert ours_intro is not None
    assert ours_intro.text().endswith("with their tags, notes and people.")


def test_a_wrong_password_that_the_old_zip_check_lets_through_is_said_as_wrong(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    packed = tmp_path / "vom-anwalt.zip"
    packed.write_bytes((ZIP_DATA / "zipcrypto.zip").read_bytes())
    dialog = drop(window, packed)
    question = asked(qtbot, dialog)
    type_password(qtbot, question, PASSES_ONE_BYTE)
    assert question.isVisible()
    assert question.error.text() == (
        "This password does not open “vom-anwalt.zip”. Please try again."
    )
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000) as finished:
        type_password(qtbot, question, "geheim")
    assert finished.args[0].imported == 1
