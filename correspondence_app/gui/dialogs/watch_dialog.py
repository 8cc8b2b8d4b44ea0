# SPDX-License-Identifier: GPL-3.0-or-later
"""Watching a person: when their silence counts as overdue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QSpinBox, QWidget

from correspondence_app.gui.widgets.forms import column, ok_cancel_buttons, wrapped_label

DEFAULT_DAYS = 14  # offered when the user chooses the days themselves


class WatchDialog(QDialog):
    """Asks when a watched person's silence counts as overdue."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Watch “%1”").replace("%1", name))
        intro = wrapped_label(
            self.tr(
                "The overview shows how long ago “%1” last gave a sign of life. By default "
                "the silence is overdue after twice the usual gap between letters."
            ).replace("%1", name)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.own_box = QCheckBox(self.tr("&Overdue after a number of days I choose"))
        self.days_field = QSpinBox()
        self.days_field.setRange(1, 365)
        self.days_field.setValue(DEFAULT_DAYS)
        self.days_field.setEnabled(False)
        self.own_box.toggled.connect(self.days_field.setEnabled)
        form = QFormLayout()
        form.addRow(self.own_box)
        form.addRow(self.tr("&Days of silence:"), self.days_field)
        column(intro, form, ok_cancel_buttons(self), parent=self)
        self.setMinimumWidth(420)

    @property
    def threshold_days(self) -> int | None:
        """The days chosen; None: overdue after twice the usual gap."""
        return self.days_field.value() if self.own_box.isChecked() else None

    def set_threshold_days(self, days: int | None) -> None:
        """Shows the threshold a person has (when the watching is changed)."""
        self.own_box.setChecked(days is not None)
        self.days_field.setValue(days if days is not None else DEFAULT_DAYS)
