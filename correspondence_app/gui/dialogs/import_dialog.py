# SPDX-License-Identifier: GPL-3.0-or-later
"""An import in the background: progress, Cancel, and a summary with the quarantine."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.gui import workers
from correspondence_app.services import ArchiveError

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.importers.base import ImportReport
    from correspondence_app.services import Archive


class ImportDialog(QDialog):
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
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.quarantine_button = QPushButton(self.tr("Show &quarantine…"))
        self.quarantine_button.hide()
        self.quarantine_button.clicked.connect(self.quarantine_requested)
        self.buttons.addButton(self.quarantine_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.task = workers.Task(archive.import_paths, paths)
        self.task.kwargs.update(progress=self.task.report_progress, cancel=self.task.cancel)
        self.task.signals.progress_changed.connect(self.on_progress_changed)
        self.task.signals.finished.connect(self.on_task_finished)
        self.task.signals.failed.connect(self.on_task_failed)
        workers.start(self.task)

    @property
    def is_running(self) -> bool:
        return self.close_button.isHidden()

    def on_cancel_clicked(self) -> None:
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

    def on_task_finished(self, report: ImportReport) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        rate = report.imported / report.seconds if report.seconds else 0
        lines = [
            self.tr("Import cancelled.") if report.cancelled else self.tr("Import finished."),
            self.tr("New messages: %1").replace("%1", QLocale().toString(report.imported)),
            self.tr("Already in the archive: %1").replace(
                "%1", QLocale().toString(report.duplicates)
            ),
            self.tr("Kept in quarantine (could not be read): %1").replace(
                "%1", QLocale().toString(report.quarantined)
            ),
            self.tr("%1 messages per second").replace("%1", QLocale().toString(round(rate))),
        ]
        lines += [str(problem) for problem in report.problems]
        self.status.setText("\n".join(lines))
        self.quarantine_button.setVisible(report.quarantined > 0)
        self.import_finished.emit(report)

    def on_task_failed(self, error: Exception) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        message = str(error) if isinstance(error, ArchiveError) else repr(error)
        self.status.setText(
            self.tr("The import stopped: %1\nNothing already stored was lost.").replace(
                "%1", message
            )
        )
        self.import_finished.emit(None)

    def _finish(self) -> None:
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
