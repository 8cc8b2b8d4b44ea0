# SPDX-License-Identifier: GPL-3.0-or-later
"""The sidebar: all mail, saved searches, the user's tags, the folders mail came from, and
the years and months. Each entry narrows the thread list by a query (its scope)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel

from correspondence_app.storage.organise_tables import TagKind
from correspondence_app.tagging.names import SEPARATOR, leaf

if TYPE_CHECKING:
    from correspondence_app.services import Archive
    from correspondence_app.tagging.saved_searches import SavedSearchInfo
    from correspondence_app.tagging.tags import TagInfo
    from correspondence_app.tagging.timeline import MonthCount

SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1  # the query the entry stands for
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # an Entry
TAG_NAME_ROLE = Qt.ItemDataRole.UserRole + 3  # a tag's whole name (also of a parent only)
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 4  # a tag's or saved search's id (None: a parent)
# An entry with a count shows "label (count)"; the delegate shortens the label, never the count.
LABEL_ROLE = Qt.ItemDataRole.UserRole + 5
COUNT_ROLE = Qt.ItemDataRole.UserRole + 6  # the count as shown, in the user's locale
ALL_MAIL = ""  # the scope of "All mail": no condition


class Entry(enum.Enum):
    ALL = "all"
    GROUP = "group"
    SAVED_SEARCH = "saved"
    TAG = "tag"
    IMPORTED = "imported"
    DATE = "date"


@dataclass(frozen=True)
class SidebarData:
    total: int
    saved_searches: list[SavedSearchInfo]
    tags: list[TagInfo]
    months: list[MonthCount]
    dropped: list[TagInfo] = field(default_factory=list)  # folder tags the user dropped


def load_sidebar(archive: Archive) -> SidebarData:
    """What the sidebar shows (run on a worker thread: the counts read the whole archive)."""
    organiser = archive.organiser
    tags = organiser.tags(include_dropped=True)
    return SidebarData(
        archive.stats().messages,
        organiser.saved_searches(),
        [tag for tag in tags if not tag.is_dropped],
        organiser.month_counts(),
        [tag for tag in tags if tag.is_dropped],
    )


def quoted(value: str) -> str:
    return '"' + value.replace('"', "") + '"'


class SidebarModel(QStandardItemModel):
    def set_contents(self, data: SidebarData) -> None:
        self.clear()
        root = self.invisibleRootItem()
        number = QLocale().toString
        everything = self._item(
            self.tr("All mail (%1)").replace("%1", number(data.total)), Entry.ALL, ALL_MAIL
        )
        root.appendRow(everything)
        if data.saved_searches:
            group = self._group(self.tr("Saved searches"))
            for search in data.saved_searches:
                count = None if search.messages is None else number(search.messages)
                item = self._counted(search.name, count, Entry.SAVED_SEARCH, search.query)
                item.setData(search.id, ITEM_ID_ROLE)
                item.setToolTip(search.query)
                group.appendRow(item)
            root.appendRow(group)
        user = [tag for tag in data.tags if tag.kind is TagKind.USER]
        group = self._group(self.tr("Tags"))
        self._add_tags(group, user, Entry.TAG)
        if not user:
            hint = self._item(
                self.tr("(none yet: tag conversations from their menu)"), Entry.GROUP, None
            )
            hint.setEnabled(False)
            group.appendRow(hint)
        root.appendRow(group)
        imported = [tag for tag in data.tags if tag.kind is TagKind.IMPORTED]
        if imported:
            group = self._group(self.tr("Imported from"))
            self._add_tags(group, imported, Entry.IMPORTED)
            root.appendRow(group)
        if data.months:
            root.appendRow(self._dates(data.months))

    def _add_tags(self, group: QStandardItem, tags: list[TagInfo], entry: Entry) -> None:
        """Tags as a tree by their ``/`` parts; a parent that is no tag of its own is
        still an entry (``tag:Behörden`` finds what is below it)."""
        nodes: dict[str, QStandardItem] = {}
        names: set[str] = set()
        for tag in tags:
            parts = tag.name.split(SEPARATOR)
            names.update(SEPARATOR.join(parts[:depth]) for depth in range(1, len(parts) + 1))
        by_name = {tag.name: tag for tag in tags}
        for name in sorted(names, key=lambda n: [p.casefold() for p in n.split(SEPARATOR)]):
            own = by_name.get(name)
            parent = nodes.get(name.rsplit(SEPARATOR, 1)[0]) if SEPARATOR in name else None
            label = leaf(name) if entry is Entry.TAG or parent is not None else name
            count = QLocale().toString(own.messages) if own is not None else None
            scope = f"{'tag' if entry is Entry.TAG else 'folder'}:{quoted(name)}"
            item = self._counted(label, count, entry, scope)
            item.setData(name, TAG_NAME_ROLE)
            item.setData(own.id if own is not None else None, ITEM_ID_ROLE)
            item.setToolTip(name)
            if entry is Entry.TAG:
                item.setIcon(_swatch(own.color if own is not None else ""))
            (parent or group).appendRow(item)
            nodes[name] = item

    def _dates(self, months: list[MonthCount]) -> QStandardItem:
        group = self._group(self.tr("Dates"))
        locale = QLocale()
        years: dict[int, QStandardItem] = {}
        per_year: dict[int, int] = {}
        for month in months:
            per_year[month.year] = per_year.get(month.year, 0) + month.messages
        for month in months:  # newest first
            year = years.get(month.year)
            if year is None:
                count = locale.toString(per_year[month.year])
                year = self._counted(str(month.year), count, Entry.DATE, f"date:{month.year:04d}")
                years[month.year] = year
                group.appendRow(year)
            name = locale.standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
            item = self._counted(
                name,
                locale.toString(month.messages),
                Entry.DATE,
                f"date:{month.year:04d}-{month.month:02d}",
            )
            year.appendRow(item)
        return group

    def _group(self, text: str) -> QStandardItem:
        group = self._item(text, Entry.GROUP, None)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        group.setSelectable(False)
        return group

    @classmethod
    def _counted(cls, label: str, count: str | None, entry: Entry, scope: str) -> QStandardItem:
        """An entry shown as "label (count)" (just the label when not counted)."""
        item = cls._item(label if count is None else f"{label} ({count})", entry, scope)
        if count is not None:
            item.setData(label, LABEL_ROLE)
            item.setData(count, COUNT_ROLE)
        return item

    @staticmethod
    def _item(text: str, entry: Entry, scope: str | None) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(entry, ENTRY_ROLE)
        item.setData(scope, SCOPE_ROLE)
        return item

    # Reading ---------------------------------------------------------------------------------
    @staticmethod
    def scope_at(index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The query of the entry (ALL_MAIL for all mail); None for a heading."""
        value = index.data(SCOPE_ROLE) if index.isValid() else None
        return None if value is None else str(value)

    @staticmethod
    def entry_at(index: QModelIndex | QPersistentModelIndex) -> Entry | None:
        value = index.data(ENTRY_ROLE) if index.isValid() else None
        return value if isinstance(value, Entry) else None

    def index_of_scope(self, scope: str) -> QModelIndex:
        """The entry with this scope (to keep it chosen across a reload); invalid if gone."""
        found = self.match(
            self.index(0, 0),
            SCOPE_ROLE,
            scope,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return found[0] if found else QModelIndex()


def _swatch(color: str) -> QIcon:
    """A small round patch of the tag's colour (an outline when it has none)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if color:
        painter.setBrush(QColor(color))
        painter.setPen(QColor(color).darker(130))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor("#888888"))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)
