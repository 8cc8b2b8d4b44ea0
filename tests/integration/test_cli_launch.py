# SPDX-License-Identifier: GPL-3.0-or-later
"""The tests' commands, forked from a process with the program loaded
(tests.integration.cli_server), behave as ``python -m correspondence_app`` started anew:
the same output, errors and exit codes, in the test's environment and folder."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

import pytest

from tests.integration.cli import LAUNCHER_ENV, CommandServer, private_env, run

if TYPE_CHECKING:
    from pathlib import Path

LETTER = (
    b"From: Sergej <sergej@example.org>\nTo: anna@example.de\nSubject: Lage\n"
    b"Date: Tue, 12 Mar 2024 09:15:00 +0300\nMessage-ID: <launch-1@example.org>\n\n"
    b"Ich bin noch im Krankenhaus.\n"
)


def session(base: Path) -> list[tuple[int, bytes, bytes]]:
    """A user's commands, good and bad, with what each printed and its exit code."""
    env = private_env(base)
    folder, mail = base / "archive", base / "brief.eml"
    mail.write_bytes(LETTER)
    wrong = {**env, "CORRESPONDENCE_APP_PASSPHRASE": "not the passphrase"}
    results = [
        run(env, "init", folder, check=False),
        run(env, "import", folder, mail, "--json", check=False),
        run(env, "list", folder, "--json", check=False),
        run(wrong, "stats", folder, check=False),  # exit 2, one line
        run(env, "show", folder, "999", check=False),
        run(env, "no-such-command", check=False),  # argparse: exit 2, usage
        run(env, "--version", check=False),
    ]
    seconds = re.compile(rb'seconds": [0-9.]+|in [0-9.]+ s|[0-9]+ messages/s')
    return [
        (r.returncode, seconds.sub(b"", r.stdout).replace(bytes(base), b"BASE"),
         r.stderr.replace(bytes(base), b"BASE"))
        for r in results
    ]  # fmt: skip


def test_a_forked_command_is_the_command_started_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forked = session(tmp_path / "forked")
    monkeypatch.setenv(LAUNCHER_ENV, "exec")
    started = session(tmp_path / "started")
    assert forked == started
    assert [code for code, _, _ in forked] == [0, 0, 0, 2, 2, 2, 0]
    assert b"Traceback" not in b"".join(err for _, _, err in forked)


def test_a_forked_command_works_in_the_tests_folder_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = private_env(tmp_path)
    monkeypatch.chdir(tmp_path)
    run(env, "init", "here")  # a relative path: the test's folder
    assert (tmp_path / "here" / "archive.db").is_file()
    (tmp_path / "brief.eml").write_bytes(LETTER)
    run(env, "import", "here", "brief.eml")
    run(env, "export", "here", "*", "--format", "eml", "--output", "out")
    assert sorted(os.listdir(tmp_path / "out"))[0].endswith(".eml")
    # What the environment says, the command does: here, refuse the passphrase.
    refused = run({**env, "CORRESPONDENCE_APP_PASSPHRASE": "wrong"}, "stats", "here", check=False)
    assert refused.returncode == 2


def test_the_server_starts_whatever_folder_the_test_is_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    server = CommandServer()
    try:
        result = server.run(["--version"], private_env(tmp_path))
    finally:
        server.stop()
    assert result.returncode == 0
    assert result.stdout.startswith(b"correspondence-app ")
