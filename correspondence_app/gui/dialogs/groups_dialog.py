# SPDX-License-Identifier: GPL-3.0-or-later
"""Groups of officials: the people and mail domains whose answers are awaited, and how
many days an answer may take before a letter to them is overdue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QSpinBox,
    QWidget,
)

from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.editable_list import EditableList
from correspondence_app.gui.widgets.feedback import problem_label

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QListWidgetItem

    from correspondence_app.alerts.ledger import GroupInfo, GroupPerson
    from correspondence_app.services import Archive

MAX_DEADLINE_DAYS = 365


class GroupsDialog(QDialog):
    groups_changed = Signal()

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = archive.ledger
        self._groups: list[GroupInfo] = []
        self.setWindowTitle(self.tr("Groups of officials"))
        self.setMinimumSize(780, 500)  # room for German and Russian labels

        self.intro = forms.wrapped_label(
            self.tr(
                "Letters you send to a member of a group wait for an answer until that "
                "person, or anyone at one of the group's domains, replies."
            )
        )
        self.group_list = QListWidget()
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.group_list.setMinimumWidth(200)
        self.group_list.currentItemChanged.connect(self.on_group_list_current_item_changed)
        self.new_button = forms.plain_button(self.tr("&New group…"), self.on_new_button_clicked)
        self.delete_button = forms.plain_button(self.tr("&Delete"), self.on_delete_button_clicked)
        self.delete_button.setAccessibleName(self.tr("Delete group"))

        self.deadline_spin = QSpinBox()
        self.deadline_spin.setRange(1, MAX_DEADLINE_DAYS)
        self.deadline_spin.setAccessibleName(self.tr("Deadline in days"))
        self.deadline_spin.setKeyboardTracking(False)  # saved when typed, not at every digit
        self.deadline_spin.valueChanged.connect(self.on_deadline_spin_value_changed)
        self.deadline_label = forms.wrapped_label()
        self.domains = EditableList(
            self.tr("Domains (an answer from any address there counts):"),
            self.tr("Domains of the group"),
            field=(self.tr("Domain to add"), self.tr("e.g. auswaertiges-amt.de")),
            buttons=(self.tr("Add d&omain"), self.tr("&Remove"), self.tr("Remove domain")),
            add=self.add_domain,
            remove=self.remove_domain,
        )
        self.members = EditableList(
            self.tr("People:"),
            self.tr("People in the group"),
            field=(
                self.tr("Address of the person to add"),
                self.tr("An e-mail address, e.g. poststelle@amt.de"),
            ),
            buttons=(self.tr("Add &person"), self.tr("R&emove"), self.tr("Remove person")),
            add=self.add_person,
            remove=self.remove_person,
        )
        self.problem = problem_label()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = forms.close_buttons(self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)

        self._lay_out()
        self.reload()
        if self.group_list.count():
            self.group_list.setCurrentRow(0)
            self.group_list.setFocus()
        else:
            self.new_button.setFocus()

    def _lay_out(self) -> None:
        deadline_caption = QLabel(self.tr("De&adline (days):"))
        deadline_caption.setBuddy(self.deadline_spin)
        deadline_row = forms.row(self.deadline_spin, (self.deadline_label, 1))
        self.editor = QGroupBox()
        forms.column(
            forms.growing_form((deadline_caption, deadline_row)),
            (self.domains, 1),
            (self.members, 1),
            parent=self.editor,
        )
        buttons = (self.new_button, self.delete_button)
        columns = forms.list_beside_editor(
            self.tr("&Groups:"), self.group_list, buttons, self.editor
        )
        forms.column(self.intro, (columns, 1), self.problem, self.buttons, parent=self)
        forms.tab_in_layout_order(self)

    # The list ---------------------------------------------------------------------------------
    @property
    def current_group(self) -> GroupInfo | None:
        return forms.current_record(self.group_list, self._groups)

    def _group_item(self, group: GroupInfo) -> QListWidgetItem:
        item = forms.listed(group.name, group.id)
        item.setToolTip(self.tr("Answer expected within %Ln day(s)", "", group.deadline_days))
        return item

    def reload(self, select_id: int | None = None) -> None:
        """Reads the groups again, keeping the selection (or selecting ``select_id``)."""
        self._groups = self._ledger.groups()
        forms.refill(self.group_list, map(self._group_item, self._groups), select_id)
        self._fill_editor()

    def on_group_list_current_item_changed(self, *_items: QListWidgetItem | None) -> None:
        self.problem.hide()
        self._fill_editor()

    def on_new_button_clicked(self) -> None:
        name, is_given = QInputDialog.getText(
            self,
            self.tr("New group"),
            self.tr("Name of the group, e.g. Embassies or Courts:"),
        )
        if is_given and name.strip():
            self.create_group(name)

    def create_group(self, name: str) -> int | None:
        """Creates the group and selects it (an existing one of that name is selected)."""
        self.problem.hide()
        wanted = " ".join(name.split()).casefold()
        known = next((g for g in self._groups if g.name.casefold() == wanted), None)
        try:
            group_id = self._ledger.save_group(name)
        except ValueError as error:  # LedgerError: no name
            self._show_problem(error_text(error))
            return None
        self.reload(select_id=group_id)
        if known is not None:
            self._show_problem(self.tr("There is already a group “%1”.").replace("%1", known.name))
        else:
            self.groups_changed.emit()
        self.deadline_spin.setFocus()
        return group_id

    def on_delete_button_clicked(self) -> None:
        group = self.current_group
        if group is not None and forms.confirmed(
            self,
            self.tr("Delete group"),
            self.tr(
                "Delete the group “%1”?\n\nMail to its members no longer waits for an answer "
                "because of it; paper letters to it are kept, without a group."
            ).replace("%1", group.name),
        ):
            self.delete_selected()

    def delete_selected(self) -> bool:
        """Deletes the selected group without asking; the next one is selected."""
        group = self.current_group
        if group is None:
            return False
        position = self.group_list.currentRow()
        if not self._change(self._ledger.delete_group, group.id):
            return False
        self.group_list.setCurrentRow(min(position, self.group_list.count() - 1))
        return True

    # The editor -------------------------------------------------------------------------------
    def _fill_editor(self) -> None:
        group = self.current_group
        self.editor.setTitle(group.name if group else self.tr("No group chosen"))
        self.editor.setEnabled(group is not None)
        self.deadline_spin.blockSignals(True)
        self.deadline_spin.setValue(group.deadline_days if group else 30)
        self.deadline_spin.blockSignals(False)
        self._show_deadline()
        domains, people = (group.domains, group.people) if group else ((), ())
        self.domains.show_items(forms.listed(domain, domain) for domain in domains)
        self.members.show_items(forms.listed(self._person_words(p), p.id) for p in people)
        self.delete_button.setEnabled(group is not None)

    def _person_words(self, person: GroupPerson) -> str:
        addresses = ", ".join(person.addresses)
        if not person.name or person.name in person.addresses:
            return addresses or self.tr("Person %1").replace("%1", str(person.id))
        return self.tr("%1 <%2>").replace("%1", person.name).replace("%2", addresses)

    def _show_deadline(self) -> None:
        self.deadline_label.setText(
            self.tr("Answer expected within %Ln day(s)", "", self.deadline_spin.value())
        )

    def on_deadline_spin_value_changed(self, days: int) -> None:
        self._show_deadline()
        self.set_deadline(days)

    def set_deadline(self, days: int) -> bool:
        group = self.current_group
        if group is None or group.deadline_days == days:
            return False
        self.deadline_spin.blockSignals(True)
        self.deadline_spin.setValue(days)
        self.deadline_spin.blockSignals(False)
        self._show_deadline()
        return self._change(lambda: self._ledger.save_group(group.name, deadline_days=days))

    def add_domain(self, text: str) -> bool:
        """Adds a mail domain (an address's domain part will do) to the group chosen."""
        return self._change_chosen(self._ledger.add_domain, text)

    def remove_domain(self, domain: str) -> bool:
        return self._change_chosen(self._ledger.remove_domain, domain)

    def add_person(self, address: str) -> bool:
        """Adds the person who writes from this address (as the archive knows it)."""
        return self._change_chosen(
            lambda group_id: self._ledger.add_person(
                group_id, self._ledger.person_of_address(address)
            )
        )

    def remove_person(self, person_id: int) -> bool:
        return self._change_chosen(self._ledger.remove_person, person_id)

    # State ------------------------------------------------------------------------------------
    def _change(self, change: Callable[..., object], *args: object) -> bool:
        """Makes a change of the ledger and shows the groups anew; its problem if it fails."""
        self.problem.hide()
        try:
            change(*args)
        except ValueError as error:  # LedgerError: a bad domain, an unknown address
            self._show_problem(error_text(error))
            return False
        self.reload()
        self.groups_changed.emit()
        return True

    def _change_chosen(self, change: Callable[..., object], *args: object) -> bool:
        """Makes a change of the group chosen: ``change(group_id, *args)``."""
        group = self.current_group
        return group is not None and self._change(change, group.id, *args)

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
