# SPDX-License-Identifier: GPL-3.0-or-later
"""The backup log: every verified backup of the archive, with its place and counts, so that
the window and `alerts` can remind when the last one is getting old."""

from __future__ import annotations

from datetime import datetime  # noqa: TC003 (SQLAlchemy reads the annotations at run time)

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from correspondence_app.storage.tables import Base, UtcDateTime


class BackupRecord(Base):
    __tablename__ = "backup_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)  # the snapshot's time
    verified_at: Mapped[datetime] = mapped_column(UtcDateTime)
    place: Mapped[str] = mapped_column(Text)  # the backup folder, as written
    messages: Mapped[int] = mapped_column(Integer)
    attachments: Mapped[int] = mapped_column(Integer)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    database_sha256: Mapped[str] = mapped_column(String(64))
