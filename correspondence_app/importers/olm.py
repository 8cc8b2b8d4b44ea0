# SPDX-License-Identifier: GPL-3.0-or-later
"""Outlook for Mac's archive (``.olm``): a ZIP holding, for each account, one XML file per
message under ``com.microsoft.__Messages/<folder>/`` and the attachments as files of their
own, which the XML names. Outlook for Mac exports only this.

An archive unpacked into a folder is read the same way, message file by message file.

Each message is written as an RFC 822 message with the conversion of Outlook's other files
(importers.outlook_mime): the same message always gives the same bytes. Its identity is the
XML it was read from, so a later, better conversion still knows it. Contacts, calendars,
notes and tasks are not mail and are not read.
"""

from __future__ import annotations

import hashlib
import html
import re
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from defusedxml import DefusedXmlException  # type: ignore[import-untyped,unused-ignore]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped,unused-ignore]

from correspondence_app.domain.message import DateSource
from correspondence_app.importers.base import RawItem
from correspondence_app.importers.outlook_mime import Address, OutlookItem, Part, to_rfc822
from correspondence_app.importers.packed_members import MAX_MESSAGE_BYTES

if TYPE_CHECKING:
    from collections.abc import Callable
    from xml.etree.ElementTree import Element

MESSAGES = "com.microsoft.__Messages"
ATTACHMENTS = "com.microsoft.__Attachments"
_MESSAGE_FILE = re.compile(r"message_\d+\.xml", re.IGNORECASE)
# What an archive holds at its top: its accounts' mail, "On My Computer", its categories
_ARCHIVE_TOPS = frozenset({"Accounts", "Local", "Categories.xml"})
MAX_ATTACHMENTS = 1_000  # the import quarantines a message of more parts
_ADDRESS_FIELDS = {
    "to": "OPFMessageCopyToAddresses",
    "cc": "OPFMessageCopyCCAddresses",
    "bcc": "OPFMessageCopyBCCAddresses",
}


# Why a message file of the archive goes to the quarantine (as its XML)
DAMAGED = "an Outlook for Mac message file that is damaged or cut short ({where})"
ENTITIES = "an Outlook for Mac message file that declares XML entities: not read, to be safe"
NO_MESSAGE = "an Outlook for Mac file without a message in it"
EMPTY = "an Outlook for Mac message with no sender, subject or text"


class OlmMessageError(ValueError):
    """An OLM message file that cannot be read as a message: why (one of the reasons
    above)."""


def message_folder(name: str) -> tuple[str, str] | None:
    """(account, folder) of a message file of the archive ("Accounts/k@example.de/
    com.microsoft.__Messages/Inbox/Botschaft/message_00012.xml" gives ("k@example.de",
    "Inbox/Botschaft")); None for any other member."""
    if MESSAGES not in name:  # asked of every file an import reads: the quick answer first
        return None
    parts = PurePosixPath(name).parts
    if MESSAGES not in parts[:-1] or not _MESSAGE_FILE.fullmatch(parts[-1]):
        return None
    at = parts.index(MESSAGES)
    account = parts[at - 1] if at >= 1 and parts[at - 2 : at - 1] == ("Accounts",) else ""
    return account, "/".join(parts[at + 1 : -1])


def folder_name(account: str, folder: str, *, several_accounts: bool) -> str:
    """The folder a message is imported under: the account's name in front when the
    archive holds several accounts, whose Inboxes would otherwise be one."""
    return f"{account}/{folder}" if several_accounts and account else folder


def converted(
    xml: bytes, attachment: Callable[[str], bytes | None]
) -> tuple[bytes, datetime | None, str]:
    """(raw, date, problem): the converted message and its date, or the XML itself, no
    date, and why it goes to the quarantine."""
    try:
        raw, date = convert(xml, attachment)
    except OlmMessageError as error:
        return xml, None, str(error)
    except Exception as error:  # whatever the XML holds, it is kept in the quarantine
        return xml, None, f"Outlook item cannot be converted ({repr(error)[:200]})"
    return raw, date, ""


def raw_item(
    xml: bytes,
    attachment: Callable[[str], bytes | None],
    *,
    location: str,
    folder: str,
    source_index: int,
    offset: int = -1,
) -> RawItem:
    """The message of a message file (converted, or its XML with the problem) as the import
    reads it, known again by its XML."""
    raw, date, problem = converted(xml, attachment)
    return RawItem(
        raw=raw,
        kind="olm",
        location=location,
        offset=offset,
        folder=folder,
        fallback_date=date,
        fallback_source=DateSource.ENVELOPE if date else DateSource.NONE,
        source_index=source_index,
        problem=problem,
        identity=identity(xml),
    )


def root_of(name: str) -> str | None:
    """Where the archive's own paths (its attachments' URLs) start, for the path of one of
    its message files: what comes before "Accounts/<account>/" or "Local/" ("" at the top
    of the .olm); None for a path that is no message file."""
    if MESSAGES not in name:  # asked of every member of every ZIP: the quick answer first
        return None
    parts = PurePosixPath(name).parts
    if MESSAGES not in parts[:-1]:
        return None
    at = parts.index(MESSAGES)
    top = at - 2 if at >= 2 and parts[at - 2] == "Accounts" else at - 1
    return str(PurePosixPath(*parts[:top])) if top >= 1 else ""


def belongs(name: str, roots: set[str]) -> bool:
    """Whether a member of a ZIP is part of the archive whose roots are ``roots`` (its
    accounts, attachments, contacts and calendars), not a file zipped beside it."""
    for root in roots:
        if not root:
            inside = name
        elif name.startswith(root + "/"):
            inside = name[len(root) + 1 :]
        else:
            continue
        if inside.split("/", 1)[0] in _ARCHIVE_TOPS:
            return True
    return False


def archive_root(path: Path) -> Path | None:
    """The folder an archive was unpacked into, for a message file in it."""
    root = root_of(path.as_posix())
    return Path(root) if root else None


def unpacked_attachment(root: Path, url: str) -> bytes | None:
    """The file an attachment's URL names in an unpacked archive, if it lies inside it and
    fits in a message."""
    try:
        target = (root / url.lstrip("/")).resolve()
        if not target.is_relative_to(root.resolve()) or not target.is_file():
            return None
        if target.stat().st_size > MAX_MESSAGE_BYTES:
            return None
        return target.read_bytes()
    except (OSError, ValueError):
        return None


def identity(xml: bytes) -> bytes:
    """What knows the message again however it is converted: the XML it was read from."""
    return hashlib.sha256(b"olm\0" + xml).digest()


def convert(xml: bytes, attachment: Callable[[str], bytes | None]) -> tuple[bytes, datetime | None]:
    """The message of an OLM message file as RFC 822 bytes, and its date (sent, else
    received; UTC). ``attachment`` gives the bytes of the member an attachment names, None
    if the archive lacks it. Raises OlmMessageError for XML that holds no message."""
    try:
        root = fromstring(xml)
    except DefusedXmlException as error:  # entities, a DTD, external references
        raise OlmMessageError(ENTITIES) from error
    except Exception as error:  # expat's ParseError: not well-formed, cut short
        line, column = getattr(error, "position", (0, 0))
        where = f"line {line}, column {column}" if line else _first_line(error)
        raise OlmMessageError(DAMAGED.format(where=where)) from error
    email = root if _local(root.tag) == "email" else _child(root, "email")
    if email is None:
        raise OlmMessageError(NO_MESSAGE)
    fields = {_local(child.tag): child for child in email}
    text = _text(fields, "OPFMessageCopyBody")
    markup = _text(fields, "OPFMessageCopyHTMLBody")
    if markup.lstrip().startswith("&lt;"):  # escaped twice, as some versions write it
        markup = html.unescape(markup)
    date = _time(_text(fields, "OPFMessageCopySentTime")) or _time(
        _text(fields, "OPFMessageCopyReceivedTime")
    )
    senders = _addresses(fields.get("OPFMessageCopyFromAddresses")) or _addresses(
        fields.get("OPFMessageCopySenderAddress")
    )
    parts, omitted = _attachments(fields.get("OPFMessageCopyAttachmentList"), attachment)
    item = OutlookItem(
        subject=_text(fields, "OPFMessageCopySubject"),
        sender=senders[0] if senders else None,
        to=_addresses(fields.get(_ADDRESS_FIELDS["to"])),
        cc=_addresses(fields.get(_ADDRESS_FIELDS["cc"])),
        bcc=_addresses(fields.get(_ADDRESS_FIELDS["bcc"])),
        date=date,
        message_id=_message_id(_text(fields, "OPFMessageCopyMessageID")),
        in_reply_to=_message_id(_text(fields, "OPFMessageCopyInReplyTo")),
        references=_text(fields, "OPFMessageCopyReferences"),
        text=text or None,
        html=markup.encode() if markup else None,
        html_charset="utf-8" if markup else "",
        parts=parts,
        omitted=omitted,
    )
    if not (text or markup or parts or item.subject or item.sender):
        raise OlmMessageError(EMPTY)
    return to_rfc822(item), date


def _attachments(
    listed: Element | None, attachment: Callable[[str], bytes | None]
) -> tuple[tuple[Part, ...], tuple[str, ...]]:
    """The attachments the message names, read from the archive while they fit in a
    message (MAX_MESSAGE_BYTES, MAX_ATTACHMENTS); the others are described as omitted."""
    parts: list[Part] = []
    omitted: list[str] = []
    size = 0
    entries = [
        e for e in (listed if listed is not None else ()) if _local(e.tag) == "messageAttachment"
    ]
    for entry in entries:
        name = _value(entry, "OPFAttachmentName") or "attachment"
        if size > MAX_MESSAGE_BYTES or len(parts) >= MAX_ATTACHMENTS:
            omitted.append(f"{name} (not read: the message is too large)")
            continue
        url = _value(entry, "OPFAttachmentURL")
        data = attachment(url) if url else None
        if data is None:
            omitted.append(f"{name} (missing or unreadable in the .olm file)")
            continue
        size += len(data)
        content_id = _value(entry, "OPFAttachmentContentID").strip("<>")
        parts.append(
            Part(
                filename=name,
                content_type=_value(entry, "OPFAttachmentContentType")
                or "application/octet-stream",
                data=data,
                content_id=content_id,
                is_inline=bool(content_id) and _value(entry, "OPFAttachmentIsInline") != "0",
            )
        )
    return tuple(parts), tuple(omitted)


def _addresses(listed: Element | None) -> tuple[Address, ...]:
    """The addresses of an address list: ``emailAddress`` elements whose name and address
    are attributes (as Outlook writes them) or child elements."""
    if listed is None:
        return ()
    found = []
    for entry in listed.iter():
        if _local(entry.tag) != "emailAddress":
            continue
        address = _value(entry, "OPFContactEmailAddressAddress")
        name = _value(entry, "OPFContactEmailAddressName")
        if address or name:
            found.append(Address(name, address))
    return tuple(found)


def _value(entry: Element, name: str) -> str:
    """An attribute of ``entry``, else the text of its child of that name."""
    for key, value in entry.attrib.items():
        if _local(key) == name:
            return value.strip()
    child = _child(entry, name)
    return (child.text or "").strip() if child is not None else ""


def _child(element: Element, name: str) -> Element | None:
    return next((child for child in element if _local(child.tag) == name), None)


def _text(fields: dict[str, Element], name: str) -> str:
    element = fields.get(name)
    return "".join(element.itertext()).strip() if element is not None else ""


def _local(tag: str) -> str:
    """A tag or attribute name without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _time(text: str) -> datetime | None:
    """Outlook for Mac writes times as "2024-03-01T09:30:00", in UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):  # no date, or one UTC cannot hold ("0001-01-01+14:00")
        return None


def _message_id(text: str) -> str:
    """A Message-ID in angle brackets, as the field writes it (Outlook keeps it without)."""
    text = text.strip()
    if not text or " " in text:
        return text
    return text if text.startswith("<") else f"<{text}>"


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0][:200]
