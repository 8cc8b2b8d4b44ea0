# SPDX-License-Identifier: GPL-3.0-or-later
"""The time axis of a person's timeline: the finest of days, weeks, months or years whose
labels fit at the zoom shown, the days it marks, and its drawing with the end of today."""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtGui import QPainter

    from correspondence_app.gui.widgets.person_timeline_view import PersonTimelineView


class Unit(enum.Enum):
    DAY = 1
    WEEK = 7
    MONTH = 30
    YEAR = 365


# From the finest: the first whose labels fit is used.
SCALES = [(Unit.DAY, 1), (Unit.WEEK, 1), (Unit.WEEK, 2)]
SCALES += [(Unit.MONTH, n) for n in (1, 2, 3, 6)]
SCALES += [(Unit.YEAR, n) for n in (1, 2, 5, 10, 20, 50, 100)]


def axis_scale(metrics: QFontMetricsF, per_day: float) -> tuple[Unit, int]:
    """The finest unit and step whose labels fit, ``per_day`` pixels a day."""
    locale = QLocale()
    month = max(
        metrics.horizontalAdvance(locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat))
        for m in range(1, 13)
    )
    year = metrics.horizontalAdvance("0000")
    needs = {
        Unit.DAY: metrics.horizontalAdvance("00"),
        Unit.WEEK: metrics.horizontalAdvance("00 ") + month,
        Unit.MONTH: max(month, year),
        Unit.YEAR: year,
    }
    return next(
        ((unit, step) for unit, step in SCALES if unit.value * step * per_day >= needs[unit] + 14),
        SCALES[-1],
    )


def axis_ticks(
    first: date, last: date, unit: Unit, step: int, per_day: float
) -> Iterator[tuple[date, str, str]]:
    """The days from ``first`` to ``last`` marked on the axis, each with a short label and
    one that says the year (both "" for a small mark)."""
    locale = QLocale()
    months = [
        locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat) for month in range(1, 13)
    ]

    def month_and_year(day: date) -> str:
        text = QCoreApplication.translate("PersonTimelineView", "%1 %2", "a month and its year")
        return text.replace("%1", months[day.month - 1]).replace("%2", str(day.year))

    if unit in (Unit.DAY, Unit.WEEK):
        for offset in range((last - first).days + 1):
            day = first + timedelta(days=offset)
            shown = QDate(day.year, day.month, day.day)
            long = locale.toString(shown, "d MMM yyyy")
            if unit is Unit.DAY:
                yield (
                    day,
                    str(day.day) if day.day > 1 else locale.toString(shown, "d MMM"),
                    long,
                )
            elif day.weekday() == 0 and day.toordinal() // 7 % step == 0:
                short = (
                    long
                    if day.month == 1 and day.day <= 7 * step
                    else locale.toString(shown, "d MMM")
                )
                yield day, short, long
            elif per_day >= 4:
                yield day, "", ""
    elif unit is Unit.MONTH:
        for number in range(first.year * 12 + first.month - 1, last.year * 12 + last.month):
            day = date(number // 12, number % 12 + 1, 1)
            if (day.month - 1) % step:
                yield day, "", ""
            else:
                short = str(day.year) if day.month == 1 else months[day.month - 1]
                yield day, short, month_and_year(day)
    else:
        for year in range(first.year, last.year + 1):
            for month in range(1, 13) if per_day * 30 >= 5 else (1,):
                is_label = month == 1 and year % step == 0
                yield (
                    date(year, month, 1),
                    str(year) if is_label else "",
                    str(year) if is_label else "",
                )


def paint_axis(
    painter: QPainter,
    view: PersonTimelineView,
    visible: tuple[datetime, datetime],
    text_colour: QColor,
) -> None:
    """The axis from the first to the last moment ``visible``, labelled by days, weeks,
    months or years as the zoom allows; a dashed line at the end of today."""
    plot = view.plot_rect
    metrics = painter.fontMetrics()
    start, end = visible
    per_day = plot.width() / ((end - start) / timedelta(days=1))
    faint, weak = QColor(text_colour), QColor(text_colour)
    faint.setAlpha(35)
    weak.setAlpha(130)
    axis = view.axis_y
    painter.setPen(QPen(weak, 1))
    painter.drawLine(QPointF(plot.left(), axis), QPointF(plot.right(), axis))
    label_y = plot.bottom() + 4 + metrics.ascent()
    free_x = plot.left() - 1000
    first_label = True
    first, last = (view.local(moment).date() for moment in visible)
    scale = axis_scale(QFontMetricsF(view.small_font()), per_day)
    for day, short, long in axis_ticks(first, last, *scale, per_day):
        x = view.x_of(datetime(day.year, day.month, day.day, tzinfo=view.zone))
        if not plot.left() <= x <= plot.right():
            continue
        if not short:
            painter.setPen(QPen(weak, 1))
            painter.drawLine(QPointF(x, axis - 2), QPointF(x, axis + 2))
            continue
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 3))
        painter.setPen(QPen(weak, 1))
        painter.drawLine(QPointF(x, axis - 4), QPointF(x, axis + 4))
        label = long if first_label else short
        width = metrics.horizontalAdvance(label)
        if x + 3 >= free_x and x + 3 + width <= plot.right():  # labels stay within the plot
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 3, label_y), label)
            free_x = x + 3 + width + 8
            first_label = False
    today_x = view.x_of(view.end_of_today)
    if plot.left() <= today_x <= plot.right():
        painter.setPen(QPen(weak, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(today_x, plot.top()), QPointF(today_x, plot.bottom()))
        today = QCoreApplication.translate("PersonTimelineView", "Today")
        width = metrics.horizontalAdvance(today)
        painter.setPen(text_colour)
        painter.drawText(QPointF(today_x - width - 3, plot.bottom() - metrics.descent()), today)
