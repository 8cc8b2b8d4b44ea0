# SPDX-License-Identifier: GPL-3.0-or-later
"""The rule editor on a real archive: save, preview, apply, undo, switch off, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.gui import workers
from correspondence_app.gui.dialogs.rules_dialog import RulesDialog
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE
from tests.unit.tagging.conftest import MAIL, write_sources

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

ASYLUM_LETTERS = {"Antrag auf Asyl", "Re: Antrag auf Asyl"}  # the two that say "Antrag"


@pytest.fixture
def mail_archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths(write_sources(tmp_path / "mail", list(MAIL)), workers=1)
        yield archive
        workers.wait_for_all()  # no rule still running when the archive closes


def open_dialog(qtbot: QtBot, archive: Archive) -> RulesDialog:
    dialog = RulesDialog(archive.organiser)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def tagged(archive: Archive, tag: str) -> set[str]:
    return {hit.summary.subject for hit in archive.search(f"tag:{tag}", limit=100)}


def type_text(field: QWidget, text: str) -> None:
    """Typed key by key; QTest.keyClicks knows only ASCII, so "ö" is a key event with text."""
    if text.isascii():
        QTest.keyClicks(field, text)
        return
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_until_idle(qtbot: QtBot, dialog: RulesDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=10_000)


def test_saving_the_editor_creates_a_rule(qtbot: QtBot, mail_archive: Archive) -> None:
    dialog = open_dialog(qtbot, mail_archive)
    click(dialog.new_button)
    type_text(dialog.name_field, "Asylum case")
    type_text(dialog.query_field, "Antrag")
    type_text(dialog.tags_field, "Wichtig, Behörden/Asyl")
    click(dialog.save_button)

    [rule] = mail_archive.organiser.rules()
    assert (rule.name, rule.query, rule.tags, rule.is_enabled) == (
        "Asylum case",
        "Antrag",
        ("Behörden/Asyl", "Wichtig"),
        True,
    )
    assert dialog.current_rule == rule
    assert dialog.rule_list.currentItem().text() == "Asylum case"
    assert not dialog.error.isVisibleTo(dialog)


def test_unreadable_query_shows_the_problem_and_disables_save(
    qtbot: QtBot, mail_archive: Archive
) -> None:
    dialog = open_dialog(qtbot, mail_archive)
    type_text(dialog.name_field, "Asylum case")
    type_text(dialog.tags_field, "Asyl")
    type_text(dialog.query_field, "(Antrag")

    assert dialog.query_error.isVisibleTo(dialog)
    assert dialog.query_error.text().endswith("the “(” at character 1 is not closed")
    assert not dialog.save_button.isEnabled()

    type_text(dialog.query_field, ")")
    assert not dialog.query_error.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()


def test_a_refused_save_is_explained_in_the_dialog(qtbot: QtBot, mail_archive: Archive) -> None:
    mail_archive.organiser.save_rule("Asylum case", "Antrag", ["Asyl"])
    dialog = open_dialog(qtbot, mail_archive)
    click(dialog.new_button)
    type_text(dialog.name_field, "asylum case")  # the same name, other case
    type_text(dialog.query_field, "больница")
    type_text(dialog.tags_field, "Klinik")
    click(dialog.save_button)

    assert dialog.error.isVisibleTo(dialog)
    assert "there is a rule asylum case already" in dialog.error.text()
    assert [rule.query for rule in mail_archive.organiser.rules()] == ["Antrag"]


def test_preview_counts_without_tagging(qtbot: QtBot, mail_archive: Archive) -> None:
    mail_archive.organiser.save_rule("Asylum case", "Antrag", ["Behörden/Asyl"])
    dialog = open_dialog(qtbot, mail_archive)
    click(dialog.preview_button)
    assert not dialog.preview_button.isEnabled()  # one task at a time
    assert not dialog.apply_button.isEnabled()
    wait_until_idle(qtbot, dialog)

    assert dialog.status.text() == "2 messages match; 2 would get a tag"
    assert tagged(mail_archive, "Behörden/Asyl") == set()
    assert dialog.preview_button.isEnabled()


def test_an_edited_rule_is_saved_before_it_is_previewed(
    qtbot: QtBot, mail_archive: Archive
) -> None:
    mail_archive.organiser.save_rule("Asylum case", "Antrag", ["Behörden/Asyl"])
    mail_archive.organiser.apply_rules(["Asylum case"])
    dialog = open_dialog(qtbot, mail_archive)
    type_text(dialog.query_field, " OR больница")
    assert not dialog.preview_button.isEnabled()

    click(dialog.save_button)
    click(dialog.preview_button)
    wait_until_idle(qtbot, dialog)
    assert dialog.status.text() == "3 messages match; 1 would get a tag"  # the letter from hospital


def test_apply_tags_the_messages_and_undo_takes_them_back(
    qtbot: QtBot, mail_archive: Archive
) -> None:
    mail_archive.organiser.save_rule("Asylum case", "Antrag", ["Behörden/Asyl"])
    dialog = open_dialog(qtbot, mail_archive)
    assert not dialog.undo_button.isEnabled()

    with qtbot.waitSignal(dialog.tags_changed, timeout=10_000):
        click(dialog.apply_button)
    assert tagged(mail_archive, "Behörden/Asyl") == ASYLUM_LETTERS
    assert dialog.status.text() == "2 messages got a tag"
    assert dialog.undo_button.isEnabled()

    with qtbot.waitSignal(dialog.tags_changed, timeout=10_000):
        click(dialog.undo_button)
    assert tagged(mail_archive, "Behörden/Asyl") == set()
    assert dialog.status.text() == "2 messages changed back"
    assert not dialog.undo_button.isEnabled()


def test_unticking_a_rule_switches_it_off(qtbot: QtBot, mail_archive: Archive) -> None:
    mail_archive.organiser.save_rule("Asylum case", "Antrag", ["Asyl"])
    dialog = open_dialog(qtbot, mail_archive)
    item = dialog.rule_list.item(0)
    enabled_colour = item.foreground().color()

    item.setCheckState(Qt.CheckState.Unchecked)
    assert [rule.is_enabled for rule in mail_archive.organiser.rules()] == [False]
    assert not dialog.enabled_box.isChecked()
    greyed = dialog.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert item.foreground().color() == greyed != enabled_colour

    item.setCheckState(Qt.CheckState.Checked)
    assert [rule.is_enabled for rule in mail_archive.organiser.rules()] == [True]
    assert dialog.enabled_box.isChecked()


@pytest.mark.parametrize(
    ("answer", "rules_left"),
    [(QMessageBox.StandardButton.Yes, []), (QMessageBox.StandardButton.No, ["Asylum case"])],
)
def test_delete_asks_first_and_keeps_the_tags(
    qtbot: QtBot,
    mail_archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    rules_left: list[str],
) -> None:
    mail_archive.organiser.save_rule("Asylum case", "Antrag", ["Behörden/Asyl"])
    mail_archive.organiser.apply_rules(["Asylum case"])
    dialog = open_dialog(qtbot, mail_archive)
    questions: list[str] = []

    def ask(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", ask)
    with qtbot.waitSignal(dialog.tags_changed, timeout=500, raising=False) as emitted:
        click(dialog.delete_button)

    assert len(questions) == 1
    assert "stay on the messages" in questions[0]
    assert [rule.name for rule in mail_archive.organiser.rules()] == rules_left
    assert dialog.rule_list.count() == len(rules_left)
    assert emitted.signal_triggered == bool(answer == QMessageBox.StandardButton.Yes)
    assert tagged(mail_archive, "Behörden/Asyl") == ASYLUM_LETTERS


def test_tags_field_completes_the_last_name_from_existing_tags(
    qtbot: QtBot, mail_archive: Archive
) -> None:
    dialog = open_dialog(qtbot, mail_archive)
    completer = dialog.tag_completer
    type_text(dialog.tags_field, "Wichtig, bundes")

    assert completer.splitPath(dialog.tags_field.text()) == ["bundes"]
    completer.setCompletionPrefix("bundes")
    assert completer.currentCompletion() == "Wichtig, Bundestag"
