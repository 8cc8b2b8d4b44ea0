# SPDX-License-Identifier: GPL-3.0-or-later
"""A large archive is rethreaded in parts of linked messages, exactly as all at once."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select, update

from correspondence_app.storage import thread_parts
from correspondence_app.storage import threads as thread_store
from correspondence_app.storage.tables import Message, ThreadMerge
from tests.unit.storage.test_incremental_threads import (
    _copy,
    assignment,
    corpus_files,
    random_mail,
)

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


@pytest.fixture
def mixed(archive: Archive, tmp_path: Path, corpora: Path) -> Archive:
    """The notmuch test mail, a generated correspondence and random mail (ghosts, copies of
    Message-IDs, undated and subject-only replies), with merges and splits; threaded whole."""
    rng = random.Random(3)  # noqa: S311  reproducible, no secrets
    files = corpus_files(corpora) | random_mail(rng, 120)
    archive.import_paths([_copy(files, sorted(files), tmp_path / "mail")])
    messages = archive.list_messages()
    for message in rng.sample(messages, 5):
        archive.split_thread(message.id)
    threads = archive.threads()
    for _ in range(5):
        first, second = rng.sample(threads, 2)
        archive.merge_threads(first.thread_id, second.thread_id)
        threads = archive.threads()
    assert len(messages) < thread_parts.PART_MESSAGES  # so far threaded all at once
    return archive


@pytest.mark.parametrize("part_messages", [1, 7, 60])
def test_threading_in_parts_gives_every_message_the_same_thread_and_parent(
    mixed: Archive, monkeypatch: pytest.MonkeyPatch, part_messages: int
) -> None:
    whole = assignment(mixed)
    listed = mixed.threads()
    monkeypatch.setattr(thread_parts, "PART_MESSAGES", part_messages)
    assert mixed.rethread().changed == 0  # nothing to change: the same answer
    with mixed.engine.begin() as connection:
        connection.execute(update(Message).values(thread_id=None, parent_id=None))
    report = mixed.rethread()
    assert report.changed == mixed.stats().messages
    assert report.threads == len(listed)
    assert assignment(mixed) == whole
    assert mixed.threads() == listed  # the list rows too


def test_parts_hold_every_message_once_and_linked_messages_together(mixed: Archive) -> None:
    with mixed.engine.connect() as connection:
        merges = [
            (first, second)
            for first, second in connection.execute(
                select(ThreadMerge.first_message_id, ThreadMerge.second_message_id)
            )
        ]
        found = [set(part) for part in thread_parts.parts(connection, merges, 10)]
        # At a limit of one message every linked group is a part of its own.
        groups = [set(part) for part in thread_parts.parts(connection, merges, 1)]
    ids = [id_ for part in found for id_ in part]
    assert sorted(ids) == sorted(message.id for message in mixed.list_messages())
    part_of = {id_: number for number, part in enumerate(found) for id_ in part}
    for thread in mixed.threads():
        members = {entry.id for entry in mixed.thread(thread.thread_id).messages}
        assert len({part_of[id_] for id_ in members}) == 1, thread.subject
    for group in groups:
        assert len({part_of[id_] for id_ in group}) == 1
    # A part is over the limit only when one linked group is: then it holds nothing else.
    assert len(found) > 10
    assert any(len(part) > 10 for part in found)  # the notmuch mail has large threads
    assert all(len(part) <= 10 or part in groups for part in found)


def test_an_empty_archive_has_no_parts(archive: Archive) -> None:
    with archive.engine.connect() as connection:
        assert list(thread_parts.parts(connection, [])) == []
    assert archive.rethread().threads == 0
    assert not thread_store.has_unthreaded(archive.engine)
