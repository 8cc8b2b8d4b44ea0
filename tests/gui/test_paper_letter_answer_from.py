# SPDX-License-Identifier: GPL-3.0-or-later
"""The paper letter dialog says who the letter went to: then only their mail answers it,
not that of every member of its group."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtTest import QTest

from correspondence_app.alerts.awaiting import LetterStatus
from correspondence_app.gui.dialogs.letter_dialogs import PaperLetterDialog
from tests.unit.alerts.life_mail import letter

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from correspondence_app.alerts.awaiting import AwaitedLetter, LetterRef
    from correspondence_app.services import Archive
    from tests.gui.conftest import ArchiveWithLetters

AMT, BMI = "amt.example", "bmi.example"
MINISTRY = f"referat-m3@{BMI}"


@pytest.fixture
def archive(archive_with_letters: ArchiveWithLetters) -> Archive:
    # The ministry writes on 5 March, after the letters of 1 March.
    mail = [letter(MINISTRY, datetime(2024, 3, 5, 9, tzinfo=UTC), text="Ihr Schreiben")]
    archive = archive_with_letters(mail, today="2024-03-08")
    behoerden = archive.ledger.save_group("Behörden")
    archive.ledger.add_domain(behoerden, AMT)
    archive.ledger.add_domain(behoerden, BMI)
    return archive


def dialog_for(archive: Archive, qtbot: QtBot, recipient: str) -> PaperLetterDialog:
    dialog = PaperLetterDialog(archive)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.recipient_edit.setText(recipient)
    dialog.set_sent_on(date(2024, 3, 1))
    dialog.set_group(archive.ledger.group_named("Behörden").id)
    return dialog


def recorded(archive: Archive, ref: LetterRef | None) -> AwaitedLetter:
    assert ref is not None
    return next(x for x in archive.ledger.awaiting(include_answered=True) if x.ref == ref)


def test_a_letter_to_one_office_of_the_group_waits_for_that_office(
    archive: Archive, qtbot: QtBot
) -> None:
    dialog = dialog_for(archive, qtbot, "Amt, Referat 511")
    assert dialog.answer_label.text() == "Mail from anyone in the group answers it."
    offered = [dialog.answer_combo.itemText(i) for i in range(dialog.answer_combo.count())]
    assert offered == [AMT, BMI]  # the group's organisations to choose from
    typed = dialog.answer_combo.lineEdit()
    assert typed is not None
    QTest.keyClicks(typed, AMT)
    assert dialog.answer_label.text() == f"Only mail from {AMT} answers it."
    letter = recorded(archive, dialog.record())
    assert (letter.status, letter.group) == (LetterStatus.WAITING, "Behörden")  # not the BMI's


def test_without_saying_who_any_member_of_the_group_answers(archive: Archive, qtbot: QtBot) -> None:
    dialog = dialog_for(archive, qtbot, "Eine Behörde")
    assert recorded(archive, dialog.record()).status is LetterStatus.ANSWERED


def test_an_address_stands_for_the_person_who_writes_from_it(
    archive: Archive, qtbot: QtBot
) -> None:
    dialog = dialog_for(archive, qtbot, "Referat M3")
    dialog.set_answer_from("nobody@bmi.example")
    assert dialog.record() is None  # shown, and the dialog stays open
    assert dialog.problem.text() == "nobody@bmi.example: no message in the archive has this address"
    assert archive.ledger.awaiting() == []
    dialog.set_answer_from(MINISTRY.upper())
    letter = recorded(archive, dialog.record())
    assert letter.answered_at == datetime(2024, 3, 5, 9, tzinfo=UTC)


def test_a_letter_that_awaits_nothing_asks_for_no_one(archive: Archive, qtbot: QtBot) -> None:
    dialog = dialog_for(archive, qtbot, "Standesamt")
    dialog.awaits_box.setChecked(False)
    assert not dialog.answer_combo.isEnabled()
    assert dialog.answer_label.isHidden()
    dialog.set_group(None)
    dialog.awaits_box.setChecked(True)
    assert dialog.answer_label.text() == "Only an answer you enter by hand answers it."
    assert dialog.answer_combo.count() == 0
