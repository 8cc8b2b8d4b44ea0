# SPDX-License-Identifier: GPL-3.0-or-later
"""The integrity log: every check of the archive (`verify`, the window's check) with its
time, its result and what it found, so that damage is noticed over time."""

from __future__ import annotations

from datetime import datetime  # noqa: TC003 (SQLAlchemy reads the annotations at run time)

from sqlalchemy import Boolean, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from correspondence_app.storage.tables import Base, UtcDateTime


class IntegrityRecord(Base):
    __tablename__ = "integrity_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    checked_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)  # when it ended
    ok: Mapped[bool] = mapped_column(Boolean)
    checked: Mapped[int] = mapped_column(Integer)  # stored items hashed again
    problems: Mapped[int] = mapped_column(Integer)  # every finding, also those not kept
    findings: Mapped[str] = mapped_column(Text)  # a JSON list of the first findings
