# SPDX-License-Identifier: GPL-3.0-or-later
"""The thread list: conversations (or search results) fetched page by page as they scroll in."""

from __future__ import annotations

import dataclasses
import enum
import functools
import gc
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from correspondence_app.gui.formatting import short_date_time

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from correspondence_app.search.snippets import Snippet

PAGE_ROWS = 200
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
THREAD_ID_ROLE = Qt.ItemDataRole.UserRole + 2
MESSAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 3
TAGS_ROLE = Qt.ItemDataRole.UserRole + 4
NO_COLOR = "#888888"  # the dot of a tag without a colour of its own


class Column(enum.IntEnum):
    SUBJECT = 0
    CORRESPONDENTS = 1
    MESSAGES = 2
    LAST_DATE = 3


@dataclass(frozen=True)
class ThreadRow:
    thread_id: int
    subject: str
    participants: tuple[str, ...]
    messages: int
    last_at: datetime | None
    snippet: Snippet | None = None
    message_id: int | None = None  # the search's best match in the thread, opened first
    tags: tuple[tuple[str, str], ...] = ()  # the user's tags on its messages: (name, colour)


AnyIndex = QModelIndex | QPersistentModelIndex


class ThreadListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ThreadRow] = []
        self._source: Callable[[int, int, Column, bool], list[ThreadRow]] | None = None
        self._has_more = False
        self._sort = (Column.LAST_DATE, True)
        self._headers = {
            Column.SUBJECT: self.tr("Subject"),
            Column.CORRESPONDENTS: self.tr("Correspondents"),
            Column.MESSAGES: self.tr("Messages"),
            Column.LAST_DATE: self.tr("Last message"),
        }

    # Filling ------------------------------------------------------------------------------
    def set_source(self, source: Callable[[int, int, Column, bool], list[ThreadRow]]) -> None:
        """Pages come from ``source``; the first is loaded at once."""
        self.beginResetModel()
        self._source = source
        self._rows = source(0, PAGE_ROWS, *self._sort)
        self._has_more = len(self._rows) == PAGE_ROWS
        self.endResetModel()
        _keep_out_of_full_collections()

    def set_rows(self, rows: list[ThreadRow]) -> None:
        """A complete list (search results): nothing more to fetch."""
        self.beginResetModel()
        self._source = None
        self._rows = list(rows)
        self._has_more = False
        self.endResetModel()

    def set_tags(self, marks: dict[int, tuple[tuple[str, str], ...]]) -> None:
        """Shows these conversations' tags again (after tagging), keeping rows and scroll."""
        for position, row in enumerate(self._rows):
            tags = marks.get(row.thread_id)
            if tags is not None and tags != row.tags:
                self._rows[position] = dataclasses.replace(row, tags=tags)
                index = self.index(position, Column.SUBJECT)
                self.dataChanged.emit(index, index)

    def clear(self) -> None:
        """Forgets every row (on lock)."""
        self.beginResetModel()
        self._source = None
        self._rows = []
        self._has_more = False
        self.endResetModel()
        gc.unfreeze()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._source is None or not self._has_more:
            return
        page = self._source(len(self._rows), PAGE_ROWS, *self._sort)
        self._has_more = len(page) == PAGE_ROWS
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
            _keep_out_of_full_collections()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (Column(column), order == Qt.SortOrder.DescendingOrder)
        if self._source is not None:
            self.set_source(self._source)
            return
        key: Callable[[ThreadRow], Any] = {
            Column.SUBJECT: lambda row: row.subject.casefold(),
            Column.CORRESPONDENTS: lambda row: ", ".join(row.participants).casefold(),
            Column.MESSAGES: lambda row: row.messages,
            Column.LAST_DATE: lambda row: (row.last_at is not None, row.last_at),
        }[Column(column)]
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=self._sort[1])
        self.layoutChanged.emit()

    def header_text(self, column: Column) -> str:
        return self._headers[column]

    # Reading ------------------------------------------------------------------------------
    def row_at(self, row: int) -> ThreadRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.CORRESPONDENTS:
            return "\n".join(row.participants)
        if column == Column.SUBJECT and row.tags:
            if role == Qt.ItemDataRole.DecorationRole:
                return tag_dots(tuple(color or NO_COLOR for _, color in row.tags))
            if role == Qt.ItemDataRole.ToolTipRole:
                names = ", ".join(name for name, _ in row.tags)
                tags_line = self.tr("Tags: %1").replace("%1", names)
                return f"{row.subject}\n{tags_line}"
        if role == TAGS_ROLE:
            return row.tags
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.MESSAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SNIPPET_ROLE and column == Column.SUBJECT:
            return row.snippet
        if role == THREAD_ID_ROLE:
            return row.thread_id
        if role == MESSAGE_ID_ROLE:
            return row.message_id
        return None

    def _display(self, row: ThreadRow, column: Column) -> str:
        if column == Column.SUBJECT:
            return row.subject or self.tr("(no subject)")
        if column == Column.CORRESPONDENTS:
            return ", ".join(_short_name(person) for person in row.participants[:4])
        if column == Column.MESSAGES:
            return QLocale().toString(row.messages)
        return short_date_time(row.last_at)


@functools.lru_cache(maxsize=256)
def tag_dots(colors: tuple[str, ...]) -> QIcon:
    """Up to four dots in the tags' colours, side by side."""
    shown = colors[:4]
    pixmap = QPixmap(10 * len(shown) + 2, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for position, color in enumerate(shown):
        painter.setBrush(QColor(color))
        painter.setPen(QColor(color).darker(130))
        painter.drawEllipse(1 + 10 * position, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


def _keep_out_of_full_collections() -> None:
    """Rows stay as long as the list: Python's full garbage collection need not walk them.

    With 40,000 rows loaded, one full collection took about 40 ms, which froze scrolling.
    The rows hold no reference cycles, so clearing the list still frees them.
    """
    gc.freeze()


def _short_name(person: str) -> str:
    """ "Anna Weber <anna@example.org>" -> "Anna Weber"; a bare address stays as it is."""
    name, _, _ = person.partition(" <")
    return name or person
