# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Back up: where to (remembered: a removable drive's folder, typically) and how many
backups to keep there; the backup runs in the background with its steps, and can be
cancelled; the outcome says where it went, what it holds and which older ones went."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, override

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from correspondence_app.backup import BackupCancelled, BackupError
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import core_text, error_text
from correspondence_app.gui.formatting import data_size, short_date_time
from correspondence_app.gui.settings import MOST_BACKUPS_KEPT
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.feedback import problem_label

if TYPE_CHECKING:
    from correspondence_app.backup import BackupReport
    from correspondence_app.gui.settings import AppSettings
    from correspondence_app.services import Archive

PROGRESS_STEPS = 1000  # the bar's resolution


class ProgressRelay(QObject):
    """A ProgressSink for the core that hands (done, total, step) to the GUI thread."""

    changed = Signal(int, int, str)

    def report(self, done: int, total: int, note: str, /) -> None:
        # RuntimeError: the dialog (and with it this relay's receiver) went away meanwhile.
        with contextlib.suppress(RuntimeError):
            self.changed.emit(done, total, note)


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    """The step's share done; a bar without an end while the total is unknown."""
    if total <= 0:
        bar.setRange(0, 0)
        return
    bar.setRange(0, PROGRESS_STEPS)
    bar.setValue(round(PROGRESS_STEPS * min(done, total) / total))


def fit_height(dialog: QWidget) -> None:
    """Grows the dialog to show what appeared in it (wrapped text counted at its width)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = (
        layout.totalHeightForWidth(dialog.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def breakable(path: Path) -> str:
    """A path that a wrapped label may break after each folder (a zero-width space there);
    for labels only: a path to copy goes into a read-only field."""
    return str(path).replace(os.sep, os.sep + "\u200b")


def path_field(name: str) -> QLineEdit:
    """A folder to copy or look up: the whole path, read-only, hidden until known."""
    field = QLineEdit()
    field.setReadOnly(True)
    field.setAccessibleName(name)
    field.hide()
    return field


def progress_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, PROGRESS_STEPS)
    bar.setTextVisible(False)
    bar.hide()
    return bar


class BackupDialog(QDialog):
    backup_finished = Signal(object)  # the BackupReport of a verified backup

    def __init__(
        self, archive: Archive, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._settings = settings
        self._task: workers.Task | None = None
        self._close_when_ended = False
        self.report: BackupReport | None = None
        # The core's steps, handed to this window (from the backup's thread).
        self.relay = ProgressRelay(self)
        self.relay.changed.connect(self.on_progress_changed)
        self.setWindowTitle(self.tr("Back up the archive"))
        self.setMinimumWidth(560)
        intro = forms.wrapped_label(
            self.tr(
                "A backup is an encrypted copy of the archive in a new folder, read back and "
                "checked after writing. Keep it on another drive, such as a USB stick or an "
                "external disk: the passphrase or the recovery code opens it. You can go on "
                "working while it runs."
            )
        )
        last = archive.backups.last()
        self.destination = forms.line_edit(
            self.tr("Folder for the backups"), self.tr("A folder on a USB stick or another drive")
        )
        remembered = settings.backup_destination or (last.place.parent if last else None)
        self.destination.setText(str(remembered) if remembered else "")
        self.destination.textChanged.connect(self._update_buttons)
        self.choose_button = forms.plain_button(self.tr("C&hoose…"), self.on_choose_clicked)
        self.keep = QSpinBox()
        self.keep.setRange(1, MOST_BACKUPS_KEPT)
        self.keep.setValue(settings.backup_keep)
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        keep_note = forms.wrapped_label(
            self.tr(
                "newest backups of this archive there; older ones are removed once the new "
                "one is verified"
            )
        )
        self.last_label = forms.wrapped_label(self._last_words())
        self.last_label.setTextFormat(Qt.TextFormat.PlainText)
        form = forms.growing_form(
            (self.tr("Back up &to:"), forms.row((self.destination, 1), self.choose_button)),
            (self.tr("&Keep:"), forms.row(self.keep, (keep_note, 1))),
        )
        self.step = QLabel()
        self.step.hide()
        self.progress = progress_bar()
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.problem = problem_label()
        self.outcome = forms.wrapped_label()
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.hide()
        self.where = path_field(self.tr("Folder of the new backup"))
        self.removed = forms.wrapped_label()
        self.removed.setTextFormat(Qt.TextFormat.PlainText)
        self.removed.hide()
        self.buttons = QDialogButtonBox()
        self.backup_button = self.buttons.addButton(
            self.tr("&Back up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.backup_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert isinstance(cancel, QPushButton)  # noqa: S101 (a standard button is one)
        self.cancel_button = cancel
        self.buttons.accepted.connect(self.on_backup_clicked)
        self.buttons.rejected.connect(self.reject)
        forms.column(
            intro,
            form,
            self.last_label,
            self.step,
            self.progress,
            self.problem,
            self.outcome,
            self.where,
            self.removed,
            forms.STRETCH,
            self.buttons,
            parent=self,
        )
        forms.tab_in_layout_order(self)
        self._update_buttons()
        (self.backup_button if self.destination.text() else self.choose_button).setFocus()

    def _last_words(self) -> str:
        last = self._archive.backups.last()
        if last is None:
            return self.tr("This archive has never been backed up.")
        return (
            self.tr("Last backup: %1, %Ln message(s), in %2", "", last.messages)
            .replace("%1", short_date_time(last.created_at))
            .replace("%2", breakable(last.place))
        )

    @property
    def is_running(self) -> bool:
        return self._task is not None

    def on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose the folder for the backups"),
            self.destination.text() or str(Path.home()),
        )
        if chosen:
            self.destination.setText(chosen)

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(bool(self.destination.text().strip()) and not self.is_running)

    # Running ---------------------------------------------------------------------------------
    def on_backup_clicked(self) -> None:
        text = self.destination.text().strip()
        if not text or self.is_running:
            return
        destination = Path(text).expanduser()
        self._settings.backup_destination = destination
        self._settings.backup_keep = self.keep.value()
        self._settings.sync()
        task = workers.Task(self._archive.backups.make, destination, keep=self.keep.value())
        task.kwargs.update(progress=self.relay.report, cancel=task.cancel)
        task.signals.finished.connect(self.on_task_finished)
        task.signals.failed.connect(self.on_task_failed)
        self._task = workers.start_kept(task)
        for widget in (self.problem, self.outcome, self.where, self.removed):
            widget.hide()
        self._set_running(True)
        self.on_progress_changed(0, 0, "")
        fit_height(self)

    def cancel(self) -> None:
        """Stops the backup; nothing of it is kept. The dialog says so when it has stopped."""
        if self._task is not None:
            self._task.cancel.set()
            self.step.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def on_progress_changed(self, done: int, total: int, note: str) -> None:
        if not self.is_running or (self._task is not None and self._task.cancel.is_set()):
            return
        steps = {
            "copying": self.tr("Writing the encrypted copy…"),
            "reading back": self.tr("Reading the copy back from the drive…"),
            "checking": self.tr("Checking every stored message in the copy…"),
        }
        self.step.setText(steps.get(note, self.tr("Preparing the backup…")))
        show_progress(self.progress, done, total)

    def on_task_finished(self, report: BackupReport) -> None:
        self._ended()
        self.report = report
        manifest = report.manifest
        self.outcome.setText(
            self.tr(
                "The backup is complete and verified: %Ln message(s) (%1) in this new folder:",
                "",
                manifest.messages,
            ).replace("%1", data_size(manifest.database_bytes))
        )
        self.outcome.show()
        self.where.setText(str(report.folder))
        self.where.setCursorPosition(0)
        self.where.show()
        lines = []
        if report.removed:
            kept = self.keep.value()
            lines.append(self.tr("Older backups removed there (%Ln kept):", "", kept))
            lines += [path.name for path in report.removed]
        for problem in report.removal_problems:
            lines.append(self.tr("Not removed: %1").replace("%1", core_text(problem)))
        self.removed.setText("\n".join(lines))
        self.removed.setVisible(bool(lines))
        self.last_label.setText(self._last_words())
        self.backup_button.hide()
        self._close_button()
        fit_height(self)
        self.backup_finished.emit(report)
        if self._close_when_ended:
            super().done(QDialog.DialogCode.Accepted)

    def on_task_failed(self, error: Exception) -> None:
        self._ended()
        if isinstance(error, BackupCancelled):
            message = self.tr("The backup was cancelled; nothing of it was kept.")
        elif isinstance(error, BackupError):
            message = self.tr("The backup could not be made: %1").replace("%1", error_text(error))
        else:
            message = self.tr("The backup stopped unexpectedly: %1").replace(
                "%1", error_text(error)
            )
        self.problem.setText(message)
        self.problem.show()
        fit_height(self)
        if self._close_when_ended:
            super().done(QDialog.DialogCode.Rejected)

    def _ended(self) -> None:
        self._task = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        for widget in (self.destination, self.choose_button, self.keep):
            widget.setEnabled(not running)
        self.step.setVisible(running)
        self.progress.setVisible(running)
        self.cancel_button.setEnabled(True)
        self._update_buttons()

    def _close_button(self) -> None:
        self.cancel_button.setText(self.tr("&Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()

    @override
    def done(self, result: int) -> None:
        """Closing while it runs cancels the backup; the dialog closes once it stopped."""
        if self.is_running:
            self._close_when_ended = True
            self.cancel()
            return
        super().done(result)
