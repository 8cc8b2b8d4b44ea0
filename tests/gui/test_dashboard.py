# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard shows watched people as cards in the given order, with the days of silence
large and the status in colour and words, and the letters awaiting an answer below."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, override
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem

from correspondence_app.alerts.awaiting import AwaitedLetter, LetterKind, LetterRef, LetterStatus
from correspondence_app.alerts.last_contact import MonthCount, SilenceStatus, WatchedStatus
from correspondence_app.gui.widgets.dashboard import (
    COLUMN_STATUS,
    COLUMN_SUBJECT,
    COLUMN_WAITING,
    FIRST_LETTERS,
    OVERDUE_LETTER_COLOUR,
    STATUS_COLOURS,
    DashboardView,
)
from tests.gui.showing import default_locale, english, shown

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

ZONE = ZoneInfo("Europe/Berlin")


def watched(
    person_id: int,
    name: str,
    days: int | None,
    status: SilenceStatus = SilenceStatus.OK,
    *,
    kind: str = "mail",
    preview: str = "",
) -> WatchedStatus:
    months = tuple(
        MonthCount(date(2023 + (m + 4) // 12, (m + 4) % 12 + 1, 1), m % 5) for m in range(12)
    )
    return WatchedStatus(
        person_id=person_id,
        name=name,
        last_sign_at=None if days is None else datetime(2024, 3, 12, 22, 30, tzinfo=UTC),
        kind=None if days is None else kind,
        days=days,
        usual_gap_days=7,
        threshold_days=14,
        is_threshold_set=False,
        status=status,
        silent_days=days if days is not None else 5,
        preview=preview,
        signs_per_month=months,
    )


def letter(number: int, status: LetterStatus, *, paper: bool = False) -> AwaitedLetter:
    return AwaitedLetter(
        ref=LetterRef(LetterKind.PAPER if paper else LetterKind.MAIL, number),
        to=(f"Office {number} <office{number}@example.org>",),
        subject=f"Request {number}",
        sent_at=datetime(2024, 2, number, 9, tzinfo=UTC),
        days=number * 3,
        deadline_days=30,
        due_on=date(2024, 3, number),
        status=status,
        group="",
    )


class EnglishPlurals(QTranslator):
    """The English numerus forms the .qm file gives: "(s)" dropped for one, else "s"."""

    @override
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if n < 0 or "(s)" not in source:
            return source
        return source.replace("(s)", "" if n == 1 else "s")


@pytest.fixture(autouse=True)
def english_plurals() -> Iterator[None]:
    translator = EnglishPlurals()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    with default_locale(english(QLocale.Country.UnitedStates)):
        yield
    app.removeTranslator(translator)


@pytest.fixture
def dashboard(qtbot: QtBot) -> DashboardView:
    return shown(qtbot, DashboardView(), 1000, 700)


def test_cards_keep_the_order_given(dashboard: DashboardView) -> None:
    people = [
        watched(3, "Yusuf", 43, SilenceStatus.OVERDUE),
        watched(1, "Anna", 1),
        watched(2, "Maryam", 9, SilenceStatus.DUE),
    ]
    dashboard.show_alerts(people, [], ZONE)
    assert [card.name_label.text() for card in dashboard.cards] == ["Yusuf", "Anna", "Maryam"]
    assert [card.watched.person_id for card in dashboard.cards] == [3, 1, 2]


@pytest.mark.parametrize(
    ("days", "caption"),
    [
        (1, "day since the last sign of life"),
        (43, "days since the last sign of life"),
    ],
)
def test_days_are_large_with_their_plural(
    dashboard: DashboardView, days: int, caption: str
) -> None:
    dashboard.show_alerts([watched(1, "Anna", days)], [], ZONE)
    card = dashboard.cards[0]
    assert card.days_label.text() == str(days)
    assert card.caption_label.text() == caption
    assert card.days_label.font().pointSizeF() > 2 * card.caption_label.font().pointSizeF()
    assert card.accessibleName().startswith(f"Anna: {days} {caption.split()[0]} since")


def test_last_sign_shows_local_date_and_kind_in_words(dashboard: DashboardView) -> None:
    dashboard.show_alerts([watched(1, "Anna", 2, kind="third-party")], [], ZONE)
    text = dashboard.cards[0].last_sign_label.text()
    assert "March 12, 2024" in text  # 22:30 UTC is 23:30 in Berlin: still the 12th
    assert "11:30" in text
    assert "Through someone else" in text


def test_zone_decides_the_date(dashboard: DashboardView) -> None:
    dashboard.show_alerts([watched(1, "Anna", 2)], [], ZoneInfo("Asia/Tokyo"))
    assert "March 13, 2024" in dashboard.cards[0].last_sign_label.text()


def test_status_is_said_in_words(dashboard: DashboardView) -> None:
    dashboard.show_alerts(
        [
            watched(1, "A", 2, SilenceStatus.OK),
            watched(2, "B", 9, SilenceStatus.DUE),
            watched(3, "C", 43, SilenceStatus.OVERDUE),
        ],
        [],
        ZONE,
    )
    words = [card.status_label.text() for card in dashboard.cards]
    assert words == ["As usual", "Longer than usual", "Overdue"]
    assert "Usually every 7 days" in dashboard.cards[0].gap_label.text()


def test_overdue_card_has_the_red_accent(dashboard: DashboardView, qtbot: QtBot) -> None:
    dashboard.show_alerts(
        [watched(1, "A", 2, SilenceStatus.OK), watched(2, "C", 43, SilenceStatus.OVERDUE)],
        [],
        ZONE,
    )
    calm, overdue = dashboard.cards
    qtbot.waitUntil(lambda: overdue.isVisible() and overdue.height() > 20)
    assert overdue.property("status") == "overdue"
    image = overdue.grab().toImage()
    assert image.pixelColor(2, image.height() // 2) == STATUS_COLOURS[SilenceStatus.OVERDUE]
    calm_image = calm.grab().toImage()
    assert calm_image.pixelColor(2, calm_image.height() // 2) == STATUS_COLOURS[SilenceStatus.OK]


def test_clicking_a_card_opens_the_person(dashboard: DashboardView, qtbot: QtBot) -> None:
    dashboard.show_alerts([watched(1, "A", 2), watched(7, "B", 3)], [], ZONE)
    card = dashboard.cards[1]
    with qtbot.waitSignal(dashboard.person_opened) as blocker:
        QTest.mouseClick(card, Qt.MouseButton.LeftButton)
    assert blocker.args == [7]


def test_enter_on_a_focused_card_opens_the_person(dashboard: DashboardView, qtbot: QtBot) -> None:
    dashboard.show_alerts([watched(4, "A", 2)], [], ZONE)
    card = dashboard.cards[0]
    assert card.focusPolicy() & Qt.FocusPolicy.TabFocus
    card.setFocus()
    with qtbot.waitSignal(dashboard.person_opened) as blocker:
        QTest.keyClick(card, Qt.Key.Key_Return)
    assert blocker.args == [4]


def test_person_never_heard_from(dashboard: DashboardView) -> None:
    dashboard.show_alerts([watched(1, "Anna", None, SilenceStatus.DUE)], [], ZONE)
    card = dashboard.cards[0]
    assert card.caption_label.text() == "No sign of life yet"
    assert "Watched for 5 days" in card.last_sign_label.text()


def test_preview_is_elided_to_two_lines(dashboard: DashboardView, qtbot: QtBot) -> None:
    long_text = "We are fine. " * 80
    dashboard.show_alerts([watched(1, "Anna", 2, preview=long_text)], [], ZONE)
    preview = dashboard.cards[0].preview
    qtbot.waitUntil(lambda: preview.width() > 50)
    lines = preview.shown_lines()
    assert len(lines) == 2
    assert lines[0].startswith("We are fine.")
    assert lines[1].endswith("…")


def test_nothing_watched_explains_how_to_watch(dashboard: DashboardView) -> None:
    dashboard.show_alerts([watched(1, "Anna", 2)], [], ZONE)
    dashboard.show_alerts([], [], ZONE)
    assert dashboard.cards == []
    assert dashboard.no_watched_label.isVisible()
    assert "People" in dashboard.no_watched_label.text()
    assert not dashboard.card_grid.isVisible()


def test_letters_are_listed_in_order_with_status_words(dashboard: DashboardView) -> None:
    letters = [
        letter(1, LetterStatus.OVERDUE),
        letter(2, LetterStatus.DUE_SOON, paper=True),
        letter(3, LetterStatus.WAITING),
    ]
    dashboard.show_alerts([], letters, ZONE)
    table = dashboard.letters
    rows = [table.topLevelItem(i) or QTreeWidgetItem() for i in range(table.topLevelItemCount())]
    assert [row.text(COLUMN_SUBJECT) for row in rows] == ["Request 1", "Request 2", "Request 3"]
    assert [row.text(COLUMN_STATUS) for row in rows] == ["Overdue", "Due soon", "Waiting"]
    assert rows[0].text(COLUMN_WAITING) == "3 days"
    assert rows[0].foreground(COLUMN_STATUS).color() == OVERDUE_LETTER_COLOUR
    assert rows[1].foreground(COLUMN_STATUS).color() != OVERDUE_LETTER_COLOUR
    assert not dashboard.no_letters_label.isVisible()


def test_activating_a_letter_gives_its_id(dashboard: DashboardView, qtbot: QtBot) -> None:
    dashboard.show_alerts(
        [], [letter(5, LetterStatus.WAITING), letter(12, LetterStatus.WAITING, paper=True)], ZONE
    )
    table = dashboard.letters
    opened: list[object] = []
    dashboard.letter_opened.connect(opened.append)
    for index in range(2):
        table.setCurrentItem(table.topLevelItem(index) or QTreeWidgetItem())
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert opened == [5, "p12"]


def test_no_letters_says_so(dashboard: DashboardView) -> None:
    dashboard.show_alerts([], [letter(1, LetterStatus.WAITING)], ZONE)
    dashboard.show_alerts([], [], ZONE)
    assert dashboard.no_letters_label.isVisible()
    assert dashboard.no_letters_label.text() == "No letter awaits an answer."
    assert not dashboard.letters.isVisible()


def test_cards_flow_in_columns_by_width(dashboard: DashboardView, qtbot: QtBot) -> None:
    dashboard.show_alerts([watched(i, f"P{i}", i) for i in range(1, 6)], [], ZONE)
    qtbot.waitUntil(lambda: dashboard.card_grid.columns == 3)
    dashboard.resize(420, 700)
    qtbot.waitUntil(lambda: dashboard.card_grid.columns == 1)
    assert dashboard.scroll_area.verticalScrollBar().maximum() > 0  # five cards scroll


def test_many_letters_show_in_full_after_the_first_paint(
    dashboard: DashboardView, qtbot: QtBot
) -> None:
    many = [
        replace(letter(1, LetterStatus.WAITING), ref=LetterRef(LetterKind.MAIL, n), subject=f"R{n}")
        for n in range(1, FIRST_LETTERS + 21)
    ]
    dashboard.show_alerts([], many, ZONE)
    assert dashboard.letters.topLevelItemCount() == FIRST_LETTERS  # the overview paints first
    qtbot.waitUntil(lambda: dashboard.letters.topLevelItemCount() == len(many), timeout=5_000)
    last = dashboard.letters.topLevelItem(len(many) - 1)
    assert last is not None
    assert last.text(COLUMN_SUBJECT) == f"R{len(many)}"
    # A newer reading replaces what still waited for its paint.
    dashboard.show_alerts([], many[:2], ZONE)
    qtbot.wait(100)
    assert dashboard.letters.topLevelItemCount() == 2


def test_menus_are_asked_for_on_a_card_and_a_letter(dashboard: DashboardView, qtbot: QtBot) -> None:
    dashboard.show_alerts([watched(7, "Anna", 2)], [letter(3, LetterStatus.OVERDUE)], ZONE)
    card = dashboard.cards[0]
    with qtbot.waitSignal(dashboard.person_menu_requested) as asked:
        card.customContextMenuRequested.emit(QPoint(5, 5))
    assert asked.args[0] == 7
    table = dashboard.letters
    item = table.topLevelItem(0)
    assert item is not None
    where = table.visualItemRect(item).center()
    with qtbot.waitSignal(dashboard.letter_menu_requested) as asked:
        table.customContextMenuRequested.emit(where)
    assert asked.args[0].ref == LetterRef(LetterKind.MAIL, 3)
