# SPDX-License-Identifier: GPL-3.0-or-later
"""The overview in the main window: first after unlocking when anyone is watched, a banner
while anything is overdue, and the way from a card to the person's mail."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings

from correspondence_app.gui.dialogs.unlock_dialog import open_archive
from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.settings import AppSettings
from correspondence_app.session_files import SessionFiles
from tests.conftest import PASSPHRASE
from tests.unit.alerts.life_mail import FRIEND, every_few_days, letter, person_of

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive
    from tests.gui.conftest import ArchiveWithLetters


@pytest.fixture
def archive(archive_with_letters: ArchiveWithLetters) -> Archive:
    moments = every_few_days(date(2024, 1, 2), date(2024, 2, 26))
    letters = [letter(FRIEND, moment) for moment in moments]
    return archive_with_letters(letters, today="2024-03-08")  # he fell silent on 26 Feb


def open_window(archive: Archive, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(archive, settings, SessionFiles())
    qtbot.addWidget(window)
    window.show()
    return window


def test_without_anyone_watched_the_mail_comes_first(
    archive: Archive, tmp_path: Path, qtbot: QtBot
) -> None:
    window = open_window(archive, tmp_path, qtbot)
    qtbot.wait(300)
    assert not window.overview.is_showing_dashboard
    assert window.overview.banner.isHidden()
    window.clear()


def test_an_overdue_person_opens_the_overview_with_a_banner(
    archive: Archive, tmp_path: Path, qtbot: QtBot
) -> None:
    person = person_of(archive, FRIEND)
    archive.watchlist.watch(person)
    window = open_window(archive, tmp_path, qtbot)
    qtbot.waitUntil(lambda: window.overview.is_showing_dashboard, timeout=10_000)
    assert window.overview.banner.isVisible()
    assert "11 day" in window.overview.banner.text()  # "days" once the translation is in
    assert FRIEND in window.overview.banner.text()
    window.overview.mail_action.trigger()
    assert not window.overview.is_showing_dashboard
    # The card's menu leads to his mail.
    window.on_person_opened(person)
    assert FRIEND in window.search_bar.text
    qtbot.waitUntil(lambda: window.thread_model.rowCount() > 0, timeout=10_000)
    # A phone call entered meanwhile: the next check takes the banner away.
    from correspondence_app.alerts.clock import moment_from_text
    from correspondence_app.storage.people_tables import EventKind

    zone = archive.watchlist.zone
    archive.watchlist.add_event(person, moment_from_text("2024-03-07T18:00", zone), EventKind.PHONE)
    window.overview.check()
    qtbot.waitUntil(window.overview.banner.isHidden, timeout=10_000)
    window.clear()
    assert window.overview.banner.isHidden()


def test_alerts_read_with_the_opening_show_with_the_window(
    archive: Archive, tmp_path: Path, qtbot: QtBot
) -> None:
    assert open_archive(archive.folder, PASSPHRASE)[1] is None  # nobody watched: not read
    archive.watchlist.watch(person_of(archive, FRIEND))
    reopened, alerts = open_archive(archive.folder, PASSPHRASE)
    reopened.close()
    assert alerts is not None
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(archive, settings, SessionFiles(), alerts=alerts)
    qtbot.addWidget(window)
    # The overview is there at once; the mail is read once it has been painted.
    assert window.overview.is_showing_dashboard
    assert [card.watched.name for card in window.overview.dashboard.cards] == [FRIEND]
    assert window.thread_model.rowCount() == 0
    window.show()
    qtbot.waitUntil(lambda: window.thread_model.rowCount() > 0, timeout=10_000)
    window.clear()
