# SPDX-License-Identifier: GPL-3.0-or-later
"""What the dialogs are built from: rows and columns of widgets, forms whose fields grow,
button boxes, a list of records under its label with its buttons, and the question asked
before something is deleted. The words are the caller's, translated in its context."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

IdRole: Final = Qt.ItemDataRole.UserRole  # the id of the record a list item stands for


class Stretch:
    """The room left, as a part of a row or a column."""


STRETCH: Final = Stretch()
# A widget or a layout; with a number, its share of the room left.
Part = QWidget | QLayout | tuple[QWidget | QLayout, int] | Stretch


def row(*parts: Part) -> QHBoxLayout:
    """The parts side by side: ``row(ok, cancel, STRETCH)``, ``row(label, (field, 1))``."""
    return _filled(QHBoxLayout(), parts)


def column(*parts: Part, parent: QWidget | None = None) -> QVBoxLayout:
    """The parts one below the other; with ``parent``, its layout."""
    return _filled(QVBoxLayout(parent) if parent is not None else QVBoxLayout(), parts)


def _filled[L: QBoxLayout](layout: L, parts: Sequence[Part]) -> L:
    for part in parts:
        if isinstance(part, Stretch):
            layout.addStretch(1)
            continue
        added, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(added, QLayout):
            layout.addLayout(added, stretch)
        else:
            layout.addWidget(added, stretch)
    return layout


def growing_form(*rows: tuple[str | QWidget, QWidget | QLayout]) -> QFormLayout:
    """Labels and their fields; the fields take the width there is, on every platform."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for label, field in rows:
        item = field.itemAt(0) if isinstance(field, QLayout) and field.count() else None
        first = item.widget() if item is not None else None
        if isinstance(label, str) and first is not None:
            # A row of several fields: its label's shortcut goes to the first of them (a
            # label given as text and a layout would show its "&" instead).
            text = QLabel(label)
            text.setBuddy(first)
            form.addRow(text, field)
        else:
            form.addRow(label, field)
    return form


def wrapped_label(text: str = "") -> QLabel:
    """A sentence or two that wrap: long German and Russian words must not widen the dialog."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def line_edit(name: str, example: str = "") -> QLineEdit:
    """A field with its name for screen readers and an example shown while it is empty."""
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setPlaceholderText(example)
    return field


def plain_button(text: str, slot: Callable[[], object] | None = None) -> QPushButton:
    """A button that Return in a field or a list never presses."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Close alone; Return in a field does what the field is for, it never closes."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    for button in buttons.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
    buttons.rejected.connect(dialog.reject)
    return buttons


def list_beside_editor(
    caption: str, records: QListWidget, buttons: Sequence[QPushButton], editor: QWidget
) -> QHBoxLayout:
    """The list under its caption (whose mnemonic goes to the list) with its buttons below,
    beside the editor of the record chosen, which gets the larger share of the width."""
    label = QLabel(caption)
    label.setBuddy(records)
    left = column(label, (records, 1), row(*buttons, STRETCH))
    return row((left, 2), (editor, 3))


def tab_in_layout_order(window: QWidget) -> None:
    """Tab goes through the fields, lists and buttons in the order they are laid out (left
    to right, top to bottom), whatever order they were made in."""
    for before, after in itertools.pairwise(_laid_out(window.layout())):
        QWidget.setTabOrder(before, after)


def _laid_out(layout: QLayout | None) -> Iterator[QWidget]:
    """The widgets that take focus from Tab, in the layout and in the layouts of the widgets
    in it (group boxes, button boxes, a widget of several parts)."""
    if layout is None:
        return
    for item in filter(None, map(layout.itemAt, range(layout.count()))):
        widget = item.widget()
        if widget is None:  # a layout within the layout, or a stretch
            yield from _laid_out(item.layout())
            continue
        if widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            yield widget
        yield from _laid_out(widget.layout())


def confirmed(parent: QWidget, title: str, question: str) -> bool:
    """Whether the user answers Yes; No is the default, as before anything is deleted."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


# Lists of records -----------------------------------------------------------------------------
class Record(Protocol):
    @property
    def id(self) -> int: ...


def listed(text: str, record_id: object) -> QListWidgetItem:
    """An item showing ``text`` for the record with this id (or this domain, this address)."""
    item = QListWidgetItem(text)
    item.setData(IdRole, record_id)
    return item


def current_record[R: Record](records: QListWidget, known: Iterable[R]) -> R | None:
    """The record whose item is current, among those known; None without a current item."""
    item = records.currentItem()
    wanted = None if item is None else item.data(IdRole)
    return next((record for record in known if record.id == wanted), None)


def refill(records: QListWidget, items: Iterable[QListWidgetItem], select: object = None) -> None:
    """Shows these items instead, without a signal for each. The item with the id ``select``
    is current after it; without ``select``, the one whose id was current before."""
    current = records.currentItem()
    wanted = select if select is not None or current is None else current.data(IdRole)
    records.blockSignals(True)
    records.clear()
    for item in items:
        records.addItem(item)
        if item.data(IdRole) == wanted:
            records.setCurrentItem(item)
    records.blockSignals(False)
