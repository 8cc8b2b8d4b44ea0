# SPDX-License-Identifier: GPL-3.0-or-later
"""Outlook files: a .msg converted to an RFC 822 message (with extract-msg), and the mail
of a .pst or .ost file (with libpff, in :mod:`outlook_pst`)."""

from __future__ import annotations

import functools
import logging
from datetime import UTC, datetime
from typing import Any

from correspondence_app.importers.detect import OLE2_MAGIC
from correspondence_app.importers.outlook_classes import (
    ansi_code_page,
    charset_of_code_page,
    describe_class,
    is_mail_class,
)
from correspondence_app.importers.outlook_mime import Address, OutlookItem, Part, to_rfc822
from correspondence_app.importers.outlook_pst import PstItem, is_pst, iter_pst

__all__ = ["OutlookError", "PstItem", "is_pst", "iter_pst", "msg_to_rfc822"]

# extract-msg logs every oddity of every file as a warning: the reasons it raises are ours
# to report, the rest is noise on the command line.
logging.getLogger("extract_msg").setLevel(logging.CRITICAL)

MAX_DEPTH = 10  # embedded items within embedded items
MIN_OLE2_BYTES = 1536  # a header and one sector: the smallest OLE2 file
_SMIME_CLASS = "ipm.note.smime"
_SIGNED_CLASS = "ipm.note.smime.multipartsigned"


class OutlookError(ValueError):
    """An Outlook file that cannot be converted; the message is a short English reason."""


def msg_to_rfc822(data: bytes) -> bytes:
    """An Outlook .msg file as an RFC 822 message, the same bytes on every call.

    Raises OutlookError for what is not a mail item (a contact, a calendar item: it says
    which) and for a file extract-msg cannot read (damaged, truncated, not a .msg).
    """
    if not data.startswith(OLE2_MAGIC):
        raise OutlookError("not an Outlook .msg file (no OLE2 signature)")
    if len(data) < MIN_OLE2_BYTES:  # olefile would take so few bytes for a file name
        raise OutlookError(f"truncated Outlook file ({len(data)} bytes)")
    msg = _open(data)
    try:
        message_class = str(msg.classType or "")
        if not message_class.strip():  # extract-msg opens any OLE2 file
            raise OutlookError("not an Outlook message (an OLE2 file of another kind)")
        if not is_mail_class(message_class):
            raise OutlookError(f"Outlook item: {describe_class(message_class)}")
        return to_rfc822(_item(msg, 0))
    except OutlookError:
        raise
    except RecursionError:
        raise OutlookError("Outlook message nested too deeply to read") from None
    except Exception as error:  # the conversion boundary: extract-msg reads hostile files
        raise OutlookError(_reason(error)) from error
    finally:
        msg.close()


@functools.cache
def _extract_msg() -> Any:
    """extract-msg, imported with the first .msg: an import's parser processes without
    Outlook files are 16 MB smaller each without it."""
    import extract_msg

    return extract_msg


def _lenient() -> Any:
    """Attachments that cannot be read are left out of the conversion (the .msg keeps them),
    so are RTF bodies that cannot be unwrapped; a damaged file is an error."""
    behaviour = _extract_msg().enums.ErrorBehavior
    return behaviour.ATTACH_SUPPRESS_ALL | behaviour.RTFDE | behaviour.NAMED_NAME_STREAM


def _open(data: bytes) -> Any:
    """The .msg opened by extract-msg; ANSI strings that do not name their code page are
    read in the one of the author's locale (extract-msg would take ISO-8859-15)."""
    extract_msg = _extract_msg()
    try:
        msg = extract_msg.openMsg(data, strict=False, errorBehavior=_lenient())
        if msg.areStringsUnicode or "3FFD0003" in msg.props:
            return msg
        code_page = ansi_code_page(msg.getPropertyVal("3FF10003"), msg.getPropertyVal("3FDE0003"))
        msg.close()
        return extract_msg.openMsg(
            data, strict=False, errorBehavior=_lenient(), overrideEncoding=f"cp{code_page}"
        )
    except extract_msg.exceptions.InvalidFileFormatError as error:
        raise OutlookError(f"not an Outlook message file: {error}"[:200]) from error
    except Exception as error:  # a damaged file makes extract-msg fail in many ways
        raise OutlookError(_reason(error)) from error


def _reason(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return f"damaged or unreadable Outlook file ({type(error).__name__}: {text})"[:200]


def _item(msg: Any, depth: int) -> OutlookItem:
    message_class = str(msg.classType or "").strip().lower()
    signed_body = None
    if message_class.startswith(_SMIME_CLASS) and hasattr(msg, "rawAttachments"):
        # An S/MIME item's one attachment is its MIME body (signed) or its encrypted
        # smime.p7m: taken as stored, not as extract-msg unwraps it, the signature holds.
        attachments = list(msg.rawAttachments)
        signed = message_class.startswith(_SIGNED_CLASS) and len(attachments) == 1
        if signed and isinstance(attachments[0].data, bytes):
            signed_body = attachments[0].data
    else:
        attachments = list(msg.attachments)
    parts, omitted = _parts(attachments, depth)
    html = msg.getStream("__substg1.0_10130102")
    if html is None and (text_html := msg.getStringStream("__substg1.0_1013")) is not None:
        html = text_html.encode("utf-8")
        html_charset = "utf-8"
    else:
        html_charset = charset_of_code_page(msg.getPropertyVal("3FDE0003"))
    recipients: dict[int, list[Address]] = {1: [], 2: [], 3: []}
    for recipient in msg.recipients:
        role = int(recipient.type) & 0x0F
        address = _address(recipient.name, recipient.smtpAddress, recipient.email)
        if address is not None and role in recipients:
            recipients[role].append(address)
    return OutlookItem(
        transport_headers=msg.headerText or "",
        subject=_string(msg, "0037"),
        sender=_sender(msg),
        to=tuple(recipients[1]),
        cc=tuple(recipients[2]),
        bcc=tuple(recipients[3]),
        date=_time(msg.getPropertyVal("00390040")) or _time(msg.getPropertyVal("0E060040")),
        message_id=_string(msg, "1035"),
        in_reply_to=_string(msg, "1042"),
        references=_string(msg, "1039"),
        text=msg.getStringStream("__substg1.0_1000"),
        html=html,
        html_charset=html_charset,
        rtf=msg.rtfBody,
        parts=parts,
        omitted=omitted,
        signed_body=signed_body,
    )


def _parts(attachments: list[Any], depth: int) -> tuple[tuple[Part, ...], tuple[str, ...]]:
    parts: list[Part] = []
    omitted: list[str] = []
    for number, attachment in enumerate(attachments, 1):
        name = str(
            attachment.longFilename
            or attachment.shortFilename
            or getattr(attachment, "displayName", None)
            or ""
        )
        kind = attachment.type
        kinds = _extract_msg().enums.AttachmentType
        if kind is kinds.MSG:
            if depth + 1 >= MAX_DEPTH:
                omitted.append(f"{name or number}: embedded items nested too deeply")
                continue
            try:
                embedded = attachment.data
                converted = to_rfc822(_item(embedded, depth + 1))
            except Exception as error:  # one unreadable embedded item leaves the rest readable
                omitted.append(f"{name or number}: embedded item cannot be read ({_reason(error)})")
                continue
            title = name or _string(embedded, "0037") or "message"
            parts.append(Part(_eml_name(title), "message/rfc822", converted, is_message=True))
        elif kind is kinds.WEB:
            omitted.append(f"{name or number}: a link to {attachment.url or 'a file online'}")
        elif isinstance(data := attachment.data, bytes):
            content_id = str(attachment.contentId or "").strip().strip("<>")
            parts.append(
                Part(
                    filename=name,
                    content_type=str(attachment.mimetype or ""),
                    data=data,
                    content_id=content_id,
                    is_inline=bool(content_id) and bool(attachment.hidden),
                )
            )
        else:
            omitted.append(f"{name or number}: cannot be read ({kind.name.lower()})")
    return tuple(parts), tuple(omitted)


def _eml_name(title: str) -> str:
    stem = title[:-4] if title.lower().endswith((".msg", ".eml")) else title
    return f"{stem}.eml"


def _string(msg: Any, tag: str) -> str:
    """A string property (Unicode or ANSI, extract-msg finds which)."""
    value = msg.getStringStream(f"__substg1.0_{tag}")
    return str(value) if value else ""


def _sender(msg: Any) -> Address | None:
    """Who sent it (PR_SENT_REPRESENTING, else PR_SENDER); an Exchange-only sender gets the
    Internet address of the item's creator, the same person in a mailbox's own mail."""
    name = _string(msg, "0042") or _string(msg, "0C1A")
    tags = ("5D02", "0065", "5D01", "0C1F", "5D0A")
    found = next((a for a in (_string(msg, tag) for tag in tags) if "@" in a), "")
    return Address(name, found) if name or found else None


def _address(name: str | None, smtp: str | None, email: str | None) -> Address | None:
    address = smtp if smtp and "@" in smtp else (email if email and "@" in email else "")
    if not (name or address):
        return None
    return Address(str(name or ""), str(address))


def _time(value: object) -> datetime | None:
    if not isinstance(value, datetime) or value.year < 1971 or value.year > 9000:
        return None  # Outlook writes 4501-01-01 for "none"
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
