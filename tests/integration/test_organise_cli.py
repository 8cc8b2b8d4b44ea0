# SPDX-License-Identifier: GPL-3.0-or-later
"""Tags, rules, notes and the timeline through the command line, on a real corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli import private_env, run, run_json


@pytest.fixture(scope="module")
def notmuch(tmp_path_factory: pytest.TempPathFactory, corpora: Path) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("organise")
    env = private_env(base)
    folder = base / "archive"
    run(env, "init", folder)
    run(env, "import", folder, corpora / "notmuch")
    return {"env": env, "folder": folder, "corpus": corpora / "notmuch"}


def count(env: dict[str, str], folder: Path, query: str) -> int:
    return len(run_json(env, "search", folder, query, "--limit", "100000"))


def test_tags_lists_imported_folders_with_counts_that_search_agrees_with(
    notmuch: dict[str, Any],
) -> None:
    env, folder = notmuch["env"], notmuch["folder"]
    tags = run_json(env, "tags", folder)
    assert {"name", "kind", "color", "messages"} <= set(tags[0])
    imported = {tag["name"]: tag["messages"] for tag in tags if tag["kind"] == "imported"}
    assert imported["lkml"] > 100
    for name in ("lkml", "crypto", "default/foo"):
        assert count(env, folder, f'tag:"{name}"') >= imported[name]
    # A parent finds its children.
    assert count(env, folder, "tag:default") >= imported["default"] + imported["default/foo"] - 5


def test_tag_rule_and_undo_keep_to_the_contract(notmuch: dict[str, Any]) -> None:
    env, folder = notmuch["env"], notmuch["folder"]
    patches = count(env, folder, "subject:patch")
    assert run_json(env, "tag", folder, "subject:patch", "--add", "Kernel/Patches") == {
        "changed": patches,
        "change_set": 1,
    }
    assert run_json(env, "tag", folder, "subject:patch", "--add", "Kernel/Patches")["changed"] == 0
    assert count(env, folder, "tag:kernel") == patches
    run(env, "rule-add", folder, "Signed", "from:cworth", "Anhänge")
    [rule] = run_json(env, "rules", folder)
    assert (rule["name"], rule["tags"]) == ("Signed", ["Anhänge"])
    dry = run_json(env, "rule-apply", folder, "--dry-run")
    assert set(dry) >= {"matched", "changed"}
    assert dry["matched"] == count(env, folder, "from:cworth") > 0
    assert run_json(env, "rule-apply", folder, "Signed")["changed"] == dry["changed"]
    assert run_json(env, "rule-apply", folder)["changed"] == 0
    renamed = run_json(env, "tag-rename", folder, "Kernel", "Linux")
    assert renamed["renamed"] == [{"from": "Kernel/Patches", "to": "Linux/Patches"}]
    assert count(env, folder, "tag:Linux/Patches") == patches
    assert run_json(env, "undo", folder)["changed"] == dry["changed"]  # the rule's run
    assert count(env, folder, "tag:Anhänge") == 0
    removed = run_json(env, "tag", folder, "tag:Linux", "--remove", "Linux/Patches")
    assert removed["changed"] == patches
    assert run_json(env, "undo", folder)["changed"] == patches
    assert count(env, folder, "tag:Linux") == patches


def test_notes_are_written_read_and_found(notmuch: dict[str, Any]) -> None:
    env, folder = notmuch["env"], notmuch["folder"]
    first = run_json(env, "search", folder, "from:cworth", "--limit", "1")[0]["id"]
    run(env, "note", folder, str(first), "Перевод: письмо о тестах")
    note = run_json(env, "note", folder, str(first))
    assert (note["text"], note["scope"]) == ("Перевод: письмо о тестах", "message")
    assert run(env, "note", folder, str(first)).stdout.decode().strip() == note["text"]
    assert [hit["id"] for hit in run_json(env, "search", folder, "note:письма")] == [first]
    run(env, "note", folder, str(first), "")
    assert run_json(env, "note", folder, str(first)) is None
    missing = run(env, "note", folder, "999999", "x", check=False)
    assert missing.returncode == 2
    assert b"999999" in missing.stderr


def test_timeline_counts_every_dated_message(notmuch: dict[str, Any]) -> None:
    env, folder = notmuch["env"], notmuch["folder"]
    months = run_json(env, "timeline", folder)
    assert set(months[0]) == {"period", "received", "sent"}
    total = sum(m["received"] + m["sent"] for m in months)
    assert total == count(env, folder, "date:1970..2100")
    weeks = run_json(env, "timeline", folder, "from:cworth", "--by", "week")
    assert weeks[0]["period"][4:6] == "-W"
    assert sum(w["received"] + w["sent"] for w in weeks) == count(env, folder, "from:cworth")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("tag", "(patch", "--add", "X"), "bad query"),
        (("tag", "patch"), "--add"),
        (("tag-rename", "Nonexistent", "Other"), "no tag"),
        (("rule-apply", "Nonexistent"), "no rule"),
        (("tag-color", "lkml", "red"), "#rrggbb"),
        (("timeline", "date:2023-13"), "bad query"),
    ],
)
def test_mistakes_exit_2_with_a_message(
    notmuch: dict[str, Any], args: tuple[str, ...], said: str
) -> None:
    env, folder = notmuch["env"], notmuch["folder"]
    result = run(env, args[0], folder, *args[1:], check=False)
    assert result.returncode == 2, result.stderr
    assert said in result.stderr.decode()
    assert b"Traceback" not in result.stderr
