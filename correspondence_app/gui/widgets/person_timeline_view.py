# SPDX-License-Identifier: GPL-3.0-or-later
"""A person's timeline: mail received above the axis, mail sent below, signs of life
entered by hand as diamonds, and the silences longer than usual shaded. The wheel, + and -
zoom, a drag pans, 0 or Home shows all; a click opens what it hits."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, override

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from correspondence_app.alerts.person_timeline import Direction, TimelineItem
from correspondence_app.gui.widgets.chart_widget import ChartWidget
from correspondence_app.gui.widgets.person_timeline_axis import paint_axis
from correspondence_app.gui.widgets.person_timeline_marks import (
    MARGIN,
    legend_places,
    paint_legend,
    paint_marks,
    paint_silences,
)
from correspondence_app.gui.widgets.person_timeline_words import (
    gap_tooltip,
    item_tooltip,
    rich,
    summary_words,
)

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent, QWheelEvent

    from correspondence_app.alerts.person_timeline import Gap, PersonTimeline

SHORTEST_VIEW = timedelta(days=14)  # the closest zoom
ZOOM_STEP = 1.5  # per key or button; a wheel notch zooms by its square root
HIT_PX = 7  # how far from a mark a click still hits it
_ROWS = {Direction.FROM: -1.0, Direction.EVENT: -2.0, Direction.TO: 1.0}  # rows from the axis


class PersonTimelineView(ChartWidget[TimelineItem]):
    message_opened = Signal(int)  # the message's id
    event_opened = Signal(int)  # the sign of life's id
    visible_range_changed = Signal()
    PREFERRED_SIZE = QSize(860, 240)
    SMALLEST_SIZE = QSize(240, 150)
    FONT_SCALE = 0.9
    VERTICAL_POLICY = QSizePolicy.Policy.Expanding  # the taller the clearer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: PersonTimeline | None = None
        self._moments: list[datetime] = []  # the items' times, for bisecting
        self._zone: ZoneInfo | None = None
        self._end_of_today = datetime.now(UTC)
        self._full: tuple[datetime, datetime] | None = None
        self._visible: tuple[datetime, datetime] | None = None
        self._press: tuple[QPointF, datetime] | None = None  # where a press began, and the view
        self._dragged = False
        self._current: int | None = None  # the item chosen by keyboard or click
        self._geometry: tuple[QSize, tuple[QRectF, float, float]] | None = None
        self.setAccessibleName(self.tr("Timeline"))

    # Data --------------------------------------------------------------------------------
    def set_timeline(self, timeline: PersonTimeline, zone: ZoneInfo, today: date) -> None:
        """Shows the timeline whole, up to the end of ``today`` where the user lives."""
        self._timeline, self._zone = timeline, zone
        self._moments = [item.at for item in timeline.items]
        tomorrow = today + timedelta(days=1)
        self._end_of_today = datetime(
            tomorrow.year, tomorrow.month, tomorrow.day, tzinfo=zone
        ).astimezone(UTC)
        self._full = None
        if timeline.items:
            first = timeline.items[0].at  # a silence begins at a sign, and ends by today
            end = max(self._end_of_today, timeline.items[-1].at)
            padding = max((end - first) / 40, timedelta(days=1))
            start = min(first - padding, end + padding - SHORTEST_VIEW)
            self._full = (start, end + padding)
        self._visible = self._full
        self._current = self._hovered = None
        self._press = None
        self.setAccessibleName(self.tr("Timeline of %1").replace("%1", timeline.name))
        self.setAccessibleDescription(self.summary_text())
        self.update()
        self.visible_range_changed.emit()

    @property
    def timeline(self) -> PersonTimeline | None:
        return self._timeline

    @property
    def zone(self) -> ZoneInfo | None:
        """Where the user lives: the days on the axis and in the tooltips are its."""
        return self._zone

    @property
    def end_of_today(self) -> datetime:
        return self._end_of_today

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self._zone) if self._zone else moment

    @property
    def current_item(self) -> TimelineItem | None:
        """The item chosen by keyboard or click."""
        if self._timeline is None or self._current is None:
            return None
        return self._timeline.items[self._current]

    def summary_text(self) -> str:
        """The timeline in words, for screen readers."""
        return summary_words(self._timeline)

    def tooltip_for(self, item: TimelineItem) -> str:
        """When (where the user lives), which way, what kind, and the subject or note."""
        return item_tooltip(item, self._zone)

    def tooltip_for_gap(self, gap: Gap) -> str:
        return gap_tooltip(gap, self._zone, self._end_of_today)

    # Zoom --------------------------------------------------------------------------------
    @property
    def visible_range(self) -> tuple[datetime, datetime] | None:
        """The first and last moment shown; None while there is nothing to show."""
        return self._visible

    @property
    def full_range(self) -> tuple[datetime, datetime] | None:
        return self._full

    @property
    def can_zoom_in(self) -> bool:
        return self._visible is not None and self._span() > SHORTEST_VIEW + timedelta(minutes=1)

    @property
    def can_zoom_out(self) -> bool:
        return self._visible is not None and self._visible != self._full

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit_all(self) -> None:
        self._show_range(self._full)

    def zoom_by(self, factor: float, x: float | None = None) -> None:
        """Zooms in (factor above 1) or out, keeping the moment at pixel column ``x`` (the
        middle by default) where it is."""
        if self._visible is None:
            return
        plot = self.plot_rect
        anchor_x = plot.center().x() if x is None else min(max(x, plot.left()), plot.right())
        share = (anchor_x - plot.left()) / plot.width()
        anchor = self.moment_at(anchor_x)
        span = self._span() / factor
        self._move_to(anchor - share * self._clamped(span), span)

    def _span(self) -> timedelta:
        return timedelta(0) if self._visible is None else self._visible[1] - self._visible[0]

    def _clamped(self, span: timedelta) -> timedelta:
        if self._full is None:
            return span
        return min(max(span, SHORTEST_VIEW), self._full[1] - self._full[0])

    def _move_to(self, start: datetime, span: timedelta) -> None:
        if self._full is None:
            return
        span = self._clamped(span)
        start = min(max(start, self._full[0]), self._full[1] - span)
        self._show_range((start, start + span))

    def _show_range(self, shown: tuple[datetime, datetime] | None) -> None:
        if shown != self._visible:
            self._visible = shown
            self.update()
            self.visible_range_changed.emit()

    # Geometry ----------------------------------------------------------------------------
    def _layout(self) -> tuple[QRectF, float, float]:
        """The plot, the axis's height and the distance between the rows of marks; kept
        until the size or the font change, as every mark asks for them."""
        if self._geometry is None or self._geometry[0] != self.size():
            metrics = QFontMetricsF(self.small_font())
            line = metrics.height()
            top = MARGIN + legend_places(metrics, self.width())[1] + 8
            bottom = self.height() - MARGIN - line - 4
            plot = QRectF(MARGIN, top, max(1.0, self.width() - 2 * MARGIN), max(1.0, bottom - top))
            axis = plot.top() + plot.height() * 0.62
            row = min(40.0, max(8.0, (axis - plot.top() - line - 2) / 2.4))
            self._geometry = (self.size(), (plot, axis, row))
        return self._geometry[1]

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._geometry = None
        super().changeEvent(event)

    @property
    def plot_rect(self) -> QRectF:
        """Where the marks and the shaded silences are; the labels of the axis are below."""
        return QRectF(self._layout()[0])

    @property
    def axis_y(self) -> float:
        return self._layout()[1]

    def y_of(self, direction: Direction) -> float:
        """The height of the marks of mail received, sent, or signs entered by hand."""
        _, axis, row = self._layout()
        return axis + _ROWS[direction] * row

    def x_of(self, moment: datetime) -> float:
        plot = self._layout()[0]
        if self._visible is None:
            return plot.left()
        start, end = self._visible
        return plot.left() + (moment - start) / (end - start) * plot.width()

    def moment_at(self, x: float) -> datetime:
        plot = self._layout()[0]
        if self._visible is None:
            return self._end_of_today
        start, end = self._visible
        return start + (end - start) * ((x - plot.left()) / plot.width())

    def point_of(self, item: TimelineItem) -> QPoint:
        """The middle of the item's mark, for pointing at it."""
        return QPointF(self.x_of(item.at), self.y_of(item.direction)).toPoint()

    def indexes_near(self, x: float, reach: float) -> range:
        """The items from ``reach`` pixels left of column ``x`` to as far right of it."""
        start = bisect_left(self._moments, self.moment_at(x - reach))
        return range(start, bisect_right(self._moments, self.moment_at(x + reach)))

    def _index_at(self, point: QPointF) -> int | None:
        """The item whose mark is nearest the point, within a few pixels."""
        if self._timeline is None or self._visible is None:
            return None
        best: tuple[float, int] | None = None
        for index in self.indexes_near(point.x(), HIT_PX):
            item = self._timeline.items[index]
            distance = (
                (self.x_of(item.at) - point.x()) ** 2 + (self.y_of(item.direction) - point.y()) ** 2
            ) ** 0.5
            if distance <= HIT_PX and (best is None or distance < best[0]):
                best = (distance, index)
        return None if best is None else best[1]

    def item_at(self, point: QPoint) -> TimelineItem | None:
        index = self._index_at(QPointF(point))
        return None if index is None or self._timeline is None else self._timeline.items[index]

    def gap_at(self, point: QPoint) -> Gap | None:
        if self._timeline is None or not self.plot_rect.contains(QPointF(point)):
            return None
        moment = self.moment_at(point.x())
        return next((g for g in self._timeline.gaps if g.start <= moment <= g.end), None)

    # Mouse and keys ----------------------------------------------------------------------
    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if self._visible is None or (not delta.x() and not delta.y()):
            event.ignore()
            return
        if abs(delta.y()) >= abs(delta.x()):  # a notch (120) zooms by the root of a step
            self.zoom_by(ZOOM_STEP ** (delta.y() / 240), event.position().x())
        else:  # sideways: a tilting wheel or a touchpad
            self._pan_pixels(delta.x() / 2)
        event.accept()

    def _pan_pixels(self, pixels: float) -> None:
        """Shows what is ``pixels`` further left (negative: right)."""
        if self._visible is not None:
            span = self._span()
            self._move_to(self._visible[0] - span * (pixels / self.plot_rect.width()), span)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._visible is None:
            super().mousePressEvent(event)
            return
        self._press = (event.position(), self._visible[0])
        self._dragged = False

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._press is not None:
            pressed_at, start = self._press
            moved = position.x() - pressed_at.x()
            if abs(moved) >= QApplication.startDragDistance() and self.can_zoom_out:
                self._dragged = True
            if self._dragged:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                QToolTip.hideText()
                self._move_to(start - self._span() * (moved / self.plot_rect.width()), self._span())
                return
        hovered = self.item_at(position.toPoint())
        if hovered is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        elif self.can_zoom_out:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()
        self.hover(hovered, position.toPoint())

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        dragged, self._press, self._dragged = self._dragged, None, False
        self.unsetCursor()
        if not dragged and (index := self._index_at(event.position())) is not None:
            self._current = index
            self.update()
            self._open(index)

    def _open(self, index: int) -> None:
        if self._timeline is None:
            return
        item = self._timeline.items[index]
        if item.message_id is not None:
            self.message_opened.emit(item.message_id)
        elif item.event_id is not None:
            self.event_opened.emit(item.event_id)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.fit_all()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._moments:
            self._step(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._pan_pixels(self.plot_rect.width() * (0.8 if key == Qt.Key.Key_PageUp else -0.8))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current is not None:
                self._open(self._current)
        else:
            super().keyPressEvent(event)

    def _step(self, by: int) -> None:
        """Chooses the item before or after the chosen one (else the last or first shown),
        brings it into view, and says what it is."""
        if self._timeline is None or self._visible is None:
            return
        if self._current is None:
            shown = self.indexes_near(self.plot_rect.center().x(), self.plot_rect.width() / 2)
            index = (shown.stop - 1 if by < 0 else shown.start) if shown else 0
        else:
            index = self._current + by
        self._current = min(max(index, 0), len(self._moments) - 1)
        item = self._timeline.items[self._current]
        start, end = self._visible
        if not start <= item.at <= end:
            self._move_to(item.at - self._span() / 2, self._span())
        self.update()
        QToolTip.showText(self.mapToGlobal(self.point_of(item)), rich(self.tooltip_for(item)))

    @override
    def tooltip_text_at(self, point: QPoint) -> str:
        """The mark's words, else the silence's, as rich text that wraps."""
        if (item := self.item_at(point)) is not None:
            return rich(self.tooltip_for(item))
        if (gap := self.gap_at(point)) is not None:
            return rich(self.tooltip_for_gap(gap))
        return ""

    # Painting ----------------------------------------------------------------------------
    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.small_font())
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if self._visible is None or self._timeline is None:
            if self._timeline is not None:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    QRectF(self.rect()),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self.tr("No messages or signs of life yet"),
                )
            return
        plot = self.plot_rect
        painter.save()
        painter.setClipRect(QRectF(plot.left(), 0, plot.width(), self.height()))
        paint_silences(painter, self, plot, self._timeline.gaps, text_colour)
        paint_axis(painter, self, self._visible, text_colour)
        paint_marks(painter, self, self._timeline.items, palette)
        painter.restore()
        paint_legend(painter, self, palette)
        faint = QColor(text_colour)
        faint.setAlpha(90)
        self.paint_focus_frame(painter, faint)
