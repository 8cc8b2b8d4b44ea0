# SPDX-License-Identifier: GPL-3.0-or-later
"""The backups found in a folder (a drive's, say): the folder, a button to choose another,
and a list of its backups, newest first, with their date, archive, messages and state. The
folder is read in the background: a slow or sleeping drive never holds up the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from correspondence_app.backup import BackupState, ShelvedBackup, list_backups
from correspondence_app.backup.manifest import is_backup_name
from correspondence_app.backup.shelf import inspect
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import core_text, error_text
from correspondence_app.gui.formatting import short_date_time
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.feedback import busy_bar

if TYPE_CHECKING:
    from collections.abc import Sequence

COLUMN_MADE, COLUMN_ARCHIVE, COLUMN_MESSAGES, COLUMN_STATE = range(4)
BackupRole = Qt.ItemDataRole.UserRole  # an item's ShelvedBackup


def backups_in(folder: Path) -> list[ShelvedBackup]:
    """The backups in folder, newest first; a backup folder chosen itself is its own."""
    found = list_backups(folder)
    if not found and is_backup_name(folder.name):
        found = [inspect(folder)]
    return found[::-1]


class BackupList(QWidget):
    current_changed = Signal()  # another backup was chosen (or none)
    listed = Signal()  # a folder's backups were read
    failed = Signal(str)  # a folder could not be read: why, in words for the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: workers.Task | None = None
        self.folder = forms.line_edit(self.tr("Folder with backups"))
        self.folder.setReadOnly(True)
        self.choose_button = forms.plain_button(
            self.tr("Choose a &folder…"), self.on_choose_clicked
        )
        label = QLabel(self.tr("Backups &in:"))
        label.setBuddy(self.folder)
        self.busy = busy_bar()
        self.busy.setAccessibleName(self.tr("Looking for backups"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Backups"))
        self.tree.setHeaderLabels(
            [self.tr("Made"), self.tr("Archive"), self.tr("Messages"), self.tr("State")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(self.tree.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_ARCHIVE, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self.current_changed)
        self.none_found = forms.wrapped_label()
        self.none_found.hide()
        layout = forms.column(
            forms.row(label, (self.folder, 1), self.choose_button),
            self.busy,
            (self.tree, 1),
            self.none_found,
            parent=self,
        )
        layout.setContentsMargins(0, 0, 0, 0)

    def on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose the folder with the backups"),
            self.folder.text() or str(Path.home()),
        )
        if chosen:
            self.show_backups_in(Path(chosen))

    def show_backups_in(self, folder: Path) -> None:
        """Lists the backups in folder; ``listed`` (or ``failed``) says when it is done."""
        self.folder.setText(str(folder))
        self.tree.clear()
        self.none_found.hide()
        task = workers.Task(backups_in, folder)
        task.signals.finished.connect(workers.owned(self, self._on_listed, task, folder))
        task.signals.failed.connect(workers.owned(self, self._on_failed, task))
        self._task = workers.start_kept(task)
        self.busy.show()

    @property
    def is_listing(self) -> bool:
        return self._task is not None

    def _on_listed(self, task: workers.Task, folder: Path, found: Sequence[ShelvedBackup]) -> None:
        if task is not self._task:
            return  # another folder was chosen meanwhile
        self._task = None
        self.busy.hide()
        items = [self._item(shelved) for shelved in found]
        self.tree.addTopLevelItems(items)
        usable = [
            item
            for item, shelved in zip(items, found, strict=True)
            if shelved.state is BackupState.VERIFIED
        ]
        if usable:
            self.tree.setCurrentItem(usable[0])  # the newest one that is complete
        elif not found:
            self.none_found.setText(
                self.tr(
                    "There are no backups in %1. Choose the folder they were saved in."
                ).replace("%1", str(folder))
            )
            self.none_found.show()
        self.listed.emit()

    def _on_failed(self, task: workers.Task, error: Exception) -> None:
        if task is not self._task:
            return
        self._task = None
        self.busy.hide()
        self.failed.emit(self.tr("The folder cannot be read: %1").replace("%1", error_text(error)))
        self.listed.emit()

    def _item(self, shelved: ShelvedBackup) -> QTreeWidgetItem:
        manifest = shelved.manifest
        item = QTreeWidgetItem(
            [
                short_date_time(shelved.created_at) or self.tr("(unknown)"),
                manifest.archive_name if manifest else shelved.folder.name,
                self.tr("%Ln message(s)", "", manifest.messages) if manifest else "",
                self.state_words(shelved.state),
            ]
        )
        item.setData(0, BackupRole, shelved)
        item.setTextAlignment(COLUMN_MESSAGES, Qt.AlignmentFlag.AlignRight)
        tip = str(shelved.folder) + (f"\n{core_text(shelved.problem)}" if shelved.problem else "")
        for column in range(self.tree.columnCount()):
            item.setToolTip(column, tip)
        if shelved.state is not BackupState.VERIFIED:
            item.setForeground(COLUMN_STATE, Qt.GlobalColor.darkRed)
        return item

    def state_words(self, state: BackupState) -> str:
        return {
            BackupState.VERIFIED: self.tr("Verified"),
            BackupState.INCOMPLETE: self.tr("Unfinished"),
            BackupState.DAMAGED: self.tr("Damaged"),
        }[state]

    @property
    def chosen_backup(self) -> ShelvedBackup | None:
        item = self.tree.currentItem()
        shelved = item.data(0, BackupRole) if item is not None else None
        return shelved if isinstance(shelved, ShelvedBackup) else None
