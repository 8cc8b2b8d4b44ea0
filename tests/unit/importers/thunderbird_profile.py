# SPDX-License-Identifier: GPL-3.0-or-later
"""A constructed Thunderbird profile tree, as the tests of its import use it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

PROFILE = "abcd1234.default-release"


def mbox(*messages: tuple[str, str]) -> bytes:
    """(subject, X-Mozilla-Status) per message; "" for none."""
    parts = []
    for number, (subject, status) in enumerate(messages):
        header = f"X-Mozilla-Status: {status}\n" if status else ""
        parts.append(
            f"From - Mon Mar 04 10:0{number}:00 2024\n{header}From: sergej@example.net\n"
            f"To: katja@example.de\nSubject: {subject}\n"
            f"Message-ID: <{subject.replace(' ', '-')}@tb.example>\n"
            f"Date: Mon, 04 Mar 2024 10:0{number}:00 +0300\n\nText of {subject}\n\n"
        )
    return "".join(parts).encode()


def thunderbird_home(base: Path) -> Path:
    """A Thunderbird folder with two profiles, the second the default one: local folders
    (an Inbox with a message deleted but not compacted away, and a subfolder), an IMAP
    account's copy, and the settings, indexes and databases beside them."""
    root = base / ".thunderbird"
    profile = root / "abcd1234.default-release"
    local = profile / "Mail" / "Local Folders"
    (local / "Inbox.sbd").mkdir(parents=True)
    (local / "Inbox").write_bytes(
        mbox(("Hallo", "0001"), ("Geloescht", "0009"), ("Antrag", "8001"))
    )
    (local / "Inbox.msf").write_text('// <!-- <mdb:mork:z v="1.4"/> -->\n< <(a=c)> >\n')
    (local / "Inbox.sbd" / "Behörden").write_bytes(mbox(("Visum", "")))
    imap = profile / "ImapMail" / "imap.example.org"
    imap.mkdir(parents=True)
    (imap / "INBOX").write_bytes(mbox(("Privet", "0000")))
    (imap / "msgFilterRules.dat").write_text('version="9"\n')
    (profile / "prefs.js").write_text('user_pref("mail.server.server1.name", "Katja");\n')
    (profile / "places.sqlite").write_bytes(b"SQLite format 3\x00")
    other = root / "old.default"
    (other / "Mail").mkdir(parents=True)
    (other / "prefs.js").write_text("")
    (root / "profiles.ini").write_text(
        "[General]\nStartWithLastProfile=1\n\n"
        "[Profile1]\nName=old\nIsRelative=1\nPath=old.default\n\n"
        "[Profile0]\nName=default-release\nIsRelative=1\nPath=abcd1234.default-release\n"
        "Default=1\n\n[Profile2]\nName=gone\nIsRelative=1\nPath=missing.profile\n"
    )
    return root
