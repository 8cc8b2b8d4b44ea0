# SPDX-License-Identifier: GPL-3.0-or-later
"""A person's timeline in a window of its own, loaded in the background: a summary of the
usual gap and the silences, the timeline, buttons to zoom, and the ways on: all of the
person's mail, and a sign of life to record."""

from __future__ import annotations

from typing import TYPE_CHECKING, override

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.alerts.clock import clock
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.widgets.feedback import busy_bar, problem_label
from correspondence_app.gui.widgets.person_timeline_view import PersonTimelineView

if TYPE_CHECKING:
    from correspondence_app.alerts.clock import Clock
    from correspondence_app.alerts.person_timeline import PersonTimeline
    from correspondence_app.services import Archive


def load_timeline(archive: Archive, person_id: int) -> tuple[PersonTimeline, Clock]:
    """On a pool thread: the person's timeline, with the day and zone it was made for."""
    with archive.engine.connect() as connection:  # reads the zone set for the archive
        today = clock(connection)
    return archive.watchlist.timeline(person_id, today.today), today


class PersonTimelineDialog(QDialog):
    """A person's timeline in a window of its own; it loads in the background."""

    message_opened = Signal(int)
    event_opened = Signal(int)
    mail_requested = Signal(int)  # the person's id: show all their mail
    sign_requested = Signal(int)  # the person's id: record a sign of life

    def __init__(self, archive: Archive, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timeline: %1").replace("%1", "…"))
        self.resize(900, 400)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = problem_label()
        self.busy = busy_bar()
        self.view = PersonTimelineView()
        self.view.message_opened.connect(self.message_opened)
        self.view.event_opened.connect(self.event_opened)
        self.view.visible_range_changed.connect(self._update_buttons)
        self.zoom_out_button = QPushButton(self.tr("−", "zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.zoom_in_button = QPushButton(self.tr("+", "zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.fit_button = QPushButton(self.tr("&Fit all"))
        self.fit_button.setToolTip(self.tr("Show the whole time (0 or Home)"))
        self.fit_button.clicked.connect(self.view.fit_all)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setAutoDefault(False)  # Return opens the chosen mark, not a zoom
        hint = QLabel(
            self.tr(
                "Wheel or +/− to zoom, drag to move. Click a mark to open it, or choose it "
                "with ←/→ and press Enter."
            )
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.mail_button = close.addButton(
            self.tr("All &mail"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.mail_button.clicked.connect(lambda: self.mail_requested.emit(person_id))
        self.sign_button = close.addButton(
            self.tr("Record a &sign of life…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sign_button.clicked.connect(lambda: self.sign_requested.emit(person_id))
        for button in (self.mail_button, self.sign_button):
            button.setAutoDefault(False)

        tools = QHBoxLayout()
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_button)
        tools.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        layout.addLayout(tools)
        layout.addWidget(close)
        self.view.setFocus()
        self._update_buttons()

        self.busy.show()
        task = workers.Task(load_timeline, archive, person_id)
        task.signals.finished.connect(self.on_loaded)
        task.signals.failed.connect(self.on_failed)
        self._task: workers.Task | None = workers.start(task)

    @property
    def is_loading(self) -> bool:
        return self._task is not None

    def on_loaded(self, found: tuple[PersonTimeline, Clock]) -> None:
        self._task = None
        self.busy.hide()
        timeline, today = found
        self.setWindowTitle(self.tr("Timeline: %1").replace("%1", timeline.name))
        if timeline.is_empty:
            self.summary.setText(self.tr("No messages or signs of life yet"))
        else:
            self.summary.setText(
                self.tr("%1; %2", "usual gap; silences")
                .replace("%1", self.tr("Usually every %Ln day(s)", "", timeline.usual_gap_days))
                .replace("%2", self.tr("%Ln longer silence(s) marked", "", len(timeline.gaps)))
            )
        self.view.set_timeline(timeline, today.zone, today.today)
        self.view.setFocus()

    def on_failed(self, error: Exception) -> None:
        self._task = None
        self.busy.hide()
        said = error_text(error) if isinstance(error, ValueError) else type(error).__name__
        self.problem.setText(self.tr("The timeline could not be loaded: %1").replace("%1", said))
        self.problem.show()

    def _update_buttons(self) -> None:
        self.zoom_in_button.setEnabled(self.view.can_zoom_in)
        self.zoom_out_button.setEnabled(self.view.can_zoom_out)
        self.fit_button.setEnabled(self.view.can_zoom_out)

    @override
    def done(self, result: int) -> None:
        """Closing waits for the loading, whose result would arrive at a dialog gone."""
        if self._task is None or workers.wait_for_all(10_000):
            super().done(result)
