# SPDX-License-Identifier: GPL-3.0-or-later
"""The sidebar's context menu on a real archive: renaming, recolouring, merging, deleting
and undoing tags, dropping and restoring a folder's tag; saved-search counts that stay in
view; and topic suggestions that leave the window free."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QStyleOptionViewItem,
)

from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.models.sidebar_model import Entry
from correspondence_app.services import Archive
from tests.gui.main_windows import shown_window
from tests.gui.test_organising import entries

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from PySide6.QtGui import QAction
    from pytestqt.qtbot import QtBot


def tag_some(archive: Archive) -> None:
    archive.organiser.tag_query("Antrag", add=["Akte"])  # asyl1, asyl2
    archive.organiser.tag_query("from:bundestag.example", add=["Ziel"])  # mdb


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    with shown_window(qtbot, tmp_path, monkeypatch, prepare=tag_some) as shown:
        qtbot.waitUntil(lambda: "Akte (2)" in entries(shown, Entry.TAG))
        yield shown


def menu_action(menu: QMenu, text: str) -> QAction:
    """The action of the menu (or one of its submenus) with this text."""
    for action in menu.actions():
        if action.text() == text:
            return action
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found = [a for a in submenu.actions() if a.text() == text]
            if found:
                return found[0]
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def choose(window: MainWindow, entry: Entry, text: str, action: str) -> None:
    """Chooses ``action`` in the context menu of the sidebar entry shown as ``text``."""
    menu = window.sidebar.context_menu(entries(window, entry)[text])
    assert menu is not None
    menu_action(menu, action).trigger()


def tagged(window: MainWindow, query: str) -> int:
    assert window.archive is not None
    return len(window.archive.search(query, limit=1000))


def test_a_tag_is_renamed_from_the_sidebar(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Verfahren/Asyl", True))
    choose(window, Entry.TAG, "Akte (2)", "&Rename…")
    qtbot.waitUntil(lambda: "Asyl (2)" in entries(window, Entry.TAG))
    assert "Verfahren" in entries(window, Entry.TAG)  # the new parent
    assert "Akte (2)" not in entries(window, Entry.TAG)
    assert tagged(window, "tag:Verfahren/Asyl") == 2
    assert tagged(window, "tag:Akte") == 0


def test_a_tag_is_recoloured_from_the_sidebar(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", lambda *_a, **_k: QColor("#aa3300"))
    choose(window, Entry.TAG, "Akte (2)", "&Colour…")

    def swatch() -> str:
        icon = entries(window, Entry.TAG)["Akte (2)"].data(Qt.ItemDataRole.DecorationRole)
        return str(icon.pixmap(12, 12).toImage().pixelColor(6, 6).name())

    qtbot.waitUntil(lambda: swatch() == "#aa3300")  # the sidebar reads it again
    marks = {
        mark
        for row in range(window.thread_model.rowCount())
        for mark in window.thread_model.row_at(row).tags  # type: ignore[union-attr]
    }
    assert ("Akte", "#aa3300") in marks  # and so does the thread list


def test_a_merge_from_the_sidebar_is_undone_with_one_step(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("Ziel", True))
    choose(window, Entry.TAG, "Akte (2)", "&Merge into…")
    qtbot.waitUntil(lambda: "Ziel (3)" in entries(window, Entry.TAG))
    assert not [text for text in entries(window, Entry.TAG) if text.startswith("Akte")]
    window.organising.undo_action.trigger()
    assert "Undid" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: {"Akte (2)", "Ziel (1)"} <= set(entries(window, Entry.TAG)))
    assert tagged(window, "tag:Akte") == 2


def test_a_tag_is_deleted_from_the_sidebar_and_comes_back_with_undo(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    choose(window, Entry.TAG, "Akte (2)", "&Delete tag")
    assert "Akte" in asked[0]
    qtbot.waitUntil(lambda: "Akte (2)" not in entries(window, Entry.TAG))
    assert tagged(window, "tag:Akte") == 0
    window.organising.undo_action.trigger()
    qtbot.waitUntil(lambda: "Akte (2)" in entries(window, Entry.TAG))
    assert tagged(window, "tag:Akte") == 2


def test_deleting_a_tag_a_rule_gives_says_which_rule(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.archive is not None
    window.archive.organiser.save_rule("Anträge", "Antrag", ["Akte"])
    asked: list[object] = []
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **_k: asked.append(args))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_k: warned.append(str(args[2])))
    choose(window, Entry.TAG, "Akte (2)", "&Delete tag")
    assert warned == [
        "The rule “Anträge” gives the tag “Akte”. Change that rule or delete it first, "
        "then delete the tag."
    ]
    assert asked == []  # refused before asking
    assert tagged(window, "tag:Akte") == 2
    assert [rule.tags for rule in window.archive.organiser.rules()] == [("Akte",)]
    window.archive.organiser.save_rule("Akten", "Anfrage", ["Akte", "Ziel"])
    choose(window, Entry.TAG, "Akte (2)", "&Delete tag")
    assert warned[1].startswith("The rules “Akten”, “Anträge” give the tag “Akte”.")


def test_a_dropped_folder_tag_is_restored_from_the_sidebar(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    choose(window, Entry.IMPORTED, "Asyl (2)", "&Drop this folder's tag")
    qtbot.waitUntil(lambda: "Asyl (2)" not in entries(window, Entry.IMPORTED))
    assert [tag.name for tag in window.sidebar.dropped_tags] == ["Asyl"]
    # The menu offers it back wherever it is opened, also on a tag of one's own.
    choose(window, Entry.TAG, "Akte (2)", "Asyl")
    qtbot.waitUntil(lambda: "Asyl (2)" in entries(window, Entry.IMPORTED))
    assert window.sidebar.dropped_tags == []
    assert tagged(window, "tag:Asyl") == 2
    menu = window.sidebar.context_menu(entries(window, Entry.TAG)["Akte (2)"])
    assert menu is not None
    assert "Res&tore a dropped folder tag" not in [a.text() for a in menu.actions()]


def test_a_long_saved_search_name_keeps_its_count_in_view(window: MainWindow, qtbot: QtBot) -> None:
    assert window.archive is not None
    name = "Unbeantwortete Briefe an Behörden und Ministerien"
    window.archive.organiser.save_search(name, "Antrag")
    window.sidebar.reload()
    shown = f"{name} (2)"
    qtbot.waitUntil(lambda: shown in entries(window, Entry.SAVED_SEARCH))
    window.splitter.setSizes([170, 600, 600])
    index = entries(window, Entry.SAVED_SEARCH)[shown]
    option = QStyleOptionViewItem()
    option.initFrom(window.sidebar)
    option.rect = window.sidebar.visualRect(index)
    assert 0 < option.rect.width() < option.fontMetrics.horizontalAdvance(shown)
    window.sidebar.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
    assert option.text.endswith("… (2)")
    assert option.text.startswith("Unbeantwortet")
    assert option.fontMetrics.horizontalAdvance(option.text) <= option.rect.width()


def test_topic_suggestions_leave_the_window_free(window: MainWindow, qtbot: QtBot) -> None:
    from correspondence_app.gui.dialogs.topics_dialog import TopicsDialog

    window.organising.topics_action.trigger()
    [dialog] = window.findChildren(TopicsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowModality() == Qt.WindowModality.NonModal
    assert QApplication.activeModalWidget() is None  # the window takes input meanwhile
    window.search_bar.field.setText("Antrag")
    qtbot.waitUntil(lambda: window.thread_model.rowCount() == 1)
    window.organising.topics_action.trigger()  # the open one comes to the front
    assert window.findChildren(TopicsDialog) == [dialog]
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=20_000)
    window.organising.set_archive_open(False)  # locking closes it
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.organising.topics_dialog is None
