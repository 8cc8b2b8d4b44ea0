# SPDX-License-Identifier: GPL-3.0-or-later
"""An import killed with kill -9 and run again: the rules tag every message, those the
killed run stored as well as those the second run adds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE
from tests.integration.cli import run, run_json
from tests.integration.test_crash_and_secrecy import SECRETS, count_messages, write_maildir

if TYPE_CHECKING:
    from pathlib import Path

TOTAL = 2500  # as in test_crash_and_secrecy: five batches, so the kill lands in the middle


def test_rules_tag_the_mail_of_a_killed_import_when_it_runs_again(
    env: dict[str, str], archive_dir: Path, tmp_path: Path
) -> None:
    mail = tmp_path / "mail"
    write_maildir(mail, TOTAL)
    run(env, "rule-add", archive_dir, "Rezepte", SECRETS[0], "Rezept")
    process = subprocess.Popen(
        [sys.executable, "-m", "correspondence_app", "import", str(archive_dir), str(mail)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    with Archive.open(archive_dir, PASSPHRASE) as reader:
        deadline = time.monotonic() + 120
        while count_messages(reader) == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert process.poll() is None, "the import ended before it could be killed"
        os.killpg(process.pid, signal.SIGKILL)  # the importer and its worker processes
        process.wait()
        stored = count_messages(reader)
    assert 0 < stored < TOTAL
    report = run_json(env, "import", archive_dir, mail)
    assert (report["imported"], report["duplicates"]) == (TOTAL - stored, stored)
    tags = {tag["name"]: tag["messages"] for tag in run_json(env, "tags", archive_dir)}
    assert tags["Rezept"] == TOTAL
    assert run_json(env, "rule-apply", archive_dir, "--dry-run") == {
        "matched": TOTAL,
        "changed": 0,
        "change_set": None,
    }
