# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's People menu and the overview's actions: a card opens the person's timeline
and a mark on it the message; a sent message's menu marks it as awaiting an answer or not;
a letter in the overview is answered by hand or expects no answer."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from sqlalchemy import select

from correspondence_app.alerts.awaiting import LetterKind, LetterRef
from correspondence_app.alerts.ledger import SentMark
from correspondence_app.gui.dialogs.letter_dialogs import AnsweredDialog
from correspondence_app.gui.dialogs.person_timeline_dialog import PersonTimelineDialog
from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.settings import AppSettings
from correspondence_app.session_files import SessionFiles
from correspondence_app.storage.tables import Address, Message
from tests.unit.alerts.life_mail import (
    FRIEND,
    OWN,
    every_few_days,
    letter,
    person_of,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive
    from tests.gui.conftest import ArchiveWithLetters


@pytest.fixture
def archive(archive_with_letters: ArchiveWithLetters) -> Archive:
    moments = every_few_days(date(2024, 1, 2), date(2024, 2, 26))
    mail = [letter(FRIEND, moment) for moment in moments]
    mail.append(letter(OWN, datetime(2024, 2, 20, 9, tzinfo=UTC), to="amt@ministerium.example"))
    return archive_with_letters(mail, today="2024-03-08")


@pytest.fixture
def window(archive: Archive, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    archive.watchlist.watch(person_of(archive, FRIEND))
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(archive, settings, SessionFiles())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: len(shown.overview.dashboard.cards) == 1, timeout=10_000)
    yield shown
    shown.clear()


def sent_message(archive: Archive) -> int:
    with archive.engine.connect() as connection:
        return connection.execute(
            select(Message.id)
            .join(Address, Address.id == Message.from_address_id)
            .where(Address.address == OWN)
        ).scalar_one()


def test_the_people_menu_and_the_overview_offer_the_same_actions(window: MainWindow) -> None:
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    people = menus["&People"]
    assert isinstance(people, QMenu)
    texts = [action.text() for action in people.actions() if not action.isSeparator()]
    assert texts == [
        "&People…",
        "Record a &sign of life…",
        "Record a &paper letter…",
        "&Groups of officials…",
    ]
    buttons = [button.defaultAction() for button in window.overview.dashboard.actions_buttons]
    assert window.watching.sign_action in buttons
    assert window.watching.people_action in buttons


def test_a_card_opens_the_timeline_and_a_mark_the_message(
    window: MainWindow, archive: Archive, qtbot: QtBot
) -> None:
    person = person_of(archive, FRIEND)
    window.overview.dashboard.cards[0].activated.emit(person)
    dialog = window.findChild(PersonTimelineDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    timeline = dialog.view.timeline
    assert timeline is not None
    last = timeline.items[-1]
    assert last.message_id is not None
    dialog.message_opened.emit(last.message_id)
    assert not window.overview.is_showing_dashboard
    current = window.conversation.current_message
    assert current is not None
    assert current.summary.id == last.message_id
    # From the timeline to all his mail.
    dialog.mail_requested.emit(person)
    assert FRIEND in window.search_bar.text


def test_a_sent_message_can_await_an_answer_or_expect_none(
    window: MainWindow, archive: Archive
) -> None:
    sent = sent_message(archive)
    received = person_of(archive, FRIEND)  # any id that is no message of mine works below
    menu = QMenu(window)
    window.watching.fill_message_menu([received], menu)
    assert menu.isEmpty() or all(a.isSeparator() for a in menu.actions())
    window.watching.fill_message_menu([sent], menu)
    actions = {action.text(): action for action in menu.actions()}
    assert not actions["Awaits an &answer"].isChecked()
    actions["Awaits an &answer"].trigger()
    assert archive.ledger.sent_mark(sent) == SentMark(sent, True, None)
    assert [letter.ref.number for letter in archive.ledger.awaiting()] == [sent]
    again = QMenu(window)
    window.watching.fill_message_menu([sent], again)
    actions = {action.text(): action for action in again.actions()}
    assert actions["Awaits an &answer"].isChecked()
    actions["No answer e&xpected"].trigger()
    assert archive.ledger.awaiting() == []
    assert "No answer" in window.statusBar().currentMessage()


def test_a_letter_in_the_overview_is_answered_by_hand(
    window: MainWindow, archive: Archive, qtbot: QtBot
) -> None:
    sent = sent_message(archive)
    ref = LetterRef(LetterKind.MAIL, sent)
    window.watching.mark(ref, True)
    qtbot.waitUntil(lambda: window.overview.dashboard.letters.topLevelItemCount() == 1)
    [awaited] = archive.ledger.awaiting()
    window.watching.ask_answer(awaited.ref, "a letter")
    dialog = window.findChild(AnsweredDialog)
    assert dialog is not None
    dialog.note_edit.setText("Antwort per Post")
    dialog.record_button.click()
    assert archive.ledger.awaiting() == []
    qtbot.waitUntil(lambda: window.overview.dashboard.letters.topLevelItemCount() == 0)
