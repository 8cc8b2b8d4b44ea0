# SPDX-License-Identifier: GPL-3.0-or-later
"""Merging, deleting and keeping tags on the command line: undo takes a merge or a deletion
back, a tag a rule gives is not deleted, and a dropped folder's tag can be kept again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from tests.integration.cli import run, run_json
from tests.unit.tagging.conftest import MAIL, write_sources

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def filled(env: dict[str, str], archive_dir: Path, tmp_path: Path) -> Path:
    run(env, "import", archive_dir, *write_sources(tmp_path / "mail", list(MAIL)), "--quiet")
    return archive_dir


def tags(env: dict[str, str], archive: Path, *args: str) -> dict[str, Any]:
    return {tag["name"]: tag for tag in run_json(env, "tags", archive, *args)}


def one_line_error(env: dict[str, str], *args: str | Path) -> str:
    result = run(env, *args, check=False)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "Traceback" not in stderr
    return stderr


def test_a_merge_and_a_deletion_are_undone(env: dict[str, str], filled: Path) -> None:
    run(env, "tag", filled, "Antrag", "--add", "Antrag")
    run(env, "tag", filled, "tag:Behoerden OR tag:Bundestag", "--add", "Ämter/Amt")
    before = tags(env, filled)
    assert run_json(env, "tag-merge", filled, "Ämter/Amt", "Antrag") == {"gained": 2}
    assert "Ämter/Amt" not in tags(env, filled)
    said = run(env, "tag-merge", filled, "Antrag", "Ämter/Amt", check=False)
    assert said.returncode == 2  # the merged tag is gone
    assert run_json(env, "undo", filled)["changed"] == 2
    assert tags(env, filled) == before
    text = run(env, "tag-delete", filled, "Antrag").stdout.decode()
    assert "Undo it with: correspondence-app undo" in text
    assert "Antrag" not in tags(env, filled)
    assert run_json(env, "undo", filled)["changed"] == 2
    assert tags(env, filled) == before


def test_a_tag_a_rule_gives_is_not_deleted(env: dict[str, str], filled: Path) -> None:
    run(env, "rule-add", filled, "Klinik", "больница", "Krankenhaus")
    run(env, "rule-apply", filled)
    error = one_line_error(env, "tag-delete", filled, "Krankenhaus")
    assert "the rule “Klinik” gives the tag Krankenhaus" in error
    assert [rule["tags"] for rule in run_json(env, "rules", filled)] == [["Krankenhaus"]]
    assert tags(env, filled)["Krankenhaus"]["messages"] == 1


def test_a_dropped_folder_tag_is_restored(env: dict[str, str], filled: Path) -> None:
    assert tags(env, filled)["Asyl"]["messages"] == 2
    assert run_json(env, "tag-delete", filled, "Asyl") == {"removed_from": 2}
    assert "Asyl" not in tags(env, filled)
    assert tags(env, filled, "--all")["Asyl"]["dropped"] is True
    restored = run_json(env, "tag-delete", filled, "asyl", "--restore")
    assert (restored["restored"], restored["messages"]) == ("Asyl", 2)
    shown = tags(env, filled)["Asyl"]
    assert (shown["kind"], shown["messages"], shown["dropped"]) == ("imported", 2, False)
    hits = run_json(env, "search", filled, "tag:Asyl")
    assert len(hits) == 2
    error = one_line_error(env, "tag-delete", filled, "Asyl", "--restore")
    assert "no dropped folder tag 'Asyl'" in error
    run(env, "tag-create", filled, "Eigenes")
    run(env, "tag-delete", filled, "Eigenes")
    assert "undo" in one_line_error(env, "tag-delete", filled, "Eigenes", "--restore")
