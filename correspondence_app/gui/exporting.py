# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports from the window: File → Export (the chosen conversations, else what the list
shows), a person's correspondence from the overview, and the export log. Kept apart from
the main window, which it reads the choice from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from correspondence_app.export.source import EVERYTHING, Selection
from correspondence_app.gui.dialogs.export_dialog import ExportDialog
from correspondence_app.gui.dialogs.export_log_dialog import ExportLogDialog
from correspondence_app.gui.export_words import Phrase

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from correspondence_app.gui.main_window import MainWindow


CONTEXT = "Exporting"  # of self.tr() here


class Exporting(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.on_export)
        self.log_action = QAction(self.tr("Export &log…"), window)
        self.log_action.triggered.connect(self.on_log)
        window.conversation.menu_extenders.append(self.fill_message_menu)

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.export_action)
        menu.addAction(self.log_action)

    def current_selection(self) -> Selection:
        """The chosen conversations when more than the open one is chosen, else what the
        list shows (the sidebar's entry, the dates, the search), else everything."""
        return self._current()[0]

    def _current(self) -> tuple[Selection, Phrase | None]:
        """The current selection, and how its description was worded."""
        window = self._window
        archive = window.archive
        chosen = window.chosen_thread_ids()
        if archive is not None and len(window.thread_list.selectionModel().selectedRows()) > 1:
            first = [archive.thread(t).messages[0].id for t in chosen]
            return Selection(
                message_ids=tuple(first),
                threads=True,
                description=self.tr("%Ln chosen conversation(s)", "", len(first)),
            ), Phrase(CONTEXT, "%Ln chosen conversation(s)", len(first))
        query = window.effective_query()
        return Selection(query=query or EVERYTHING, threads=bool(query)), None

    def on_export(self) -> None:
        self.open(*self._current())

    def fill_message_menu(self, message_ids: list[int], menu: QMenu) -> None:
        """The messages chosen in a conversation, on their own."""
        if not message_ids:
            return
        chosen = tuple(message_ids)
        description = self.tr("%Ln chosen message(s)", "", len(chosen))
        phrase = Phrase(CONTEXT, "%Ln chosen message(s)", len(chosen))
        menu.addSeparator()
        menu.addAction(
            self.tr("E&xport these messages…"),
            lambda: self.open(Selection(message_ids=chosen, description=description), phrase),
        )

    def export_person(self, person_id: int) -> None:
        """Everything to and from the person, at any of their addresses."""
        archive = self._window.archive
        if archive is None:
            return
        person = archive.people.person(person_id)
        description = self.tr("Correspondence with %1").replace("%1", person.name)
        phrase = Phrase(CONTEXT, "Correspondence with %1", argument=person.name)
        selection = Selection(query=person.mail_query, threads=True, description=description)
        self.open(selection, phrase)

    def open(self, selection: Selection, phrase: Phrase | None = None) -> ExportDialog | None:
        """The export dialog for ``selection``, whose description ``phrase`` worded."""
        archive = self._window.archive
        if archive is None:
            return None
        dialog = ExportDialog(archive, selection, self._window, phrase=phrase)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def clear(self) -> None:
        """Before locking: an export under way stops (it leaves nothing behind) rather than
        go on reading the archive after it is locked, and its dialog closes."""
        for dialog in self._window.findChildren(ExportDialog):
            dialog.close()

    def on_log(self) -> None:
        archive = self._window.archive
        if archive is None:
            return
        dialog = ExportLogDialog(archive, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
