# SPDX-License-Identifier: GPL-3.0-or-later
"""Topic suggestions through the command line: list, accept, dismiss, and their exit codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli import private_env, run, run_json
from tests.unit.tagging.test_topics import write_topic_mail


@pytest.fixture(scope="module")
def topical(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("topics")
    env = private_env(base)
    folder = base / "archive"
    run(env, "init", folder)
    run(env, "import", folder, write_topic_mail(base / "mail"))
    return {"env": env, "folder": folder}


def test_topics_lists_suggestions_as_the_contract_says(topical: dict[str, Any]) -> None:
    env, folder = topical["env"], topical["folder"]
    topics = run_json(env, "topics", folder)
    assert len(topics) == 3
    for topic in topics:
        assert {"id", "label", "words", "threads", "thread_ids"} <= set(topic)
        assert topic["threads"] == len(topic["thread_ids"]) == 10
        assert topic["label"].split(", ")[0] in topic["words"]
    assert [t["id"] for t in run_json(env, "topics", folder, "--limit", "1")] == [topics[0]["id"]]
    lines = run(env, "topics", folder).stdout.decode().splitlines()
    assert len(lines) == 3
    assert all(
        t["id"] in line and t["label"] in line for t, line in zip(topics, lines, strict=True)
    )
    assert run(env, "topics", folder, "--limit", "0", check=False).returncode == 2


def test_accepting_and_dismissing_keep_to_the_contract(
    topical: dict[str, Any], tmp_path: Path
) -> None:
    env, folder = private_env(tmp_path), tmp_path / "copy"
    run(env, "init", folder)
    run(env, "import", folder, write_topic_mail(tmp_path / "mail"))
    topics = run_json(env, "topics", folder)
    accepted, dismissed = topics[0], topics[1]
    result = run_json(env, "topic-accept", folder, accepted["id"], "--name", "Thema", "--rule")
    assert set(result) >= {"tag", "changed"}
    assert result["tag"] == "Thema"
    found = run_json(env, "search", folder, "tag:Thema", "--limit", "1000")
    assert result["changed"] == len(found) > accepted["threads"]  # replies are tagged too
    [rule] = run_json(env, "rules", folder)
    assert rule["tags"] == ["Thema"]
    assert run_json(env, "topic-dismiss", folder, dismissed["id"]) == {"dismissed": dismissed["id"]}
    left = {t["id"] for t in run_json(env, "topics", folder)}
    assert accepted["id"] not in left
    assert dismissed["id"] not in left
    assert left == {topics[2]["id"]}


@pytest.mark.parametrize("command", ["topic-accept", "topic-dismiss"])
def test_an_unknown_suggestion_is_a_user_error(topical: dict[str, Any], command: str) -> None:
    result = run(topical["env"], command, topical["folder"], "0000000000", check=False)
    assert result.returncode == 2
    assert b"no topic suggestion 0000000000" in result.stderr


def test_the_notmuch_corpus_gets_topics_of_its_mailing_lists(tmp_path: Path, corpora: Path) -> None:
    env, folder = private_env(tmp_path), tmp_path / "archive"
    run(env, "init", folder)
    run(env, "import", folder, corpora / "notmuch")
    topics = run_json(env, "topics", folder)
    assert topics
    assert len({t["id"] for t in topics}) == len(topics)
    assert all(t["threads"] >= 3 and len(t["words"]) >= 2 for t in topics)
    words = {word.lower() for t in topics for word in t["words"]}
    assert words & {"emacs", "notmuch", "xapian", "cifs", "makefile", "inbox"}
