# SPDX-License-Identifier: GPL-3.0-or-later
"""The thread list, kept ready: one row per conversation, sortable by each column.

Threading writes the rows of the conversations it changed, so a window can page through
100,000 messages' worth of conversations by an index instead of grouping every message
for every page.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select

from correspondence_app.conversations.thread_builder import normalise_subject
from correspondence_app.domain.message import AddressRole
from correspondence_app.storage import stale
from correspondence_app.storage.queries import format_address
from correspondence_app.storage.tables import (
    Address,
    Message,
    MessageAddress,
    ThreadListRow,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy import ColumnElement, Connection, Engine
    from sqlalchemy.orm import Session

THREAD_LIST_KEY = "thread_list"
PARTICIPANTS_KEPT = 12
_SEPARATOR = "\x1f"  # between participants; never in a formatted address
_CHUNK = 500  # thread ids per IN (...)
REFRESH_ALL_AT = 2_000  # more changed threads than this: one pass over everything
# The pass over everything goes by ranges of thread ids, so that its memory stays small.
_ALL_RANGE = 8_000


class ThreadOrder(enum.Enum):
    LAST_DATE = "last_date"
    SUBJECT = "subject"
    CORRESPONDENTS = "correspondents"
    MESSAGES = "messages"


_SORT_COLUMNS: dict[ThreadOrder, Any] = {
    ThreadOrder.LAST_DATE: ThreadListRow.last_at,
    ThreadOrder.SUBJECT: ThreadListRow.subject_key,
    ThreadOrder.CORRESPONDENTS: ThreadListRow.participants_key,
    ThreadOrder.MESSAGES: ThreadListRow.messages,
}


def is_current(engine: Engine) -> bool:
    return not stale.is_stale(engine, THREAD_LIST_KEY)


def refresh(connection: Connection, thread_ids: Iterable[int] | None = None) -> None:
    """Rewrites the rows of these conversations (all when None) from their messages."""
    if thread_ids is not None:
        ids = sorted(set(thread_ids))
        if len(ids) <= REFRESH_ALL_AT:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                connection.execute(delete(ThreadListRow).where(ThreadListRow.thread_id.in_(chunk)))
                _insert_rows(connection, Message.thread_id.in_(chunk))
            return
    connection.execute(delete(ThreadListRow))
    lowest, highest = connection.execute(
        select(func.min(Message.thread_id), func.max(Message.thread_id))
    ).one()
    if lowest is not None and highest is not None:
        for start in range(lowest, highest + 1, _ALL_RANGE):
            _insert_rows(connection, Message.thread_id.between(start, start + _ALL_RANGE - 1))
    stale.mark_current(connection, THREAD_LIST_KEY)


def _insert_rows(connection: Connection, chosen: ColumnElement[bool]) -> None:
    groups = connection.execute(
        select(
            Message.thread_id,
            func.count(Message.id),
            func.min(Message.date_at),
            func.max(Message.date_at),
        )
        .where(chosen)
        .group_by(Message.thread_id)
    ).all()
    if not groups:
        return
    subjects = root_subjects(connection, chosen)
    people = participants(connection, chosen)
    rows = []
    for thread_id, count, first_at, last_at in groups:
        if thread_id is None:  # excluded by the condition; said again for the type checker
            continue
        subject = subjects.get(thread_id, "")
        names = people.get(thread_id, ())[:PARTICIPANTS_KEPT]
        rows.append(
            {
                "thread_id": thread_id,
                "subject": subject,
                "subject_key": normalise_subject(subject).casefold(),
                "participants": _SEPARATOR.join(names),
                "participants_key": names[0].casefold() if names else "",
                "messages": count,
                "first_at": first_at,
                "last_at": last_at,
            }
        )
    connection.execute(insert(ThreadListRow), rows)


def root_subjects(connection: Connection | Session, chosen: ColumnElement[bool]) -> dict[int, str]:
    """The subject of each thread's first message (its earliest root)."""
    rows = connection.execute(
        select(Message.thread_id, Message.subject)
        .where(chosen, Message.parent_id.is_(None))
        .order_by(Message.thread_id, Message.date_at.is_(None), Message.date_at, Message.id)
    ).all()
    subjects: dict[int, str] = {}
    for thread_id, subject in rows:
        subjects.setdefault(thread_id or 0, subject)
    return subjects


def participants(
    connection: Connection | Session, chosen: ColumnElement[bool]
) -> dict[int, tuple[str, ...]]:
    """Everyone who wrote or was written to in each thread, the most frequent first."""
    roles = (int(AddressRole.FROM), int(AddressRole.TO), int(AddressRole.CC))
    rows = connection.execute(
        # The name as the messages wrote it: an address first seen bare still gets its name.
        select(
            Message.thread_id,
            Address.address,
            func.coalesce(func.nullif(func.max(MessageAddress.name), ""), func.max(Address.name)),
            func.count(),
        )
        .join(MessageAddress, MessageAddress.message_id == Message.id)
        .join(Address, Address.id == MessageAddress.address_id)
        .where(chosen, MessageAddress.role.in_(roles))
        .group_by(Message.thread_id, Address.address)
        .order_by(Message.thread_id, func.count().desc(), Address.address)
    ).all()
    found: dict[int, list[str]] = {}
    for thread_id, address, name, _ in rows:
        found.setdefault(thread_id or 0, []).append(format_address(name or "", address))
    return {thread_id: tuple(names) for thread_id, names in found.items()}


def page(
    session: Session,
    *,
    limit: int | None = None,
    offset: int = 0,
    order: ThreadOrder = ThreadOrder.LAST_DATE,
    descending: bool = True,
    thread_ids: Iterable[int] | None = None,
) -> list[tuple[int, str, tuple[str, ...], int, Any, Any]]:
    """(thread id, subject, participants, messages, first_at, last_at), in the chosen order."""
    column = _SORT_COLUMNS[order]
    ordering = [column.desc() if descending else column.asc()]
    ordering.append(ThreadListRow.thread_id.desc() if descending else ThreadListRow.thread_id.asc())
    statement = select(ThreadListRow).order_by(*ordering).limit(limit).offset(offset or None)
    if thread_ids is not None:
        statement = statement.where(ThreadListRow.thread_id.in_(list(thread_ids)))
    return [
        (
            row.thread_id,
            row.subject,
            tuple(row.participants.split(_SEPARATOR)) if row.participants else (),
            row.messages,
            row.first_at,
            row.last_at,
        )
        for row in session.scalars(statement)
    ]
