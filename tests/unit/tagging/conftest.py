# SPDX-License-Identifier: GPL-3.0-or-later
"""A small archive with folders, Gmail labels, sent mail and known dates, to organise."""

from __future__ import annotations

import mailbox
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

OWN = "helga@example.de"
# key: (folder, from, to, subject, date, body, in-reply-to key)
MAIL: dict[str, tuple[str, str, str, str, datetime, str, str]] = {
    "asyl1": (".Asyl", "sergej@example.org", OWN, "Antrag auf Asyl",
              datetime(2023, 1, 10, tzinfo=UTC), "Der Antrag ist gestellt.", ""),
    "asyl2": (".Sent", OWN, "sergej@example.org", "Re: Antrag auf Asyl",
              datetime(2023, 1, 12, tzinfo=UTC), "Ich habe den Antrag gesehen.", "asyl1"),
    "amt": (".Behoerden", "poststelle@auswaertiges-amt.example", OWN, "Ihr Schreiben",
            datetime(2023, 3, 2, tzinfo=UTC), "Wir bestätigen den Eingang Ihres Schreibens.", ""),
    "amt2": (".Sent", OWN, "poststelle@auswaertiges-amt.example", "Nachfrage",
             datetime(2023, 3, 20, tzinfo=UTC), "Ich frage nach dem Stand.", ""),
    "klinik": (".Asyl", "sergej@example.org", OWN, "Больница",
               datetime(2023, 5, 1, tzinfo=UTC), "Я в больнице, всё хорошо.", ""),
    "mdb": ("", "buero@bundestag.example", OWN, "Ihre Anfrage",
            datetime(2023, 6, 30, tzinfo=UTC), "Vielen Dank für Ihre Anfrage zur Lage.", ""),
}  # fmt: skip
LABELS = {"mdb": "Bundestag,Wichtig"}


def mail_bytes(key: str) -> bytes:
    _, sender, to, subject, date, body, parent = MAIL[key]
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = f"<{key}@test.example>"
    if parent:
        message["In-Reply-To"] = f"<{parent}@test.example>"
    if key in LABELS:
        message["X-Gmail-Labels"] = LABELS[key]
    message.set_content(body)
    return message.as_bytes()


def write_sources(root: Path, keys: list[str]) -> list[Path]:
    """A Maildir with the folders of these messages, and an mbox for those without one."""
    maildir, mbox_path = root / "Mail", root / "gmail.mbox"
    root.mkdir(parents=True, exist_ok=True)
    box = mailbox.mbox(mbox_path)
    for key in keys:
        folder = MAIL[key][0]
        if not folder:
            box.add(mail_bytes(key))
            continue
        for sub in ("cur", "new", "tmp"):
            (maildir / folder / sub).mkdir(parents=True, exist_ok=True)
        (maildir / folder / "cur" / f"1700000000.{key}.host:2,S").write_bytes(mail_bytes(key))
    box.flush()
    box.close()
    return [path for path in (maildir, mbox_path) if path.exists() and _has_mail(path)]


def _has_mail(path: Path) -> bool:
    return path.is_dir() or path.stat().st_size > 0


@pytest.fixture
def organised(tmp_path: Path) -> Iterator[Archive]:
    """An archive holding MAIL, with ids by key in ``archive.ids``."""
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths(write_sources(tmp_path / "mail", list(MAIL)), workers=1)
        yield archive


def ids_of(archive: Archive) -> dict[str, int]:
    return {m.message_id.split("@")[0]: m.id for m in archive.list_messages()}


def found(archive: Archive, query: str) -> set[str]:
    keys = {message_id: key for key, message_id in ids_of(archive).items()}
    return {keys[hit.summary.id] for hit in archive.search(query, limit=1000)}
