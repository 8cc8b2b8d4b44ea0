# SPDX-License-Identifier: GPL-3.0-or-later
"""Tells mail formats apart by content, never by file name extension."""

from __future__ import annotations

import bz2
import lzma
import re
import zlib
from typing import TYPE_CHECKING

from correspondence_app.importers.apple_mail import is_emlx
from correspondence_app.importers.base import FileFormat

if TYPE_CHECKING:
    from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PST_MAGIC = b"!BDN"  # .pst and .ost files
GZIP_MAGIC = b"\x1f\x8b"
XZ_MAGIC = b"\xfd7zXZ\x00"
# bzip2: "BZh", the block size, and the first block's magic (pi's digits)
BZIP2_MAGIC = re.compile(rb"BZh[1-9]1AY&SY")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # a ZIP's first member, or an empty ZIP
HEAD_BYTES = 4096

# A "From " separator line: "From sender date" where the date has a time or a year.
FROM_LINE = re.compile(rb"^From \S*\s.*(\d{1,2}:\d{2}|\d{4})")
# The usual asctime form; a line like this separates messages even without a blank line before.
STRICT_FROM_LINE = re.compile(
    rb"^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) +[A-Z][a-z]{2} +\d{1,2} +\d{1,2}:\d{2}"
)
# A line of `sha256sum` (or md5sum, sha1sum, sha512sum): such as an export's SHA256SUMS.
CHECKSUM_LINE = re.compile(rb"^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}) [ *]\S")
HEADER_FIELD = re.compile(rb"^[!-9;-~]+[ \t]*:")
# A header field as mail programs write them: its name begins with a letter. A JSON object
# ({"name": ...) or markup (<meta:...>) fits HEADER_FIELD, but not this.
MAIL_HEADER_FIELD = re.compile(rb"^[A-Za-z][!-9;-~]*[ \t]*:")

# Documents that are plainly not mail, found by their first bytes.
OTHER_DOCUMENTS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (XZ_MAGIC, "an xz archive"),
    (b"SQLite format 3", "an SQLite database"),
    (b"<?xml", "an XML document"),
    (b"\x7fELF", "a program"),
)


def packer(head: bytes) -> str | None:
    """The program a file was packed with, by its first bytes: "gzip", "bzip2", "xz"."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if BZIP2_MAGIC.match(head):
        return "bzip2"
    if head.startswith(XZ_MAGIC):
        return "xz"
    return None


def _unpacked_head(head: bytes) -> bytes:
    """The first unpacked bytes of a file packed with gzip, bzip2 or xz; the head itself if
    it is not packed, b"" if it cannot be unpacked (or, with bzip2, not before its first
    block is read whole: up to 900 KB)."""
    try:
        match packer(head):
            case "gzip":
                return zlib.decompressobj(wbits=31).decompress(head, 1024)
            case "bzip2":
                return bz2.BZ2Decompressor().decompress(head, 1024)
            case "xz":
                return lzma.LZMADecompressor().decompress(head, 1024)
    except (zlib.error, lzma.LZMAError, OSError, EOFError):
        return b""
    return head


def is_tar(unpacked: bytes) -> bool:
    """The first bytes of a tar archive: its first header says "ustar" where every tar
    header since POSIX.1-1988 says so."""
    return unpacked[257:262] == b"ustar"


def is_mail_text(inner: bytes) -> bool:
    """Whether ``inner``, the first unpacked bytes of a packed file, are those of a
    mailbox or a message (not a document or an archive)."""
    if not inner or packer(inner):
        return False
    fmt, _ = detect_format(inner)
    if fmt is FileFormat.EML:
        return MAIL_HEADER_FIELD.match(inner.lstrip()) is not None
    return fmt in (FileFormat.MBOX, FileFormat.MMDF)


def is_from_line(line: bytes, *, after_blank: bool = True) -> bool:
    """Whether line separates two mbox messages; without a blank line before, only a strict one."""
    if after_blank:
        return FROM_LINE.match(line) is not None
    return STRICT_FROM_LINE.match(line) is not None


def detect_format(head: bytes) -> tuple[FileFormat, str]:
    """The format of a file from its first bytes, with a reason when it is not mail."""
    if not head.strip():
        return FileFormat.NOT_MAIL, "empty file"
    if head.startswith(OLE2_MAGIC):
        return FileFormat.OUTLOOK, ""
    if head.startswith((b"\x01\x01\x01\x01\n", b"\x01\x01\x01\x01\r\n")):
        return FileFormat.MMDF, ""
    if head.startswith(PST_MAGIC):
        return FileFormat.PST, ""
    if head.startswith(ZIP_MAGICS):
        return FileFormat.ZIP, ""
    inner = _unpacked_head(head)
    if is_tar(inner):
        return FileFormat.TAR, ""
    if packer(head) and (is_mail_text(inner) or (not inner and BZIP2_MAGIC.match(head))):
        return FileFormat.PACKED, ""  # bzip2: what it holds is told as it unpacks
    for magic, description in OTHER_DOCUMENTS:
        if head.startswith(magic):
            return FileFormat.NOT_MAIL, f"not a mail file ({description})"
    if is_emlx(head):
        return FileFormat.EMLX, ""
    stripped = head.lstrip()
    if stripped[:1] in (b"{", b"[") and not MAIL_HEADER_FIELD.match(head):
        return FileFormat.NOT_MAIL, "not a mail file (JSON data)"
    if stripped[:1] == b"<" and not MAIL_HEADER_FIELD.match(head):
        return FileFormat.NOT_MAIL, "not a mail file (markup document)"
    if CHECKSUM_LINE.match(head):
        return FileFormat.NOT_MAIL, "not a mail file (a list of checksums)"
    if is_from_line(head.split(b"\n", 1)[0]):
        return FileFormat.MBOX, ""
    # Everything else is treated as one message; text without headers is stored as such
    # or quarantined by the parser, never silently dropped.
    return FileFormat.EML, ""


def holds_one_message(name: str, data: bytes | None) -> bool:
    """An ``.eml`` file that starts with an mbox ``From`` line but holds one message (as
    some programs, and Maildir messages exported as they are, write it): kept whole, line
    and all, as the same message from a Maildir is, so that it is one original either way."""
    if data is None or not name.lower().endswith(".eml"):
        return False
    lines = data.split(b"\n")
    return not any(
        line.startswith(b"From ") and is_from_line(line, after_blank=not lines[index])
        for index, line in enumerate(lines[1:])
    )


def read_head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEAD_BYTES)
