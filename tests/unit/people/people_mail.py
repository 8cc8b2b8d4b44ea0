# SPDX-License-Identifier: GPL-3.0-or-later
"""Letters between the archive's keeper and people with several addresses and alphabets."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive
from correspondence_app.tagging.identity import set_own_addresses
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from pathlib import Path

OWN = "Helga Brandt <helga@example.de>"
SERGEJ = "Sergej Schukow <sergej@gmx.example>"
SERGEJ_RU = "Сергей Жуков <s.zhukov@mail.example>"
ANNA = "Anna Weber <anna.weber@gmx.example>"
ANNA_POSTEO = "A. Weber <anna.weber@posteo.example>"
ANNA_SCHMIDT = "Anna Schmidt <anna.schmidt@web.example>"
INFO_A = "Info <info@a.example>"
INFO_B = "Info <info@b.example>"
NAMESAKE = "Helga Brandt <h.brandt@web.example>"  # another Helga Brandt, not the keeper

# key: (from, to, cc, bcc, date)
LETTERS: dict[str, tuple[str, str, str, str, datetime]] = {
    "s1": (SERGEJ, OWN, "", "", datetime(2023, 1, 10, 9, tzinfo=UTC)),
    "s2": (SERGEJ_RU, OWN, "", "", datetime(2023, 2, 1, 9, tzinfo=UTC)),
    "to-s": (OWN, SERGEJ, SERGEJ_RU, "", datetime(2023, 2, 5, 9, tzinfo=UTC)),
    "a1": (ANNA, OWN, "", "", datetime(2023, 3, 1, 9, tzinfo=UTC)),
    "a2": (ANNA_POSTEO, OWN, "", "", datetime(2023, 3, 5, 9, tzinfo=UTC)),
    "to-a": (OWN, ANNA, "", ANNA_SCHMIDT, datetime(2023, 3, 10, 9, tzinfo=UTC)),
    "schmidt": (ANNA_SCHMIDT, OWN, "", "", datetime(2023, 4, 1, 9, tzinfo=UTC)),
    "info-a": (INFO_A, OWN, "", "", datetime(2023, 4, 2, 9, tzinfo=UTC)),
    "info-b": (INFO_B, OWN, "", "", datetime(2023, 4, 3, 9, tzinfo=UTC)),
    "namesake": (NAMESAKE, OWN, "", "", datetime(2023, 4, 4, 9, tzinfo=UTC)),
}
# Later mail, from addresses already known and from a new one.
LATER: dict[str, tuple[str, str, str, str, datetime]] = {
    "s3": (SERGEJ_RU, OWN, "", "", datetime(2023, 6, 1, 9, tzinfo=UTC)),
    "a3": (ANNA_POSTEO, OWN, "", "", datetime(2023, 6, 2, 9, tzinfo=UTC)),
    "new": ("Boris Petrov <boris@petrov.example>", OWN, "", "", datetime(2023, 6, 3, tzinfo=UTC)),
}


def letter(key: str, fields: tuple[str, str, str, str, datetime]) -> bytes:
    sender, to, cc, bcc, date = fields
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, f"Brief {key}"
    if cc:
        message["Cc"] = cc
    if bcc:
        message["Bcc"] = bcc
    message["Date"] = format_datetime(date)
    message["Message-ID"] = f"<{key}@people.example>"
    message.set_content("Guten Tag.")
    return message.as_bytes()


def write_letters(folder: Path, letters: dict[str, tuple[str, str, str, str, datetime]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for key, fields in letters.items():
        (folder / f"{key}.eml").write_bytes(letter(key, fields))
    return folder


def address(written: str) -> str:
    return written.rpartition("<")[2].rstrip(">")


def build_archive(base: Path, *, own: bool = True) -> Archive:
    """A real archive holding LETTERS (from ``base / "mail"``), the keeper's address set."""
    archive = Archive.create(base / "archive", PASSPHRASE, kdf=KdfParams())
    archive.import_paths([write_letters(base / "mail", LETTERS)], workers=1)
    if own:
        with archive.engine.begin() as connection:
            set_own_addresses(connection, [address(OWN)])
    return archive
