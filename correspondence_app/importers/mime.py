# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the raw bytes of one message into a ParsedMessage, robustly and fast."""

from __future__ import annotations

import binascii
import functools
import hashlib
import io
import mimetypes
import re
from dataclasses import dataclass
from email.errors import MissingHeaderBodySeparatorDefect
from email.feedparser import BytesFeedParser
from email.generator import BytesGenerator
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import TYPE_CHECKING

from correspondence_app.domain.message import (
    DateSource,
    MessageRejected,
    ParsedAttachment,
    ParsedMessage,
)
from correspondence_app.importers import charsets
from correspondence_app.importers.detect import UTF8_BOM, utf16_codec
from correspondence_app.importers.headers import (
    addresses,
    decode_subject,
    first_message_id,
    gmail_labels,
    message_date,
    reference_ids,
    repair_header_block,
)
from correspondence_app.importers.html_text import html_to_text

if TYPE_CHECKING:
    from datetime import datetime
    from email.message import Message

__all__ = ["MAX_DEPTH", "MAX_HTML_BYTES", "MAX_PARTS", "html_to_text", "parse_message"]

MAX_DEPTH = 50
MAX_PARTS = 1000
MAX_HTML_BYTES = 5 * 1024 * 1024
_MAX_DEFECTS = 20
FEED_BYTES = 64 * 1024

# policy.default would decode for us but is 3.5x slower; we decode on top of compat32.
_HEADER_PARSER = BytesHeaderParser(policy=compat32)
_DEFECT_NOTES = {
    "CloseBoundaryNotFoundDefect": "missing closing boundary",
    "StartBoundaryNotFoundDefect": "missing start boundary",
    "MissingHeaderBodySeparatorDefect": "missing blank line after a header block",
    "FirstHeaderLineIsContinuationDefect": "first header line is a continuation",
    "MisplacedEnvelopeHeaderDefect": "misplaced mbox From line",
    "NoBoundaryInMultipartDefect": "multipart without boundary",
    "MultipartInvariantViolationDefect": "multipart without parts",
    "InvalidMultipartContentTransferEncodingDefect": "transfer encoding on a multipart",
}
_UU_ENCODINGS = frozenset({"x-uuencode", "uuencode", "x-uue", "uue"})
_PART_FIELDS = frozenset(
    {"content-type", "content-disposition", "content-transfer-encoding", "content-id"}
)
_CONTENT_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
_BASE64_TEXT = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r\n"
# Types Python's table lacks or names oddly, for generated file names.
_EXTENSIONS = {
    "text/calendar": ".ics",
    "message/rfc822": ".eml",
    "message/delivery-status": ".txt",
    "application/pgp-signature": ".asc",
    "application/pgp-encrypted": ".pgp",
    "application/pkcs7-signature": ".p7s",
    "application/x-pkcs7-signature": ".p7s",
    "application/pkcs7-mime": ".p7m",
    "application/x-pkcs7-mime": ".p7m",
}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_PATH_SEPARATORS = re.compile(r"[/\\]+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class _Leaf:
    """A leaf part with its MIME fields read once from the raw header values."""

    part: Message
    number: int  # 1-based position among the leaves, for generated file names
    in_related: bool
    content_type: str
    params: dict[str, charsets.Param]
    disposition: str
    disposition_params: dict[str, charsets.Param]
    transfer_encoding: str
    content_id: str

    @property
    def filename(self) -> charsets.Param | None:
        return self.disposition_params.get("filename") or self.params.get("name") or None

    @property
    def charset(self) -> str | None:
        label = self.params.get("charset")
        return label if isinstance(label, str) else None


def parse_message(
    raw: bytes,
    *,
    fallback_date: datetime | None = None,
    fallback_source: DateSource = DateSource.NONE,
) -> ParsedMessage:
    """Parse one RFC 822 message; raises MessageRejected(reason) for anything to quarantine.

    Rejected: empty or whitespace-only input; input with neither a header field nor
    a body; binary data without headers (an Outlook file, say); MIME nesting deeper
    than MAX_DEPTH or more than MAX_PARTS parts; an HTML body over MAX_HTML_BYTES;
    anything the parser cannot survive; text without any header field (mime4j's
    "noheader" messages, a README). The date falls back from the Date header to the newest Received
    date, then to fallback_date with fallback_source.
    """
    if not raw or raw.isspace():
        raise MessageRejected("empty message")
    try:
        return _parse(raw, fallback_date, fallback_source)
    except MessageRejected:
        raise
    except RecursionError:
        raise MessageRejected("MIME structure nested too deeply to parse") from None
    except MemoryError:
        raise MessageRejected("message too large to parse in memory") from None
    except Exception as error:  # the quarantine boundary: any parser bug becomes a reason
        raise MessageRejected(f"unparseable: {type(error).__name__}: {error}"[:200]) from error


# Control characters that no text has; text may have a tab, line ends, a form feed, and
# the shifts and escapes of ISO-2022 (Japanese, Korean) mail.
_NOT_TEXT = bytes(sorted(set(range(32)) - set(b"\t\n\x0c\r\x0e\x0f\x1b")))


def _is_binary(head: bytes) -> bool:
    """A NUL, or more than 1 % control characters: a file, not a text, also after a mail
    server replaced its NULs (as Dovecot does with 0x80) and its line ends."""
    if b"\x00" in head:
        return True
    return (len(head) - len(head.translate(None, _NOT_TEXT))) * 100 > len(head)


def _parse(
    raw: bytes, fallback_date: datetime | None, fallback_source: DateSource
) -> ParsedMessage:
    message, raw, notes = _message_tree(raw)
    headers: dict[str, list[str]] = {}
    for name, value in message.raw_items():
        headers.setdefault(name.strip().lower(), []).append(str(value))
    if not headers:
        body = _raw_payload(message)
        if not body.strip():
            raise MessageRejected("no header fields and no body")
        if _is_binary(body[:4096]):
            raise MessageRejected("binary data without headers, not a mail message")
        # A README, a mail program's index file or a headerless fragment: kept whole in
        # quarantine where a person can look at it, not passed off as a message.
        raise MessageRejected("no mail header fields (text only)")
    leaves, structure_notes = _collect_leaves(message)
    notes.extend(structure_notes)
    fallback = _raw_header_charset(headers, leaves)
    linesep = _line_separator(raw)
    text, html, attachments = _bodies(leaves, fallback, linesep, notes)
    date_at, offset, source = message_date(headers, fallback_date, fallback_source)
    return ParsedMessage(
        message_id=first_message_id(headers.get("message-id")),
        date_at=date_at,
        date_offset_minutes=offset,
        date_source=source,
        subject=decode_subject(headers.get("subject"), fallback),
        addresses=addresses(headers, fallback),
        in_reply_to=first_message_id(headers.get("in-reply-to")),
        references=reference_ids(headers.get("references")),
        text=text,
        html=html,
        attachments=attachments,
        labels=gmail_labels(headers.get("x-gmail-labels"), fallback),
        defects=tuple(dict.fromkeys(notes))[:_MAX_DEFECTS],
    )


def parsed(raw: bytes) -> Message:
    """The message tree, parsed as BytesParser parses it, fed in pieces: BytesParser reads
    the whole message from a StringIO, which holds 4 bytes a character. A message of 135
    MB took 830 MB that way, and takes 190 MB so."""
    parser = BytesFeedParser(policy=compat32)
    for start in range(0, len(raw), FEED_BYTES):
        parser.feed(raw[start : start + FEED_BYTES])
    return parser.close()


def _message_tree(raw: bytes) -> tuple[Message, bytes, list[str]]:
    """The message parsed, the bytes parsed, and what was mended on the way."""
    notes: list[str] = []
    # A text editor's byte order mark is no part of the message; a message saved as UTF-16
    # text (as Windows' Notepad and PowerShell save files) is read as the same text in UTF-8.
    # The original is kept as it was found either way.
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM) :]
    elif codec := utf16_codec(raw):  # it looks at the first 256 bytes: no head copied
        raw = raw.decode(codec, errors="replace").encode("utf-8")
        notes.append("saved as UTF-16 text")
    # Leading blank lines or an indented first field would otherwise lose the first header.
    raw = raw.lstrip(b" \t\r\n")
    # A file whose CRLF line ends were converted once more ("\r\r\n", as a transfer in
    # text mode does) would end its header block after the first field.
    first_line_end = raw.find(b"\n")
    if first_line_end > 1 and raw[first_line_end - 2 : first_line_end] == b"\r\r":
        raw = raw.replace(b"\r\r\n", b"\r\n")
        notes.append("line ends converted twice (CR CR LF)")
    message = parsed(raw)
    if any(isinstance(d, MissingHeaderBodySeparatorDefect) for d in message.defects):
        repaired = repair_header_block(raw)
        if repaired is not None:
            message = parsed(repaired)
            notes.append("malformed header block repaired")
    return message, raw, notes


def _line_separator(raw: bytes) -> str:
    return "\r\n" if b"\r\n" in raw[:4096] else "\n"


def part_contents(raw: bytes) -> dict[str, bytes]:
    """The content of every part of the message as the import decodes an attachment's, by
    SHA-256: where an attachment is found again (storage.attachment_store), whichever parts
    a later version counts as attachments. Empty for a message that cannot be parsed."""
    try:
        message, raw, _ = _message_tree(raw)
        leaves, _ = _collect_leaves(message)
        linesep = _line_separator(raw)
        found = {}
        for leaf in leaves:
            content, _ = _leaf_content(leaf, linesep, [])
            found[hashlib.sha256(content).hexdigest()] = content
    except Exception:  # as parse_message: whatever the parser cannot survive
        return {}
    return found


def _collect_leaves(message: Message) -> tuple[list[_Leaf], list[str]]:
    """Walk the MIME tree without recursion, enforcing the depth and part limits."""
    leaves: list[_Leaf] = []
    notes: list[str] = []
    parts = 0
    # (part, depth, inside multipart/related, inside an attached message)
    stack: list[tuple[Message, int, bool, bool]] = [(message, 0, False, False)]
    while stack:
        part, depth, related, attached = stack.pop()
        if depth > MAX_DEPTH:
            raise MessageRejected(f"MIME nesting deeper than {MAX_DEPTH} levels")
        payload = getattr(part, "_payload", None)
        if not isinstance(payload, list) and part.get_content_maintype() == "multipart":
            reparsed = _reparse_folded_boundary(part)
            if reparsed is not None:
                part, payload = reparsed, getattr(reparsed, "_payload", None)
                notes.append("folded boundary parameter")
        if not attached:
            notes.extend(_defect_note(type(defect).__name__) for defect in part.defects)
        if not isinstance(payload, list):
            if not attached:
                leaves.append(_describe(part, len(leaves) + 1, related))
            continue
        parts += len(payload)
        if parts > MAX_PARTS:
            raise MessageRejected(f"more than {MAX_PARTS} MIME parts")
        is_multipart = part.get_content_maintype() == "multipart"
        if not is_multipart and not attached:  # message/rfc822 and friends stay whole
            leaves.append(_describe(part, len(leaves) + 1, related))
        inner_related = related or part.get_content_subtype() == "related"
        for child in reversed(payload):
            if hasattr(child, "get_payload"):
                stack.append((child, depth + 1, inner_related, attached or not is_multipart))
    return leaves, notes


def _reparse_folded_boundary(part: Message) -> Message | None:
    """Parse a multipart again whose boundary was folded over two lines inside its quotes."""
    value = next((str(v) for k, v in part.raw_items() if k.lower() == "content-type"), "")
    if "\n" not in value:
        return None
    content_type = charsets.original_bytes(charsets.unfold(value))
    reparsed = parsed(b"Content-Type: " + content_type + b"\n\n" + _raw_payload(part))
    return reparsed if isinstance(getattr(reparsed, "_payload", None), list) else None


def _describe(part: Message, number: int, in_related: bool) -> _Leaf:
    fields: dict[str, str] = {}
    for name, value in part.raw_items():
        key = name.strip().lower()
        if key in _PART_FIELDS and key not in fields:
            fields[key] = charsets.unfold(str(value))
    main_type, params = charsets.split_params(fields.get("content-type", ""))
    match = _CONTENT_TYPE.match(main_type)
    disposition, disposition_params = charsets.split_params(fields.get("content-disposition", ""))
    encoding = fields.get("content-transfer-encoding", "").split(";", 1)[0]
    return _Leaf(
        part=part,
        number=number,
        in_related=in_related,
        content_type=match.group(0) if match else part.get_default_type(),
        params=params,
        disposition=disposition,
        disposition_params=disposition_params,
        transfer_encoding=encoding.strip().strip("\"'").lower(),
        content_id=charsets.decode_raw(fields.get("content-id", "").strip().strip("<>").strip()),
    )


def _raw_payload(part: Message) -> bytes:
    # get_payload() re-decodes 8-bit text with the declared charset and loses bytes.
    payload = getattr(part, "_payload", None)
    if isinstance(payload, bytes):
        return payload
    return charsets.original_bytes(payload) if isinstance(payload, str) else b""


@functools.lru_cache(maxsize=64)
def _defect_note(name: str) -> str:
    if name in _DEFECT_NOTES:
        return _DEFECT_NOTES[name]
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", name.removesuffix("Defect"))
    return words.lower()


def _raw_header_charset(headers: dict[str, list[str]], leaves: list[_Leaf]) -> str | None:
    """The charset for raw 8-bit header bytes that are not UTF-8, judged once per message."""
    eight_bit = [value for values in headers.values() for value in values if not value.isascii()]
    if not eight_bit:
        return None
    data = b" ".join(charsets.original_bytes(value) for value in eight_bit)
    if charsets.is_utf8(data):
        return None
    # Senders of raw headers mostly use their body charset: try the first one declared.
    label = next((leaf.charset for leaf in leaves if leaf.charset), None)
    codec = charsets.codec_for(label) if label else None
    if (
        codec is not None
        and charsets.is_single_byte(codec)
        and not charsets.decode_text(data, codec)[1]
    ):
        return codec
    return charsets.detect_charset(data)


def _bodies(
    leaves: list[_Leaf], fallback: str | None, linesep: str, notes: list[str]
) -> tuple[str, str, tuple[ParsedAttachment, ...]]:
    text_leaf: _Leaf | None = None
    html_leaf: _Leaf | None = None
    others: list[_Leaf] = []
    for leaf in leaves:
        kind = _body_kind(leaf)
        if kind == "text/plain" and text_leaf is None:
            text_leaf = leaf
        elif kind == "text/html" and html_leaf is None:
            html_leaf = leaf
        else:
            others.append(leaf)
    if text_leaf is None and html_leaf is None:
        # No body at all: an inline text part with a file name is what clients display.
        for leaf in others:
            if leaf.content_type in ("text/plain", "text/html") and leaf.disposition == "inline":
                others.remove(leaf)
                if leaf.content_type == "text/plain":
                    text_leaf = leaf
                else:
                    html_leaf = leaf
                break
    html = ""
    if html_leaf is not None:
        data = _transfer_decode(html_leaf, notes)
        if len(data) > MAX_HTML_BYTES:
            raise MessageRejected("HTML part larger than 5 MB")
        html = _decode_body(data, html_leaf.charset or _meta_charset(data), notes)
    text = ""
    if text_leaf is not None:
        text = _decode_body(_transfer_decode(text_leaf, notes), text_leaf.charset, notes)
    if html and not text.strip():  # some senders add an empty plain part to HTML mail
        text = html_to_text(html)
    attachments = []
    for leaf in others:
        attachment = _attachment(leaf, fallback, linesep, html, notes)
        if attachment is not None:
            attachments.append(attachment)
    return text, html, tuple(attachments)


def _body_kind(leaf: _Leaf) -> str:
    """Which body the part can be: "text/plain", "text/html", or "" for none."""
    if leaf.content_type.startswith("multipart/"):
        return "text/plain"  # a multipart without boundary: its text is all there is
    if leaf.content_type not in ("text/plain", "text/html"):
        return ""
    if leaf.disposition == "attachment" or leaf.filename is not None:
        return ""
    return leaf.content_type


def _decode_body(data: bytes, label: str | None, notes: list[str]) -> str:
    text, note = charsets.decode_text(data, label)
    if note:
        notes.append(note)
    return text.replace("\r\n", "\n")


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data, 0, 4096)
    return match.group(1).decode("ascii") if match else None


def _transfer_decode(leaf: _Leaf, notes: list[str]) -> bytes:
    data = _raw_payload(leaf.part)
    encoding = leaf.transfer_encoding
    if encoding == "base64":
        if len(data.translate(None, _BASE64_TEXT)) > len(data) // 20 + 8:
            notes.append("base64 part that is not base64 kept as it is")
            return data
        return charsets.decode_base64(data)
    if encoding == "quoted-printable":
        return binascii.a2b_qp(data)
    if encoding in _UU_ENCODINGS:
        return _decode_uu(data)
    return data  # 7bit, 8bit, binary and every broken value alike


def _decode_uu(data: bytes) -> bytes:
    decoded: list[bytes] = []
    inside = False
    for line in data.splitlines():
        if not inside:
            inside = line.startswith(b"begin ")
        elif line.strip() == b"end":
            break
        elif line.strip() not in (b"", b"`"):
            try:
                decoded.append(binascii.a2b_uu(line))
            except binascii.Error:
                # Some encoders pad lines with junk: decode just the declared length.
                size = (((line[0] - 32) & 63) * 4 + 5) // 3
                try:
                    decoded.append(binascii.a2b_uu(line[:size]))
                except binascii.Error:
                    return data
    return b"".join(decoded) if inside else data


def _leaf_content(leaf: _Leaf, linesep: str, notes: list[str]) -> tuple[bytes, bool]:
    """The part's content as an attachment holds it, and whether it was rebuilt from its
    parsed form (an attached message) rather than decoded from the original's bytes."""
    payload = getattr(leaf.part, "_payload", None)
    if isinstance(payload, list):
        return _attached_message_bytes(leaf, payload, linesep), True
    return _transfer_decode(leaf, notes), False


def _attachment(
    leaf: _Leaf, fallback: str | None, linesep: str, html: str, notes: list[str]
) -> ParsedAttachment | None:
    content, rebuilt = _leaf_content(leaf, linesep, notes)
    raw_name = leaf.filename
    if not content and raw_name is None:
        return None  # an empty part left by a stray boundary is not an attachment
    name = _safe_filename(charsets.decode_param(raw_name, fallback)) if raw_name else ""
    if not name and leaf.content_type in ("message/rfc822", "message/global"):
        subject = _HEADER_PARSER.parsebytes(content).get_all("subject")
        title = decode_subject([str(s) for s in subject], fallback) if subject else ""
        name = _safe_filename(_PATH_SEPARATORS.sub("_", title))[:120] or f"message-{leaf.number}"
        name += ".eml"
    if not name:
        name = f"part-{leaf.number}{_extension(leaf.content_type)}"
    content_id = leaf.content_id
    referenced = bool(content_id) and (leaf.in_related or f"cid:{content_id}" in html)
    return ParsedAttachment(
        filename=name,
        content_type=leaf.content_type,
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        is_inline=leaf.disposition == "inline" or referenced,
        content_id=content_id,
        rebuilt=rebuilt,
    )


class _AsParsedGenerator(BytesGenerator):
    """Writes header fields as they were parsed, their line breaks made the message's.

    compat32 passes each field through email.header to fold it, which takes time growing
    with the square of the field's words: minutes for a field of 1 MB.
    """

    def _write_headers(self, msg: Message) -> None:
        linesep = self.policy.linesep if self.policy is not None else "\n"
        for name, value in msg.raw_items():
            self.write(f"{name}: {linesep.join(_LINE_BREAK.split(str(value)))}{linesep}")
        self.write(linesep)

    def _handle_multipart(self, msg: Message) -> None:
        """A multipart whose boundary never came is text to compat32: written as it was
        parsed. The standard generator asks for it with get_payload(), which decodes its
        8-bit bytes with the charset and fails to write the replacement characters."""
        payload = getattr(msg, "_payload", None)
        if isinstance(payload, str):
            self.write(payload)
            return
        super()._handle_multipart(msg)  # type: ignore[misc]  # private in typeshed


def _attached_message_bytes(leaf: _Leaf, payload: list[Message], linesep: str) -> bytes:
    """Regenerate an attached message (compat32 parsed it) from its parsed form."""
    chunks = []
    for inner in payload:
        buffer = io.BytesIO()
        _AsParsedGenerator(buffer, mangle_from_=False).flatten(inner, linesep=linesep)
        chunks.append(buffer.getvalue())
    data = linesep.encode("ascii").join(chunks)
    if leaf.transfer_encoding == "base64":
        return charsets.decode_base64(data)
    if leaf.transfer_encoding == "quoted-printable":
        return binascii.a2b_qp(data)
    return data


def _safe_filename(name: str) -> str:
    """Keep the last path component and drop control characters."""
    name = _PATH_SEPARATORS.split(_UNSAFE_NAME.sub(" ", name))[-1]
    name = " ".join(name.split())
    if name in (".", ".."):
        return ""
    if len(name) > 200:
        stem, dot, extension = name.rpartition(".")
        name = f"{stem[:190]}.{extension[:9]}" if dot and len(extension) < 10 else name[:200]
    return name


@functools.cache
def _mime_types() -> mimetypes.MimeTypes:
    return mimetypes.MimeTypes()  # Python's built-in table: the same on every platform


@functools.lru_cache(maxsize=256)
def _extension(content_type: str) -> str:
    if content_type in _EXTENSIONS:
        return _EXTENSIONS[content_type]
    extension = _mime_types().guess_extension(content_type)
    return extension or (".txt" if content_type.startswith("text/") else ".bin")
