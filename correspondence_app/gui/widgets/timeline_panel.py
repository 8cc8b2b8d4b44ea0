# SPDX-License-Identifier: GPL-3.0-or-later
"""The timeline above the thread list: messages per month or week for what the list shows,
read in the background. Dragging over it narrows the list to those dates."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from correspondence_app.gui import workers
from correspondence_app.gui.widgets.timeline_view import TimelineView
from correspondence_app.tagging.timeline import Period

if TYPE_CHECKING:
    from correspondence_app.services import Archive
    from correspondence_app.tagging.timeline import Bucket

# A span of at most this many days is shown by week, a longer one by month.
WEEKS_UP_TO_DAYS = 550


def date_condition(start: date, end: date) -> str:
    """The query words for [start, end): ``date:2023-01-01..2023-03-31``."""
    return f"date:{start.isoformat()}..{(end - timedelta(days=1)).isoformat()}"


class TimelinePanel(QWidget):
    range_changed = Signal(str)  # a date: condition to add to the query, or "" for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = TimelineView()
        self.view.range_selected.connect(self.on_range_selected)
        self.view.selection_cleared.connect(self.on_selection_cleared)
        self.chosen = QLabel()
        self.chosen.setEnabled(False)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("All dates"))
        self.clear_button.setToolTip(self.tr("Show the whole time again (Escape on the timeline)"))
        self.clear_button.clicked.connect(self.on_clear_clicked)
        self.clear_button.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.chosen, 1)
        line.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view)
        layout.addLayout(line)
        self.condition = ""
        self._generation = 0
        self._task: workers.Task | None = None

    def show_for(self, archive: Archive | None, query: str) -> None:
        """Reads the timeline of ``query`` (all mail when empty) in the background."""
        self._generation += 1
        if archive is None:
            self.view.set_buckets([], Period.MONTH)
            return
        generation = self._generation
        task = workers.Task(_buckets, archive, query)
        task.signals.finished.connect(workers.owned(self, self._show, generation))
        task.signals.failed.connect(
            workers.owned(self, lambda _error: self._show(generation, ([], Period.MONTH)))
        )
        self._task = workers.start(task)

    def _show(self, generation: int, found: tuple[list[Bucket], Period]) -> None:
        if generation == self._generation:
            buckets, period = found
            self.view.set_buckets(buckets, period)

    def on_range_selected(self, start: date, end: date) -> None:
        self.condition = date_condition(start, end)
        last = end - timedelta(days=1)
        self.chosen.setText(
            self.tr("Only %1 to %2").replace("%1", _day(start)).replace("%2", _day(last))
        )
        self.clear_button.show()
        self.range_changed.emit(self.condition)

    def on_selection_cleared(self) -> None:
        if self.condition:
            self.condition = ""
            self.chosen.clear()
            self.clear_button.hide()
            self.range_changed.emit("")

    def on_clear_clicked(self) -> None:
        self.view.clear_selection()
        self.on_selection_cleared()

    def clear(self) -> None:
        """Forgets the dates chosen and the figures shown (on lock)."""
        self._generation += 1
        self.view.clear_selection()
        self.view.set_buckets([], Period.MONTH)
        self.condition = ""
        self.chosen.clear()
        self.clear_button.hide()


def _day(day: date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _buckets(archive: Archive, query: str) -> tuple[list[Bucket], Period]:
    """By month; by week when the months span at most about a year and a half."""
    months = archive.organiser.timeline(Period.MONTH, query or None)
    if months and (months[-1].start - months[0].start).days <= WEEKS_UP_TO_DAYS:
        return archive.organiser.timeline(Period.WEEK, query or None), Period.WEEK
    return months, Period.MONTH
