# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports from the window: File → Export takes the chosen conversations or what the list
shows; a watched person's menu exports their correspondence; the log is in the File menu."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QMenu

from correspondence_app.gui.dialogs.export_dialog import ExportDialog
from correspondence_app.gui.dialogs.export_log_dialog import ExportLogDialog
from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.settings import AppSettings
from correspondence_app.session_files import SessionFiles
from tests.unit.alerts.life_mail import FRIEND, every_few_days, letter, person_of

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
    mail += [letter("anna@example.org", moment, text="Grüße") for moment in moments[:3]]
    return archive_with_letters(mail, today="2024-03-08")


@pytest.fixture
def window(archive: Archive, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(archive, settings, SessionFiles())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.thread_model.rowCount() > 0, timeout=10_000)
    yield shown
    shown.clear()


def test_the_file_menu_exports_and_shows_the_log(window: MainWindow, qtbot: QtBot) -> None:
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    files = menus["&File"]
    assert isinstance(files, QMenu)
    texts = [action.text() for action in files.actions()]
    assert "&Export…" in texts
    assert "Export &log…" in texts
    window.exporting.log_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ExportLogDialog) is not None)


def test_what_is_exported_follows_the_list(window: MainWindow, archive: Archive) -> None:
    everything = window.exporting.current_selection()
    assert (everything.query, everything.threads) == ("*", False)
    window.search_bar.field.setText("Grüße")
    searched = window.exporting.current_selection()
    assert (searched.query, searched.threads) == ("Grüße", True)
    window.search_bar.field.setText("")
    chosen = window.thread_list.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1):
        chosen.select(window.thread_model.index(row, 0), flags)
    picked = window.exporting.current_selection()
    assert picked.threads
    assert len(picked.message_ids) == 2
    assert picked.described == "2 chosen conversations"


def test_a_watched_persons_correspondence_is_exported(
    window: MainWindow, archive: Archive, qtbot: QtBot
) -> None:
    window.exporting.export_person(person_of(archive, FRIEND))
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.selection.described == f"Correspondence with {FRIEND}"
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("1"), timeout=10_000)
    dialog.close()


def test_messages_chosen_in_a_conversation_are_exported_on_their_own(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    qtbot.waitUntil(lambda: window.conversation.current_message is not None, timeout=10_000)
    current = window.conversation.current_message
    assert current is not None
    menu = QMenu(window)
    window.exporting.fill_message_menu([current.summary.id], menu)
    [action] = [a for a in menu.actions() if a.text() == "E&xport these messages…"]
    action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.selection.message_ids == (current.summary.id,)
    assert not dialog.selection.threads
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("1 "), timeout=10_000)
    dialog.close()
