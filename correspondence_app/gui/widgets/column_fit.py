# SPDX-License-Identifier: GPL-3.0-or-later
"""A table that keeps its columns in view when it is narrow (a small screen, a narrow
pane): some columns give up width in turn, each down to a least width, so that the
stretching column keeps room and the columns after it (the dates) are not pushed out of
sight. As the table widens again they grow back to the widths the user gave them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QTableView


class NarrowingColumns(QObject):
    """Fits ``narrowing`` ((column, least width) pairs, the first to give up width first)
    so that the ``stretching`` column of ``table`` keeps ``stretching_least_px``."""

    def __init__(
        self,
        table: QTableView,
        stretching: int,
        narrowing: Sequence[tuple[int, int]],
        *,
        stretching_least_px: int,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._stretching = stretching
        self._least_px = dict(narrowing)
        self._stretching_least_px = stretching_least_px
        self._fitting = False
        header = table.horizontalHeader()
        # The widths when there is room: as set up, or as the user dragged them.
        self.wanted_px = {column: header.sectionSize(column) for column, _least in narrowing}
        header.sectionResized.connect(self.on_header_section_resized)
        table.viewport().installEventFilter(self)

    def set_wanted_px(self, column: int, width: int) -> None:
        """The width the user gave a column (remembered from the last run)."""
        self.wanted_px[column] = width
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def on_header_section_resized(self, index: int, _old: int, new: int) -> None:
        if self._fitting or index == self._stretching:
            return
        if index in self.wanted_px:
            self.wanted_px[index] = new  # dragged by the user
        else:
            self.fit()  # another column took or gave room

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        fixed = sum(
            header.sectionSize(index)
            for index in range(header.count())
            if index != self._stretching
            and index not in self.wanted_px
            and not header.isSectionHidden(index)
        )
        room = self._table.viewport().width() - fixed - self._stretching_least_px
        excess = sum(self.wanted_px.values()) - room
        self._fitting = True
        try:
            for column, wanted in self.wanted_px.items():
                given = max(0, min(excess, wanted - self._least_px[column]))
                excess -= given
                if header.sectionSize(column) != wanted - given:
                    header.resizeSection(column, wanted - given)
        finally:
            self._fitting = False
