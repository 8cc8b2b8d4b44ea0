# SPDX-License-Identifier: GPL-3.0-or-later
"""The letters the export tests fill their archives with: from Sergej to Katja, numbered,
with German and Russian words in the subject."""

from __future__ import annotations

from email.message import EmailMessage


def letter(number: int, tag: str, body: str, *, attachment: bool = False) -> bytes:
    """Letter ``number``, its Message-ID marked with ``tag``; with ``attachment``, it
    carries a small text file, ``antrag-<number>.txt``."""
    message = EmailMessage()
    message["From"] = f"Sergej Petrov <sergej{number}@example.net>"
    message["To"] = "Katja <katja@example.de>"
    message["Subject"] = f"Brief {number}: Grüße, Привет"
    message["Date"] = f"Mon, {number + 1:02d} Apr 2024 10:00:00 +0300"
    message["Message-ID"] = f"<{tag}-{number}@test.example>"
    message.set_content(body)
    if attachment:
        message.add_attachment(b"Antrag %d" % number, maintype="text", subtype="plain",
                               filename=f"antrag-{number}.txt")  # fmt: skip
    return message.as_bytes()
