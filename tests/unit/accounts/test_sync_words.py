# SPDX-License-Identifier: GPL-3.0-or-later
"""The sync's report on the command line: each folder with what it fetched, the folders a
stopped sync never reached said so (not "0 new"), the names in one column."""

from __future__ import annotations

from typing import TYPE_CHECKING

from correspondence_app.accounts.sync import FolderResult, SyncReport, SyncStatus
from correspondence_app.cli.account_commands import _print_report

if TYPE_CHECKING:
    import pytest


def test_a_stopped_sync_names_the_folders_it_never_reached(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folders = (
        FolderResult("Behörden", 2397, 2396, 1, 0, uidvalidity_changed=False),
        FolderResult("Anwalt", 1736, 0, 0, 0, uidvalidity_changed=False),  # nothing new
        FolderResult("INBOX", 3346, 0, 0, 0, uidvalidity_changed=False, reached=False),
    )
    report = SyncReport("katja@example.de", SyncStatus.CANCELLED, 2396, 1, 0, folders, 4.2)
    _print_report(report)
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == ["    2396 new  Behörden", "       0 new  Anwalt", " not reached  INBOX"]
