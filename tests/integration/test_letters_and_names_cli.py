# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line on paper letters to one organisation of a group, answers stamped on the
day set, groups changed all or nothing, and watched people named as `people` names them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pytest

from tests.integration.cli import private_env, run, run_json
from tests.unit.alerts.awaiting_mail import AMT, OWN, Mail, write_mail

if TYPE_CHECKING:
    from pathlib import Path

BMI = "bmi.example"
MAIL: dict[str, Mail] = {
    "bmi-antwort": (f"Referat M3 <referat-m3@{BMI}>", OWN, "Ihr Schreiben",
                    datetime(2024, 3, 28, 13, tzinfo=UTC), ""),
    "mein-brief": (OWN, f"referat-m3@{BMI}", "Danke", datetime(2024, 3, 29, 9, tzinfo=UTC), ""),
}  # fmt: skip


def alerts(env: dict[str, str], folder: Path) -> Any:
    """`alerts --json`, which exits 1 here: the letters to the offices are overdue."""
    return json.loads(run(env, "alerts", folder, "--json", check=False).stdout)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("letters")
    env = {**private_env(base), "TZ": "Europe/Berlin", "CORRESPONDENCE_APP_TODAY": "2024-05-02"}
    folder = base / "archive"
    run(env, "init", folder)
    run(env, "import", folder, write_mail(base / "mail", MAIL), "--quiet")
    run(env, "me", folder, OWN, "--time-zone", "Europe/Berlin")
    run(env, "group", folder, "Behörden", "--add-domain", AMT, "--add-domain", BMI)
    return {"env": env, "folder": folder}


def test_a_letter_to_one_organisation_is_not_answered_by_another_of_its_group(
    archive: dict[str, Any],
) -> None:
    env, folder = archive["env"], archive["folder"]
    to_office = run_json(
        env, "letter", folder, "--to", "Auswärtiges Amt, Referat 511", "--date", "2024-03-20",
        "--subject", "Beglaubigung", "--group", "Behörden", "--domain", AMT,
    )["id"]  # fmt: skip
    to_group = run_json(
        env, "letter", folder, "--to", "Eine Behörde", "--date", "2024-03-20",
        "--subject", "Antrag", "--group", "Behörden",
    )["id"]  # fmt: skip
    letters = {x["id"]: x for x in run_json(env, "awaiting", folder, "--all")}
    assert (letters[to_office]["status"], letters[to_office]["answered_by"]) == ("overdue", None)
    assert letters[to_office]["group"] == "Behörden"
    assert letters[to_group]["status"] == "answered"  # as before: by any member, the BMI


def test_an_answer_without_a_date_is_stamped_on_the_day_set(archive: dict[str, Any]) -> None:
    env, folder = archive["env"], archive["folder"]
    ref = run_json(
        env, "letter", folder, "--to", "Amt", "--date", "2024-03-01", "--subject", "Frage"
    )["id"]
    assert run_json(env, "answered", folder, ref) == {"id": ref, "answered": True}
    assert ref not in {x["id"] for x in run_json(env, "awaiting", folder)}
    [answered] = [x for x in run_json(env, "awaiting", folder, "--all") if x["id"] == ref]
    # The answer's time is written where the user lives, as the letter's is.
    assert answered["answered"].startswith("2024-05-02T")
    assert answered["answered"].endswith("+02:00")
    assert answered["sent"] == "2024-03-01T12:00:00+01:00"


def test_a_bad_domain_changes_no_group_and_makes_none(archive: dict[str, Any]) -> None:
    env, folder = archive["env"], archive["folder"]
    for args in (
        ("Gerichte", "--add-domain", "amtsgericht.example", "--add-domain", "not a domain"),
        ("Gerichte", "--add-person", "99999"),
        ("Behörden", "--add-domain", "lg.example", "--remove-domain", "nie.example"),
    ):
        result = run(env, "group", folder, *args, check=False)
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.decode().strip().splitlines()) == 1
    [group] = run_json(env, "groups", folder)
    assert (group["name"], group["domains"]) == ("Behörden", sorted([AMT, BMI]))


def test_a_letter_with_a_bad_domain_is_refused_in_one_line(archive: dict[str, Any]) -> None:
    env, folder = archive["env"], archive["folder"]
    result = run(
        env, "letter", folder, "--to", "X", "--date", "2024-03-01", "--subject", "S",
        "--domain", "a b", check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.decode().strip().endswith("not a mail domain (like amt.example)")


def test_watched_people_are_named_as_people_names_them_and_never_me(
    archive: dict[str, Any],
) -> None:
    env, folder = archive["env"], archive["folder"]
    people = {p["addresses"][0]: p for p in run_json(env, "people", folder)}
    office, me = people[f"referat-m3@{BMI}"], people[OWN]
    assert office["name"] == "Referat M3"
    watched = run_json(env, "watch", folder, str(office["id"]))
    assert watched["name"] == "Referat M3"
    assert [w["name"] for w in alerts(env, folder)["watched"]] == ["Referat M3"]
    refused = run(env, "watch", folder, str(me["id"]), check=False)
    assert refused.returncode == 2
    assert "your own mail is no sign of life" in refused.stderr.decode()
    assert [w["person_id"] for w in alerts(env, folder)["watched"]] == [office["id"]]
