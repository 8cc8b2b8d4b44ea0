# SPDX-License-Identifier: GPL-3.0-or-later
"""`watch`, `sign-of-life`, `signs`, `sign-file` and `sign-delete` end to end."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.integration.cli import private_env, run, run_json
from tests.unit.alerts.life_mail import FRIEND, build_archive, every_few_days, letter, person_of

if TYPE_CHECKING:
    from pathlib import Path

# He wrote every 3-5 days until 26 February (usual gap 5 days, overdue after 10).
TODAY = "2024-03-08"


@pytest.fixture
def friend(tmp_path: Path) -> tuple[dict[str, str], Path, str]:
    moments = every_few_days(date(2024, 1, 2), date(2024, 2, 26))
    with build_archive(tmp_path, [letter(FRIEND, moment) for moment in moments]) as archive:
        person_id = person_of(archive, FRIEND)
    env = {**private_env(tmp_path), "CORRESPONDENCE_APP_TODAY": TODAY}
    return env, tmp_path / "archive", str(person_id)


def test_watch_reports_status_and_keeps_the_threshold(
    friend: tuple[dict[str, str], Path, str],
) -> None:
    env, archive, person = friend
    status = run_json(env, "watch", archive, person)
    assert {k: status[k] for k in ("person_id", "name", "kind", "days", "status")} == {
        "person_id": int(person),
        "name": FRIEND,
        "kind": "mail",
        "days": 11,
        "status": "overdue",
    }
    assert status["last_sign"] == "2024-02-26T19:00:00+01:00"  # where the user lives
    assert (status["usual_gap_days"], status["threshold_days"]) == (5, 10)
    assert status["threshold_set"] is False
    assert status["preview"] == "Alles gut bei mir."
    assert [m["signs"] for m in status["signs_per_month"]][-3:] == [8, 7, 0]
    status = run_json(env, "watch", archive, person, "--threshold", "12")
    assert (status["threshold_days"], status["threshold_set"], status["status"]) == (
        12,
        True,
        "due",
    )
    again = run_json(env, "watch", archive, person)  # watching again keeps the threshold
    assert (again["threshold_days"], again["status"]) == (12, "due")
    assert run_json(env, "watch", archive, person, "--off") == {
        "person_id": int(person),
        "watched": False,
    }


def test_sign_of_life_with_a_file_restores_ok(
    friend: tuple[dict[str, str], Path, str], tmp_path: Path
) -> None:
    env, archive, person = friend
    run(env, "watch", archive, person)
    screenshot = tmp_path / "signal.png"
    screenshot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    event = run_json(
        env,
        "sign-of-life",
        archive,
        person,
        "--date",
        "2024-03-07T23:30",
        "--kind",
        "messenger",
        "--note",
        "Sprachnachricht",
        "--file",
        screenshot,
    )
    assert event["date"] == "2024-03-07T23:30:00+01:00"  # a time without offset is mine
    assert (event["kind"], event["note"], event["file"]) == (
        "messenger",
        "Sprachnachricht",
        "signal.png",
    )
    status = run_json(env, "watch", archive, person)
    assert (status["status"], status["kind"], status["days"]) == ("ok", "messenger", 1)
    assert status["event_id"] == event["id"]
    signs = run_json(env, "signs", archive, person, "--limit", "3")
    assert [(s["kind"], s["event_id"] is not None) for s in signs] == [
        ("messenger", True),
        ("mail", False),
        ("mail", False),
    ]
    assert signs[0]["file"] == "signal.png"
    assert signs[1]["date"] == "2024-02-26T19:00:00+01:00"
    copy = tmp_path / "out"
    copy.mkdir()
    written = run_json(env, "sign-file", archive, str(event["id"]), copy)
    assert written["file"] == str(copy / "signal.png")
    assert (copy / "signal.png").read_bytes() == screenshot.read_bytes()
    assert run_json(env, "sign-delete", archive, str(event["id"])) == {"deleted": event["id"]}
    assert run_json(env, "watch", archive, person)["status"] == "overdue"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--date", "2024-03-07T10:00", "--kind", "pigeon"), "pigeon: the kind is one of phone"),
        (("--date", "07.03.2024", "--kind", "phone"), "07.03.2024: write a day as 2024-03-01"),
        (("--date", "2024-03-09T10:00", "--kind", "phone"), "is after today"),
    ],
)
def test_bad_sign_of_life_exits_2_with_one_line(
    friend: tuple[dict[str, str], Path, str], arguments: tuple[str, ...], message: str
) -> None:
    env, archive, person = friend
    result = run(env, "sign-of-life", archive, person, *arguments, "--json", check=False)
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert message in stderr
    assert stderr.count("\n") == 1
    assert result.stdout == b""
    assert run_json(env, "signs", archive, person)[0]["kind"] == "mail"  # nothing recorded


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("watch", "{archive}", "999"), "there is no person with id 999"),
        (("watch", "{archive}", "anna"), "anna: a person id is a number"),
        (("sign-delete", "{archive}", "5"), "there is no sign of life with id 5"),
    ],
)
def test_unknown_ids_exit_2(
    friend: tuple[dict[str, str], Path, str], arguments: tuple[str, ...], message: str
) -> None:
    env, archive, _ = friend
    filled = [str(archive) if a == "{archive}" else a for a in arguments]
    result = run(env, *filled, "--json", check=False)
    assert result.returncode == 2
    assert message in result.stderr.decode()
