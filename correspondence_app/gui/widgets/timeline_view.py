# SPDX-License-Identifier: GPL-3.0-or-later
"""The timeline: messages per week or month as stacked bars; a drag chooses a period."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import TYPE_CHECKING, override

from PySide6.QtCore import QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from correspondence_app.gui.widgets.chart_widget import ChartWidget
from correspondence_app.tagging.timeline import Period, next_start

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent

    from correspondence_app.tagging.timeline import Bucket

# Fixed colours from the Okabe-Ito palette, told apart with every common colour blindness
# and readable on light and dark window backgrounds alike (the palette's own colours are
# not guaranteed to differ from each other).
RECEIVED_COLOUR = QColor("#0072b2")  # blue
SENT_COLOUR = QColor("#e69f00")  # orange

_MARGIN = 4  # around everything, in pixels
_TICK = 3  # how far a year mark reaches below the baseline
_WIDEST_BAR = 40  # pixels; a bar for each of a few buckets is not a wall


class TimelineView(ChartWidget[int]):
    """One bar per bucket, received below and sent above; several buckets share a pixel
    column when there are more of them than pixels (the largest is drawn)."""

    range_selected = Signal(object, object)  # date start, date end (exclusive)
    selection_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buckets: list[Bucket] = []
        self._starts: list[date] = []
        self._totals: list[int] = []
        self._bar_rects: tuple[QRect, list[QRect], list[QRect]] | None = None  # chart, bars
        self._period = Period.MONTH
        self._largest = 0
        self._selection: tuple[int, int] | None = None  # first and last bucket index
        self._press_x: int | None = None  # while the left button is down
        self._dragged = False
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr(
                "Messages received and sent per period. Drag across the bars to choose "
                "a period; Escape or a double-click clears the choice."
            )
        )

    # Data and selection ------------------------------------------------------------------
    def set_buckets(self, buckets: Sequence[Bucket], period: Period) -> None:
        """Shows new counts; a chosen period stays chosen if its dates are still there,
        otherwise it is forgotten without a signal (the owner changed the data)."""
        chosen = self.selected_range
        self._buckets = list(buckets)
        self._starts = [bucket.start for bucket in self._buckets]
        self._totals = [bucket.total for bucket in self._buckets]
        self._bar_rects = None
        self._period = period
        self._largest = max(self._totals, default=0)
        self._selection = None
        self._press_x = None
        self._hovered = None
        if chosen is not None:
            first = self._index_of_start(chosen[0])
            last = self._index_of_end(chosen[1])
            if first is not None and last is not None and first <= last:
                self._selection = (first, last)
        self.update()

    @property
    def buckets(self) -> list[Bucket]:
        return list(self._buckets)

    def clear_selection(self) -> None:
        """Forgets the chosen period without a signal: the owner asked for it."""
        self._selection = None
        self._press_x = None
        self.update()

    @property
    def selected_range(self) -> tuple[date, date] | None:
        """The chosen period: its first day, and the day after its end."""
        return None if self._selection is None else self._range_of(self._selection)

    def _range_of(self, selection: tuple[int, int]) -> tuple[date, date]:
        first, last = selection
        return self._buckets[first].start, self._buckets[last].end(self._period)

    def _index_of_start(self, day: date) -> int | None:
        index = bisect_right(self._starts, day) - 1
        return index if index >= 0 and self._starts[index] == day else None

    def _index_of_end(self, day: date) -> int | None:
        index = bisect_right(self._starts, day) - 2  # the bucket ending where one would start
        if 0 <= index < len(self._buckets) and self._buckets[index].end(self._period) == day:
            return index
        return None

    # Geometry ----------------------------------------------------------------------------
    def _largest_text(self) -> str:
        return QLocale().toString(self._largest)

    @property
    def chart_rect(self) -> QRect:
        """Where the bars stand: the baseline is the row just below it."""
        metrics = QFontMetrics(self.small_font())
        left = _MARGIN + metrics.horizontalAdvance(self._largest_text()) + _MARGIN
        top = _MARGIN + metrics.height() + 4  # below the legend
        bottom = self.height() - _MARGIN - metrics.height() - _TICK - 1  # the baseline's row
        return QRect(left, top, max(1, self.width() - left - _MARGIN), max(1, bottom - top))

    def _bucket_span(self, index: int, chart: QRect) -> tuple[int, int]:
        """The pixel columns of a bucket, left inclusive and right exclusive (at least one)."""
        count, width = len(self._buckets), chart.width()
        left = chart.left() + index * width // count
        return left, max(left + 1, chart.left() + (index + 1) * width // count)

    def _column_buckets(self, x: int, chart: QRect) -> range:
        """The buckets drawn in pixel column ``x`` (several when they outnumber the pixels)."""
        count, width = len(self._buckets), chart.width()
        column = min(max(x - chart.left(), 0), width - 1)
        end = ((column + 1) * count + width - 1) // width  # the first bucket right of it
        first = min((column * count + width - 1) // width, end - 1)
        return range(first, end)

    def _shown_bucket(self, buckets: range) -> int:
        return max(buckets, key=self._totals.__getitem__)

    def x_of(self, index: int) -> int:
        """The middle pixel column of a bucket, for pointing at it; the chart's left edge
        while there are no buckets."""
        if not self._buckets:
            return self.chart_rect.left()
        left, right = self._bucket_span(index, self.chart_rect)
        return (left + right - 1) // 2

    def bucket_at(self, x: int) -> int | None:
        """The bucket drawn at pixel column ``x`` (the largest of those sharing it)."""
        chart = self.chart_rect
        if not self._buckets or not chart.left() <= x <= chart.right():
            return None
        return self._shown_bucket(self._column_buckets(x, chart))

    def _x_of_date(self, day: date, chart: QRect) -> int:
        index = min(max(bisect_right(self._starts, day) - 1, 0), len(self._buckets) - 1)
        start = self._starts[index]
        days = (self._buckets[index].end(self._period) - start).days
        position = index + (day - start).days / days
        return chart.left() + round(position * chart.width() / len(self._buckets))

    # Words -------------------------------------------------------------------------------
    def period_name(self, index: int) -> str:
        """The bucket's period in words: March 2023, or Week 3, 2023 (an ISO week, as the
        buckets count them)."""
        start = self._buckets[index].start
        if self._period is Period.MONTH:
            month = QLocale().standaloneMonthName(start.month, QLocale.FormatType.LongFormat)
            return (
                self.tr("%1 %2", "a month and its year")
                .replace("%1", month)
                .replace("%2", str(start.year))
            )
        year, week, _ = start.isocalendar()
        return self.tr("Week %1, %2").replace("%1", str(week)).replace("%2", str(year))

    def tooltip_at(self, x: int) -> str:
        """What the bar at pixel column ``x`` counts; "" where there is no bar."""
        index = self.bucket_at(x)
        if index is None:
            return ""
        bucket = self._buckets[index]
        locale = QLocale()
        return (
            self.tr("%1: %2 received, %3 sent")
            .replace("%1", self.period_name(index))
            .replace("%2", locale.toString(bucket.received))
            .replace("%3", locale.toString(bucket.sent))
        )

    # Mouse and keys ----------------------------------------------------------------------
    def _chosen_between(self, x1: int, x2: int) -> tuple[int, int]:
        chart = self.chart_rect
        left, right = sorted((x1, x2))
        return self._column_buckets(left, chart)[0], self._column_buckets(right, chart)[-1]

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._buckets:
            super().mousePressEvent(event)
            return
        self._press_x = event.position().toPoint().x()
        self._dragged = False

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().toPoint().x()
        if self._press_x is not None:
            if abs(x - self._press_x) >= QApplication.startDragDistance():
                self._dragged = True
            if self._dragged:
                self._selection = self._chosen_between(self._press_x, x)
                QToolTip.hideText()
                self.update()
        self.hover(self.bucket_at(x), event.position().toPoint(), follow=self._press_x is None)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press_x is None:
            super().mouseReleaseEvent(event)
            return
        x = event.position().toPoint().x()
        press_x, self._press_x = self._press_x, None
        if self._dragged:
            self._selection = self._chosen_between(press_x, x)
        elif (index := self.bucket_at(x)) is not None:
            self._selection = (index, index)
        else:
            return  # a click beside the bars changes nothing
        self.update()
        self.range_selected.emit(*self._range_of(self._selection))

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._press_x = None  # the release that follows chooses nothing
        self._clear_by_user()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and (
            self._selection is not None or self._press_x is not None
        ):
            self._press_x = None
            self._clear_by_user()
        else:
            super().keyPressEvent(event)

    def _clear_by_user(self) -> None:
        had_selection = self._selection is not None
        self.clear_selection()
        if had_selection:
            self.selection_cleared.emit()

    @override
    def tooltip_text_at(self, point: QPoint) -> str:
        return self.tooltip_at(point.x())

    # Painting ----------------------------------------------------------------------------
    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.small_font())
        palette = self.palette()
        if not self._buckets:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated messages")
            )
            return
        chart = self.chart_rect
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        faint = QColor(text_colour)
        faint.setAlpha(45)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if self._hovered is not None:
            hover = QColor(highlight)
            hover.setAlpha(35)
            left, right = self._bucket_span(self._hovered, chart)
            painter.fillRect(QRect(left, chart.top(), right - left, chart.height()), hover)
        # The scale: a faint line at the height of the largest count, labelled with it.
        painter.setPen(faint)  # solid: a dotted pen costs a millisecond per line
        painter.drawLine(chart.left(), chart.top(), chart.right(), chart.top())
        self._paint_bars(painter, chart)
        painter.setPen(text_colour)
        metrics = painter.fontMetrics()
        painter.drawText(
            QRect(0, chart.top() - metrics.height() // 2, chart.left() - _MARGIN, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self._largest_text(),
        )
        baseline = chart.bottom() + 1
        painter.drawLine(chart.left(), baseline, chart.right(), baseline)
        self._paint_axis(painter, chart)
        self._paint_legend(painter)
        if self._selection is not None:
            left = self._bucket_span(self._selection[0], chart)[0]
            right = self._bucket_span(self._selection[1], chart)[1]
            shade = QColor(highlight)
            shade.setAlpha(70)
            area = QRect(left, chart.top(), right - left, baseline - chart.top() + 1)
            painter.fillRect(area, shade)
            painter.setPen(highlight)
            painter.drawLine(area.topLeft(), area.bottomLeft())
            painter.drawLine(area.topRight(), area.bottomRight())
        self.paint_focus_frame(painter, faint)

    def _paint_bars(self, painter: QPainter, chart: QRect) -> None:
        """Two calls draw all bars, even for 1,500 weeks; hovering and dragging repaint
        often, so the rectangles are kept until the data or the size change."""
        if self._bar_rects is None or self._bar_rects[0] != chart:
            self._bar_rects = (QRect(chart), *self._collect_bar_rects(chart))
        _, received_rects, sent_rects = self._bar_rects
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in ((RECEIVED_COLOUR, received_rects), (SENT_COLOUR, sent_rects)):
            if rects:
                painter.setBrush(colour)
                painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _collect_bar_rects(self, chart: QRect) -> tuple[list[QRect], list[QRect]]:
        count, width, height = len(self._buckets), chart.width(), chart.height()
        baseline = chart.bottom() + 1
        scale = height / self._largest if self._largest else 0.0
        if count > width:
            bars = [
                (x, x + 1, self._shown_bucket(self._column_buckets(x, chart)))
                for x in range(chart.left(), chart.left() + width)
            ]
        else:
            bar_width = width / count
            gap = 0 if bar_width < 4 else 1 if bar_width < 10 else 2  # bars apart when wide
            bars = []
            for index in range(count):
                left, right = self._bucket_span(index, chart)
                spare = max(0, right - gap - left - _WIDEST_BAR)  # a few buckets: slim bars
                bars.append(
                    (left + spare // 2, max(left + 1, right - gap - (spare + 1) // 2), index)
                )
        received_rects: list[QRect] = []
        sent_rects: list[QRect] = []
        for left, right, index in bars:
            bucket = self._buckets[index]
            if not bucket.total:
                continue  # a silence: nothing above the baseline
            total_px = min(height, max(1, round(bucket.total * scale)))
            received_px = round(bucket.received * scale) if bucket.sent else total_px
            if bucket.received:
                received_px = min(max(1, received_px), total_px - (1 if bucket.sent else 0))
            if received_px:
                received_rects.append(
                    QRect(left, baseline - received_px, right - left, received_px)
                )
            if total_px > received_px:
                sent_rects.append(
                    QRect(left, baseline - total_px, right - left, total_px - received_px)
                )
        return received_rects, sent_rects

    def _paint_axis(self, painter: QPainter, chart: QRect) -> None:
        """A mark at each 1 January, labelled as often as the years fit; months marked and
        named too when the range is short enough for their names."""
        metrics = painter.fontMetrics()
        first = self._buckets[0].start
        end = self._buckets[-1].end(self._period)
        pixels_per_day = chart.width() / (end - first).days
        baseline = chart.bottom() + 1
        text_y = baseline + _TICK + 1 + metrics.ascent()
        year_width = metrics.horizontalAdvance("0000") + 8
        step = next(
            (s for s in (1, 2, 5, 10, 25, 50, 100) if s * 365 * pixels_per_day >= year_width),
            1000,
        )
        locale = QLocale()
        month_names = [
            locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
            for month in range(1, 13)
        ]
        month_width = max(metrics.horizontalAdvance(name) for name in month_names) + 8
        show_months = 28 * pixels_per_day >= month_width

        def month_and_year(day: date) -> str:
            text = self.tr("%1 %2", "a month and its year")
            return text.replace("%1", month_names[day.month - 1]).replace("%2", str(day.year))

        marks: list[tuple[int, str, bool]] = []  # x, label ("" for none), is a new year
        for year in range(first.year, end.year + 1):
            for month in range(1, 13) if show_months else (1,):
                day = date(year, month, 1)
                if not first <= day < end:
                    continue
                if month == 1:
                    label = str(year) if year % step == 0 else ""
                else:
                    label = month_names[month - 1]
                marks.append((self._x_of_date(day, chart), label, month == 1))
        # Where the chart begins, at its left edge if that fits before the first mark; else
        # the first month named says its year.
        leading = month_and_year(first) if show_months else str(first.year)
        room = marks[0][0] - chart.left() if marks else chart.width()
        if room >= metrics.horizontalAdvance(leading) + 8:
            painter.drawText(QPoint(chart.left(), text_y), leading)
        elif show_months and not marks[0][2]:
            first_month = (
                first if first.day == 1 else next_start(first.replace(day=1), Period.MONTH)
            )
            marks[0] = (marks[0][0], month_and_year(first_month), False)
        strong = painter.pen()
        weak = QColor(strong.color())
        weak.setAlpha(110)
        free_x = chart.left()
        for x, label, is_year in marks:
            painter.setPen(strong if is_year else weak)
            painter.drawLine(x, baseline, x, baseline + (_TICK if is_year else _TICK - 1))
            right = x + 2 + metrics.horizontalAdvance(label)
            if label and x >= free_x and right <= self.width() - _MARGIN:
                painter.setPen(strong)
                painter.drawText(QPoint(x + 2, text_y), label)
                free_x = right + 6
        painter.setPen(strong)

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        swatch = max(6, metrics.ascent() - 2)
        entries = ((RECEIVED_COLOUR, self.tr("Received")), (SENT_COLOUR, self.tr("Sent")))
        widths = [swatch + 4 + metrics.horizontalAdvance(text) for _, text in entries]
        x = self.width() - _MARGIN - sum(widths) - 10 * (len(entries) - 1)
        top = _MARGIN
        for (colour, text), width in zip(entries, widths, strict=True):
            painter.fillRect(
                QRect(x, top + (metrics.height() - swatch) // 2, swatch, swatch), colour
            )
            painter.drawText(QPoint(x + swatch + 4, top + metrics.ascent()), text)
            x += width + 10
