# SPDX-License-Identifier: GPL-3.0-or-later
"""The export log: every export the archive gave out, with the SHA-256 of its manifest
(which lists every other file of the export) and, for a ZIP, PDF or bundle, of the whole
file, so that what was handed to whom can be shown later (a chain of custody)."""

from __future__ import annotations

from datetime import datetime  # noqa: TC003 (SQLAlchemy reads the annotations at run time)

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from correspondence_app.storage.tables import Base, UtcDateTime


class ExportRecord(Base):
    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    exported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    format: Mapped[str] = mapped_column(String(16))
    selection: Mapped[str] = mapped_column(Text)  # the Selection as JSON
    messages: Mapped[int] = mapped_column(Integer)
    files: Mapped[int] = mapped_column(Integer)
    output: Mapped[str] = mapped_column(Text)  # where it was written
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(Text, default="")
    # Of the whole ZIP, PDF or bundle; "" for a folder, and for an export logged before 0021.
    output_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")
