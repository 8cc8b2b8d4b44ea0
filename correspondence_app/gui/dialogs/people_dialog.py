# SPDX-License-Identifier: GPL-3.0-or-later
"""People: who writes from which addresses, watching them, merges (proposed or chosen),
splits, names, and the user's own addresses. The list loads in the background."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, override

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.dialogs.watch_dialog import WatchDialog
from correspondence_app.gui.models.people_model import PersonIdRole
from correspondence_app.gui.widgets.feedback import busy_bar, problem_label
from correspondence_app.gui.widgets.forms import (
    STRETCH,
    close_buttons,
    column,
    line_edit,
    listed,
    plain_button,
    refill,
    row,
    wrapped_label,
)
from correspondence_app.gui.widgets.people_view import PeopleView
from correspondence_app.gui.widgets.proposal_list import ProposalList

if TYPE_CHECKING:
    from collections.abc import Callable
    from zoneinfo import ZoneInfo

    from correspondence_app.people.directory import PersonInfo
    from correspondence_app.people.proposals import MergeProposal
    from correspondence_app.services import Archive


@dataclass(frozen=True)
class PeopleSnapshot:
    """What the dialog shows, read at once on a pool thread."""

    generation: int
    people: list[PersonInfo]
    watched: dict[int, int | None]
    proposals: list[MergeProposal]
    my_addresses: list[str]
    zone: ZoneInfo


def read_snapshot(archive: Archive, generation: int) -> PeopleSnapshot:
    return PeopleSnapshot(
        generation,
        archive.people.people(),
        archive.watchlist.watched(),
        archive.people.proposals(),
        archive.people.my_addresses(),
        archive.watchlist.zone,
    )


class PeopleDialog(QDialog):
    people_changed = Signal()  # after a merge, split, rename, watch or own-address change
    person_opened = Signal(int)  # the user asks for the person's mail

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._generation = 0
        self._running = 0  # loads not finished yet
        self._tasks: list[workers.Task] = []  # kept until their signals arrived
        self._wanted: list[int] | None = None  # ids to select after the next load
        self.setWindowTitle(self.tr("People"))
        self.setMinimumSize(760, 460)
        self.resize(1080, 600)  # the Watched column fits in every language

        self.people_view = PeopleView()
        self.people_view.setAccessibleName(self.tr("People"))
        self.people_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.people_view.activated.connect(self.on_people_view_activated)
        self.model, self.proxy = self.people_view.people_model, self.people_view.people_filter
        self.filter_field = line_edit(self.tr("Filter"), self.tr("Filter by name or address"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self.proxy.set_text)
        self.watch_button = plain_button(self.tr("&Watch…"), self.on_watch_button_clicked)
        self.rename_button = plain_button(self.tr("&Rename…"), self.on_rename_button_clicked)
        self.merge_button = plain_button(self.tr("&Merge"), self.on_merge_button_clicked)
        self.merge_button.setToolTip(self.tr("Make the selected people one person"))
        self.split_button = plain_button(self.tr("&Split address…"), self.on_split_button_clicked)
        self.split_button.setToolTip(self.tr("Make one of the addresses a person of its own"))
        # Not "Show &mail": M is Merge's.
        self.mail_button = plain_button(self.tr("Show m&ail"), self.show_selected_mail)

        self.proposal_list = ProposalList()
        self.proposal_list.currentItemChanged.connect(self._update_buttons)
        self.no_proposals_label = QLabel(self.tr("No merges to propose."))
        self.accept_button = plain_button(self.tr("&Accept"), self.accept_proposal)
        self.accept_button.setToolTip(self.tr("They are one person: merge them"))
        self.reject_button = plain_button(self.tr("&Reject"), self.reject_proposal)
        self.reject_button.setToolTip(self.tr("They are not one person: never propose it again"))

        self.my_list = QListWidget()
        self.my_list.setAccessibleName(self.tr("My addresses"))
        self.my_list.currentItemChanged.connect(self._update_buttons)
        self.my_field = QLineEdit()
        self.my_field.setPlaceholderText(self.tr("e.g. me@example.org"))
        self.my_field.textChanged.connect(self._update_buttons)
        self.my_field.returnPressed.connect(self.add_my_address)
        self.add_button = plain_button(self.tr("&Add"), self.add_my_address)
        self.remove_button = plain_button(self.tr("&Remove"), self.remove_my_address)

        self.busy = busy_bar()
        self.busy.setAccessibleName(self.tr("Loading"))
        self.status = wrapped_label()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        self.problem = problem_label()
        self.problem.setAccessibleName(self.tr("Problem"))
        self._lay_out()
        self.filter_field.setFocus()
        self.reload()

    def _lay_out(self) -> None:
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_field)
        people_buttons = column(
            self.watch_button, self.rename_button, self.merge_button, self.split_button
        )
        people_buttons.addSpacing(12)
        people_buttons.addWidget(self.mail_button)
        people_buttons.addStretch(1)
        people_page = QWidget()
        column(
            row(filter_label, (self.filter_field, 1)),
            (row((self.people_view, 1), people_buttons), 1),
            parent=people_page,
        )
        proposals_page = QWidget()
        column(
            self.no_proposals_label,
            (self.proposal_list, 1),
            row(self.accept_button, self.reject_button, STRETCH),
            parent=proposals_page,
        )
        explanation = wrapped_label(
            self.tr(
                "Mail from these addresses is yours: it never counts as a sign of life, "
                "and letters you sent from them can await an answer."
            )
        )
        new_label = QLabel(self.tr("&New address:"))
        new_label.setBuddy(self.my_field)
        mine_page = QWidget()
        column(
            explanation,
            (self.my_list, 1),
            row(self.remove_button, STRETCH),
            row(new_label, (self.my_field, 1), self.add_button),
            parent=mine_page,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(people_page, self.tr("&People"))
        self.tabs.addTab(proposals_page, self.tr("Pr&oposed merges"))
        self.tabs.addTab(mine_page, self.tr("My a&ddresses"))
        self.tabs.currentChanged.connect(self.problem.hide)
        column(
            (self.tabs, 1), self.busy, self.status, self.problem, close_buttons(self), parent=self
        )

    # Loading ----------------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return bool(self._tasks)

    def reload(self, select: list[int] | None = None) -> None:
        """Reads everything again in the background; an older load still running is ignored.
        The selection stays on the same people, or moves to ``select``."""
        self._generation += 1
        if select is not None:
            self._wanted = select
        task = workers.Task(read_snapshot, self._archive, self._generation)
        task.signals.finished.connect(self.on_loaded)
        task.signals.failed.connect(self.on_load_failed)
        self._tasks.append(workers.start(task))
        self._running += 1
        self.busy.show()
        self._update_buttons()

    def _load_ended(self) -> None:
        self._running -= 1
        if not self._running:  # results arrive in any order: the tasks go once none runs
            self._tasks.clear()
            self.busy.hide()
        self._update_buttons()

    def on_loaded(self, snapshot: PeopleSnapshot) -> None:
        if snapshot.generation == self._generation:
            wanted = self._wanted if self._wanted is not None else self.selected_ids()
            self._wanted = None
            self.model.set_people(snapshot.people, snapshot.watched, snapshot.zone)
            self.select_people(wanted)
            self._show_proposals(snapshot.proposals, snapshot.people)
            self._show_my_addresses(snapshot.my_addresses)
        self._load_ended()

    def on_load_failed(self, error: Exception) -> None:
        self._show_problem(
            self.tr("The people could not be read: %1").replace("%1", error_text(error))
        )
        self._load_ended()

    @override
    def done(self, result: int) -> None:
        """Closing waits for a load still running: the archive may be closed next."""
        if not self._running or workers.wait_for_all(30_000):
            super().done(result)

    # The people -------------------------------------------------------------------------------
    def selected_people(self) -> list[PersonInfo]:
        return self.people_view.selected_people()

    def selected_ids(self) -> list[int]:
        return [person.id for person in self.selected_people()]

    def _single(self) -> PersonInfo | None:
        chosen = self.selected_people()
        return chosen[0] if len(chosen) == 1 else None

    def select_people(self, person_ids: list[int]) -> None:
        """Selects these people (those the filter shows), the first of them current."""
        self.people_view.select_people(person_ids)

    def _update_buttons(self) -> None:
        free = not self._running
        chosen = self.selected_people()
        single = chosen[0] if len(chosen) == 1 else None
        watched = single is not None and self.model.is_watched(single.id)
        self.watch_button.setText(self.tr("Stop &watching") if watched else self.tr("&Watch…"))
        self.watch_button.setEnabled(free and single is not None and (watched or not single.is_me))
        self.rename_button.setEnabled(free and single is not None)
        self.merge_button.setEnabled(free and len(chosen) >= 2)
        self.split_button.setEnabled(free and single is not None and len(single.addresses) > 1)
        self.mail_button.setEnabled(single is not None)
        has_proposal = self.proposal_list.currentItem() is not None
        self.accept_button.setEnabled(free and has_proposal)
        self.reject_button.setEnabled(free and has_proposal)
        self.add_button.setEnabled(free and bool(self.my_field.text().strip()))
        self.remove_button.setEnabled(free and self.my_list.currentItem() is not None)

    def watch_selected(self, threshold_days: int | None) -> bool:
        """Watches the one person selected; None: overdue after twice the usual gap."""
        return self._change_single(
            lambda person: self._archive.watchlist.watch(person.id, threshold_days),
            lambda person: self.tr("“%1” is watched.").replace("%1", person.name),
        )

    def unwatch_selected(self) -> bool:
        return self._change_single(
            lambda person: self._archive.watchlist.unwatch(person.id),
            lambda person: self.tr("“%1” is no longer watched.").replace("%1", person.name),
        )

    def on_watch_button_clicked(self) -> None:
        person = self._single()
        if person is None:
            return
        if self.model.is_watched(person.id):
            self.unwatch_selected()
            return
        asking = WatchDialog(person.name, self)
        if asking.exec() == QDialog.DialogCode.Accepted:
            self.watch_selected(asking.threshold_days)

    def rename_selected(self, name: str) -> bool:
        """Names the one person selected; "" goes back to the name seen most often."""
        return self._change_single(
            lambda person: self._archive.people.rename(person.id, name),
            lambda _person: self.tr("The name is changed."),
        )

    def on_rename_button_clicked(self) -> None:
        person = self._single()
        if person is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename"),
            self.tr("Name shown for %1 (empty: the name seen most often):").replace(
                "%1", ", ".join(person.addresses)
            ),
            text=person.name,
        )
        if ok:
            self.rename_selected(name)

    def merge_selected(self) -> bool:
        """Makes the people selected one: the one with the most messages keeps the rest."""
        chosen = self.selected_people()
        if len(chosen) < 2:
            return False
        keep = max(chosen, key=lambda person: person.messages)

        def merge() -> None:
            for other in chosen:
                if other.id != keep.id:
                    self._archive.people.merge(keep.id, other.id)

        said = self.tr("Merged into “%1”.").replace("%1", keep.name)
        return self._change(merge, said, select=[keep.id])

    def on_merge_button_clicked(self) -> None:
        chosen = self.selected_people()
        if len(chosen) < 2:
            return
        keep = max(chosen, key=lambda person: person.messages)
        others = "\n".join(f"• {p.name} ({', '.join(p.addresses)})" for p in chosen if p != keep)
        answer = QMessageBox.question(
            self,
            self.tr("Merge people"),
            self.tr(
                "Merge into “%1”?\n\n%2\n\nTheir addresses, watching and signs of life go to “%1”."
            )
            .replace("%2", others)
            .replace("%1", keep.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.merge_selected()

    def split_selected(self, address: str) -> bool:
        """Makes one address of the person selected a person of its own."""
        return self._change_single(
            lambda person: self._archive.people.split(person.id, address),
            lambda _person: self.tr("%1 is a person of its own now.").replace("%1", address),
        )

    def on_split_button_clicked(self) -> None:
        person = self._single()
        if person is None or len(person.addresses) < 2:
            return
        address, ok = QInputDialog.getItem(
            self,
            self.tr("Split address"),
            self.tr("Which address is a person of its own?"),
            list(person.addresses),
            0,
            False,
        )
        if ok:
            self.split_selected(address)

    def show_selected_mail(self) -> None:
        person = self._single()
        if person is not None:
            self.person_opened.emit(person.id)
            self.accept()

    def on_people_view_activated(self, index: QModelIndex) -> None:
        """A double click or Return on a row shows that person's mail."""
        self.person_opened.emit(int(index.data(PersonIdRole)))
        self.accept()

    def _change(
        self, change: Callable[[], object], said: str, select: list[int] | None = None
    ) -> bool:
        """Makes a quick change, says so, and reads the people again."""
        self.problem.hide()
        try:
            change()
        except ValueError as error:  # the core's words for the user
            self.status.hide()
            self._show_problem(error_text(error))
            self.reload()
            return False
        self.status.setText(said)
        self.status.show()
        self.people_changed.emit()
        self.reload(select)
        return True

    def _change_single(
        self, change: Callable[[PersonInfo], object], said: Callable[[PersonInfo], str]
    ) -> bool:
        """Changes the one person selected (none or several: nothing)."""
        person = self._single()
        return person is not None and self._change(lambda: change(person), said(person))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # Proposed merges --------------------------------------------------------------------------
    def _show_proposals(self, proposals: list[MergeProposal], people: list[PersonInfo]) -> None:
        self.proposal_list.show_proposals(proposals, {person.id: person for person in people})
        self.proposal_list.setVisible(bool(proposals))
        self.no_proposals_label.setVisible(not proposals)

    def accept_proposal(self) -> bool:
        """Merges the current proposal: its first person keeps the second's addresses."""
        proposal = self.proposal_list.current_proposal
        return proposal is not None and self._change(
            lambda: self._archive.people.merge(proposal.first, proposal.second),
            self.tr("“%1” and “%2” are one person now.")
            .replace("%2", proposal.second_name)
            .replace("%1", proposal.first_name),
            select=[proposal.first],
        )

    def reject_proposal(self) -> bool:
        proposal = self.proposal_list.current_proposal
        return proposal is not None and self._change(
            lambda: self._archive.people.reject(proposal),
            self.tr("“%1” and “%2” will not be proposed as one person again.")
            .replace("%2", proposal.second_name)
            .replace("%1", proposal.first_name),
        )

    # The user's own addresses -----------------------------------------------------------------
    def _show_my_addresses(self, addresses: list[str]) -> None:
        """Shows these addresses; the one chosen stays chosen."""
        refill(self.my_list, (listed(address, address) for address in addresses))

    def add_my_address(self) -> bool:
        address = self.my_field.text().strip()
        if not address or self._running:
            return False
        if self._change(
            lambda: self._show_my_addresses(self._archive.people.add_my_address(address)),
            self.tr("%1 is one of your addresses now.").replace("%1", address),
        ):
            self.my_field.clear()
            return True
        return False

    def remove_my_address(self) -> bool:
        item = self.my_list.currentItem()
        if item is None:
            return False
        address = item.text()
        return self._change(
            lambda: self._show_my_addresses(self._archive.people.remove_my_address(address)),
            self.tr("%1 is no longer one of your addresses.").replace("%1", address),
        )
