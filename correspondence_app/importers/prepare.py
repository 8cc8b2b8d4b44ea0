# SPDX-License-Identifier: GPL-3.0-or-later
"""The work done in import worker processes: parse, compress, and shape for storage."""

from __future__ import annotations

import dataclasses
import hashlib

from correspondence_app.domain.message import MessageRejected, ParsedAttachment
from correspondence_app.importers.attachment_text import extract_text
from correspondence_app.importers.mime import parse_message
from correspondence_app.importers.outlook import OutlookError, msg_to_rfc822
from correspondence_app.importers.prepared import (
    Converted,
    Job,
    PreparedAttachment,
    PreparedMessage,
    Rejected,
)
from correspondence_app.search.documents import SearchFields, index_row, message_language
from correspondence_app.storage.compression import PART, compress


def prepare(job: Job) -> PreparedMessage | Rejected:
    compression, original = compress(job.raw)
    if job.problem:
        return Rejected(job.problem, compression, original)
    raw, converted = job.raw, None
    if job.kind == "outlook":
        # The .msg stays the original; the message converted from it is what is shown,
        # searched and exported, stored beside it.
        try:
            raw = msg_to_rfc822(job.raw)
        except OutlookError as error:
            return Rejected(str(error), compression, original)
        converted = Converted(hashlib.sha256(raw).hexdigest(), len(raw), *compress(raw))
    try:
        message = parse_message(
            raw, fallback_date=job.fallback_date, fallback_source=job.fallback_source
        )
    except MessageRejected as rejection:  # parse_message turns every failure into this
        return Rejected(rejection.reason, compression, original)
    attachments = tuple(_prepared(part) for part in message.attachments)
    fields = SearchFields.of(
        message.subject,
        message.addresses,
        message.text,
        (part.filename for part in attachments),
        (part.text for part in attachments),
        (job.folder, *message.labels, *job.labels),
    )
    language = message_language(fields)
    return PreparedMessage(
        dataclasses.replace(message, attachments=()),
        attachments,
        compression,
        original,
        language,
        index_row(fields, language),
        converted,
    )


def _prepared(part: ParsedAttachment) -> PreparedAttachment:
    """The attachment as stored. One decoded from the original is kept in the original
    only: its blob holds no bytes of its own (see storage.attachment_store), so none are
    compressed or sent to the writer. One rebuilt from its parsed form (an attached
    message) keeps its bytes: a later Python's mail parser, rebuilding it otherwise, would
    no longer find it in the original."""
    compression, data = compress(part.content, part.content_type) if part.rebuilt else (PART, b"")
    return PreparedAttachment(
        filename=part.filename,
        content_type=part.content_type,
        sha256=part.sha256,
        size_bytes=len(part.content),
        compression=compression,
        data=data,
        is_inline=part.is_inline,
        content_id=part.content_id,
        text=extract_text(part.filename, part.content_type, part.content),
    )


def prepare_many(jobs: list[Job]) -> list[PreparedMessage | Rejected]:
    """One round trip to a worker process for several messages."""
    return [prepare(job) for job in jobs]
