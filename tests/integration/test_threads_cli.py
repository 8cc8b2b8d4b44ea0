# SPDX-License-Identifier: GPL-3.0-or-later
"""Conversations through the command line: threads, thread, thread-of, merge and split."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli import private_env, run, run_json


@pytest.fixture(scope="module")
def lkml(tmp_path_factory: pytest.TempPathFactory, corpora: Path) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("threads")
    env = private_env(base)
    folder = base / "archive"
    run(env, "init", folder)
    source = corpora / "notmuch" / "lkml"
    run(env, "import", folder, source)
    return {"env": env, "folder": folder, "source": source}


def assert_conversation_order(thread: dict[str, Any]) -> None:
    seen: dict[int, int] = {}
    for message in thread["messages"]:
        parent = message["parent_id"]
        if parent is None:
            assert message["depth"] == 0
        else:
            assert parent in seen, "a parent comes before its replies"
            assert message["depth"] == seen[parent] + 1
        seen[message["id"]] = message["depth"]


def test_threads_lists_every_message_once_newest_first(lkml: dict[str, Any]) -> None:
    env, folder = lkml["env"], lkml["folder"]
    threads = run_json(env, "threads", folder)
    assert sum(t["messages"] for t in threads) == run_json(env, "stats", folder)["messages"]
    last_dates = [t["last_date"] for t in threads]
    assert last_dates == sorted(last_dates, reverse=True)
    assert set(threads[0]) == {
        "thread_id",
        "subject",
        "participants",
        "messages",
        "first_date",
        "last_date",
    }
    biggest = max(threads, key=lambda t: t["messages"])
    assert biggest["messages"] > 50
    assert run_json(env, "threads", folder, "--limit", "3") == threads[:3]


def test_thread_is_in_conversation_order(lkml: dict[str, Any]) -> None:
    env, folder = lkml["env"], lkml["folder"]
    biggest = max(run_json(env, "threads", folder), key=lambda t: t["messages"])
    thread = run_json(env, "thread", folder, str(biggest["thread_id"]))
    assert len(thread["messages"]) == biggest["messages"]
    assert_conversation_order(thread)
    # Named by its first message; recipients count as participants (the list itself).
    assert biggest["subject"] == thread["subject"] == thread["messages"][0]["subject"]
    assert any("vger.kernel.org" in person for person in biggest["participants"])


def test_thread_of_takes_the_message_id_with_or_without_brackets(lkml: dict[str, Any]) -> None:
    env, folder = lkml["env"], lkml["folder"]
    listed = run_json(env, "list", folder)
    message_id = next(m["message_id"] for m in listed if m["message_id"])
    bare = run_json(env, "thread-of", folder, message_id)
    bracketed = run_json(env, "thread-of", folder, f"<{message_id}>")
    assert bare == bracketed
    assert message_id in {m["message_id"] for m in bare["messages"]}
    missing = run(env, "thread-of", folder, "<nowhere@example.org>", check=False)
    assert missing.returncode == 2


def test_a_conversation_is_not_merged_with_itself_nor_listed_negatively(
    lkml: dict[str, Any],
) -> None:
    env, folder = lkml["env"], lkml["folder"]
    thread_id = str(run_json(env, "threads", folder, "--limit", "1")[0]["thread_id"])
    merged = run(env, "thread-merge", folder, thread_id, thread_id, check=False)
    assert merged.returncode == 2
    assert b"cannot be merged with itself" in merged.stderr
    listed = run(env, "threads", folder, "--limit", "-1", check=False)
    assert listed.returncode == 2
    assert b"at least 1" in listed.stderr


def test_merge_and_split_survive_reimport_and_rethreading(tmp_path: Path, corpora: Path) -> None:
    env = private_env(tmp_path)
    folder = tmp_path / "archive"
    run(env, "init", folder)
    source = corpora / "notmuch" / "lkml"
    run(env, "import", folder, source)
    threads = sorted(run_json(env, "threads", folder), key=lambda t: -t["messages"])
    first, second = threads[0], threads[1]
    merged = run_json(
        env, "thread-merge", folder, str(first["thread_id"]), str(second["thread_id"])
    )
    assert len(merged["messages"]) == first["messages"] + second["messages"]
    # A reply deep in the first thread becomes a conversation of its own, with its replies.
    big = run_json(env, "thread", folder, str(merged["thread_id"]))
    reply = next(m for m in big["messages"] if m["depth"] >= 2)
    split = run_json(env, "thread-split", folder, str(reply["id"]))
    assert split["messages"][0]["id"] == reply["id"]
    assert split["messages"][0]["parent_id"] is None
    assert_conversation_order(split)

    run(env, "import", folder, source)
    run(env, "rethread", folder)
    assert run_json(env, "thread-of", folder, split["messages"][0]["message_id"]) == split
    split_ids = {m["id"] for m in split["messages"]}
    rest = next(m for m in big["messages"] if m["id"] not in split_ids and m["message_id"])
    after = run_json(env, "thread-of", folder, rest["message_id"])
    assert len(after["messages"]) == len(merged["messages"]) - len(split["messages"])


def test_each_import_threads_its_messages_as_rethread_would(tmp_path: Path, corpora: Path) -> None:
    env = private_env(tmp_path)
    folder = tmp_path / "archive"
    run(env, "init", folder)
    threads_after: list[list[dict[str, Any]]] = []
    for part in ("threading", "default", "lkml"):
        report = run_json(env, "import", folder, corpora / "notmuch" / part)
        assert isinstance(report["thread_seconds"], float)
        threads_after.append(run_json(env, "threads", folder))
        assert run_json(env, "rethread", folder)["changed"] == 0
        assert run_json(env, "threads", folder) == threads_after[-1]
    assert len(threads_after[0]) < len(threads_after[1]) < len(threads_after[2])
