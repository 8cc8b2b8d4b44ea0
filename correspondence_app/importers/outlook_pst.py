# SPDX-License-Identifier: GPL-3.0-or-later
"""The mail of an Outlook data file (.pst, or an .ost, its offline twin), read with libpff
one item at a time and converted to RFC 822 messages: a file of several gigabytes is never
held in memory."""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pypff

from correspondence_app.importers.detect import PST_MAGIC
from correspondence_app.importers.outlook_classes import (
    ansi_code_page,
    charset_of_code_page,
    describe_class,
    is_mail_class,
)
from correspondence_app.importers.outlook_mime import Address, OutlookItem, Part, to_rfc822

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

# Folders above the user's own that the folder path leaves out, when the file does not
# say which one its top is (the message store's PR_IPM_SUBTREE_ENTRYID).
TECHNICAL_FOLDERS = frozenset(
    {
        "top of personal folders",
        "top of outlook data file",
        "top of information store",
        "root - mailbox",
        "root - public",
        "ipm_subtree",
    }
)
_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)  # where Windows FILETIME counts from
_UNICODE, _ANSI, _BINARY, _TIME = 0x1F, 0x1E, 0x102, 0x40
_BY_VALUE, _EMBEDDED, _WEB = 1, 5, 7
MAX_DEPTH = 10  # embedded items within embedded items
# The properties that say what an item is, read for its identity: its content, addresses
# and times, never what changes when it is read or moved (flags, sizes, folders).
_IDENTITY_TAGS = (
    0x001A, 0x0037, 0x0039, 0x007D, 0x0042, 0x0065, 0x0C1A, 0x0C1F, 0x0E02, 0x0E03, 0x0E04,
    0x0E06, 0x1000, 0x1009, 0x1013, 0x1035, 0x1039, 0x1042, 0x5D01, 0x5D02, 0x5D0A,
)  # fmt: skip
_RECIPIENT_TAGS = (0x0C15, 0x3001, 0x3003, 0x39FE)
_ATTACHMENT_TAGS = (0x3001, 0x3704, 0x3705, 0x3707, 0x370E, 0x3712, 0x3713)


@dataclass(frozen=True)
class PstItem:
    """An item of the file: a converted message, a message that could not be converted
    (problem: it goes to quarantine) or an item that is not mail (skipped)."""

    identifier: int  # the item's node id in the file: two equal messages stay two
    folder: str  # "Inbox/Botschaft"
    subject: str
    message_class: str
    raw: bytes = b""  # the RFC 822 message; with a problem, what could be read
    date: datetime | None = None  # sent, else delivered (UTC)
    problem: str = ""
    skipped: str = ""  # why it is not imported (not mail)
    # A digest of the item's properties as the file holds them (b"" with a problem): the
    # same item read again is known by it, however this application converts it then.
    identity: bytes = b""


def is_pst(head: bytes) -> bool:
    """Whether a file's first bytes are those of a .pst or .ost file."""
    return head.startswith(PST_MAGIC)


def iter_pst(path: Path) -> Iterator[PstItem]:
    """Every item of every folder, depth first, in the file's order; the file is closed
    when the walk ends or is abandoned. Raises OSError for a file libpff cannot open."""
    pst = pypff.file()
    try:
        pst.open(str(path))
    except OSError as error:
        raise OSError(f"not a readable Outlook data file ({_first_line(error)})") from error
    try:
        top = _ipm_subtree(pst)
        stack: list[tuple[Any, tuple[str, ...]]] = [(pst.get_root_folder(), ())]
        while stack:
            folder, names = stack.pop()
            where = "/".join(names)
            try:
                yield from _folder_items(folder, where)
                count = folder.number_of_sub_folders
                subfolders = [folder.get_sub_folder(i) for i in range(count)]
            except OSError as error:  # a damaged folder: the others are still read
                reason = f"folder cannot be read whole ({_first_line(error)})"
                yield PstItem(-1, where, where or "/", "", skipped=reason)
                continue
            for subfolder in reversed(subfolders):
                stack.append((subfolder, _path(names, subfolder, top)))
    finally:
        pst.close()


def _path(parent: tuple[str, ...], folder: Any, top: int | None) -> tuple[str, ...]:
    if top is not None and folder.identifier == top:
        return ()
    name = " ".join(str(folder.name or "").split())
    if not parent and (not name or name.lower() in TECHNICAL_FOLDERS):
        return ()
    return (*parent, name.replace("/", "\u2215"))  # a "/" in a name is not a level


def _ipm_subtree(pst: Any) -> int | None:
    """The node id of the top of the user's folders, as the message store names it."""
    try:
        store = pst.get_message_store()
        entry_id = _properties(store).get(0x35E0)
    except OSError:
        return None
    if entry_id is None or not entry_id[1] or len(entry_id[1]) < 24:
        return None
    return int.from_bytes(entry_id[1][-4:], "little")


def _folder_items(folder: Any, path: str) -> Iterator[PstItem]:
    for index in range(folder.number_of_sub_messages):
        try:
            message = folder.get_sub_message(index)
        except OSError as error:
            note = f"item {index + 1} of folder {path or '/'} cannot be read"
            yield PstItem(-1, path, "", "", note.encode(), problem=f"{note} ({_first_line(error)})")
            continue
        yield _pst_item(message, path)


def _pst_item(message: Any, path: str) -> PstItem:
    identifier = int(message.identifier)
    try:
        properties = _properties(message)
        strings = _Strings(properties)
        message_class = strings.get(0x001A)
        subject = _subject(strings.get(0x0037))
        date = _time(properties, 0x0039) or _time(properties, 0x0E06)
    except (OSError, ValueError) as error:
        note = f"Outlook item {identifier} in {path or '/'}"
        return PstItem(identifier, path, "", "", note.encode(), problem=_problem(error))
    if not is_mail_class(message_class):
        return PstItem(
            identifier, path, subject, message_class, skipped=describe_class(message_class)
        )
    identity = _Identity(properties)
    try:
        raw = to_rfc822(_outlook_item(message, properties, strings, 0, identity))
    except Exception as error:  # the quarantine boundary: libpff or a body that will not convert
        raw = _salvage(message, properties, strings)
        return PstItem(identifier, path, subject, message_class, raw, date, _problem(error))
    return PstItem(identifier, path, subject, message_class, raw, date, identity=identity.digest)


def _problem(error: BaseException) -> str:
    return f"Outlook item cannot be converted ({type(error).__name__}: {_first_line(error)})"[:200]


def _first_line(error: BaseException) -> str:
    """libpff's reason, shortly: its messages name each function on the way down
    ("pypff_file_open: unable to open file. libpff_file_header_read_data: unsupported
    content type: 0x0000. ..."); the first that says more than "unable to ..." is the
    cause."""
    line = (str(error).strip().splitlines() or [type(error).__name__])[0]
    said = [
        found.group(1).strip()
        for found in _LIBPFF_STEP.finditer(line)
        if not found.group(1).strip().startswith("unable to")
    ]
    return (said[0] if said else line)[:160]


# "libpff_file_header_read_data: mismatch in file header checksum ( 0 != 2142077979 )."
_LIBPFF_STEP = re.compile(r"\b(?:py|lib)pff_\w+: (.*?)(?:\.(?= |$)|$)")


# Properties --------------------------------------------------------------------------------
def _properties(item: Any) -> dict[int, tuple[int, bytes | None]]:
    """Property id -> (value type, data) of the item's first record set."""
    if not item.number_of_record_sets:
        return {}
    record_set = item.get_record_set(0)
    found: dict[int, tuple[int, bytes | None]] = {}
    for index in range(record_set.number_of_entries):
        entry = record_set.get_entry(index)
        found.setdefault(int(entry.entry_type), (int(entry.value_type), entry.data))
    return found


class _Identity:
    """A digest of an item as the file holds it: chosen properties of the item, its
    recipients and its attachments, byte for byte, with each attachment's content. It
    depends on nothing this application makes of them."""

    def __init__(self, properties: dict[int, tuple[int, bytes | None]]) -> None:
        self._hash = hashlib.sha256(b"outlook item 1\0")
        self.add(b"item", properties, _IDENTITY_TAGS)

    def add(
        self, section: bytes, properties: dict[int, tuple[int, bytes | None]], tags: tuple[int, ...]
    ) -> None:
        self._hash.update(section + b"\0")
        for tag in tags:
            value_type, data = properties.get(tag, (0, None))
            if data is not None:
                self._hash.update(struct.pack("<IIQ", tag, value_type, len(data)) + data)

    def add_content(self, data: bytes) -> None:
        self._hash.update(struct.pack("<Q", len(data)) + hashlib.sha256(data).digest())

    @property
    def digest(self) -> bytes:
        return self._hash.digest()


class _Strings:
    """String properties, Unicode or in the item's ANSI code page."""

    def __init__(self, properties: dict[int, tuple[int, bytes | None]]) -> None:
        self._properties = properties
        code_page = _integer(properties, 0x3FFD) or ansi_code_page(
            _integer(properties, 0x3FF1), _integer(properties, 0x3FDE)
        )
        self.codec = f"cp{code_page}"

    def get(self, tag: int) -> str:
        value_type, data = self._properties.get(tag, (0, None))
        if not data:
            return ""
        if value_type == _UNICODE:
            return data.decode("utf-16-le", "replace").rstrip("\x00")
        if value_type == _ANSI:
            try:
                return data.rstrip(b"\x00").decode(self.codec, "replace")
            except LookupError:
                return data.rstrip(b"\x00").decode("cp1252", "replace")
        return ""


def _integer(properties: dict[int, tuple[int, bytes | None]], tag: int) -> int | None:
    value_type, data = properties.get(tag, (0, None))
    if value_type not in (0x02, 0x03, 0x0B) or not data:
        return None
    return int.from_bytes(data[:4], "little", signed=True)


def _time(properties: dict[int, tuple[int, bytes | None]], tag: int) -> datetime | None:
    value_type, data = properties.get(tag, (0, None))
    if value_type != _TIME or not data or len(data) < 8:
        return None
    moment = _EPOCH + timedelta(microseconds=int.from_bytes(data[:8], "little") // 10)
    return moment if 1971 <= moment.year <= 9000 else None  # 4501-01-01 means "none"


def _subject(subject: str) -> str:
    """Without the marker (\\x01 and the prefix length) some stores put in front."""
    return subject[2:] if subject[:1] == "\x01" else subject


# The item ----------------------------------------------------------------------------------
def _outlook_item(
    message: Any,
    properties: dict[int, tuple[int, bytes | None]],
    strings: _Strings,
    depth: int,
    identity: _Identity | None = None,
) -> OutlookItem:
    html_type, html = properties.get(0x1013, (0, None))
    if html_type == _UNICODE and html:
        html, html_charset = strings.get(0x1013).encode("utf-8"), "utf-8"
    else:
        html_charset = charset_of_code_page(_integer(properties, 0x3FDE))
    plain_type = properties.get(0x1000, (0, None))[0]
    recipients = _recipients(message, identity)
    parts, omitted = _attachments(message, depth, identity)
    return OutlookItem(
        transport_headers=strings.get(0x007D),
        subject=_subject(strings.get(0x0037)),
        sender=_sender(strings),
        to=recipients[1],
        cc=recipients[2],
        bcc=recipients[3],
        date=_time(properties, 0x0039) or _time(properties, 0x0E06),
        message_id=strings.get(0x1035),
        in_reply_to=strings.get(0x1042),
        references=strings.get(0x1039),
        text=strings.get(0x1000) if plain_type in (_UNICODE, _ANSI) else None,
        html=html if html_type in (_BINARY, _UNICODE) and html else None,
        html_charset=html_charset,
        rtf=_rtf(message) if 0x1009 in properties else None,
        parts=parts,
        omitted=omitted,
    )


def _sender(strings: _Strings) -> Address | None:
    """Who sent it (PR_SENT_REPRESENTING, else PR_SENDER); an Exchange-only sender gets the
    Internet address of the item's creator, the same person in a mailbox's own mail."""
    name = strings.get(0x0042) or strings.get(0x0C1A)
    tags = (0x5D02, 0x0065, 0x5D01, 0x0C1F, 0x5D0A)
    found = next((a for a in map(strings.get, tags) if "@" in a), "")
    return Address(name, found) if name or found else None


def _address(strings: _Strings, name: int, smtp: int, email: int) -> Address | None:
    found = next((a for a in (strings.get(smtp), strings.get(email)) if "@" in a), "")
    display = strings.get(name)
    return Address(display, found) if display or found else None


def _recipients(message: Any, identity: _Identity | None) -> dict[int, tuple[Address, ...]]:
    found: dict[int, list[Address]] = {1: [], 2: [], 3: []}
    recipients = message.recipients
    for index in range(recipients.number_of_record_sets if recipients is not None else 0):
        record_set = recipients.get_record_set(index)
        properties = {
            int(e.entry_type): (int(e.value_type), e.data)
            for e in (record_set.get_entry(i) for i in range(record_set.number_of_entries))
        }
        if identity is not None:
            identity.add(b"recipient", properties, _RECIPIENT_TAGS)
        strings = _Strings(properties)
        role = (_integer(properties, 0x0C15) or 1) & 0x0F
        address = _address(strings, 0x3001, 0x39FE, 0x3003)
        if address is not None and role in found:
            found[role].append(address)
    return {role: tuple(addresses) for role, addresses in found.items()}


def _rtf(message: Any) -> bytes | None:
    try:
        body = message.get_rtf_body()
    except OSError:
        return None  # a damaged compressed RTF: the other bodies still say it
    return bytes(body) if body else None


def _attachments(
    message: Any, depth: int, identity: _Identity | None
) -> tuple[tuple[Part, ...], tuple[str, ...]]:
    parts: list[Part] = []
    omitted: list[str] = []
    for index in range(message.number_of_attachments):
        attachment = message.get_attachment(index)
        properties = _properties(attachment)
        if identity is not None:
            identity.add(b"attachment", properties, _ATTACHMENT_TAGS)
        strings = _Strings(properties)
        name = strings.get(0x3707) or strings.get(0x3704) or strings.get(0x3001)
        method = _integer(properties, 0x3705) or _BY_VALUE
        if method == _EMBEDDED:
            part = _embedded(attachment, name, depth + 1, identity)
            if part is None:
                omitted.append(f"{name or index + 1}: an embedded Outlook item libpff cannot read")
            else:
                parts.append(part)
            continue
        if method == _WEB:
            omitted.append(
                f"{name or index + 1}: a link to {strings.get(0x3713) or 'a file online'}"
            )
            continue
        size = attachment.size or 0
        data = bytes(attachment.read_buffer(size)) if size else b""
        if identity is not None:
            identity.add_content(data)
        hidden = properties.get(0x7FFE, (0, None))[1]
        content_id = strings.get(0x3712).strip().strip("<>")
        parts.append(
            Part(
                filename=name,
                content_type=strings.get(0x370E),
                data=data,
                content_id=content_id,
                is_inline=bool(content_id) and bool(hidden and any(hidden)),
            )
        )
    return tuple(parts), tuple(omitted)


def _embedded(attachment: Any, name: str, depth: int, identity: _Identity | None) -> Part | None:
    """The item embedded in an attachment as a message/rfc822 part, where libpff offers it
    (its Python binding reads the embedded item of few files)."""
    if depth >= MAX_DEPTH:
        return None
    for index in range(attachment.number_of_sub_items or 0):
        item = attachment.get_sub_item(index)
        if isinstance(item, pypff.message):
            properties = _properties(item)
            strings = _Strings(properties)
            inner = _Identity(properties) if identity is not None else None
            converted = to_rfc822(_outlook_item(item, properties, strings, depth, inner))
            if identity is not None and inner is not None:
                identity.add_content(inner.digest)
            title = name or _subject(strings.get(0x0037)) or "message"
            return Part(
                f"{title.removesuffix('.msg')}.eml", "message/rfc822", converted, is_message=True
            )
    return None


def _salvage(
    message: Any, properties: dict[int, tuple[int, bytes | None]], strings: _Strings
) -> bytes:
    """What could be read of an item that would not convert: its header fields and bodies."""
    chunks = [strings.get(0x007D).encode("utf-8", "replace")]
    for tag in (0x1000, 0x1013):
        value_type, data = properties.get(tag, (0, None))
        if data:
            chunks.append(
                strings.get(tag).encode("utf-8") if value_type in (_UNICODE, _ANSI) else data
            )
    salvaged = b"\r\n\r\n".join(chunk for chunk in chunks if chunk)
    return salvaged or f"Outlook item {message.identifier}: nothing could be read".encode()
