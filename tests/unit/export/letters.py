# SPDX-License-Identifier: GPL-3.0-or-later
"""The letters the export tests fill their archives with: from Sergej to Katja, numbered,
with German and Russian words in the subject."""

from __future__ import annotations

from email.message import EmailMessage
from typing import TYPE_CHECKING

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.pdf import write_pdf
from correspondence_app.export.source import ExportSource, Selection
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from pathlib import Path


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


def single_dossier(root: Path, content: bytes, subject: str) -> Path:
    """The PDF dossier of one message, ``content``, imported into a new archive in ``root``
    (its subject read back as ``subject``)."""
    (root / "letter.eml").write_bytes(content)
    with Archive.create(root / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths([root / "letter.eml"], workers=1)
        [message] = archive.list_messages()
        assert message.subject == subject
        target = root / "dossier.pdf"
        write_pdf(ExportSource(archive.engine, Selection(message_ids=(message.id,))), target)
    return target
