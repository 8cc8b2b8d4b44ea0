# SPDX-License-Identifier: GPL-3.0-or-later
"""An Outlook item (a .msg file or an item of a .pst) written as an RFC 822 message.

The same item always gives the same bytes: boundaries come from a hash of the content,
no time of conversion is written, and the header fields keep one order. The import
finds copies by the SHA-256 of these bytes.
"""

from __future__ import annotations

import functools
import hashlib
import mimetypes
import re
from dataclasses import dataclass
from email.message import MIMEPart
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from typing import TYPE_CHECKING

from correspondence_app.importers.rtf import rtf_body

if TYPE_CHECKING:
    from datetime import datetime

CRLF = b"\r\n"
# Header fields the conversion writes itself, from the parts it writes.
_REGENERATED = re.compile(r"(?i)content-|mime-version$")
_FIELD_NAME = re.compile(r"[!-9;-~]+")
_CONTENT_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]+")
_HEADERS_PREFIX = "Microsoft Mail Internet Headers Version 2.0"


@dataclass(frozen=True)
class Address:
    name: str
    address: str  # "" when Outlook kept no Internet address (an Exchange-only one)

    def formatted(self) -> str:
        name, address = _valid(self.name.strip()), _valid(self.address.strip())
        if name.strip("'\"").lower() == address.lower():
            name = ""  # Outlook's display name is often the address again, quoted
        if "@" in address:
            return formataddr((name, address))
        return formataddr((name or address, ""))


@dataclass(frozen=True)
class Part:
    """An attachment; an embedded Outlook item comes as its own RFC 822 message."""

    filename: str
    content_type: str
    data: bytes
    content_id: str = ""
    is_inline: bool = False
    is_message: bool = False  # data is a converted embedded item: written as message/rfc822


@dataclass(frozen=True)
class OutlookItem:
    """What the conversion needs of an Outlook item, read by the .msg or the .pst reader."""

    transport_headers: str = ""  # PR_TRANSPORT_MESSAGE_HEADERS, as the server delivered them
    subject: str = ""
    sender: Address | None = None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    bcc: tuple[Address, ...] = ()
    date: datetime | None = None  # sent (client submit) time, else delivery time; UTC
    message_id: str = ""
    in_reply_to: str = ""
    references: str = ""
    text: str | None = None
    html: bytes | None = None
    html_charset: str = ""  # MIME charset of html; "" when unknown
    rtf: bytes | None = None  # decompressed
    parts: tuple[Part, ...] = ()
    omitted: tuple[str, ...] = ()  # attachments that could not be read, described
    signed_body: bytes | None = None  # a signed item's whole MIME body (multipart/signed)


def to_rfc822(item: OutlookItem) -> bytes:
    """The item as an RFC 822 message: its transport headers (or fields built from its
    properties), its bodies as text/plain and text/html, its attachments."""
    if item.signed_body is not None and item.signed_body.lstrip()[:13].lower() == b"content-type:":
        entity = item.signed_body.lstrip()
        if not entity.endswith(b"\n"):
            entity += CRLF
    else:
        entity = _entity(item)
    return _header_block(item) + b"MIME-Version: 1.0" + CRLF + entity


# Header fields -----------------------------------------------------------------------------
def _header_block(item: OutlookItem) -> bytes:
    fields = _transport_fields(item.transport_headers)
    present = {name.lower() for name, _ in fields}
    lines = [value for _, value in fields]
    generated = [
        ("From", item.sender.formatted() if item.sender else ""),
        ("To", ", ".join(a.formatted() for a in item.to)),
        ("Cc", ", ".join(a.formatted() for a in item.cc)),
        ("Bcc", ", ".join(a.formatted() for a in item.bcc) if not fields else ""),
        ("Subject", item.subject),
        ("Date", format_datetime(item.date) if item.date else ""),
        ("Message-ID", _ids(item.message_id, first=True)),
        ("In-Reply-To", _ids(item.in_reply_to, first=True)),
        ("References", _ids(item.references)),
    ]
    for name, value in generated:
        if value.strip() and name.lower() not in present:
            lines.append(_fold(name, _valid(value)))
    if item.omitted:
        lines.extend(_fold("X-Outlook-Omitted-Attachment", _valid(t)) for t in item.omitted)
    return b"".join(line.encode("utf-8", "replace") for line in lines)


def _valid(text: str) -> str:
    """Without lone surrogates (broken UTF-16 in a property), which no charset can write."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _transport_fields(headers: str) -> list[tuple[str, str]]:
    """(name, field with its folded lines and CRLF) of the transport headers, up to the first
    blank line, without the MIME fields (the conversion writes its own)."""
    text = headers.lstrip("\ufeff\r\n")
    if text.startswith(_HEADERS_PREFIX):
        text = text[len(_HEADERS_PREFIX) :].lstrip("\r\n")
    fields: list[tuple[str, list[str]]] = []
    for line in re.split(r"\r\n|\r|\n", text):
        if not line.strip():
            break
        if line[0] in " \t":
            if fields:
                fields[-1][1].append(line)
            continue
        name, colon, _ = line.partition(":")
        if not colon or not _FIELD_NAME.fullmatch(name.rstrip()):
            break  # not a header block after all: what came before is kept
        fields.append((name.strip(), [line]))
    return [
        (name, "".join(f"{line}\r\n" for line in lines))
        for name, lines in fields
        if not _REGENERATED.match(name)
    ]


def _fold(name: str, value: str) -> str:
    value = _CONTROLS.sub(" ", value).strip()
    if name in ("Message-ID", "In-Reply-To", "References"):
        return _fold_words(name, value)
    try:
        return str(SMTP.fold(name, value))
    except Exception:  # the header registry chokes on some odd values: write them unparsed
        return _fold_words(name, value.encode("ascii", "replace").decode("ascii"))


def _fold_words(name: str, value: str) -> str:
    lines, line = [], f"{name}:"
    for word in value.split():
        if len(line) + 1 + len(word) > 78 and line != f"{name}:":
            lines.append(line)
            line = ""
        line += f" {word}"
    return "\r\n".join([*lines, line]) + "\r\n"


def _ids(value: str, *, first: bool = False) -> str:
    """Message-IDs in angle brackets; a bare one gets them."""
    found = _MESSAGE_ID.findall(value)
    if not found and value.strip() and " " not in value.strip():
        found = [f"<{value.strip().strip('<>')}>"]
    return found[0] if first and found else " ".join(found)


# Bodies and attachments --------------------------------------------------------------------
def _entity(item: OutlookItem) -> bytes:
    """Content fields and body: the bodies (alternative), pictures the HTML shows
    (related) and the other attachments (mixed)."""
    text, html, html_charset = item.text, item.html, item.html_charset
    if not html and item.rtf:
        kind, content = rtf_body(item.rtf)
        if kind == "html":
            html, html_charset = content.encode("utf-8"), "utf-8"
        elif kind == "text" and not (text or "").strip():
            text = content
    bodies = []
    if text is not None and (text.strip() or not html):
        bodies.append(_text_part(text, "plain"))
    if html:
        bodies.append(_html_part(html, html_charset))
    if not bodies:
        bodies.append(_text_part("", "plain"))
    body = bodies[0] if len(bodies) == 1 else _multipart("alternative", bodies)
    shown = html.decode("latin-1") if html else ""
    related = [p for p in item.parts if p.content_id and f"cid:{p.content_id}" in shown]
    if related:
        body = _multipart("related", [body, *(_attachment(p) for p in related)])
    shown_ids = {id(p) for p in related}
    others = [p for p in item.parts if id(p) not in shown_ids]
    if others:
        body = _multipart("mixed", [body, *(_attachment(p) for p in others)])
    return body


def _text_part(text: str, subtype: str) -> bytes:
    part = MIMEPart(policy=SMTP)
    part.set_content(_valid(text.replace("\x00", "")), subtype=subtype, charset="utf-8")
    return part.as_bytes()


def _html_part(html: bytes, charset: str) -> bytes:
    """The HTML in the charset Outlook wrote it in; bytes that charset does not decode
    are kept as they are (base64), their charset left to the HTML's own <meta>."""
    html = html.rstrip(b"\x00")
    part = MIMEPart(policy=SMTP)
    try:
        decoded = html.decode(charset or "utf-8")
        if charset.startswith("utf-16"):  # not a charset mail can carry
            charset = "utf-8"
        part.set_content(decoded, subtype="html", charset=charset or "utf-8")
    except (LookupError, UnicodeError):
        part = MIMEPart(policy=SMTP)
        part.set_content(html, "text", "html")
    return part.as_bytes()


def _attachment(part: Part) -> bytes:
    if part.is_message:
        return _message_part(part)
    main, sub = _content_type(part).split("/", 1)
    entity = MIMEPart(policy=SMTP)
    entity.set_content(
        part.data,
        main,
        sub,
        disposition="inline" if part.is_inline else "attachment",
        filename=_clean(part.filename) or None,
        cid=f"<{part.content_id}>" if part.content_id else None,
    )
    return entity.as_bytes()


def _message_part(part: Part) -> bytes:
    """An embedded item, unencoded as RFC 2046 asks of message/rfc822."""
    fields = MIMEPart(policy=SMTP)
    fields["Content-Type"] = "message/rfc822"
    fields["Content-Transfer-Encoding"] = "8bit" if not part.data.isascii() else "7bit"
    name = _clean(part.filename)
    if name:
        fields.add_header("Content-Disposition", "attachment", filename=name)
    head = b"".join(SMTP.fold_binary(name, value) for name, value in fields.items())
    data = part.data if part.data.endswith(b"\n") else part.data + CRLF
    return head + CRLF + data


def _content_type(part: Part) -> str:
    """The declared type if it is one, else the one of the file name's extension. An
    attached .eml file stays a file (application/octet-stream, base64): a message/rfc822
    part may not be base64, and only base64 keeps every byte of it."""
    declared: str | None = part.content_type.strip().lower().split(";", 1)[0].strip()
    if not _CONTENT_TYPE.fullmatch(declared or ""):
        declared, _ = _mime_types().guess_type(part.filename or "", strict=False)
    if not declared or declared.startswith(("multipart/", "message/")):
        return "application/octet-stream"
    return declared


@functools.cache
def _mime_types() -> mimetypes.MimeTypes:
    return mimetypes.MimeTypes()  # Python's own table: the same on every machine


def _clean(name: str) -> str:
    """A file name without control characters (a line break would end the header)."""
    return _CONTROLS.sub(" ", name).strip()


def _multipart(subtype: str, children: list[bytes]) -> bytes:
    boundary = _boundary(subtype, children)
    chunks = [f'Content-Type: multipart/{subtype};\r\n boundary="{boundary}"\r\n\r\n'.encode()]
    delimiter = f"--{boundary}".encode("ascii")
    for child in children:
        chunks += [delimiter, CRLF, child, CRLF]
    chunks += [delimiter, b"--", CRLF]
    return b"".join(chunks)


def _boundary(subtype: str, children: list[bytes]) -> str:
    """A boundary from a hash of the parts: the same parts give the same message."""
    digest = hashlib.sha256(subtype.encode("ascii"))
    for child in children:
        digest.update(hashlib.sha256(child).digest())
    for attempt in range(100):
        boundary = f"----=_Part_{digest.hexdigest()[:32]}"
        if not any(boundary.encode("ascii") in child for child in children):
            return boundary
        digest.update(attempt.to_bytes(2, "big"))
    raise ValueError("no boundary found that the parts do not contain")
