# SPDX-License-Identifier: GPL-3.0-or-later
"""Build conversations from Message-ID, References and In-Reply-To (JWZ), with a subject fallback.

The steps of build_threads(), each independent of the input order:

1. The smallest archive id owns a Message-ID; later copies become siblings of it.
2. Every message picks its parent from its own headers: In-Reply-To when that message is
   here (Debbugs writes References oldest last), else the last References entry when
   In-Reply-To is absent or agrees, else the newest cited message here older than the
   reply. A missing parent becomes a ghost; ids without "@" never do.
3. Reply loops are cut at their earliest message, which becomes a root.
4. References chains give parents to ghosts and to messages without one, never creating
   a loop (JWZ step 1A).
5. Ghosts are pruned: their children move up, and a ghost root's children stay roots of
   one thread.
6. Subject fallback: a root that has no reply headers but a reply prefix ("Re: Hallo")
   joins the thread with its subject and a message at most 30 days away, under the
   latest earlier message. Two roots without prefixes are never joined.
7. The caller's corrections: splits first (the message and its replies leave their
   thread), then merges (the threads of both ids become one).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

SUBJECT_WINDOW_S = 30 * 24 * 3600
MIN_SUBJECT_CHARS = 4  # "Hi", "Re: ok": too common to say anything about a conversation

# List tags ("[notmuch]") and reply or forward prefixes, with counters ("Re[2]:", "AW(3):").
_PREFIX = re.compile(
    r"\s*(?:\[[^\]]*\]|(?P<reply>re|aw|antw|wg|fwd?|tr|отв|ответ|пересл)\s*"
    r"(?:\[\d+\]|\(\d+\))?\s*[:：])",
    re.IGNORECASE,
)

type _Key = tuple[bool, float, int]  # conversation order: dated first, by date, then by id
type _Stamp = tuple[float, int, int]  # (POSIX time, archive id, node)


@dataclass(frozen=True, slots=True)
class ThreadInput:
    id: int  # the archive's message id (unique)
    message_id: str  # Message-ID without <>, "" when missing
    in_reply_to: str  # first id of In-Reply-To without <>, "" when missing
    references: tuple[str, ...]  # References ids in header order, without <>
    subject: str  # decoded subject
    date_at: datetime | None  # aware UTC


@dataclass(frozen=True, slots=True)
class ThreadedMessage:
    id: int
    parent_id: int | None  # None for a root or when the parent is missing
    depth: int  # 0 for roots


@dataclass(frozen=True, slots=True)
class BuiltThread:
    messages: tuple[ThreadedMessage, ...]  # parent before child, siblings by date, then id

    @property
    def thread_id(self) -> int:
        """The smallest archive id in the thread: stable when the thread is rebuilt."""
        return min(message.id for message in self.messages)


def normalise_subject(subject: str) -> str:
    """The subject without list tags and reply/forward prefixes, case and whitespace folded."""
    return _strip_prefixes(subject)[0]


def has_reply_prefix(subject: str) -> bool:
    """Whether the subject says it answers or forwards ("Re:", "AW[2]:", "Fwd:")."""
    return _strip_prefixes(subject)[1]


def _strip_prefixes(subject: str) -> tuple[str, bool]:
    """The normalised subject, and whether a reply or forward prefix was stripped."""
    had_prefix = False
    position = 0
    while match := _PREFIX.match(subject, position):
        had_prefix = had_prefix or match.group("reply") is not None
        position = match.end()
    return " ".join(subject[position:].casefold().split()), had_prefix


def _sort_key(message: ThreadInput) -> _Key:
    if message.date_at is None:  # undated messages go last rather than first
        return (True, 0.0, message.id)
    return (False, message.date_at.timestamp(), message.id)


def build_threads(
    messages: Iterable[ThreadInput],
    *,
    merges: Iterable[tuple[int, int]] = (),
    splits: Iterable[int] = (),
) -> list[BuiltThread]:
    """Every message exactly once, in threads ordered by thread_id; see the module docstring."""
    owners, duplicates, keys, top, real_parent = _header_trees(messages)
    joined = _join_by_subject(owners, keys, top, real_parent)

    # From here on everything is keyed by archive id; a root's label names its thread.
    parent_of: dict[int, int | None] = {}
    label: dict[int, int] = {}
    for node, message in enumerate(owners):
        up = real_parent[node]
        parent_of[message.id] = owners[up].id if up >= 0 else None
        if up < 0:
            label[message.id] = joined.get(top[node], top[node])
    for message, owner in duplicates:
        # A second copy of a Message-ID sits beside the first: same parent, same thread.
        parent_of[message.id] = parent_of[owners[owner].id]
        if parent_of[message.id] is None:
            label[message.id] = label[owners[owner].id]
    next_label = len(top)  # past every node: labels of split-off threads are new
    for split in sorted(set(splits)):
        if split in parent_of:
            parent_of[split] = None
            label[split] = next_label
            next_label += 1
    merged: dict[int, int] = {}
    for first, second in merges:
        if first in parent_of and second in parent_of:
            a = _find(merged, label[_root_of(first, parent_of)])
            b = _find(merged, label[_root_of(second, parent_of)])
            merged[max(a, b)] = min(a, b)
    keyed = {message.id: _sort_key(message) for message in owners}
    keyed.update((message.id, _sort_key(message)) for message, _ in duplicates)
    return _assemble(parent_of, {root: _find(merged, lab) for root, lab in label.items()}, keyed)


def subject_orphans(messages: Iterable[ThreadInput]) -> set[int]:
    """The archive ids of the messages that only their subject can join to a thread (step 6).

    The answer for a message holds when every message sharing a Message-ID with it, directly
    or through others, is given too.
    """
    owners, _, keys, top, _ = _header_trees(messages)
    subjects = [_strip_prefixes(message.subject) for message in owners]
    return {owners[node].id for node in _orphans(subjects, keys, top)}


def _header_trees(
    messages: Iterable[ThreadInput],
) -> tuple[list[ThreadInput], list[tuple[ThreadInput, int]], list[_Key], list[int], list[int]]:
    """Steps 1 to 5: the owners of Message-IDs, the other copies (with their owner's node),
    sort keys, and each node's tree top and nearest real ancestor."""
    owners: list[ThreadInput] = []
    duplicates: list[tuple[ThreadInput, int]] = []
    nodes: dict[str, int] = {}  # Message-ID -> node; owners are 0..len(owners)-1, then ghosts
    last_id: int | None = None
    for message in sorted(messages, key=lambda m: m.id):
        if message.id == last_id:
            raise ValueError(f"archive id {message.id} given twice")
        last_id = message.id
        owner = nodes.get(message.message_id) if message.message_id else None
        if owner is None:
            if message.message_id:
                nodes[message.message_id] = len(owners)
            owners.append(message)
        else:
            duplicates.append((message, owner))
    count = len(owners)
    keys = [_sort_key(message) for message in owners]
    parent = [-1] * count

    def node_of(message_id: str) -> int:
        node = nodes.get(message_id)
        if node is None:  # a ghost: cited, but not in the archive
            node = nodes[message_id] = len(parent)
            parent.append(-1)
        return node

    for node, message in enumerate(owners):
        target = _reply_target(message, nodes, keys)
        if target:
            parent[node] = node_of(target)
    _break_loops(parent, keys)
    # JWZ 1A, oldest message first: References chains give parents to ghosts and to
    # messages without one; messages' own choices above are never overridden.
    for node in sorted(range(count), key=keys.__getitem__):
        own = owners[node].message_id
        chain = [
            node_of(ref) for ref in owners[node].references if _citable(ref, own, nodes, count)
        ]
        for previous, current in pairwise(chain):
            if parent[current] < 0 and not _is_ancestor(current, previous, parent):
                parent[current] = previous

    top, real_parent = _prune_ghosts(parent, count)
    return owners, duplicates, keys, top, real_parent


def _reply_target(message: ThreadInput, nodes: dict[str, int], keys: list[_Key]) -> str:
    """The Message-ID this message answers, "" for none."""
    count = len(keys)
    own = message.message_id
    references = [ref for ref in message.references if _citable(ref, own, nodes, count)]
    in_reply_to = message.in_reply_to if _citable(message.in_reply_to, own, nodes, count) else ""
    if in_reply_to and nodes.get(in_reply_to, count) < count:
        return in_reply_to  # the direct answer, and it is here: Debbugs' References are oldest last
    if not references or in_reply_to in ("", references[-1]):
        return references[-1] if references else in_reply_to
    # The headers disagree and In-Reply-To is not here (gmane rewrote it, or it was never
    # archived), so the References order is suspect too: take the newest cited message
    # older than this one.
    own_key = _sort_key(message)
    cited = {ref: keys[nodes[ref]] for ref in references if nodes.get(ref, count) < count}
    older = {ref: key for ref, key in cited.items() if key < own_key} or cited
    return max(older, key=older.__getitem__) if older else references[-1]


def _citable(message_id: str, own: str, nodes: dict[str, int], count: int) -> bool:
    """Whether a cited id may link messages: "<yes>" (a git send-email answer) may not.

    Without an "@" it is no Message-ID, so it may only name a message that is here;
    as a ghost it would join every stranger who wrote the same word.
    """
    if message_id == own or not message_id:
        return False
    return "@" in message_id or nodes.get(message_id, count) < count


def _break_loops(parent: list[int], keys: list[_Key]) -> None:
    """Cut every cycle of replies at its earliest message (notmuch's broken/loop corpus)."""
    state = [0] * len(parent)  # 0 unseen, 1 on the current path, 2 done
    for start in range(len(parent)):
        path: list[int] = []
        node = start
        while node >= 0 and state[node] == 0:
            state[node] = 1
            path.append(node)
            node = parent[node]
        if node >= 0 and state[node] == 1:
            earliest = min(path[path.index(node) :], key=keys.__getitem__)
            parent[earliest] = -1
        for visited in path:
            state[visited] = 2


def _is_ancestor(candidate: int, node: int, parent: list[int]) -> bool:
    while node >= 0:
        if node == candidate:
            return True
        node = parent[node]
    return False


def _prune_ghosts(parent: list[int], count: int) -> tuple[list[int], list[int]]:
    """The top of each node's tree, and each node's nearest ancestor that is a real message."""
    top = [-1] * len(parent)
    real_parent = [-1] * len(parent)
    for start in range(len(parent)):
        path: list[int] = []
        node = start
        while top[node] < 0 and parent[node] >= 0:
            path.append(node)
            node = parent[node]
        if top[node] < 0:
            top[node] = node
        for child in reversed(path):  # path compression keeps this linear for deep threads
            up = parent[child]
            top[child] = top[up]
            real_parent[child] = up if up < count else real_parent[up]
    return top, real_parent


def _join_by_subject(
    owners: list[ThreadInput], keys: list[_Key], top: list[int], real_parent: list[int]
) -> dict[int, int]:
    """Attach header-less replies by subject; returns {joined tree top: target tree top}.

    Only threads built from headers are targets, and the window is measured to their
    messages with that subject: a chain of "AW: Rechnung" forwards, a month apart each,
    never snowballs into one thread over the years.
    """
    by_top: dict[int, list[_Stamp]] = {}  # (time, id, node) of every dated message, sorted
    anchors: dict[str, list[_Stamp]] = {}  # (time, id, tree top) of target messages
    subjects = [_strip_prefixes(message.subject) for message in owners]
    orphans = _orphans(subjects, keys, top)
    for node, message in enumerate(owners):
        undated, stamp, _ = keys[node]
        if undated:  # no date, no window: never joined, never a reason to join
            continue
        by_top.setdefault(top[node], []).append((stamp, message.id, node))
        subject = subjects[node][0]
        if len(subject) >= MIN_SUBJECT_CHARS and top[node] not in orphans:
            anchors.setdefault(subject, []).append((stamp, message.id, top[node]))
    for stamps in (*anchors.values(), *by_top.values()):
        stamps.sort()
    joined: dict[int, int] = {}
    # Oldest first, so a later reply can hang under an earlier one that joined before it.
    for node in sorted(orphans, key=keys.__getitem__):
        stamps = anchors.get(orphans[node], [])
        orphan = (keys[node][1], owners[node].id, node)
        at = bisect_left(stamps, orphan)
        if at and orphan[0] - stamps[at - 1][0] <= SUBJECT_WINDOW_S:
            target = stamps[at - 1][2]  # an earlier message it answers comes first
        elif at < len(stamps) and stamps[at][0] - orphan[0] <= SUBJECT_WINDOW_S:
            target = stamps[at][2]
        else:
            continue
        thread = by_top[target]
        at = bisect_left(thread, orphan)
        if at:
            real_parent[node] = thread[at - 1][2]
        for moved in by_top[node]:
            insort(thread, moved)
        joined[node] = target
    return joined


def _orphans(subjects: list[tuple[str, bool]], keys: list[_Key], top: list[int]) -> dict[int, str]:
    """{node: subject} of the roots by headers that are replies by their subject."""
    orphans: dict[int, str] = {}
    for node, (subject, had_prefix) in enumerate(subjects):
        if (
            had_prefix
            and top[node] == node
            and not keys[node][0]
            and len(subject) >= MIN_SUBJECT_CHARS
        ):
            orphans[node] = subject
    return orphans


def _find(up: dict[int, int], node: int) -> int:
    while (parent := up.get(node, node)) != node:
        up[node] = up.get(parent, parent)  # path halving
        node = parent
    return node


def _root_of(message_id: int, parent_of: dict[int, int | None]) -> int:
    while (up := parent_of[message_id]) is not None:
        message_id = up
    return message_id


def _assemble(
    parent_of: dict[int, int | None], label: dict[int, int], keys: dict[int, _Key]
) -> list[BuiltThread]:
    children: dict[int, list[int]] = {}
    roots: dict[int, list[int]] = {}
    for message_id, up in parent_of.items():
        if up is None:
            roots.setdefault(label[message_id], []).append(message_id)
        else:
            children.setdefault(up, []).append(message_id)
    threads: list[BuiltThread] = []
    for members in roots.values():
        ordered: list[ThreadedMessage] = []
        # A stack, not recursion: threads can be thousands of replies deep.
        stack: list[tuple[int, int | None, int]]
        stack = [(root, None, 0) for root in sorted(members, key=keys.__getitem__, reverse=True)]
        while stack:
            message_id, up, depth = stack.pop()
            ordered.append(ThreadedMessage(message_id, up, depth))
            replies = children.get(message_id, ())
            stack.extend(
                (reply, message_id, depth + 1)
                for reply in sorted(replies, key=keys.__getitem__, reverse=True)
            )
        threads.append(BuiltThread(tuple(ordered)))
    threads.sort(key=lambda thread: thread.thread_id)
    return threads
