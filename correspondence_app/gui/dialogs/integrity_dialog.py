# SPDX-License-Identifier: GPL-3.0-or-later
"""The last integrity check of the archive: when, what it found, and what to do about damage
(restore the newest good backup, or keep what there is when none is known)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from correspondence_app.gui.core_messages import core_text
from correspondence_app.gui.dialogs.backup_dialog import breakable, fit_height
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.feedback import busy_bar

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from correspondence_app.integrity import GoodBackup, IntegrityCheck


def long_date_time(moment: datetime) -> str:
    """ "26 November 2026, 14:05" as the language writes it, without the weekday (which
    would need its own case in a sentence)."""
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    locale = QLocale()
    day = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd "):
        day = day.replace(weekday, "")
    return (
        locale.toString(local.date(), day)
        + ", "
        + locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    )


class IntegrityDialog(QDialog):
    check_requested = Signal()
    restore_requested = Signal(object)  # the folder the good backup is in, or None

    def __init__(self, archive_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive_folder = archive_folder
        self._good: GoodBackup | None = None
        self.setWindowTitle(self.tr("Integrity of the archive"))
        self.setMinimumWidth(560)
        intro = forms.wrapped_label(
            self.tr(
                "The check reads the whole database and compares every stored message and "
                "attachment with the fingerprint (SHA-256) it was stored with, so that damage "
                "on the disk is noticed while a good backup still exists."
            )
        )
        self.summary = forms.wrapped_label()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Problems found"))
        self.findings.setWordWrap(True)
        self.findings.setMinimumHeight(120)
        self.advice = forms.wrapped_label()
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = busy_bar()
        self.busy.setAccessibleName(self.tr("Checking"))
        self.buttons = forms.close_buttons(self)
        self.check_button = self.buttons.addButton(
            self.tr("Check &now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.clicked.connect(self.check_requested)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore from a backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.on_restore_clicked)
        forms.column(
            intro,
            self.summary,
            (self.findings, 1),
            self.advice,
            self.busy,
            self.buttons,
            parent=self,
        )
        self.show_state(None, None)

    def show_state(self, last: IntegrityCheck | None, good: GoodBackup | None) -> None:
        self._good = good
        damaged = last is not None and not last.ok
        if last is None:
            self.summary.setText(self.tr("The archive's integrity has not been checked yet."))
        elif last.ok:
            self.summary.setText(
                self.tr(
                    "Checked on %1: all %Ln stored item(s) are intact.", "", last.checked
                ).replace("%1", long_date_time(last.checked_at))
            )
        else:
            self.summary.setText(
                self.tr("The check on %1 found %Ln problem(s):", "", last.problems).replace(
                    "%1", long_date_time(last.checked_at)
                )
            )
        self.findings.clear()
        if last is not None:
            for finding in last.findings:
                item = QListWidgetItem(core_text(finding))
                item.setToolTip(finding)  # the core's English words, for a helper
                self.findings.addItem(item)
            if last.problems > len(last.findings):
                more = last.problems - len(last.findings)
                self.findings.addItem(self.tr("… and %Ln more", "", more))
        self.findings.setVisible(damaged)
        self.advice.setText(self.advice_words(good) if damaged else "")
        self.advice.setVisible(damaged)
        self.restore_button.setVisible(damaged)
        if self.isVisible():
            fit_height(self)
        else:
            self.adjustSize()

    def advice_words(self, good: GoodBackup | None) -> str:
        if good is None:
            return self.tr(
                "What to do: no backup of this archive is known. Keep this archive as it is: "
                "do not delete it, and import nothing more into it. Save what is intact now: "
                "copy the whole folder %1 to another drive, and export the messages there "
                "(File → Export…)."
            ).replace("%1", breakable(self._archive_folder))
        info = good.info
        words = (
            self.tr(
                "What to do: keep this archive as it is, and restore the newest good backup "
                "into a new folder: the one made on %1 with %Ln message(s), in %2. Then open "
                "the restored archive and use it from now on.",
                "",
                info.messages,
            )
            .replace("%1", long_date_time(info.created_at))
            .replace("%2", breakable(info.place))
        )
        if not good.reachable:
            words += " " + self.tr("Its drive is not connected now: connect it first.")
        return words

    def set_checking(self, checking: bool) -> None:
        self.busy.setVisible(checking)
        self.check_button.setEnabled(not checking)
        if checking:
            self.summary.setText(self.tr("Checking the archive's integrity…"))

    def on_restore_clicked(self) -> None:
        self.restore_requested.emit(self._good.info.place.parent if self._good else None)
