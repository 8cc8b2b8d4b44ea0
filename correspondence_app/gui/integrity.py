# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's integrity in the window: the last check's date and result in the status bar
for good, a check now from the menu, and every few days by itself after unlocking (when the
settings ask for it), in the background and never while an import runs."""

from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.dialogs.integrity_dialog import IntegrityDialog
from correspondence_app.integrity import IntegrityCheck, newest_good_backup
from correspondence_app.services import ArchiveBusyError

if TYPE_CHECKING:
    from collections.abc import Callable

    from correspondence_app.gui.main_window import MainWindow
    from correspondence_app.gui.settings import AppSettings
    from correspondence_app.integrity import GoodBackup
    from correspondence_app.services import Archive

log = logging.getLogger(__name__)
_PROBLEM_STYLE = "QToolButton { color: #b3261e; font-weight: bold; }"


@dataclass(frozen=True)
class IntegrityState:
    last: IntegrityCheck | None  # the last recorded check; None: never checked
    good_backup: GoodBackup | None  # looked for when the last check found problems
    is_due: bool  # a check every so many days is due now


def load_state(archive: Archive, every_days: int) -> IntegrityState:
    last = archive.integrity.last()
    good = newest_good_backup(archive) if last is not None and not last.ok else None
    return IntegrityState(last, good, archive.integrity.is_due(every_days))


def run_check(archive: Archive, every_days: int, cancel: threading.Event) -> IntegrityState:
    """Checks the archive while no import runs (ArchiveBusyError if one does); the check is
    recorded, and shown even where it could not be (a database that takes no writes).
    ``cancel`` (locking) ends it early, unrecorded."""
    started = datetime.now(UTC)
    result = archive.verify(exclusive=True, cancel=cancel)
    state = load_state(archive, every_days)
    if state.last is None or state.last.checked_at < started:
        ended = datetime.now(UTC)
        unrecorded = IntegrityCheck(ended, result.checked, result.errors, len(result.errors))
        good = None if result.ok else newest_good_backup(archive)
        state = IntegrityState(unrecorded, good, is_due=False)
    return state


def day_of(moment: datetime) -> str:
    """The day in the user's time zone and the language's short date format."""
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)


class IntegrityChecking(QObject):
    """Owns the status bar's integrity button, the menu entry and the checks' schedule."""

    state_changed = Signal(object)  # IntegrityState
    restore_requested = Signal(object)  # the folder of the backup to restore from (or None)

    first_delay_ms = 10_000  # after unlocking: the window is painted and the mail read first
    retry_ms = 60_000  # an import runs: the check tries again then
    due_check_ms = 60 * 60_000  # an archive open for days is checked when the day comes

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._archive: Archive | None = None
        self._generation = 0
        self._task: workers.Task | None = None
        self._cancel = threading.Event()  # of the check under way
        self._waiting = False  # for an import to end
        self._manual = False  # the running check was asked for: its result is shown
        self._after: list[Callable[[], None]] = []
        self.state: IntegrityState | None = None
        self.dialog: IntegrityDialog | None = None
        self.check_action = QAction(self.tr("Check the archive's &integrity"), window)
        self.check_action.triggered.connect(self.check_now)
        self.status_button = QToolButton()
        self.status_button.setAutoRaise(True)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_button.clicked.connect(self.show_details)
        self.status_button.hide()
        self._timer = QTimer(self)  # the next try: when due, or after an import
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)

    # State -----------------------------------------------------------------------------------
    def set_archive(self, archive: Archive | None) -> None:
        """Reads the last check of a newly unlocked archive (and checks it, when due, a
        little later); None (locking) forgets it and stops waiting."""
        self._archive = archive
        self._generation += 1
        self._cancel.set()  # a check under way ends: locking need not wait for it
        self._task = None
        self._waiting = False
        self._after.clear()
        self._timer.stop()
        self.state = None
        if self.dialog is not None:
            self.dialog.close()
        if archive is None:
            self.status_button.hide()
            return
        self.refresh(check_when_due=True)

    def refresh(self, *, check_when_due: bool = False) -> None:
        """Reads the last check again (after a backup: the advice may name it now)."""
        archive = self._archive
        if archive is None or self.is_running:
            return
        generation = self._generation
        task = workers.Task(load_state, archive, self._settings.integrity_days)
        task.signals.finished.connect(
            workers.owned(
                self, functools.partial(self._on_loaded, check_when_due=check_when_due), generation
            )
        )
        task.signals.failed.connect(workers.owned(self, self._on_load_failed, generation))
        workers.start_kept(task)

    def _on_loaded(self, generation: int, state: IntegrityState, *, check_when_due: bool) -> None:
        if generation != self._generation or self.is_running:
            return
        self._show(state)
        if state.is_due and check_when_due:
            self._timer.start(self.first_delay_ms)
        elif self._settings.integrity_days and not self._waiting:
            self._timer.start(self.due_check_ms)

    def _on_load_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            log.error("integrity state: %s", getattr(error, "__traceback_text__", repr(error)))

    def settings_changed(self) -> None:
        """Checks every so many days, switched on or changed: due now, perhaps."""
        if self._archive is not None and not self.is_running and not self._waiting:
            self._timer.stop()
            self.refresh(check_when_due=True)

    @property
    def is_running(self) -> bool:
        return self._task is not None

    def after_check(self, callback: Callable[[], None]) -> None:
        """Calls back when the running check has ended (an import waits for it)."""
        self._after.append(callback)

    # Checking --------------------------------------------------------------------------------
    def check_now(self) -> None:
        """The check asked for from the menu or the dialog: its result is shown."""
        self._manual = True
        self._start()

    def _on_timer(self) -> None:
        if self._waiting or (self.state is not None and self.state.is_due):
            self._start()
        else:
            self.refresh(check_when_due=True)

    def _start(self) -> None:
        archive = self._archive
        if archive is None or self.is_running:
            return
        self._timer.stop()
        generation = self._generation
        self._cancel = threading.Event()
        task = workers.Task(run_check, archive, self._settings.integrity_days, self._cancel)
        task.signals.finished.connect(workers.owned(self, self._on_checked, generation))
        task.signals.failed.connect(workers.owned(self, self._on_check_failed, generation))
        self._task = workers.start_kept(task)
        self._waiting = False
        self._set_text(self.tr("Checking the archive's integrity…"), problem=False)
        self.check_action.setEnabled(False)
        if self.dialog is not None:
            self.dialog.set_checking(True)

    def _on_checked(self, generation: int, state: IntegrityState) -> None:
        if generation != self._generation:
            return
        manual, self._manual = self._manual, False
        self._ended()
        self._show(state)
        last = state.last
        if last is not None and not last.ok:
            self.show_details()  # damage is said at once, with what to do
        elif manual and last is not None:
            self._window.statusBar().showMessage(self.ok_words(last), 10_000)
        if self._settings.integrity_days:
            self._timer.start(self.due_check_ms)

    def _on_check_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._ended()
        if isinstance(error, ArchiveBusyError):
            # An import runs: the check must not blur with it, nor stop it.
            self._waiting = True
            waiting = self.tr("The integrity check waits for the import to end")
            self._set_text(waiting, problem=False)
            self._timer.start(self.retry_ms)
            return
        self._manual = False
        log.error("integrity check: %s", getattr(error, "__traceback_text__", repr(error)))
        self._set_text(
            self.tr("The integrity check stopped: %1").replace("%1", error_text(error)),
            problem=True,
        )

    def _ended(self) -> None:
        self._task = None
        self.check_action.setEnabled(True)
        if self.dialog is not None:
            self.dialog.set_checking(False)
        callbacks, self._after = self._after, []
        for callback in callbacks:
            callback()

    # Showing ---------------------------------------------------------------------------------
    def _show(self, state: IntegrityState) -> None:
        self.state = state
        last = state.last
        if last is None:
            self._set_text(self.tr("Integrity not checked yet"), problem=False)
        elif last.ok:
            self._set_text(self.ok_words(last), problem=False)
        else:
            found = self.tr(
                "Integrity check %1 found %Ln problem(s): click for what to do", "", last.problems
            )
            self._set_text(found.replace("%1", day_of(last.checked_at)), problem=True)
        if self.dialog is not None:
            self.dialog.show_state(state.last, state.good_backup)
        self.state_changed.emit(state)

    def ok_words(self, check: IntegrityCheck) -> str:
        return self.tr("Integrity checked %1: all %Ln item(s) intact", "", check.checked).replace(
            "%1", day_of(check.checked_at)
        )

    def _set_text(self, text: str, *, problem: bool) -> None:
        self.status_button.setText(text)
        self.status_button.setToolTip(
            self.tr("The last check of the archive's integrity: click for details")
        )
        self.status_button.setStyleSheet(_PROBLEM_STYLE if problem else "")
        self.status_button.show()

    def show_details(self) -> IntegrityDialog | None:
        """The last check's findings and what to do (a dialog that stays until closed)."""
        if self._archive is None:
            return None
        if self.dialog is None:
            self.dialog = IntegrityDialog(self._archive.folder, self._window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._on_dialog_destroyed)
            self.dialog.check_requested.connect(self.check_now)
            self.dialog.restore_requested.connect(self.restore_requested)
        state = self.state
        self.dialog.show_state(state.last if state else None, state.good_backup if state else None)
        self.dialog.set_checking(self.is_running)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None
