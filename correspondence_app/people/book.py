# SPDX-License-Identifier: GPL-3.0-or-later
"""People in one place, for the command line and the window: each call one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from correspondence_app.people import directory
from correspondence_app.people.proposals import MergeProposal, merge_proposals
from correspondence_app.storage.facade import ArchivePart
from correspondence_app.tagging import identity

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from correspondence_app.people.directory import PersonInfo


class PeopleBook(ArchivePart):
    """Who is who: people, their addresses and names, merges; one transaction per call."""

    # Who ------------------------------------------------------------------------------------
    def people(self) -> list[PersonInfo]:
        """Everyone, those with the most messages first."""
        with self._engine.begin() as connection:  # the inferred own addresses are kept
            return directory.list_people(connection, identity.own_addresses(connection))

    def person(self, person_id: int) -> PersonInfo:
        with self._engine.begin() as connection:
            return directory.person(connection, person_id, identity.own_addresses(connection))

    def person_of_address(self, address: str) -> int:
        with self._engine.connect() as connection:
            return directory.person_of_address(connection, address)

    # Changes --------------------------------------------------------------------------------
    def merge(self, keep_id: int, other_id: int) -> PersonInfo:
        """Gives ``keep_id`` every address (and watch, sign of life, group, letter) of
        ``other_id``, which ends; returns the merged person."""
        with self._engine.begin() as connection:
            directory.merge_people(connection, keep_id, other_id)
            return directory.person(connection, keep_id, identity.own_addresses(connection))

    def split(self, person_id: int, address: str) -> PersonInfo:
        """Makes the address a person of its own, returned; they are not proposed again."""
        with self._exclusive(), self._engine.begin() as connection:
            new_id = directory.split_address(connection, person_id, address)
            return directory.person(connection, new_id, identity.own_addresses(connection))

    def rename(self, person_id: int, name: str) -> PersonInfo:
        """Sets the name shown; "" goes back to the most frequent display name."""
        with self._engine.begin() as connection:
            directory.rename_person(connection, person_id, name)
            return directory.person(connection, person_id, identity.own_addresses(connection))

    # Proposed merges ------------------------------------------------------------------------
    def proposals(self) -> list[MergeProposal]:
        with self._engine.begin() as connection:
            return _proposals(connection)

    def reject(self, proposal: MergeProposal) -> None:
        """The two are not one person: never proposed again, whatever is split or merged."""
        with self._engine.begin() as connection:
            directory.reject_holders(connection, *proposal.key)

    def reject_people(self, first_id: int, second_id: int) -> tuple[str, str]:
        """Rejects merging two people, proposed or not (each address of one with each of the
        other); returns the lowest address of each."""
        with self._engine.begin() as connection:
            return directory.reject_people(connection, first_id, second_id)

    # The user's own addresses ---------------------------------------------------------------
    def my_addresses(self) -> list[str]:
        with self._engine.begin() as connection:
            return identity.own_addresses(connection)

    def add_my_address(self, address: str) -> list[str]:
        with self._engine.begin() as connection:
            return identity.add_own_address(connection, address)

    def remove_my_address(self, address: str) -> list[str]:
        with self._engine.begin() as connection:
            return identity.remove_own_address(connection, address)


def _proposals(connection: Connection) -> list[MergeProposal]:
    people = directory.list_people(connection, identity.own_addresses(connection))
    return merge_proposals(people, directory.rejected_pairs(connection))
