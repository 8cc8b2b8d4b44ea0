# SPDX-License-Identifier: GPL-3.0-or-later
"""What threading reads of each message, and which conversations new messages can change.

Threading an import rebuilds only the conversations its messages can touch: those sharing
a Message-ID with them (cited or citing, directly or through others), those a subject-only
reply near them in time may join or leave, and those the user merged with any of these.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from sys import intern
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from correspondence_app.conversations.thread_builder import (
    MIN_SUBJECT_CHARS,
    SUBJECT_WINDOW_S,
    ThreadInput,
    has_reply_prefix,
    subject_orphans,
)
from correspondence_app.storage.tables import (
    Message,
    MessageBody,
    MessageReference,
    ThreadMerge,
    ThreadSplit,
    UtcDateTime,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    from sqlalchemy import Connection, Select

# A second more than thread_builder's window, which compares float timestamps.
WINDOW = timedelta(seconds=SUBJECT_WINDOW_S + 1)
LOOKUP_CHUNK = 500  # values in one IN (...)


@dataclass(frozen=True, slots=True)
class Row:
    """A message as threading reads it, with its stored thread."""

    input: ThreadInput
    subject_key: str
    thread_id: int | None
    parent_id: int | None

    @property
    def window_key(self) -> tuple[str, datetime] | None:
        """Subject and date, when the subject fallback may consider the message at all."""
        date_at = self.input.date_at
        if date_at is None or len(self.subject_key) < MIN_SUBJECT_CHARS:
            return None
        return self.subject_key, date_at


def read_rows(connection: Connection, ids: Iterable[int] | None) -> dict[int, Row]:
    """The rows of these messages (all when ids is None)."""
    statement = select(
        Message.id,
        Message.message_id,
        MessageBody.in_reply_to,
        MessageBody.references,
        Message.subject,
        Message.date_at,
        Message.subject_key,
        Message.thread_id,
        Message.parent_id,
    ).join(MessageBody, MessageBody.message_id == Message.id)
    chunks = [statement] if ids is None else _chunked(statement, Message.id, ids)
    rows: dict[int, Row] = {}
    for chunk in chunks:
        for (
            id_,
            message_id,
            in_reply_to,
            references,
            subject,
            date_at,
            key,
            thread,
            up,
        ) in connection.execute(chunk):
            # Interned: the ids a message cites are other messages' own ids, held once.
            thread_input = ThreadInput(
                id_,
                intern(message_id),
                intern(in_reply_to),
                tuple(map(intern, references.split())),
                subject,
                date_at,
            )
            rows[id_] = Row(thread_input, key, thread, up)
    return rows


def _chunked[*Ts](
    statement: Select[*Ts], column: Any, values: Iterable[Any]
) -> Iterator[Select[*Ts]]:
    """The statement restricted to the values, in chunks that stay under SQLite's limits."""
    ordered = sorted(values)
    for start in range(0, len(ordered), LOOKUP_CHUNK):
        yield statement.where(column.in_(ordered[start : start + LOOKUP_CHUNK]))


@dataclass(frozen=True, slots=True)
class _Nearby:
    """A message found by its subject and date, as its stored thread shows it."""

    stamp: tuple[float, int]  # (POSIX time, id): thread_builder's order
    id: int
    # A reply prefix, and no stored parent it cites: it may be a reply without headers.
    may_be_orphan: bool
    # A root without a reply prefix, the first copy of its Message-ID: unless it was split
    # off, it tops a tree by headers that an orphan can join.
    starts_thread: bool


# id, subject, stored date, whether its parent is a message it cites, whether it is a root
# and the first copy of its Message-ID; of the messages with a subject within dates.
_NEARBY_SQL = """
SELECT m.id, m.subject, m.date_at,
    m.parent_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM messages p JOIN message_references r
            ON r.reference = p.message_id AND r.message_id = m.id
        WHERE p.id = m.parent_id),
    m.parent_id IS NULL AND NOT EXISTS (
        SELECT 1 FROM messages o WHERE o.message_id = m.message_id AND o.id < m.id)
FROM messages m
WHERE m.subject_key = ? AND m.date_at BETWEEN ? AND ?
"""


class Touched:
    """Finds the messages whose threads new messages can change, reading them as it goes."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.rows: dict[int, Row] = {}
        self._linked: set[int] = set()  # closed under shared Message-IDs
        self._closed: set[int] = set()  # their threads and merge partners are in too
        self._looked_up: set[str] = set()  # Message-IDs whose owners and citers are in
        self._threads: set[int] = set()  # thread ids whose messages are in
        self._changed: set[int] = set()  # linked to new messages: stored threads may be stale
        self.merges = [
            (first, second)
            for first, second in connection.execute(
                select(ThreadMerge.first_message_id, ThreadMerge.second_message_id)
            )
        ]
        self._partners: dict[int, set[int]] = {}
        for first, second in self.merges:
            self._partners.setdefault(first, set()).add(second)
            self._partners.setdefault(second, set()).add(first)
        self.splits = set(connection.execute(select(ThreadSplit.message_id)).scalars())

    def find(self, new: set[int], *, give_up_at: int) -> set[int] | None:
        """The new messages and every message whose thread they can change; None past
        give_up_at messages, when rebuilding every thread is cheaper."""
        # Messages linked to the new ones by Message-IDs may get other parents, so the
        # subject fallback may see them differently: as a reply without headers (an
        # orphan) or as a message an orphan can join (an anchor).
        changed = self._changed = self._link(new)
        orphans = subject_orphans(self.rows[id_].input for id_ in changed)
        near = self._nearby(changed)
        for nearby in near.values():
            for entry in nearby:
                # Outside the changed messages stored threads are current, and an orphan
                # chooses anew only when a changed message is among its choices.
                if (
                    entry.id not in changed
                    and entry.may_be_orphan
                    and any(n.id in changed for n in self._choices(nearby, entry.stamp))
                ):
                    orphans.add(entry.id)
        self._include(changed | orphans)
        self._include_choices(orphans)
        # A split-off orphan leaves its thread but still joins it for a moment, which
        # decides where later replies to that thread hang: keep such orphans with it.
        splits = [row for row in self._split_orphans() if row.input.id not in orphans]
        while True:
            if len(self._closed) > give_up_at:
                return None
            by_subject = self._by_subject()
            more = {
                row.input.id
                for row in splits
                if row.input.id not in orphans
                and (row.input.id in self._closed or _is_near(row, by_subject))
            }
            if not more:
                return self._closed
            orphans |= more
            self._include(more)
            self._include_choices(more)

    def _include_choices(self, orphans: set[int]) -> None:
        """Includes the messages each orphan may join (see _choices)."""
        near = self._nearby(orphans)
        choices: set[int] = set()
        for id_ in orphans:
            row = self.rows[id_]
            if key := row.window_key:
                stamp = (key[1].timestamp(), id_)
                nearby = near.get(key[0], [])
                choices.update(entry.id for entry in self._choices(nearby, stamp))
        self._include(choices)

    def _choices(self, nearby: Sequence[_Nearby], stamp: tuple[float, int]) -> Iterator[_Nearby]:
        """The messages with an orphan's subject that it may join, nearest first.

        thread_builder joins the nearest earlier anchor within the window, else the nearest
        later one: so the earlier messages up to the first that is surely an anchor, and
        without one, the later messages up to such a one. nearby must hold the window.
        """
        at = bisect_left(nearby, stamp, key=lambda entry: entry.stamp)
        for entry in reversed(nearby[:at]):
            if stamp[0] - entry.stamp[0] > SUBJECT_WINDOW_S:
                break
            yield entry
            if self._is_surely_anchor(entry):
                return
        for entry in nearby[at:]:
            if entry.stamp[0] - stamp[0] > SUBJECT_WINDOW_S:
                break
            if entry.stamp != stamp:
                yield entry
                if self._is_surely_anchor(entry):
                    return

    def _is_surely_anchor(self, entry: _Nearby) -> bool:
        """Whether the stored thread is current and shows a tree by headers an orphan can join."""
        return entry.starts_thread and entry.id not in self._changed and entry.id not in self.splits

    def _include(self, start: set[int]) -> None:
        """Adds start with its threads and merge partners, closed under all links."""
        pending = set(start)
        while pending:
            self._link(pending)
            pending = self._linked - self._closed
            self._closed |= pending
            threads = {
                thread
                for id_ in pending
                if (thread := self.rows[id_].thread_id) is not None and thread not in self._threads
            }
            self._threads |= threads
            mates = set(self._scalars(select(Message.id), Message.thread_id, threads)) | {
                partner for id_ in pending for partner in self._partners.get(id_, ())
            }
            pending = mates - self._closed

    def _link(self, start: set[int]) -> set[int]:
        """Adds start and every message sharing a Message-ID with it, directly or through
        others; returns the messages added."""
        added: set[int] = set()
        pending = start - self._linked
        while pending:
            self.rows.update(read_rows(self._connection, pending - self.rows.keys()))
            pending &= self.rows.keys()  # as in rethread(), a message without a body is left
            self._linked |= pending
            added |= pending
            ids: set[str] = set()
            for id_ in pending:
                message = self.rows[id_].input
                ids.update((message.message_id, message.in_reply_to, *message.references))
            ids -= self._looked_up
            ids.discard("")
            self._looked_up |= ids
            pending = self._sharing(ids) - self._linked
        return added

    def _sharing(self, ids: set[str]) -> set[int]:
        """Messages owning or citing these Message-IDs."""
        found: set[int] = set()
        owned: set[str] = set()
        statement = select(Message.id, Message.message_id)
        for chunk in _chunked(statement, Message.message_id, ids):
            for id_, message_id in self._connection.execute(chunk):
                found.add(id_)
                owned.add(message_id)
        # An id without "@" that no message owns links nothing (thread_builder._citable).
        citable = {id_ for id_ in ids if "@" in id_ or id_ in owned}
        found.update(
            self._scalars(select(MessageReference.message_id), MessageReference.reference, citable)
        )
        return found

    def _scalars(self, statement: Select[int], column: Any, values: set[Any]) -> set[int]:
        return {
            value
            for chunk in _chunked(statement, column, values)
            for value in self._connection.execute(chunk).scalars()
        }

    def _nearby(self, ids: Iterable[int]) -> dict[str, list[_Nearby]]:
        """Messages with the subjects of these within the subject window of their dates,
        by subject, in thread_builder's order."""
        windows = [window for id_ in ids if (window := self.rows[id_].window_key)]
        found: dict[str, list[_Nearby]] = {}
        for key, first, last in _merged_windows(windows):
            rows = self._connection.exec_driver_sql(
                _NEARBY_SQL, (key, _stored_date(first - WINDOW), _stored_date(last + WINDOW))
            )
            nearby = found.setdefault(key, [])
            for id_, subject, stored, answers_cited, is_plain_root in rows:
                # The prefix only matters for roots and for replies to what they do not cite.
                is_reply = (not answers_cited or is_plain_root) and has_reply_prefix(subject)
                stamp = (datetime.fromisoformat(stored).replace(tzinfo=UTC).timestamp(), id_)
                nearby.append(
                    _Nearby(
                        stamp,
                        id_,
                        may_be_orphan=is_reply and not answers_cited,
                        starts_thread=is_plain_root and not is_reply,
                    )
                )
        for nearby in found.values():
            nearby.sort(key=lambda entry: entry.stamp)
        return found

    def _split_orphans(self) -> list[Row]:
        """Split-off messages that may be orphans: a reply's subject, a date."""
        rows = read_rows(self._connection, self.splits)
        return [
            row
            for row in rows.values()
            if row.window_key is not None and has_reply_prefix(row.input.subject)
        ]

    def _by_subject(self) -> dict[str, list[datetime]]:
        near: dict[str, list[datetime]] = {}
        for id_ in self._closed:
            if key := self.rows[id_].window_key:
                near.setdefault(key[0], []).append(key[1])
        for dates in near.values():
            dates.sort()
        return near


def _is_near(row: Row, by_subject: Mapping[str, list[datetime]]) -> bool:
    """Whether a message with the row's subject lies within the subject window of its date."""
    if row.window_key is None:
        return False
    key, date_at = row.window_key
    dates = by_subject.get(key, [])
    at = bisect_left(dates, date_at - WINDOW)
    return at < len(dates) and dates[at] <= date_at + WINDOW


def _stored_date(date_at: datetime) -> str:
    """A UTC date as the messages table stores it (tables.UtcDateTime), for comparisons."""
    return UtcDateTime.stored(date_at)


def _merged_windows(
    windows: Iterable[tuple[str, datetime]],
) -> Iterator[tuple[str, datetime, datetime]]:
    """(subject, first date, last date): dates of a subject whose windows overlap, joined."""
    by_subject: dict[str, list[datetime]] = {}
    for key, date_at in windows:
        by_subject.setdefault(key, []).append(date_at)
    for key, dates in by_subject.items():
        dates.sort()
        first = last = dates[0]
        for date_at in dates[1:]:
            if date_at - last > 2 * WINDOW:
                yield key, first, last
                first = date_at
            last = date_at
        yield key, first, last
