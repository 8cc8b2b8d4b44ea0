# SPDX-License-Identifier: GPL-3.0-or-later
"""Letters that await an answer through the command line: groups, marks, paper letters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from tests.integration.cli import private_env, run, run_json
from tests.unit.alerts.awaiting_mail import AMT, OWN, STORY, write_mail

if TYPE_CHECKING:
    from pathlib import Path

KEYS = {"id", "kind", "to", "subject", "sent", "days", "deadline", "status"}


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The archive of the story, with the letters marked and recorded by the user."""
    base = tmp_path_factory.mktemp("awaiting")
    env = {**private_env(base), "TZ": "Europe/Berlin", "CORRESPONDENCE_APP_TODAY": "2024-04-15"}
    folder = base / "archive"
    run(env, "init", folder)
    run(env, "import", folder, write_mail(base / "mail", STORY), "--quiet")
    run(env, "me", folder, OWN)
    ids = {m["message_id"].split("@")[0]: m["id"] for m in run_json(env, "list", folder)}
    group = run_json(env, "group", folder, "Behörden", "--add-domain", AMT)
    assert (group["name"], group["deadline_days"], group["domains"]) == ("Behörden", 30, [AMT])
    assert run_json(env, "awaits", folder, str(ids["mdb"])) == {"id": ids["mdb"], "awaits": True}
    assert run_json(env, "awaits", folder, str(ids["dank"]), "--off")["awaits"] is False
    scan = base / "antrag.png"
    scan.write_bytes(bytes(range(256)) * 8)
    answered = run_json(
        env, "letter", folder, "--to", "Ausländerbehörde Berlin", "--date", "2024-02-15",
        "--subject", "Antrag auf Aufenthaltstitel", "--file", scan,
    )  # fmt: skip
    assert answered == {"id": "p1", "kind": "paper"}
    by_post = run_json(
        env, "answered", folder, "p1", "--date", "2024-03-05", "--note", "Bescheid per Post"
    )
    assert by_post == {"id": "p1", "answered": True}
    waiting = run_json(
        env, "letter", folder, "--to", "Bundesamt für Migration", "--date", "2024-03-20",
        "--subject", "Widerspruch", "--group", "behörden",
    )  # fmt: skip
    return {"env": env, "folder": folder, "ids": ids, "waiting": waiting["id"]}


def test_awaiting_lists_the_waiting_letters_with_days_deadline_and_status(
    story: dict[str, Any],
) -> None:
    env, folder, ids = story["env"], story["folder"], story["ids"]
    letters = run_json(env, "awaiting", folder)
    assert all(set(letter) >= KEYS for letter in letters)
    assert [(x["id"], x["kind"], x["days"], x["deadline"], x["status"]) for x in letters] == [
        (ids["konsulat"], "mail", 45, "2024-03-31", "overdue"),
        (ids["nachfrage"], "mail", 28, "2024-04-17", "due-soon"),
        (story["waiting"], "paper", 26, "2024-04-19", "waiting"),
        (ids["mdb"], "mail", 14, "2024-05-01", "waiting"),
    ]
    konsulat = letters[0]
    assert konsulat["to"] == [f"poststelle@{AMT}"]
    assert konsulat["subject"] == "Konsularische Hilfe"
    assert konsulat["sent"] == "2024-03-01T10:00:00+01:00"  # where the user lives
    assert (konsulat["group"], letters[2]["group"], letters[3]["group"]) == (
        "Behörden",
        "Behörden",
        None,
    )


def test_all_shows_how_each_letter_was_answered(story: dict[str, Any]) -> None:
    env, folder, ids = story["env"], story["folder"], story["ids"]
    letters = {x["id"]: x for x in run_json(env, "awaiting", folder, "--all")}
    answered = {key: x for key, x in letters.items() if x["status"] == "answered"}
    assert set(answered) == {ids["visum"], ids["pass"], "p1"}
    assert answered[ids["visum"]]["answered_by"] == ids["visum-antwort"]  # other address
    assert answered[ids["pass"]]["answered_by"] == ids["pass-antwort"]  # in the thread
    by_post = answered["p1"]
    assert (by_post["answered_by"], by_post["note"]) == (None, "Bescheid per Post")
    assert by_post["answered"].startswith("2024-03-05")
    assert ids["dank"] not in letters  # no answer expected
    assert ids["freundin"] not in letters  # to no group


def test_a_later_today_makes_letters_overdue(story: dict[str, Any]) -> None:
    env, folder, ids = story["env"], story["folder"], story["ids"]
    early = {
        x["id"]: x["status"] for x in run_json(env, "awaiting", folder, "--today", "2024-03-10")
    }
    assert early[ids["konsulat"]] == "waiting"
    later = {
        x["id"]: x["status"] for x in run_json(env, "awaiting", folder, "--today", "2024-06-01")
    }
    assert set(later.values()) == {"overdue"}


def test_groups_lists_the_groups(story: dict[str, Any]) -> None:
    [group] = run_json(story["env"], "groups", story["folder"])
    assert (group["name"], group["domains"], group["people"]) == ("Behörden", [AMT], [])


def test_plain_output_names_each_letter(story: dict[str, Any]) -> None:
    lines = run(story["env"], "awaiting", story["folder"]).stdout.decode().splitlines()
    assert len(lines) == 4
    assert "overdue" in lines[0]
    assert "Konsularische Hilfe" in lines[0]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("awaits", "{folder}", "999999"), "no message with id 999999"),
        (("awaits", "{folder}", "p99"), "no paper letter p99"),
        (("answered", "{folder}", "999999"), "no message with id 999999"),
        (("answered", "{folder}", "p99", "--date", "2024-03-01"), "no paper letter p99"),
        (("answered", "{folder}", "abc"), "a letter's id"),
        (("answered", "{folder}", "p1", "--date", "gestern"), "write a day as"),
        (("awaits", "{folder}", "{received}"), "not sent from your addresses"),
        (("group", "{folder}", "Behörden", "--add-domain", "a@b.example"), "domain alone"),
        (("group", "{folder}", "Gerichte", "--delete"), "no group"),
        (("letter", "{folder}", "--to", "X", "--date", "2024-01-01", "--subject", "S",
          "--group", "Gerichte"), "no group"),
        (("letter", "{folder}", "--to", "X", "--date", "2024-01-01", "--subject", "S",
          "--file", "{folder}/missing.pdf"), "cannot read the scan"),
        (("awaiting", "{folder}", "--today", "15.04.2024"), "YYYY-MM-DD"),
    ],
)  # fmt: skip
def test_mistakes_end_with_exit_code_2_and_one_line(
    story: dict[str, Any], args: tuple[str, ...], said: str
) -> None:
    filled = [
        a.format(folder=story["folder"], received=story["ids"]["visum-antwort"]) for a in args
    ]
    result = run(story["env"], *filled, "--json", check=False)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert said in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert result.stdout == b""


def test_nothing_awaits_in_a_new_archive(archive_dir: Path, env: dict[str, str]) -> None:
    assert run_json(env, "awaiting", archive_dir) == []
