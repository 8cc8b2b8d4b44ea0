# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing with bundles: the messages of every path, each bundle read with its password,
then each bundle's transfer file (tags, notes, people, signs of life, letters) applied.
The command line and the window import this one way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from correspondence_app.importers import zip_source
from correspondence_app.importers.transfer_apply import TransferError, apply_bundle

if TYPE_CHECKING:
    import threading
    from collections.abc import Mapping, Sequence
    from pathlib import Path

    from correspondence_app.importers.base import ImportReport, ProgressSink
    from correspondence_app.importers.transfer_apply import TransferReport
    from correspondence_app.services import Archive


@dataclass(frozen=True)
class BundleImportReport:
    """The import, what each bundle's transfer file added (and what of it could not be
    applied), and the transfer files that could not be read at all, said for the user."""

    report: ImportReport
    transfers: tuple[TransferReport, ...] = ()
    problems: tuple[str, ...] = ()


def bundles_among(paths: Sequence[Path]) -> list[Path]:
    """The files given that are encrypted ZIPs (bundles, or others): each needs its
    password."""
    return [path for path in paths if path.is_file() and zip_source.is_encrypted(path)]


def import_with_transfers(
    archive: Archive,
    paths: Sequence[Path],
    *,
    passwords: Mapping[Path, str],
    progress: ProgressSink | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
) -> BundleImportReport:
    """Checks each password (zip_source.ZipSourceError names the bundle of a wrong one,
    before anything is read), imports the paths, then applies the transfer file of each
    bundle in ``passwords``; none after a cancelled import (importing again completes it)."""
    for path, password in passwords.items():
        zip_source.check_password(path, password)
    report = archive.import_paths(
        paths, progress=progress, cancel=cancel, workers=workers, passwords=passwords
    )
    if report.cancelled:
        return BundleImportReport(report)
    transfers, problems = [], []
    for path, password in passwords.items():
        if not zip_source.is_bundle(path):
            continue  # an encrypted ZIP of another program: its messages are all it brings
        try:
            transfers.append(apply_bundle(archive, path, password))
        except TransferError as error:
            problems.append(
                f"{error}; its messages were imported, its tags, notes and people were not"
            )
    return BundleImportReport(report, tuple(transfers), tuple(problems))
