# SPDX-License-Identifier: GPL-3.0-or-later
"""Letters to the Auswärtiges Amt and a member of parliament, as .eml files to import."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

OWN = "helga@example.de"
AMT = "auswaertiges-amt.example"
ZONE = "Europe/Berlin"

# key: (from, to, subject, date, key of the message it answers)
Mail = tuple[str, str, str, datetime, str]
STORY: dict[str, Mail] = {
    "visum": (OWN, f"poststelle@{AMT}", "Visum für Sergej",
              datetime(2024, 1, 10, 9, tzinfo=UTC), ""),
    # Another address of the same office, not in the thread.
    "visum-antwort": (f"buergerservice@{AMT}", OWN, "Ihre Anfrage vom 10. Januar",
                      datetime(2024, 1, 22, 10, tzinfo=UTC), ""),
    "pass": (OWN, f"buergerservice@{AMT}", "Reisepass verloren",
             datetime(2024, 2, 1, 9, tzinfo=UTC), ""),
    # Someone outside the office answers in the thread.
    "pass-antwort": ("k.meier@bva.example", OWN, "Re: Reisepass verloren",
                     datetime(2024, 2, 12, 8, tzinfo=UTC), "pass"),
    "konsulat": (OWN, f"poststelle@{AMT}", "Konsularische Hilfe",
                 datetime(2024, 3, 1, 9, tzinfo=UTC), ""),
    # My own follow-up in the thread answers nothing, and waits itself.
    "nachfrage": (OWN, f"poststelle@{AMT}", "Re: Konsularische Hilfe",
                  datetime(2024, 3, 18, 9, tzinfo=UTC), "konsulat"),
    "freundin": (OWN, "anna@example.org", "Hallo", datetime(2024, 3, 5, 9, tzinfo=UTC), ""),
    "mdb": (OWN, "mdb.schmidt@bundestag.example", "Bitte um Unterstützung",
            datetime(2024, 4, 1, 9, tzinfo=UTC), ""),
    "dank": (OWN, f"poststelle@{AMT}", "Vielen Dank", datetime(2024, 4, 10, 9, tzinfo=UTC), ""),
}  # fmt: skip


def mail_bytes(key: str, mail: Mail) -> bytes:
    sender, to, subject, date, parent = mail
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = f"<{key}@test.example>"
    if parent:
        message["In-Reply-To"] = f"<{parent}@test.example>"
        message["References"] = f"<{parent}@test.example>"
    message.set_content(f"{subject}\n")
    return message.as_bytes()


def write_mail(folder: Path, mails: dict[str, Mail]) -> Path:
    """One .eml file per message in a new folder."""
    folder.mkdir(parents=True)
    for key, mail in mails.items():
        (folder / f"{key}.eml").write_bytes(mail_bytes(key, mail))
    return folder
