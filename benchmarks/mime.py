# SPDX-License-Identifier: GPL-3.0-or-later
"""Fast byte-level MIME helpers for the corpus: encoded words, bodies, multiparts, dates."""

from __future__ import annotations

import base64
import binascii
import calendar
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Characters an encoded word in a Q form may keep as they are (RFC 2047, section 5 (3)).
_Q_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
_Q_TABLE = tuple(
    "_" if byte == 0x20 else chr(byte) if byte in _Q_SAFE else f"={byte:02X}" for byte in range(256)
)
_SPECIALS = frozenset('()<>@,;:\\".[]')

Part = tuple[list[str], bytes]  # header lines (folded, without newline) and the body bytes


def encodable(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def encoded_words(text: str, charset: str, method: str) -> str:
    """RFC 2047 encoded words of at most 75 characters each, folded onto continuation lines."""
    prefix = f"=?{charset}?{method}?"
    room = 75 - len(prefix) - 2
    words: list[str] = []
    chunk = ""
    for char in text:
        candidate = chunk + char
        data = candidate.encode(charset)
        size = (len(data) + 2) // 3 * 4 if method == "B" else sum(len(_Q_TABLE[b]) for b in data)
        if size > room and chunk:
            words.append(_encode_word(chunk, charset, method))
            chunk = char
        else:
            chunk = candidate
    if chunk:
        words.append(_encode_word(chunk, charset, method))
    return "\n ".join(words)


def _encode_word(text: str, charset: str, method: str) -> str:
    data = text.encode(charset)
    if method == "B":
        payload = base64.b64encode(data).decode("ascii")
    else:
        payload = "".join(_Q_TABLE[byte] for byte in data)
    return f"=?{charset}?{method}?{payload}?="


def display_name(name: str) -> str:
    """An ASCII display name, quoted when it holds specials such as a comma or a full stop."""
    if any(char in _SPECIALS for char in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name


def fold(name: str, value: str) -> str:
    """A header line folded at spaces so that lines stay under 78 characters where possible."""
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    out: list[str] = []
    while len(line) > 78:
        cut = line.rfind(" ", 20, 77)
        if cut < 0:
            cut = line.find(" ", 77)
            if cut < 0:
                break
        out.append(line[:cut])
        line = " " + line[cut + 1 :]
    out.append(line)
    return "\n".join(out)


def rfc2231_filename(name: str) -> str:
    """The filename*= parameter (RFC 2231) for a non-ASCII name, split into sections if long."""
    quoted = "".join(
        chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "-._~" else f"%{b:02X}"
        for b in name.encode("utf-8")
    )
    if len(quoted) <= 60:
        return f"filename*=UTF-8''{quoted}"
    sections = [quoted[i : i + 60] for i in range(0, len(quoted), 60)]
    # A section must not split a %XX triplet.
    for i in range(len(sections) - 1):
        tail = sections[i][-2:]
        cut = 2 if tail.startswith("%") else 1 if tail.endswith("%") else 0
        if cut:
            sections[i + 1] = sections[i][-cut:] + sections[i + 1]
            sections[i] = sections[i][:-cut]
    first = f"filename*0*=UTF-8''{sections[0]}"
    rest = [f"filename*{i}*={section}" for i, section in enumerate(sections[1:], start=1)]
    return ";\n ".join([first, *rest])


def wrap(text: str, width: int = 72, *, flowed: bool = False, prefix: str = "") -> list[str]:
    """Lines of at most width characters; format=flowed keeps a space before each soft break."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if len(paragraph) + len(prefix) <= width:
            lines.append(prefix + paragraph)
            continue
        line = ""
        for word in paragraph.split(" "):
            if line and len(prefix) + len(line) + len(word) + 1 > width:
                lines.append(prefix + (line + " " if flowed else line))
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(prefix + line)
    return lines


def encode_body(data: bytes, transfer_encoding: str) -> bytes:
    if transfer_encoding == "base64":
        return base64.encodebytes(data)
    if transfer_encoding == "quoted-printable":
        encoded = binascii.b2a_qp(data, istext=True)
        return encoded if encoded.endswith(b"\n") else encoded + b"=\n"
    return data if data.endswith(b"\n") else data + b"\n"


def text_part(
    text: str,
    subtype: str,
    charset: str,
    transfer_encoding: str,
    *,
    extra_params: str = "",
    extra_headers: Sequence[str] = (),
) -> Part:
    data = text.encode(charset)
    if transfer_encoding == "8bit" and data.isascii():
        transfer_encoding = "7bit"
    headers = [
        f"Content-Type: text/{subtype}; charset={charset}{extra_params}",
        f"Content-Transfer-Encoding: {transfer_encoding}",
        *extra_headers,
    ]
    return headers, encode_body(data, transfer_encoding)


def binary_part(content_type: str, disposition: str, data: bytes) -> Part:
    headers = [content_type, disposition, "Content-Transfer-Encoding: base64"]
    return headers, base64.encodebytes(data)


def multipart(subtype: str, boundary: str, parts: Sequence[Part], *, preamble: bytes = b"") -> Part:
    delimiter = b"--" + boundary.encode("ascii")
    chunks = [preamble] if preamble else []
    for headers, body in parts:
        chunks.append(delimiter + b"\n" + "\n".join(headers).encode("utf-8") + b"\n\n" + body)
    chunks.append(delimiter + b"--\n")
    header = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'
    return [header], b"".join(chunks)


def offset_of(epoch: int, winter_minutes: int, summer_minutes: int) -> int:
    """The UTC offset in minutes, with summer time from the last Sunday of March to October."""
    if winter_minutes == summer_minutes:
        return winter_minutes
    tm = time.gmtime(epoch)
    year = tm.tm_year
    start = _last_sunday(year, 3) + 3600
    end = _last_sunday(year, 10) + 3600
    return summer_minutes if start <= epoch < end else winter_minutes


def _last_sunday(year: int, month: int) -> int:
    epoch = calendar.timegm((year, month, 31, 0, 0, 0))
    weekday = time.gmtime(epoch).tm_wday  # Monday is 0
    return epoch - ((weekday + 1) % 7) * 86400


def rfc5322_date(
    epoch: int, offset_minutes: int, *, weekday: bool = True, comment: str = ""
) -> str:
    tm = time.gmtime(epoch + offset_minutes * 60)
    sign = "+" if offset_minutes >= 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    text = (
        f"{tm.tm_mday} {_MONTHS[tm.tm_mon - 1]} {tm.tm_year} "
        f"{tm.tm_hour:02d}:{tm.tm_min:02d}:{tm.tm_sec:02d} {sign}{hours:02d}{minutes:02d}"
    )
    if weekday:
        text = f"{_DAYS[tm.tm_wday]}, {text}"
    return f"{text} ({comment})" if comment else text


def asctime(epoch: int) -> str:
    """The date of an mbox "From " line: UTC, in C's asctime() layout."""
    tm = time.gmtime(epoch)
    return (
        f"{_DAYS[tm.tm_wday]} {_MONTHS[tm.tm_mon - 1]} {tm.tm_mday:2d} "
        f"{tm.tm_hour:02d}:{tm.tm_min:02d}:{tm.tm_sec:02d} {tm.tm_year}"
    )


def imap_utf7(name: str) -> str:
    """A folder name in IMAP's modified UTF-7 (RFC 3501), as Dovecot names Maildir folders."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = base64.b64encode("".join(pending).encode("utf-16-be")).rstrip(b"=")
            out.append("&" + raw.replace(b"/", b",").decode("ascii") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)
