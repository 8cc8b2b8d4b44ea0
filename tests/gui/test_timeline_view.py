# SPDX-License-Identifier: GPL-3.0-or-later
"""The timeline draws its bars, names them on hover, and chooses periods by mouse."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from correspondence_app.gui.widgets.timeline_view import RECEIVED_COLOUR, TimelineView
from correspondence_app.tagging.timeline import Bucket, Period, next_start
from tests.gui.showing import english_dates_in, shown

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

ZERO = 3  # the month without mail in MONTHS


def buckets(first: date, counts: list[tuple[int, int]], period: Period) -> list[Bucket]:
    result = []
    for received, sent in counts:
        result.append(Bucket(first, received, sent))
        first = next_start(first, period)
    return result


MONTHS = buckets(
    date(2023, 1, 1),
    [(5, 1), (12, 3), (8, 0), (0, 0), (2, 2), (7, 4), (9, 1), (3, 3)],
    Period.MONTH,
)


english_dates = english_dates_in(QLocale.Country.UnitedStates)


@pytest.fixture
def view(qtbot: QtBot) -> TimelineView:
    widget = TimelineView()
    widget.set_buckets(MONTHS, Period.MONTH)
    return shown(qtbot, widget, 600, 96)


def point(view: TimelineView, index: int) -> QPoint:
    return QPoint(view.x_of(index), view.chart_rect.center().y())


LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def drag(view: TimelineView, start: QPoint, *through: QPoint) -> None:
    """Presses at ``start``, moves through the points and lets go at the last."""
    QTest.mousePress(view, LEFT, NONE, start)
    for place in through:
        QTest.mouseMove(view, place)
    QTest.mouseRelease(view, LEFT, NONE, through[-1])


def has_colour(image: QImage, colour: QColor, x_range: range, y_range: range) -> bool:
    return any(image.pixelColor(x, y) == colour for x in x_range for y in y_range)


def test_drag_chooses_the_buckets_under_it(qtbot: QtBot, view: TimelineView) -> None:
    with qtbot.waitSignal(view.range_selected) as chosen:
        drag(view, point(view, 5), point(view, 3), point(view, 1))
    assert chosen.args == [date(2023, 2, 1), date(2023, 7, 1)]  # Feb to June, end exclusive
    assert view.selected_range == (date(2023, 2, 1), date(2023, 7, 1))


def test_click_chooses_one_bucket(qtbot: QtBot, view: TimelineView) -> None:
    with qtbot.waitSignal(view.range_selected) as chosen:
        QTest.mouseClick(view, LEFT, NONE, point(view, 6))
    assert chosen.args == [date(2023, 7, 1), date(2023, 8, 1)]


def test_escape_clears_the_choice(qtbot: QtBot, view: TimelineView) -> None:
    QTest.mouseClick(view, LEFT, NONE, point(view, 2))
    assert view.selected_range is not None
    with qtbot.waitSignal(view.selection_cleared):
        QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_range is None


def test_double_click_clears_the_choice(qtbot: QtBot, view: TimelineView) -> None:
    QTest.mouseClick(view, LEFT, NONE, point(view, 2))
    with qtbot.waitSignal(view.selection_cleared):
        QTest.mouseDClick(view, LEFT, NONE, point(view, 2))
    assert view.selected_range is None


def test_new_data_keeps_the_choice_only_where_its_dates_remain(
    qtbot: QtBot, view: TimelineView
) -> None:
    QTest.mouseClick(view, LEFT, NONE, point(view, 2))
    view.set_buckets([Bucket(b.start, b.received + 1, b.sent) for b in MONTHS], Period.MONTH)
    assert view.selected_range == (date(2023, 3, 1), date(2023, 4, 1))
    with qtbot.assertNotEmitted(view.selection_cleared):
        view.set_buckets(MONTHS[3:], Period.MONTH)
    assert view.selected_range is None


def test_weeks_do_not_keep_a_month_they_cannot_begin(qtbot: QtBot, view: TimelineView) -> None:
    QTest.mouseClick(view, LEFT, NONE, point(view, 3))
    assert view.selected_range == (date(2023, 4, 1), date(2023, 5, 1))  # a Saturday, a Monday
    weeks = buckets(date(2023, 1, 2), [(1, 1)] * 30, Period.WEEK)
    with qtbot.assertNotEmitted(view.selection_cleared):
        view.set_buckets(weeks, Period.WEEK)
    assert view.selected_range is None


def test_tooltip_names_the_month(view: TimelineView) -> None:
    assert view.tooltip_at(view.x_of(1)) == "February 2023: 12 received, 3 sent"


def test_tooltip_names_the_iso_week(view: TimelineView) -> None:
    weeks = buckets(date(2023, 1, 9), [(1, 0), (12, 3), (4, 4)], Period.WEEK)
    view.set_buckets(weeks, Period.WEEK)
    assert view.tooltip_at(view.x_of(1)) == "Week 3, 2023: 12 received, 3 sent"


def test_no_data_says_so_and_names_nothing(view: TimelineView) -> None:
    view.set_buckets([], Period.MONTH)
    image = view.grab().toImage()
    middle = range(image.height() // 2 - 6, image.height() // 2 + 6)
    assert len({image.pixel(x, y) for x in range(image.width()) for y in middle}) > 1  # text
    assert not has_colour(image, RECEIVED_COLOUR, range(image.width()), range(image.height()))
    assert view.bucket_at(view.width() // 2) is None
    assert view.tooltip_at(view.width() // 2) == ""
    assert view.x_of(0) == view.chart_rect.left()  # asked before any data: no division by 0


def test_bars_are_drawn_and_a_silent_month_is_a_gap(view: TimelineView) -> None:
    image = view.grab().toImage()
    chart = view.chart_rect
    rows = range(chart.top(), chart.bottom() + 1)
    assert has_colour(image, RECEIVED_COLOUR, range(view.x_of(1), view.x_of(1) + 1), rows)
    assert not has_colour(image, RECEIVED_COLOUR, range(view.x_of(ZERO), view.x_of(ZERO) + 1), rows)


def test_fifteen_hundred_weeks_fit_in_six_hundred_pixels(qtbot: QtBot, view: TimelineView) -> None:
    weeks = buckets(date(1995, 1, 2), [(i % 17, i % 5) for i in range(1500)], Period.WEEK)
    view.set_buckets(weeks, Period.WEEK)
    chart = view.chart_rect
    assert chart.width() < len(weeks)
    image = view.grab().toImage()
    assert has_colour(
        image,
        RECEIVED_COLOUR,
        range(chart.left(), chart.right() + 1),
        range(chart.bottom(), chart.bottom() + 1),
    )
    shown = [view.bucket_at(x) for x in range(chart.left(), chart.right() + 1)]
    assert all(index is not None and 0 <= index < len(weeks) for index in shown)
    assert view.bucket_at(chart.left() - 1) is None
    with qtbot.waitSignal(view.range_selected) as chosen:  # a drag across all of it
        drag(view, QPoint(chart.left(), 40), QPoint(chart.right(), 40))
    assert chosen.args == [weeks[0].start, weeks[-1].end(Period.WEEK)]


def test_buckets_sharing_a_pixel_show_the_largest(view: TimelineView) -> None:
    counts = [(1, 0)] * 1500
    counts[701] = (40, 2)  # not the first of the buckets in its column
    weeks = buckets(date(1995, 1, 2), counts, Period.WEEK)
    view.set_buckets(weeks, Period.WEEK)
    x = view.x_of(701)
    assert view.bucket_at(x) == 701
    assert view.tooltip_at(x).endswith(": 40 received, 2 sent")
    assert [view.bucket_at(x - 1), view.bucket_at(x + 1)] != [701, 701]  # one column only
