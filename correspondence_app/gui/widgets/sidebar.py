# SPDX-License-Identifier: GPL-3.0-or-later
"""The sidebar as a widget: choosing an entry narrows the thread list; its context menu
creates, renames, recolours, merges and deletes tags, drops folder tags and restores
dropped ones, and deletes saved searches."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMenu, QMessageBox, QTreeView, QWidget

from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.models.sidebar_model import (
    ALL_MAIL,
    ITEM_ID_ROLE,
    TAG_NAME_ROLE,
    Entry,
    SidebarData,
    SidebarModel,
    load_sidebar,
)
from correspondence_app.gui.widgets.sidebar_delegate import SidebarDelegate

if TYPE_CHECKING:
    from collections.abc import Callable

    from correspondence_app.services import Archive
    from correspondence_app.tagging.organiser import Organiser
    from correspondence_app.tagging.tags import TagInfo


class Sidebar(QTreeView):
    scope_changed = Signal(str)  # the query of the chosen entry ("" for all mail)
    tags_changed = Signal()  # tags were renamed, merged, deleted: the views read them again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar_model = SidebarModel(self)
        self.setModel(self.sidebar_model)
        self.setItemDelegate(SidebarDelegate(self))
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Folders, tags and dates"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.on_context_menu_requested)
        self.selectionModel().currentChanged.connect(self.on_current_changed)
        self._archive: Archive | None = None
        self._task: workers.Task | None = None
        self._generation = 0
        self.scope = ALL_MAIL
        self.dropped_tags: list[TagInfo] = []  # folder tags the user dropped, to restore

    # Filling ---------------------------------------------------------------------------------
    def set_archive(self, archive: Archive | None) -> None:
        self._archive = archive
        self._generation += 1
        if archive is None:
            self.sidebar_model.clear()
            self.dropped_tags = []
            self.scope = ALL_MAIL

    def reload(self) -> None:
        """Reads the counts in the background; the chosen entry stays chosen."""
        archive = self._archive
        if archive is None:
            return
        self._generation += 1
        generation = self._generation
        task = workers.Task(load_sidebar, archive)
        task.signals.finished.connect(workers.owned(self, self._fill, generation))
        self._task = workers.start(task)

    def _fill(self, generation: int, data: SidebarData) -> None:
        if generation != self._generation:
            return  # locked meanwhile, or a newer reload is on its way
        scope = self.scope
        blocked = self.selectionModel().blockSignals(True)
        self.sidebar_model.set_contents(data)
        self.dropped_tags = data.dropped
        for row in range(self.sidebar_model.rowCount()):
            index = self.sidebar_model.index(row, 0)
            # Saved searches and tags open; the long lists of folders and years closed.
            if self.sidebar_model.entry_at(index) is Entry.GROUP:
                first = self.sidebar_model.index(0, 0, index)
                self.setExpanded(
                    index, self.sidebar_model.entry_at(first) in (Entry.SAVED_SEARCH, Entry.TAG)
                )
        chosen = self.sidebar_model.index_of_scope(scope)
        if chosen.isValid():
            parent = chosen.parent()
            while parent.isValid():
                self.setExpanded(parent, True)
                parent = parent.parent()
            self.setCurrentIndex(chosen)
        else:
            self.setCurrentIndex(self.sidebar_model.index(0, 0))
        self.selectionModel().blockSignals(blocked)
        if not chosen.isValid() and scope != ALL_MAIL:
            self.scope = ALL_MAIL
            self.scope_changed.emit(ALL_MAIL)  # the entry went away (a deleted tag)

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        scope = self.sidebar_model.scope_at(current)
        if scope is not None and scope != self.scope:
            self.scope = scope
            self.scope_changed.emit(scope)

    # The context menu --------------------------------------------------------------------------
    def on_context_menu_requested(self, position: QPoint) -> None:
        menu = self.context_menu(self.indexAt(position))
        if menu is not None:
            menu.exec(self.viewport().mapToGlobal(position))

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        if self._archive is None:
            return None
        entry = self.sidebar_model.entry_at(index)
        name = index.data(TAG_NAME_ROLE)
        item_id = index.data(ITEM_ID_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("&New tag…"), self.on_new_tag)
        if entry is Entry.TAG and name:
            menu.addSeparator()
            menu.addAction(self.tr("&Rename…"), lambda: self.on_rename_tag(str(name)))
            if item_id is not None:
                menu.addAction(self.tr("&Colour…"), lambda: self.on_recolor_tag(int(item_id)))
                menu.addAction(
                    self.tr("&Merge into…"), lambda: self.on_merge_tag(int(item_id), str(name))
                )
                menu.addAction(
                    self.tr("&Delete tag"), lambda: self.on_delete_tag(int(item_id), str(name))
                )
        elif entry is Entry.IMPORTED and item_id is not None:
            menu.addSeparator()
            menu.addAction(
                self.tr("&Merge into one of my tags…"),
                lambda: self.on_merge_tag(int(item_id), str(name)),
            )
            menu.addAction(
                self.tr("&Drop this folder's tag"),
                lambda: self.on_delete_tag(int(item_id), str(name), is_own=False),
            )
        elif entry is Entry.SAVED_SEARCH and item_id is not None:
            menu.addSeparator()
            menu.addAction(
                self.tr("&Delete saved search"), lambda: self.on_delete_saved_search(int(item_id))
            )
        if self.dropped_tags:
            menu.addSeparator()
            restore = menu.addMenu(self.tr("Res&tore a dropped folder tag"))
            for tag in self.dropped_tags:
                restore.addAction(tag.name, self._restorer(tag.id))
        return menu

    def _restorer(self, tag_id: int) -> Callable[[], None]:
        return lambda: self.on_restore_tag(tag_id)

    @property
    def organiser(self) -> Organiser | None:
        return self._archive.organiser if self._archive is not None else None

    def _run(self, change: object) -> None:
        """Runs a change of tags, says what went wrong if it did, and reloads."""
        try:
            if callable(change):
                change()
        except ValueError as error:  # TagError, TagNameError: the user's to fix
            QMessageBox.warning(self, self.tr("Tags"), error_text(error))
            return
        self.tags_changed.emit()
        self.reload()

    def on_new_tag(self) -> None:
        organiser = self.organiser
        name, ok = QInputDialog.getText(
            self, self.tr("New tag"), self.tr("Name (use / to nest, e.g. Authorities/Embassy):")
        )
        if ok and name.strip() and organiser is not None:
            self._run(lambda: organiser.create_tag(name))

    def on_rename_tag(self, name: str) -> None:
        organiser = self.organiser
        new_name, ok = QInputDialog.getText(
            self,
            self.tr("Rename tag"),
            self.tr("New name for “%1”:").replace("%1", name),
            text=name,
        )
        if ok and new_name.strip() and new_name != name and organiser is not None:
            self._run(lambda: organiser.rename_tag(name, new_name))

    def on_recolor_tag(self, tag_id: int) -> None:
        organiser = self.organiser
        color = QColorDialog.getColor(parent=self, title=self.tr("Tag colour"))
        if color.isValid() and organiser is not None:
            self._run(lambda: organiser.recolor_tag(tag_id, color.name()))

    def on_merge_tag(self, tag_id: int, name: str) -> None:
        organiser = self.organiser
        if organiser is None:
            return
        targets = [t.name for t in organiser.tags() if t.id != tag_id and t.kind.value == "user"]
        if not targets:
            QMessageBox.information(
                self,
                self.tr("Merge tags"),
                self.tr("Create a tag of your own to merge into first."),
            )
            return
        target, ok = QInputDialog.getItem(
            self,
            self.tr("Merge tags"),
            self.tr("Give every message of “%1” the tag:").replace("%1", name),
            targets,
            0,
            False,
        )
        if ok:
            target_id = next(t.id for t in organiser.tags() if t.name == target)
            self._run(lambda: organiser.merge_tags(tag_id, target_id))

    def on_delete_tag(self, tag_id: int, name: str, *, is_own: bool = True) -> None:
        """Deletes a tag of the user's (``is_own``), or drops a folder's, after asking."""
        organiser = self.organiser
        if organiser is None or (is_own and self._given_by_rules(organiser, name)):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete tag"),
            self.tr("Remove “%1” from every message? The messages themselves stay.").replace(
                "%1", name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: organiser.delete_tag(tag_id))

    def _given_by_rules(self, organiser: Organiser, name: str) -> bool:
        """Says which rules give the tag, which is then not deleted: a rule left without
        its tag would tag nothing, or less than it was written for."""
        rules = [rule.name for rule in organiser.rules() if name in rule.tags]
        if not rules:
            return False
        if len(rules) == 1:
            text = self.tr(
                "The rule “%1” gives the tag “%2”. Change that rule or delete it first, "
                "then delete the tag."
            )
            named = rules[0]
        else:
            text = self.tr(
                "The rules %1 give the tag “%2”. Change those rules or delete them first, "
                "then delete the tag."
            )
            quoted = self.tr("“%1”", "a rule's name in a list of rules")
            named = ", ".join(quoted.replace("%1", rule) for rule in rules)
        QMessageBox.warning(
            self,
            self.tr("Delete tag"),
            re.sub(r"%([12])", lambda m: named if m[1] == "1" else name, text),
        )
        return True

    def on_restore_tag(self, tag_id: int) -> None:
        """Keeps a dropped folder's tag again, on every message found there."""
        organiser = self.organiser
        if organiser is not None:
            self._run(lambda: organiser.restore_imported_tag(tag_id))

    def on_delete_saved_search(self, search_id: int) -> None:
        organiser = self.organiser
        if organiser is not None:
            self._run(lambda: organiser.delete_saved_search(search_id))
