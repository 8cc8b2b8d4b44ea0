# SPDX-License-Identifier: GPL-3.0-or-later
"""People through the command line: the list, proposals, merges, splits, own addresses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from tests.integration.cli import private_env, run, run_json
from tests.unit.people.people_mail import (
    ANNA,
    ANNA_POSTEO,
    LETTERS,
    SERGEJ,
    SERGEJ_RU,
    address,
    write_letters,
)

if TYPE_CHECKING:
    from pathlib import Path

PERSON_KEYS = {
    "id", "name", "names", "addresses", "received", "sent", "last_received", "last_sent", "me",
}  # fmt: skip


def fill(env: dict[str, str], folder: Path, mail: Path) -> Path:
    run(env, "import", folder, write_letters(mail, LETTERS))
    run(env, "me", folder, "helga@example.de")
    return folder


@pytest.fixture
def archive_with_mail(tmp_path: Path, env: dict[str, str], archive_dir: Path) -> Path:
    return fill(env, archive_dir, tmp_path / "mail")


@pytest.fixture(scope="module")
def unchanged(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path]:
    """One archive for the tests that change nothing."""
    base = tmp_path_factory.mktemp("people")
    env = private_env(base)
    run(env, "init", base / "archive")
    return env, fill(env, base / "archive", base / "mail")


def by_address(people: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {written: person for person in people for written in person["addresses"]}


def test_people_lists_counts_and_dates(unchanged: tuple[dict[str, str], Path]) -> None:
    env, folder = unchanged
    people = run_json(env, "people", folder)
    assert all(set(person) == PERSON_KEYS for person in people)
    sergej = by_address(people)[address(SERGEJ)]
    assert sergej["name"] == "Sergej Schukow"
    assert (sergej["received"], sergej["sent"]) == (1, 1)
    assert sergej["last_received"].startswith("2023-01-10")
    assert sergej["last_sent"].startswith("2023-02-05")
    assert by_address(people)["anna.weber@posteo.example"]["last_sent"] is None
    assert by_address(people)["helga@example.de"]["me"] is True
    text = run(env, "people", folder).stdout.decode()
    assert "Сергей Жуков <s.zhukov@mail.example>" in text


def test_proposals_merge_split_and_reject(env: dict[str, str], archive_with_mail: Path) -> None:
    folder = archive_with_mail
    people = by_address(run_json(env, "people", folder))
    sergej, russian = people[address(SERGEJ)]["id"], people[address(SERGEJ_RU)]["id"]
    anna, posteo = people[address(ANNA)]["id"], people[address(ANNA_POSTEO)]["id"]
    proposals = run_json(env, "person-proposals", folder)
    assert {"first", "second", "reason", "first_name", "second_name"} <= set(proposals[0])
    assert [(p["first"], p["second"], p["reason"]) for p in proposals] == [
        (min(sergej, russian), max(sergej, russian), "same-name"),
        (min(anna, posteo), max(anna, posteo), "same-local-part"),
    ]
    merged = run_json(env, "person-merge", folder, str(russian), str(sergej))
    assert (merged["id"], merged["received"], merged["sent"]) == (russian, 2, 1)
    assert merged["addresses"] == ["s.zhukov@mail.example", "sergej@gmx.example"]
    rejected = run_json(env, "person-reject", folder, str(anna), str(posteo))
    assert rejected == {"rejected": ["anna.weber@gmx.example", "anna.weber@posteo.example"]}
    assert run_json(env, "person-proposals", folder) == []
    split = run_json(env, "person-split", folder, str(russian), "sergej@gmx.example")
    assert (split["addresses"], split["name"]) == (["sergej@gmx.example"], "Sergej Schukow")
    renamed = run_json(env, "person-rename", folder, str(russian), "Серёжа")
    assert renamed["name"] == "Серёжа"
    assert run_json(env, "person", folder, str(russian))["addresses"] == ["s.zhukov@mail.example"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("person", "999"), "no person with id 999"),
        (("person", "abc"), "a person id is a number"),
        (("person-merge", "1", "999"), "no person with id 999"),
        (("person-merge", "1", "1"), "themselves"),
        (("person-split", "999", "x@y.example"), "no person with id 999"),
        (("person-split", "1", "nobody@nowhere.example"), "no message"),
        (("person-reject", "1", "999"), "no person with id 999"),
        (("person-rename", "999", "X"), "no person with id 999"),
    ],
)
def test_unknown_people_end_with_exit_code_2(
    unchanged: tuple[dict[str, str], Path], args: tuple[str, ...], said: str
) -> None:
    env, folder = unchanged
    result = run(env, args[0], folder, *args[1:], check=False)
    assert result.returncode == 2
    assert said in result.stderr.decode()


def test_me_adds_and_removes_addresses(env: dict[str, str], archive_with_mail: Path) -> None:
    folder = archive_with_mail
    added = run_json(
        env, "me", folder, "--add", "Helga@Posteo.example", "--add", "helga@web.example"
    )
    assert added["addresses"] == ["helga@example.de", "helga@posteo.example", "helga@web.example"]
    removed = run_json(env, "me", folder, "--remove", "helga@example.de", "--name", "Helga")
    assert (removed["name"], removed["addresses"]) == (
        "Helga",
        ["helga@posteo.example", "helga@web.example"],
    )
    people = by_address(run_json(env, "people", folder))
    assert people["helga@example.de"]["me"] is False
    assert people[address(SERGEJ)]["sent"] == 0
    for args in (("--remove", "sergej@gmx.example"), ("--add", "not-an-address")):
        result = run(env, "me", folder, *args, check=False)
        assert result.returncode == 2
        assert result.stderr.decode().count("\n") == 1


def test_notmuch_people_and_proposals_make_sense(tmp_path: Path, corpora: Path) -> None:
    env = private_env(tmp_path)
    folder = tmp_path / "archive"
    run(env, "init", folder)
    run(env, "import", folder, corpora / "notmuch")
    people = run_json(env, "people", folder)
    assert len(people) > 200
    assert sum(person["received"] for person in people) > 250
    named = {person["id"]: person for person in people}
    proposals = run_json(env, "person-proposals", folder)
    pairs = {(p["first_name"], p["second_name"]) for p in proposals}
    assert ("Alexandre Bounine", "Bounine, Alexandre") in pairs  # word order aside
    for p in proposals:
        first, second = named[p["first"]], named[p["second"]]
        assert not set(first["addresses"]) & set(second["addresses"])
        if p["reason"] == "same-name":
            assert "@" not in p["first_name"]  # a list's address is no name
    mailboxes = [address.partition("@")[0] for p in proposals for address in
                 named[p["first"]]["addresses"] + named[p["second"]]["addresses"]]  # fmt: skip
    assert not [local for local in mailboxes if "owner" in local or "request" in local]
