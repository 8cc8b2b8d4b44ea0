# SPDX-License-Identifier: GPL-3.0-or-later
"""The recovery code end to end: made by the command line, accepted wherever a passphrase is."""

from __future__ import annotations

import base64
import re
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams, KeyFile, WrongPassphrase
from correspondence_app.crypto.recovery import new_recovery_code, normalise_recovery_code
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE
from tests.integration.cli import run, run_json

if TYPE_CHECKING:
    from pathlib import Path

NEW_PASSPHRASE = "Neues Passwort 2026"
HINT = "set a new passphrase with `correspondence-app passphrase"


@pytest.fixture
def code(env: dict[str, str], archive_dir: Path) -> str:
    made = run_json(env, "recovery-code", archive_dir)["recovery_code"]
    assert isinstance(made, str)
    return made


def with_secret(env: dict[str, str], secret: str) -> dict[str, str]:
    return env | {"CORRESPONDENCE_APP_PASSPHRASE": secret}


def test_recovery_code_is_printed_once_with_a_warning(
    env: dict[str, str], archive_dir: Path
) -> None:
    output = run(env, "recovery-code", archive_dir).stdout.decode()
    (code,) = re.findall(r"\b(?:[0-9A-Z]{5}-){5}[0-9A-Z]{2}\b", output)
    assert normalise_recovery_code(code) == code
    assert "shown once" in output
    assert "apart from the computer" in output
    assert "replaces" not in output
    assert run_json(with_secret(env, code), "stats", archive_dir)["messages"] == 0


@pytest.mark.parametrize(
    "spell",
    [
        lambda code: code,
        str.lower,
        lambda code: code.replace("-", ""),
        lambda code: code.replace("-", " ").lower(),
        lambda code: f"  {code[:13]} {code[13:]}  ",
        lambda code: code.replace("0", "O").replace("1", "l"),
    ],
    ids=["canonical", "lower case", "no dashes", "spaces", "extra spaces", "O and l"],
)
def test_recovery_code_unlocks_in_any_accepted_spelling(
    env: dict[str, str], archive_dir: Path, code: str, spell: object
) -> None:
    spelled = spell(code)  # type: ignore[operator]
    result = run(with_secret(env, spelled), "stats", archive_dir, "--json")
    assert result.stdout.startswith(b"{")
    assert HINT in result.stderr.decode()


def test_recovery_code_is_read_from_the_passphrase_file(
    env: dict[str, str], archive_dir: Path, code: str, tmp_path: Path
) -> None:
    secret = tmp_path / "paper.txt"
    secret.write_text(code.lower().replace("-", " ") + "\n")
    del env["CORRESPONDENCE_APP_PASSPHRASE"]
    assert run_json(env, "stats", archive_dir, "--passphrase-file", secret)["messages"] == 0


def test_unlocking_with_the_passphrase_gives_no_hint(
    env: dict[str, str], archive_dir: Path, code: str
) -> None:
    assert run(env, "stats", archive_dir).stderr == b""


def test_wrong_code_exits_2_like_a_wrong_passphrase(
    env: dict[str, str], archive_dir: Path, code: str
) -> None:
    other = new_recovery_code()
    assert other != code
    result = run(with_secret(env, other), "stats", archive_dir, check=False)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == (
        f"correspondence-app: {archive_dir}: wrong passphrase or recovery code"
    )


def swap_first_unequal_neighbours(code: str) -> str:
    """The code with its first two different neighbouring characters swapped."""
    for at in range(len(code) - 1):
        first, second = code[at], code[at + 1]
        if first != second and "-" not in (first, second):
            return code[:at] + second + first + code[at + 2 :]
    raise AssertionError(f"no two neighbouring characters differ in {code}")


@pytest.mark.parametrize(
    "slip",
    [
        lambda code: swap_first_unequal_neighbours(code),  # two characters swapped
        lambda code: code[:-1],  # the last character missing
        lambda code: code[:8] + ("7" if code[8] != "7" else "8") + code[9:],  # one wrong
    ],
    ids=["swapped", "missing", "wrong"],
)
def test_mistyped_code_is_reported_as_mistyped(
    env: dict[str, str], archive_dir: Path, code: str, slip: object
) -> None:
    typed = slip(code)  # type: ignore[operator]
    assert typed != code
    result = run(with_secret(env, typed), "stats", archive_dir, check=False)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert "mistyped recovery code" in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_new_code_replaces_the_old_one(env: dict[str, str], archive_dir: Path, code: str) -> None:
    output = run(env, "recovery-code", archive_dir).stdout.decode()
    assert "replaces the earlier recovery code" in output
    (new_code,) = re.findall(r"\b(?:[0-9A-Z]{5}-){5}[0-9A-Z]{2}\b", output)
    assert new_code != code
    assert run(with_secret(env, code), "stats", archive_dir, check=False).returncode == 2
    assert run_json(with_secret(env, new_code), "stats", archive_dir)["messages"] == 0
    assert run_json(env, "stats", archive_dir)["messages"] == 0


def test_recovery_code_needs_the_passphrase(
    env: dict[str, str], archive_dir: Path, code: str
) -> None:
    wrong = run(with_secret(env, "falsch"), "recovery-code", archive_dir, check=False)
    assert wrong.returncode == 2
    by_code = run(with_secret(env, code), "recovery-code", archive_dir, check=False)
    assert by_code.returncode == 2
    assert "set a new passphrase first" in by_code.stderr.decode()
    assert run_json(with_secret(env, code), "stats", archive_dir)["messages"] == 0


def test_passphrase_change_with_the_code_as_old_secret(
    env: dict[str, str], archive_dir: Path, code: str
) -> None:
    result = run(
        with_secret(env, code.lower()) | {"CORRESPONDENCE_APP_NEW_PASSPHRASE": NEW_PASSPHRASE},
        "passphrase",
        archive_dir,
    )
    assert HINT not in result.stderr.decode()
    assert run(env, "stats", archive_dir, check=False).returncode == 2
    assert run_json(with_secret(env, NEW_PASSPHRASE), "stats", archive_dir)["messages"] == 0
    # The code stays valid: it is a sealing of its own, not derived from the passphrase.
    assert run_json(with_secret(env, code), "stats", archive_dir)["messages"] == 0


def test_key_file_holds_neither_the_code_nor_the_key(archive_dir: Path, code: str) -> None:
    key_file = archive_dir / "archive.key"
    content = key_file.read_bytes()
    database_key = KeyFile.load(key_file).unlock(PASSPHRASE)
    compact = code.replace("-", "")
    for spelling in (code, compact, code.lower(), compact.lower(), PASSPHRASE):
        assert spelling.encode() not in content
    for encoded in (
        database_key,
        database_key.hex().encode(),
        base64.b64encode(database_key),
        base64.urlsafe_b64encode(database_key),
        base64.b32encode(database_key),
    ):
        assert encoded not in content
    assert content.count(b'"kind": "recovery"') == 1
    assert key_file.stat().st_mode & 0o777 == 0o600


def test_archive_says_how_it_was_opened(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    with Archive.create(folder, PASSPHRASE, kdf=KdfParams()) as archive:
        assert not archive.has_recovery_code
        with pytest.raises(WrongPassphrase):
            archive.create_recovery_code("falsch", kdf=KdfParams())
        code = archive.create_recovery_code(PASSPHRASE, kdf=KdfParams())
        assert archive.has_recovery_code
        with pytest.raises(WrongPassphrase):
            archive.create_recovery_code(code, kdf=KdfParams())
    with Archive.open(folder, PASSPHRASE) as archive:
        assert archive.has_recovery_code
        assert not archive.opened_with_recovery_code
    with Archive.open(folder, code.replace("-", " ").lower()) as archive:
        assert archive.opened_with_recovery_code
        archive.change_passphrase(code.lower(), NEW_PASSPHRASE, kdf=KdfParams())
    with Archive.open(folder, NEW_PASSPHRASE) as archive:
        assert not archive.opened_with_recovery_code
        assert archive.has_recovery_code
