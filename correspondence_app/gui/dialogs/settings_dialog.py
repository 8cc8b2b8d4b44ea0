# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings: the language and when the archive locks by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QSpinBox, QWidget

from correspondence_app.gui.widgets.forms import column, ok_cancel_buttons, wrapped_label

if TYPE_CHECKING:
    from correspondence_app.gui.settings import AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, name in (
            ("", self.tr("As the system")),
            ("de", "Deutsch"),
            ("en", "English"),
            ("ru", "Русский"),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, 24 * 60)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setValue(settings.lock_minutes)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Lock &after inactivity:"), self.lock_minutes)
        note = wrapped_label(self.tr("A new language is used from the next start."))
        column(form, note, ok_cancel_buttons(self), parent=self)

    def accept(self) -> None:
        self._settings.language = str(self.language.currentData())
        self._settings.lock_minutes = self.lock_minutes.value()
        self._settings.sync()
        super().accept()
