# SPDX-License-Identifier: GPL-3.0-or-later
"""Changing the passphrase; also asked for after unlocking with the recovery code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.crypto.keys import WrongPassphrase
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.widgets.feedback import busy_bar, problem_label
from correspondence_app.gui.widgets.passphrase_fields import PassphraseFields

if TYPE_CHECKING:
    from correspondence_app.services import Archive


class ChangePassphraseDialog(QDialog):
    def __init__(
        self, archive: Archive, parent: QWidget | None = None, *, recovery_code: str = ""
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._recovery_code = recovery_code
        self._task: workers.Task | None = None
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if recovery_code:
            intro = QLabel(
                self.tr(
                    "You opened the archive with the recovery code. Please choose a new "
                    "passphrase now. The recovery code stays valid."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        if not recovery_code:
            form = QFormLayout()
            current_label = QLabel(self.tr("&Current passphrase:"))
            current_label.setBuddy(self.current)
            form.addRow(current_label, self.current)
            layout.addLayout(form)
        self.fields = PassphraseFields()
        layout.addWidget(self.fields)
        self.error = problem_label()
        layout.addWidget(self.error)
        self.busy = busy_bar()
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox()
        self.change_button = buttons.addButton(
            self.tr("C&hange passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setEnabled(False)
        buttons.addButton(
            self.tr("&Later") if recovery_code else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.on_change_clicked)
        buttons.rejected.connect(self.reject)
        self.fields.validity_changed.connect(self.change_button.setEnabled)
        layout.addWidget(buttons)

    def on_change_clicked(self) -> None:
        old = self._recovery_code or self.current.text()
        self.error.hide()
        self.busy.show()
        self.change_button.setEnabled(False)
        task = workers.Task(self._archive.change_passphrase, old, self.fields.text)
        task.signals.finished.connect(self.on_task_finished)
        task.signals.failed.connect(self.on_task_failed)
        self._task = workers.start(task)

    def on_task_finished(self, _result: object) -> None:
        self.busy.hide()
        self.fields.clear()
        self._recovery_code = ""
        self.accept()

    def on_task_failed(self, error: Exception) -> None:
        self.busy.hide()
        self.change_button.setEnabled(self.fields.is_valid)
        if isinstance(error, WrongPassphrase):
            message = self.tr("The current passphrase is wrong.")
        else:
            message = self.tr("The passphrase could not be changed: %1").replace(
                "%1", error_text(error)
            )
        self.error.setText(message)
        self.error.show()
