# SPDX-License-Identifier: GPL-3.0-or-later
"""Bundles given to `import`: their password checked before anything is read, and what
their transfer files (tags, notes, people, signs of life, letters) brought, printed."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from correspondence_app.cli.common import fail, read_passphrase_file

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from correspondence_app.importers.transfer_apply import TransferReport


def bundles(paths: Sequence[Path], password_file: str | None) -> dict[Path, str]:
    """The bundles among the files given (encrypted ZIPs), each with the password of
    --password-file, checked: a missing or wrong one ends the command, naming the file."""
    from correspondence_app.importers import zip_source
    from correspondence_app.importers.bundle_import import bundles_among

    encrypted = bundles_among(paths)
    if not encrypted:
        return {}
    password = read_passphrase_file(password_file) if password_file else ""
    for path in encrypted:
        try:
            zip_source.check_password(path, password)
        except zip_source.ZipSourceError as error:
            fail(str(error))
    return dict.fromkeys(encrypted, password)


def print_transfers(transfers: Sequence[TransferReport]) -> None:
    for transfer in transfers:
        print(
            f"From {transfer.path}: {transfer.tags_added} tag assignments, "
            f"{transfer.notes_added + transfer.notes_joined} notes, "
            f"{transfer.people_merged} people merged, {transfer.watched_added} watched, "
            f"{transfer.signs_of_life_added} signs of life, "
            f"{transfer.awaiting_marks_added} awaiting marks, "
            f"{transfer.paper_letters_added} paper letters and "
            f"{transfer.answers_added} answers added."
        )
        for problem in transfer.problems:
            print(f"  not applied: {problem}", file=sys.stderr)
