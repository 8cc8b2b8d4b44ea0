# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only sync of one IMAP account into the archive, through the import pipeline.

The server's folders are examined first: for each, the UIDs it lists that no source row
of the archive has (for the folder's current UIDVALIDITY) are the ones to fetch, with
their sizes for the progress. Then the messages are fetched in batches, in the import's
reading thread, while earlier batches are parsed and stored. A connection that drops
ends the run after storing what arrived; the next run fetches only what is missing. A
changed UIDVALIDITY makes every message of the folder new by UID; the ones already
stored are recognised by their bytes and counted as duplicates, never stored twice.

A server that refuses a fetch (NO, or Dovecot's BYE after a message file it cannot read)
does not stop the sync at that place for good: the batch is fetched again in halves, over
a new connection where needed, down to the messages it refuses, which the report names;
the rest of the folder and the other folders are fetched. A folder the server cannot
open is reported the same way; one deleted while it is fetched, as no longer on the server.
"""

from __future__ import annotations

import contextlib
import enum
import imaplib
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote, unquote

from imapclient import exceptions as imap_errors
from imapclient import imap_utf7
from sqlalchemy import select, union

from correspondence_app.accounts import imap
from correspondence_app.domain.message import DateSource
from correspondence_app.importers.base import (
    ImportReport,
    ProgressSink,
    RawItem,
    Skipped,
    SourceTally,
)
from correspondence_app.importers.copies import copy_identity
from correspondence_app.storage.tables import MessageSource, QuarantineItem

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from imapclient import IMAPClient
    from sqlalchemy import Engine

    from correspondence_app.accounts.book import AccountInfo

# A fetch asks for at most this many messages, or this many bytes: a batch of large
# attachments is not held whole in memory, and the pipeline starts parsing early.
BATCH_MESSAGES = 400
BATCH_BYTES = 8 * 1024 * 1024
# How often a sync opens its connection again after the server ended it on purpose (a
# message it cannot read costs one for each halving of its batch, about nine).
MAX_REOPENED = 40
MAILDIR_FLAGS = {
    b"\\Draft": "D",
    b"\\Flagged": "F",
    b"\\Answered": "R",
    b"\\Seen": "S",
    b"\\Deleted": "T",
}
# Gmail's system labels as the places they are in the web interface; \Important is noise.
GMAIL_LABELS = {"\\Inbox": "Inbox", "\\Sent": "Sent", "\\Starred": "Starred", "\\Draft": "Drafts"}
GMAIL_IGNORED = frozenset({"\\Important"})
NETWORK_ERRORS = (OSError, imaplib.IMAP4.error, imap_errors.IMAPClientError, EOFError)


class SyncStatus(enum.Enum):
    OK = "ok"
    CANCELLED = "cancelled"
    FAILED = "failed"  # ended early (a dropped connection, say): what arrived is kept


@dataclass(frozen=True)
class FolderPlan:
    folder: imap.Folder
    uidvalidity: int
    on_server: int
    wanted: list[int]  # UIDs to fetch, ascending
    sizes: dict[int, int]
    location: str  # of its messages' source rows (their offset is the UID)
    uidvalidity_changed: bool

    @property
    def total_bytes(self) -> int:
        return sum(self.sizes.get(uid, 0) for uid in self.wanted)


@dataclass(frozen=True)
class FolderResult:
    name: str
    on_server: int
    fetched: int  # new messages stored
    duplicates: int  # fetched, but already in the archive (from elsewhere, or a new UIDVALIDITY)
    quarantined: int
    uidvalidity_changed: bool
    reached: bool = True  # False: new mail waited there, but the sync ended before it


@dataclass(frozen=True)
class SyncReport:
    account: str
    status: SyncStatus
    fetched: int
    duplicates: int
    quarantined: int
    folders: tuple[FolderResult, ...]
    seconds: float
    problem: str = ""  # why it ended early
    cause: imap.Cause | None = None  # the same for a window to word (None: it did not fail)
    missing_folders: tuple[str, ...] = ()  # chosen, or deleted while synced: no longer there


def folder_location(server: imap.Server, folder: str, uidvalidity: int) -> str:
    """An IMAP URL (RFC 5092) of the folder at this UIDVALIDITY."""
    user = quote(server.user_name, safe="")
    return (
        f"imap://{user}@{server.host}:{server.port}/{quote(folder, safe='/')}"
        f";UIDVALIDITY={uidvalidity}"
    )


@dataclass(frozen=True)
class FolderPlace:
    """The account and folder a folder location (folder_location) names."""

    user_name: str
    host: str
    port: int
    folder: str
    uidvalidity: int


def folder_place(location: str) -> FolderPlace | None:
    """What folder_location put in ``location``; None for another kind of location."""
    rest = location.removeprefix("imap://")
    authority, slash, path = rest.partition("/")
    user, at, host_port = authority.partition("@")
    host, colon, port = host_port.rpartition(":")
    folder, marker, uidvalidity = path.rpartition(";UIDVALIDITY=")
    if rest == location or not (slash and at and colon and marker):
        return None
    if not (port.isdigit() and uidvalidity.isdigit()):
        return None
    return FolderPlace(unquote(user), host, int(port), unquote(folder), int(uidvalidity))


def stored_uids(engine: Engine, location: str) -> set[int]:
    """The UIDs of this folder the archive holds, stored or quarantined."""
    query = union(
        select(MessageSource.offset).where(MessageSource.location == location),
        select(QuarantineItem.offset).where(QuarantineItem.location == location),
    )
    with engine.connect() as connection:
        return {int(uid) for uid in connection.execute(query).scalars()}


def chosen_folders(
    found: Sequence[imap.Folder], chosen: Sequence[str], *, gmail: bool
) -> tuple[list[imap.Folder], list[str]]:
    """The folders to sync, and the chosen ones the server no longer has.

    Without a choice: every folder but spam; on Gmail, "All Mail" alone (its other
    folders are labels, kept as tags, so no message is fetched twice)."""
    if chosen:
        names = set(chosen)
        return [f for f in found if f.name in names], sorted(names - {f.name for f in found})
    if gmail:
        all_mail = [f for f in found if f.is_all_mail]
        if all_mail:
            return all_mail, []
    return [f for f in found if not f.is_junk], []


class FolderSink(Protocol):
    """Before fetching, a sync looks at each folder in turn for what is new: the folder's
    number (from 1), how many there are, and its name. A large folder can take a while."""

    def __call__(self, number: int, count: int, name: str, /) -> None: ...


def plan(
    engine: Engine,
    client: IMAPClient,
    server: imap.Server,
    folders: Sequence[imap.Folder],
    known_uidvalidity: dict[str, int],
    on_folder: FolderSink | None = None,
) -> list[FolderPlan]:
    plans = []
    for number, folder in enumerate(folders, 1):
        if on_folder is not None:
            on_folder(number, len(folders), folder.path)
        uidvalidity, count = imap.examine(client, folder.name)
        location = folder_location(server, folder.name, uidvalidity)
        wanted: list[int] = []
        if count:
            stored = stored_uids(engine, location)
            wanted = [uid for uid in imap.uids(client) if uid not in stored]
        before = known_uidvalidity.get(folder.name)
        plans.append(
            FolderPlan(
                folder=folder,
                uidvalidity=uidvalidity,
                on_server=count,
                wanted=wanted,
                sizes=imap.sizes(client, wanted) if wanted else {},
                location=location,
                uidvalidity_changed=before is not None and before != uidvalidity,
            )
        )
    return plans


@dataclass
class FetchNotes:
    """What a sync's fetching met besides messages: the folders it began to fetch from,
    those deleted meanwhile, and the messages the server refused (a file it cannot read),
    by folder, with its words."""

    begun: set[str] = field(default_factory=set)  # folder paths
    vanished: list[str] = field(default_factory=list)  # folder paths
    refused: dict[str, list[int]] = field(default_factory=dict)  # UIDs by folder path
    words: dict[str, str] = field(default_factory=dict)  # the server's, by folder path

    def refuse(self, path: str, uids: Sequence[int], error: BaseException) -> None:
        """Notes messages of the folder ``path`` that the server refused, and its words."""
        self.refused.setdefault(path, []).extend(uids)
        self.words[path] = imap.server_words(error)

    def problem(self) -> str:
        """The refused messages in words ("" for none); the next sync asks for them again."""
        return "; ".join(
            f"the server did not hand over {len(uids)} "
            f"{'message' if len(uids) == 1 else 'messages'} of the folder {path} "
            f"({self.words[path]}); everything else was fetched, the next sync asks again"
            for path, uids in self.refused.items()
        )


class Connection:
    """A sync's connection to the server. When the server refuses a command and ends the
    connection on purpose (Dovecot says BYE after a message it cannot read), it is opened
    again, at most MAX_REOPENED times in a sync."""

    def __init__(self, server: imap.Server, password: str) -> None:
        self._server, self._password = server, password
        self.client = imap.connect(server, password)
        self.reopened = 0

    def after(self, refusal: BaseException) -> IMAPClient:
        """The client to go on with after the server refused a command; ``refusal`` is
        raised when the connection cannot go on (reopened too often, or no longer)."""
        with contextlib.suppress(*NETWORK_ERRORS):
            client = self.client
            client.noop()
            return client  # a NO or BAD: the connection is still there
        if self.reopened >= MAX_REOPENED:
            raise refusal
        imap.close(self.client)
        try:
            self.client = imap.connect(self._server, self._password)
        except imap.ImapError:
            raise refusal from None
        self.reopened += 1
        return self.client

    def close(self) -> None:
        imap.close(self.client)


def items(
    connection: Connection,
    plans: Sequence[FolderPlan],
    *,
    gmail: bool,
    notes: FetchNotes,
) -> Iterator[tuple[int, RawItem | Skipped]]:
    """The planned messages, fetched batch by batch; network errors are raised. A folder
    deleted meanwhile, and messages the server refuses to send, are noted in
    ``notes`` and the others fetched."""
    for index, folder_plan in enumerate(plans):
        if folder_plan.wanted:
            fetched = _folder_items(connection, folder_plan, index, gmail, notes)
            yield from ((index, item) for item in fetched)


def _folder_items(
    connection: Connection, folder_plan: FolderPlan, index: int, gmail: bool, notes: FetchNotes
) -> Iterator[RawItem]:
    folder = folder_plan.folder
    notes.begun.add(folder.path)
    try:
        try:
            uidvalidity, _ = imap.examine(connection.client, folder.name)
        except NETWORK_ERRORS as error:
            _go_on_after(connection, error, folder)
            notes.refuse(folder.path, folder_plan.wanted, error)  # it cannot open it
            return
        if uidvalidity != folder_plan.uidvalidity:
            return  # renumbered since it was planned: the next sync fetches it
        for batch in _batches(folder_plan.wanted, folder_plan.sizes):
            for uid, data in _handed_over(connection, batch, gmail, folder_plan, notes):
                yield _item(folder_plan, index, uid, data, gmail=gmail)
    except _FolderVanishedError:
        notes.vanished.append(folder.path)  # deleted on the server in the middle


class _FolderVanishedError(Exception):
    """The folder being fetched was deleted on the server."""


def _go_on_after(connection: Connection, error: BaseException, folder: imap.Folder) -> IMAPClient:
    """The client to go on with in ``folder`` after ``error``: raised again unless the
    server refused on purpose; _FolderVanishedError if the folder is no longer there."""
    if not imap.is_refusal(error):
        raise error
    client = connection.after(error)
    if not client.folder_exists(folder.name):
        raise _FolderVanishedError from None
    return client


def _handed_over(
    connection: Connection,
    uids: list[int],
    gmail: bool,
    folder_plan: FolderPlan,
    notes: FetchNotes,
) -> Iterator[tuple[int, Any]]:
    """The messages the server sends of ``uids``. When it refuses a batch (a message it
    cannot read spoils the whole fetch), the halves are fetched apart, down to the single
    messages it refuses, which are noted. Raises _FolderVanishedError for a folder deleted
    meanwhile."""
    try:
        fetched = list(imap.fetch(connection.client, uids, gmail=gmail))
    except NETWORK_ERRORS as error:
        client = _go_on_after(connection, error, folder_plan.folder)
        if imap.examine(client, folder_plan.folder.name)[0] != folder_plan.uidvalidity:
            raise  # renumbered meanwhile: the next sync fetches it anew
        if len(uids) == 1:
            notes.refuse(folder_plan.folder.path, uids, error)
            return
        middle = len(uids) // 2
        yield from _handed_over(connection, uids[:middle], gmail, folder_plan, notes)
        yield from _handed_over(connection, uids[middle:], gmail, folder_plan, notes)
        return
    yield from fetched


def _batches(wanted: list[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    batch: list[int] = []
    batch_bytes = 0
    for uid in wanted:
        if batch and (len(batch) >= BATCH_MESSAGES or batch_bytes >= BATCH_BYTES):
            yield batch
            batch, batch_bytes = [], 0
        batch.append(uid)
        batch_bytes += sizes.get(uid, 0)
    if batch:
        yield batch


def _item(
    folder_plan: FolderPlan, index: int, uid: int, data: dict[bytes, Any], *, gmail: bool
) -> RawItem:
    arrived = data.get(b"INTERNALDATE")
    # In UTC: imapclient's own zone class cannot be handed to a parser process.
    date = arrived.astimezone(UTC) if isinstance(arrived, datetime) and arrived.tzinfo else None
    raw = bytes(data[b"BODY[]"])
    return RawItem(
        raw=raw,
        kind="imap",
        location=folder_plan.location,
        offset=uid,
        # On Gmail every message is in "All Mail": its labels are the places that matter.
        folder="" if gmail else folder_plan.folder.path,
        flags=maildir_flags(data.get(b"FLAGS", ())),
        fallback_date=date,
        fallback_source=DateSource.ENVELOPE if date else DateSource.NONE,
        source_index=index,
        labels=gmail_labels(data.get(b"X-GM-LABELS", ())) if gmail else (),
        identity=copy_identity(raw),  # a mail program's copy of it is the same message
    )


def maildir_flags(flags: Sequence[bytes | str]) -> str:
    """IMAP flags as the letters a Maildir file name carries (seen, answered, ...)."""
    letters = {MAILDIR_FLAGS.get(f if isinstance(f, bytes) else f.encode()) for f in flags}
    return "".join(sorted(letter for letter in letters if letter))


def gmail_labels(labels: Sequence[bytes | str]) -> tuple[str, ...]:
    """Gmail's labels of a message as tag names: system labels named as Gmail shows them."""
    names = []
    for label in labels:
        text = imap_utf7.decode(label) if isinstance(label, bytes) else str(label)
        if text in GMAIL_IGNORED:
            continue
        names.append(GMAIL_LABELS.get(text, text.removeprefix("\\")))
    return tuple(dict.fromkeys(name for name in names if name))


def folder_results(
    plans: Sequence[FolderPlan], tallies: Sequence[SourceTally], begun: set[str]
) -> list[FolderResult]:
    """Each folder's figures; ``begun``: the folders the fetching began."""
    return [
        FolderResult(
            name=p.folder.name,
            on_server=p.on_server,
            fetched=t.imported,
            duplicates=t.duplicates,
            quarantined=t.quarantined,
            uidvalidity_changed=p.uidvalidity_changed,
            reached=not p.wanted or p.folder.path in begun,
        )
        for p, t in zip(plans, tallies, strict=True)
    ]


@dataclass(frozen=True)
class Outcome:
    report: SyncReport
    import_report: ImportReport | None  # None: nothing was fetched
    folder_states: dict[str, tuple[int, int]]  # name: (UIDVALIDITY, messages on the server)


def sync(
    engine: Engine,
    account: AccountInfo,
    password: str,
    *,
    progress: ProgressSink | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
    on_folder: FolderSink | None = None,
) -> Outcome:
    """One sync of the account (the caller holds the import lock). Raises imap.ImapError
    if it cannot start; a failure once fetching has begun ends the report early."""
    started = time.monotonic()
    cancel = cancel or threading.Event()
    connection = Connection(account.server, password)
    client = connection.client
    try:
        try:
            gmail = imap.is_gmail(client)
            chosen, missing = chosen_folders(imap.folders(client), account.folders, gmail=gmail)
            known = {state.name: state.uidvalidity for state in account.folder_states}
            plans = plan(engine, client, account.server, chosen, known, on_folder)
        except NETWORK_ERRORS as error:
            raise imap.ServerUnreachableError(
                f"{account.host}: reading the folders failed ({imap.describe(error)})",
                imap.cause_of(error, begun=True),
            ) from None
        notes = FetchNotes()
        import_report, problem, cause = run(
            engine,
            connection,
            plans,
            gmail=gmail,
            progress=progress,
            cancel=cancel,
            workers=workers,
            notes=notes,
        )
    finally:
        connection.close()
    if not problem and notes.refused:  # the rest was fetched; these are still missing
        problem, cause = notes.problem(), imap.Cause.NOT_HANDED_OVER
    missing += notes.vanished
    folders = folder_results(plans, import_report.sources, notes.begun)
    if problem:
        status = SyncStatus.FAILED
    elif import_report.cancelled:
        status = SyncStatus.CANCELLED
    else:
        status = SyncStatus.OK
    report = SyncReport(
        account=account.name,
        status=status,
        fetched=import_report.imported,
        duplicates=import_report.duplicates,
        quarantined=import_report.quarantined,
        folders=tuple(folders),
        seconds=time.monotonic() - started,
        problem=problem,
        cause=cause,
        missing_folders=tuple(missing),
    )
    states = {p.folder.name: (p.uidvalidity, p.on_server) for p in plans}
    return Outcome(report, import_report, states)


def run(
    engine: Engine,
    connection: Connection,
    plans: Sequence[FolderPlan],
    *,
    gmail: bool,
    progress: ProgressSink | None,
    cancel: threading.Event,
    workers: int | None,
    notes: FetchNotes,
) -> tuple[ImportReport, str, imap.Cause | None]:
    """Fetches and stores the planned messages: the import report, and the problem that
    ended it early with its cause ("" and None if none); what the server would not hand
    over is noted in ``notes``."""
    from correspondence_app.importers import pipeline

    tallies = [SourceTally(p.folder.path) for p in plans]
    total = sum(p.total_bytes for p in plans)
    started = time.monotonic()
    try:
        report = pipeline.import_items(
            engine,
            items(connection, plans, gmail=gmail, notes=notes),
            tallies,
            total,
            progress=progress,
            cancel=cancel,
            workers=workers,
        )
    except NETWORK_ERRORS as error:
        return _partial(tallies, started), imap.describe(error), imap.cause_of(error, begun=True)
    return report, "", None


def _partial(tallies: list[SourceTally], started: float) -> ImportReport:
    return ImportReport(
        imported=sum(t.imported for t in tallies),
        duplicates=sum(t.duplicates for t in tallies),
        quarantined=sum(t.quarantined for t in tallies),
        seconds=time.monotonic() - started,
        bytes_read=0,
        cancelled=False,
        sources=tuple(tallies),
    )
