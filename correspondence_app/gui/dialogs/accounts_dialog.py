# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's mail accounts: each with its server, when it was last synced and what that
brought; adding, changing, syncing and removing them, with the sync's progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHeaderView,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from correspondence_app.accounts.book import AccountError
from correspondence_app.accounts.sync import SyncStatus
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.dialogs.account_dialog import AccountDialog
from correspondence_app.gui.sync_problems import cause_text
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.feedback import problem_label
from correspondence_app.storage.account_tables import PasswordStorage

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from correspondence_app.accounts.book import AccountInfo
    from correspondence_app.accounts.sync import SyncReport
    from correspondence_app.gui.syncing import SyncController
    from correspondence_app.services import Archive

COLUMN_NAME, COLUMN_SERVER, COLUMN_LAST_SYNC, COLUMN_OUTCOME = range(4)
AccountIdRole = forms.IdRole
FAILED_COLOUR = QColor("#b3261e")  # the problem label's red


class AccountsDialog(QDialog):
    def __init__(
        self,
        archive: Archive,
        syncing: SyncController,
        parent: QWidget | None = None,
        *,
        keyring: bool | None = None,
    ) -> None:
        """``keyring``: whether the desktop has a keyring, for the account dialog (None:
        asked there)."""
        super().__init__(parent)
        self._archive = archive
        self._syncing = syncing
        self._keyring = keyring
        self._accounts: list[AccountInfo] = []
        self.account_dialog: AccountDialog | None = None
        self.setWindowTitle(self.tr("Mail accounts"))
        self.setMinimumSize(760, 440)
        self.resize(860, 500)
        intro = forms.wrapped_label(
            self.tr(
                "The archive fetches copies of the mail in these accounts. Nothing on the "
                "server is changed or deleted, and removing an account keeps the mail "
                "already fetched."
            )
        )
        self.accounts = QTreeWidget()
        self.accounts.setAccessibleName(self.tr("Mail accounts"))
        self.accounts.setRootIsDecorated(False)
        self.accounts.setUniformRowHeights(True)
        self.accounts.setAlternatingRowColors(True)
        self.accounts.setHeaderLabels(
            [self.tr("Account"), self.tr("Server"), self.tr("Last sync"), self.tr("Outcome")]
        )
        header = self.accounts.header()
        header.setStretchLastSection(True)
        for column in (COLUMN_NAME, COLUMN_SERVER, COLUMN_LAST_SYNC):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.accounts.currentItemChanged.connect(self._update)
        self.accounts.itemActivated.connect(self.on_edit_clicked)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.accounts)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.on_remove_clicked)
        self.empty = forms.wrapped_label(
            self.tr(
                "No mail account yet. Add one to fetch your mail from GMX, Gmail, Mail.ru or "
                "any other provider that offers IMAP."
            )
        )
        # In the list's place, framed as it is: where the accounts will be.
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty.setAutoFillBackground(True)
        self.empty.setMargin(24)
        self.details = forms.wrapped_label()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = forms.plain_button(self.tr("&Add…"), self.on_add_clicked)
        self.edit_button = forms.plain_button(self.tr("&Edit…"), self.on_edit_clicked)
        self.sync_button = forms.plain_button(self.tr("&Sync now"), self.on_sync_clicked)
        self.remove_button = forms.plain_button(self.tr("&Remove…"), self.on_remove_clicked)

        self.sync_note = forms.wrapped_label()
        self.sync_note.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setTextVisible(False)
        self.cancel_button = forms.plain_button(self.tr("Cancel s&ync"), self.on_cancel_clicked)
        self.sync_panel = QWidget()
        panel = forms.column(
            self.sync_note,
            forms.row((self.progress, 1), self.cancel_button),
            parent=self.sync_panel,
        )
        panel.setContentsMargins(0, 0, 0, 0)
        self.outcome = forms.wrapped_label()
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.hide()
        self.problem = problem_label()
        self.problem.setAccessibleName(self.tr("Problem"))
        buttons = forms.column(
            self.add_button, self.edit_button, self.sync_button, self.remove_button, forms.STRETCH
        )
        forms.column(
            intro,
            (
                forms.row(
                    (forms.column((self.accounts, 1), (self.empty, 1), self.details), 1), buttons
                ),
                1,
            ),
            self.sync_panel,
            self.outcome,
            self.problem,
            forms.close_buttons(self),
            parent=self,
        )
        forms.tab_in_layout_order(self)
        syncing.sync_started.connect(self.on_sync_started)
        syncing.progress_changed.connect(self.on_progress_changed)
        syncing.sync_finished.connect(self.on_sync_finished)
        syncing.sync_failed.connect(self.on_sync_failed)
        self.sync_panel.setVisible(syncing.is_running)
        if syncing.is_running:
            self.on_progress_changed(0, 0, self.tr("Fetching mail…"))
        self.reload()
        (self.accounts if self._accounts else self.add_button).setFocus()

    # The list ------------------------------------------------------------------------------
    @property
    def current_account(self) -> AccountInfo | None:
        item = self.accounts.currentItem()
        wanted = None if item is None else item.data(COLUMN_NAME, AccountIdRole)
        return next((a for a in self._accounts if a.id == wanted), None)

    def reload(self, select: int | None = None) -> None:
        """Reads the accounts again; the one with the id ``select`` (else the one before)
        is current."""
        current = self.current_account
        wanted = select if select is not None else (current.id if current else None)
        self._accounts = self._archive.accounts.accounts()
        self.accounts.blockSignals(True)
        self.accounts.clear()
        for account in self._accounts:
            item = QTreeWidgetItem(
                self.accounts,
                [
                    account.name,
                    account.host,
                    self.last_sync_text(account.last_sync_at),
                    self.outcome_text(account),
                ],
            )
            item.setData(COLUMN_NAME, AccountIdRole, account.id)
            item.setToolTip(COLUMN_OUTCOME, account.last_sync_note)
            if account.last_sync_status == SyncStatus.FAILED.value:
                item.setForeground(COLUMN_OUTCOME, QBrush(FAILED_COLOUR))
            if account.id == wanted or self.accounts.currentItem() is None:
                self.accounts.setCurrentItem(item)
        self.accounts.blockSignals(False)
        self.accounts.setVisible(bool(self._accounts))
        self.empty.setVisible(not self._accounts)
        self._update()

    def last_sync_text(self, moment: datetime | None) -> str:
        """Local time: "today 14:05", "yesterday 09:12", else the date and time."""
        if moment is None:
            return self.tr("Never")
        local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
        time = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
        days = local.date().daysTo(QDate.currentDate())
        if days == 0:
            return self.tr("today %1").replace("%1", time)
        if days == 1:
            return self.tr("yesterday %1").replace("%1", time)
        return QLocale().toString(local, QLocale.FormatType.ShortFormat)

    def outcome_text(self, account: AccountInfo) -> str:
        """What the last sync brought, or its problem (the first line of it)."""
        status, fetched = account.last_sync_status, account.last_fetched
        if status == SyncStatus.OK.value:
            if fetched:
                brought = self.tr("%Ln new message(s)", "", fetched)
            else:
                brought = "" if account.last_quarantined else self.tr("No new mail")
        elif status == SyncStatus.CANCELLED.value:
            brought = self.tr("Cancelled after %Ln new message(s)", "", fetched)
        elif status == SyncStatus.FAILED.value:
            return self.tr("Failed: %1").replace("%1", problem_of(account).splitlines()[0])
        else:
            return self.tr("Not synced yet")
        if not account.last_quarantined:
            return brought
        unread = self.tr("%Ln could not be read (quarantine)", "", account.last_quarantined)
        return f"{brought}, {unread}" if brought else unread

    def details_text(self, account: AccountInfo) -> str:
        folders = (
            self.tr("Folders: %1").replace("%1", ", ".join(account.folders))
            if account.folders
            else self.tr("Folders: all but spam (on Gmail: All Mail)")
        )
        if account.auto_sync_minutes:
            automatic = self.tr(
                "New mail is fetched every %Ln minute(s) while the archive is open",
                "",
                account.auto_sync_minutes,
            )
        else:
            automatic = self.tr("New mail is fetched when you choose “Sync now”")
        password = {
            PasswordStorage.ARCHIVE: self.tr("The password is kept in the archive"),
            PasswordStorage.ASK: self.tr("The password is asked for at each sync"),
            PasswordStorage.KEYRING: self.tr("The password is kept in the desktop's keyring"),
        }[account.password_storage]
        lines = [folders, automatic, password]
        if account.last_sync_status == SyncStatus.FAILED.value:
            lines.append(self.tr("The last sync failed: %1").replace("%1", problem_of(account)))
        return "\n".join(lines)

    def _update(self, *_args: object) -> None:
        account = self.current_account
        running = self._syncing.is_running
        self.details.setText(self.details_text(account) if account else "")
        self.details.setVisible(account is not None)
        for button in (self.edit_button, self.sync_button, self.remove_button):
            button.setEnabled(account is not None and not running)

    # Buttons -------------------------------------------------------------------------------
    def on_add_clicked(self) -> None:
        self._open(AccountDialog(self._archive, None, self, keyring=self._keyring))

    def on_edit_clicked(self) -> None:
        account = self.current_account
        if account is not None and not self._syncing.is_running:
            self._open(AccountDialog(self._archive, account, self, keyring=self._keyring))

    def _open(self, dialog: AccountDialog) -> None:
        self.account_dialog = dialog
        dialog.account_saved.connect(self.on_account_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "account_dialog", None))
        dialog.open()

    def on_account_saved(self, account: AccountInfo) -> None:
        added = account.id not in {a.id for a in self._accounts}
        self.reload(select=account.id)
        self._syncing.reschedule()
        self.problem.hide()
        if added:
            self.outcome.setText(
                self.tr("“%1” was added. Choose “Sync now” to fetch its mail.").replace(
                    "%1", account.name
                )
            )
            self.outcome.show()
            self.sync_button.setFocus()

    def on_sync_clicked(self) -> None:
        account = self.current_account
        if account is not None:
            self._syncing.sync([account.id])

    def on_remove_clicked(self) -> None:
        account = self.current_account
        if account is None or self._syncing.is_running:
            return
        question = self.tr(
            "Remove the mail account “%1”?\n\nThe mail already fetched from it stays in the "
            "archive, and nothing on the server changes; new mail is no longer fetched."
        ).replace("%1", account.name)
        if not forms.confirmed(self, self.tr("Remove mail account"), question):
            return
        try:
            self._archive.accounts.remove(account.id)
        except AccountError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            return
        self.outcome.hide()
        self.reload()
        self._syncing.reschedule()

    # The sync ------------------------------------------------------------------------------
    def on_sync_started(self) -> None:
        self.outcome.hide()
        self.problem.hide()
        self.cancel_button.setEnabled(True)
        self.on_progress_changed(0, 0, self.tr("Fetching mail…"))
        self.sync_panel.show()
        self._update()

    def on_cancel_clicked(self) -> None:
        self._syncing.cancel()
        self.cancel_button.setEnabled(False)

    def on_progress_changed(self, done: int, total: int, note: str) -> None:
        if not self.cancel_button.isEnabled():
            note = self.tr("Stopping once the messages being written are saved…")
        self.sync_note.setText(note)
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))
        else:
            self.progress.setRange(0, 0)  # not known yet: moving

    def on_sync_finished(self, reports: Sequence[SyncReport]) -> None:
        self.sync_panel.hide()
        self.reload()
        fetched = self._syncing.fetched_text(reports)
        self.outcome.setText(fetched)
        self.outcome.setVisible(bool(fetched))
        # Why is in the list and under it: the problem says which account, briefly.
        failed = [r.account for r in reports if r.status is SyncStatus.FAILED]
        self.problem.setText(
            "\n".join(self.tr("The sync of %1 failed.").replace("%1", name) for name in failed)
        )
        self.problem.setVisible(bool(failed))

    def on_sync_failed(self, problem: str) -> None:
        self.sync_panel.hide()
        self.reload()
        self.problem.setText(problem)
        self.problem.show()


def problem_of(account: AccountInfo) -> str:
    """Why the account's last sync failed: in the user's language where its cause is known,
    else as the core put it (the English words, with their details, are the list's tip)."""
    return cause_text(account.last_sync_cause) or account.last_sync_note
