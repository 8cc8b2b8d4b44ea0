# SPDX-License-Identifier: GPL-3.0-or-later
"""The sidebar: all mail, and the folders, mailbox files and labels mail came from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

if TYPE_CHECKING:
    from correspondence_app.storage.queries import FolderCount

FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1
ALL_MAIL = "\x00all"  # never a folder name


class SidebarModel(QStandardItemModel):
    def set_folders(self, folders: list[FolderCount], total: int) -> None:
        self.clear()
        root = self.invisibleRootItem()
        everything = QStandardItem(
            self.tr("All mail (%1)").replace("%1", QLocale().toString(total))
        )
        everything.setData(ALL_MAIL, FOLDER_ROLE)
        root.appendRow(everything)
        group = QStandardItem(self.tr("Imported from"))
        group.setSelectable(False)
        root.appendRow(group)
        for folder in folders:
            name = folder.name or self.tr("(top level)")
            item = QStandardItem(f"{name} ({QLocale().toString(folder.messages)})")
            item.setData(folder.name, FOLDER_ROLE)
            item.setToolTip(name)
            group.appendRow(item)
        for item in (everything, group):
            item.setEditable(False)
        for row in range(group.rowCount()):
            child = group.child(row)
            if child is not None:
                child.setEditable(False)

    def folder_at(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        value = index.data(FOLDER_ROLE) if index.isValid() else None
        return None if value is None else str(value)
