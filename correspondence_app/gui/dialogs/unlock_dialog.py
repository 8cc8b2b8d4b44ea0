# SPDX-License-Identifier: GPL-3.0-or-later
"""Unlocking an archive: the passphrase (or the recovery code), derived off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import configure_mappers

from correspondence_app.crypto.keys import WrongPassphrase
from correspondence_app.crypto.recovery import MistypedRecoveryCode
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.overview import Alerts, load_alerts
from correspondence_app.gui.widgets.feedback import busy_bar, problem_label
from correspondence_app.services import Archive, ArchiveError

if TYPE_CHECKING:
    from pathlib import Path


def open_archive(folder: Path, secret: str) -> tuple[Archive, Alerts | None]:
    """Opens the archive and, when anyone is watched, reads the alerts at once, so that the
    overview shows with the window (run on a worker thread)."""
    archive = Archive.open(folder, secret)
    try:
        alerts = load_alerts(archive) if archive.watchlist.watched() else None
    except Exception:  # the overview reads them again and says what went wrong
        alerts = None
    return archive, alerts


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the open Archive
    # The open Archive and the recovery code it was opened with (to set a new passphrase).
    unlocked_with_recovery_code = Signal(object, str)
    other_archive_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The database's mappings are prepared now (10 ms), not by the first query on the
        # worker thread that opens the archive, where beside the window's timers it took
        # 0.4 s and delayed the overview.
        configure_mappers()
        self.folder = folder
        self._task: workers.Task | None = None
        self._secret = ""
        self.first_alerts: Alerts | None = None  # read with the opening, for the overview
        self.setWindowTitle(self.tr("Unlock archive"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr("Enter the passphrase of the archive in\n%1").replace("%1", str(folder))
        )
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase or recovery code"))
        self.error = problem_label()
        self.busy = busy_bar()  # the key derivation takes about a second
        self.busy.setAccessibleName(self.tr("Unlocking"))

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        other = QPushButton(self.tr("&Other archive…"))
        self.buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_unlock_clicked)
        self.buttons.rejected.connect(self.reject)
        other.clicked.connect(self.on_other_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def on_other_clicked(self) -> None:
        self.other_archive_requested.emit()
        self.reject()

    def on_unlock_clicked(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self._show_error(self.tr("Please enter the passphrase."))
            return
        self.unlock_with(secret)

    def unlock_with(self, secret: str) -> None:
        """Starts unlocking; also used when the passphrase comes from the environment."""
        self._set_busy(True)
        self.error.hide()
        self._secret = secret
        task = workers.Task(open_archive, self.folder, secret)
        # Connected before the start: a mistyped recovery code fails at once.
        task.signals.finished.connect(self.on_task_finished)
        task.signals.failed.connect(self.on_task_failed)
        self._task = workers.start(task)

    def on_task_finished(self, opened: tuple[Archive, Alerts | None]) -> None:
        archive, self.first_alerts = opened
        self._set_busy(False)
        self.passphrase.clear()
        secret, self._secret = self._secret, ""
        self.unlocked.emit(archive)
        if archive.opened_with_recovery_code:
            self.unlocked_with_recovery_code.emit(archive, secret)
        self.accept()

    def on_task_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._secret = ""
        if isinstance(error, MistypedRecoveryCode):
            message = self.tr(
                "This recovery code is mistyped: a character is wrong, missing or swapped. "
                "Please compare it with your written copy."
            )
        elif isinstance(error, WrongPassphrase):
            message = self.tr("Wrong passphrase or recovery code. Please try again.")
        elif isinstance(error, ArchiveError):
            message = error_text(error)
        else:
            message = self.tr("The archive could not be opened: %1").replace(
                "%1", error_text(error)
            )
        self._show_error(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
