# SPDX-License-Identifier: GPL-3.0-or-later
"""Backing up and restoring from the window, on real archives and real folders: the backup
runs in the background with its steps and can be cancelled, a place that cannot take it is
named, the restore dialog lists a folder's backups and restores into a new folder only, and
the overview reminds of a backup until one is made. With CORRESPONDENCE_SHOTS set to a
folder, each state is saved there as a PNG."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings

from correspondence_app.alerts.clock import TODAY_ENV
from correspondence_app.backup import verify_backup
from correspondence_app.backup.manifest import MANIFEST_NAME
from correspondence_app.gui import translations
from correspondence_app.gui.dialogs.backup_dialog import BackupDialog
from correspondence_app.gui.dialogs.restore_dialog import RestoreDialog
from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.settings import AppSettings
from correspondence_app.gui.widgets.backup_list import COLUMN_STATE
from correspondence_app.services import Archive
from correspondence_app.session_files import SessionFiles
from tests.conftest import PASSPHRASE
from tests.gui.showing import shot

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

TIMEOUT_MS = 60_000


@pytest.fixture
def filled(archive: Archive, corpora: Path) -> Archive:
    archive.import_paths([corpora / "notmuch"], workers=0)
    return archive


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    folder = tmp_path / "drive"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def backup_dialog(qtbot: QtBot, archive: Archive, settings: AppSettings) -> BackupDialog:
    dialog = BackupDialog(archive, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def back_up(qtbot: QtBot, dialog: BackupDialog, destination: Path) -> None:
    dialog.destination.setText(str(destination))
    with qtbot.waitSignal(dialog.backup_finished, timeout=TIMEOUT_MS):
        dialog.backup_button.click()


def test_a_backup_from_the_dialog_is_verified_and_says_what_it_did(
    qtbot: QtBot, filled: Archive, settings: AppSettings, drive: Path
) -> None:
    dialog = backup_dialog(qtbot, filled, settings)
    assert "never been backed up" in dialog.last_label.text()
    assert not dialog.backup_button.isEnabled()  # no folder chosen yet
    shot(dialog, "backup-dialog")
    dialog.keep.setValue(2)
    dialog.destination.setText(str(drive))
    steps: list[str] = []
    # Before the click: the backup's thread may report its first step at once.
    dialog.relay.changed.connect(lambda _done, _total, note: steps.append(note))
    with qtbot.waitSignal(dialog.backup_finished, timeout=TIMEOUT_MS) as finished:
        dialog.backup_button.click()
        assert dialog.is_running
        assert not dialog.destination.isEnabled()
        shot(dialog, "backup-dialog-running")
    report = finished.args[0]
    assert {"copying", "reading back", "checking"} <= set(steps)
    assert report.folder.parent == drive
    assert verify_backup(report.folder, PASSPHRASE).ok
    outcome = dialog.outcome.text()
    messages = filled.stats().messages
    assert "complete and verified" in outcome
    assert f"{messages} message" in outcome
    assert dialog.where.text() == str(report.folder)
    assert dialog.removed.isHidden()  # nothing older to remove yet
    assert dialog.cancel_button.text() == "&Close"
    shot(dialog, "backup-dialog-done")
    # Remembered for the next time: the folder and how many to keep.
    assert (settings.backup_destination, settings.backup_keep) == (drive, 2)
    again = backup_dialog(qtbot, filled, settings)
    assert again.destination.text() == str(drive)
    assert again.keep.value() == 2
    assert f"{messages} message" in again.last_label.text()
    back_up(qtbot, again, drive)
    third = backup_dialog(qtbot, filled, settings)
    back_up(qtbot, third, drive)
    # The third backup with two kept: the first one went, and the outcome names it.
    assert "Older backups removed there" in third.removed.text()
    assert report.folder.name in third.removed.text()
    assert not report.folder.exists()
    assert len(list(drive.iterdir())) == 2
    shot(third, "backup-dialog-removed")


def test_cancel_leaves_no_partial_folder(
    qtbot: QtBot, filled: Archive, settings: AppSettings, drive: Path
) -> None:
    dialog = backup_dialog(qtbot, filled, settings)
    dialog.destination.setText(str(drive))
    dialog.backup_button.click()
    dialog.cancel_button.click()  # while it runs: it stops, then the dialog closes
    assert dialog.isVisible()
    assert not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    assert "cancelled; nothing of it was kept" in dialog.problem.text()
    assert list(drive.iterdir()) == []
    assert filled.backups.last() is None


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    """A real 1 MB tmpfs at folder (the archive's snapshot needs more), where one can be
    mounted (as root, which CI is)."""
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.parametrize("place", ["unplugged", "a file", "full"])
def test_a_place_that_cannot_take_the_backup_is_named(
    qtbot: QtBot, filled: Archive, settings: AppSettings, tmp_path: Path, place: str
) -> None:
    dialog = backup_dialog(qtbot, filled, settings)
    with contextlib.ExitStack() as stack:
        if place == "unplugged":
            destination, reason = tmp_path / "usb-stick", "no such folder (is the drive connected?)"
        elif place == "a file":
            destination, reason = tmp_path / "notes.txt", "not a folder"
            destination.write_text("not a folder")
        else:
            destination = stack.enter_context(small_disk(tmp_path / "small"))
            reason = "the disk is full"
        dialog.destination.setText(str(destination))
        dialog.backup_button.click()
        qtbot.waitUntil(lambda: not dialog.is_running, timeout=TIMEOUT_MS)
        assert dialog.problem.isVisible()
        assert dialog.problem.text().startswith("The backup could not be made:")
        assert reason in dialog.problem.text()
        assert dialog.backup_button.isEnabled()  # another folder can be tried
        shot(dialog, f"backup-dialog-{place.replace(' ', '-')}")
        if place == "full":
            assert list(destination.iterdir()) == []
    assert filled.backups.last() is None


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("de", "%s: Ordner nicht gefunden (ist das Laufwerk angeschlossen?)"),
        ("ru", "%s: нет такой папки (диск подключён?)"),
    ],
)
def test_the_place_is_named_in_the_users_language(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    settings: AppSettings,
    tmp_path: Path,
    language: str,
    said: str,
) -> None:
    translations.install(qapp, language)
    dialog = backup_dialog(qtbot, archive, settings)
    dialog.destination.setText(str(tmp_path / "usb-stick"))
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=TIMEOUT_MS)
    assert dialog.problem.text().endswith(said % (tmp_path / "usb-stick"))
    shot(dialog, f"backup-dialog-unplugged-{language}")


# Restoring -----------------------------------------------------------------------------------
def restore_dialog(qtbot: QtBot, folder: Path, **kwargs: object) -> RestoreDialog:
    dialog = RestoreDialog(folder=folder, target_parent=folder.parent, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_listing, timeout=TIMEOUT_MS)
    return dialog


def test_the_restore_dialog_lists_the_backups_with_their_state(
    qtbot: QtBot, filled: Archive, drive: Path
) -> None:
    older = filled.backups.make(drive).folder
    newer = filled.backups.make(drive).folder
    damaged = filled.backups.make(drive).folder
    (damaged / MANIFEST_NAME).write_text("{}")
    (drive / f"{older.name}-9.partial").mkdir()  # an interrupted one
    (drive / "holiday photos").mkdir()  # not a backup: not listed
    dialog = restore_dialog(qtbot, drive)
    rows = [dialog.backups.topLevelItem(i) for i in range(dialog.backups.topLevelItemCount())]
    states = [row.text(COLUMN_STATE) for row in rows if row is not None]
    assert sorted(states) == ["Damaged", "Unfinished", "Verified", "Verified"]
    # Newest first, and the newest complete one is chosen.
    chosen = dialog.chosen_backup
    assert chosen is not None
    assert chosen.folder == newer
    messages = filled.stats().messages
    current = dialog.backups.currentItem()
    assert current is not None
    assert f"{messages} message" in current.text(2)
    assert dialog.target.text() == str(drive.parent / f"{filled.folder.name} (restored)")
    shot(dialog, "restore-dialog")
    # A damaged one cannot be chosen for restoring; the reason is said.
    damaged_row = next(
        row for row in rows if row is not None and row.text(COLUMN_STATE) == "Damaged"
    )
    dialog.backups.setCurrentItem(damaged_row)
    dialog.secret.setText(PASSPHRASE)
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored" in dialog.problem.text()
    # A backup folder chosen itself is listed too.
    alone = restore_dialog(qtbot, older)
    assert alone.chosen_backup is not None
    assert alone.chosen_backup.folder == older


def test_a_backup_restores_into_a_new_folder_and_never_over_an_archive(
    qtbot: QtBot, filled: Archive, drive: Path, tmp_path: Path
) -> None:
    backup = filled.backups.make(drive).folder
    dialog = restore_dialog(qtbot, drive, can_open=True)
    # Over the archive that is open: refused, with the core's reason.
    dialog.target.setText(str(filled.folder))
    dialog.secret.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=TIMEOUT_MS)
    assert "there is an archive here already; restore into a new folder" in dialog.problem.text()
    shot(dialog, "restore-dialog-refused")
    # A wrong passphrase: said, and nothing is written.
    target = tmp_path / "restored"
    dialog.target.setText(str(target))
    dialog.secret.setText("wrong")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=TIMEOUT_MS)
    assert "Wrong passphrase or recovery code" in dialog.problem.text()
    assert not target.exists()
    # Into a new folder: restored, checked, and how to open it is said.
    dialog.secret.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=TIMEOUT_MS)
    assert not dialog.problem.isVisible()
    outcome = dialog.outcome.text()
    messages = filled.stats().messages
    assert f"restored and checked: {messages} message" in outcome
    assert dialog.where.text() == str(target)
    assert "Other archive…" in dialog.how_to_open.text()
    assert dialog.secret.text() == ""  # not kept after it was used
    shot(dialog, "restore-dialog-done")
    with Archive.open(target, PASSPHRASE) as restored:
        assert restored.stats().messages == messages
        assert restored.verify().ok
    assert verify_backup(backup, PASSPHRASE).ok  # the backup is untouched
    assert dialog.open_button.isVisible()
    with qtbot.waitSignal(dialog.open_requested) as opened:
        dialog.open_button.click()
    assert opened.args == [target]


def test_opening_the_restored_archive_is_offered_only_where_the_window_can(
    qtbot: QtBot, filled: Archive, drive: Path, settings: AppSettings, tmp_path: Path
) -> None:
    filled.backups.make(drive)
    window = open_window(qtbot, filled, settings)
    assert not window.can_open_other_archive  # nobody connected: the outcome says how
    dialog = window.backing.on_restore()
    qtbot.waitUntil(lambda: not dialog.is_listing, timeout=TIMEOUT_MS)
    assert dialog.chosen_backup is not None  # looked where the backups went
    dialog.target.setText(str(tmp_path / "restored"))
    dialog.secret.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=TIMEOUT_MS)
    assert not dialog.open_button.isVisible()
    dialog.close()
    opened: list[Path] = []
    window.open_archive_requested.connect(opened.append)
    assert window.can_open_other_archive
    window.clear()


# The reminder --------------------------------------------------------------------------------
def open_window(qtbot: QtBot, archive: Archive, settings: AppSettings) -> MainWindow:
    window = MainWindow(archive, settings, SessionFiles())
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture(autouse=True)
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))


def test_the_overview_reminds_of_a_backup_until_one_is_made(
    qtbot: QtBot,
    filled: Archive,
    settings: AppSettings,
    drive: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, filled, settings)
    banner = window.overview.backup_banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT_MS)
    assert "This archive has never been backed up." in banner.label.text()
    window.resize(900, 600)
    shot(window, "backup-banner")
    banner.button.click()
    dialog = window.backing.backup_dialog
    assert dialog is not None
    assert dialog.isVisible()
    back_up(qtbot, dialog, drive)
    qtbot.waitUntil(banner.isHidden, timeout=TIMEOUT_MS)
    dialog.close()
    # A backup older than the days the settings allow brings it back.
    window.overview.backup_remind_days = 1
    monkeypatch.setenv(TODAY_ENV, "2099-01-01")
    window.overview.check_backup()
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT_MS)
    assert "No backup for" in banner.label.text()
    shot(banner, "backup-banner-days")
    window.clear()
    assert banner.isHidden()
