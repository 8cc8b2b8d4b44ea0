# SPDX-License-Identifier: GPL-3.0-or-later
"""A sync applies the rules to every message they have not met yet, also when it fetches
nothing new: mail an interrupted import stored gets its tags (real Dovecot on 127.0.0.1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from correspondence_app.importers import pipeline
from tests.dovecot import USER, Dovecot, letter
from tests.integration.test_imap_sync import add_account

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def kuchen(archive: Archive) -> set[str]:
    return {hit.summary.message_id for hit in archive.search("tag:Kuchen", limit=100)}


def test_a_sync_tags_what_an_interrupted_import_stored(
    archive: Archive, server: Dovecot, tmp_path: Path
) -> None:
    with server.client(USER) as client:
        for number in range(3):
            client.append("INBOX", letter(number))
    archive.organiser.save_rule("Kuchen", "Zwetschgenkuchen", ["Kuchen"])
    account = add_account(archive, server)
    archive.sync_account(account)
    assert kuchen(archive) == {f"imap-{n}@example.ru" for n in range(3)}
    # An import of letters kept on disk stores them and is killed before its rules ran.
    local = tmp_path / "local"
    local.mkdir()
    for number in (50, 51):
        (local / f"{number}.eml").write_bytes(letter(number))
    assert pipeline.import_paths(archive.engine, [local]).imported == 2
    report = archive.sync_account(account)  # nothing new on the server
    assert report.fetched == 0
    assert kuchen(archive) == {f"imap-{n}@example.ru" for n in (0, 1, 2, 50, 51)}
