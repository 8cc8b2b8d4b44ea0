# SPDX-License-Identifier: GPL-3.0-or-later
"""Conversations in the archive: rebuilding them, and reading threads for lists and views."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from correspondence_app.conversations.thread_builder import ThreadInput, build_threads
from correspondence_app.domain.message import AddressRole
from correspondence_app.storage.queries import format_address, in_sender_zone
from correspondence_app.storage.tables import (
    Address,
    Message,
    MessageAddress,
    MessageBody,
    ThreadMerge,
    ThreadSplit,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from sqlalchemy import Engine
    from sqlalchemy.orm import Session


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


def rethread(engine: Engine) -> RethreadReport:
    """Rebuilds every conversation from the headers and the user's merges and splits.

    Only rows whose thread or parent changed are written, so re-threading after an
    import touches little more than the new messages.
    """
    started = time.monotonic()
    with engine.begin() as connection:
        rows = connection.execute(
            select(
                Message.id,
                Message.message_id,
                MessageBody.in_reply_to,
                MessageBody.references,
                Message.subject,
                Message.date_at,
                Message.thread_id,
                Message.parent_id,
            ).join(MessageBody, MessageBody.message_id == Message.id)
        ).all()
        inputs = [
            ThreadInput(id_, message_id, in_reply_to, tuple(references.split()), subject, date)
            for id_, message_id, in_reply_to, references, subject, date, _, _ in rows
        ]
        current = {row[0]: (row[6], row[7]) for row in rows}
        merges = connection.execute(
            select(ThreadMerge.first_message_id, ThreadMerge.second_message_id)
        ).all()
        splits = connection.execute(select(ThreadSplit.message_id)).scalars().all()
        threads = build_threads(inputs, merges=[(a, b) for a, b in merges], splits=splits)
        changes = [
            (thread.thread_id, message.parent_id, message.id)
            for thread in threads
            for message in thread.messages
            if current.get(message.id) != (thread.thread_id, message.parent_id)
        ]
        if changes:
            connection.exec_driver_sql(
                "UPDATE messages SET thread_id = ?, parent_id = ? WHERE id = ?", changes
            )
    return RethreadReport(len(threads), len(changes), time.monotonic() - started)


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
    thread_ids: Sequence[int] | None = None,
) -> list[ThreadSummary]:
    """Threads (all, or those of ``thread_ids``), newest last message first."""
    chosen = (
        Message.thread_id.is_not(None)
        if thread_ids is None
        else Message.thread_id.in_(list(thread_ids))
    )
    statement = (
        select(
            Message.thread_id,
            func.count(Message.id),
            func.min(Message.date_at),
            func.max(Message.date_at),
        )
        .where(chosen)
        .group_by(Message.thread_id)
        .order_by(func.max(Message.date_at).desc(), Message.thread_id.desc())
        .limit(limit)
        .offset(offset or None)
    )
    groups = session.execute(statement).all()
    ids = [group[0] or 0 for group in groups]  # never 0: NULL threads are filtered out
    subjects = _root_subjects(session, ids)
    people = _participants(session, ids)
    return [
        ThreadSummary(
            thread_id, subjects.get(thread_id, ""), people.get(thread_id, ()), count, first, last
        )
        for thread_id, (_, count, first, last) in zip(ids, groups, strict=True)
    ]


def _root_subjects(session: Session, thread_ids: list[int]) -> dict[int, str]:
    """The subject of each thread's first message (its earliest root)."""
    rows = session.execute(
        select(Message.thread_id, Message.subject)
        .where(Message.thread_id.in_(thread_ids), Message.parent_id.is_(None))
        .order_by(Message.thread_id, Message.date_at.is_(None), Message.date_at, Message.id)
    ).all()
    subjects: dict[int, str] = {}
    for thread_id, subject in rows:
        subjects.setdefault(thread_id or 0, subject)
    return subjects


def _participants(session: Session, thread_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Everyone who wrote or was written to in each thread, the most frequent first."""
    roles = (int(AddressRole.FROM), int(AddressRole.TO), int(AddressRole.CC))
    rows = session.execute(
        select(Message.thread_id, Address.address, func.max(Address.name), func.count())
        .join(MessageAddress, MessageAddress.message_id == Message.id)
        .join(Address, Address.id == MessageAddress.address_id)
        .where(Message.thread_id.in_(thread_ids), MessageAddress.role.in_(roles))
        .group_by(Message.thread_id, Address.address)
        .order_by(Message.thread_id, func.count().desc(), Address.address)
    ).all()
    found: dict[int, list[str]] = {}
    for thread_id, address, name, _ in rows:
        found.setdefault(thread_id or 0, []).append(format_address(name or "", address))
    return {thread_id: tuple(names) for thread_id, names in found.items()}


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
