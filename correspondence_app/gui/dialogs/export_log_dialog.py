# SPDX-License-Identifier: GPL-3.0-or-later
"""The export log: every export made from the archive, with the fingerprint of its manifest
(a chain of custody: what was handed out, when, and whether it is still what was given)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from correspondence_app.export.source import EVERYTHING
from correspondence_app.gui.formatting import short_date_time
from correspondence_app.gui.widgets import forms

if TYPE_CHECKING:
    from correspondence_app.export.exporter import ExportLogEntry
    from correspondence_app.services import Archive

COLUMN_WHEN, COLUMN_FORMAT, COLUMN_MESSAGES, COLUMN_WHAT, COLUMN_WHERE, COLUMN_FINGERPRINT = range(
    6
)
FingerprintRole = Qt.ItemDataRole.UserRole  # the manifest's whole SHA-256
SHOWN_DIGITS = 16  # of the fingerprint in the table; all of it in the tooltip


class ExportLogDialog(QDialog):
    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export log"))
        self.resize(900, 420)
        intro = forms.wrapped_label(
            self.tr(
                "Every export made from this archive, with the fingerprint of its manifest: "
                "a record of what was handed out."
            )
        )
        self.entries = QTreeWidget()
        self.entries.setAccessibleName(self.tr("Exports"))
        self.entries.setRootIsDecorated(False)
        self.entries.setAllColumnsShowFocus(True)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a path's both ends
        self.entries.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Format"),
                self.tr("Messages"),
                self.tr("What"),
                self.tr("Where"),
                self.tr("Fingerprint (SHA-256)"),
            ]
        )
        header = self.entries.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for stretching in (COLUMN_WHAT, COLUMN_WHERE):
            header.setSectionResizeMode(stretching, QHeaderView.ResizeMode.Stretch)
        self.empty_note = forms.wrapped_label(
            self.tr("No export has been made from this archive yet.")
        )
        self.copy_button = forms.plain_button(self.tr("&Copy fingerprint"), self.on_copy_clicked)
        copy = QAction(self.entries)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.on_copy_clicked)
        self.entries.addAction(copy)
        self.entries.currentItemChanged.connect(self._update_buttons)
        buttons = forms.close_buttons(self)
        forms.column(
            intro,
            (self.entries, 1),
            self.empty_note,
            forms.row(self.copy_button, (buttons, 1)),
            parent=self,
        )
        self.show_entries(archive.exporter.log())

    def show_entries(self, entries: list[ExportLogEntry]) -> None:
        self.entries.clear()
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for entry in entries:
            what = str(entry.selection.get("description", ""))
            if what == EVERYTHING:  # exported from the command line
                what = self.tr("Every message in the archive")
            if entry.selection.get("threads"):
                what += " " + self.tr("(whole conversations)")
            digest = entry.manifest_sha256
            item = QTreeWidgetItem(
                [
                    short_date_time(entry.exported_at),
                    entry.format,
                    QLocale().toString(entry.messages),
                    what,
                    entry.output,
                    digest[:SHOWN_DIGITS] + "…",
                ]
            )
            item.setData(COLUMN_WHEN, FingerprintRole, digest)
            item.setTextAlignment(COLUMN_MESSAGES, Qt.AlignmentFlag.AlignRight)
            item.setToolTip(COLUMN_WHAT, what)
            item.setToolTip(COLUMN_WHERE, entry.output)
            item.setToolTip(COLUMN_FINGERPRINT, digest)
            item.setFont(COLUMN_FINGERPRINT, fixed)
            self.entries.addTopLevelItem(item)
        self.empty_note.setVisible(not entries)
        first = self.entries.topLevelItem(0)
        if first is not None:
            self.entries.setCurrentItem(first)
        self._update_buttons()

    @property
    def current_fingerprint(self) -> str:
        item = self.entries.currentItem()
        return "" if item is None else str(item.data(COLUMN_WHEN, FingerprintRole))

    def on_copy_clicked(self) -> None:
        if fingerprint := self.current_fingerprint:
            QGuiApplication.clipboard().setText(fingerprint)

    def _update_buttons(self) -> None:
        self.copy_button.setEnabled(bool(self.current_fingerprint))
