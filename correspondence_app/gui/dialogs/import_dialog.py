# SPDX-License-Identifier: GPL-3.0-or-later
"""An import in the background: progress, Cancel, and a summary with the quarantine; a
bundle's password asked first, and what its transfer file brought in the summary."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import core_text, error_text
from correspondence_app.gui.dialogs.bundle_password_dialog import BundlePasswordDialog
from correspondence_app.gui.quarantine_reasons import skipped_text
from correspondence_app.importers.bundle_import import bundles_among
from correspondence_app.services import ArchiveError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from correspondence_app.importers.base import Skipped
    from correspondence_app.importers.bundle_import import BundleImportReport
    from correspondence_app.importers.transfer_apply import TransferReport
    from correspondence_app.services import Archive


MAX_PROBLEMS_SHOWN = 5  # of a transfer file, or left out; the command line lists them all


class ImportDialog(QDialog):
    """Asks for the password of each bundle among the paths (one it is not given for is
    left out), then imports in the background."""

    import_finished = Signal(object)  # the ImportReport, or None after a failure
    quarantine_requested = Signal()

    def __init__(self, archive: Archive, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumWidth(480)
        self.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        self._started = time.monotonic()
        names = ", ".join(path.name for path in paths[:3]) + (" …" if len(paths) > 3 else "")
        self.heading = QLabel(self.tr("Importing %1").replace("%1", names))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel(self.tr("Reading…"))
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A summary with a bundle's problems can be long: it scrolls rather than being cut.
        self.status_area = QScrollArea()
        self.status_area.setWidgetResizable(True)
        self.status_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.status_area.setWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.quarantine_button = QPushButton(self.tr("Show &quarantine…"))
        self.quarantine_button.clicked.connect(self.quarantine_requested)
        self.buttons.addButton(self.quarantine_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.quarantine_button.hide()  # after adding it: the box shows what it is given
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_area, 1)
        layout.addWidget(self.buttons)
        self.task = workers.Task(archive.import_with_transfers)
        self.task.kwargs.update(progress=self.task.report_progress, cancel=self.task.cancel)
        self.task.signals.progress_changed.connect(self.on_progress_changed)
        self.task.signals.finished.connect(self.on_task_finished)
        self.task.signals.failed.connect(self.on_task_failed)
        self._paths = list(paths)
        self._passwords: dict[Path, str] = {}  # handed to the task, which drops them
        self._asking = bundles_among(paths)
        self.skipped_bundles: list[Path] = []  # no password given
        self.password_dialog: BundlePasswordDialog | None = None
        if self._asking:
            self.status.setText(self.tr("Waiting for the password of the encrypted ZIP…"))
            QTimer.singleShot(0, self._ask_next_password)  # once this dialog shows
        else:
            self._start()

    @property
    def is_running(self) -> bool:
        return self.close_button.isHidden()

    def _ask_next_password(self) -> None:
        if not self.is_running:  # cancelled before the first question
            return
        if not self._asking:
            self._start()
            return
        self.password_dialog = BundlePasswordDialog(self._asking[0], self)
        self.password_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.password_dialog.finished.connect(self.on_password_dialog_finished)
        self.password_dialog.open()

    def on_password_dialog_finished(self, result: int) -> None:
        dialog, self.password_dialog = self.password_dialog, None
        if dialog is None or not self._asking:  # the import was cancelled meanwhile
            return
        path = self._asking.pop(0)
        if result == QDialog.DialogCode.Accepted:
            self._passwords[path] = dialog.take_password()
        else:
            self.skipped_bundles.append(path)
            self._paths = [given for given in self._paths if given != path]
        dialog.deleteLater()
        self._ask_next_password()

    def _start(self) -> None:
        if not self._paths:  # every file was a bundle, and each was skipped
            self._finish()
            self.close()
            return
        self.status.setText(self.tr("Reading…"))
        self.task.kwargs.update(paths=self._paths, passwords=self._passwords)
        self._passwords = {}
        workers.start(self.task)

    def on_cancel_clicked(self) -> None:
        if "paths" not in self.task.kwargs:  # still asking for passwords: nothing started
            self._asking.clear()
            if self.password_dialog is not None:
                self.password_dialog.reject()
            self._finish()
            self.close()
            return
        self.task.cancel.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping once the messages being written are saved…"))

    def on_progress_changed(self, done: int, total: int, messages: int) -> None:
        if total <= 0:
            return
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / total))
        elapsed = max(time.monotonic() - self._started, 1e-3)
        if done and not self.task.cancel.is_set():
            left_s = max(0, int((total - done) * elapsed / done))
            self.status.setText(
                self.tr("%Ln message(s) stored, %1 per second, about %2 left", "", messages)
                .replace("%1", QLocale().toString(round(messages / elapsed)))
                .replace("%2", _duration(left_s))
            )

    def on_task_finished(self, outcome: BundleImportReport) -> None:
        report = outcome.report
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        lines = [
            self.tr("Import cancelled.") if report.cancelled else self.tr("Import finished."),
            self.tr("New messages: %1").replace("%1", QLocale().toString(report.imported)),
            self.tr("Already in the archive: %1").replace(
                "%1", QLocale().toString(report.duplicates)
            ),
            self.tr("Kept in quarantine (could not be read): %1").replace(
                "%1", QLocale().toString(report.quarantined)
            ),
        ]
        if report.rate is not None:  # an import that found nothing new has none
            per_s, decimals = report.rate
            shown = QLocale().toString(per_s, "f", decimals)
            lines.append(self.tr("%1 messages per second").replace("%1", shown))
        lines += self._skipped_lines(report.skipped)
        lines += [core_text(problem) for problem in report.problems]
        lines += [
            self.tr("Not imported, no password given: %1").replace("%1", path.name)
            for path in self.skipped_bundles
        ]
        for transfer in outcome.transfers:
            lines += self._transfer_lines(transfer)
        lines += [core_text(problem) for problem in outcome.problems]
        self.status.setText("\n".join(lines))
        self._fit_summary()
        self.quarantine_button.setVisible(report.quarantined > 0)
        self.import_finished.emit(report)

    def on_task_failed(self, error: Exception) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        message = error_text(error) if isinstance(error, ArchiveError | OSError) else repr(error)
        self.status.setText(
            self.tr("The import stopped: %1\nNothing already stored was lost.").replace(
                "%1", message
            )
        )
        self.import_finished.emit(None)

    def _fit_summary(self) -> None:
        """The dialog as tall as the summary, up to half the screen; beyond, it scrolls."""
        width = self.status_area.viewport().width()
        screen = self.screen().availableGeometry().height()
        self.status_area.setMinimumHeight(min(self.status.heightForWidth(width), screen // 2))
        self.adjustSize()

    def _skipped_lines(self, skipped: Sequence[Skipped]) -> list[str]:
        """What was not read as mail (files of other kinds, calendar items, ...): how many,
        and the first of them with the reason."""
        if not skipped:
            return []
        lines = [self.tr("Left out, not read as mail: %Ln file(s) or item(s)", "", len(skipped))]
        lines += [
            "  "
            + self.tr("%1: %2")
            .replace("%2", skipped_text(item.reason))
            .replace("%1", self._skipped_name(item))
            for item in skipped[:MAX_PROBLEMS_SHOWN]
        ]
        hidden = len(skipped) - MAX_PROBLEMS_SHOWN
        if hidden > 0:
            lines.append("  " + self.tr("… and %Ln more", "", hidden))
        return lines

    def _skipped_name(self, item: Skipped) -> str:
        """The file's name, and where in it the item is: a message of an mbox file by the
        byte it starts at; an item of an Outlook file by its folder and subject, a member
        of a ZIP by its path inside it, as the core names them after the file."""
        if not item.file:
            return Path(item.path).name or item.path
        name = Path(item.file).name or item.file
        if item.offset >= 0:
            where = QLocale().toString(item.offset)
            return self.tr("%1 (at byte %2)").replace("%2", where).replace("%1", name)
        return name + item.path.removeprefix(item.file)

    def _transfer_lines(self, transfer: TransferReport) -> list[str]:
        """What the bundle's transfer file added, each kind on a line of its own; the rarer
        kinds only when it brought some."""
        counts = [
            (self.tr("Tags given to messages: %1"), transfer.tags_added, True),
            (self.tr("Notes: %1"), transfer.notes_added + transfer.notes_joined, True),
            (self.tr("People merged: %1"), transfer.people_merged, True),
            (self.tr("People watched: %1"), transfer.watched_added, False),
            (self.tr("Signs of life: %1"), transfer.signs_of_life_added, False),
            (self.tr("Letters awaiting an answer: %1"), transfer.awaiting_marks_added, False),
            (self.tr("Paper letters: %1"), transfer.paper_letters_added, False),
            (self.tr("Answers: %1"), transfer.answers_added, False),
            (
                self.tr("Messages it names that are not in the archive: %1"),
                transfer.messages_missing,
                False,
            ),
        ]
        lines = [self.tr("From %1, besides the messages:").replace("%1", Path(transfer.path).name)]
        lines += [
            "  " + text.replace("%1", QLocale().toString(count))
            for text, count, always in counts
            if always or count
        ]
        lines += [
            "  " + self.tr("Not applied: %1").replace("%1", core_text(problem))
            for problem in transfer.problems[:MAX_PROBLEMS_SHOWN]
        ]
        hidden = len(transfer.problems) - MAX_PROBLEMS_SHOWN
        if hidden > 0:
            lines.append("  " + self.tr("… and %Ln more problem(s)", "", hidden))
        return lines

    def _finish(self) -> None:
        self.task.kwargs.pop("passwords", None)  # kept no longer than the import
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)

    def reject(self) -> None:
        if self.is_running:  # Escape or the window's close button: ask the import to stop
            self.on_cancel_clicked()
            return
        super().reject()


def _duration(seconds: int) -> str:
    if seconds < 90:
        return QCoreApplication.translate("ImportDialog", "%Ln second(s)", "", seconds)
    return QCoreApplication.translate("ImportDialog", "%Ln minute(s)", "", round(seconds / 60))
