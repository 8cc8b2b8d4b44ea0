# SPDX-License-Identifier: GPL-3.0-or-later
"""The first start: create a new archive or open an existing one."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.services import is_archive


class WelcomeChoice(Enum):
    CREATE = "create"
    OPEN = "open"


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: WelcomeChoice | None = None
        self.folder: Path | None = None
        self.setWindowTitle(self.tr("Correspondence Archive"))
        self.setMinimumWidth(520)
        title = QLabel(self.tr("<h2>Welcome</h2>"))
        intro = QLabel(
            self.tr(
                "Correspondence Archive keeps your mail in one encrypted archive on this "
                "computer. Nothing leaves it, and nothing is fetched from the internet "
                "while you read."
            )
        )
        intro.setWordWrap(True)
        create = QCommandLinkButton(
            self.tr("&Create a new archive"),
            self.tr("Choose a passphrase; then import your mail."),
        )
        open_existing = QCommandLinkButton(
            self.tr("&Open an existing archive"),
            self.tr("A folder made by Correspondence Archive, for example on a USB stick."),
        )
        create.clicked.connect(self.on_create_clicked)
        open_existing.clicked.connect(self.on_open_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(create)
        layout.addWidget(open_existing)
        layout.addStretch(1)
        create.setFocus()

    def on_create_clicked(self) -> None:
        self.choice = WelcomeChoice.CREATE
        self.accept()

    def on_open_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open an archive folder"))
        if not chosen:
            return
        if not is_archive(Path(chosen)):
            QMessageBox.warning(
                self,
                self.tr("Not an archive"),
                self.tr("The folder %1 is not an archive of Correspondence Archive.").replace(
                    "%1", chosen
                ),
            )
            return
        self.choice = WelcomeChoice.OPEN
        self.folder = Path(chosen)
        self.accept()
