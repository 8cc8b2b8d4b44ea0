# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's contract: commands, JSON keys and exit codes."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import update

from correspondence_app.services import Archive
from correspondence_app.storage.tables import Original
from tests.conftest import PASSPHRASE
from tests.integration.cli import run, run_json

if TYPE_CHECKING:
    from pathlib import Path

MESSAGE = (
    "From: =?utf-8?b?0KHQtdGA0LPQtdC5?= <sergej@example.org>\r\n"
    "To: Anna Weber <anna@example.de>\r\n"
    "Cc: Kanzlei <kanzlei@example.de>\r\n"
    "Subject: =?utf-8?q?Antr=C3=A4ge_und_Papiere?=\r\n"
    "Date: Tue, 12 Mar 2024 09:15:00 +0300\r\n"
    "Message-ID: <papers-1@example.org>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=XX\r\n"
    "\r\n"
    "--XX\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Привет, Анна! Die Papiere sind angekommen.\r\n"
    "--XX\r\n"
    "Content-Type: application/pdf; name=bescheid.pdf\r\n"
    "Content-Disposition: attachment; filename=bescheid.pdf\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "JVBERi0xLjQKJeLjz9MK\r\n"
    "--XX--\r\n"
).encode()


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "mail" / "papers.eml"
    path.parent.mkdir()
    path.write_bytes(MESSAGE)
    return path


def test_import_reports_counts_and_seconds(
    env: dict[str, str], archive_dir: Path, letter: Path
) -> None:
    report = run_json(env, "import", archive_dir, letter)
    assert {k: report[k] for k in ("imported", "duplicates", "quarantined")} == {
        "imported": 1,
        "duplicates": 0,
        "quarantined": 0,
    }
    assert isinstance(report["seconds"], float)
    again = run_json(env, "import", archive_dir, letter.parent)
    assert (again["imported"], again["duplicates"]) == (0, 1)


def test_stats_list_show_and_raw(env: dict[str, str], archive_dir: Path, letter: Path) -> None:
    said = run(env, "import", archive_dir, letter).stdout.decode()
    assert said.startswith("Imported 1 message, 0 duplicates, 0 quarantined, 0 skipped in ")
    assert said.rstrip().endswith(" messages/s).")
    again = run(env, "import", archive_dir, letter).stdout.decode()
    assert again.startswith("Imported 0 messages, 1 duplicate, 0 quarantined, 0 skipped in ")
    assert "messages/s" not in again  # nothing stored: no rate
    stats = run_json(env, "stats", archive_dir)
    assert stats == {
        "messages": 1,
        "attachments": 1,
        "people": 3,
        "quarantined": 0,
        "bytes": len(MESSAGE),
    }
    (listed,) = run_json(env, "list", archive_dir)
    assert listed == {
        "id": listed["id"],
        "message_id": "papers-1@example.org",
        "sha256": hashlib.sha256(MESSAGE).hexdigest(),
        "date": "2024-03-12T09:15:00+03:00",
        "date_inferred": False,
        "from": "Сергей <sergej@example.org>",
        "subject": "Anträge und Papiere",
    }
    shown = run_json(env, "show", archive_dir, str(listed["id"]))
    assert shown["to"] == ["Anna Weber <anna@example.de>"]
    assert shown["cc"] == ["Kanzlei <kanzlei@example.de>"]
    assert "Привет, Анна!" in shown["text"]
    assert shown["attachments"][0]["filename"] == "bescheid.pdf"
    assert (
        shown["attachments"][0]["sha256"]
        == hashlib.sha256(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n").hexdigest()
    )
    assert run(env, "raw", archive_dir, str(listed["id"])).stdout == MESSAGE
    as_json = run_json(env, "raw", archive_dir, str(listed["id"]))
    assert base64.b64decode(as_json["base64"]) == MESSAGE
    assert as_json["sha256"] == listed["sha256"]
    human = run(env, "show", archive_dir, str(listed["id"])).stdout.decode()
    assert "Subject: Anträge und Papiere" in human


def test_verify_passes_on_a_fresh_import(
    env: dict[str, str], archive_dir: Path, letter: Path
) -> None:
    run(env, "import", archive_dir, letter)
    assert run_json(env, "verify", archive_dir) == {"ok": True, "checked": 2, "errors": []}


def test_wrong_passphrase_exits_2_with_one_line(env: dict[str, str], archive_dir: Path) -> None:
    result = run(
        {**env, "CORRESPONDENCE_APP_PASSPHRASE": "falsch"}, "stats", archive_dir, check=False
    )
    assert result.returncode == 2
    assert result.stderr.decode().strip() == (
        f"correspondence-app: {archive_dir}: wrong passphrase or recovery code"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("stats", "{tmp}/nowhere"), "no such archive folder"),
        (("stats", "{tmp}"), "not an archive"),
        (("import", "{archive}", "{tmp}/missing.mbox"), "no such file or folder"),
        (("show", "{archive}", "999"), "no message with id 999"),
        (("show", "{archive}", "abc"), "a message id is a number"),
        (("init", "{archive}"), "already an archive"),
        (("import", "{archive}", "{archive}"), "this is the archive itself"),
    ],
)
def test_user_errors_exit_2_without_traceback(
    env: dict[str, str], archive_dir: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    filled = [a.format(tmp=tmp_path, archive=archive_dir) for a in args]
    result = run(env, *filled, check=False)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert message in stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_passphrase_never_comes_from_stdin_without_terminal(
    env: dict[str, str], archive_dir: Path
) -> None:
    del env["CORRESPONDENCE_APP_PASSPHRASE"]
    result = run(env, "stats", archive_dir, check=False)
    assert result.returncode == 2
    assert "CORRESPONDENCE_APP_PASSPHRASE" in result.stderr.decode()


def test_passphrase_file_is_accepted(
    env: dict[str, str], archive_dir: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret"
    secret.write_text(env.pop("CORRESPONDENCE_APP_PASSPHRASE") + "\n")
    assert run_json(env, "stats", archive_dir, "--passphrase-file", secret)["messages"] == 0


def test_passphrase_change_keeps_the_database_bytes(
    env: dict[str, str], archive_dir: Path, letter: Path
) -> None:
    run(env, "import", archive_dir, letter)
    database = archive_dir / "archive.db"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    run(
        env | {"CORRESPONDENCE_APP_NEW_PASSPHRASE": "Neues Passwort 2026"},
        "passphrase",
        archive_dir,
    )
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert run(env, "stats", archive_dir, check=False).returncode == 2
    new_env = env | {"CORRESPONDENCE_APP_PASSPHRASE": "Neues Passwort 2026"}
    assert run_json(new_env, "stats", archive_dir)["messages"] == 1


def test_quarantine_lists_source_and_reason(
    env: dict[str, str], archive_dir: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.eml"
    nested = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n" for i in range(60))
    broken.write_text("From: a@example.org\nSubject: deep\n" + nested)
    report = run_json(env, "import", archive_dir, broken)
    assert report["quarantined"] == 1
    (item,) = run_json(env, "quarantine", archive_dir)
    assert item["source"] == str(broken)
    assert "50" in item["reason"]
    assert run_json(env, "stats", archive_dir)["quarantined"] == 1
    retried = run_json(env, "quarantine", archive_dir, "--retry", "--quiet")
    assert set(retried) == {"tried", "imported", "duplicates", "remaining", "seconds"}
    assert (retried["tried"], retried["imported"], retried["remaining"]) == (1, 0, 1)
    assert run_json(env, "quarantine", archive_dir) == [item]


def test_verify_finds_a_damaged_page_and_exits_1(
    env: dict[str, str], archive_dir: Path, letter: Path
) -> None:
    run(env, "import", archive_dir, letter)
    database = archive_dir / "archive.db"
    data = bytearray(database.read_bytes())
    data[len(data) - 100] ^= 0xFF  # inside the last page, away from the header
    database.write_bytes(bytes(data))
    result = run(env, "verify", archive_dir, "--json", check=False)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert any("HMAC" in error for error in report["errors"])
    assert "Traceback" not in result.stderr.decode()
    assert "sqlcipher" not in result.stderr.decode().lower()


def test_verify_finds_an_original_that_no_longer_matches_its_hash(
    env: dict[str, str], archive_dir: Path, letter: Path
) -> None:
    run(env, "import", archive_dir, letter)
    with Archive.open(archive_dir, PASSPHRASE) as archive, archive.session() as session:
        session.execute(update(Original).values(data=b"altered", compression="none"))
        session.commit()
    result = run(env, "verify", archive_dir, check=False)
    assert result.returncode == 1
    assert "message 1: content does not match its SHA-256" in result.stdout.decode()


def test_verify_names_damage_that_keeps_the_database_from_opening(
    env: dict[str, str], archive_dir: Path, letter: Path
) -> None:
    run(env, "import", archive_dir, letter)
    database = archive_dir / "archive.db"
    data = bytearray(database.read_bytes())
    data[200] ^= 0xFF  # the first page: the schema itself
    database.write_bytes(bytes(data))
    result = run(env, "verify", archive_dir, "--json", check=False)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert any("page 1" in error for error in report["errors"])
    assert "Traceback" not in result.stderr.decode()
    # Anything else that opens it says so plainly, with exit code 2.
    listing = run(env, "list", archive_dir, check=False)
    assert listing.returncode == 2
    assert b"damaged" in listing.stderr
