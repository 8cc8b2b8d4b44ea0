# SPDX-License-Identifier: GPL-3.0-or-later
"""People as a table that sorts by any column and keeps those the filter words match; the
selection is read and made by person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from correspondence_app.gui.models.people_model import (
    COLUMN_ADDRESSES,
    COLUMN_NAME,
    PeopleFilter,
    PeopleModel,
    PersonIdRole,
)

if TYPE_CHECKING:
    from collections.abc import Collection

    from correspondence_app.people.directory import PersonInfo

NAME_WIDTH = 220  # at first; the user can widen it


class PeopleView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people_model = PeopleModel(self)
        self.people_filter = PeopleFilter(self)
        self.people_filter.setSourceModel(self.people_model)
        self.setModel(self.people_filter)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.header()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as loaded: most mail first
        self.setSortingEnabled(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMN_NAME, NAME_WIDTH)
        header.setSectionResizeMode(COLUMN_ADDRESSES, QHeaderView.ResizeMode.Stretch)

    def selected_people(self) -> list[PersonInfo]:
        rows = self.selectionModel().selectedRows()
        source = self.people_filter.mapToSource
        return [self.people_model.person(source(index).row()) for index in rows]

    def select_people(self, person_ids: Collection[int]) -> None:
        """Selects these people (those the filter shows), the first of them current."""
        selection = QItemSelection()
        current = QModelIndex()
        for row in range(self.people_filter.rowCount()):
            index = self.people_filter.index(row, 0)
            if index.data(PersonIdRole) in person_ids:
                selection.select(index, index)
                current = current if current.isValid() else index
        flags = QItemSelectionModel.SelectionFlag
        chosen = self.selectionModel()
        chosen.select(selection, flags.ClearAndSelect | flags.Rows)
        if current.isValid():
            chosen.setCurrentIndex(current, flags.NoUpdate)
            self.scrollTo(current)
