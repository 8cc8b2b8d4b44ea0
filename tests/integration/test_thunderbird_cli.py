# SPDX-License-Identifier: GPL-3.0-or-later
"""`thunderbird` lists profiles and folders; `import` takes a profile folder whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.integration.cli import private_env, run, run_json
from tests.unit.importers.thunderbird_profile import PROFILE, thunderbird_home

if TYPE_CHECKING:
    from pathlib import Path


def test_profiles_are_listed_and_a_profile_is_imported(tmp_path: Path) -> None:
    home = thunderbird_home(tmp_path)
    env = private_env(tmp_path)
    [default, old] = run_json(env, "thunderbird", home)
    assert (default["name"], default["default"]) == ("default-release", True)
    assert {f["name"]: f["messages"] for f in default["folders"]} == {
        "Local Folders/Inbox": 2,
        "Local Folders/Inbox/Behörden": 1,
        "imap.example.org/INBOX": 1,
    }
    listed = run(env, "thunderbird", home).stdout.decode().splitlines()
    assert listed[0] == f"default-release (default): {home / PROFILE}"
    assert "        2  Local Folders/Inbox" in listed
    assert listed[-2:] == [f"old: {old['path']}", "  no mail folders"]
    folder = tmp_path / "archive"
    run(env, "init", folder)
    report = run_json(env, "import", folder, home / PROFILE)
    assert (report["imported"], report["quarantined"]) == (4, 0)
