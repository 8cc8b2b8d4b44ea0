# SPDX-License-Identifier: GPL-3.0-or-later
"""People as a table: name, addresses, mail counts, last mail received, watching; and the
filter that keeps those whose names or addresses hold every word typed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, override
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from correspondence_app.search.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtWidgets import QWidget

    from correspondence_app.people.directory import PersonInfo

COLUMN_NAME, COLUMN_ADDRESSES, COLUMN_RECEIVED, COLUMN_SENT, COLUMN_LAST, COLUMN_WATCHED = range(6)
PersonIdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    """People as rows: name, addresses, counts, last mail received, watching."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonInfo] = []
        self._keys: list[str] = []  # folded names and addresses, for the filter
        self._watched: dict[int, int | None] = {}
        self._zone = ZoneInfo("UTC")

    def set_people(
        self, people: list[PersonInfo], watched: dict[int, int | None], zone: ZoneInfo
    ) -> None:
        self.beginResetModel()
        self._people, self._watched, self._zone = people, watched, zone
        self._keys = [fold("\n".join((p.name, *p.names, *p.addresses))) for p in people]
        self.endResetModel()

    def person(self, row: int) -> PersonInfo:
        return self._people[row]

    def is_watched(self, person_id: int) -> bool:
        return person_id in self._watched

    def matches(self, row: int, words: Iterable[str]) -> bool:
        return all(word in self._keys[row] for word in words)

    @override
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    @override
    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Addresses"),
            self.tr("Received"),
            self.tr("Sent"),
            self.tr("Last received"),
            self.tr("Watched"),
        )[section]

    @override
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person, column = self._people[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == SortRole:
            return self._sort_key(person, column)
        if role == PersonIdRole:
            return person.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COLUMN_RECEIVED, COLUMN_SENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(person, column)
        return None

    def _text(self, person: PersonInfo, column: int) -> str:
        locale = QLocale()
        if column == COLUMN_NAME:
            return self.tr("%1 (you)").replace("%1", person.name) if person.is_me else person.name
        if column == COLUMN_ADDRESSES:
            return ", ".join(person.addresses)
        if column in (COLUMN_RECEIVED, COLUMN_SENT):
            return locale.toString(person.received if column == COLUMN_RECEIVED else person.sent)
        if column == COLUMN_LAST:
            if person.last_received_at is None:
                return ""
            day = person.last_received_at.astimezone(self._zone).date()
            return locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
        if person.id not in self._watched:
            return ""
        threshold = self._watched[person.id]
        if threshold is None:
            return self.tr("Watched")
        return self.tr("Watched, %Ln day(s)", "", threshold)

    def _sort_key(self, person: PersonInfo, column: int) -> str | int | float:
        if column == COLUMN_NAME:
            return fold(person.name)
        if column == COLUMN_ADDRESSES:
            return ", ".join(person.addresses)
        if column in (COLUMN_RECEIVED, COLUMN_SENT):
            return person.received if column == COLUMN_RECEIVED else person.sent
        if column == COLUMN_LAST:
            return person.last_received_at.timestamp() if person.last_received_at else 0.0
        if person.id not in self._watched:
            return -1
        return self._watched[person.id] or 0

    def _tip(self, person: PersonInfo, column: int) -> str:
        if column == COLUMN_NAME and len(person.names) > 1:
            return self.tr("Also written as: %1").replace("%1", ", ".join(person.names))
        if column == COLUMN_ADDRESSES:
            return "\n".join(person.addresses)
        if column == COLUMN_WATCHED and person.id in self._watched:
            threshold = self._watched[person.id]
            if threshold is None:
                return self.tr("Overdue after twice the usual gap between letters")
            return self.tr("Overdue after %Ln day(s) of silence", "", threshold)
        return ""


class PeopleFilter(QSortFilterProxyModel):
    """Keeps the people whose names or addresses hold every word typed, accents aside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SortRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @override
    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        return not isinstance(model, PeopleModel) or model.matches(source_row, self._words)
