# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's mail accounts: adding, changing and removing them, and their passwords.

A password is kept in the archive (encrypted with it), in the desktop's keyring, or not
at all (asked for at every sync), as the user chooses. Removing an account never removes
a message fetched from it.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from correspondence_app.accounts import imap
from correspondence_app.storage.account_tables import (
    AccountFolder,
    MailAccount,
    PasswordStorage,
    Security,
)
from correspondence_app.storage.facade import ArchivePart

if TYPE_CHECKING:
    from collections.abc import Sequence

    from keyring.backend import KeyringBackend
    from sqlalchemy import Connection

    from correspondence_app.accounts.sync import SyncReport

KEYRING_SERVICE = "Correspondence Archive"
MAX_AUTO_SYNC_MINUTES = 24 * 60


class AccountError(ValueError):
    """A mistake in what was asked (a name taken, no such account), in words for the user."""


class PasswordNeededError(AccountError):
    """The account's password is asked for at each sync, and none was given."""


@dataclass(frozen=True)
class FolderState:
    name: str
    uidvalidity: int
    messages: int
    synced_at: datetime


@dataclass(frozen=True)
class AccountDraft:
    """What the user fills in for a new account."""

    host: str
    port: int
    user_name: str
    security: Security = Security.TLS
    name: str = ""  # "" = user@host
    password_storage: PasswordStorage = PasswordStorage.ARCHIVE
    certificate_sha256: str = ""  # accepted although untrusted; any spelling of the hex
    folders: tuple[str, ...] = ()  # () = every folder (on Gmail: All Mail)
    auto_sync_minutes: int = 0

    @property
    def server(self) -> imap.Server:
        return imap.Server(
            self.host.strip(),
            self.port,
            self.security,
            self.user_name.strip(),
            imap.normalise_fingerprint(self.certificate_sha256) if self.certificate_sha256 else "",
        )


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    host: str
    port: int
    security: Security
    user_name: str
    password_storage: PasswordStorage
    has_password: bool  # stored in the archive (a keyring is only asked when syncing)
    certificate_sha256: str
    folders: tuple[str, ...]
    auto_sync_minutes: int
    created_at: datetime
    last_sync_at: datetime | None
    last_sync_status: str  # a SyncStatus value, "" before the first sync
    last_sync_note: str
    last_sync_cause: str  # an accounts.imap.Cause value, "" unless the last sync failed
    last_fetched: int
    last_quarantined: int  # of the last sync: messages it could not read
    folder_states: tuple[FolderState, ...]

    @property
    def server(self) -> imap.Server:
        return imap.Server(
            self.host, self.port, self.security, self.user_name, self.certificate_sha256
        )

    @property
    def keyring_key(self) -> str:
        return f"imap://{self.user_name}@{self.host}:{self.port}"


class AccountBook(ArchivePart):
    """The archive's IMAP accounts; each call one transaction."""

    def accounts(self) -> list[AccountInfo]:
        with self._engine.connect() as connection:
            ids = connection.execute(select(MailAccount.id).order_by(MailAccount.name)).scalars()
            return [_info(connection, account_id) for account_id in list(ids)]

    def account(self, reference: int | str) -> AccountInfo:
        """By id, or by name (as the command line names it)."""
        with self._engine.connect() as connection:
            return _info(connection, _account_id(connection, reference))

    def add(self, draft: AccountDraft, password: str) -> AccountInfo:
        """Stores a new account (the caller has tested the connection, if it wants to)."""
        server = _checked(draft)
        default = (
            server.user_name if "@" in server.user_name else f"{server.user_name}@{server.host}"
        )
        name = draft.name.strip() or default
        storage = draft.password_storage
        row = {
            "name": name,
            "host": server.host,
            "port": server.port,
            "security": server.security.value,
            "user_name": server.user_name,
            "password_storage": storage.value,
            "password": password if storage is PasswordStorage.ARCHIVE else "",
            "certificate_sha256": server.certificate_sha256,
            "folders": json.dumps(list(draft.folders), ensure_ascii=False) if draft.folders else "",
            "auto_sync_minutes": draft.auto_sync_minutes,
            "created_at": datetime.now(UTC),
            "last_sync_status": "",
            "last_sync_note": "",
            "last_sync_cause": "",
            "last_fetched": 0,
            "last_quarantined": 0,
        }
        with self._engine.begin() as connection:
            try:
                inserted = connection.execute(insert(MailAccount).values(**row))
            except IntegrityError:
                raise _name_taken(name) from None
            info = _info(connection, int(inserted.inserted_primary_key[0]))  # type: ignore[index]
        if storage is PasswordStorage.KEYRING:
            _keyring_store(info.keyring_key, password)
        return info

    def change(
        self,
        reference: int | str,
        *,
        name: str | None = None,
        folders: Sequence[str] | None = None,
        auto_sync_minutes: int | None = None,
        certificate_sha256: str | None = None,
    ) -> AccountInfo:
        values: dict[str, object] = {}
        if name is not None:
            if not name.strip():
                raise AccountError("an account needs a name")
            values["name"] = name.strip()
        if folders is not None:
            values["folders"] = json.dumps(list(folders), ensure_ascii=False) if folders else ""
        if auto_sync_minutes is not None:
            values["auto_sync_minutes"] = _minutes(auto_sync_minutes)
        if certificate_sha256 is not None:
            values["certificate_sha256"] = (
                imap.normalise_fingerprint(certificate_sha256) if certificate_sha256 else ""
            )
        with self._engine.begin() as connection:
            account_id = _account_id(connection, reference)
            if values:
                try:
                    connection.execute(
                        update(MailAccount).where(MailAccount.id == account_id).values(**values)
                    )
                except IntegrityError:
                    raise _name_taken(name) from None
            return _info(connection, account_id)

    def set_password(
        self, reference: int | str, storage: PasswordStorage, password: str = ""
    ) -> AccountInfo:
        """Changes where the password is kept (and the password); "" with ASK forgets it."""
        info = self.account(reference)
        if storage is not PasswordStorage.ASK and not password:
            raise AccountError("the password must not be empty")
        if storage is PasswordStorage.KEYRING:
            _keyring_store(info.keyring_key, password)
        elif info.password_storage is PasswordStorage.KEYRING:
            _keyring_forget(info.keyring_key)
        with self._engine.begin() as connection:
            connection.execute(
                update(MailAccount)
                .where(MailAccount.id == info.id)
                .values(
                    password_storage=storage.value,
                    password=password if storage is PasswordStorage.ARCHIVE else "",
                )
            )
            return _info(connection, info.id)

    def remove(self, reference: int | str) -> None:
        """Forgets the account (and its keyring entry); the messages fetched from it stay."""
        info = self.account(reference)
        if info.password_storage is PasswordStorage.KEYRING:
            _keyring_forget(info.keyring_key)
        with self._engine.begin() as connection:
            connection.execute(delete(AccountFolder).where(AccountFolder.account_id == info.id))
            connection.execute(delete(MailAccount).where(MailAccount.id == info.id))

    def password(self, info: AccountInfo, given: str | None = None) -> str:
        """The password to log in with; raises PasswordNeededError if it must be asked for."""
        if given:
            return given
        if info.password_storage is PasswordStorage.ARCHIVE:
            with self._engine.connect() as connection:
                stored = connection.execute(
                    select(MailAccount.password).where(MailAccount.id == info.id)
                ).scalar_one()
            if stored:
                return str(stored)
        elif info.password_storage is PasswordStorage.KEYRING:
            found = _keyring().get_password(KEYRING_SERVICE, info.keyring_key)
            if found:
                return str(found)
            raise PasswordNeededError(
                f"{info.name}: the keyring holds no password for this account"
            )
        raise PasswordNeededError(f"{info.name}: the password is asked for at each sync")

    def record_failure(self, info: AccountInfo, problem: str, cause: imap.Cause) -> None:
        """Remembers a sync that could not start (no connection, login refused)."""
        with self._engine.begin() as connection:
            connection.execute(
                update(MailAccount)
                .where(MailAccount.id == info.id)
                .values(
                    last_sync_at=datetime.now(UTC),
                    last_sync_status="failed",
                    last_sync_note=problem,
                    last_sync_cause=cause.value,
                    last_fetched=0,
                    last_quarantined=0,
                )
            )

    def record_sync(
        self,
        info: AccountInfo,
        report: SyncReport,
        folder_uidvalidity: dict[str, tuple[int, int]],
    ) -> None:
        """Remembers the sync's outcome and what the folders held (UIDVALIDITY, count)."""
        now = datetime.now(UTC)
        with self._engine.begin() as connection:
            connection.execute(
                update(MailAccount)
                .where(MailAccount.id == info.id)
                .values(
                    last_sync_at=now,
                    last_sync_status=report.status.value,
                    last_sync_note=report.problem,
                    last_sync_cause=report.cause.value if report.cause else "",
                    last_fetched=report.fetched,
                    last_quarantined=report.quarantined,
                )
            )
            for folder, (uidvalidity, messages) in folder_uidvalidity.items():
                connection.execute(
                    delete(AccountFolder).where(
                        AccountFolder.account_id == info.id, AccountFolder.name == folder
                    )
                )
                connection.execute(
                    insert(AccountFolder).values(
                        account_id=info.id,
                        name=folder,
                        uidvalidity=uidvalidity,
                        messages=messages,
                        synced_at=now,
                    )
                )


def _checked(draft: AccountDraft) -> imap.Server:
    try:
        server = draft.server
    except ValueError as error:
        raise AccountError(str(error)) from None
    if not server.host or any(ch.isspace() for ch in server.host):
        raise AccountError(f"{draft.host!r}: not a server name")
    if not 1 <= server.port <= 65535:
        raise AccountError(f"{draft.port}: not a port (1 to 65535)")
    if not server.user_name:
        raise AccountError("the user name must not be empty")
    _minutes(draft.auto_sync_minutes)
    return replace(server)


def _name_taken(name: str | None) -> AccountError:
    return AccountError(f"{name}: there is already an account of this name")


def _minutes(value: int) -> int:
    if not 0 <= value <= MAX_AUTO_SYNC_MINUTES:
        raise AccountError(
            f"{value}: sync every 1 to {MAX_AUTO_SYNC_MINUTES} minutes, or 0 for never"
        )
    return value


def _account_id(connection: Connection, reference: int | str) -> int:
    if isinstance(reference, int) or reference.isdigit():
        found = connection.execute(
            select(MailAccount.id).where(MailAccount.id == int(reference))
        ).scalar_one_or_none()
        if found is not None or isinstance(reference, int):
            if found is None:
                raise AccountError(f"{reference}: no such account")
            return int(found)
    found = connection.execute(
        select(MailAccount.id).where(MailAccount.name == reference)
    ).scalar_one_or_none()
    if found is None:
        raise AccountError(f"{reference}: no such account (see `correspondence-app accounts`)")
    return int(found)


def _info(connection: Connection, account_id: int) -> AccountInfo:
    account = connection.execute(
        select(MailAccount.__table__).where(MailAccount.id == account_id)
    ).one()
    states = connection.execute(
        select(AccountFolder.__table__)
        .where(AccountFolder.account_id == account_id)
        .order_by(AccountFolder.name)
    ).all()
    return AccountInfo(
        id=account.id,
        name=account.name,
        host=account.host,
        port=account.port,
        security=Security(account.security),
        user_name=account.user_name,
        password_storage=PasswordStorage(account.password_storage),
        has_password=bool(account.password),
        certificate_sha256=account.certificate_sha256,
        folders=tuple(json.loads(account.folders)) if account.folders else (),
        auto_sync_minutes=account.auto_sync_minutes,
        created_at=account.created_at,
        last_sync_at=account.last_sync_at,
        last_sync_status=account.last_sync_status,
        last_sync_note=account.last_sync_note,
        last_sync_cause=account.last_sync_cause,
        last_fetched=account.last_fetched,
        last_quarantined=account.last_quarantined,
        folder_states=tuple(
            FolderState(s.name, s.uidvalidity, s.messages, s.synced_at) for s in states
        ),
    )


# The desktop's keyring ---------------------------------------------------------------------
def keyring_available() -> bool:
    try:
        _keyring()
    except AccountError:
        return False
    return True


def _keyring() -> KeyringBackend:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise AccountError(
            "there is no desktop keyring on this computer: keep the password in the archive "
            "or have it asked for at each sync"
        )
    return backend


def _keyring_store(key: str, password: str) -> None:
    from keyring.errors import KeyringError

    try:
        _keyring().set_password(KEYRING_SERVICE, key, password)
    except KeyringError as error:
        raise AccountError(f"the keyring refused the password ({error})") from None


def _keyring_forget(key: str) -> None:
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError, AccountError):
        _keyring().delete_password(KEYRING_SERVICE, key)  # if there is anything to forget
