# SPDX-License-Identifier: GPL-3.0-or-later
"""Tells mail formats apart by content, never by file name extension."""

from __future__ import annotations

import bz2
import contextlib
import io
import lzma
import re
import zlib
from typing import TYPE_CHECKING

from correspondence_app.importers.apple_mail import is_emlx
from correspondence_app.importers.base import FileFormat

if TYPE_CHECKING:
    from pathlib import Path
    from typing import IO

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PST_MAGIC = b"!BDN"  # .pst and .ost files
OUTLOOK_EXPRESS_MAGIC = b"\xcf\xad\x12\xfe"  # a .dbx file: a folder of Outlook Express
OUTLOOK_EXPRESS = (
    "a mail folder of Outlook Express (.dbx), which cannot be read: import it into "
    "Thunderbird first, or save its messages as .eml files, and import those"
)
GZIP_MAGIC = b"\x1f\x8b"
XZ_MAGIC = b"\xfd7zXZ\x00"
# bzip2: "BZh", the block size, and the first block's magic (pi's digits)
BZIP2_MAGIC = re.compile(rb"BZh[1-9]1AY&SY")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # a ZIP's first member, or an empty ZIP
HEAD_BYTES = 4096
UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

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

# Files that are plainly not mail, found by their first bytes: what a folder of someone's
# papers holds beside the mail (scans, photos, voice messages, videos, documents, archives).
# No message begins so: a pattern is binary (a NUL, a byte over 0x7F), or text that is
# no header field and no mbox From line.
OTHER_DOCUMENTS: tuple[tuple[re.Pattern[bytes], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), description)
    for pattern, description in (
        (rb"%PDF-", "a PDF document"),
        (rb"\{\\rtf", "an RTF document"),
        (rb"\x89PNG", "a PNG image"),
        (rb"GIF8", "a GIF image"),
        (rb"\xff\xd8\xff", "a JPEG image"),
        (
            rb"II\*\x00|MM\x00\*"  # TIFF
            rb"|BM.{4}\x00\x00\x00\x00"  # BMP
            rb"|RIFF.{4}WEBP"
            rb"|\x00.{3}ftyp(?:heic|heix|hevc|heim|heis|mif1|msf1|avif|avis)"  # HEIC, AVIF
            rb"|\x00\x00\x01\x00[\x01-\xff]\x00",  # a Windows icon
            "an image",
        ),
        (
            rb"RIFF.{4}WAVE|FORM.{4}AIF[FC]|OggS\x00|fLaC[\x00\x80]|ID3[\x02-\x04]\x00"
            rb"|\xff[\xf2\xf3\xfa\xfb]"  # MP3 without tags
            rb"|\.snd\x00\x00\x00|#!AMR(?:-WB)?\n"  # phones' voice messages
            rb"|\x00.{3}ftyp(?:M4A |M4B |3gp|3g2)",  # AAC, and what phones record
            "a sound recording",
        ),
        (rb"RIFF.{4}AVI |\x1a\x45\xdf\xa3|\x00.{3}ftyp", "a video"),  # AVI, Matroska, MP4
        (rb"\x1f\x8b", "a gzip archive"),
        (rb"BZh", "a bzip2 archive"),
        (re.escape(XZ_MAGIC), "an xz archive"),
        (rb"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (rb"Rar!\x1a\x07", "a RAR archive"),
        (rb"SQLite format 3", "an SQLite database"),
        (rb"<\?xml", "an XML document"),
        (rb"\x7fELF|MZ[^\x00]{0,62}\x00", "a program"),  # Linux, Windows
    )
)
# A line of a chat as WhatsApp exports it: "[12.03.24, 10:15:32] Sergej: ..." on an iPhone,
# "12.03.24, 10:15 - Sergej: ..." or "3/12/24, 10:15 AM - ..." on Android. No message begins
# so: its first line is a header field or an mbox From line.
CHAT_LINE = re.compile(
    rb"\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?"
    rb"(?:[ \xe2\x80\xaf\xc2\xa0]*[AaPp]\.? ?[Mm]\.?)?(?:\] | - )"
)
_LEFT_TO_RIGHT_MARK = "\u200e".encode()  # before a line of some chats exported on an iPhone
_SENDER = re.compile(rb"[^:\r\n]{1,80}: ")  # after a chat line's time: "Sergej: "
# The first line of an INI file, such as Windows' desktop.ini: "[.ShellClassInfo]"
INI_SECTION = re.compile(rb"\[[^\]\r\n\"{},]+\][ \t]*\r?\n")

# OLE2 files that are not Outlook items, by the streams at their root. An Outlook item
# always has "__properties_version1.0" there, whatever it holds.
_OUTLOOK_ROOT_STREAM = "__properties_version1.0"
_OLE2_DOCUMENTS: tuple[tuple[frozenset[str], str], ...] = (
    # Word, Excel (BIFF8 and BIFF5), PowerPoint, and an Office file with a password
    (
        frozenset({"worddocument", "workbook", "book", "powerpoint document", "encryptedpackage"}),
        "an office document or e-book",
    ),
    (frozenset({"catalog"}), "a Windows thumbnail cache"),  # Thumbs.db
)


def other_ole2_file(source: bytes | Path) -> str:
    """Why an OLE2 file (FileFormat.OUTLOOK by its first bytes) is not mail: "not a mail
    file (...)" for a Word, Excel or PowerPoint file or Windows' Thumbs.db; "" for an
    Outlook item, and for what olefile cannot read (the parser then says why)."""
    if isinstance(source, bytes):  # as a file: bytes as short as a name would be taken for one
        return _other_ole2_file(io.BytesIO(source))
    try:
        with source.open("rb") as handle:
            return _other_ole2_file(handle)
    except OSError:
        return ""  # the reader says why it cannot be read


def _other_ole2_file(handle: IO[bytes]) -> str:
    import olefile  # with the first OLE2 file: 3 MB and 34 ms that most imports need not pay

    roots: set[str] = set()
    ole: olefile.OleFileIO[str]
    # olefile reads hostile files: any error of its own only means "not known"
    with contextlib.suppress(Exception), olefile.OleFileIO(handle) as ole:
        roots = {entry[0].lower() for entry in ole.listdir(streams=True, storages=True)}
    if not roots or _OUTLOOK_ROOT_STREAM in roots:
        return ""
    for names, description in _OLE2_DOCUMENTS:
        if roots & names:
            return f"not a mail file ({description})"
    return ""


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
    if head.startswith(OUTLOOK_EXPRESS_MAGIC):
        return FileFormat.NOT_MAIL, OUTLOOK_EXPRESS
    for pattern, description in OTHER_DOCUMENTS:
        if pattern.match(head):
            return FileFormat.NOT_MAIL, f"not a mail file ({description})"
    if is_emlx(head):
        return FileFormat.EMLX, ""
    stripped = head.lstrip()
    if _is_chat(stripped.removeprefix(UTF8_BOM)):
        return FileFormat.NOT_MAIL, "not a mail file (a chat exported from a messenger)"
    if INI_SECTION.match(stripped):
        return FileFormat.NOT_MAIL, "not a mail file (a settings file)"
    if stripped[:1] in (b"{", b"[") and not MAIL_HEADER_FIELD.match(head):
        return FileFormat.NOT_MAIL, "not a mail file (JSON data)"
    if stripped[:1] == b"<" and not MAIL_HEADER_FIELD.match(head):
        return FileFormat.NOT_MAIL, "not a mail file (markup document)"
    if CHECKSUM_LINE.match(head):
        return FileFormat.NOT_MAIL, "not a mail file (a list of checksums)"
    if is_from_line(head.split(b"\n", 1)[0]):
        return FileFormat.MBOX, ""
    if _is_binary(stripped.removeprefix(UTF8_BOM)):
        return FileFormat.NOT_MAIL, "not a mail file (binary data)"
    # Everything else is treated as one message; text without headers is stored as such
    # or quarantined by the parser, never silently dropped.
    return FileFormat.EML, ""


def _is_chat(head: bytes) -> bool:
    """The first lines of an exported chat: the first begins with a time, and one at least
    has a sender after its time (the first is often the messenger's own notice)."""
    if not CHAT_LINE.match(head.removeprefix(_LEFT_TO_RIGHT_MARK)):
        return False  # most files, at once
    lines = [line.removeprefix(_LEFT_TO_RIGHT_MARK) for line in head.splitlines()[:20]]
    times = [CHAT_LINE.match(line) for line in lines]
    return any(
        _SENDER.match(line, found.end()) for line, found in zip(lines, times, strict=True) if found
    )


def utf16_codec(head: bytes) -> str | None:
    """The codec of a message saved as UTF-16 text: "utf-16" with a byte order mark (as
    Windows' Notepad and PowerShell save files), "utf-16-le" or "utf-16-be" without one
    when its first line is a header field so; None for other bytes."""
    if head.startswith(_UTF16_BOMS):
        return "utf-16"
    for codec in ("utf-16-le", "utf-16-be"):
        if b"\x00" in head[:2] and MAIL_HEADER_FIELD.match(
            head[:256].decode(codec, "ignore").lstrip().encode("utf-8", "ignore")
        ):
            return codec
    return None


def _is_binary(head: bytes) -> bool:
    """Bytes of no text and no message: a NUL before any header field (a message's binary
    parts come after its header), in what is not text saved as UTF-16."""
    if b"\x00" not in head or MAIL_HEADER_FIELD.match(head) or utf16_codec(head):
        return False
    # Text saved as UTF-16 without a byte order mark: every other byte a NUL, the rest not
    halves = sorted(half.count(0) / max(len(half), 1) for half in (head[0::2], head[1::2]))
    return not (halves[0] < 0.1 and halves[1] > 0.9)


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
