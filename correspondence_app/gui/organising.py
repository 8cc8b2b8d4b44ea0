# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's Organise menu: tagging chosen conversations, undo, saved searches, rules
and topic suggestions. Kept apart from the main window, which it acts on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.dialogs.rules_dialog import RulesDialog
from correspondence_app.gui.dialogs.topics_dialog import TopicsDialog
from correspondence_app.gui.widgets.tag_menu import ThreadTagger

if TYPE_CHECKING:
    from correspondence_app.gui.main_window import MainWindow


class Organising(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.tagger = ThreadTagger(window)
        self.tagger.tags_changed.connect(self.on_threads_tagged)
        self.undo_action = self._action(
            self.tr("&Undo tagging"), self.tagger.undo, QKeySequence.StandardKey.Undo
        )
        self.add_tag_action = self._action(self.tr("&Add tag…"), self.on_add_tag, "Ctrl+T")
        self.save_search_action = self._action(
            self.tr("Save &search…"), self.on_save_search, "Ctrl+Shift+S"
        )
        self.rules_action = self._action(self.tr("&Rules…"), self.on_rules)
        self.topics_action = self._action(self.tr("&Topic suggestions…"), self.on_topics)
        self.topics_dialog: TopicsDialog | None = None  # open beside the window, if it is

    def _action(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        return action

    def set_archive_open(self, is_open: bool) -> None:
        archive = self._window.archive
        self.tagger.organiser = archive.organiser if is_open and archive is not None else None
        if not is_open and self.topics_dialog is not None:
            self.topics_dialog.close()  # its search stops: the archive is being locked

    def fill_menu(self, menu: QMenu) -> None:
        for action in (self.add_tag_action, self.save_search_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.rules_action)
        menu.addAction(self.topics_action)

    def on_add_tag(self) -> None:
        ids = self._window.chosen_thread_ids()
        if ids:
            self.tagger.ask_and_add(ids)

    def on_save_search(self) -> None:
        window = self._window
        archive, query = window.archive, window.effective_query()
        if archive is None:
            return
        if not query:
            window.statusBar().showMessage(self.tr("Type a search first, then save it."), 5000)
            return
        name, ok = QInputDialog.getText(
            window, self.tr("Save search"), self.tr("Name for “%1”:").replace("%1", query)
        )
        if not ok or not name.strip():
            return
        try:
            archive.organiser.save_search(name, query)
        except ValueError as error:  # a name in use; a query that does not parse
            QMessageBox.warning(window, self.tr("Save search"), error_text(error))
            return
        window.sidebar.reload()

    def on_rules(self) -> None:
        self._open(RulesDialog)

    def on_topics(self) -> None:
        """Topic suggestions open beside the window, which stays usable while they are found
        (a minute at 100,000 messages); opened again, the open one comes to the front."""
        if self.topics_dialog is not None:
            self.topics_dialog.raise_()
            self.topics_dialog.activateWindow()
            return
        dialog = self._open(TopicsDialog)
        if isinstance(dialog, TopicsDialog):
            self.topics_dialog = dialog
            dialog.finished.connect(self.on_topics_dialog_finished)

    def on_topics_dialog_finished(self) -> None:
        self.topics_dialog = None

    def _open(self, kind: type[RulesDialog | TopicsDialog]) -> RulesDialog | TopicsDialog | None:
        """Opens a dialog that changes tags; the window shows them again after each change.
        The rules are edited in front of the window; the topics dialog does not block it."""
        window = self._window
        if window.archive is None:
            return None
        dialog = kind(window.archive.organiser, window)
        dialog.tags_changed.connect(window.on_tags_changed)
        dialog.tags_changed.connect(window.sidebar.reload)
        dialog.finished.connect(window.sidebar.reload)  # saving a rule may have made tags
        dialog.finished.connect(dialog.deleteLater)
        if kind is TopicsDialog:
            dialog.setWindowModality(Qt.WindowModality.NonModal)
            dialog.show()
        else:
            dialog.open()
        return dialog

    def on_threads_tagged(self, said: str) -> None:
        window = self._window
        window.statusBar().showMessage(said, 5000)
        window.conversation.refresh_tags()
        window.refresh_tag_marks()
        window.sidebar.reload()
        if "tag:" in window.effective_query():
            window.run_search()
