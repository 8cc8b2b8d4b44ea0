# SPDX-License-Identifier: GPL-3.0-or-later
"""IMAP accounts against a real Dovecot on 127.0.0.1: first and incremental syncs, a new
UIDVALIDITY, a server stopped in the middle, wrong passwords and untrusted certificates,
and that nothing on the server changes."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import json
import os
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import func, select

from correspondence_app.accounts import imap, sync
from correspondence_app.accounts.book import AccountDraft, PasswordNeededError
from correspondence_app.accounts.sync import SyncStatus
from correspondence_app.crypto.keys import KdfParams
from correspondence_app.importers import pipeline
from correspondence_app.importers.mbox_items import FOLDER_DATA
from correspondence_app.services import Archive
from correspondence_app.storage.account_tables import PasswordStorage, Security
from correspondence_app.storage.tables import Message
from tests.conftest import PASSPHRASE
from tests.dovecot import PASSWORD, USER, Dovecot, letter, snapshot
from tests.integration.cli import run, run_json, run_until_signal

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

CYRILLIC = "Входящие/Посольство"
UMLAUT = "Entwürfe"
LARGE_BYTES = 6 * 1024 * 1024


@pytest.fixture
def mailbox(server: Dovecot) -> dict[str, list[bytes]]:
    """INBOX, a Cyrillic folder, one with an umlaut (modified UTF-7 on the wire), spam, a
    message with a large attachment, and one message in two folders."""
    content = {
        "INBOX": [letter(n) for n in range(12)],
        CYRILLIC: [letter(n) for n in range(100, 105)],
        UMLAUT: [letter(200, attachment=os.urandom(LARGE_BYTES)), letter(3)],
        "Junk": [letter(300)],
    }
    with server.client(USER) as client:
        for folder, messages in content.items():
            if folder != "INBOX":
                client.create_folder(folder)
            for index, raw in enumerate(messages):
                client.append(folder, raw, flags=[b"\\Seen"] if index % 2 else [])
    return content


def add_account(archive: Archive, server: Dovecot, **changes: Any) -> int:
    draft = AccountDraft(
        host="127.0.0.1",
        port=server.imaps_port,
        user_name=USER,
        certificate_sha256=server.fingerprint,
    )
    return archive.accounts.add(dataclasses.replace(draft, **changes), PASSWORD).id


def put_letters(server: Dovecot, folders: dict[str, range], *, attachment_bytes: int = 0) -> None:
    """Letters numbered from each range into each folder (created, unless it is INBOX),
    each with a random attachment of ``attachment_bytes`` if given."""
    with server.client(USER) as client:
        for folder, numbers in folders.items():
            if folder != "INBOX":
                client.create_folder(folder)
            for number in numbers:
                attachment = os.urandom(attachment_bytes) if attachment_bytes else b""
                client.append(folder, letter(number, attachment=attachment))


def letter_file(server: Dovecot, number: int) -> Path:
    """The file that holds the letter of this number in the user's mail on the server."""
    [found] = [
        path
        for path in server.maildir(USER).rglob("*")
        if path.is_file() and f"imap-{number}@" in path.read_text(errors="replace")
    ]
    return found


def message_count(archive: Archive) -> int:
    with archive.session() as session:
        return int(session.execute(select(func.count(Message.id))).scalar_one())


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        yield opened


def test_first_sync_fetches_every_folder_but_spam_and_changes_nothing_on_the_server(
    archive: Archive, server: Dovecot, mailbox: dict[str, list[bytes]]
) -> None:
    before = snapshot(server, USER)
    account = add_account(archive, server)
    report = archive.sync_account(account)
    assert report.status is SyncStatus.OK
    by_folder = {f.name: f for f in report.folders}
    assert set(by_folder) == {"INBOX", CYRILLIC, UMLAUT}  # spam is left out unless chosen
    assert {name: f.fetched + f.duplicates for name, f in by_folder.items()} == {
        "INBOX": 12,
        CYRILLIC: 5,
        UMLAUT: 2,
    }
    # letter(3) is in INBOX and in the umlaut folder: stored once, found in both.
    assert (report.fetched, report.duplicates) == (12 + 5 + 1, 1)
    assert message_count(archive) == 18
    assert snapshot(server, USER) == before  # flags, counts and UIDVALIDITY as they were
    # Each stored original is the server's message byte for byte, the large one too.
    originals = {archive.raw(m.id) for m in archive.list_messages()}
    assert set(mailbox["INBOX"] + mailbox[CYRILLIC] + mailbox[UMLAUT]) == originals
    large = next(m for m in archive.list_messages() if m.message_id == "imap-200@example.ru")
    attachment = archive.attachment_content(large.id, 0)
    part = next(
        email.message_from_bytes(mailbox[UMLAUT][0], policy=email.policy.default).iter_attachments()
    )
    assert attachment == part.get_payload(decode=True)
    # Folders are searchable and become tags; flags are kept.
    hits = archive.search(f'folder:"{CYRILLIC}"')
    assert len(hits) == 5
    assert {tag.name for tag in archive.organiser.tags()} >= {"INBOX", CYRILLIC, UMLAUT}
    assert archive.search("Zwetschgenkuchen")
    info = archive.accounts.account(account)
    assert info.last_sync_status == "ok"
    assert {s.name: s.messages for s in info.folder_states} == {"INBOX": 12, CYRILLIC: 5, UMLAUT: 2}


def test_a_second_sync_fetches_only_what_is_new(
    archive: Archive, server: Dovecot, mailbox: dict[str, list[bytes]]
) -> None:
    account = add_account(archive, server)
    archive.sync_account(account)
    assert archive.sync_account(account).fetched == 0
    with server.client(USER) as client:
        client.append("INBOX", letter(50))
        client.append(CYRILLIC, letter(51))
    report = archive.sync_account(account)
    assert (report.fetched, report.duplicates, report.quarantined) == (2, 0, 0)
    assert message_count(archive) == 20


def test_a_new_uidvalidity_fetches_the_folder_again_without_storing_twice(
    archive: Archive, server: Dovecot, mailbox: dict[str, list[bytes]]
) -> None:
    account = add_account(archive, server)
    archive.sync_account(account)
    old = snapshot(server, USER)["INBOX"][0]
    server.set_uidvalidity(USER, "INBOX", old + 1000)
    report = archive.sync_account(account)
    inbox = next(f for f in report.folders if f.name == "INBOX")
    assert inbox.uidvalidity_changed
    assert (inbox.fetched, inbox.duplicates) == (0, 12)
    assert message_count(archive) == 18
    # From now on the new numbering is known: nothing is fetched again.
    assert archive.sync_account(account).duplicates == 0


MOZILLA = b"X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys:" + b" " * 80
# Where a mail program keeps its copy of a server folder, and the kind of source it is.
COPIES = {
    "thunderbird mbox": "mbox",
    "thunderbird maildir": "maildir",
    "mbsync": "maildir",
    "mutt mbox": "mbox",
    "alpine mbox": "mbox",
}
# The message in front of Alpine's mbox files that holds the folder's own data.
ALPINE_FOLDER_DATA = (
    b"From MAILER-DAEMON Tue Mar  5 09:15:00 2024\nDate: Tue, 5 Mar 2024 09:15:00 +0100\n"
    b"From: Mail System Internal Data <MAILER-DAEMON@laptop>\n"
    b"Subject: DON'T DELETE THIS MESSAGE -- FOLDER INTERNAL DATA\n"
    b"Message-ID: <1709626500@laptop>\nX-IMAP: 1709626500 0000000006 Wichtig\nStatus: RO\n\n"
    b"This text is part of the internal format of your mail folder, and is not\n"
    b"a real message.  It is created automatically by the mail system software.\n\n"
)


def with_state(copy: bytes, number: int, keeper: str) -> bytes:
    """The message as mutt or Alpine keeps it in an mbox file once it has been read: the
    message's state in fields at the end of its header."""
    header, body = copy.split(b"\n\n", 1)
    if keeper == "mutt mbox":
        state = b"Status: RO\nX-Status: A\nContent-Length: %d\nLines: %d\n" % (
            len(body),
            body.count(b"\n"),
        )
    else:
        state = b"Status: RO\nX-Status: \nX-Keywords: Wichtig\nX-UID: %d\n" % (number + 1)
    return header + b"\n" + state + b"\n" + body


def write_copy(folder: Path, keeper: str, messages: list[bytes]) -> None:
    """The copy a mail program on Linux keeps of the messages, in folder: Thunderbird puts
    its own fields in front, mutt and Alpine theirs at the end of the header; all and mbsync
    write LF line ends; in an mbox file, lines that begin with "From " are quoted."""
    copies = [raw.replace(b"\r\n", b"\n") for raw in messages]
    if keeper.startswith("thunderbird"):
        copies = [MOZILLA + b"\n" + copy for copy in copies]
    elif keeper.endswith(" mbox"):
        copies = [with_state(copy, number, keeper) for number, copy in enumerate(copies)]
    if keeper.endswith(" mbox"):
        folder.parent.mkdir(parents=True, exist_ok=True)
        envelope = b"From - Tue Mar 05 09:15:00 2024\n"
        quoted = (copy.replace(b"\nFrom ", b"\n>From ") for copy in copies)
        data = b"".join(envelope + copy + b"\n" for copy in quoted)
        folder.write_bytes(ALPINE_FOLDER_DATA + data if keeper == "alpine mbox" else data)
        return
    for part in ("cur", "new", "tmp"):
        (folder / part).mkdir(parents=True)
    for number, copy in enumerate(copies):
        (folder / "cur" / f"{number}.eml").write_bytes(copy)


def skipped_from(keeper: str) -> list[str]:
    return [FOLDER_DATA] if keeper == "alpine mbox" else []


@pytest.fixture
def inbox(server: Dovecot) -> list[bytes]:
    """Five letters in INBOX, and one whose text has a line that begins with "From "."""
    quoting = (
        f"From: Sergej <sergej@example.ru>\r\nTo: <{USER}>\r\nSubject: Aus der Klinik\r\n"
        "Message-ID: <from-line@example.ru>\r\nDate: Tue, 05 Mar 2024 09:15:00 +0300\r\n\r\n"
        "From the hospital: all is well.\r\n"
    ).encode()
    messages = [*(letter(n) for n in range(5)), quoting]
    with server.client(USER) as client:
        for raw in messages:
            client.append("INBOX", raw)
    return messages


@pytest.mark.parametrize("keeper", list(COPIES))
def test_a_mail_programs_copy_of_a_synced_account_is_stored_once(
    archive: Archive, server: Dovecot, inbox: list[bytes], tmp_path: Path, keeper: str
) -> None:
    account = add_account(archive, server)
    assert archive.sync_account(account).fetched == 6
    copy = tmp_path / "ImapMail" / "127.0.0.1" / "INBOX"
    write_copy(copy, keeper, inbox)
    report = archive.import_paths([copy])
    assert (report.imported, report.duplicates, report.quarantined) == (0, 6, 0)
    assert [item.reason for item in report.skipped] == skipped_from(keeper)
    assert message_count(archive) == 6
    (klinik,) = [m for m in archive.list_messages() if m.subject == "Aus der Klinik"]
    where = {source.kind for source in archive.message(klinik.id).sources}
    assert where == {"imap", COPIES[keeper]}


@pytest.mark.parametrize("keeper", list(COPIES))
def test_an_account_synced_after_a_mail_programs_copy_was_imported_stores_nothing_twice(
    archive: Archive, server: Dovecot, inbox: list[bytes], tmp_path: Path, keeper: str
) -> None:
    copy = tmp_path / "INBOX"
    write_copy(copy, keeper, inbox)
    imported = archive.import_paths([copy])
    assert imported.imported == 6
    assert [item.reason for item in imported.skipped] == skipped_from(keeper)
    account = add_account(archive, server)
    report = archive.sync_account(account)
    assert (report.fetched, report.duplicates, report.quarantined) == (0, 6, 0)
    assert message_count(archive) == 6
    assert archive.sync_account(account).duplicates == 0  # the server's places are known


def test_a_server_stopped_in_the_middle_loses_nothing_and_the_next_sync_completes(
    archive: Archive, server: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small fetches, and small chunks for the parsers (the import reads up to about eight
    # chunks ahead of what it stores), so that most are still to come when the server
    # goes away, however slowly a busy machine stores them.
    monkeypatch.setattr(sync, "BATCH_MESSAGES", 20)
    monkeypatch.setattr(pipeline, "CHUNK_ITEMS", 8)
    total = 900
    put_letters(
        server, {"INBOX": range(1000, 1600), "Akten": range(1600, 1900)}, attachment_bytes=20_000
    )
    account = add_account(archive, server)
    stopped: list[int] = []

    def stop_in_the_middle(done: int, whole: int, note: str, /, *, messages: int = 0) -> None:
        if not stopped and messages >= 50:
            stopped.append(messages)
            server.stop(abrupt=True)  # the connection is cut while messages are in transit

    report = archive.sync_account(account, progress=stop_in_the_middle, workers=2)
    assert stopped, "the sync ended before the server could be stopped"
    assert report.status is SyncStatus.FAILED
    assert "connection" in report.problem
    # The folder after the one cut off was not reached (whichever the server lists first)
    assert sorted(f.reached for f in report.folders) == [False, True]
    assert report.cause is imap.Cause.CUT_OFF  # for a window to say in the user's language
    kept = message_count(archive)
    assert 50 <= kept < total
    stored = archive.accounts.account(account)
    assert (stored.last_sync_status, stored.last_sync_cause) == ("failed", "cut-off")
    server.start()
    report = archive.sync_account(account)
    assert report.status is SyncStatus.OK
    assert report.cause is None
    assert archive.accounts.account(account).last_sync_cause == ""
    assert report.fetched + report.duplicates == total - kept
    assert message_count(archive) == total
    ids = [m.message_id for m in archive.list_messages()]
    assert len(set(ids)) == total
    assert archive.verify().ok


def test_a_folder_deleted_while_it_is_fetched_is_reported_and_the_others_are_fetched(
    archive: Archive, server: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync, "BATCH_MESSAGES", 20)
    put_letters(server, {"Akten": range(1000, 1200), "INBOX": range(5000, 5050)})
    account = add_account(archive, server)
    opened: list[str] = []  # the folders the sync examined, in turn
    fetches: list[int] = []  # the sizes of its fetches from "Akten"
    examine, fetch = imap.examine, imap.fetch

    def examined(client: Any, name: str) -> Any:
        opened.append(name)
        return examine(client, name)

    def deleted_after_two_batches(client: Any, wanted: list[int], *, gmail: bool) -> Any:
        if opened[-1] == "Akten":
            if len(fetches) == 2:  # another mail program deletes it meanwhile
                with server.client(USER) as other:
                    other.delete_folder("Akten")  # Dovecot ends the sync's connection: BYE
            fetches.append(len(wanted))
        return fetch(client, wanted, gmail=gmail)

    monkeypatch.setattr(imap, "examine", examined)
    monkeypatch.setattr(imap, "fetch", deleted_after_two_batches)
    report = archive.sync_account(account, workers=2)
    assert report.status is SyncStatus.OK
    assert report.missing_folders == ("Akten",)
    fetched = {folder.name: folder.fetched for folder in report.folders}
    assert fetched["Akten"] == 40  # the two batches before
    assert fetched["INBOX"] == 50  # the folder after it, in the same sync
    assert message_count(archive) == report.fetched
    again = archive.sync_account(account)
    assert (again.status, again.fetched, again.missing_folders) == (SyncStatus.OK, 0, ())


def akten_and_zeugnisse(archive: Archive, server: Dovecot) -> int:
    """The account, with two folders of five messages each."""
    put_letters(server, {"Akten": range(7000, 7005), "Zeugnisse": range(8000, 8005)})
    return add_account(archive, server)


def once_akten_was_looked_at(
    action: Callable[[], None], done: list[str]
) -> Callable[[int, int, str], None]:
    """An ``on_folder`` that does ``action`` once, after the sync looked at "Akten" for new
    mail and before it fetches it (noted in ``done``)."""
    looked_at: list[str] = []

    def on_folder(number: int, count: int, name: str, /) -> None:
        if "Akten" in looked_at and not done:
            action()
            done.append("Akten")
        looked_at.append(name)

    return on_folder


def test_a_folder_deleted_after_it_was_looked_at_is_reported_and_the_others_are_fetched(
    archive: Archive, server: Dovecot
) -> None:
    account = akten_and_zeugnisse(archive, server)

    def delete() -> None:
        with server.client(USER) as other:
            other.delete_folder("Akten")

    deleted: list[str] = []
    report = archive.sync_account(account, on_folder=once_akten_was_looked_at(delete, deleted))
    assert deleted, "the folder was the last looked at, and not deleted"
    assert report.status is SyncStatus.OK
    assert report.missing_folders == ("Akten",)
    assert {f.name: f.fetched for f in report.folders}["Zeugnisse"] == 5


def test_a_message_the_server_cannot_read_is_named_and_everything_else_is_fetched(
    archive: Archive, server: Dovecot
) -> None:
    """Dovecot ends the connection (BYE) when it cannot read a message's file: the batch
    is fetched again in halves over new connections, down to that message."""
    put_letters(server, {"Akten": range(1000, 1030), "INBOX": range(5000, 5005)})
    before = snapshot(server, USER)
    unreadable = letter_file(server, 1007)
    unreadable.chmod(0)
    account = add_account(archive, server)
    report = archive.sync_account(account)
    assert report.status is SyncStatus.FAILED
    assert report.cause is imap.Cause.NOT_HANDED_OVER
    assert "did not hand over 1 message of the folder Akten" in report.problem
    assert {f.name: f.fetched for f in report.folders} == {"Akten": 29, "INBOX": 5}
    assert "imap-1007@example.ru" not in {m.message_id for m in archive.list_messages()}
    stored = archive.accounts.account(account)
    assert (stored.last_sync_status, stored.last_sync_cause) == ("failed", "not-handed-over")
    again = archive.sync_account(account)  # asks again, and is refused again
    assert (again.cause, again.fetched) == (imap.Cause.NOT_HANDED_OVER, 0)
    unreadable.chmod(0o600)  # the server's operator mended it
    mended = archive.sync_account(account)
    assert (mended.status, mended.fetched) == (SyncStatus.OK, 1)
    assert message_count(archive) == 35
    assert snapshot(server, USER) == before  # nothing on the server changed


def test_a_folder_the_server_cannot_open_is_named_and_the_others_are_fetched(
    archive: Archive, server: Dovecot
) -> None:
    account = akten_and_zeugnisse(archive, server)
    closed = server.maildir(USER) / "Akten"
    done: list[str] = []
    try:  # the server can list the folder, but not open it
        on_folder = once_akten_was_looked_at(lambda: closed.chmod(0), done)
        report = archive.sync_account(account, on_folder=on_folder)
        assert done, "the folder was looked at last, and not closed"
    finally:
        closed.chmod(0o700)
    assert report.cause is imap.Cause.NOT_HANDED_OVER
    assert "did not hand over 5 messages of the folder Akten" in report.problem
    assert {f.name: f.fetched for f in report.folders}["Zeugnisse"] == 5
    mended = archive.sync_account(account)
    assert (mended.status, mended.fetched) == (SyncStatus.OK, 5)


def test_a_message_deleted_while_its_batch_is_fetched_again_is_not_called_missing(
    archive: Archive, server: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    put_letters(server, {"INBOX": range(9000, 9010)})
    unreadable = letter_file(server, 9003)
    unreadable.chmod(0)
    account = add_account(archive, server)
    go_on = sync.Connection.after

    def deleted_meanwhile(connection: sync.Connection, refusal: BaseException) -> Any:
        unreadable.unlink(missing_ok=True)  # another mail program deleted it meanwhile
        return go_on(connection, refusal)

    monkeypatch.setattr(sync.Connection, "after", deleted_meanwhile)
    report = archive.sync_account(account)
    assert not unreadable.exists()  # the server refused it first
    assert (report.status, report.fetched, report.problem) == (SyncStatus.OK, 9, "")


def test_ctrl_c_stops_the_sync_cleanly_and_the_next_sync_completes(
    env: dict[str, str], archive_dir: Path, server: Dovecot
) -> None:
    total = 1200
    put_letters(server, {"INBOX": range(3000, 3000 + total)}, attachment_bytes=20_000)
    env = {**env, "CORRESPONDENCE_APP_IMAP_PASSWORD": PASSWORD}
    run(env, "account-add", archive_dir, "--host", "127.0.0.1", "--port", str(server.imaps_port),
        "--user", USER, "--accept-certificate", server.fingerprint)  # fmt: skip
    before = snapshot(server, USER)
    with Archive.open(archive_dir, PASSPHRASE) as reader:
        stopped = run_until_signal(
            env, lambda: message_count(reader) > 0, "sync", archive_dir, "--json"
        )
        assert stopped.returncode == 130
        assert "sync stopped; run it again" in stopped.stderr.decode()
        report = json.loads(stopped.stdout)
        assert (report["cancelled"], report["status"]) == (True, "incomplete")
        assert 0 < report["fetched"] < total
        assert message_count(reader) == report["fetched"]  # what it says it stored
    rest = run_json(env, "sync", archive_dir)
    assert (rest["cancelled"], rest["status"]) == (False, "ok")
    assert rest["fetched"] + rest["duplicates"] == total - report["fetched"]
    with Archive.open(archive_dir, PASSPHRASE) as reader:
        assert message_count(reader) == total
        assert len({m.message_id for m in reader.list_messages()}) == total
    assert snapshot(server, USER) == before  # nothing on the server changed


def test_starttls_works_and_a_server_without_it_is_refused(
    archive: Archive, server: Dovecot, mailbox: dict[str, list[bytes]]
) -> None:
    account = add_account(
        archive, server, port=server.imap_port, security=Security.STARTTLS, name="starttls"
    )
    assert archive.sync_account(account).fetched == 18


def test_an_untrusted_certificate_is_refused_unless_its_fingerprint_was_accepted(
    archive: Archive, server: Dovecot, mailbox: dict[str, list[bytes]]
) -> None:
    trusting_cas = add_account(archive, server, certificate_sha256="", name="plain")
    with pytest.raises(imap.CertificateRejectedError) as rejected:
        archive.sync_account(trusting_cas)
    assert imap.normalise_fingerprint(rejected.value.fingerprint) == server.fingerprint
    assert "not trusted" in str(rejected.value)
    assert rejected.value.cause is imap.Cause.CERTIFICATE
    assert archive.accounts.account(trusting_cas).last_sync_status == "failed"
    wrong = add_account(archive, server, certificate_sha256="ab" * 32, name="wrong")
    with pytest.raises(imap.CertificateRejectedError, match="not the one accepted"):
        archive.sync_account(wrong)
    assert message_count(archive) == 0
    archive.accounts.change(trusting_cas, certificate_sha256=rejected.value.fingerprint)
    assert archive.sync_account(trusting_cas).fetched == 18


def test_a_wrong_password_is_named_and_a_password_asked_for_is_never_stored(
    archive: Archive, server: Dovecot, mailbox: dict[str, list[bytes]]
) -> None:
    account = add_account(archive, server, password_storage=PasswordStorage.ASK)
    assert not archive.accounts.account(account).has_password
    with pytest.raises(PasswordNeededError):
        archive.sync_account(account)
    with pytest.raises(imap.LoginRefusedError, match="refused the user name or password"):
        archive.sync_account(account, password="falsch")
    assert archive.accounts.account(account).last_sync_cause == "login-refused"
    assert archive.sync_account(account, password=PASSWORD).fetched == 18
    database = archive.database_path.read_bytes()
    assert PASSWORD.encode() not in database


def test_chosen_folders_only_and_spam_when_chosen(
    archive: Archive, server: Dovecot, mailbox: dict[str, list[bytes]]
) -> None:
    account = add_account(archive, server, folders=("Junk", CYRILLIC))
    report = archive.sync_account(account)
    assert {f.name for f in report.folders} == {"Junk", CYRILLIC}
    assert report.fetched == 6
    archive.accounts.change(account, folders=("Junk", "Gone"))
    report = archive.sync_account(account)
    assert report.missing_folders == ("Gone",)


# The command line ------------------------------------------------------------------------------
def test_the_command_line_contract(
    env: dict[str, str], archive_dir: Path, server: Dovecot, mailbox: dict[str, list[bytes]]
) -> None:
    env = {**env, "CORRESPONDENCE_APP_IMAP_PASSWORD": PASSWORD}
    base = ["--host", "127.0.0.1", "--port", str(server.imaps_port), "--user", USER]
    refused = run(env, "account-add", archive_dir, *base, check=False)
    assert refused.returncode == 2
    assert server.fingerprint[:2].upper() in refused.stderr.decode()
    assert "--accept-certificate" in refused.stderr.decode()
    wrong = run(
        {**env, "CORRESPONDENCE_APP_IMAP_PASSWORD": "falsch"},
        "account-add", archive_dir, *base, "--accept-certificate", server.fingerprint,
        check=False,
    )  # fmt: skip
    assert wrong.returncode == 2
    assert "refused the user name or password" in wrong.stderr.decode()
    microsoft = run(env, "account-add", archive_dir, "--preset", "microsoft", "--user",
                    "katja.vogel@hotmail.de", check=False)  # fmt: skip
    assert microsoft.returncode == 2
    assert "Export mailbox" in microsoft.stderr.decode()  # no password tried: the way that works
    assert run_json(env, "accounts", archive_dir) == []
    added = run_json(
        env, "account-add", archive_dir, *base, "--accept-certificate", server.fingerprint
    )
    assert added["name"] == USER
    assert added["password_storage"] == "archive"
    first = run_json(env, "sync", archive_dir, USER)
    assert {key: first[key] for key in ("fetched", "duplicates", "quarantined")} == {
        "fetched": 18,
        "duplicates": 1,
        "quarantined": 0,
    }
    assert isinstance(first["seconds"], float)
    assert {f["name"] for f in first["folders"]} == {"INBOX", CYRILLIC, UMLAUT}
    assert all(f["reached"] for f in first["folders"])
    second = run_json(env, "sync", archive_dir)
    assert (second["fetched"], second["duplicates"]) == (0, 0)
    listed = run_json(env, "accounts", archive_dir)
    assert listed[0]["last_sync_status"] == "ok"
    server.stop()
    down = run(env, "sync", archive_dir, "--json", check=False)
    assert down.returncode == 1
    assert "cannot connect" in down.stderr.decode()
    assert "Traceback" not in down.stderr.decode()


def test_a_file_put_on_the_server_as_a_message_is_quarantined_as_binary_data(
    archive: Archive, server: Dovecot, corpora: Path
) -> None:
    """An Outlook item put on the server as it was: the server keeps it without its NULs
    (Dovecot writes 0x80), so it cannot be read as one; the quarantine says it is not a
    text."""
    item = (corpora / "spamscope-mail-parser" / "mail_outlook_1").read_bytes()
    with server.client(USER) as client:
        client.append("INBOX", item)
    report = archive.sync_account(add_account(archive, server))
    assert (report.fetched, report.quarantined) == (0, 1)
    [entry] = archive.quarantine()
    assert entry.reason == "binary data without headers, not a mail message"


def test_a_message_of_an_account_in_the_quarantine_is_named_by_its_folder_and_uid(
    env: dict[str, str], archive_dir: Path, server: Dovecot
) -> None:
    with server.client(USER) as client:
        client.append("INBOX", letter(1))
        client.create_folder(CYRILLIC)
        client.append(CYRILLIC, b"Just some text that is not a mail.\r\n")
    env = {**env, "CORRESPONDENCE_APP_IMAP_PASSWORD": PASSWORD}
    base = ["--host", "127.0.0.1", "--port", str(server.imaps_port), "--user", USER]
    run(env, "account-add", archive_dir, *base, "--accept-certificate", server.fingerprint)
    assert run_json(env, "sync", archive_dir)["quarantined"] == 1
    [account] = run_json(env, "accounts", archive_dir)
    assert (account["last_fetched"], account["last_quarantined"]) == (1, 1)
    [entry] = run_json(env, "quarantine", archive_dir)
    assert (entry["kind"], entry["offset"]) == ("imap", 1)
    listed = run(env, "quarantine", archive_dir).stdout.decode()
    # Named by account and folder, not by the folder's IMAP URL (%D0%92...), and by its UID,
    # not "at byte 1".
    assert f"{USER} on 127.0.0.1, folder {CYRILLIC}, UID 1: no mail header fields" in listed
