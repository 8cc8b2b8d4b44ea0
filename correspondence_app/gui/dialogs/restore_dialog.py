# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Restore from a backup: the backups found in a folder (their date, messages and
state), a new folder to restore into, and the backup's passphrase or recovery code. The
restore runs in the background and never writes over an archive; the outcome says how to
open the restored one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, override

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from correspondence_app.backup import (
    BackupCancelled,
    BackupDamagedError,
    BackupError,
    BackupState,
    ShelvedBackup,
    restore,
)
from correspondence_app.crypto.keys import WrongPassphrase
from correspondence_app.crypto.recovery import MistypedRecoveryCode
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import core_text, error_text
from correspondence_app.gui.dialogs.backup_dialog import (
    ProgressRelay,
    fit_height,
    path_field,
    progress_bar,
    show_progress,
)
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.backup_list import BackupList
from correspondence_app.gui.widgets.feedback import problem_label

if TYPE_CHECKING:
    from correspondence_app.backup import RestoreReport


class RestoreDialog(QDialog):
    open_requested = Signal(object)  # the restored archive's folder, to open instead

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        target_parent: Path | None = None,
        can_open: bool = False,
    ) -> None:
        """``folder``: where to look for backups first; ``target_parent``: where a new
        folder is suggested; ``can_open``: the window can open the restored archive."""
        super().__init__(parent)
        self._task: workers.Task | None = None
        self._close_when_ended = False
        self._suggested = ""
        self._target_parent = target_parent or Path.home()
        self._can_open = can_open
        self.report: RestoreReport | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumSize(640, 520)
        intro = forms.wrapped_label(
            self.tr(
                "Restoring makes a new archive of a backup, in a new folder; the backup is "
                "checked first, and the new archive after. The archive open now is not changed."
            )
        )
        self.backup_list = BackupList()
        self.backup_list.current_changed.connect(self.on_backup_changed)
        self.backup_list.listed.connect(self._update_buttons)
        self.backup_list.failed.connect(self._show_problem)
        self.backups = self.backup_list.tree
        self.target = forms.line_edit(self.tr("New archive folder"))
        self.target.textChanged.connect(self._update_buttons)
        self.choose_target_button = forms.plain_button(
            self.tr("C&hoose…"), self.on_choose_target_clicked
        )
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase or recovery code of the backup"))
        self.secret.textChanged.connect(self._update_buttons)
        form = forms.growing_form(
            (self.tr("Restore in&to:"), forms.row((self.target, 1), self.choose_target_button)),
            (self.tr("&Passphrase:"), self.secret),
        )
        secret_note = forms.wrapped_label(
            self.tr(
                "The passphrase the archive had when the backup was made, or its recovery code."
            )
        )
        self.step = QLabel()
        self.step.hide()
        self.progress = progress_bar()
        self.progress.setAccessibleName(self.tr("Restore progress"))
        self.problem = problem_label()
        self.outcome = forms.wrapped_label()
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.hide()
        self.where = path_field(self.tr("Folder of the restored archive"))
        self.how_to_open = forms.wrapped_label(
            self.tr(
                "To open it: lock this archive (File → Lock), press “Other archive…”, then "
                "“Open an existing archive”, and choose this folder. Keep the old archive "
                "until you have looked through the restored one."
            )
        )
        self.how_to_open.hide()
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setDefault(True)
        self.open_button = self.buttons.addButton(
            self.tr("&Open it now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.open_button.clicked.connect(self.on_open_clicked)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert isinstance(cancel, QPushButton)  # noqa: S101 (a standard button is one)
        self.cancel_button = cancel
        self.buttons.accepted.connect(self.on_restore_clicked)
        self.buttons.rejected.connect(self.reject)
        forms.column(
            intro,
            (self.backup_list, 1),
            form,
            secret_note,
            self.step,
            self.progress,
            self.problem,
            self.outcome,
            self.where,
            self.how_to_open,
            self.buttons,
            parent=self,
        )
        forms.tab_in_layout_order(self)
        self._update_buttons()
        if folder is not None:
            self.show_backups_in(folder)
        else:
            self.backup_list.choose_button.setFocus()

    # The backups -----------------------------------------------------------------------------
    def show_backups_in(self, folder: Path) -> None:
        self.problem.hide()
        self.backup_list.show_backups_in(folder)
        self._update_buttons()

    @property
    def is_listing(self) -> bool:
        return self.backup_list.is_listing

    @property
    def chosen_backup(self) -> ShelvedBackup | None:
        return self.backup_list.chosen_backup

    def on_backup_changed(self) -> None:
        shelved = self.chosen_backup
        if shelved is not None and shelved.state is not BackupState.VERIFIED:
            words = self.backup_list.state_words(shelved.state)
            self._show_problem(
                self.tr("This backup cannot be restored (%1): %2")
                .replace("%1", words)
                .replace("%2", core_text(shelved.problem))
            )
        elif not self.is_running:
            self.problem.hide()
        # A new folder beside the archive, named after it, until the user types one.
        typed = self.target.text() and self.target.text() != self._suggested
        if shelved is not None and shelved.manifest is not None and not typed:
            name = self.tr("%1 (restored)").replace("%1", shelved.manifest.archive_name)
            self._suggested = str(self._target_parent / name)
            self.target.setText(self._suggested)
        self._update_buttons()

    def on_choose_target_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose a new, empty folder for the restored archive"),
            str(self._target_parent),
        )
        if chosen:
            self.target.setText(chosen)

    # Restoring -------------------------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self._task is not None

    def _update_buttons(self) -> None:
        shelved = self.chosen_backup
        self.restore_button.setEnabled(
            shelved is not None
            and shelved.state is BackupState.VERIFIED
            and bool(self.target.text().strip())
            and bool(self.secret.text())
            and not self.is_running
            and not self.is_listing
        )

    def on_restore_clicked(self) -> None:
        shelved = self.chosen_backup
        if shelved is None or not self.restore_button.isEnabled():
            return
        target = Path(self.target.text().strip()).expanduser()
        relay = ProgressRelay(self)
        task = workers.Task(restore, shelved.folder, target, self.secret.text())
        task.kwargs.update(progress=relay.report, cancel=task.cancel)
        relay.changed.connect(self.on_progress_changed)
        task.signals.finished.connect(self.on_task_finished)
        task.signals.failed.connect(self.on_task_failed)
        self._task = workers.start_kept(task)
        for widget in (self.problem, self.outcome, self.where, self.how_to_open):
            widget.hide()
        self._set_running(True)
        self.on_progress_changed(0, 0, "")

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self.step.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def on_progress_changed(self, done: int, total: int, note: str) -> None:
        if self._task is None or self._task.cancel.is_set():
            return
        steps = {
            "reading": self.tr("Reading the backup…"),
            "checking": self.tr("Checking every stored message in the backup…"),
            "copying": self.tr("Copying the backup into the new folder…"),
            "reading back": self.tr("Reading the copy back…"),
        }
        if note == "reading back" and done >= total:  # the copy is in place: it is opened
            self.step.setText(self.tr("Opening and checking the restored archive…"))
            show_progress(self.progress, 0, 0)
            return
        self.step.setText(steps.get(note, self.tr("Checking the backup…")))
        show_progress(self.progress, done, total)

    def on_task_finished(self, report: RestoreReport) -> None:
        self._ended()
        self.report = report
        self.secret.clear()
        self.outcome.setText(
            self.tr(
                "The backup was restored and checked: %Ln message(s) in the new archive in "
                "this folder:",
                "",
                report.messages,
            )
        )
        self.where.setText(str(report.folder))
        self.where.setCursorPosition(0)
        for widget in (self.outcome, self.where, self.how_to_open):
            widget.show()
        self.restore_button.hide()
        self.open_button.setVisible(self._can_open)
        self.cancel_button.setText(self.tr("&Close"))
        (self.open_button if self._can_open else self.cancel_button).setFocus()
        fit_height(self)
        if self._close_when_ended:
            super().done(QDialog.DialogCode.Accepted)

    def on_task_failed(self, error: Exception) -> None:
        self._ended()
        if isinstance(error, MistypedRecoveryCode):
            message = self.tr(
                "This recovery code is mistyped: a character is wrong, missing or swapped. "
                "Please compare it with your written copy."
            )
        elif isinstance(error, WrongPassphrase):
            message = self.tr("Wrong passphrase or recovery code for this backup.")
        elif isinstance(error, BackupCancelled):
            message = self.tr("The restore was cancelled; nothing of it was kept.")
        elif isinstance(error, BackupDamagedError):
            message = (
                self.tr("The backup is damaged; nothing was restored.")
                + "\n"
                + "\n".join(core_text(finding) for finding in error.check.findings[:5])
            )
        elif isinstance(error, BackupError):
            message = self.tr("Nothing was restored: %1").replace("%1", error_text(error))
        else:
            message = self.tr("The restore stopped unexpectedly: %1").replace(
                "%1", error_text(error)
            )
        self._show_problem(message)
        if isinstance(error, WrongPassphrase):
            self.secret.selectAll()
            self.secret.setFocus()
        if self._close_when_ended:
            super().done(QDialog.DialogCode.Rejected)

    def on_open_clicked(self) -> None:
        if self.report is not None:
            self.open_requested.emit(self.report.folder)
            self.accept()

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        fit_height(self)

    def _ended(self) -> None:
        self._task = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.backup_list,
            self.target,
            self.choose_target_button,
            self.secret,
        ):
            widget.setEnabled(not running)
        self.step.setVisible(running)
        self.progress.setVisible(running)
        self.cancel_button.setEnabled(True)
        self._update_buttons()

    @override
    def done(self, result: int) -> None:
        """Closing while it runs cancels the restore; the dialog closes once it stopped."""
        if self.is_running:
            self._close_when_ended = True
            self.cancel()
            return
        super().done(result)
