# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's integrity in the window, on real archives: the check from the menu is
recorded and its result stays in the status bar; damage is named with what to do (the
newest good backup); the check every few days runs by itself after unlocking, never
during an import, and an import asked for meanwhile follows it. With CORRESPONDENCE_SHOTS
set to a folder, each state is saved there as a PNG."""

from __future__ import annotations

import fcntl
import os
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import update

from correspondence_app.gui import translations, workers
from correspondence_app.gui.dialogs.settings_dialog import SettingsDialog
from correspondence_app.gui.integrity import IntegrityChecking
from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.settings import AppSettings
from correspondence_app.services import LOCK_NAME
from correspondence_app.session_files import SessionFiles
from correspondence_app.storage.tables import Original
from tests.gui.showing import shot

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive

TIMEOUT_MS = 60_000


@pytest.fixture
def filled(archive: Archive, corpora: Path) -> Archive:
    archive.import_paths([corpora / "notmuch"], workers=0)
    return archive


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def quick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seconds instead of minutes before a check by itself and between tries; a runtime
    folder of the test's own."""
    monkeypatch.setattr(IntegrityChecking, "first_delay_ms", 50)
    monkeypatch.setattr(IntegrityChecking, "retry_ms", 100)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))


def open_window(qtbot: QtBot, archive: Archive, settings: AppSettings) -> MainWindow:
    window = MainWindow(archive, settings, SessionFiles())
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    return window


def checked(qtbot: QtBot, window: MainWindow) -> str:
    """Checks now from the menu; the status bar's words when it has ended."""
    before = window.integrity.state.last if window.integrity.state else None
    window.integrity.check_action.trigger()
    assert not window.integrity.check_action.isEnabled()  # one check at a time

    def ended() -> bool:
        state = window.integrity.state
        return not window.integrity.is_running and state is not None and state.last != before

    qtbot.waitUntil(ended, timeout=TIMEOUT_MS)
    return window.integrity.status_button.text()


def damage_an_original(archive: Archive) -> int:
    """One stored message's bytes changed with SQL, as damage on the disk would; its id."""
    message_id = archive.list_messages()[4].id
    with archive.session() as session, session.begin():
        session.execute(
            update(Original)
            .where(Original.message_id == message_id)
            .values(data=b"altered", compression="none")
        )
    return message_id


def test_a_check_from_the_menu_is_recorded_and_its_result_stays(
    qtbot: QtBot, filled: Archive, settings: AppSettings
) -> None:
    window = open_window(qtbot, filled, settings)
    button = window.integrity.status_button
    qtbot.waitUntil(lambda: button.text() == "Integrity not checked yet", timeout=TIMEOUT_MS)
    text = checked(qtbot, window)
    last = filled.integrity.last()
    assert last is not None
    assert last.ok
    assert last.checked > 300
    assert text.startswith("Integrity checked ")
    assert f"all {last.checked} item" in text
    assert button.styleSheet() == ""  # not in red
    assert button.isVisible()
    window.statusBar().showMessage("something else")  # a passing message leaves it there
    assert button.isVisible()
    shot(window.statusBar(), "integrity-status-ok")
    dialog = window.integrity.show_details()
    assert dialog is not None
    assert f"all {last.checked} stored item" in dialog.summary.text()
    assert dialog.findings.isHidden()
    assert dialog.restore_button.isHidden()
    shot(dialog, "integrity-dialog-ok")
    window.clear()
    assert button.isHidden()


def test_locking_during_a_check_ends_it_unrecorded(
    qtbot: QtBot, filled: Archive, settings: AppSettings
) -> None:
    """Locking need not wait for the whole check (13 s on 20,000 messages)."""
    window = open_window(qtbot, filled, settings)
    qtbot.waitUntil(lambda: window.integrity.state is not None, timeout=TIMEOUT_MS)
    window.integrity.check_action.trigger()
    assert window.integrity.is_running
    window.clear()  # as locking does
    assert workers.wait_for_all()
    assert filled.integrity.last() is None


def test_damage_is_named_with_the_newest_good_backup(
    qtbot: QtBot, filled: Archive, settings: AppSettings, tmp_path: Path
) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    filled.backups.make(drive)
    newest = filled.backups.make(drive).folder
    message_id = damage_an_original(filled)
    window = open_window(qtbot, filled, settings)
    text = checked(qtbot, window)
    assert "found 1 problem" in text
    assert "#b3261e" in window.integrity.status_button.styleSheet()  # in red
    shot(window, "integrity-window-damaged")
    # The findings and what to do are shown at once.
    dialog = window.integrity.dialog
    assert dialog is not None
    assert dialog.isVisible()
    items = [dialog.findings.item(i) for i in range(dialog.findings.count())]
    assert [item.text() for item in items] == [
        f"message {message_id}: its content does not match its fingerprint"
    ]
    # The core's own words, as the command line and the log say them, for a helper.
    assert [item.toolTip() for item in items] == [
        f"message {message_id}: content does not match its SHA-256"
    ]
    assert "restore the newest good backup" in dialog.advice.text()
    assert str(newest) in dialog.advice.text().replace("\u200b", "")  # breaks after a "/"
    shot(dialog, "integrity-dialog-damaged")
    dialog.restore_button.click()
    restore = window.backing.restore_dialog
    assert restore is not None
    qtbot.waitUntil(lambda: not restore.is_listing, timeout=TIMEOUT_MS)
    assert restore.chosen_backup is not None
    assert restore.chosen_backup.folder == newest
    restore.close()
    # The damage stays said after the next unlocking: it was recorded.
    window.clear()
    again = open_window(qtbot, filled, settings)
    qtbot.waitUntil(
        lambda: "found 1 problem" in again.integrity.status_button.text(), timeout=TIMEOUT_MS
    )
    again.clear()


@pytest.mark.parametrize(
    ("language", "finding"),
    [
        ("de", "Nachricht %d: ihr Inhalt stimmt nicht mit ihrem Fingerabdruck überein"),
        ("ru", "сообщение %d: содержимое не совпадает с отпечатком"),
    ],
)
def test_the_findings_are_said_in_the_users_language(
    qtbot: QtBot,
    qapp: QApplication,
    filled: Archive,
    settings: AppSettings,
    language: str,
    finding: str,
) -> None:
    message_id = damage_an_original(filled)
    translations.install(qapp, language)
    window = open_window(qtbot, filled, settings)
    checked(qtbot, window)
    dialog = window.integrity.dialog
    assert dialog is not None
    assert [dialog.findings.item(i).text() for i in range(dialog.findings.count())] == [
        finding % message_id
    ]
    shot(dialog, f"integrity-dialog-damaged-{language}")
    window.clear()


def test_without_a_backup_the_advice_is_to_keep_what_there_is(
    qtbot: QtBot, filled: Archive, settings: AppSettings
) -> None:
    damage_an_original(filled)
    window = open_window(qtbot, filled, settings)
    checked(qtbot, window)
    dialog = window.integrity.dialog
    assert dialog is not None
    assert "no backup of this archive is known" in dialog.advice.text()
    assert str(filled.folder) in dialog.advice.text().replace("\u200b", "")
    shot(dialog, "integrity-dialog-no-backup")
    window.clear()


def test_the_check_runs_by_itself_when_due_but_never_during_an_import(
    qtbot: QtBot, filled: Archive, settings: AppSettings
) -> None:
    settings.integrity_days = 7
    lock = os.open(filled.folder / LOCK_NAME, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as an import holds it
        window = open_window(qtbot, filled, settings)
        button = window.integrity.status_button
        qtbot.waitUntil(lambda: "waits for the import" in button.text(), timeout=TIMEOUT_MS)
        qtbot.wait(400)  # tried again meanwhile, in vain
        assert filled.integrity.last() is None
    finally:
        os.close(lock)
    qtbot.waitUntil(lambda: button.text().startswith("Integrity checked"), timeout=TIMEOUT_MS)
    last = filled.integrity.last()
    assert last is not None
    assert last.ok
    # Checked today: not again at the next unlocking.
    window.clear()
    again = open_window(qtbot, filled, settings)
    qtbot.wait(500)
    assert len(filled.integrity.history()) == 1
    again.clear()


def test_checks_are_off_unless_the_settings_ask_for_them(
    qtbot: QtBot, filled: Archive, settings: AppSettings
) -> None:
    assert settings.integrity_days == 0
    window = open_window(qtbot, filled, settings)
    qtbot.wait(500)
    assert filled.integrity.last() is None
    assert window.integrity.status_button.text() == "Integrity not checked yet"
    window.clear()


def test_an_import_asked_for_during_a_check_follows_it(
    qtbot: QtBot, filled: Archive, settings: AppSettings, corpora: Path
) -> None:
    window = open_window(qtbot, filled, settings)
    window.integrity.check_action.trigger()
    assert window.integrity.is_running
    window.start_import([corpora / "notmuch" / "default"])
    assert window.import_dialog is None
    assert "once the integrity check has ended" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=TIMEOUT_MS)
    dialog = window.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=TIMEOUT_MS)
    assert filled.integrity.last() is not None
    window.clear()


def test_the_settings_switch_the_checks_on_and_set_the_reminder(
    qtbot: QtBot, settings: AppSettings
) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.integrity_check.isChecked()  # off by default
    assert not dialog.integrity_days.isEnabled()
    assert dialog.backup_days.value() == 7
    assert (dialog.integrity_days.minimum(), dialog.integrity_days.maximum()) == (1, 90)
    dialog.integrity_check.setChecked(True)
    dialog.integrity_days.setValue(14)
    dialog.backup_days.setValue(3)
    shot(dialog, "settings-dialog")
    dialog.accept()
    assert (settings.integrity_days, settings.backup_remind_days) == (14, 3)
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.integrity_check.isChecked()
    assert again.integrity_days.value() == 14
    again.integrity_check.setChecked(False)
    again.accept()
    assert settings.integrity_days == 0
