# SPDX-License-Identifier: GPL-3.0-or-later
"""A sign of life entered by hand on a real archive: a call with a file becomes the last
sign; a time still to come, a file too large and an empty watchlist are refused."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from correspondence_app.gui.dialogs.record_dialog import MAX_FILE_BYTES
from correspondence_app.gui.dialogs.sign_of_life_dialog import SignOfLifeDialog
from correspondence_app.storage.people_tables import EventKind
from tests.unit.alerts.life_mail import FRIEND, every_few_days, letter, person_of

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive
    from tests.gui.conftest import ArchiveWithLetters

BERLIN = ZoneInfo("Europe/Berlin")
COLLEAGUE = "oleg@example.org"


@pytest.fixture
def archive(archive_with_letters: ArchiveWithLetters) -> Archive:
    moments = every_few_days(date(2024, 1, 2), date(2024, 2, 26))
    mail = [letter(FRIEND, moment) for moment in moments] + [letter(COLLEAGUE, moments[0])]
    return archive_with_letters(mail, today="2024-03-08")  # he fell silent on 26 Feb


def open_dialog(qtbot: QtBot, archive: Archive, person_id: int | None = None) -> SignOfLifeDialog:
    dialog = SignOfLifeDialog(archive, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_phone_call_with_a_file_becomes_the_last_sign(
    archive: Archive, qtbot: QtBot, tmp_path: Path
) -> None:
    friend, colleague = person_of(archive, FRIEND), person_of(archive, COLLEAGUE)
    archive.watchlist.watch(colleague)
    archive.watchlist.watch(friend)
    [before] = [s for s in archive.watchlist.status() if s.person_id == friend]
    assert before.days == 11
    screenshot = tmp_path / "anruf.png"
    screenshot.write_bytes(b"\x89PNG a screenshot of the call log" * 100)

    dialog = open_dialog(qtbot, archive, friend)
    assert dialog.person_combo.count() == 2  # the watched people, nobody else
    assert dialog.person_id == friend
    dialog.set_happened_at(datetime(2024, 3, 7, 18, 30, tzinfo=BERLIN))
    dialog.set_kind(EventKind.PHONE)
    QTest.keyClicks(dialog.note_edit, "Called from Kharkiv, all is well")
    assert dialog.set_file(screenshot)
    assert "anruf.png" in dialog.file_picker.name_label.text()
    with qtbot.waitSignal(dialog.sign_recorded) as recorded:
        click(dialog.record_button)

    [event] = archive.watchlist.events(friend)
    assert recorded.args == [event.id]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (event.kind, event.note) == (EventKind.PHONE, "Called from Kharkiv, all is well")
    assert event.happened_at == datetime(2024, 3, 7, 18, 30, tzinfo=BERLIN)
    assert archive.watchlist.event_file(event.id) == ("anruf.png", screenshot.read_bytes())
    [after] = [s for s in archive.watchlist.status() if s.person_id == friend]
    assert (after.kind, after.event_id, after.days) == ("phone", event.id, 1)


def test_the_time_is_now_where_the_user_lives_at_first(archive: Archive, qtbot: QtBot) -> None:
    archive.watchlist.watch(person_of(archive, FRIEND))
    dialog = open_dialog(qtbot, archive)
    assert dialog.happened_at.date() == date(2024, 3, 8)  # as CORRESPONDENCE_APP_TODAY says
    assert dialog.happened_at.tzinfo == BERLIN
    assert dialog.record_button.isEnabled()
    assert dialog.record_button.isDefault()


def test_a_time_still_to_come_is_refused(archive: Archive, qtbot: QtBot) -> None:
    friend = person_of(archive, FRIEND)
    archive.watchlist.watch(friend)
    dialog = open_dialog(qtbot, archive, friend)
    dialog.set_happened_at(datetime(2024, 3, 9, 10, 0, tzinfo=BERLIN))
    with qtbot.assertNotEmitted(dialog.sign_recorded):
        click(dialog.record_button)
    assert dialog.problem.isVisible()
    assert "still to come" in dialog.problem.text()
    assert dialog.isVisible()
    assert archive.watchlist.events(friend) == []


def test_a_file_over_50_mb_is_refused_with_its_name(
    archive: Archive, qtbot: QtBot, tmp_path: Path
) -> None:
    friend = person_of(archive, FRIEND)
    archive.watchlist.watch(friend)
    video = tmp_path / "video-call.mp4"
    with video.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: large without taking the room
    dialog = open_dialog(qtbot, archive, friend)
    assert not dialog.set_file(video)
    assert dialog.problem.isVisible()
    assert "video-call.mp4" in dialog.problem.text()
    assert dialog.file_picker.path is None
    dialog.set_happened_at(datetime(2024, 3, 7, 9, 0, tzinfo=BERLIN))
    dialog.record()  # recorded without the file
    [event] = archive.watchlist.events(friend)
    assert archive.watchlist.event_file(event.id) is None


def test_a_file_removed_again_is_not_stored(archive: Archive, qtbot: QtBot, tmp_path: Path) -> None:
    friend = person_of(archive, FRIEND)
    archive.watchlist.watch(friend)
    scan = tmp_path / "brief.pdf"
    scan.write_bytes(b"%PDF-1.4 a letter")
    dialog = open_dialog(qtbot, archive, friend)
    dialog.set_file(scan)
    assert dialog.file_picker.remove_button.isEnabled()
    click(dialog.file_picker.remove_button)
    assert not dialog.file_picker.remove_button.isEnabled()
    dialog.set_happened_at(datetime(2024, 3, 7, 9, 0, tzinfo=BERLIN))
    dialog.set_kind(EventKind.LETTER)
    event_id = dialog.record()
    assert event_id is not None
    assert archive.watchlist.event(event_id).kind is EventKind.LETTER
    assert archive.watchlist.event_file(event_id) is None


def test_with_nobody_watched_nothing_can_be_recorded(archive: Archive, qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, archive, person_of(archive, FRIEND))  # known, but not watched
    assert dialog.person_combo.count() == 0
    assert not dialog.record_button.isEnabled()
    assert "Nobody is watched yet" in dialog.intro.text()
    assert dialog.record() is None
    assert archive.watchlist.events(person_of(archive, FRIEND)) == []
