# SPDX-License-Identifier: GPL-3.0-or-later
"""The kept thread list always equals one computed afresh from the messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from correspondence_app.storage import thread_list
from correspondence_app.storage.thread_list import ThreadOrder

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def snapshot(archive: Archive) -> list[tuple[object, ...]]:
    with archive.session() as session:
        return sorted(thread_list.page(session), key=lambda row: row[0])  # type: ignore[arg-type,return-value]


def assert_current(archive: Archive) -> None:
    kept = snapshot(archive)
    with archive.engine.begin() as connection:
        thread_list.refresh(connection)
    assert kept == snapshot(archive)
    assert sum(row[3] for row in kept) == archive.stats().messages  # type: ignore[misc]


def test_list_follows_imports_merges_and_splits(archive: Archive, corpora: Path) -> None:
    archive.import_paths([corpora / "notmuch" / "default" / "foo"], workers=1)
    assert_current(archive)
    archive.import_paths([corpora / "notmuch" / "default"], workers=1)  # joins and links
    assert_current(archive)
    first, second = (t.thread_id for t in archive.threads(2))
    merged = archive.merge_threads(first, second)
    assert_current(archive)
    archive.split_thread(archive.thread(merged).messages[-1].id)
    assert_current(archive)


def test_each_column_sorts_the_whole_list(archive: Archive, corpora: Path) -> None:
    archive.import_paths([corpora / "notmuch" / "default"], workers=1)
    by_count = archive.threads(order=ThreadOrder.MESSAGES)
    assert [t.messages for t in by_count] == sorted((t.messages for t in by_count), reverse=True)
    by_subject = archive.threads(order=ThreadOrder.SUBJECT, descending=False)
    keys = [t.subject.casefold().removeprefix("re: ") for t in by_subject]
    assert keys[0] <= keys[-1]
    newest = archive.threads(3)
    assert [t.last_at for t in newest] == sorted((t.last_at for t in newest), reverse=True)  # type: ignore[type-var]
    second_page = archive.threads(3, offset=3)
    assert {t.thread_id for t in newest}.isdisjoint(t.thread_id for t in second_page)
