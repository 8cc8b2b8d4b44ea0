# SPDX-License-Identifier: GPL-3.0-or-later
"""Tagging chosen conversations: a menu to add a tag (new or existing) and to remove
the tags they carry, each change one step that Edit > Undo takes back."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from correspondence_app.gui.core_messages import error_text
from correspondence_app.storage.organise_tables import TagKind

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from correspondence_app.tagging.organiser import Organiser
    from correspondence_app.tagging.tags import Change


class ThreadTagger(QObject):
    tags_changed = Signal(str)  # what was done, for the status bar

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._widget = parent_widget
        self.organiser: Organiser | None = None

    def menu_for(self, thread_ids: Sequence[int], menu: QMenu) -> None:
        """Adds the tagging entries for these conversations to ``menu``."""
        organiser = self.organiser
        if organiser is None or not thread_ids:
            return
        ids = list(thread_ids)
        menu.addAction(self.tr("&Add tag…"), lambda: self.ask_and_add(ids))
        carried = self._carried(organiser, ids)
        removable = [
            tag for tag in organiser.tags() if tag.id in carried and tag.kind is TagKind.USER
        ]
        remove_menu = menu.addMenu(self.tr("&Remove tag"))
        remove_menu.setEnabled(bool(removable))
        for tag in removable:
            remove_menu.addAction(tag.name, functools.partial(self.remove, ids, tag.id, tag.name))

    # What is tagged: conversations here, single messages in MessageTagger.
    def _carried(self, organiser: Organiser, ids: list[int]) -> set[int]:
        return {tag_id for tags in organiser.tags_of_threads(ids).values() for tag_id in tags}

    def _tag(
        self,
        organiser: Organiser,
        ids: Sequence[int],
        add: Sequence[int] = (),
        remove: Sequence[int] = (),
    ) -> Change:
        return organiser.tag_threads(ids, add=add, remove=remove)

    def _prompt(self, count: int) -> str:
        return self.tr("Tag for %Ln conversation(s) (a new name creates the tag):", "", count)

    def ask_and_add(self, thread_ids: Sequence[int]) -> None:
        organiser = self.organiser
        if organiser is None:
            return
        names = [tag.name for tag in organiser.tags() if tag.kind is TagKind.USER]
        name, ok = QInputDialog.getItem(
            self._widget,
            self.tr("Add tag"),
            self._prompt(len(thread_ids)),
            names,
            0,
            True,
        )
        if ok and name.strip():
            self.add(thread_ids, name)

    def add(self, thread_ids: Sequence[int], name: str) -> None:
        organiser = self.organiser
        if organiser is None:
            return

        def change() -> Change:
            [tag_id] = organiser.tags_for_names([name])
            return self._tag(organiser, thread_ids, add=[tag_id])

        label = name.strip()
        self._apply(
            change, lambda n: self.tr("Tagged %Ln message(s) “%1”", "", n).replace("%1", label)
        )

    def remove(self, thread_ids: Sequence[int], tag_id: int, name: str) -> None:
        organiser = self.organiser
        if organiser is not None:
            self._apply(
                lambda: self._tag(organiser, thread_ids, remove=[tag_id]),
                lambda n: self.tr("Removed “%1” from %Ln message(s)", "", n).replace("%1", name),
            )

    def undo(self) -> None:
        organiser = self.organiser
        if organiser is not None:
            self._apply(
                organiser.undo,
                lambda n: self.tr("Undid the last tagging: %Ln message(s) changed back", "", n),
            )

    def _apply(self, change: Callable[[], Change], said: Callable[[int], str]) -> None:
        try:
            result = change()
        except ValueError as error:  # a name that cannot be a tag's
            QMessageBox.warning(self._widget, self.tr("Tags"), error_text(error))
            return
        if result.change_set_id is None:
            self.tags_changed.emit(self.tr("Nothing to change"))
            return
        self.tags_changed.emit(said(result.changed))


class MessageTagger(ThreadTagger):
    """The same for single messages of a conversation."""

    def _carried(self, organiser: Organiser, ids: list[int]) -> set[int]:
        return {tag_id for tags in organiser.tags_of_messages(ids).values() for tag_id in tags}

    def _tag(
        self,
        organiser: Organiser,
        ids: Sequence[int],
        add: Sequence[int] = (),
        remove: Sequence[int] = (),
    ) -> Change:
        return organiser.tag_messages(ids, add=add, remove=remove)

    def _prompt(self, count: int) -> str:
        return self.tr("Tag for %Ln message(s) (a new name creates the tag):", "", count)
