# SPDX-License-Identifier: GPL-3.0-or-later
"""Tags, saved searches, dates and notes in the main window, on a real archive."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.models.sidebar_model import TAG_NAME_ROLE, Entry
from tests.gui.main_windows import shown_window

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from PySide6.QtCore import QModelIndex
    from pytestqt.qtbot import QtBot


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    with shown_window(qtbot, tmp_path, monkeypatch) as shown:
        qtbot.waitUntil(lambda: shown.sidebar_model.rowCount() > 0)
        qtbot.waitUntil(lambda: shown.thread_model.rowCount() > 0)
        yield shown


def entries(window: MainWindow, entry: Entry) -> dict[str, QModelIndex]:
    """The sidebar's entries of one kind, by their text."""
    model, found = window.sidebar_model, {}

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if model.entry_at(index) is entry:
                found[index.data()] = index
            walk(index)

    from PySide6.QtCore import QModelIndex as Index

    walk(Index())
    return found


def shown_subjects(window: MainWindow) -> set[str]:
    rows = (window.thread_model.row_at(i) for i in range(window.thread_model.rowCount()))
    return {row.subject for row in rows if row is not None}


def test_the_sidebar_lists_folders_tags_and_dates_and_narrows_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported = entries(window, Entry.IMPORTED)
    assert {"Asyl (2)", "Sent (2)", "Bundestag (1)"} <= set(imported)
    dates = entries(window, Entry.DATE)
    assert "2023 (6)" in dates
    window.sidebar.setCurrentIndex(imported["Asyl (2)"])
    qtbot.waitUntil(lambda: shown_subjects(window) == {"Antrag auf Asyl", "Больница"})
    window.sidebar.setCurrentIndex(dates["2023 (6)"])
    qtbot.waitUntil(lambda: len(shown_subjects(window)) == 5)  # six messages, five threads


def test_tagging_chosen_conversations_shows_the_tag_and_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.thread_list.selectAll()
    ids = window.chosen_thread_ids()
    assert len(ids) == window.thread_model.rowCount()
    window.organising.tagger.add(ids[:2], "Behörden/Botschaft")
    qtbot.waitUntil(lambda: "Botschaft (" in " ".join(entries(window, Entry.TAG)))
    [tag] = [i for text, i in entries(window, Entry.TAG).items() if text.startswith("Botschaft")]
    assert tag.data(TAG_NAME_ROLE) == "Behörden/Botschaft"
    assert tag.parent().data() == "Behörden"  # nested under its parent
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    assert "Behörden/Botschaft" in window.conversation.tags.text()
    window.sidebar.setCurrentIndex(tag.parent())  # the parent finds its children's mail
    qtbot.waitUntil(lambda: window.thread_model.rowCount() == 2)
    window.organising.undo_action.trigger()
    assert "Undid" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "Botschaft (0)" in entries(window, Entry.TAG))
    assert window.archive is not None
    assert window.archive.search("tag:Behörden") == []


def test_a_saved_search_appears_with_its_count(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window.search_bar.field.setText("Antrag")
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Anträge", True))
    window.organising.save_search_action.trigger()
    qtbot.waitUntil(lambda: "Anträge (2)" in entries(window, Entry.SAVED_SEARCH))


def test_notes_are_saved_when_moving_on_and_shown_again(window: MainWindow, qtbot: QtBot) -> None:
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    notes = window.conversation.notes
    assert notes.isEnabled()
    message = window.conversation.current_message
    assert message is not None
    notes.message_note.editor.setPlainText("Übersetzung: alles gut")
    notes.thread_note.editor.setPlainText("Kontext des Gesprächs")
    window.thread_list.setCurrentIndex(window.thread_model.index(1, 0))  # saves on the way
    assert notes.message_note.editor.toPlainText() == ""
    assert window.archive is not None
    assert [hit.summary.id for hit in window.archive.search("note:Übersetzung")] == [
        message.summary.id
    ]
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    assert notes.message_note.editor.toPlainText() == "Übersetzung: alles gut"
    assert notes.thread_note.editor.toPlainText() == "Kontext des Gesprächs"
    assert "Saved" in notes.message_note.state.text()
    # Typing alone saves after a moment, too.
    notes.message_note.editor.setPlainText("Übersetzung: geändert")
    qtbot.waitUntil(lambda: not notes.message_note.is_dirty, timeout=3_000)
    assert window.archive.organiser.note(message.summary.id).text == "Übersetzung: geändert"  # type: ignore[union-attr]


def test_the_organise_menu_opens_the_rules(window: MainWindow, qtbot: QtBot) -> None:
    from correspondence_app.gui.dialogs.rules_dialog import RulesDialog

    assert window.archive is not None
    window.archive.organiser.save_rule("Asyl", "Antrag", ["Asylverfahren"])
    window.organising.rules_action.trigger()
    [dialog] = window.findChildren(RulesDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.rule_list.count() == 1
    dialog.rule_list.setCurrentRow(0)
    dialog.apply_button.click()
    qtbot.waitUntil(
        lambda: "Asylverfahren (" in " ".join(entries(window, Entry.TAG)), timeout=10_000
    )
    dialog.close()


def test_choosing_dates_on_the_timeline_narrows_the_list(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    view = window.timeline.view
    qtbot.waitUntil(lambda: len(view.buckets) > 0)  # read in the background
    # Half a year of mail is shown by week: from the week of 2 March to that of 20 March.
    labels = [view.period_name(index) for index in range(len(view.buckets))]
    first, last = labels.index("Week 9, 2023"), labels.index("Week 12, 2023")
    y = view.chart_rect.center().y()
    left = Qt.MouseButton.LeftButton
    nothing = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(view, left, nothing, QPoint(view.x_of(first), y))
    QTest.mouseMove(view, QPoint(view.x_of(last), y))
    QTest.mouseRelease(view, left, nothing, QPoint(view.x_of(last), y))
    assert window.timeline.condition == "date:2023-02-27..2023-03-26"
    qtbot.waitUntil(lambda: shown_subjects(window) == {"Ihr Schreiben", "Nachfrage"})
    window.timeline.clear_button.click()
    assert window.timeline.condition == ""
    qtbot.waitUntil(lambda: len(shown_subjects(window)) == 5)


def test_listed_conversations_show_their_tags(window: MainWindow, qtbot: QtBot) -> None:
    from correspondence_app.gui.models.thread_list_model import TAGS_ROLE

    model = window.thread_model
    first = model.row_at(0)
    assert first is not None
    assert first.tags == ()
    window.organising.tagger.add([first.thread_id], "Wichtig")
    assert model.index(0, 0).data(TAGS_ROLE) == (("Wichtig", ""),)
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Wichtig" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    window.search_bar.field.setText("tag:Wichtig")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).snippet is not None)  # type: ignore[union-attr]
    assert model.index(0, 0).data(TAGS_ROLE) == (("Wichtig", ""),)


def test_single_messages_of_a_conversation_are_tagged(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import QItemSelectionModel

    window.sidebar.setCurrentIndex(entries(window, Entry.IMPORTED)["Asyl (2)"])
    qtbot.waitUntil(lambda: "Antrag auf Asyl" in shown_subjects(window))
    row = next(
        i for i in range(window.thread_model.rowCount())
        if window.thread_model.row_at(i).subject == "Antrag auf Asyl"  # type: ignore[union-attr]
    )  # fmt: skip
    window.thread_list.setCurrentIndex(window.thread_model.index(row, 0))
    tree = window.conversation.tree
    assert window.conversation.messages.rowCount() == 2  # the letter and its answer
    tree.selectionModel().select(
        window.conversation.messages.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    [chosen] = window.conversation.chosen_message_ids()
    window.conversation.tagger.add([chosen], "Original")
    assert window.archive is not None
    assert [hit.summary.id for hit in window.archive.search("tag:Original")] == [chosen]
    assert "Original" in window.conversation.tags.text()
    assert "Original" in window.statusBar().currentMessage()
