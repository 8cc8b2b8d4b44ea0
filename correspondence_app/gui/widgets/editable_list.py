# SPDX-License-Identifier: GPL-3.0-or-later
"""A list the user adds to and removes from: the list under its caption, a field with an
Add button below it, and Remove for the item chosen. What adding and removing mean is the
owner's business: two functions that make the change, show the items anew and say whether
it was made."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QListWidget, QWidget

from correspondence_app.gui.widgets.forms import (
    IdRole,
    column,
    line_edit,
    plain_button,
    row,
    wrapped_label,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from PySide6.QtWidgets import QListWidgetItem


class EditableList(QWidget):
    def __init__(
        self,
        caption: str,
        name: str,
        *,
        field: tuple[str, str],
        buttons: tuple[str, str, str],
        add: Callable[[str], bool],
        remove: Callable[[Any], bool],
        parent: QWidget | None = None,
    ) -> None:
        """``name``: the list's name for screen readers; ``field``: the field's name and an
        example shown in it; ``buttons``: Add's text, Remove's text and Remove's name.
        ``add`` gets the field's text (stripped; Add, or Return in the field), the field is
        emptied when it returns True; ``remove`` gets the IdRole data of the item chosen."""
        super().__init__(parent)
        self._add, self._remove = add, remove
        self.caption = wrapped_label(caption)
        self.records = QListWidget()
        self.records.setAccessibleName(name)
        self.caption.setBuddy(self.records)
        self.field = line_edit(*field)
        add_text, remove_text, remove_name = buttons
        self.add_button = plain_button(add_text, self.on_add_button_clicked)
        self.remove_button = plain_button(remove_text, self.on_remove_button_clicked)
        self.remove_button.setAccessibleName(remove_name)
        adding = row((self.field, 1), self.add_button, self.remove_button)
        column(self.caption, (self.records, 1), adding, parent=self).setContentsMargins(0, 0, 0, 0)
        self.records.currentItemChanged.connect(self._update_buttons)
        self.field.textChanged.connect(self._update_buttons)
        self.field.returnPressed.connect(self.on_add_button_clicked)
        self._update_buttons()

    def show_items(self, items: Iterable[QListWidgetItem]) -> None:
        """Shows these items instead; none is chosen."""
        self.records.clear()
        for item in items:
            self.records.addItem(item)
        self._update_buttons()

    def on_add_button_clicked(self) -> None:
        if (text := self.field.text().strip()) and self._add(text):
            self.field.clear()

    def on_remove_button_clicked(self) -> None:
        item = self.records.currentItem()
        if item is not None:
            self._remove(item.data(IdRole))

    def _update_buttons(self, *_args: object) -> None:
        self.add_button.setEnabled(bool(self.field.text().strip()))
        self.remove_button.setEnabled(self.records.currentItem() is not None)
