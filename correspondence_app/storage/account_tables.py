# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail accounts the archive fetches from (IMAP), and what it last saw of their folders.

What was fetched is not kept here: every message fetched has a source row whose location
names the account, folder and UIDVALIDITY and whose offset is its UID, written in the same
transaction as the message. A sync fetches the UIDs the server lists that no source row
has, so an interrupted sync is completed by the next one, with nothing fetched twice.
"""

from __future__ import annotations

import enum
from datetime import datetime  # noqa: TC003 (SQLAlchemy reads the annotations at run time)

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from correspondence_app.storage.tables import Base, UtcDateTime


class Security(enum.Enum):
    """How the connection is encrypted; there is no unencrypted one."""

    TLS = "tls"  # TLS from the start (port 993)
    STARTTLS = "starttls"  # STARTTLS before logging in (port 143)


class PasswordStorage(enum.Enum):
    ARCHIVE = "archive"  # in the archive, encrypted with it
    ASK = "ask"  # asked for at every sync, never stored
    KEYRING = "keyring"  # in the desktop's keyring (Secret Service, KWallet, ...)


class MailAccount(Base):
    __tablename__ = "mail_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    host: Mapped[str] = mapped_column(Text)
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[str] = mapped_column(String(16))  # a Security value
    user_name: Mapped[str] = mapped_column(Text)
    password_storage: Mapped[str] = mapped_column(String(16))  # a PasswordStorage value
    password: Mapped[str] = mapped_column(Text, default="")  # only with ARCHIVE
    # The SHA-256 of a certificate the user accepted although it is not trusted (a
    # self-signed one): then that certificate, and only that one, is accepted.
    certificate_sha256: Mapped[str] = mapped_column(String(64), default="")
    folders: Mapped[str] = mapped_column(Text, default="")  # JSON list; "" = every folder
    auto_sync_minutes: Mapped[int] = mapped_column(Integer, default=0)  # 0 = off
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_sync_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_sync_status: Mapped[str] = mapped_column(String(16), default="")  # a SyncStatus value
    last_sync_note: Mapped[str] = mapped_column(Text, default="")  # the problem, if any
    # Why it failed, an accounts.imap.Cause value ("" if it did not, or before migration 0022).
    last_sync_cause: Mapped[str] = mapped_column(String(16), default="")
    last_fetched: Mapped[int] = mapped_column(Integer, default=0)
    # Messages the last sync could not read, kept in the quarantine (migration 0027).
    last_quarantined: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AccountFolder(Base):
    """A folder as the last sync found it on the server."""

    __tablename__ = "mail_account_folders"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("mail_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(Text, primary_key=True)  # as the server names it
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    messages: Mapped[int] = mapped_column(Integer)  # on the server
    synced_at: Mapped[datetime] = mapped_column(UtcDateTime)
