# SPDX-License-Identifier: GPL-3.0-or-later
"""A person's timeline: marks that open their message or sign of life, zoom by buttons,
keys and wheel, panning, the shaded silences, and the dialog that loads it in the
background."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from correspondence_app.alerts.person_timeline import (
    Direction,
    Gap,
    PersonTimeline,
    TimelineItem,
)
from correspondence_app.gui.dialogs.person_timeline_dialog import PersonTimelineDialog
from correspondence_app.gui.widgets.person_timeline_view import SHORTEST_VIEW, PersonTimelineView
from correspondence_app.storage.people_tables import EventKind
from tests.gui.showing import english_dates_in, shown
from tests.unit.alerts.life_mail import (
    FRIEND,
    OWN,
    build_archive,
    every_few_days,
    letter,
    person_of,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2024, 4, 30)


def at(day: str, hour: int = 18) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


RECEIVED = [
    TimelineItem(at(day), Direction.FROM, "mail", f"Brief {n}", message_id=n)
    for n, day in enumerate(["2024-01-02", "2024-01-05", "2024-01-09", "2024-01-12"], start=1)
]
SENT = TimelineItem(at("2024-01-20", 9), Direction.TO, "mail", "Wie geht es dir?", message_id=20)
CALL = TimelineItem(at("2024-02-25"), Direction.EVENT, "phone", "Kurz angerufen", event_id=7)
SILENCES = (Gap(RECEIVED[-1].at, CALL.at, 44), Gap(CALL.at, at("2024-04-30", 22), 65))
TIMELINE = PersonTimeline(
    person_id=1,
    name="Sergej",
    items=(*RECEIVED, SENT, CALL),
    usual_gap_days=4,
    gaps=SILENCES,
)


english_dates = english_dates_in(QLocale.Country.UnitedKingdom)


@pytest.fixture
def view(qtbot: QtBot) -> PersonTimelineView:
    widget = PersonTimelineView()
    widget.set_timeline(TIMELINE, BERLIN, TODAY)
    return shown(qtbot, widget, 860, 260)


def mark(view: PersonTimelineView, item: TimelineItem) -> QPoint:
    return QPoint(round(view.x_of(item.at)), round(view.y_of(item.direction)))


def span(view: PersonTimelineView) -> timedelta:
    assert view.visible_range is not None
    return view.visible_range[1] - view.visible_range[0]


# Opening what a click hits -------------------------------------------------------------------
@pytest.mark.parametrize("item", [RECEIVED[2], SENT])
def test_clicking_a_mail_mark_opens_its_message(
    view: PersonTimelineView, qtbot: QtBot, item: TimelineItem
) -> None:
    assert view.item_at(mark(view, item)) == item
    with qtbot.waitSignal(view.message_opened) as opened:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=mark(view, item))
    assert opened.args == [item.message_id]


def test_clicking_the_diamond_opens_the_sign_of_life(
    view: PersonTimelineView, qtbot: QtBot
) -> None:
    with (
        qtbot.assertNotEmitted(view.message_opened),
        qtbot.waitSignal(view.event_opened) as opened,
    ):
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=mark(view, CALL))
    assert opened.args == [CALL.event_id]


def test_a_click_beside_the_marks_opens_nothing(view: PersonTimelineView, qtbot: QtBot) -> None:
    beside = QPoint(round(view.x_of(at("2024-03-20"))), round(view.y_of(Direction.FROM)))
    assert view.item_at(beside) is None
    below_a_received_mark = mark(view, RECEIVED[1]) + QPoint(0, 2 * 8 + 10)
    assert view.item_at(below_a_received_mark) is None
    with qtbot.assertNotEmitted(view.message_opened), qtbot.assertNotEmitted(view.event_opened):
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=beside)


def test_of_marks_close_together_the_nearest_is_picked(qtbot: QtBot) -> None:
    view = PersonTimelineView()
    qtbot.addWidget(view)
    view.resize(860, 260)
    early, late = (
        TimelineItem(at("2024-04-20", hour), Direction.FROM, "mail", "", message_id=hour)
        for hour in (10, 12)
    )
    view.set_timeline(PersonTimeline(1, "Sergej", (early, late), 7, ()), BERLIN, TODAY)
    for _ in range(10):
        view.zoom_in()
    assert 2 < view.x_of(late.at) - view.x_of(early.at) < 12  # within reach of each other
    assert view.item_at(mark(view, early) + QPoint(1, 0)) == early
    assert view.item_at(mark(view, late) - QPoint(1, 0)) == late


# Zoom and pan ----------------------------------------------------------------------------------
def test_zoom_in_narrows_the_range_and_fit_all_shows_everything(view: PersonTimelineView) -> None:
    whole = view.visible_range
    assert whole == view.full_range
    assert whole is not None
    assert whole[0] < RECEIVED[0].at
    assert whole[1] > SILENCES[-1].end
    assert not view.can_zoom_out
    view.zoom_in()
    assert span(view) < whole[1] - whole[0]
    assert view.can_zoom_out
    for _ in range(30):
        view.zoom_in()
    assert span(view) == SHORTEST_VIEW  # two weeks at the closest
    assert not view.can_zoom_in
    view.fit_all()
    assert view.visible_range == whole


def test_keys_zoom_and_show_everything(view: PersonTimelineView, qtbot: QtBot) -> None:
    whole = span(view)
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert span(view) < whole
    QTest.keyClick(view, Qt.Key.Key_Plus)
    zoomed = span(view)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert zoomed < span(view) < whole
    QTest.keyClick(view, Qt.Key.Key_0)
    assert span(view) == whole


def wheel(view: PersonTimelineView, point: QPoint, notches: int) -> None:
    position = QPointF(point)
    event = QWheelEvent(
        position,
        QPointF(view.mapToGlobal(point)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def test_the_wheel_zooms_around_the_pointer(view: PersonTimelineView) -> None:
    whole = span(view)
    pointer = mark(view, SENT)
    wheel(view, pointer, 2)
    assert span(view) < whole
    assert view.x_of(SENT.at) == pytest.approx(pointer.x(), abs=1)  # stays under the pointer
    wheel(view, pointer, -10)
    assert span(view) == whole


def test_dragging_moves_the_zoomed_view_back_in_time(
    view: PersonTimelineView, qtbot: QtBot
) -> None:
    for _ in range(3):
        view.zoom_in()
    before = view.visible_range
    assert before is not None
    middle = view.rect().center()
    QTest.mousePress(view, Qt.MouseButton.LeftButton, pos=middle)
    QTest.mouseMove(view, middle + QPoint(60, 0))
    QTest.mouseMove(view, middle + QPoint(120, 0))
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, pos=middle + QPoint(120, 0))
    after = view.visible_range
    assert after is not None
    assert after[0] < before[0]
    assert after[1] - after[0] == before[1] - before[0]


# What it shows -------------------------------------------------------------------------------
def test_the_tooltip_says_when_which_way_and_what(view: PersonTimelineView) -> None:
    words = view.tooltip_for(SENT).split("\n")
    assert words[0].endswith("10:00")  # 09:00 UTC is 10:00 in Berlin in January
    assert "20 January 2024" in words[0]
    assert words[1:] == ["Sent · E-mail", "Wie geht es dir?"]
    assert view.tooltip_for(CALL).split("\n")[1] == "Entered by hand · Phone call"


def test_a_long_silence_is_shaded_and_its_length_written(view: PersonTimelineView) -> None:
    inside = QPoint(round(view.x_of(at("2024-02-05"))), round(view.plot_rect.bottom()) - 4)
    outside = QPoint(round(view.x_of(at("2024-01-07"))), inside.y())
    assert view.gap_at(inside) == SILENCES[0]
    assert view.gap_at(outside) is None
    image = view.grab().toImage()
    assert image.pixelColor(inside) != image.pixelColor(outside)
    assert image.pixelColor(outside) == view.palette().window().color()
    assert "44 day" in view.tooltip_for_gap(SILENCES[0])
    description = view.accessibleDescription()
    assert "4 messages received" in description
    assert "2 silences longer than usual" in description


def test_an_empty_timeline_paints_its_sentence(qtbot: QtBot) -> None:
    view = PersonTimelineView()
    qtbot.addWidget(view)
    view.resize(400, 160)
    view.set_timeline(PersonTimeline(3, "Anna", (), 7, ()), BERLIN, TODAY)
    view.zoom_in()
    view.fit_all()
    image = view.grab().toImage()
    assert view.visible_range is None
    assert view.item_at(QPoint(200, 80)) is None
    assert view.accessibleDescription() == "No messages or signs of life yet"
    background = QColor(image.pixelColor(0, 0))
    assert any(
        image.pixelColor(x, 80) != background for x in range(0, 400, 2)
    )  # the sentence is drawn


# The dialog ----------------------------------------------------------------------------------
@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Archive]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("CORRESPONDENCE_APP_TODAY", "2024-03-20")
    moments = every_few_days(date(2024, 1, 2), date(2024, 2, 26))
    letters = [letter(FRIEND, moment) for moment in moments]
    letters.append(letter(OWN, at("2024-03-05", 9), to=FRIEND))
    with build_archive(tmp_path, letters) as opened:
        yield opened


def test_the_dialog_loads_the_timeline_in_the_background(archive: Archive, qtbot: QtBot) -> None:
    person = person_of(archive, FRIEND)
    called = archive.watchlist.add_event(person, datetime(2024, 3, 10, 12), EventKind.PHONE)
    dialog = PersonTimelineDialog(archive, person)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    timeline = dialog.view.timeline
    assert timeline is not None
    assert dialog.windowTitle() == f"Timeline: {FRIEND}"
    assert [item.direction for item in timeline.items].count(Direction.TO) == 1
    assert timeline.gaps[-1].days == 10  # since the call on 10 March
    assert "5 day" in dialog.summary.text()
    assert dialog.view.isVisible()
    assert not dialog.zoom_out_button.isEnabled()
    dialog.zoom_in_button.click()
    assert dialog.zoom_out_button.isEnabled()
    dialog.fit_button.click()
    assert not dialog.fit_button.isEnabled()

    signs = archive.watchlist.signs(person, today=date(2024, 3, 20))
    first_letter = next(item for item in timeline.items if item.direction is Direction.FROM)
    assert first_letter.message_id == signs[-1].message_id  # the oldest of his letters
    with qtbot.waitSignal(dialog.message_opened) as opened:
        QTest.mouseClick(
            dialog.view, Qt.MouseButton.LeftButton, pos=mark(dialog.view, first_letter)
        )
    assert opened.args == [signs[-1].message_id]
    [call] = [item for item in timeline.items if item.direction is Direction.EVENT]
    with qtbot.waitSignal(dialog.event_opened) as opened:
        QTest.mouseClick(dialog.view, Qt.MouseButton.LeftButton, pos=mark(dialog.view, call))
    assert opened.args == [called]


def test_the_dialog_says_why_a_timeline_cannot_be_shown(archive: Archive, qtbot: QtBot) -> None:
    dialog = PersonTimelineDialog(archive, 9999)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    assert dialog.problem.isVisible()
    assert dialog.problem.text().endswith(": this person is no longer in the archive")
    assert dialog.view.timeline is None
