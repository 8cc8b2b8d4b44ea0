# SPDX-License-Identifier: GPL-3.0-or-later
"""A new passphrase, typed twice, with a strength meter that refuses weak ones."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget
from zxcvbn import zxcvbn  # type: ignore[import-untyped]

MIN_SCORE = 2  # zxcvbn's 0..4; below this the passphrase is refused
_ESTIMATE_CHARS = 100  # zxcvbn slows down on very long input; the start tells enough


class PassphraseFields(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.mismatch = QLabel(self.tr("The two passphrases differ."))
        self.mismatch.hide()
        self.passphrase.textChanged.connect(self.on_text_changed)
        self.repeat.textChanged.connect(self.on_text_changed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        repeat_label = QLabel(self.tr("R&epeat:"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(passphrase_label, self.passphrase)
        form.addRow(repeat_label, self.repeat)
        form.addRow(self.tr("Strength:"), self.strength)
        form.addRow("", self.mismatch)
        self._valid = False
        self.on_text_changed()

    @property
    def text(self) -> str:
        return self.passphrase.text()

    @property
    def is_valid(self) -> bool:
        return self._valid

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def strength_label(self, score: int) -> str:
        return (
            self.tr("very weak"),
            self.tr("weak"),
            self.tr("fair"),
            self.tr("good"),
            self.tr("strong"),
        )[score]

    def on_text_changed(self) -> None:
        text = self.passphrase.text()
        score = int(zxcvbn(text[:_ESTIMATE_CHARS])["score"]) if text else 0
        self.strength.setValue(score)
        self.strength.setFormat(self.strength_label(score) if text else "")
        differ = bool(text and self.repeat.text() and text != self.repeat.text())
        self.mismatch.setVisible(differ)
        valid = score >= MIN_SCORE and text == self.repeat.text()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
