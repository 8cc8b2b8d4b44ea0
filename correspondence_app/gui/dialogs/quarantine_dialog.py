# SPDX-License-Identifier: GPL-3.0-or-later
"""The quarantine: messages that could not be read, where they came from and why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.gui.formatting import data_size
from correspondence_app.gui.quarantine_reasons import reason_text
from correspondence_app.render.body import header_text

if TYPE_CHECKING:
    from correspondence_app.services import Archive


SOURCE_COLUMN_MAX_PX = 320


class QuarantineDialog(QDialog):
    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self.setWindowTitle(self.tr("Quarantine"))
        self.resize(860, 480)
        self.entries = archive.quarantine()
        intro = QLabel(
            self.tr(
                "These messages could not be read. Each is kept whole, exactly as it was "
                "found, so nothing is lost. You can save the originals to look at them "
                "with another program."
            )
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Reason"), self.tr("Size"), self.tr("Quarantined on")]
        )
        for entry in self.entries:
            size = data_size(entry.size_bytes)
            when = entry.quarantined_at.astimezone().strftime("%Y-%m-%d %H:%M")
            row = [header_text(entry.location), reason_text(entry.reason), size, when]
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
            items[0].setToolTip(entry.location)
            items[1].setToolTip(entry.reason)  # the core's English words, for a helper
            self.model.appendRow(items)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Quarantined messages"))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        # A long path is cut in its middle (the whole is its tip): the reason and the date
        # stay in view.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), SOURCE_COLUMN_MAX_PX))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = QPushButton(self.tr("&Save originals…"))
        save.setEnabled(bool(self.entries))
        save.clicked.connect(self.on_save_clicked)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

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
        """Writes each quarantined message as quarantine-<id>.eml (or .msg); returns the count."""
        for entry in self.entries:
            suffix = ".msg" if entry.kind == "outlook" else ".eml"
            target = folder / f"quarantine-{entry.id}{suffix}"
            target.write_bytes(self._archive.quarantine_original(entry.id))
        return len(self.entries)
