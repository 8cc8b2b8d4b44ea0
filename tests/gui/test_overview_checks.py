# SPDX-License-Identifier: GPL-3.0-or-later
"""The overview checks again by itself: every few minutes, and at once after the computer
slept; it says what is due apart from what is overdue, and gives a desktop notification
(or, without a tray, has the window ask for attention) when more become overdue."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QSystemTrayIcon, QVBoxLayout, QWidget

from correspondence_app.alerts.clock import TODAY_ENV, moment_from_text
from correspondence_app.gui import overview as overview_module
from correspondence_app.gui import workers
from correspondence_app.gui.overview import Overview
from correspondence_app.storage.people_tables import EventKind
from tests.unit.alerts.life_mail import FRIEND, every_few_days, letter, person_of

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive
    from tests.gui.conftest import ArchiveWithLetters

RED, AMBER = "#b00020", "#8a5a00"
NEAR = "A letter's deadline for an answer is near"
PAST = "A letter waits for an answer past its deadline"


@pytest.fixture
def archive(archive_with_letters: ArchiveWithLetters) -> Archive:
    """He writes every 3 to 5 days (usual gap 5, overdue after 10) until 26 February; on
    8 March he has been silent for 11 days. A paper letter of 8 February is due on
    9 March (30 days)."""
    moments = every_few_days(date(2024, 1, 2), date(2024, 2, 26))
    archive = archive_with_letters([letter(FRIEND, m) for m in moments], today="2024-03-08")
    archive.ledger.add_paper_letter("Amt", datetime(2024, 2, 8, 11, tzinfo=UTC), "Antrag")
    return archive


@pytest.fixture
def make_overview(qtbot: QtBot) -> Iterator[Callable[[Archive], Overview]]:
    """An overview in a window, showing the archive; closed (its timers stopped and its
    checks finished) before the archive is."""
    made: list[tuple[QWidget, Overview]] = []  # qtbot holds the windows weakly

    def make(archive: Archive) -> Overview:
        window = QWidget()
        qtbot.addWidget(window)
        overview = Overview(QWidget(), window)
        QVBoxLayout(window).addWidget(overview.widget)
        window.show()
        overview.set_archive(archive)
        made.append((window, overview))
        return overview

    yield make
    for _window, overview in made:
        overview.set_archive(None)
    assert workers.wait_for_all()


def watch_friend(archive: Archive) -> int:
    person = person_of(archive, FRIEND)
    archive.watchlist.watch(person)
    return person


def phone_call(archive: Archive, person: int) -> None:
    when = moment_from_text("2024-03-07T18:00", archive.watchlist.zone)
    archive.watchlist.add_event(person, when, EventKind.PHONE, note="Kurz angerufen")


def shown(qtbot: QtBot, overview: Overview, words: str) -> None:
    qtbot.waitUntil(
        lambda: words in overview.banner.text() and overview.banner.isVisible(), timeout=10_000
    )


# The banner's words ---------------------------------------------------------------------------
def test_a_letter_only_due_is_not_called_past_its_deadline(
    archive: Archive,
    make_overview: Callable[[Archive], Overview],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    overview = make_overview(archive)  # nobody watched: the letter alone, due tomorrow
    shown(qtbot, overview, NEAR)
    assert PAST not in overview.banner.text()
    assert AMBER in overview.banner.styleSheet()
    monkeypatch.setenv(TODAY_ENV, "2024-03-10")  # a day past the deadline
    overview.check()
    shown(qtbot, overview, PAST)
    assert RED in overview.banner.styleSheet()


def test_an_overdue_letter_comes_before_a_person_only_due(
    archive: Archive,
    make_overview: Callable[[Archive], Overview],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watch_friend(archive)
    archive.ledger.add_paper_letter("Botschaft", datetime(2024, 1, 5, 11, tzinfo=UTC), "Visum")
    monkeypatch.setenv(TODAY_ENV, "2024-03-03")  # he is due (6 days), the visa letter overdue
    overview = make_overview(archive)
    shown(qtbot, overview, PAST)
    assert "(and 1 more)" in overview.banner.text()
    assert RED in overview.banner.styleSheet()
    monkeypatch.setenv(TODAY_ENV, "2024-03-08")  # now he is overdue: he comes first
    overview.check()
    shown(qtbot, overview, f"{FRIEND}: 11 day")
    assert "(and 2 more)" in overview.banner.text()


# Checking again ------------------------------------------------------------------------------
def test_the_check_repeats_every_five_minutes_while_an_archive_is_open(
    archive: Archive,
    make_overview: Callable[[Archive], Overview],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    person = watch_friend(archive)
    overview = make_overview(archive)
    assert overview.check_timer.interval() == 5 * 60 * 1000
    assert overview.check_timer.isActive()
    overview.set_archive(None)
    assert not overview.check_timer.isActive()
    assert not overview.wake_timer.isActive()

    monkeypatch.setattr(overview_module, "CHECK_EVERY_MS", 1000)  # five minutes pass quickly
    overview = make_overview(archive)
    shown(qtbot, overview, f"{FRIEND}: 11 day")
    phone_call(archive, person)  # entered elsewhere (the command line): nobody calls check()
    shown(qtbot, overview, NEAR)  # only the letter is left


def test_the_check_runs_at_once_after_the_computer_slept(
    archive: Archive, make_overview: Callable[[Archive], Overview], qtbot: QtBot
) -> None:
    person = watch_friend(archive)
    overview = make_overview(archive)
    overview.wake_timer.setInterval(50)  # it looks at the wall clock every minute
    shown(qtbot, overview, f"{FRIEND}: 11 day")
    phone_call(archive, person)
    # Awake all along: the wall clock moved as the timers did, nothing is checked early.
    qtbot.wait(500)
    assert FRIEND in overview.banner.text()
    # Asleep for ten minutes: the timers stood still, the wall clock did not.
    overview.last_check_at = time.time() - 600
    shown(qtbot, overview, NEAR)  # only the letter is left
    assert time.time() - overview.last_check_at < 60


# The desktop notification --------------------------------------------------------------------
def test_without_a_tray_the_window_asks_for_attention_when_more_become_overdue(
    archive: Archive,
    make_overview: Callable[[Archive], Overview],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this platform has a system tray (the offscreen one has none)")
    watch_friend(archive)
    overview = make_overview(archive)
    shown(qtbot, overview, f"{FRIEND}: 11 day")
    assert (overview.notified, overview.alerted) == (0, 1)
    with qtbot.waitSignal(overview.alerts_changed, timeout=10_000):
        overview.check()  # still one overdue: no second alert
    assert overview.alerted == 1
    monkeypatch.setenv(TODAY_ENV, "2024-03-10")  # the letter too
    overview.check()
    qtbot.waitUntil(lambda: overview.alerted == 2)
    assert overview.notified == 0


def test_with_a_tray_a_notification_says_what_the_banner_says(
    archive: Archive,
    make_overview: Callable[[Archive], Overview],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A desktop with a tray, as far as the overview can tell; the messages are still given
    # to Qt's real tray icon.
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    messages: list[tuple[object, ...]] = []
    show_message = QSystemTrayIcon.showMessage

    def recorded(tray: QSystemTrayIcon, *args: object) -> None:
        messages.append(args)
        show_message(tray, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QSystemTrayIcon, "showMessage", recorded)
    person = watch_friend(archive)
    overview = make_overview(archive)
    qtbot.waitUntil(lambda: len(messages) == 1)
    banner = overview.banner.text()
    assert banner.startswith(f"{FRIEND}: 11 days without a sign of life")
    assert messages == [("Correspondence Archive", banner, QSystemTrayIcon.MessageIcon.Warning)]
    assert (overview.notified, overview.alerted) == (1, 0)
    monkeypatch.setenv(TODAY_ENV, "2024-03-10")  # the letter becomes overdue too
    overview.check()
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert "(and 1 more)" in str(messages[1][1])
    phone_call(archive, person)  # fewer overdue: nothing to notify
    overview.check()
    shown(qtbot, overview, PAST)
    assert len(messages) == 2
    overview.show_mail()
    overview._tray.messageClicked.emit()  # type: ignore[union-attr]
    assert overview.is_showing_dashboard
