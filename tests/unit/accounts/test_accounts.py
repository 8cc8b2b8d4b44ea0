# SPDX-License-Identifier: GPL-3.0-or-later
"""Accounts without a server: presets, what a fetched message carries, and the account book
(in a real archive; the keyring is an in-memory one, the only stand-in here)."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from correspondence_app.accounts import imap, presets, sync
from correspondence_app.accounts.book import (
    KEYRING_SERVICE,
    AccountDraft,
    AccountError,
    PasswordNeededError,
)
from correspondence_app.storage.account_tables import PasswordStorage, Security

if TYPE_CHECKING:
    from collections.abc import Iterator

    from correspondence_app.services import Archive


def test_a_provider_is_found_by_the_address() -> None:
    assert presets.preset_for_address("Anna.Weber@GMX.de").key == "gmx"  # type: ignore[union-attr]
    assert presets.preset_for_address("sergej@mail.ru").host == "imap.mail.ru"  # type: ignore[union-attr]
    assert presets.preset_for_address("x@yandex.ru").key == "yandex"  # type: ignore[union-attr]
    assert presets.preset_for_address("someone@example.org") is None
    with pytest.raises(KeyError, match="gmx"):
        presets.preset("hotmail")
    bridge = presets.preset("proton")  # on this computer, with STARTTLS as the Bridge has it
    assert (bridge.host, bridge.port, bridge.security) == ("127.0.0.1", 1143, Security.STARTTLS)
    assert all(
        p.security is Security.TLS and p.port == 993 for p in presets.PRESETS if p is not bridge
    )
    microsoft = presets.preset_for_address("katja.vogel@hotmail.de")
    assert microsoft is not None
    assert microsoft.unreachable == presets.NO_PASSWORDS
    assert not presets.takes_passwords(microsoft.host)
    assert not presets.takes_passwords("IMAP-Mail.Outlook.com.")
    assert presets.takes_passwords("imap.gmx.net")
    assert [p.key for p in presets.PRESETS if p.unreachable] == ["microsoft", "tuta"]


def test_flags_become_maildir_letters_and_gmail_labels_tags() -> None:
    assert sync.maildir_flags([b"\\Seen", b"\\Answered", b"\\Recent", b"$Forwarded"]) == "RS"
    assert sync.maildir_flags(["\\Flagged"]) == "F"
    labels = [b"\\Inbox", b"\\Important", b"Botschaft", b"&BB8EPgRBBD4EOwRMBEEEQgQyBD4-"]
    assert sync.gmail_labels(labels) == ("Inbox", "Botschaft", "Посольство")
    assert sync.gmail_labels(["\\Sent", "\\Starred", "\\Sent"]) == ("Sent", "Starred")


def test_gmail_syncs_all_mail_only_and_others_every_folder_but_spam() -> None:
    found = [
        imap.Folder("INBOX", "INBOX", is_junk=False, is_all_mail=False),
        imap.Folder("[Gmail]/All Mail", "[Gmail]/All Mail", is_junk=False, is_all_mail=True),
        imap.Folder("[Gmail]/Spam", "[Gmail]/Spam", is_junk=True, is_all_mail=False),
    ]
    chosen, missing = sync.chosen_folders(found, (), gmail=True)
    assert [f.name for f in chosen] == ["[Gmail]/All Mail"]
    chosen, _ = sync.chosen_folders(found, (), gmail=False)
    assert [f.name for f in chosen] == ["INBOX", "[Gmail]/All Mail"]
    chosen, missing = sync.chosen_folders(found, ("[Gmail]/Spam", "Old"), gmail=True)
    assert ([f.name for f in chosen], missing) == (["[Gmail]/Spam"], ["Old"])


def test_a_folder_location_is_an_imap_url_with_its_uidvalidity() -> None:
    server = imap.Server("imap.gmx.net", 993, Security.TLS, "anna@gmx.de")
    location = sync.folder_location(server, "Входящие/Посольство", 1700000000)
    assert location.startswith("imap://anna%40gmx.de@imap.gmx.net:993/%D0%92")
    assert location.endswith("/" + quote("Посольство") + ";UIDVALIDITY=1700000000")


@pytest.mark.parametrize(
    ("user", "host", "folder"),
    [
        ("anna@gmx.de", "imap.gmx.net", "Входящие/Посольство"),
        ("anna", "::1", "50% & ;UIDVALIDITY=1 "),  # an IPv6 address; a folder named oddly
        ("a/b@c:d", "mail.example.org", "INBOX"),
    ],
)
def test_a_folder_location_tells_its_account_and_folder(user: str, host: str, folder: str) -> None:
    server = imap.Server(host, 143, Security.STARTTLS, user)
    place = sync.folder_place(sync.folder_location(server, folder, 42))
    assert place == sync.FolderPlace(user, host, 143, folder, 42)


@pytest.mark.parametrize(
    "location",
    ["/home/anna/Mail/INBOX", "imap://anna@host/INBOX", "imap://host:993/INBOX;UIDVALIDITY=1"],
)
def test_another_location_is_no_folder(location: str) -> None:
    assert sync.folder_place(location) is None


def test_fingerprints_in_any_spelling() -> None:
    hex_digits = "ab" * 32
    assert imap.normalise_fingerprint(imap.fingerprint_text(hex_digits)) == hex_digits
    assert imap.normalise_fingerprint(hex_digits.upper()) == hex_digits
    with pytest.raises(ValueError, match="not a SHA-256"):
        imap.normalise_fingerprint("ab:cd")


def draft(**changes: Any) -> AccountDraft:
    values: dict[str, Any] = {"host": "imap.example.org", "port": 993, "user_name": "anna"}
    return AccountDraft(**(values | changes))


def test_the_account_book_checks_what_it_is_given(archive: Archive) -> None:
    book = archive.accounts
    with pytest.raises(AccountError, match="not a port"):
        book.add(draft(port=0), "pw")
    with pytest.raises(AccountError, match="not a server name"):
        book.add(draft(host="imap example"), "pw")
    with pytest.raises(AccountError, match="user name"):
        book.add(draft(user_name=" "), "pw")
    with pytest.raises(AccountError, match="SHA-256"):
        book.add(draft(certificate_sha256="zz"), "pw")
    first = book.add(draft(), "pw")
    assert first.name == "anna@imap.example.org"
    with pytest.raises(AccountError, match="already an account"):
        book.add(draft(), "pw")
    second = book.add(draft(user_name="sergej@example.org", folders=("INBOX",)), "pw2")
    assert second.name == "sergej@example.org"
    assert second.folders == ("INBOX",)
    assert [a.name for a in book.accounts()] == ["anna@imap.example.org", "sergej@example.org"]
    assert book.account("sergej@example.org").id == second.id
    assert book.account(str(first.id)).name == first.name
    with pytest.raises(AccountError, match="no such account"):
        book.account("nobody")
    changed = book.change(second.id, name="Sergej", folders=(), auto_sync_minutes=30)
    assert (changed.name, changed.folders, changed.auto_sync_minutes) == ("Sergej", (), 30)
    with pytest.raises(AccountError, match="minutes"):
        book.change(second.id, auto_sync_minutes=-1)
    assert book.password(changed) == "pw2"
    asked = book.set_password(second.id, PasswordStorage.ASK)
    assert not asked.has_password
    with pytest.raises(PasswordNeededError):
        book.password(asked)
    assert book.password(asked, "given") == "given"
    book.remove(first.id)
    assert [a.name for a in book.accounts()] == ["Sergej"]


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def test_a_password_in_the_keyring_is_not_in_the_archive(
    archive: Archive, memory_keyring: MemoryKeyring
) -> None:
    info = archive.accounts.add(draft(password_storage=PasswordStorage.KEYRING), "im-keyring")
    assert not info.has_password
    key = (KEYRING_SERVICE, "imap://anna@imap.example.org:993")
    assert memory_keyring.entries == {key: "im-keyring"}
    assert archive.accounts.password(info) == "im-keyring"
    archive.accounts.set_password(info.id, PasswordStorage.ARCHIVE, "now-in-archive")
    assert memory_keyring.entries == {}
    assert archive.accounts.password(archive.accounts.account(info.id)) == "now-in-archive"
    archive.accounts.set_password(info.id, PasswordStorage.KEYRING, "back")
    archive.accounts.remove(info.id)
    assert memory_keyring.entries == {}


def test_a_failed_connection_names_its_cause() -> None:
    def cause(host: str, port: int, timeout_s: float = 10.0) -> imap.Cause:
        server = imap.Server(host, port, Security.TLS, "anna@example.org")
        with pytest.raises(imap.ServerUnreachableError) as failed:
            imap.connect(server, "secret", timeout_s=timeout_s)
        return failed.value.cause

    assert cause("mail.nowhere.invalid", 993) is imap.Cause.UNKNOWN_HOST
    with socket.socket() as silent:  # accepts the connection, and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        assert cause("127.0.0.1", port, timeout_s=0.5) is imap.Cause.TIMEOUT
    assert cause("127.0.0.1", port) is imap.Cause.REFUSED  # closed now: nothing listens


def test_causes_of_errors_raised_in_the_middle_of_a_sync() -> None:
    assert imap.cause_of(ConnectionResetError(104, "reset"), begun=True) is imap.Cause.CUT_OFF
    assert imap.cause_of(EOFError(), begun=True) is imap.Cause.CUT_OFF
    assert imap.cause_of(EOFError()) is imap.Cause.OTHER
    assert imap.cause_of(TimeoutError(), begun=True) is imap.Cause.TIMEOUT
    refused = imap.LoginRefusedError("refused")
    assert imap.cause_of(refused, begun=True) is imap.Cause.LOGIN_REFUSED
