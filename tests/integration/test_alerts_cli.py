# SPDX-License-Identifier: GPL-3.0-or-later
"""`alerts`: watched people, waiting letters and the last backup in one answer, exit 1 when
a person or a letter is overdue."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from tests.integration.cli import private_env, run, run_json
from tests.unit.alerts.life_mail import (
    FRIEND,
    ZONE,
    build_archive,
    every_few_days,
    letter,
    person_of,
)

if TYPE_CHECKING:
    from pathlib import Path


def test_alerts_follow_the_days_and_exit_1_only_when_overdue(tmp_path: Path) -> None:
    # He wrote every 3-5 days until 26 February; I wrote to the embassy on 1 February.
    moments = every_few_days(date(2024, 1, 2), date(2024, 2, 26))
    mail = [letter(FRIEND, moment) for moment in moments]
    with build_archive(tmp_path, mail) as archive:
        person = str(person_of(archive, FRIEND))
    env = private_env(tmp_path)
    folder = tmp_path / "archive"
    nothing = json.loads(run(env, "alerts", folder, "--json").stdout)
    assert {key: nothing[key] for key in ("watched", "awaiting")} == {
        "watched": [],
        "awaiting": [],
    }
    run(env, "watch", folder, person)
    on_time = run(env, "alerts", folder, "--today", "2024-02-28", "--json", check=False)
    assert on_time.returncode == 0
    [watched] = json.loads(on_time.stdout)["watched"]
    assert {
        k: watched[k] for k in ("person_id", "name", "kind", "days", "usual_gap", "status")
    } == {
        "person_id": int(person),
        "name": FRIEND,
        "kind": "mail",
        "days": 2,
        "usual_gap": 5,
        "status": "ok",
    }
    assert watched["last_sign"].startswith("2024-02-26")
    due = run_json(env, "alerts", folder, "--today", "2024-03-04")
    assert due["watched"][0]["status"] == "due"
    late = run(env, "alerts", folder, "--today", "2024-03-08", "--json", check=False)
    assert late.returncode == 1  # overdue: a cron job notices
    assert json.loads(late.stdout)["watched"][0]["status"] == "overdue"
    # A phone call entered by hand is a sign of life like a letter.
    run(env, "sign-of-life", folder, person, "--date", "2024-03-07T18:30", "--kind", "phone")
    called = run(env, "alerts", folder, "--today", "2024-03-08", "--json", check=False)
    assert called.returncode == 0
    assert json.loads(called.stdout)["watched"][0]["kind"] == "phone"
    text = run(env, "alerts", folder, "--today", "2024-03-08").stdout.decode()
    assert FRIEND in text
    bad = run(env, "alerts", folder, "--today", "March", check=False)
    assert bad.returncode == 2
    assert b"YYYY-MM-DD" in bad.stderr


def test_an_overdue_letter_alone_makes_alerts_exit_1(tmp_path: Path) -> None:
    with build_archive(
        tmp_path,
        [letter(FRIEND, moment) for moment in every_few_days(date(2024, 1, 2), date(2024, 1, 20))],
    ):
        pass
    env = private_env(tmp_path)
    folder = tmp_path / "archive"
    run(env, "letter", folder, "--to", "Bundesamt", "--date", "2024-01-10", "--subject", "Antrag")
    waiting = run(env, "alerts", folder, "--today", "2024-02-01", "--json", check=False)
    assert waiting.returncode == 0
    [paper] = json.loads(waiting.stdout)["awaiting"]
    assert (paper["to"], paper["days"], paper["status"]) == (["Bundesamt"], 22, "waiting")
    late = run(env, "alerts", folder, "--today", "2024-02-20", "--json", check=False)
    assert late.returncode == 1
    assert json.loads(late.stdout)["awaiting"][0]["status"] == "overdue"


def test_the_time_zone_is_set_with_me_and_counts_the_days(tmp_path: Path) -> None:
    # His last letter: 26 February 2024, 19:00 in Berlin, already the 27th in Tokyo.
    moments = every_few_days(date(2024, 1, 2), date(2024, 2, 26))
    with build_archive(tmp_path, [letter(FRIEND, moment) for moment in moments]) as archive:
        person = str(person_of(archive, FRIEND))
    env = private_env(tmp_path)
    folder = tmp_path / "archive"
    run(env, "watch", folder, person)
    berlin = run_json(env, "alerts", folder, "--today", "2024-02-28")["watched"][0]["days"]
    assert run_json(env, "me", folder, "--time-zone", "Asia/Tokyo")["time_zone"] == "Asia/Tokyo"
    tokyo = run_json(env, "alerts", folder, "--today", "2024-02-28")["watched"][0]["days"]
    assert (berlin, tokyo) == (2, 1)
    wrong = run(env, "me", folder, "--time-zone", "Mars/Olympus", check=False)
    assert wrong.returncode == 2
    assert b"Europe/Berlin" in wrong.stderr


def test_alerts_remind_of_a_backup_without_changing_the_exit_code(tmp_path: Path) -> None:
    with build_archive(
        tmp_path, [letter(FRIEND, every_few_days(date(2024, 1, 2), date(2024, 1, 2))[0])]
    ):
        pass
    env = private_env(tmp_path)
    folder, drive = tmp_path / "archive", tmp_path / "drive"
    drive.mkdir()
    never = run(env, "alerts", folder, "--json", check=False)
    assert never.returncode == 0  # an old backup is said, a cron job is not woken by it
    assert json.loads(never.stdout)["backup"] == {
        "last": None,
        "days_since": None,
        "overdue": True,
        "place": None,
    }
    assert "never been backed up" in run(env, "alerts", folder).stdout.decode()
    made = run_json(env, "backup", folder, drive)
    today = run_json(env, "alerts", folder)["backup"]
    assert today == {
        "last": made["created_at"],
        "days_since": 0,
        "overdue": False,
        "place": made["path"],
    }
    made_on = datetime.fromisoformat(made["created_at"]).astimezone(ZoneInfo(ZONE)).date()
    later = (made_on + timedelta(days=12)).isoformat()
    old = run_json(env, "alerts", folder, "--today", later)["backup"]
    assert (old["days_since"], old["overdue"]) == (12, True)
    text = run(env, "alerts", folder, "--today", later).stdout.decode()
    assert f"is 12 days old ({made_on.isoformat()}, in {made['path']}): make a new one" in text
    patient = run_json(env, "alerts", folder, "--today", later, "--backup-days", "30")
    assert patient["backup"]["overdue"] is False
