# SPDX-License-Identifier: GPL-3.0-or-later
"""What a person's timeline draws above and below its axis: the marks of mail and of signs
of life entered by hand, the shaded silences, and the legend that names them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPalette, QPen, QPolygonF

from correspondence_app.alerts.person_timeline import Direction

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from correspondence_app.alerts.person_timeline import Gap, TimelineItem
    from correspondence_app.gui.widgets.person_timeline_view import PersonTimelineView

# The Okabe-Ito colours of the mail timeline, told apart with every common colour blindness.
RECEIVED_COLOUR = QColor("#0072b2")  # blue
SENT_COLOUR = QColor("#e69f00")  # orange
EVENT_COLOUR = QColor("#009e73")  # bluish green
SILENCE_COLOUR = QColor(204, 121, 167, 60)  # reddish purple, see-through
COLOURS = {
    Direction.FROM: RECEIVED_COLOUR,
    Direction.TO: SENT_COLOUR,
    Direction.EVENT: EVENT_COLOUR,
}
MARGIN = 6  # around everything, in pixels
RADIUS = 4  # of the round marks; diamonds reach 1.5 times as far


def draw_mark(painter: QPainter, direction: Direction, centre: QPointF, radius: float) -> None:
    """A dot for mail, a diamond for a sign of life entered by hand."""
    if direction is Direction.EVENT:
        reach = radius * 1.5
        x, y = centre.x(), centre.y()
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - reach),
                    QPointF(x + reach, y),
                    QPointF(x, y + reach),
                    QPointF(x - reach, y),
                ]
            )
        )
    else:
        painter.drawEllipse(centre, radius, radius)


def paint_silences(
    painter: QPainter,
    view: PersonTimelineView,
    plot: QRectF,
    gaps: tuple[Gap, ...],
    text_colour: QColor,
) -> None:
    """Each silence longer than usual shaded, with its days written where they fit."""
    metrics = painter.fontMetrics()
    for gap in gaps:
        left = max(view.x_of(gap.start), plot.left())
        right = min(view.x_of(gap.end), plot.right())
        if right <= left:
            continue
        painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), SILENCE_COLOUR)
        label = QCoreApplication.translate("PersonTimelineView", "%Ln day(s)", "", gap.days)
        if metrics.horizontalAdvance(label) + 8 <= right - left:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left, plot.top() + 2, right - left, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )


def paint_marks(
    painter: QPainter,
    view: PersonTimelineView,
    items: tuple[TimelineItem, ...],
    palette: QPalette,
) -> None:
    """One mark per pixel column and row: thousands of messages draw quickly. The hovered
    and the chosen mark are ringed."""
    plot, axis = view.plot_rect, view.axis_y
    taken: set[tuple[Direction, int]] = set()
    shown = view.indexes_near(plot.center().x(), plot.width() / 2 + 2 * RADIUS)
    marks: dict[Direction, list[QPointF]] = {direction: [] for direction in Direction}
    for index in shown:
        item = items[index]
        x = view.x_of(item.at)
        if (item.direction, round(x)) not in taken:
            taken.add((item.direction, round(x)))
            marks[item.direction].append(QPointF(x, view.y_of(item.direction)))
    outline = QPen(palette.color(QPalette.ColorRole.Base), 1)
    for direction, points in marks.items():
        stem = QColor(COLOURS[direction])
        stem.setAlpha(110)
        painter.setPen(QPen(stem, 1))
        painter.drawLines([QLineF(point.x(), axis, point.x(), point.y()) for point in points])
        painter.setPen(outline)
        painter.setBrush(COLOURS[direction])
        for point in points:
            draw_mark(painter, direction, point, RADIUS)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
    for chosen in (view.hovered, view.current_item):
        if chosen is not None:
            painter.drawEllipse(QPointF(view.point_of(chosen)), RADIUS + 4, RADIUS + 4)


def legend_entries() -> list[tuple[Direction | None, str]]:
    """The directions' marks, then the shading of a silence (None)."""
    return [
        (Direction.FROM, QCoreApplication.translate("PersonTimelineView", "Received")),
        (Direction.TO, QCoreApplication.translate("PersonTimelineView", "Sent")),
        (Direction.EVENT, QCoreApplication.translate("PersonTimelineView", "Entered by hand")),
        (None, QCoreApplication.translate("PersonTimelineView", "Silence longer than usual")),
    ]


def legend_places(metrics: QFontMetricsF, width: float) -> tuple[list[tuple[float, float]], float]:
    """Where each legend entry starts in a widget ``width`` wide, and the legend's height:
    entries wrap."""
    x, y, places = float(MARGIN), float(MARGIN), []
    for _, text in legend_entries():
        entry = metrics.height() + 4 + metrics.horizontalAdvance(text)
        if x > MARGIN and x + entry > width - MARGIN:
            x, y = float(MARGIN), y + metrics.height() + 2
        places.append((x, y))
        x += entry + 14
    return places, y + metrics.height() - MARGIN


def paint_legend(painter: QPainter, view: PersonTimelineView, palette: QPalette) -> None:
    metrics = painter.fontMetrics()
    size = metrics.height()
    places, _ = legend_places(QFontMetricsF(view.small_font()), view.width())
    for (direction, text), (x, y) in zip(legend_entries(), places, strict=True):
        middle = QPointF(x + size / 2, y + size / 2)
        if direction is None:
            painter.fillRect(QRectF(x + 1, y + 2, size - 2, size - 4), SILENCE_COLOUR)
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
            painter.setBrush(COLOURS[direction])
            draw_mark(painter, direction, middle, RADIUS)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(QPointF(x + size + 4, y + metrics.ascent()), text)
    painter.setBrush(Qt.BrushStyle.NoBrush)
