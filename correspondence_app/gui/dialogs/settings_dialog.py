# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings: the language, when the archive locks by itself, when to remind of a backup and
how often to check the archive's integrity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QSpinBox, QWidget

from correspondence_app.gui.settings import MOST_BACKUP_REMIND_DAYS, MOST_INTEGRITY_DAYS
from correspondence_app.gui.translations import LANGUAGE_NAMES
from correspondence_app.gui.widgets.forms import column, ok_cancel_buttons, row, wrapped_label

if TYPE_CHECKING:
    from collections.abc import Callable

    from correspondence_app.gui.settings import AppSettings

SUGGESTED_INTEGRITY_DAYS = 30  # shown while the checks are off


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, name in (("", self.tr("As the system")), *LANGUAGE_NAMES.items()):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, 24 * 60)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setValue(settings.lock_minutes)
        # Their own words: "after 7 days" and "every 7 days" take other cases in some languages.
        self.backup_days = self._days_box(
            1,
            MOST_BACKUP_REMIND_DAYS,
            settings.backup_remind_days,
            lambda days: self.tr(" day(s) without a backup", "", days),
        )
        self.backup_days.setAccessibleName(self.tr("Remind of a backup after days"))
        every = settings.integrity_days
        self.integrity_check = QCheckBox(self.tr("Check the archive's &integrity every"))
        self.integrity_check.setChecked(every > 0)
        self.integrity_days = self._days_box(
            1,
            MOST_INTEGRITY_DAYS,
            every or SUGGESTED_INTEGRITY_DAYS,
            lambda days: self.tr(" day(s)", "", days),
        )
        self.integrity_days.setAccessibleName(self.tr("Days between integrity checks"))
        self.integrity_days.setEnabled(every > 0)
        self.integrity_check.toggled.connect(self.integrity_days.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Lock &after inactivity:"), self.lock_minutes)
        form.addRow(self.tr("Remind of a &backup after:"), self.backup_days)
        form.addRow(row(self.integrity_check, self.integrity_days))
        note = wrapped_label(
            self.tr("A new language is used from the next start.")
            + " "
            + self.tr(
                "The integrity check reads every stored message again, in the background "
                "after unlocking; an import waits until it has ended."
            )
        )
        column(form, note, ok_cancel_buttons(self), parent=self)

    @staticmethod
    def _days_box(least: int, most: int, value: int, suffix: Callable[[int], str]) -> QSpinBox:
        box = QSpinBox()
        box.setRange(least, most)
        box.valueChanged.connect(lambda days: box.setSuffix(suffix(days)))
        box.setValue(value)
        box.setSuffix(suffix(value))
        return box

    def accept(self) -> None:
        self._settings.language = str(self.language.currentData())
        self._settings.lock_minutes = self.lock_minutes.value()
        self._settings.backup_remind_days = self.backup_days.value()
        checking = self.integrity_check.isChecked()
        self._settings.integrity_days = self.integrity_days.value() if checking else 0
        self._settings.sync()
        super().accept()
