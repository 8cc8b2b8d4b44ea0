# SPDX-License-Identifier: GPL-3.0-or-later
"""Read header fields: addresses, message ids, references, labels, subject, date, repair."""

from __future__ import annotations

import csv
import functools
import inspect
import re
from datetime import UTC, timedelta
from email.utils import getaddresses
from typing import TYPE_CHECKING

from correspondence_app.domain.message import AddressRole, DateSource, MailAddress
from correspondence_app.importers import charsets
from correspondence_app.importers.dates import newest_received_date, parse_date

if TYPE_CHECKING:
    from datetime import datetime

# Real threads cite a dozen ids; threading time grows with the square of a chain's length,
# so a hostile header with 100,000 ids would stall the import that threads it.
MAX_REFERENCES = 100
# Mail services send one message to a few hundred recipients at most; a field that lists
# 100,000 would cost the import a row (and a person) for each, and gigabytes of memory.
MAX_ADDRESSES_PER_ROLE = 1000
_ROLES = (
    ("from", AddressRole.FROM),
    ("to", AddressRole.TO),
    ("cc", AddressRole.CC),
    ("bcc", AddressRole.BCC),
    ("reply-to", AddressRole.REPLY_TO),
    ("sender", AddressRole.SENDER),
)
# Python 3.12.6+ rejects odd address lists unless told not to; older versions are lenient.
_LENIENT = {"strict": False} if "strict" in inspect.signature(getaddresses).parameters else {}
_ANGLE_ID = re.compile(r"<([^<>]*)>")
_COMMENT = re.compile(r"\([^()]*\)")
_ADDRESS_LIST = re.compile(r"[\s,;]+")
# An unquoted display name that is itself an address: quote it before parsing.
_BARE_ADDRESS_NAME = re.compile(r'(^|[,:])\s*([^,<>"():;]*@[^,<>"():;]*?)\s*<')
_ANY_WORD = re.compile(r"=\?[^?\s]*+\?[bBqQ]\?[^?]*+\?=")
_SPECIALS = re.compile(r'[\s,;<>@:"()\[\]\\]')
_STASHED_WORD = re.compile(r"=\?(\d+)\?=")

# Header repair: only run when compat32 ended the headers early.
_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n|$)")
_FIELD = re.compile(rb"[!-9;-~]+:")
_OBSOLETE_FIELD = re.compile(rb"([!-9;-~]+)[ \t]+:")
_KNOWN_FIELDS = frozenset(
    b"from to cc bcc subject date message-id received mime-version content-type reply-to "
    b"content-transfer-encoding in-reply-to references sender return-path delivered-to "
    b"x-mailer user-agent dkim-signature list-id x-received authentication-results".split()
)


def repair_header_block(raw: bytes) -> bytes | None:
    """Rebuild a header block that lost folding whitespace or uses obsolete "Name :" syntax.

    A stray line is folded into the previous field when that field is unfinished or
    well-known fields follow (issue84: folded lines lost their indent); dropped when
    only other fields follow (as mime4j does); otherwise it starts the body.
    """
    # Split lines as compat32 does (a lone CR ends a line too), up to the first blank line.
    lines: list[bytes] = []
    position = 0
    for match in _LINE.finditer(raw):
        line = match.group(0)
        content = line.rstrip(b"\r\n")
        if not content or content[:2] == b"--" or len(lines) >= 2000:
            break
        lines.append(line)
        position = match.end()
    rest = raw[position:]
    # Counts of (any, well-known) fields from each line to the end of the block.
    fields_after = [(0, 0)] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        field = _FIELD.match(lines[index]) or _OBSOLETE_FIELD.match(lines[index])
        is_known = field is not None and field.group(0)[:-1].strip().lower() in _KNOWN_FIELDS
        fields, known = fields_after[index + 1]
        fields_after[index] = (fields + (field is not None), known + is_known)
    block: list[bytes] = []
    changed = False
    for index, line in enumerate(lines):
        if _FIELD.match(line) or line[:1] in b" \t" or (index == 0 and line[:5] == b"From "):
            block.append(line)
            continue
        obsolete = _OBSOLETE_FIELD.match(line)
        if obsolete is not None:
            block.append(obsolete.group(1) + b":" + line[obsolete.end() :])
            changed = True
            continue
        fields, known = fields_after[index + 1]
        if block and (known >= 2 or _is_unfinished(block)):
            block.append(b" " + line)
        elif not fields:
            return b"".join([*block, *lines[index:], rest]) if changed else None
        changed = True
    return b"".join([*block, rest]) if changed else None


def _is_unfinished(block: list[bytes]) -> bool:
    start = len(block) - 1
    while start > 0 and block[start][:1] in b" \t":
        start -= 1
    field = b"".join(block[start:]).rstrip()
    return (
        field.count(b"<") > field.count(b">")
        or field.count(b"(") > field.count(b")")
        or field.count(b'"') % 2 == 1
        or field.endswith((b",", b";"))
    )


def decode_subject(values: list[str] | None, fallback: str | None) -> str:
    """The first Subject value decoded, its whitespace runs collapsed to single spaces."""
    if not values:
        return ""
    return " ".join(charsets.decode_header(values[0], fallback).split())


def first_message_id(values: list[str] | None) -> str:
    """The id in the first value's angle brackets, else the value; no comments or spaces."""
    if not values:
        return ""
    value = charsets.unfold(values[0])
    match = _ANGLE_ID.search(value)
    return _clean_id(match.group(1) if match else value)


def _clean_id(value: str) -> str:
    if "(" in value:
        value = _COMMENT.sub("", value)
    return "".join(charsets.decode_raw(value).split())


def reference_ids(values: list[str] | None) -> tuple[str, ...]:
    """The message ids in the References values, in order, without repeats: all of them
    up to MAX_REFERENCES, else the first (the thread's root) and the newest."""
    if not values:
        return ()
    ids: list[str] = []
    for value in values:
        found = _ANGLE_ID.findall(value)
        if not found:  # no angle brackets at all: take what looks like ids
            found = [token for token in value.split() if "@" in token]
        ids.extend(_clean_id(token) for token in found)
    unique = tuple(dict.fromkeys(token for token in ids if token))
    if len(unique) > MAX_REFERENCES:
        return (unique[0], *unique[1 - MAX_REFERENCES :])
    return unique


def addresses(
    headers: dict[str, list[str]], fallback: str | None
) -> tuple[tuple[AddressRole, MailAddress], ...]:
    """The addresses of every role's fields, lower-cased, each once per role, at most
    MAX_ADDRESSES_PER_ROLE of them."""
    found: list[tuple[AddressRole, MailAddress]] = []
    for header, role in _ROLES:
        seen: set[str] = set()
        for value in headers.get(header, ()):
            # Without "@" only a lone token ("MAILER-DAEMON") is an address, not a stray word.
            is_lone = len(value.split()) == 1
            for name, address in _split_addresses(charsets.decode_raw(value, fallback)):
                if len(seen) >= MAX_ADDRESSES_PER_ROLE:
                    break
                if " " in address.strip():  # "Big Bug bb@bug.com": the name was not quoted
                    words = address.split()
                    found_at = [word for word in words if "@" in word]
                    if len(found_at) == 1:
                        address = found_at[0]
                        name = name or " ".join(word for word in words if word != address)
                address = address.strip().strip("<>").strip().lower()
                if not address or ("@" not in address and not is_lone) or address in seen:
                    continue
                seen.add(address)
                name = " ".join(charsets.decode_words(name).split()).strip("\"' ")
                found.append((role, MailAddress(address, "" if name.lower() == address else name)))
    return tuple(found)


def _split_addresses(value: str) -> list[tuple[str, str]]:
    """getaddresses() on the still-encoded value, after fixing what trips it up."""
    value = charsets.unfold(value)
    simple = _simple_addresses(value)
    if simple is not None:
        return simple
    if not any(special in value for special in '<"('):
        # A bare list, possibly separated by spaces only, which getaddresses mangles.
        tokens = [token for token in _ADDRESS_LIST.split(value) if token]
        if tokens and all("@" in token for token in tokens):
            return [("", token) for token in tokens]
    words: list[str] = []
    if "=?" in value:
        # An encoded word with a literal comma or quote must not split the list.
        def stash(match: re.Match[str]) -> str:
            if not _SPECIALS.search(match.group(0)):
                return match.group(0)
            words.append(match.group(0))
            return f"=?{len(words) - 1}?="

        value = _ANY_WORD.sub(stash, value)
    value = _BARE_ADDRESS_NAME.sub(r'\1 "\2" <', value)
    pairs = getaddresses([value], **_LENIENT)
    if words:
        restore = functools.partial(_STASHED_WORD.sub, lambda m: words[int(m.group(1))])
        pairs = [(restore(name), address) for name, address in pairs]
    return pairs


# One "Name <address>" or '"Name" <address>' item without any of the characters that
# make address lists tricky; most mail is made of these.
_SIMPLE_ITEM = re.compile(
    r'\s*(?:"([^"\\,]*)"|([^",<>()\\;:@]*?))\s*<([^<>\s",;:()\\]+@[^<>\s",;:()\\]+)>\s*'
)


def _simple_addresses(value: str) -> list[tuple[str, str]] | None:
    """The common case without the slow general parser; None when the value needs it."""
    if "(" in value or "\\" in value:
        return None
    pairs = []
    for item in value.split(","):
        match = _SIMPLE_ITEM.fullmatch(item)
        if match is None:
            return None
        quoted, bare, address = match.groups()
        pairs.append((quoted if quoted is not None else bare, address))
    return pairs


def gmail_labels(values: list[str] | None, fallback: str | None) -> tuple[str, ...]:
    """The labels of X-Gmail-Labels (comma-separated, quoted when they hold a comma)."""
    if not values:
        return ()
    labels: list[str] = []
    for value in values:
        text = charsets.decode_header(value, fallback)
        try:
            fields = next(csv.reader([text], skipinitialspace=True, escapechar="\\"), [])
        except csv.Error:
            fields = text.split(",")
        labels.extend(label.strip() for label in fields)
    return tuple(dict.fromkeys(label for label in labels if label))


# How much later than its arrival a message's own date may be (clock drift, zones written
# wrongly) before the arrival time is trusted instead.
DATE_AHEAD_OF_RECEIVED = timedelta(days=1)
# How much earlier than the first server saw it a message's own date may be (a mail
# queued for days, a draft sent when the laptop was online again) before it is not trusted.
DATE_BEHIND_RECEIVED = timedelta(days=7)


def message_date(
    headers: dict[str, list[str]], fallback_date: datetime | None, fallback_source: DateSource
) -> tuple[datetime | None, int | None, DateSource]:
    """(date_at, offset in minutes, source): the Date field, newest Received, or the fallback.

    The Received fields tell the message's way: the oldest when a server first saw it (its
    sending), the newest its arrival in the mailbox. A Date field later than the arrival by
    more than a day, or earlier than the sending by more than seven days, was written by a
    clock that was wrong: the arrival is taken instead, so that a wrong clock never makes a
    new message look old, nor an old one recent. Old mail fetched again into another
    mailbox keeps its Date: its first servers saw it when it was written. A message without
    any Received field keeps its Date, however old.
    """
    received = [
        moment
        for value in headers.get("received", ())
        if (moment := newest_received_date([charsets.unfold(value)])) is not None
    ]
    for value in headers.get("date", ())[:1]:
        parsed = parse_date(charsets.unfold(value))
        if parsed is not None and _is_date_credible(parsed[0], received):
            return parsed[0], parsed[1], DateSource.HEADER
    if received:
        return max(received), None, DateSource.RECEIVED
    if fallback_date is not None:
        if fallback_date.tzinfo is None:  # callers mean UTC; never store a naive datetime
            fallback_date = fallback_date.replace(tzinfo=UTC)
        return fallback_date.astimezone(UTC), None, fallback_source
    return None, None, DateSource.NONE


def _is_date_credible(written: datetime, received: list[datetime]) -> bool:
    """Whether a Date fits the message's way through the servers (any date does without
    Received fields)."""
    if not received:
        return True
    return min(received) - DATE_BEHIND_RECEIVED <= written <= max(received) + DATE_AHEAD_OF_RECEIVED
