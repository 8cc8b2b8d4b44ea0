# SPDX-License-Identifier: GPL-3.0-or-later
"""Conversations in the archive: rebuilding them, and reading threads for lists and views."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from correspondence_app.conversations.thread_builder import build_threads
from correspondence_app.storage import thread_list, thread_parts
from correspondence_app.storage.queries import format_address, in_sender_zone
from correspondence_app.storage.tables import (
    Address,
    Message,
    ThreadMerge,
    ThreadSplit,
)
from correspondence_app.storage.thread_scope import Row, Touched, read_rows

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session

    from correspondence_app.conversations.thread_builder import BuiltThread

# New messages past this share of the archive, or a search for what they touch growing
# past it: rebuilding every thread is quicker than finding the touched ones.
REBUILD_ALL_SHARE = 0.25


@dataclass(frozen=True)
class RethreadReport:
    threads: int
    changed: int  # messages whose thread or parent changed
    seconds: float


@dataclass(frozen=True)
class ThreadSummary:
    thread_id: int
    subject: str
    participants: tuple[str, ...]
    messages: int
    first_at: datetime | None
    last_at: datetime | None


@dataclass(frozen=True)
class ThreadEntry:
    id: int
    message_id: str
    parent_id: int | None
    depth: int
    date_at: datetime | None
    date_offset_minutes: int | None
    sender: str
    subject: str

    @property
    def local_date(self) -> datetime | None:
        return in_sender_zone(self.date_at, self.date_offset_minutes)


@dataclass(frozen=True)
class ThreadDetail:
    thread_id: int
    subject: str
    messages: tuple[ThreadEntry, ...]  # conversation order


def cited_ids(own: str, in_reply_to: str, references: str) -> set[str]:
    """The Message-IDs a message cites (message_references holds them), its own left out."""
    return {in_reply_to, *references.split()} - {"", own}


def rethread(engine: Engine) -> RethreadReport:
    """Rebuilds every conversation from the headers and the user's merges and splits.

    Only rows whose thread or parent changed are written.
    """
    started = time.monotonic()
    with engine.begin() as connection:
        return _rethread_all(connection, started)


def _rethread_all(connection: Connection, started: float) -> RethreadReport:
    merges = [
        (first, second)
        for first, second in connection.execute(
            select(ThreadMerge.first_message_id, ThreadMerge.second_message_id)
        )
    ]
    splits = set(connection.execute(select(ThreadSplit.message_id)).scalars())
    total = connection.execute(select(func.count(Message.id))).scalar_one()
    if total <= thread_parts.PART_MESSAGES:
        rows = read_rows(connection, None)
        threads = build_threads((row.input for row in rows.values()), merges=merges, splits=splits)
        changed = _write(connection, threads, rows)
        return RethreadReport(len(threads), changed, time.monotonic() - started)
    # A large archive in parts of whole linked groups: memory stays that of one part.
    built = changed = 0
    stale_threads: set[int] | None = set()
    for part in thread_parts.parts(connection, merges):
        rows = read_rows(connection, part)
        threads = build_threads(
            (row.input for row in rows.values()),
            merges=[(a, b) for a, b in merges if a in rows],
            splits=splits & rows.keys(),
        )
        built += len(threads)
        changed_threads = _changed_threads(connection, threads, rows)
        changed += changed_threads.messages
        if stale_threads is not None:
            stale_threads |= changed_threads.threads
            if len(stale_threads) > thread_list.REFRESH_ALL_AT:
                stale_threads = None  # one pass over every list row at the end
        del rows, threads
    if stale_threads is None:
        thread_list.refresh(connection)
    elif stale_threads:
        thread_list.refresh(connection, stale_threads)
    return RethreadReport(built, changed, time.monotonic() - started)


def thread_new(engine: Engine) -> RethreadReport:
    """Threads the messages that have no thread yet (an import's) as rethread() would.

    Only the conversations they can touch are rebuilt: those sharing a Message-ID with
    them (cited or citing, directly or through others), those a subject-only reply near
    them in time may join or leave, and those the user merged with any of these.
    """
    started = time.monotonic()
    with engine.begin() as connection:
        new = set(
            connection.execute(select(Message.id).where(Message.thread_id.is_(None))).scalars()
        )
        if not new:
            return RethreadReport(0, 0, time.monotonic() - started)
        total = connection.execute(select(func.count(Message.id))).scalar_one()
        if len(new) > total * REBUILD_ALL_SHARE:
            return _rethread_all(connection, started)
        touched = Touched(connection)
        members = touched.find(new, give_up_at=int(total * REBUILD_ALL_SHARE))
        if members is None:
            return _rethread_all(connection, started)
        threads = build_threads(
            (touched.rows[id_].input for id_ in members),
            merges=[(a, b) for a, b in touched.merges if a in members],
            splits=touched.splits & members,
        )
        changed = _write(connection, threads, touched.rows)
    return RethreadReport(len(threads), changed, time.monotonic() - started)


@dataclass(frozen=True)
class _Changed:
    messages: int
    threads: set[int]  # conversations a message left or joined: their list rows are stale


def _write(connection: Connection, threads: Sequence[BuiltThread], rows: Mapping[int, Row]) -> int:
    """Stores the threads' rows that changed, with their list rows; returns how many."""
    changed = _changed_threads(connection, threads, rows)
    if changed.threads:
        thread_list.refresh(connection, changed.threads)
    return changed.messages


def _changed_threads(
    connection: Connection, threads: Sequence[BuiltThread], rows: Mapping[int, Row]
) -> _Changed:
    """Stores the threads' rows that changed; the list rows are left to the caller."""
    changes = [
        (thread.thread_id, message.parent_id, message.id)
        for thread in threads
        for message in thread.messages
        if (rows[message.id].thread_id, rows[message.id].parent_id)
        != (thread.thread_id, message.parent_id)
    ]
    if not changes:
        return _Changed(0, set())
    connection.exec_driver_sql(
        "UPDATE messages SET thread_id = ?, parent_id = ? WHERE id = ?", changes
    )
    # The list rows of every conversation a message left or joined.
    left = {rows[message_id].thread_id for _, _, message_id in changes}
    joined = {thread_id for thread_id, _, _ in changes}
    return _Changed(len(changes), {t for t in left | joined if t is not None})


def has_unthreaded(engine: Engine) -> bool:
    with engine.connect() as connection:
        return (
            connection.execute(
                select(Message.id).where(Message.thread_id.is_(None)).limit(1)
            ).first()
            is not None
        )


def merge_threads(session: Session, first_message_id: int, second_message_id: int) -> None:
    session.add(
        ThreadMerge(
            first_message_id=first_message_id,
            second_message_id=second_message_id,
            created_at=datetime.now(UTC),
        )
    )


def split_thread(session: Session, message_id: int) -> None:
    if session.get(ThreadSplit, message_id) is None:
        session.add(ThreadSplit(message_id=message_id, created_at=datetime.now(UTC)))


def thread_summaries(
    session: Session,
    limit: int | None = None,
    *,
    offset: int = 0,
    order: thread_list.ThreadOrder = thread_list.ThreadOrder.LAST_DATE,
    descending: bool = True,
    thread_ids: Sequence[int] | None = None,
) -> list[ThreadSummary]:
    """Threads (all, or those of ``thread_ids``), newest last message first by default."""
    return [
        ThreadSummary(*row)
        for row in thread_list.page(
            session,
            limit=limit,
            offset=offset,
            order=order,
            descending=descending,
            thread_ids=thread_ids,
        )
    ]


def thread_detail(session: Session, thread_id: int) -> ThreadDetail | None:
    rows = session.execute(
        select(
            Message.id,
            Message.message_id,
            Message.parent_id,
            Message.date_at,
            Message.date_offset_minutes,
            Message.from_name,
            Address.address,
            Message.subject,
        )
        .outerjoin(Address, Address.id == Message.from_address_id)
        .where(Message.thread_id == thread_id)
    ).all()
    if not rows:
        return None
    entries = {row[0]: row for row in rows}
    children: dict[int | None, list[int]] = {}
    for id_, _, parent_id, *_ in rows:
        children.setdefault(parent_id if parent_id in entries else None, []).append(id_)
    ordered: list[ThreadEntry] = []
    stack = [(id_, 0) for id_ in _by_date(children.get(None, []), entries)[::-1]]
    while stack:
        id_, depth = stack.pop()
        _, message_id, parent_id, date_at, offset, from_name, address, subject = entries[id_]
        ordered.append(
            ThreadEntry(
                id_,
                message_id,
                parent_id if parent_id in entries else None,
                depth,
                date_at,
                offset,
                format_address(from_name, address or ""),
                subject,
            )
        )
        stack.extend((child, depth + 1) for child in _by_date(children.get(id_, []), entries)[::-1])
    return ThreadDetail(thread_id, ordered[0].subject, tuple(ordered))


def _by_date(ids: list[int], entries: Mapping[int, Sequence[Any]]) -> list[int]:
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(ids, key=lambda i: (entries[i][3] or oldest, i))


def thread_of(session: Session, message_id_header: str) -> int | None:
    """The thread holding the message with this Message-ID (with or without <>)."""
    wanted = message_id_header.strip().strip("<>").strip()
    return session.execute(
        select(Message.thread_id).where(Message.message_id == wanted).order_by(Message.id).limit(1)
    ).scalar()
