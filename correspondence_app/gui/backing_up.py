# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups from the window: File → Back up and File → Restore from a backup, the overview's
reminder that leads to a backup, and what a finished backup changes (the reminder goes, the
integrity advice may name it). Kept apart from the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from correspondence_app.gui.dialogs.backup_dialog import BackupDialog
from correspondence_app.gui.dialogs.restore_dialog import RestoreDialog

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMenu

    from correspondence_app.backup import BackupReport
    from correspondence_app.gui.main_window import MainWindow
    from correspondence_app.gui.settings import AppSettings


class Backing(QObject):
    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.backup_dialog: BackupDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.backup_action = QAction(self.tr("&Back up…"), window)
        self.backup_action.triggered.connect(self.on_backup)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), window)
        self.restore_action.triggered.connect(lambda: self.on_restore())
        window.overview.backup_banner.backup_requested.connect(self.on_backup)

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    def on_backup(self) -> BackupDialog | None:
        """The backup dialog; the one already open (perhaps backing up) comes to the front."""
        archive = self._window.archive
        if archive is None:
            return None
        if self.backup_dialog is None:
            dialog = BackupDialog(archive, self._settings, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.backup_finished.connect(self.on_backup_finished)
            dialog.destroyed.connect(self._on_backup_dialog_destroyed)
            self.backup_dialog = dialog
        self.backup_dialog.show()
        self.backup_dialog.raise_()
        self.backup_dialog.activateWindow()
        return self.backup_dialog

    def _on_backup_dialog_destroyed(self) -> None:
        self.backup_dialog = None

    def on_backup_finished(self, _report: BackupReport) -> None:
        self._window.overview.check_backup()
        self._window.integrity.refresh()

    def on_restore(self, folder: Path | None = None) -> RestoreDialog:
        """The restore dialog, looking in folder first (else where the backups went)."""
        if self.restore_dialog is not None:
            self.restore_dialog.close()
        archive = self._window.archive
        last = archive.backups.last() if archive is not None else None
        if folder is None:
            folder = self._settings.backup_destination or (last.place.parent if last else None)
        dialog = RestoreDialog(
            self._window,
            folder=folder,
            target_parent=archive.folder.parent if archive is not None else None,
            can_open=self._window.can_open_other_archive,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self._window.open_archive_requested)
        dialog.destroyed.connect(self._on_restore_dialog_destroyed)
        self.restore_dialog = dialog
        dialog.show()
        return dialog

    def _on_restore_dialog_destroyed(self) -> None:
        self.restore_dialog = None

    def clear(self) -> None:
        """Before locking: a backup running stops (nothing of it is kept); the dialogs go."""
        for dialog in (self.backup_dialog, self.restore_dialog):
            if dialog is not None:
                dialog.close()
