# SPDX-License-Identifier: GPL-3.0-or-later
"""Watched people and their signs of life in one place, for the command line and the
window: each call one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from correspondence_app.alerts import events as event_store
from correspondence_app.alerts.clock import clock, user_zone
from correspondence_app.alerts.last_contact import signs_of_life, watched_status
from correspondence_app.alerts.person_timeline import PersonTimeline, person_timeline
from correspondence_app.storage.facade import ArchivePart
from correspondence_app.storage.people_tables import WatchedPerson
from correspondence_app.storage.tables import Address, Person
from correspondence_app.tagging import identity

if TYPE_CHECKING:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from sqlalchemy import Connection

    from correspondence_app.alerts.last_contact import Sign, WatchedStatus
    from correspondence_app.storage.people_tables import EventKind


class WatchError(ValueError):
    """A person who cannot be watched (unknown, a threshold under a day), with a message
    for the user."""


class Watchlist(ArchivePart):
    """Watched people and their signs of life; one transaction per call."""

    @property
    def zone(self) -> ZoneInfo:
        """The user's time zone: days are counted in it, times without an offset are in it."""
        with self._engine.connect() as connection:
            return user_zone(connection)

    # Who is watched -------------------------------------------------------------------------
    def watched(self) -> dict[int, int | None]:
        """The watched people's ids, each with the threshold the user set (None: default)."""
        with self._engine.connect() as connection:
            rows = connection.execute(select(WatchedPerson.person_id, WatchedPerson.threshold_days))
            return {person_id: threshold for person_id, threshold in rows}

    def watch(self, person_id: int, threshold_days: int | None = None) -> None:
        """Watches the person, or sets a watched person's threshold: the days of silence
        after which they are overdue (None: twice the usual gap). The keeper is never
        watched: their own mail is no sign of life."""
        if threshold_days is not None and threshold_days < 1:
            raise WatchError(f"{threshold_days}: a threshold is at least 1 day")
        with self._engine.begin() as connection:
            _person(connection, person_id)
            _refuse_the_keeper(connection, person_id)
            connection.execute(
                insert(WatchedPerson)
                .values(
                    person_id=person_id,
                    threshold_days=threshold_days,
                    created_at=clock(connection).now(),  # watched for days from today
                )
                .on_conflict_do_update(
                    index_elements=[WatchedPerson.person_id],
                    set_={"threshold_days": threshold_days},
                )
            )

    def unwatch(self, person_id: int) -> bool:
        """Stops watching; the signs entered by hand stay. False: the person was not watched."""
        with self._engine.begin() as connection:
            _person(connection, person_id)
            deleted = connection.execute(
                delete(WatchedPerson).where(WatchedPerson.person_id == person_id)
            )
            return bool(deleted.rowcount)

    # Signs of life --------------------------------------------------------------------------
    def add_event(
        self,
        person_id: int,
        happened_at: datetime,
        kind: EventKind,
        *,
        note: str = "",
        file: tuple[str, bytes] | None = None,
    ) -> int:
        """Records a sign of life entered by hand (naive ``happened_at``: the user's time),
        with a file (name, content) stored compressed in the encrypted archive."""
        with self._exclusive(), self._engine.begin() as connection:
            return event_store.add_event(
                connection,
                clock(connection),
                person_id,
                happened_at,
                kind,
                note=note,
                file=file,
                author=identity.user_name(connection),
            )

    def events(self, person_id: int) -> list[event_store.LifeEventInfo]:
        """The person's signs of life entered by hand, newest first."""
        with self._engine.connect() as connection:
            return event_store.events_of(connection, person_id)

    def event(self, event_id: int) -> event_store.LifeEventInfo:
        with self._engine.connect() as connection:
            return event_store.event(connection, event_id)

    def event_file(self, event_id: int) -> tuple[str, bytes] | None:
        """The event's file (name, content), if it has one."""
        with self._engine.connect() as connection:
            return event_store.event_file(connection, event_id)

    def delete_event(self, event_id: int) -> None:
        with self._engine.begin() as connection:
            event_store.delete_event(connection, event_id)

    def signs(self, person_id: int, *, limit: int = 50, today: date | None = None) -> list[Sign]:
        """The person's signs of life, mail and events, newest first."""
        with self._engine.begin() as connection:  # the inferred own addresses are kept
            _person(connection, person_id)
            return signs_of_life(connection, clock(connection, today=today), person_id, limit=limit)

    def timeline(self, person_id: int, today: date | None = None) -> PersonTimeline:
        """The person's mail both ways and signs of life on one axis, with the silences
        longer than usual."""
        with self._engine.begin() as connection:  # the inferred own addresses are kept
            _person(connection, person_id)
            return person_timeline(connection, clock(connection, today=today), person_id)

    # Alerts ---------------------------------------------------------------------------------
    def status(self, today: date | None = None) -> list[WatchedStatus]:
        """Every watched person, the most urgent first (see ``last_contact.watched_status``)."""
        with self._engine.begin() as connection:  # the inferred own addresses are kept
            return watched_status(connection, clock(connection, today=today))


def _refuse_the_keeper(connection: Connection, person_id: int) -> None:
    own = {address.lower() for address in identity.own_addresses(connection)}
    held = connection.execute(select(Address.address).where(Address.person_id == person_id))
    for address in held.scalars():
        if address.lower() in own:
            raise WatchError(
                f"person {person_id} is you ({address} is your address): your own mail is no "
                "sign of life"
            )


def _person(connection: Connection, person_id: int) -> None:
    if connection.execute(select(Person.id).where(Person.id == person_id)).first() is None:
        raise WatchError(f"there is no person with id {person_id}")
