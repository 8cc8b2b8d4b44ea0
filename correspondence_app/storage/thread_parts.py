# SPDX-License-Identifier: GPL-3.0-or-later
"""Rebuilding every conversation in parts, so that memory does not grow with the archive.

Two messages can only end in one conversation when they are linked: they share a
Message-ID (their own or one they cite, also a missing one both cite), a subject key (a
reply without headers joins by its subject), or the user merged them; or each is linked
to a third. thread_builder decides within such a linked group alone, so threading each
group apart gives every message the thread and parent that threading all at once gives.
The groups are found from the indexes, with one integer per message in memory, and
gathered into parts of about PART_MESSAGES messages that are read, threaded and written
in turn.
"""

from __future__ import annotations

import heapq
from array import array
from typing import TYPE_CHECKING

from correspondence_app.conversations.thread_builder import MIN_SUBJECT_CHARS

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from sqlalchemy import Connection

PART_MESSAGES = 20_000

_OWN_IDS = "SELECT message_id, id FROM messages WHERE message_id != '' ORDER BY message_id, id"
_CITED_IDS = "SELECT reference, message_id FROM message_references ORDER BY reference, message_id"
_SUBJECTS = "SELECT subject_key, id FROM messages WHERE length(subject_key) >= ? ORDER BY 1"


class _Groups:
    """Union-find over message ids, in an array of one integer per id."""

    def __init__(self, highest_id: int) -> None:
        self.up = array("q", range(highest_id + 1))

    def find(self, node: int) -> int:
        up = self.up
        while (parent := up[node]) != node:
            up[node] = up[parent]  # path halving
            node = parent
        return node

    def join(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.up[max(a, b)] = min(a, b)

    def join_runs(self, keyed: Iterable[tuple[str, int]]) -> None:
        """Joins the ids of each run of equal keys (keyed is sorted by key)."""
        previous: str | None = None
        first = 0
        for key, id_ in keyed:
            if key == previous:
                self.join(first, id_)
            else:
                previous, first = key, id_


def _pairs(connection: Connection, sql: str, *parameters: object) -> Iterator[tuple[str, int]]:
    """(key, id) as plain tuples, which heapq.merge compares."""
    return ((key, id_) for key, id_ in connection.exec_driver_sql(sql, parameters))


def parts(
    connection: Connection,
    merges: Sequence[tuple[int, int]],
    part_messages: int | None = None,
) -> Iterator[array[int]]:
    """The message ids in parts of whole linked groups, each of about part_messages ids
    (one group larger than that is a part of its own)."""
    limit = PART_MESSAGES if part_messages is None else part_messages
    ids = array("q", (id_ for (id_,) in connection.exec_driver_sql("SELECT id FROM messages")))
    if not ids:
        return
    groups = _Groups(max(ids))
    # Both streams come ordered by the Message-ID from their indexes; UTF-8 byte order (the
    # database's) is code point order (Python's), so they merge as they come.
    groups.join_runs(heapq.merge(_pairs(connection, _OWN_IDS), _pairs(connection, _CITED_IDS)))
    groups.join_runs(_pairs(connection, _SUBJECTS, MIN_SUBJECT_CHARS))
    highest = len(groups.up) - 1
    for first, second in merges:
        if first <= highest and second <= highest:
            groups.join(first, second)
    sizes = array("q", bytes(8 * len(groups.up)))
    for id_ in ids:
        sizes[groups.find(id_)] += 1
    # Groups go to parts in the order of their lowest id; a part is full at the limit.
    part_of = array("q", [-1]) * len(groups.up)
    filled: list[int] = []
    for id_ in ids:
        root = groups.find(id_)
        if part_of[root] < 0:
            if not filled or (filled[-1] and filled[-1] + sizes[root] > limit):
                filled.append(0)
            part_of[root] = len(filled) - 1
            filled[-1] += sizes[root]
    del sizes
    members = [array("q") for _ in filled]
    for id_ in ids:
        members[part_of[groups.find(id_)]].append(id_)
    del ids, groups, part_of
    while members:
        yield members.pop(0)
