# SPDX-License-Identifier: GPL-3.0-or-later
"""The quarantine: messages that could not be read, where they came from and why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.accounts.sync import folder_place
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text, filled
from correspondence_app.gui.formatting import data_size, short_date_time
from correspondence_app.gui.quarantine_reasons import reason_text
from correspondence_app.importers.apple_mail import is_emlx
from correspondence_app.importers.detect import HEAD_BYTES
from correspondence_app.render.body import header_text
from correspondence_app.storage.queries import OffsetCounts

if TYPE_CHECKING:
    from collections.abc import Callable

    from correspondence_app.importers.quarantine_retry import RetryReport
    from correspondence_app.services import Archive
    from correspondence_app.storage.queries import QuarantineEntry


SOURCE_COLUMN_MAX_PX = 320


class QuarantineDialog(QDialog):
    retried = Signal(object)  # the RetryReport, once the quarantine was tried again

    def __init__(
        self,
        archive: Archive,
        parent: QWidget | None = None,
        *,
        on_retried: Callable[[RetryReport], None] | None = None,
    ) -> None:
        """``on_retried`` is told of each try's RetryReport, even when the dialog was closed
        before the try ended (the window shows what it imported)."""
        super().__init__(parent)
        self._archive = archive
        self._on_retried = on_retried
        self.task: workers.Task | None = None
        self.setWindowTitle(self.tr("Quarantine"))
        self.resize(860, 480)
        self.entries = archive.quarantine()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Reason"), self.tr("Size"), self.tr("Quarantined on")]
        )
        self._fill()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Quarantined messages"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        # A long path is cut in its middle, on one line (the whole is its tip): its file's
        # name at the end, the reason and the date stay in view.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), SOURCE_COLUMN_MAX_PX))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        # The selected message's whole source and reason, wrapped: a row shows them on one
        # line, cut where the window ends.
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("The selected message's source and reason"))
        self.details.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save originals…"))
        self.save_button.clicked.connect(self.on_save_clicked)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setToolTip(
            self.tr(
                "Import these messages once more: a newer version of this program may read "
                "them now. Those it reads leave the quarantine; the others stay."
            )
        )
        self.retry_button.clicked.connect(self.on_retry_clicked)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of trying again"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._update_buttons()

    def _fill(self) -> None:
        self.intro.setText(
            self.tr(
                "These messages could not be read. Each is kept whole, exactly as it was "
                "found, so nothing is lost. You can save the originals to look at them "
                "with another program."
            )
            if self.entries
            else self.tr("The quarantine is empty: every message found so far could be read.")
        )
        self.model.removeRows(0, self.model.rowCount())
        for entry in self.entries:
            size = data_size(entry.size_bytes)
            when = short_date_time(entry.quarantined_at)
            place, whole_place = self._place(entry)
            row = [header_text(place), reason_text(entry.reason), size, when]
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
            items[0].setToolTip(whole_place)
            items[1].setToolTip(entry.reason)  # the core's English words, for a helper
            self.model.appendRow(items)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.entries):
            self.details.hide()
            return
        entry = self.entries[current.row()]
        words = [self._place(entry)[1], reason_text(entry.reason)]
        self.details.setText(filled(self.tr("Source: %1\nReason: %2"), words))
        self.details.show()

    def _place(self, entry: QuarantineEntry) -> tuple[str, str]:
        """Where the message was found: for a line of the table, and in full. A message
        of an account is named by the account and folder, not by the folder's IMAP URL."""
        counts = entry.offset_counts
        if counts is OffsetCounts.UID and (place := folder_place(entry.location)) is not None:
            whole = self.tr("account %1 on %2, folder %3, message %4 on the server")
            details = [place.user_name, place.host, place.folder, str(entry.offset)]
            return f"{place.user_name}: {place.folder}", filled(whole, details)
        if counts is OffsetCounts.ITEM:  # one of an Outlook data file's items
            return entry.location, filled(
                self.tr("%1, item %2"), [entry.location, str(entry.offset)]
            )
        if counts is OffsetCounts.BYTE:  # one of the file's many messages
            at = filled(self.tr("%1, at byte %2"), [entry.location, str(entry.offset)])
            return entry.location, at
        return entry.location, entry.location

    def close_for_locking(self) -> None:
        """Before locking: trying again stops once the messages on their way are stored
        (closing the dialog otherwise lets it go on)."""
        if self.task is not None:
            self.task.cancel.set()
        self.close()

    def _update_buttons(self) -> None:
        running = self.task is not None
        self.save_button.setEnabled(bool(self.entries) and not running)
        self.retry_button.setEnabled(bool(self.entries) and not running)

    # Trying again --------------------------------------------------------------------------
    def on_retry_clicked(self) -> None:
        if self.task is not None or not self.entries:
            return
        self.status.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        task = workers.Task(self._archive.retry_quarantine)
        task.kwargs.update(progress=task.report_progress, cancel=task.cancel)
        task.signals.progress_changed.connect(self.on_progress_changed)
        task.signals.finished.connect(self.on_retry_finished)
        task.signals.failed.connect(self.on_retry_failed)
        if self._on_retried is not None:
            task.signals.finished.connect(self._on_retried)
        self.task = task
        self._update_buttons()
        workers.start_kept(task)

    def on_progress_changed(self, done: int, total: int, _messages: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def on_retry_finished(self, report: RetryReport) -> None:
        self.task = None
        self.progress.hide()
        self.entries = self._archive.quarantine()
        self._fill()
        self.details.hide()  # the rows are new; none is selected
        self._update_buttons()
        if report.imported or report.duplicates:
            read = report.imported + report.duplicates
            text = self.tr("%Ln message(s) could be read now and are in the archive.", "", read)
        else:
            text = self.tr("None of them could be read this time either.")
        if report.remaining:
            text += " " + self.tr("%Ln message(s) stay in the quarantine.", "", report.remaining)
        self.status.setText(text)
        self.status.show()
        self.retried.emit(report)

    def on_retry_failed(self, error: Exception) -> None:
        self.task = None
        self.progress.hide()
        self._update_buttons()
        self.status.setText(error_text(error))
        self.status.show()

    def on_save_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Save the originals in"))
        if chosen:
            count = self.save_originals(Path(chosen))
            QMessageBox.information(
                self,
                self.tr("Quarantine"),
                self.tr("%Ln original(s) saved.", "", count),
            )

    def save_originals(self, folder: Path) -> int:
        """Writes each quarantined message as quarantine-<id>.eml (or .msg, .xml for an
        Outlook for Mac message, or .emlx for Apple Mail's file kept whole); returns the
        count."""
        for entry in self.entries:
            data = self._archive.quarantine_original(entry.id)
            if entry.kind in ("outlook", "olm"):
                suffix = ".msg" if entry.kind == "outlook" else ".xml"
            else:
                suffix = ".emlx" if is_emlx(data[:HEAD_BYTES]) else ".eml"
            (folder / f"quarantine-{entry.id}{suffix}").write_bytes(data)
        return len(self.entries)
