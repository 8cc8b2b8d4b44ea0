# SPDX-License-Identifier: GPL-3.0-or-later
"""Fetching mail from the archive's IMAP accounts in the background: now, for one account or
all, and automatically every few minutes while the archive is open. A password asked for is
kept in memory until the archive is locked, never written anywhere."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from correspondence_app.accounts.book import AccountError, PasswordNeededError
from correspondence_app.accounts.imap import (
    CertificateRejectedError,
    ImapError,
    LoginRefusedError,
    ServerUnreachableError,
)
from correspondence_app.accounts.sync import SyncReport, SyncStatus
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.sync_problems import cause_text
from correspondence_app.gui.widgets import forms
from correspondence_app.services import ArchiveBusyError
from correspondence_app.storage.account_tables import PasswordStorage

if TYPE_CHECKING:
    from collections.abc import Sequence

    from correspondence_app.accounts.book import AccountInfo
    from correspondence_app.services import Archive

log = logging.getLogger(__name__)


class PasswordDialog(QDialog):
    """The password of an account that keeps none, for this session."""

    def __init__(self, account: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for %1").replace("%1", account.name))
        self.setMinimumWidth(420)
        explanation = forms.wrapped_label(
            self.tr(
                "The archive does not keep the password of “%1”. Type it to fetch the mail; "
                "it is forgotten when the archive is locked."
            ).replace("%1", account.name)
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Password"))
        label = QLabel(self.tr("&Password:"))
        label.setBuddy(self.field)
        self.buttons = forms.ok_cancel_buttons(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Fetch mail"))
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.ok_button.setEnabled(False)
        forms.column(explanation, forms.row(label, (self.field, 1)), self.buttons, parent=self)
        self.field.setFocus()

    @property
    def password(self) -> str:
        return self.field.text()


class SyncController(QObject):
    """Runs the syncs of the window's archive, one account after the other. Every
    ``sync_started`` is followed by one ``sync_finished`` or one ``sync_failed``."""

    sync_started = Signal()
    progress_changed = Signal(int, int, str)  # done, total (0: unknown), a note for the user
    sync_finished = Signal(object)  # list[SyncReport]: one for each account tried, maybe none
    sync_failed = Signal(str)  # nothing could be fetched: why, in words for the user

    minute_ms = 60_000  # a test shortens the minutes of the automatic sync

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._archive: Archive | None = None
        self._generation = 0  # a task of an earlier archive (or a cancelled run) is ignored
        self._timers: dict[int, QTimer] = {}
        self._passwords: dict[int, str] = {}  # typed in this session, by account id
        self._queue: list[AccountInfo] = []
        self._asking: list[AccountInfo] = []
        self._reports: list[SyncReport] = []
        self._current: AccountInfo | None = None
        self._cancel = threading.Event()
        self._automatic = False
        self._running = False
        self.password_dialog: PasswordDialog | None = None

    # State ----------------------------------------------------------------------------------
    def set_archive(self, archive: Archive | None) -> None:
        """The archive was unlocked (the automatic syncs start) or is being locked (a sync
        running is cancelled, the timers stop and typed passwords are forgotten)."""
        if archive is None:
            self._archive = None
            self.cancel()
            if self._running:
                self._end()  # what was fetched is kept; the window is told, as ever
            for timer in self._timers.values():
                timer.stop()
                timer.deleteLater()
            self._timers.clear()
            self._passwords.clear()
        self._archive = archive
        if archive is not None:
            self.reschedule()

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def current_account(self) -> str:
        """The name of the account being synced, "" between accounts."""
        return self._current.name if self._current is not None else ""

    def has_password(self, account_id: int) -> bool:
        """A password was typed for the account in this session."""
        return account_id in self._passwords

    # Syncing now ----------------------------------------------------------------------------
    def sync(self, account_ids: Sequence[int] | None = None) -> bool:
        """Syncs these accounts (None: all) one after the other, asking first for the
        passwords the archive does not keep; False if a sync runs or there is nothing to do."""
        if self._archive is None or self._running:
            return False
        accounts = self._archive.accounts.accounts()
        if account_ids is not None:
            accounts = [a for a in accounts if a.id in account_ids]
        if not accounts:
            return False
        self._start(accounts, automatic=False)
        self._asking = [a for a in accounts if self._must_ask(a)]
        self._ask_next_password()
        return True

    def cancel(self) -> None:
        """Stops after the messages being stored; the accounts not reached are left out."""
        self._cancel.set()
        self._queue.clear()
        self._asking.clear()
        if self.password_dialog is not None:
            self.password_dialog.reject()

    def _must_ask(self, account: AccountInfo) -> bool:
        return account.password_storage is PasswordStorage.ASK and account.id not in self._passwords

    def _ask_next_password(self) -> None:
        if not self._asking:
            self._next()
            return
        account = self._asking.pop(0)
        # Over the window the sync was asked for in (the accounts dialog, say).
        dialog = PasswordDialog(account, QApplication.activeWindow() or self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_password_given(account, dialog.password))
        dialog.rejected.connect(lambda: self._on_password_refused(account))
        self.password_dialog = dialog
        dialog.open()

    def _on_password_given(self, account: AccountInfo, password: str) -> None:
        self.password_dialog = None
        self._passwords[account.id] = password
        self._ask_next_password()

    def _on_password_refused(self, account: AccountInfo) -> None:
        self.password_dialog = None
        self._queue = [a for a in self._queue if a.id != account.id]
        self._ask_next_password()

    def _start(self, accounts: list[AccountInfo], *, automatic: bool) -> None:
        self._generation += 1
        self._running = True
        self._automatic = automatic
        self._cancel = threading.Event()
        self._queue = list(accounts)
        self._reports = []
        self.sync_started.emit()

    def _next(self) -> None:
        archive = self._archive
        if archive is None or self._cancel.is_set() or not self._queue:
            self._end()
            return
        account = self._current = self._queue.pop(0)
        generation = self._generation
        task = workers.Task(archive.sync_account, account.id)
        task.kwargs.update(
            password=self._passwords.get(account.id),
            progress=task.report_progress,
            cancel=self._cancel,
            on_folder=task.report_folder,
        )
        task.signals.folder_changed.connect(workers.owned(self, self._on_folder, generation))
        task.signals.progress_changed.connect(workers.owned(self, self._on_progress, generation))
        task.signals.finished.connect(workers.owned(self, self._on_synced, generation))
        task.signals.failed.connect(workers.owned(self, self._on_failed, generation))
        workers.start_kept(task)
        note = self.tr("%1: connecting to %2…").replace("%1", account.name)
        self.progress_changed.emit(0, 0, note.replace("%2", account.host))

    def _on_folder(self, generation: int, number: int, count: int, name: str) -> None:
        if generation == self._generation and self._current is not None:
            note = (
                self.tr("%1: looking for new mail in %2 (folder %3 of %4)…")
                .replace("%3", str(number))
                .replace("%4", str(count))
                .replace("%1", self._current.name)
                .replace("%2", name)
            )
            self.progress_changed.emit(number - 1, count, note)  # folders, until bytes are counted

    def _on_progress(self, generation: int, done: int, total: int, messages: int) -> None:
        if generation == self._generation and self._current is not None:
            note = self.tr("%1: %Ln message(s) fetched", "", messages)
            self.progress_changed.emit(done, total, note.replace("%1", self._current.name))

    def _on_synced(self, generation: int, report: SyncReport) -> None:
        if generation != self._generation:
            return
        self._reports.append(report)
        self._account_done()

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation or self._current is None:
            return
        account = self._current
        if isinstance(error, ArchiveBusyError):
            # An import (or another sync) holds the archive: an automatic sync tries again
            # at its next turn; the accounts not reached are left out.
            self._queue.clear()
            if not self._automatic and not self._reports:
                self._fail(
                    self.tr(
                        "Mail cannot be fetched while an import is running. Please try again "
                        "when it has ended."
                    )
                )
                return
        elif isinstance(error, ImapError | AccountError):
            if isinstance(error, LoginRefusedError):
                self._passwords.pop(account.id, None)  # asked for again next time
            self._reports.append(failed_report(account, self.problem_text(error)))
        else:
            log.error("sync failed: %s", getattr(error, "__traceback_text__", repr(error)))
            self._fail(self.tr("The sync stopped unexpectedly: %1").replace("%1", str(error)))
            return
        self._account_done()

    def problem_text(self, error: Exception) -> str:
        """Why a sync could not start, in the user's language (the server's own words, which
        are English, only where nothing better can be said)."""
        if isinstance(error, CertificateRejectedError):
            return self.tr(
                "The server's certificate is not trusted (SHA-256 fingerprint %1). Accept it in "
                "the account's settings only if the server's operator confirms this fingerprint."
            ).replace("%1", error.fingerprint)
        if isinstance(error, ImapError):
            said = cause_text(error.cause)
            if said:
                return said
        if isinstance(error, ServerUnreachableError):
            return self.tr("The server cannot be reached: %1").replace("%1", error_text(error))
        if isinstance(error, PasswordNeededError):
            return self.tr("The password is needed to fetch the mail.")
        return error_text(error)

    def _account_done(self) -> None:
        if self._current is not None:
            self._schedule(self._current.id)
        self._current = None
        self._next()

    def _end(self) -> None:
        reports, self._reports = self._reports, []
        self._finish_quietly()
        self.sync_finished.emit(reports)

    def _fail(self, problem: str) -> None:
        self._finish_quietly()
        self.sync_failed.emit(problem)

    def _finish_quietly(self) -> None:
        if self._current is not None:
            self._schedule(self._current.id)
        self._generation += 1
        self._running = False
        self._current = None
        self._queue.clear()
        self._asking.clear()

    # Automatic sync -------------------------------------------------------------------------
    def reschedule(self) -> None:
        """Reads the accounts again: a timer for each that syncs automatically. Called after
        accounts were added, changed or removed."""
        if self._archive is None:
            return
        accounts = {a.id: a for a in self._archive.accounts.accounts()}
        for account_id in list(self._timers):
            if accounts.get(account_id) is None or not accounts[account_id].auto_sync_minutes:
                self._timers.pop(account_id).deleteLater()
        for account_id in list(self._passwords):
            account = accounts.get(account_id)
            if account is None or account.password_storage is not PasswordStorage.ASK:
                del self._passwords[account_id]
        for account in accounts.values():
            if account.auto_sync_minutes:
                self._schedule(account.id, account)

    def _schedule(self, account_id: int, account: AccountInfo | None = None) -> None:
        """The account's next automatic sync: its minutes after its last sync, or soon
        (half a minute) if that time has passed."""
        if self._archive is None:
            return
        if account is None:
            try:
                account = self._archive.accounts.account(account_id)
            except AccountError:  # removed meanwhile
                account = None
        if account is None or not account.auto_sync_minutes:
            if account_id in self._timers:
                self._timers.pop(account_id).deleteLater()
            return
        interval_ms = account.auto_sync_minutes * self.minute_ms
        delay_ms = interval_ms
        if account.last_sync_at is not None and not self._must_ask(account):
            since_ms = (datetime.now(UTC) - account.last_sync_at).total_seconds() * 1000
            delay_ms = int(min(max(interval_ms - since_ms, self.minute_ms / 2), interval_ms))
        elif not self._must_ask(account):
            delay_ms = self.minute_ms // 2  # never synced: soon
        timer = self._timers.get(account_id)
        if timer is None:
            timer = self._timers[account_id] = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self.tick(account_id))
        timer.start(max(delay_ms, 1))

    def scheduled_ms(self, account_id: int) -> int | None:
        """Milliseconds until the account's next automatic sync; None if it has none."""
        timer = self._timers.get(account_id)
        return timer.remainingTime() if timer is not None and timer.isActive() else None

    def tick(self, account_id: int) -> bool:
        """The automatic sync of one account, if it can run now: no other sync runs, and its
        password is at hand. False if it was left for its next turn."""
        archive = self._archive
        if archive is None:
            return False
        if self._running:
            self._schedule(account_id)
            return False
        try:
            account = archive.accounts.account(account_id)
        except AccountError:
            self._schedule(account_id)
            return False
        if not account.auto_sync_minutes or self._must_ask(account):
            self._schedule(account_id, account)
            return False
        self._start([account], automatic=True)
        self._next()
        return True

    # Words ----------------------------------------------------------------------------------
    def summary(self, reports: Sequence[SyncReport]) -> str:
        """A sentence on what the syncs fetched, and one on each that failed, and why."""
        fetched = self.fetched_text(reports)
        parts = [fetched] if fetched else []
        for report in reports:
            if report.status is SyncStatus.FAILED:
                parts.append(
                    self.tr("The sync of %1 failed: %2")
                    .replace("%2", cause_text(report.cause) or report.problem)
                    .replace("%1", report.account)
                )
        return "\n".join(parts)

    def fetched_text(self, reports: Sequence[SyncReport]) -> str:
        """What the syncs fetched, and from which accounts ("" if none was reached); how
        many of the messages fetched the archive had already (from another copy, such as
        Thunderbird's, or from another folder); and how many could not be read."""
        fetched = sum(report.fetched for report in reports)
        known = sum(report.duplicates for report in reports)
        reached = [r for r in reports if r.status is not SyncStatus.FAILED or r.fetched]
        names = ", ".join(report.account for report in reached)
        if any(report.status is SyncStatus.CANCELLED for report in reports):
            text = self.tr("Sync cancelled; %Ln new message(s) fetched from %1", "", fetched)
        elif fetched:
            text = self.tr("Fetched %Ln new message(s) from %1", "", fetched)
        elif reached:
            text = self.tr("No new mail in %1")
        else:
            return ""
        text = text.replace("%1", names)
        if known:
            already = self.tr("%Ln message(s) already in the archive", "", known)
            text = self.tr("%1; %2").replace("%2", already).replace("%1", text)
        if quarantined := sum(report.quarantined for report in reports):
            kept = self.tr(
                "%Ln message(s) could not be read and are kept in the quarantine",
                "",
                quarantined,
            )
            text = self.tr("%1; %2").replace("%2", kept).replace("%1", text)
        return text


def failed_report(account: AccountInfo, problem: str) -> SyncReport:
    """The report of a sync that could not start (no connection, login refused)."""
    return SyncReport(
        account=account.name,
        status=SyncStatus.FAILED,
        fetched=0,
        duplicates=0,
        quarantined=0,
        folders=(),
        seconds=0.0,
        problem=problem,
    )
