# SPDX-License-Identifier: GPL-3.0-or-later
"""The overview beside the mail: watched people's signs of life and the letters awaiting
an answer, the first view after unlocking when anyone is watched; a banner over the mail
while anything is due or overdue, and one while the last backup is too old; the check
again every few minutes and after sleep."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.alerts.awaiting import LetterStatus
from correspondence_app.alerts.last_contact import SilenceStatus
from correspondence_app.gui import workers
from correspondence_app.gui.resources import icon
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.dashboard import DashboardView

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from correspondence_app.alerts.awaiting import AwaitedLetter
    from correspondence_app.alerts.last_contact import WatchedStatus
    from correspondence_app.services import Archive

CHECK_EVERY_MS = 5 * 60 * 1000  # and at once after the computer slept (the clock jumped)

Alerts = tuple[list["WatchedStatus"], list["AwaitedLetter"], "ZoneInfo"]


DEFAULT_BACKUP_REMIND_DAYS = 7  # as correspondence_app.backup.DEFAULT_REMIND_DAYS
_WARNING_COLOUR = "#8a5a00"  # the banners' amber; red is for what is overdue


def load_alerts(archive: Archive) -> Alerts:
    return archive.watchlist.status(), archive.ledger.awaiting(), archive.watchlist.zone


@dataclass(frozen=True)
class BackupAge:
    days_since: int | None  # since the last verified backup; None: never backed up
    is_overdue: bool


def load_backup_age(archive: Archive, remind_days: int) -> BackupAge:
    since = archive.backups.days_since_last()
    # An archive that nothing was put in yet has nothing to lose: no reminder.
    return BackupAge(since, (since is None or since > remind_days) and not archive.is_empty)


class BackupBanner(QFrame):
    """ "No backup for 12 days", with the button that makes one."""

    backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup-banner")
        self.setStyleSheet(
            f"QFrame#backup-banner {{ background: {_WARNING_COLOUR}; }}"
            "QFrame#backup-banner QLabel { color: white; }"
            "QFrame#backup-banner QPushButton { background: white; color: "
            f"{_WARNING_COLOUR}; border: none; border-radius: 3px; padding: 3px 12px; }}"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = forms.plain_button(self.tr("Back up now…"), self.backup_requested.emit)
        layout = forms.row((self.label, 1), self.button)
        layout.setContentsMargins(6, 4, 6, 4)
        self.setLayout(layout)
        self.hide()

    def show_age(self, age: BackupAge | None) -> None:
        """Shown while the backup is overdue; None (locked) hides it."""
        if age is None or not age.is_overdue:
            self.hide()
            return
        if age.days_since is None:
            text = self.tr("This archive has never been backed up.")
        else:
            text = self.tr("No backup for %Ln day(s).", "", age.days_since)
        self.label.setText(
            text + " " + self.tr("A backup on another drive keeps your mail if this one fails.")
        )
        self.setAccessibleName(self.label.text())
        self.show()


class Overview(QObject):
    """Owns the dashboard, the banner and the periodic check; the window shows them."""

    alerts_changed = Signal(int, int)  # how many are due, how many overdue

    def __init__(self, mail: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.dashboard = DashboardView()
        self.banner = QLabel()
        self.banner.setObjectName("alerts-banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setCursor(Qt.CursorShape.PointingHandCursor)
        self.banner.hide()
        self.banner.mousePressEvent = lambda _event: self.show_dashboard()  # type: ignore[method-assign]
        self.stack = QStackedWidget()
        self.stack.addWidget(mail)
        self.stack.addWidget(self.dashboard)
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        self.backup_banner = BackupBanner()
        layout.addWidget(self.backup_banner)
        layout.addWidget(self.stack, 1)
        self.backup_remind_days = DEFAULT_BACKUP_REMIND_DAYS
        self._backup_generation = 0
        self._backup_task: workers.Task | None = None
        self.overview_action = QAction(self.tr("&Overview"), parent)
        self.overview_action.setShortcut(QKeySequence("Ctrl+1"))
        self.overview_action.triggered.connect(self.show_dashboard)
        self.mail_action = QAction(self.tr("&Mail"), parent)
        self.mail_action.setShortcut(QKeySequence("Ctrl+2"))
        self.mail_action.triggered.connect(self.show_mail)
        self._archive: Archive | None = None
        self._task: workers.Task | None = None
        self._generation = 0
        self._first = True
        self.check_timer = QTimer(self)  # every CHECK_EVERY_MS while an archive is open
        self.check_timer.setInterval(CHECK_EVERY_MS)
        self.check_timer.timeout.connect(self.check)
        self.last_check_at = time.time()  # by the wall clock, which runs on in sleep
        self.wake_timer = QTimer(self)  # a wall-clock jump means the computer slept
        self.wake_timer.setInterval(60_000)
        self.wake_timer.timeout.connect(self._on_wake_timer)
        self._tray: QSystemTrayIcon | None = None
        self._notified_overdue = 0  # a notification only when more become overdue
        self.notified = 0  # desktop notifications shown
        self.alerted = 0  # times the window asked for attention instead (no tray)

    def set_archive(self, archive: Archive | None, alerts: Alerts | None = None) -> None:
        """Shows the archive's alerts: those given (read with the opening), else read now."""
        self._archive = archive
        self._generation += 1
        self._first = True
        self._notified_overdue = 0
        if archive is None:
            if self._tray is not None:
                self._tray.hide()
            self.check_timer.stop()
            self.wake_timer.stop()
            self.banner.hide()
            self._backup_generation += 1
            self.backup_banner.show_age(None)
            self.dashboard.show_alerts([], [], _utc())
            self.show_mail()
            return
        self.check_timer.start()
        self.wake_timer.start()
        if alerts is None:
            self.check()
        else:
            self.last_check_at = time.time()
            self._show(self._generation, alerts)
            self.check_backup()

    def check(self) -> None:
        """Computes the alerts again in the background."""
        archive = self._archive
        if archive is None:
            return
        self.last_check_at = time.time()
        self._generation += 1
        generation = self._generation
        task = workers.Task(load_alerts, archive)
        task.signals.finished.connect(workers.owned(self, self._show, generation))
        self._task = workers.start(task)
        self.check_backup()

    def check_backup(self) -> None:
        """Reads the age of the last backup again in the background (after a backup)."""
        archive = self._archive
        if archive is None:
            return
        self._backup_generation += 1
        generation = self._backup_generation
        task = workers.Task(load_backup_age, archive, self.backup_remind_days)
        task.signals.finished.connect(workers.owned(self, self._show_backup_age, generation))
        self._backup_task = workers.start(task)

    def _show_backup_age(self, generation: int, age: BackupAge) -> None:
        if generation == self._backup_generation:
            self.backup_banner.show_age(age)

    def _on_wake_timer(self) -> None:
        if time.time() - self.last_check_at > CHECK_EVERY_MS / 1000 + 60:
            self.check()

    def _show(self, generation: int, found: Alerts) -> None:
        if generation != self._generation:
            return
        watched, letters, zone = found
        self.dashboard.show_alerts(watched, letters, zone)
        overdue = sum(s.status is SilenceStatus.OVERDUE for s in watched) + sum(
            letter.status is LetterStatus.OVERDUE for letter in letters
        )
        due = sum(s.status is SilenceStatus.DUE for s in watched) + sum(
            letter.status is LetterStatus.DUE_SOON for letter in letters
        )
        self._show_banner(watched, letters, due, overdue)
        if overdue > self._notified_overdue:
            self._notify()
        self._notified_overdue = overdue
        if self._first:
            self._first = False
            if watched:  # the first view after unlocking when anyone is watched
                self.show_dashboard()
        self.alerts_changed.emit(due, overdue)

    def _show_banner(
        self, watched: list[WatchedStatus], letters: list[AwaitedLetter], due: int, overdue: int
    ) -> None:
        """The most urgent alert in words (a person before a letter as urgent), and how many
        more there are."""
        if not due and not overdue:
            self.banner.hide()
            return
        silent = [s for s in watched if s.status is not SilenceStatus.OK]
        is_letter_overdue = any(letter.status is LetterStatus.OVERDUE for letter in letters)
        if silent and (silent[0].status is SilenceStatus.OVERDUE or not is_letter_overdue):
            first = silent[0]
            text = self.tr("%1: %Ln day(s) without a sign of life", "", first.silent_days).replace(
                "%1", first.name
            )
        elif is_letter_overdue:
            text = self.tr("A letter waits for an answer past its deadline")
        else:  # only due soon: the deadline is ahead
            text = self.tr("A letter's deadline for an answer is near")
        if overdue + due > 1:
            text += " " + self.tr("(and %Ln more)", "", overdue + due - 1)
        self.banner.setText(text + " " + self.tr("— open the overview (Ctrl+1)"))
        colour = "#b00020" if overdue else "#8a5a00"
        self.banner.setStyleSheet(
            f"QLabel#alerts-banner {{ background: {colour}; color: white; padding: 6px; }}"
        )
        self.banner.show()

    def _notify(self) -> None:
        """A desktop notification where the system shows them, else the window asks for
        attention (its entry in the task bar flashes); the banner says it too."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            QApplication.alert(self.widget.window())
            self.alerted += 1
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(icon("app"), self)
            self._tray.messageClicked.connect(self.show_dashboard)
        self._tray.show()
        self._tray.showMessage(
            self.tr("Correspondence Archive"),
            self.banner.text(),
            QSystemTrayIcon.MessageIcon.Warning,
        )
        self.notified += 1

    def show_dashboard(self) -> None:
        self.stack.setCurrentWidget(self.dashboard)

    def show_mail(self) -> None:
        self.stack.setCurrentIndex(0)

    @property
    def is_showing_dashboard(self) -> bool:
        return self.stack.currentWidget() is self.dashboard


def _utc() -> ZoneInfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo("UTC")
