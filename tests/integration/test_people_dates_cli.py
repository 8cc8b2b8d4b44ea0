# SPDX-License-Identifier: GPL-3.0-or-later
"""`people` dates the last message received and sent as the signs of life do: not by a
date after today (the archive's today) nor by a file's time; every message still counts."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any

from tests.integration.cli import run, run_json

if TYPE_CHECKING:
    from pathlib import Path

OWN = "Helga Brandt <helga@example.de>"
SERGEJ = "Sergej Schukow <sergej@gmx.example>"
TODAY = "2024-03-10"
# key: (from, to, the Date field, or None for the file's time)
LETTERS: dict[str, tuple[str, str, datetime | None]] = {
    "from": (SERGEJ, OWN, datetime(2024, 2, 26, 18, tzinfo=UTC)),
    "from-future": (SERGEJ, OWN, datetime(2030, 12, 1, 9, tzinfo=UTC)),
    "from-undated": (SERGEJ, OWN, None),
    "to": (OWN, SERGEJ, datetime(2024, 2, 20, 18, tzinfo=UTC)),
    "to-future": (OWN, SERGEJ, datetime(2030, 12, 2, 9, tzinfo=UTC)),
    "to-undated": (OWN, SERGEJ, None),
}
FILE_TIME = datetime(2024, 3, 1, 12, tzinfo=UTC)  # after the dated letters, before today


def write_letters(folder: Path) -> Path:
    folder.mkdir()
    for key, (sender, to, date) in LETTERS.items():
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = sender, to, f"Brief {key}"
        if date is not None:
            message["Date"] = format_datetime(date)
        message["Message-ID"] = f"<{key}@dates.example>"
        message.set_content("Guten Tag.")
        path = folder / f"{key}.eml"
        path.write_bytes(message.as_bytes())
        os.utime(path, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    return folder


def sergej(env: dict[str, str], archive: Path, today: str) -> dict[str, Any]:
    people = run_json({**env, "CORRESPONDENCE_APP_TODAY": today}, "people", archive)
    return next(person for person in people if "sergej@gmx.example" in person["addresses"])


def test_people_and_alerts_agree_on_the_last_sign_of_life(
    tmp_path: Path, env: dict[str, str], archive_dir: Path
) -> None:
    run(env, "import", archive_dir, write_letters(tmp_path / "mail"))
    run(env, "me", archive_dir, "helga@example.de")
    person = sergej(env, archive_dir, TODAY)
    assert (person["received"], person["sent"]) == (3, 3)  # every message is counted
    assert person["last_received"].startswith("2024-02-26")
    assert person["last_sent"].startswith("2024-02-20")
    run(env, "watch", archive_dir, str(person["id"]))
    alerts = run_json(env, "alerts", archive_dir, "--today", TODAY)
    watched = next(entry for entry in alerts["watched"] if entry["person_id"] == person["id"])
    assert watched["last_sign"] == person["last_received"]
    # Once the archive's today is past them, the future dates are dates like any other;
    # the file's time never is one.
    later = sergej(env, archive_dir, "2031-01-01")
    assert later["last_received"].startswith("2030-12-01")
    assert later["last_sent"].startswith("2030-12-02")
