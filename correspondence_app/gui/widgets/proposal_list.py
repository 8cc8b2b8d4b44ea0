# SPDX-License-Identifier: GPL-3.0-or-later
"""Proposed merges: the two people (with their addresses: two proposed people often have the
same name), why they may be one person, and what they have in common."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from correspondence_app.people.proposals import ProposalReason
from correspondence_app.search.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Mapping

    from correspondence_app.people.directory import PersonInfo
    from correspondence_app.people.proposals import MergeProposal

COLUMN_WHY, COLUMN_IN_COMMON = 2, 3
NumberRole = Qt.ItemDataRole.UserRole  # the proposal's place in the list shown


class ProposalList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proposals: list[MergeProposal] = []
        self.setAccessibleName(self.tr("Proposed merges"))
        self.setRootIsDecorated(False)
        self.setAllColumnsShowFocus(True)
        self.setHeaderLabels(
            [self.tr("Person"), self.tr("Other person"), self.tr("Why"), self.tr("In common")]
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_WHY, QHeaderView.ResizeMode.ResizeToContents)

    @property
    def current_proposal(self) -> MergeProposal | None:
        item = self.currentItem()
        return None if item is None else self._proposals[int(item.data(0, NumberRole))]

    def show_proposals(
        self, proposals: list[MergeProposal], people: Mapping[int, PersonInfo]
    ) -> None:
        """Shows these instead; the one at the place of the current one becomes current (the
        next one, after a proposal was decided)."""
        row = max(0, self.currentIndex().row())
        self._proposals = proposals
        self.clear()
        for number, proposal in enumerate(proposals):
            shared = proposal.evidence
            if proposal.reason is ProposalReason.SAME_LOCAL_PART:
                shared += "@…"
            item = QTreeWidgetItem(
                [
                    self._who(people.get(proposal.first), proposal.first_name),
                    self._who(people.get(proposal.second), proposal.second_name),
                    self.reason_words(proposal),
                    shared,
                ]
            )
            item.setData(0, NumberRole, number)
            for column in (COLUMN_WHY, COLUMN_IN_COMMON):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop)
            self.addTopLevelItem(item)
        current = self.topLevelItem(min(row, len(proposals) - 1))
        if current is not None:
            self.setCurrentItem(current)

    @staticmethod
    def _who(person: PersonInfo | None, name: str) -> str:
        """The name with the addresses."""
        return "\n".join((name, *person.addresses)) if person is not None else name

    def reason_words(self, proposal: MergeProposal) -> str:
        if proposal.reason is ProposalReason.SAME_LOCAL_PART:
            return self.tr("Same mailbox name at another provider")
        if fold(proposal.first_name) == fold(proposal.second_name):
            return self.tr("Same name")
        return self.tr("Same name in another spelling")
