# SPDX-License-Identifier: GPL-3.0-or-later
"""The sync's report on the command line: each folder with what it fetched, the folders a
stopped sync never reached said so (not "0 new"), the names in one column."""

from __future__ import annotations

import dataclasses
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


def test_a_folder_says_how_many_of_its_messages_were_quarantined_and_if_it_was_renumbered(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folders = (
        FolderResult("INBOX", 48, 47, 0, 1, uidvalidity_changed=True),
        FolderResult("Anhänge", 14, 12, 2, 0, uidvalidity_changed=False),
    )
    report = SyncReport("anna@example.org", SyncStatus.OK, 59, 2, 1, folders, 0.4)
    _print_report(report)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "anna@example.org: 59 new, 2 already in the archive, 1 quarantined, from 2 folders in 0.4 s"
    )
    assert lines[1:] == [
        "      47 new  INBOX  (1 quarantined; the server renumbered it)",
        "      12 new  Anhänge",
    ]
    _print_report(dataclasses.replace(report, folders=folders[1:]))
    assert ", from 1 folder in 0.4 s" in capsys.readouterr().out  # not "1 folders"
