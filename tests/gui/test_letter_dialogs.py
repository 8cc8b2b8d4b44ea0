# SPDX-License-Identifier: GPL-3.0-or-later
"""Paper letters, answers entered by hand and groups of officials, on a real archive."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from correspondence_app.alerts.awaiting import LetterKind, LetterRef, LetterStatus
from correspondence_app.gui.dialogs.groups_dialog import GroupsDialog
from correspondence_app.gui.dialogs.letter_dialogs import AnsweredDialog, PaperLetterDialog
from tests.unit.alerts.life_mail import FRIEND, letter, person_of

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive
    from tests.gui.conftest import ArchiveWithLetters

BERLIN = ZoneInfo("Europe/Berlin")
OFFICIAL = "poststelle@amt.example"
SENT_AT = datetime(2024, 3, 2, 12, tzinfo=BERLIN)  # a day alone is its noon


@pytest.fixture
def archive(archive_with_letters: ArchiveWithLetters) -> Archive:
    mail = [
        letter(FRIEND, datetime(2024, 2, 20, 18, tzinfo=UTC)),
        letter(OFFICIAL, datetime(2024, 2, 1, 9, tzinfo=UTC), text="Ihr Zeichen 511"),
    ]
    return archive_with_letters(mail, today="2024-03-08")


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


# Paper letters -------------------------------------------------------------------------------
def test_a_paper_letter_waits_with_its_group_deadline_and_scan(
    archive: Archive, qtbot: QtBot, tmp_path: Path
) -> None:
    embassies = archive.ledger.save_group("Embassies", deadline_days=14)
    scan = tmp_path / "antrag.pdf"
    scan.write_bytes(b"%PDF-1.4 the application, scanned" * 50)
    dialog = PaperLetterDialog(archive)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sent_edit.date().toPython() == date(2024, 3, 8)  # today, at first
    assert not dialog.record_button.isEnabled()  # a letter needs a recipient
    QTest.keyClicks(dialog.recipient_edit, "Auswaertiges Amt, Referat 511")
    assert dialog.record_button.isEnabled()
    dialog.set_group(embassies)
    assert "14 day" in dialog.deadline_label.text()
    dialog.set_sent_on(date(2024, 3, 2))
    QTest.keyClicks(dialog.subject_edit, "Visa application")
    assert dialog.set_file(scan)
    with qtbot.waitSignal(dialog.letter_recorded) as recorded:
        click(dialog.record_button)

    ref = recorded.args[0]
    assert isinstance(ref, LetterRef)
    assert ref.kind is LetterKind.PAPER
    assert dialog.result() == QDialog.DialogCode.Accepted
    [waiting] = [w for w in archive.ledger.awaiting() if w.ref == ref]
    assert waiting.sent_at == SENT_AT
    assert (waiting.subject, waiting.to) == ("Visa application", ("Auswaertiges Amt, Referat 511",))
    assert (waiting.group, waiting.deadline_days, waiting.due_on) == (
        "Embassies",
        14,
        date(2024, 3, 16),
    )
    assert archive.ledger.paper_scan(ref.number) == ("antrag.pdf", scan.read_bytes())


def test_a_paper_letter_that_awaits_nothing_is_only_kept(archive: Archive, qtbot: QtBot) -> None:
    dialog = PaperLetterDialog(archive)
    qtbot.addWidget(dialog)
    dialog.recipient_edit.setText("Standesamt Mitte")
    dialog.awaits_box.setChecked(False)
    ref = dialog.record()
    assert ref is not None
    assert archive.ledger.paper_scan(ref.number) is None
    assert all(w.ref != ref for w in archive.ledger.awaiting(include_answered=True))


# Answers by hand -----------------------------------------------------------------------------
def describe(ref: LetterRef) -> str:
    return f"Request {ref.number} to Office {ref.number}, sent 2 March 2024"


def test_a_letter_answered_by_hand_waits_no_longer(archive: Archive, qtbot: QtBot) -> None:
    ref = archive.ledger.add_paper_letter("Ausländerbehörde", SENT_AT, "Aufenthalt")
    dialog = AnsweredDialog(archive, ref, describe(ref))
    qtbot.addWidget(dialog)
    dialog.show()
    assert describe(ref) in dialog.description_label.text()
    assert dialog.answered_edit.date().toPython() == date(2024, 3, 8)
    dialog.set_answered_on(date(2024, 3, 6))
    QTest.keyClicks(dialog.note_edit, "Reply by post, file number 123")
    assert dialog.record_button.isDefault()
    with qtbot.waitSignal(dialog.answer_recorded):  # Return in the note records the answer
        QTest.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert all(w.ref != ref for w in archive.ledger.awaiting())
    [answered] = [w for w in archive.ledger.awaiting(include_answered=True) if w.ref == ref]
    assert answered.status is LetterStatus.ANSWERED
    assert answered.answered_at == datetime(2024, 3, 6, 12, tzinfo=BERLIN)
    assert answered.answer_note == "Reply by post, file number 123"


def test_an_answer_before_the_letter_is_refused(archive: Archive, qtbot: QtBot) -> None:
    ref = archive.ledger.add_paper_letter("Ausländerbehörde", SENT_AT, "Aufenthalt")
    dialog = AnsweredDialog(archive, ref, describe(ref))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_answered_on(date(2024, 3, 1))
    with qtbot.assertNotEmitted(dialog.answer_recorded):
        click(dialog.record_button)
    assert dialog.problem.isVisible()
    assert "before the letter" in dialog.problem.text()
    assert dialog.isVisible()
    [waiting] = [w for w in archive.ledger.awaiting() if w.ref == ref]
    assert waiting.answered_at is None


# Groups --------------------------------------------------------------------------------------
def test_a_group_is_made_filled_and_deleted(
    archive: Archive, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = GroupsDialog(archive)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.group_list.count() == 0
    assert not dialog.editor.isEnabled()
    assert not dialog.delete_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("Behörden", True))
    with qtbot.waitSignal(dialog.groups_changed):
        click(dialog.new_button)
    [group] = archive.ledger.groups()
    assert (group.name, group.deadline_days) == ("Behörden", 30)
    assert dialog.current_group == group
    assert dialog.editor.isEnabled()

    dialog.deadline_spin.setValue(14)
    assert archive.ledger.groups()[0].deadline_days == 14
    assert "14 day" in dialog.deadline_label.text()

    QTest.keyClicks(dialog.domains.field, "@Amt.Example")
    click(dialog.domains.add_button)
    assert archive.ledger.groups()[0].domains == ("amt.example",)
    assert dialog.domains.records.item(0).text() == "amt.example"
    assert dialog.domains.field.text() == ""
    QTest.keyClicks(dialog.domains.field, OFFICIAL)  # an address is no domain
    click(dialog.domains.add_button)
    assert dialog.problem.isVisible()
    assert OFFICIAL in dialog.problem.text()
    assert archive.ledger.groups()[0].domains == ("amt.example",)

    QTest.keyClicks(dialog.members.field, "nobody@nowhere.example")
    click(dialog.members.add_button)
    assert "nobody@nowhere.example" in dialog.problem.text()
    dialog.members.field.setText(OFFICIAL.upper())
    click(dialog.members.add_button)
    assert not dialog.problem.isVisible()
    [member] = archive.ledger.groups()[0].people
    assert member.id == person_of(archive, OFFICIAL)
    assert OFFICIAL in dialog.members.records.item(0).text()

    assert not dialog.domains.remove_button.isEnabled()
    dialog.domains.records.setCurrentRow(0)
    click(dialog.domains.remove_button)
    dialog.members.records.setCurrentRow(0)
    click(dialog.members.remove_button)
    [group] = archive.ledger.groups()
    assert (group.domains, group.people) == ((), ())

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    click(dialog.delete_button)
    assert archive.ledger.groups() == []
    assert dialog.group_list.count() == 0
    assert not dialog.editor.isEnabled()


def test_groups_are_listed_and_a_name_in_use_is_not_made_twice(
    archive: Archive, qtbot: QtBot
) -> None:
    courts = archive.ledger.save_group("Courts", deadline_days=60)
    archive.ledger.save_group("Embassies")
    dialog = GroupsDialog(archive)
    qtbot.addWidget(dialog)
    assert [dialog.group_list.item(i).text() for i in range(2)] == ["Courts", "Embassies"]
    assert dialog.current_group is not None
    assert dialog.current_group.id == courts
    assert dialog.deadline_spin.value() == 60
    with qtbot.assertNotEmitted(dialog.groups_changed):
        assert dialog.create_group("  embassies ") is not None
    assert "already" in dialog.problem.text()
    assert len(archive.ledger.groups()) == 2
    assert dialog.current_group.name == "Embassies"
    assert dialog.delete_selected()
    assert [g.name for g in archive.ledger.groups()] == ["Courts"]
    assert dialog.current_group.name == "Courts"


def test_return_in_a_field_adds_and_tab_follows_the_layout(archive: Archive, qtbot: QtBot) -> None:
    archive.ledger.save_group("Embassies")
    dialog = GroupsDialog(archive)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.domains.field.setText("amt.example")
    with qtbot.waitSignal(dialog.groups_changed):
        QTest.keyClick(dialog.domains.field, Qt.Key.Key_Return)
    assert archive.ledger.groups()[0].domains == ("amt.example",)
    assert dialog.isVisible()  # Return never closes the dialog
    dialog.domains.records.setCurrentRow(0)  # Remove domain can be pressed now
    dialog.members.field.setText(OFFICIAL)  # and Add person; not Add domain, nor Remove person
    dialog.group_list.setFocus()
    reached = [dialog.focusWidget()]
    for _ in range(11):
        dialog.focusNextChild()  # what Tab does
        reached.append(dialog.focusWidget())
    assert reached == [
        dialog.group_list,
        dialog.new_button,
        dialog.delete_button,
        dialog.deadline_spin,
        dialog.domains.records,
        dialog.domains.field,
        dialog.domains.remove_button,
        dialog.members.records,
        dialog.members.field,
        dialog.members.add_button,
        dialog.close_button,
        dialog.group_list,
    ]
