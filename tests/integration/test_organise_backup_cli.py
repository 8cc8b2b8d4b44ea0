# SPDX-License-Identifier: GPL-3.0-or-later
"""What a person added survives a backup and its restore: tags (nested, coloured, and the
folder tags kept or dropped), rules, notes, saved searches and the steps to undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tests.integration.cli import run, run_json
from tests.unit.tagging.conftest import MAIL, write_sources

if TYPE_CHECKING:
    from pathlib import Path


# The notes looked at: (message, of its thread); asyl2 shares asyl1's thread, mdb has none.
NOTES = (("klinik", False), ("asyl2", True), ("mdb", False), ("mdb", True))


def organised_state(env: dict[str, str], archive: Path) -> dict[str, Any]:
    ids = {m["message_id"].split("@")[0]: m["id"] for m in run_json(env, "list", archive)}
    notes = {
        (key, thread): run_json(env, "note", archive, str(ids[key]), *(["--thread"] * thread))
        for key, thread in NOTES
    }
    return {
        "tags": run_json(env, "tags", archive, "--all"),
        "rules": run_json(env, "rules", archive),
        "searches": run_json(env, "searches", archive),
        "notes": notes,
        "steps": run_json(env, "undo", archive, "--list"),
        "found": {
            query: sorted(hit["message_id"] for hit in run_json(env, "search", archive, query))
            for query in ("tag:Behörden", "tag:Asyl", "note:Übersetzung", "note:перевод")
        },
    }


def test_tags_rules_notes_and_saved_searches_survive_backup_and_restore(
    env: dict[str, str], archive_dir: Path, tmp_path: Path
) -> None:
    sources = write_sources(tmp_path / "mail", list(MAIL))
    run(env, "import", archive_dir, *sources, "--quiet")
    run(env, "tag", archive_dir, "from:auswaertiges-amt.example", "--add", "Behörden/Amt")
    run(env, "tag", archive_dir, "from:bundestag.example", "--add", "Behörden/Bundestag")
    run(env, "tag-color", archive_dir, "Behörden/Amt", "#336699")
    run(env, "tag-delete", archive_dir, "Sent")  # a folder tag dropped
    run(env, "rule-add", archive_dir, "Klinik", "больница", "Krankenhaus")
    run(env, "rule-apply", archive_dir)
    run(env, "rule-add", archive_dir, "Aus", "Antrag", "Asylverfahren")
    run(env, "rule-enable", archive_dir, "Aus", "--off")
    run(env, "search-save", archive_dir, "Ämter", "tag:Behörden")
    listed = {m["message_id"].split("@")[0]: m["id"] for m in run_json(env, "list", archive_dir)}
    run(env, "note", archive_dir, str(listed["klinik"]), "Übersetzung: Ich bin im Krankenhaus.")
    run(env, "note", archive_dir, str(listed["asyl1"]), "перевод приложен", "--thread")
    before = organised_state(env, archive_dir)
    assert len(before["found"]["tag:Behörden"]) == 2
    assert len(before["found"]["note:перевод"]) == 2  # the thread note, from both messages
    assert before["notes"][("asyl2", True)]["text"] == "перевод приложен"
    assert before["notes"][("mdb", False)] is None
    assert [tag["name"] for tag in before["tags"] if tag["dropped"]] == ["Sent"]
    assert len(before["steps"]) >= 3

    drive = tmp_path / "drive"
    drive.mkdir()
    made = run_json(env, "backup", archive_dir, drive)
    target = tmp_path / "restored"
    assert run_json(env, "restore", made["path"], target)["restored"]
    assert organised_state(env, target) == before
    assert run_json(env, "verify", target)["ok"] is True
    # The restored archive goes on as the original would: rules, undo, dropped folders.
    undone = run_json(env, "undo", target)
    assert undone["change_set"] == before["steps"][0]["change_set"]
    again = run_json(env, "import", target, *sources)
    assert again["imported"] == 0
    tags = {tag["name"]: tag for tag in run_json(env, "tags", target, "--all")}
    assert tags["Sent"]["dropped"] is True
    assert tags["Sent"]["messages"] == 0
