# SPDX-License-Identifier: GPL-3.0-or-later
"""The password of one encrypted ZIP (a bundle, or another program's) to import, checked
before it is taken."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.widgets.feedback import problem_label
from correspondence_app.importers import zip_source

if TYPE_CHECKING:
    from pathlib import Path


class BundlePasswordDialog(QDialog):
    """Accepted only with the password that opens the bundle; Cancel leaves it out of the
    import. ``take_password()`` hands the password over once and forgets it."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._password = ""
        self.setWindowTitle(self.tr("Encrypted ZIP"))
        self.setMinimumWidth(420)
        if zip_source.is_bundle(path):
            text = self.tr(
                "“%1” is an encrypted ZIP. Type its password to import the messages in it, "
                "with their tags, notes and people."
            )
        else:  # another program's: it brings messages only
            text = self.tr(
                "“%1” is an encrypted ZIP. Type its password to import the messages in it."
            )
        intro = QLabel(text.replace("%1", path.name))
        intro.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of the encrypted ZIP"))
        self.error = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        self.ok_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("&Skip this file"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(self.on_password_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def on_password_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text))

    def accept(self) -> None:
        """Checks the password against the bundle (a fraction of a second); a wrong one is
        said here and asked for again."""
        password = self.password.text()
        if not password:
            return
        try:
            zip_source.check_password(self.path, password)
        except zip_source.WrongPasswordError:
            self._show_problem(
                self.tr("This password does not open “%1”. Please try again.").replace(
                    "%1", self.path.name
                )
            )
            return
        except zip_source.ZipSourceError as error:  # damaged, or gone meanwhile
            self._show_problem(error_text(error))
            return
        self._password = password
        self.password.clear()
        super().accept()

    def reject(self) -> None:
        self.password.clear()
        super().reject()

    def take_password(self) -> str:
        password, self._password = self._password, ""
        return password

    def _show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.password.selectAll()
        self.password.setFocus()
