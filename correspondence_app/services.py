# SPDX-License-Identifier: GPL-3.0-or-later
"""The Archive facade: create, unlock, import, read and check an encrypted archive folder."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from correspondence_app import file_lock, memory
from correspondence_app.alerts.ledger import ReplyLedger
from correspondence_app.alerts.watchlist import Watchlist
from correspondence_app.crypto import recovery
from correspondence_app.crypto.keys import KdfParams, KeyFile, KeyFileError, WrongPassphrase
from correspondence_app.crypto.recovery import MistypedRecoveryCode
from correspondence_app.integrity import IntegrityLog
from correspondence_app.people.book import PeopleBook
from correspondence_app.search.query_parser import parse_query
from correspondence_app.storage import queries, schema, search_index, thread_list
from correspondence_app.storage import search as search_store
from correspondence_app.storage import threads as thread_store
from correspondence_app.storage.engine import (
    DatabaseUnreadable,
    NotAnArchiveDatabase,
    create_archive_engine,
    page_check,
)
from correspondence_app.storage.tables import Message
from correspondence_app.tagging.notes import reindex_notes
from correspondence_app.tagging.organiser import Organiser

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable, Iterator, Mapping, Sequence
    from pathlib import Path

    from sqlalchemy import Engine

    from correspondence_app.accounts.book import AccountBook
    from correspondence_app.accounts.sync import FolderSink, SyncReport
    from correspondence_app.backup.log import Backups
    from correspondence_app.export.exporter import Exporter
    from correspondence_app.importers.base import ImportReport, ProgressSink
    from correspondence_app.importers.bundle_import import BundleImportReport
    from correspondence_app.importers.quarantine_retry import RetryReport

DATABASE_NAME = "archive.db"
KEY_NAME = "archive.key"
LOCK_NAME = "import.lock"
# An import this large gives its freed memory back before its messages are threaded.
RELEASE_AFTER_MESSAGES = 2_000
RELEASE_AFTER_BYTES = 64 * 1024 * 1024


class ArchiveError(Exception):
    """A problem the user can act on: the message names the archive and what is wrong."""


class ArchiveBusyError(ArchiveError):
    pass


class ArchiveDamagedError(ArchiveError):
    """The key opened the archive, but its database cannot be read: ``findings`` are what
    SQLCipher's page check found (every damaged page, by its number)."""

    def __init__(self, message: str, findings: tuple[str, ...]) -> None:
        super().__init__(message)
        self.findings = findings


def is_archive(folder: Path) -> bool:
    return (folder / KEY_NAME).is_file()


class Archive:
    """An unlocked archive. Close it (or use it as a context manager) to lock it again."""

    def __init__(
        self,
        folder: Path,
        key_file: KeyFile,
        engine: Engine,
        *,
        opened_with_recovery_code: bool = False,
    ) -> None:
        self.folder = folder
        self.key_file = key_file
        self.engine = engine
        self._opened_with_recovery_code = opened_with_recovery_code
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._index_is_current = False  # known once checked: see _ensure_indexed
        self._thread_list_is_current = False  # known once true: see _ensure_threaded
        self.organiser = Organiser(engine)  # tags, rules, notes, saved searches, timeline
        # People, signs of life and letters awaiting an answer; their changes that add rows
        # an import allocates ids for wait for no import (they hold its lock, shared: a
        # check in the background does not keep them out).
        shared = functools.partial(self._import_lock, shared=True)
        self.people = PeopleBook(engine, shared)
        self.watchlist = Watchlist(engine, shared)
        self.ledger = ReplyLedger(engine, shared)

    # Made when first used: a command that needs neither loads neither ZIP nor IMAP code.
    @functools.cached_property
    def exporter(self) -> Exporter:
        """Exports and their log."""
        from correspondence_app.export.exporter import Exporter

        return Exporter(self.engine)

    @functools.cached_property
    def accounts(self) -> AccountBook:
        """IMAP accounts; sync_account fetches from them."""
        from correspondence_app.accounts.book import AccountBook

        return AccountBook(self.engine)

    # Creating and unlocking ----------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, *, kdf: KdfParams | None = None) -> Archive:
        """A new, empty archive in folder (which must not exist or be empty)."""
        if not passphrase:
            raise ArchiveError("the passphrase must not be empty")
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            if is_archive(folder):
                raise ArchiveError(f"{folder}: there is already an archive here")
            raise ArchiveError(f"{folder}: the folder is not empty")
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.chmod(0o700)
        except OSError as error:
            raise ArchiveError(f"{folder}: cannot create the folder ({error.strerror})") from None
        key_file, database_key = KeyFile.create(passphrase, kdf or KdfParams.tuned())
        database = folder / DATABASE_NAME
        # SQLite gives the WAL and shared-memory files the database file's permissions.
        os.close(os.open(database, os.O_CREAT | os.O_WRONLY, 0o600))
        key_file.save(folder / KEY_NAME)
        engine = create_archive_engine(database, database_key)
        schema.upgrade(engine, database)
        return cls(folder, key_file, engine)

    @classmethod
    def open(cls, folder: Path, secret: str) -> Archive:
        """Unlocks an archive with the passphrase or the recovery code (in any accepted spelling).

        Raises ArchiveError (not an archive), MistypedRecoveryCode or WrongPassphrase.
        """
        if not folder.is_dir():
            raise ArchiveError(f"{folder}: no such archive folder")
        if not is_archive(folder):
            raise ArchiveError(f"{folder}: not an archive (no {KEY_NAME})")
        try:
            key_file = KeyFile.load(folder / KEY_NAME)
        except KeyFileError as error:
            raise ArchiveError(f"{folder / KEY_NAME}: {error}") from None
        unlocked = recovery.unlock(key_file, secret)
        database = folder / DATABASE_NAME
        if not database.is_file():
            raise ArchiveError(f"{folder}: the database file {DATABASE_NAME} is missing")
        for path in (database, folder / f"{DATABASE_NAME}-wal", folder / f"{DATABASE_NAME}-shm"):
            with contextlib.suppress(FileNotFoundError, PermissionError):
                path.chmod(0o600)
        engine = create_archive_engine(database, unlocked.database_key)
        try:
            schema.upgrade(engine, database)
        except (DatabaseUnreadable, schema.UpgradeSpaceError, schema.NewerSchemaError) as error:
            engine.dispose()
            raise ArchiveError(str(error)) from None
        except NotAnArchiveDatabase:
            engine.dispose()
            findings = page_check(database, unlocked.database_key)
            # The key is right (the key file said so): what cannot be read is damaged.
            raise ArchiveDamagedError(
                f"{database}: not an archive database, or damaged", findings
            ) from None
        return cls(folder, key_file, engine, opened_with_recovery_code=unlocked.is_recovery_code)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def session(self) -> Session:
        return self._sessions()

    @property
    def database_path(self) -> Path:
        return self.folder / DATABASE_NAME

    @functools.cached_property
    def backups(self) -> Backups:
        """Backing up while the archive stays usable, and the log of verified backups."""
        from correspondence_app.backup.log import Backups  # it imports this module

        return Backups(self)

    @functools.cached_property
    def integrity(self) -> IntegrityLog:
        """The archive's checks over time: each verify() is recorded there."""
        return IntegrityLog(self.engine)

    # Passphrase and recovery code ----------------------------------------------------------
    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Re-seals the database key under the new passphrase; the database is not touched.

        old is the current passphrase or the recovery code, which stays valid.
        """
        if not new:
            raise ArchiveError("the new passphrase must not be empty")
        database_key = recovery.unlock(self.key_file, old).database_key
        params = kdf or self.key_file.kdf_of("passphrase") or KdfParams.tuned()
        updated = self.key_file.with_slot("passphrase", new, database_key, params)
        updated.save(self.folder / KEY_NAME)
        self.key_file = updated

    def create_recovery_code(self, passphrase: str, *, kdf: KdfParams | None = None) -> str:
        """A new recovery code, to show once; it replaces any earlier one.

        Requires the current passphrase (not the recovery code). The database key is sealed
        under the code in the key file, written atomically; the database is not touched.
        """
        database_key = recovery.unlock_passphrase(self.key_file, passphrase)
        code = recovery.new_recovery_code()
        updated = self.key_file.with_slot(
            recovery.RECOVERY_KIND, code, database_key, kdf or KdfParams.tuned()
        )
        updated.save(self.folder / KEY_NAME)
        self.key_file = updated
        return code

    @property
    def has_recovery_code(self) -> bool:
        return recovery.has_recovery_code(self.key_file)

    @property
    def opened_with_recovery_code(self) -> bool:
        """Unlocked with the recovery code: the user should now set a new passphrase."""
        return self._opened_with_recovery_code

    # Importing ------------------------------------------------------------------------------
    def import_paths(
        self,
        paths: Sequence[Path],
        *,
        progress: ProgressSink | None = None,
        cancel: threading.Event | None = None,
        workers: int | None = None,
        passwords: Mapping[Path, str] | None = None,
    ) -> ImportReport:
        """Imports every message under ``paths``; an encrypted ZIP (a bundle) is read with
        its password in ``passwords`` (kept no longer than the import), or skipped."""
        # Imported here: the importers (and their PDF and XML readers) are the heaviest part
        # of the core, and searching or reading never needs them.
        from correspondence_app.importers import pipeline
        from correspondence_app.importers.sources import SourceError

        with self._import_lock():
            try:
                report = pipeline.import_paths(
                    self.engine,
                    paths,
                    progress=progress,
                    cancel=cancel,
                    workers=workers,
                    archive_folder=self.folder,
                    passwords=passwords,
                )
            except SourceError as error:
                raise ArchiveError(str(error)) from None
            return self._after_import(report)

    def import_with_transfers(
        self,
        paths: Sequence[Path],
        *,
        passwords: Mapping[Path, str],
        progress: ProgressSink | None = None,
        cancel: threading.Event | None = None,
        workers: int | None = None,
    ) -> BundleImportReport:
        """``import_paths``, then the transfer file (tags, notes, people, signs of life,
        letters) of each bundle in ``passwords``. Raises ArchiveError naming a bundle whose
        password is wrong, before anything is read."""
        from correspondence_app.importers import bundle_import, zip_source

        try:
            return bundle_import.import_with_transfers(
                self, paths, passwords=passwords, progress=progress, cancel=cancel, workers=workers
            )
        except zip_source.ZipSourceError as error:
            raise ArchiveError(str(error)) from None

    def retry_quarantine(
        self,
        *,
        progress: ProgressSink | None = None,
        cancel: threading.Event | None = None,
        workers: int | None = None,
    ) -> RetryReport:
        """Tries every quarantined message again (see importers.quarantine_retry)."""
        from correspondence_app.importers import quarantine_retry

        with self._import_lock():
            report, retried = quarantine_retry.retry(
                self.engine, progress=progress, cancel=cancel, workers=workers
            )
            self._after_import(report)
        return retried

    def _after_import(self, report: ImportReport) -> ImportReport:
        """Committed: the new messages join their conversations before the lock is let go.
        The import's lookup tables are garbage now; after a large import, give their memory
        back first, so that threading it does not add to the import's peak. (A full garbage
        collection walks every object of the process, some 70 ms in the window before an
        archive is open: for nothing after a small import or a sync that found little.)"""
        messages = report.imported + report.duplicates + report.quarantined
        if messages >= RELEASE_AFTER_MESSAGES or report.bytes_read >= RELEASE_AFTER_BYTES:
            memory.release_free_memory()
        thread_seconds, tagged = self._thread_and_tag_new()
        return dataclasses.replace(report, thread_seconds=thread_seconds, tagged=tagged)

    def _thread_and_tag_new(self) -> tuple[float, int]:
        """Threads the new messages, then the rules tag them (a rule may ask for a thread's
        note): every message after the rules' watermark, so also what an interrupted import
        stored. Returns the threading's seconds and the messages tagged."""
        threaded = thread_store.thread_new(self.engine)
        return threaded.seconds, self.organiser.apply_rules_to_new().changed

    def sync_account(
        self,
        reference: int | str,
        *,
        password: str | None = None,
        progress: ProgressSink | None = None,
        cancel: threading.Event | None = None,
        workers: int | None = None,
        on_folder: FolderSink | None = None,
    ) -> SyncReport:
        """Fetches what is new in the account's folders, read-only (nothing on the server
        changes). Raises accounts.book.PasswordNeededError, or an accounts.imap.ImapError when
        the server cannot be reached, refuses the login or its certificate is not trusted;
        a connection lost in the middle ends the report early (what arrived is kept).
        ``on_folder`` hears of each folder looked at for new mail, before the fetching."""
        from correspondence_app.accounts import imap, sync

        info = self.accounts.account(reference)
        secret = self.accounts.password(info, password)
        with self._import_lock():
            try:
                outcome = sync.sync(
                    self.engine,
                    info,
                    secret,
                    progress=progress,
                    cancel=cancel,
                    workers=workers,
                    on_folder=on_folder,
                )
            except imap.ImapError as error:
                self.accounts.record_failure(info, str(error), error.cause)
                raise
            if outcome.import_report is not None:
                self._after_import(outcome.import_report)
            else:  # nothing new: what an interrupted run stored still meets the rules
                self._thread_and_tag_new()
            self.accounts.record_sync(info, outcome.report, outcome.folder_states)
            return outcome.report

    @contextlib.contextmanager
    def _import_lock(self, *, shared: bool = False) -> Iterator[None]:
        """Held by an import, a sync, a re-index and a rethreading alone; ``shared`` by
        what only must not meet those (a check, a change that adds rows an import takes
        ids for), which may run side by side. Raises ArchiveBusyError at once if taken."""
        try:
            with file_lock.locked(self.folder / LOCK_NAME, shared=shared):
                yield
        except file_lock.LockTaken:
            raise ArchiveBusyError(
                f"{self.folder}: the archive is busy (an import, a sync or a check is "
                "running); try again when it has ended"
            ) from None

    # Conversations -------------------------------------------------------------------------
    def rethread(self) -> thread_store.RethreadReport:
        with self._import_lock():
            return thread_store.rethread(self.engine)

    def _ensure_threaded(self) -> None:
        """Threads messages an interrupted import left without a thread before threads are read,
        and fills a thread list that a schema upgrade left stale."""
        try:
            if thread_store.has_unthreaded(self.engine):
                with self._import_lock():
                    thread_store.thread_new(self.engine)
            # Like the index, only a schema upgrade on opening makes the list stale.
            if not self._thread_list_is_current and not thread_list.is_current(self.engine):
                with self._import_lock(), self.engine.begin() as connection:
                    thread_list.refresh(connection)
            self._thread_list_is_current = True
        except ArchiveBusyError:
            pass  # an import is running: it threads its messages when it ends

    def threads(
        self,
        limit: int | None = None,
        *,
        offset: int = 0,
        order: thread_list.ThreadOrder = thread_list.ThreadOrder.LAST_DATE,
        descending: bool = True,
    ) -> list[thread_store.ThreadSummary]:
        """Conversations, newest first unless ``order`` says otherwise; ``offset`` and
        ``limit`` page through them."""
        self._ensure_threaded()
        with self.session() as session:
            return thread_store.thread_summaries(
                session, limit, offset=offset, order=order, descending=descending
            )

    def thread(self, thread_id: int) -> thread_store.ThreadDetail:
        self._ensure_threaded()
        with self.session() as session:
            detail = thread_store.thread_detail(session, thread_id)
        if detail is None:
            raise ArchiveError(f"no thread with id {thread_id}")
        return detail

    def thread_of(self, message_id_header: str) -> thread_store.ThreadDetail:
        self._ensure_threaded()
        with self.session() as session:
            thread_id = thread_store.thread_of(session, message_id_header)
        if thread_id is None:
            raise ArchiveError(f"no message with Message-ID {message_id_header}")
        return self.thread(thread_id)

    def message_thread_id(self, message_id: int) -> int:
        """The thread that holds a message (threaded first, if an import left it without)."""
        self._ensure_threaded()
        with self.session() as session:
            message = session.get(Message, message_id)
            if message is None or message.thread_id is None:
                raise ArchiveError(f"no message with id {message_id}")
            return message.thread_id

    def merge_threads(self, first_thread_id: int, second_thread_id: int) -> int:
        """Joins two threads for good (it survives re-threading); returns the joined thread."""
        for thread_id in (first_thread_id, second_thread_id):
            self.thread(thread_id)  # both must exist
        with self.session() as session, session.begin():
            thread_store.merge_threads(session, first_thread_id, second_thread_id)
        self.rethread()
        return min(first_thread_id, second_thread_id)

    def split_thread(self, message_id: int) -> int:
        """Makes a message and its replies a thread of their own; returns that thread."""
        self.message(message_id)  # must exist
        with self.session() as session, session.begin():
            thread_store.split_thread(session, message_id)
        self.rethread()
        with self.session() as session:
            return int(session.get_one(Message, message_id).thread_id or message_id)

    # Search -------------------------------------------------------------------------------
    def reindex(
        self, progress: Callable[[int, int], None] | None = None
    ) -> search_index.ReindexReport:
        """Rebuilds the full-text index from the stored messages."""
        with self._import_lock():
            report = search_index.reindex(self.engine, progress)
            with self.engine.begin() as connection:
                reindex_notes(connection)
            return report

    def _ensure_indexed(self) -> None:
        """Rebuilds an index that a schema upgrade left stale before it is searched."""
        if self._index_is_current:
            return
        if not search_index.is_current(self.engine):
            with contextlib.suppress(ArchiveBusyError):  # an import runs: search what is there
                self.reindex()
        # Only a schema upgrade makes the index stale, and that happens on opening.
        self._index_is_current = search_index.is_current(self.engine)

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        sort: search_store.SearchOrder | str = search_store.SearchOrder.RELEVANCE,
    ) -> list[search_store.SearchHit]:
        """Messages matching ``query`` (the query language); raises QuerySyntaxError."""
        parsed = parse_query(query)
        self._ensure_indexed()
        self._ensure_threaded()
        with self.session() as session:
            return search_store.search_messages(
                session, parsed, limit=limit, order=search_store.SearchOrder(sort)
            )

    def search_threads(
        self,
        query: str,
        *,
        limit: int = 50,
        sort: search_store.SearchOrder | str = search_store.SearchOrder.RELEVANCE,
    ) -> list[search_store.ThreadHit]:
        """Conversations holding a message that matches ``query``."""
        parsed = parse_query(query)
        self._ensure_indexed()
        self._ensure_threaded()
        with self.session() as session:
            return search_store.search_threads(
                session, parsed, limit=limit, order=search_store.SearchOrder(sort)
            )

    # Reading --------------------------------------------------------------------------------
    def stats(self) -> queries.Stats:
        with self.session() as session:
            return queries.stats(session)

    @property
    def is_empty(self) -> bool:
        """Nothing was ever put in (no mail, no quarantined file, nothing entered by hand)."""
        with self.session() as session:
            return queries.is_empty(session)

    def list_messages(self) -> list[queries.MessageSummary]:
        with self.session() as session:
            return queries.list_messages(session)

    def message(self, message_id: int) -> queries.MessageDetail:
        with self.session() as session:
            detail = queries.message_detail(session, message_id)
        if detail is None:
            raise ArchiveError(f"no message with id {message_id}")
        return detail

    def raw(self, message_id: int) -> bytes:
        with self.session() as session:
            data = queries.original_bytes(session, message_id)
        if data is None:
            raise ArchiveError(f"no message with id {message_id}")
        return data

    def source(self, message_id: int) -> bytes:
        """The message as RFC 822 text, to show: raw(), or for an Outlook .msg (whose raw()
        is the .msg file) the message it was converted to on import."""
        with self.session() as session:
            data = queries.readable_source(session, message_id)
        if data is None:
            raise ArchiveError(f"no message with id {message_id}")
        return data

    def attachment_content(self, message_id: int, position: int) -> bytes:
        with self.session() as session:
            data = queries.attachment_content(session, message_id, position)
        if data is None:
            raise ArchiveError(f"message {message_id} has no attachment {position}")
        return data

    def inline_parts(self, message_id: int) -> dict[str, tuple[str, bytes]]:
        """Content-ID -> (content type, bytes): what the message's HTML may show."""
        with self.session() as session:
            return queries.inline_parts(session, message_id)

    def folders(self) -> list[queries.FolderCount]:
        with self.session() as session:
            return queries.folders(session)

    def quarantine(self) -> list[queries.QuarantineEntry]:
        with self.session() as session:
            return queries.quarantine_entries(session)

    def quarantine_original(self, entry_id: int) -> bytes:
        """The bytes of a quarantined message, exactly as they were found."""
        with self.session() as session:
            data = queries.quarantine_original(session, entry_id)
        if data is None:
            raise ArchiveError(f"no quarantine entry with id {entry_id}")
        return data

    def verify(
        self, *, exclusive: bool = False, cancel: threading.Event | None = None
    ) -> queries.VerifyResult:
        """The database, every stored original and attachment against its hash, and every
        logged export still in its place against the manifest's logged SHA-256; the result
        is recorded in ``integrity``. ``exclusive``: no import runs meanwhile (it holds the
        import lock, shared; ArchiveBusyError if an import runs now), as for a check in the
        background, whose findings a running import must not blur. ``cancel`` set ends it
        early (queries.VerifyStopped), and nothing is recorded."""
        with self._import_lock(shared=True) if exclusive else contextlib.nullcontext():
            with self.session() as session:
                stored = queries.verify(session, cancel=cancel)
            queries.stop_if_asked(cancel)  # before the exports are read and hashed
            checked, problems = self.exporter.check_log()
        result = queries.VerifyResult(stored.checked + checked, (*stored.errors, *problems))
        self.integrity.record(result)
        return result


__all__ = [
    "Archive",
    "ArchiveBusyError",
    "ArchiveDamagedError",
    "ArchiveError",
    "MistypedRecoveryCode",
    "WrongPassphrase",
    "is_archive",
]
