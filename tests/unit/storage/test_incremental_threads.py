# SPDX-License-Identifier: GPL-3.0-or-later
"""Imports thread their messages incrementally, exactly as a full rethread would."""

from __future__ import annotations

import random
import shutil
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select, update

from benchmarks.corpus import iter_messages
from correspondence_app.conversations.thread_builder import normalise_subject
from correspondence_app.services import Archive
from correspondence_app.storage import threads as thread_store
from correspondence_app.storage.tables import Message, MessageReference
from tests.conftest import PASSPHRASE
from tests.unit.storage.test_schema import make_archive_at

if TYPE_CHECKING:
    from pathlib import Path

type Assignment = dict[str, tuple[str, str | None]]  # Message-ID -> (thread's first, parent)

START = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def eml(
    message_id: str,
    subject: str,
    day: float,
    *,
    in_reply_to: str = "",
    references: str = "",
) -> bytes:
    headers = [
        "From: Anna <anna@example.org>",
        "To: Ben <ben@example.org>",
        f"Subject: {subject}",
        f"Date: {format_datetime(START + timedelta(days=day))}",
        f"Message-ID: <{message_id}>",
    ]
    if in_reply_to:
        headers.append(f"In-Reply-To: <{in_reply_to}>")
    if references:
        headers.append("References: " + " ".join(f"<{ref}>" for ref in references.split()))
    return ("\n".join(headers) + f"\n\nAbout {subject}.\n").encode()


def import_files(archive: Archive, folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    report = archive.import_paths([folder])
    assert report.imported == len(files)
    assert report.thread_seconds > 0


def assignment(archive: Archive) -> Assignment:
    """Thread and parent of every message, named by Message-IDs so archives can be compared."""
    with archive.session() as session:
        rows = session.execute(
            select(Message.id, Message.message_id, Message.thread_id, Message.parent_id)
        ).all()
    names = {id_: message_id for id_, message_id, _, _ in rows}
    found: Assignment = {}
    for _, message_id, thread_id, parent_id in rows:
        assert thread_id is not None, f"{message_id} has no thread"
        found[message_id] = (names[thread_id], names[parent_id] if parent_id else None)
    return found


def assert_same_as_full_rethread(archive: Archive) -> Assignment:
    before = assignment(archive)
    report = archive.rethread()
    assert report.changed == 0
    assert assignment(archive) == before
    return before


def threads_of(found: Assignment) -> set[frozenset[str]]:
    by_thread: dict[str, set[str]] = {}
    for message_id, (first, _) in found.items():
        by_thread.setdefault(first, set()).add(message_id)
    return {frozenset(members) for members in by_thread.values()}


# Real corpora, imported in parts -------------------------------------------------------------


def corpus_files(corpora: Path) -> dict[str, bytes]:
    """The notmuch test mail (known threads, loops, ghosts, duplicates) and a generated
    correspondence with subject-only replies, by unique file name."""
    files = {
        f"notmuch-{index:03}.eml": path.read_bytes()
        for index, path in enumerate(sorted((corpora / "notmuch").rglob("*")))
        if path.is_file()
    }
    for message in iter_messages(300, seed=7):
        files[f"generated-{len(files):03}.eml"] = message.data
    return files


@pytest.fixture(autouse=True)
def always_incremental(monkeypatch: pytest.MonkeyPatch) -> None:
    """However large an import is beside the archive, it is threaded incrementally."""
    monkeypatch.setattr(thread_store, "REBUILD_ALL_SHARE", 1.0)


@pytest.mark.parametrize(("seed", "parts"), [(1, 2), (2, 4), (3, 7)])
def test_imports_in_parts_thread_as_a_full_rethread_does(
    archive: Archive, tmp_path: Path, corpora: Path, seed: int, parts: int
) -> None:
    files = corpus_files(corpora)
    names = sorted(files)
    random.Random(seed).shuffle(names)  # noqa: S311  reproducible, no secrets
    for part in range(parts):
        chosen = names[part::parts]
        archive.import_paths([_copy(files, chosen, tmp_path / f"part-{part}")])
        assert not thread_store.has_unthreaded(archive.engine)
        found = assert_same_as_full_rethread(archive)
    # Another order of the same mail gives the same conversations.
    with Archive.create(tmp_path / "at-once", PASSPHRASE) as other:
        other.import_paths([_copy(files, names, tmp_path / "all")])
        assert threads_of(assignment(other)) == threads_of(found)


def _copy(files: dict[str, bytes], names: list[str], folder: Path) -> Path:
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes(files[name])
    return folder


SUBJECTS = ("Rent", "Re: Rent", "Fwd: Rent", "Rent increase", "Re: Rent increase", "AW: Visa")


def random_mail(rng: random.Random, count: int) -> dict[str, bytes]:
    """Messages citing each other, missing ones and words without "@"; copies of
    Message-IDs, undated mail and subject-only replies, all within a few months."""
    ids = [f"m{i}@x" if rng.random() > 0.05 else f"word{i}" for i in range(count)]
    cited = [*ids, "ghost1@x", "ghost2@x", "yes"]
    files = {}
    for index in range(count):
        own = ids[index] if rng.random() > 0.08 else rng.choice(ids)
        headers = [f"Subject: {rng.choice(SUBJECTS)}", f"Message-ID: <{own}>", "From: a@x"]
        if rng.random() > 0.05:
            date = START + timedelta(days=rng.uniform(0, 120))
            headers.append(f"Date: {format_datetime(date)}")
        if rng.random() < 0.5:
            references = rng.sample(cited, rng.randint(1, 3))
            if rng.random() < 0.7:
                headers.append(f"In-Reply-To: <{rng.choice(references)}>")
            if rng.random() < 0.7:
                headers.append("References: " + " ".join(f"<{ref}>" for ref in references))
        files[f"random-{index:03}.eml"] = ("\n".join(headers) + "\n\nText.\n").encode()
    return files


@pytest.mark.parametrize("seed", range(6))
def test_random_mail_with_merges_and_splits_threads_as_a_full_rethread_does(
    archive: Archive, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)  # noqa: S311  reproducible, no secrets
    files = random_mail(rng, 60)
    names = sorted(files)
    rng.shuffle(names)
    parts = 4
    for part in range(parts):
        archive.import_paths([_copy(files, names[part::parts], tmp_path / f"part-{part}")])
        assert_same_as_full_rethread(archive)
        messages = archive.list_messages()
        archive.split_thread(rng.choice(messages).id)
        threads = archive.threads()
        if len(threads) > 1:
            first, second = rng.sample(threads, 2)
            archive.merge_threads(first.thread_id, second.thread_id)


# Constructed cases ----------------------------------------------------------------------------


def test_reply_arriving_before_its_parent_gets_it(archive: Archive, tmp_path: Path) -> None:
    import_files(
        archive,
        tmp_path / "1",
        {"reply.eml": eml("reply@x", "Re: Visa", 2, in_reply_to="start@x")},
    )
    import_files(archive, tmp_path / "2", {"start.eml": eml("start@x", "Visa", 1)})
    found = assert_same_as_full_rethread(archive)
    assert found["reply@x"][1] == "start@x"
    assert threads_of(found) == {frozenset({"reply@x", "start@x"})}


def test_message_citing_two_threads_joins_them(archive: Archive, tmp_path: Path) -> None:
    import_files(
        archive,
        tmp_path / "1",
        {
            "a1.eml": eml("a1@x", "Hospital", 1),
            "a2.eml": eml("a2@x", "Re: Hospital", 2, in_reply_to="a1@x"),
            "b1.eml": eml("b1@x", "Embassy", 3),
            "b2.eml": eml("b2@x", "Re: Embassy", 4, in_reply_to="b1@x"),
        },
    )
    assert len(threads_of(assignment(archive))) == 2
    import_files(
        archive,
        tmp_path / "2",
        {"link.eml": eml("link@x", "Re: Embassy", 5, references="a1@x b1@x")},
    )
    found = assert_same_as_full_rethread(archive)
    assert threads_of(found) == {frozenset({"a1@x", "a2@x", "b1@x", "b2@x", "link@x"})}


def test_subject_only_reply_joins_the_nearest_earlier_thread(
    archive: Archive, tmp_path: Path
) -> None:
    import_files(
        archive,
        tmp_path / "1",
        {
            "old.eml": eml("old@x", "Power of attorney", 1),
            "answer.eml": eml("answer@x", "Re: Power of attorney", 20),
            "late.eml": eml("late@x", "Re: Power of attorney", 90),
        },
    )
    found = assert_same_as_full_rethread(archive)
    assert found["answer@x"][1] == "old@x"
    # 89 days later: a conversation of its own.
    assert threads_of(found) == {frozenset({"old@x", "answer@x"}), frozenset({"late@x"})}
    # A newer thread with that subject arrives: the reply moves to it, and the late one
    # finds a message within the window.
    import_files(
        archive,
        tmp_path / "2",
        {
            "new.eml": eml("new@x", "Power of attorney", 15),
            "again.eml": eml("again@x", "Power of attorney", 70),
        },
    )
    found = assert_same_as_full_rethread(archive)
    assert found["answer@x"][1] == "new@x"
    assert found["late@x"][1] == "again@x"
    assert threads_of(found) == {
        frozenset({"old@x"}),
        frozenset({"new@x", "answer@x"}),
        frozenset({"again@x", "late@x"}),
    }


def test_merge_and_split_survive_imports_touching_them(archive: Archive, tmp_path: Path) -> None:
    import_files(
        archive,
        tmp_path / "1",
        {
            "a1.eml": eml("a1@x", "Court date", 1),
            "a2.eml": eml("a2@x", "Re: Court date", 2, in_reply_to="a1@x"),
            "a3.eml": eml("a3@x", "Re: Court date", 3, in_reply_to="a2@x"),
            "b1.eml": eml("b1@x", "Parcel", 4),
        },
    )
    ids = {m.message_id: m.id for m in archive.list_messages()}
    archive.merge_threads(ids["a1@x"], ids["b1@x"])
    archive.split_thread(ids["a2@x"])
    import_files(
        archive,
        tmp_path / "2",
        {
            "a4.eml": eml("a4@x", "Re: Court date", 5, in_reply_to="a3@x"),
            "b2.eml": eml("b2@x", "Re: Parcel", 6, in_reply_to="b1@x"),
            "a0.eml": eml("a0@x", "Court", 0),
            "a1b.eml": eml("a1b@x", "Re: Court date", 1.5, in_reply_to="a1@x"),
        },
    )
    found = assert_same_as_full_rethread(archive)
    assert threads_of(found) == {
        frozenset({"a1@x", "a1b@x", "b1@x", "b2@x"}),
        frozenset({"a2@x", "a3@x", "a4@x"}),
        frozenset({"a0@x"}),
    }
    assert found["a2@x"][1] is None


def test_split_off_subject_reply_still_takes_later_replies_along(
    archive: Archive, tmp_path: Path
) -> None:
    import_files(
        archive,
        tmp_path / "1",
        {
            "t1.eml": eml("t1@x", "Rent", 1),
            "t2.eml": eml("t2@x", "Re: Rent increase", 2, in_reply_to="t1@x"),
            "o1.eml": eml("o1@x", "Re: Rent", 10),
        },
    )
    ids = {m.message_id: m.id for m in archive.list_messages()}
    archive.split_thread(ids["o1@x"])
    # Joined by another subject, the new reply hangs under the latest earlier message of
    # the thread, which is the split-off one: it follows it out of the thread.
    import_files(archive, tmp_path / "2", {"o2.eml": eml("o2@x", "Re: Rent increase", 12)})
    found = assert_same_as_full_rethread(archive)
    assert found["o2@x"][1] == "o1@x"
    assert threads_of(found) == {frozenset({"t1@x", "t2@x"}), frozenset({"o1@x", "o2@x"})}


def test_interrupted_import_is_threaded_before_threads_are_read(
    archive: Archive, tmp_path: Path, corpora: Path
) -> None:
    archive.import_paths([corpora / "notmuch" / "default"])
    with archive.engine.begin() as connection:
        connection.execute(update(Message).values(thread_id=None, parent_id=None))
    assert thread_store.has_unthreaded(archive.engine)
    assert archive.threads()
    assert_same_as_full_rethread(archive)


# Keys of older archives -----------------------------------------------------------------------


def keys_of(archive: Archive) -> tuple[dict[str, str], set[tuple[str, str]]]:
    with archive.session() as session:
        subjects = dict(session.execute(select(Message.message_id, Message.subject_key)).all())
        cited = set(
            session.execute(
                select(Message.message_id, MessageReference.reference).join(
                    MessageReference, MessageReference.message_id == Message.id
                )
            ).all()
        )
    return {message_id: key for message_id, key in subjects.items()}, {
        (message_id, reference) for message_id, reference in cited
    }


def test_upgrade_fills_the_keys_an_import_writes(tmp_path: Path, corpora: Path) -> None:
    mail = corpora / "notmuch" / "lkml"
    folder = tmp_path / "old"
    make_archive_at(folder, "0003", mail)
    with Archive.open(folder, PASSPHRASE) as upgraded:
        upgraded_keys = keys_of(upgraded)
        more = tmp_path / "more"
        shutil.copytree(corpora / "notmuch" / "threading", more)
        upgraded.import_paths([more])
        assert_same_as_full_rethread(upgraded)
    with Archive.create(tmp_path / "new", PASSPHRASE) as fresh:
        fresh.import_paths([mail])
        assert keys_of(fresh) == upgraded_keys
    subjects, cited = upgraded_keys
    assert len(cited) > len(subjects) > 50
    assert all(key == normalise_subject(key) for key in subjects.values())
