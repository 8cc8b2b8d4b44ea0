# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile variants of real mail for fuzzing the importer, seeded so that every run repeats.

Each fuzz message is a real corpus item (or an mbox message of one) with one to three
mutations applied, named in MUTATION_WEIGHTS. ``write_fuzz_tree`` writes them as a Maildir
(one file, one message) and a few mbox files, and says which mutations made which file.
"""

from __future__ import annotations

import base64
import io
import mailbox
import random
import re
import struct
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from benchmarks.attachments import build_docx, build_pdf

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_MESSAGE_BYTES = 6 * 1024 * 1024  # a mutated message is cut here
MBOX_SHARE = 0.1  # of the messages, written into mbox files rather than the Maildir
MBOX_MESSAGES = 25  # per mbox file
BOMB_BYTES = 120 * 1024 * 1024  # what a compression bomb inflates to
ENVELOPE = b"From fuzz@example.org Mon Jan  1 00:00:00 2024"

# How often each mutation is picked; one that does not fit a message (no boundary to
# mangle, say) is replaced by another pick.
MUTATION_WEIGHTS: dict[str, int] = {
    "bit_flips": 10,
    "byte_noise": 6,
    "zero_bytes": 5,
    "truncate": 8,
    "duplicate_lines": 6,
    "remove_lines": 6,
    "swap_lines": 3,
    "boundary": 10,
    "headers": 10,
    "huge_header_line": 2,
    "deep_nesting": 3,
    "many_parts": 2,
    "bad_base64": 6,
    "bad_qp": 4,
    "bad_charset": 6,
    "enormous_sizes": 4,
    "pdf_attachment": 4,
    "docx_attachment": 4,
    "from_lines": 5,
    "line_endings": 4,
    "splice": 4,
    "outlook_structure": 8,
}

_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_BOUNDARY = re.compile(rb'boundary\s*=\s*"?([^";\r\n]+)"?', re.IGNORECASE)
_CHARSET = re.compile(rb'charset\s*=\s*"?([^";\s]*)"?', re.IGNORECASE)
_CTE = re.compile(rb"^content-transfer-encoding:[ \t]*([^\r\n]*)", re.IGNORECASE | re.MULTILINE)
_HOSTILE_CHARSETS = (
    b"x-unknown",
    b"utf-7",
    b"utf-16",
    b"utf-32-be",
    b"rot13",
    b"base64",
    b"zlib",
    b"hex",
    b"uu",
    b"punycode",
    b"idna",
    b"undefined",
    b"unicode_escape",
    b"raw_unicode_escape",
    b"mbcs",
    b"cp65001",
    b"iso-2022-jp",
    b"hz",
    b"utf-8\x00",
    b"utf-8'en'",
    b"=?utf-8?q?x?=",
    b"'",
    b"",
    b"\xff\xfe",
    b"a" * 5000,
)
_NOISE = (0x00, 0xFF, 0x0D, 0x0A, 0x3D, 0x3A, 0x2D, 0x20, 0x22, 0x3B, 0x80, 0x1B)
_OLE_VALUES = (0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFC, 0, 1, 0x7FFFFFFF, 0x10000)
_WORDS = "Antrag Botschaft hospital lawyer письмо ok".encode().split()


@dataclass(frozen=True)
class Seed:
    """A real mail item to mutate: where it came from and its bytes."""

    name: str
    data: bytes


def load_seeds(corpora: Path) -> list[Seed]:
    """The corpus items in a stable order; mbox files give each of their messages."""
    seeds: list[Seed] = []
    for path in sorted(corpora.rglob("*")):
        name = path.relative_to(corpora).as_posix()
        if (
            not path.is_file()
            or path.name.startswith(".")
            or path.suffix in (".xml", ".json")
            or "LICENSE" in path.name
            or path.name == "README.md"
        ):
            continue
        data = path.read_bytes()
        if data.startswith(b"From ") and "/cur/" not in name and "/new/" not in name:
            box = mailbox.mbox(path, create=False)
            try:
                seeds.extend(Seed(f"{name}#{key}", box.get_bytes(key)) for key in box.iterkeys())
            finally:
                box.close()
        else:
            seeds.append(Seed(name, data))
    return seeds


def _newline(data: bytes) -> bytes:
    return b"\r\n" if b"\r\n" in data[:4096] else b"\n"


def _split_head(data: bytes) -> tuple[bytes, bytes]:
    """The header block with its blank line, and the body."""
    match = _BLANK_LINE.search(data)
    if match is None:
        return data, b""
    return data[: match.end()], data[match.end() :]


def _fields(head: bytes) -> list[bytes]:
    """The header fields of a header block, each with its folded lines."""
    fields: list[bytes] = []
    for line in head.splitlines(keepends=True):
        if not line.strip():
            continue
        if line[:1] in b" \t" and fields:
            fields[-1] += line
        else:
            fields.append(line)
    return fields


@dataclass
class _Bombs:
    """Compression bombs, made once: they take a second each."""

    zip_member: bytes = b""
    flate: bytes = b""


def _deflate_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9)
    block = b"\x00" * (1024 * 1024)
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)


class Mutator:
    """Applies seeded mutations; the same seeds and generator give the same messages."""

    def __init__(self, seeds: Sequence[Seed], rng: random.Random) -> None:
        self._seeds = seeds
        self._rng = rng
        self._bombs = _Bombs()
        self._kinds: dict[str, Callable[[bytes], bytes | None]] = {
            "bit_flips": self._bit_flips,
            "byte_noise": self._byte_noise,
            "zero_bytes": self._zero_bytes,
            "truncate": self._truncate,
            "duplicate_lines": self._duplicate_lines,
            "remove_lines": self._remove_lines,
            "swap_lines": self._swap_lines,
            "boundary": self._boundary,
            "headers": self._headers,
            "huge_header_line": self._huge_header_line,
            "deep_nesting": self._deep_nesting,
            "many_parts": self._many_parts,
            "bad_base64": self._bad_base64,
            "bad_qp": self._bad_qp,
            "bad_charset": self._bad_charset,
            "enormous_sizes": self._enormous_sizes,
            "pdf_attachment": self._pdf_attachment,
            "docx_attachment": self._docx_attachment,
            "from_lines": self._from_lines,
            "line_endings": self._line_endings,
            "splice": self._splice,
            "outlook_structure": self._outlook_structure,
        }
        self._names = list(self._kinds)
        self._weights = [MUTATION_WEIGHTS[name] for name in self._names]

    def message(self) -> tuple[Seed, bytes, tuple[str, ...]]:
        """A mutated corpus item: its seed, its bytes and the mutations applied in order."""
        rng = self._rng
        seed = rng.choice(self._seeds)
        data = seed.data
        applied: list[str] = []
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            for _attempt in range(8):
                kind = rng.choices(self._names, self._weights)[0]
                mutated = self._kinds[kind](data)
                if mutated is not None:
                    data = mutated[:MAX_MESSAGE_BYTES]
                    applied.append(kind)
                    break
        return seed, data, tuple(applied)

    # Bytes ---------------------------------------------------------------------------------
    def _bit_flips(self, data: bytes) -> bytes | None:
        if not data:
            return None
        out = bytearray(data)
        for _ in range(self._rng.randint(1, 64)):
            out[self._rng.randrange(len(out))] ^= 1 << self._rng.randrange(8)
        return bytes(out)

    def _byte_noise(self, data: bytes) -> bytes | None:
        if not data:
            return None
        out = bytearray(data)
        for _ in range(self._rng.randint(1, 32)):
            value = self._rng.choice((*_NOISE, self._rng.randrange(256)))
            out[self._rng.randrange(len(out))] = value
        return bytes(out)

    def _zero_bytes(self, data: bytes) -> bytes:
        rng = self._rng
        head_end = len(_split_head(data)[0])
        out = data
        for _ in range(rng.randint(1, 5)):
            end = head_end if rng.random() < 0.5 else len(out)
            at = rng.randint(0, max(end, 0))
            out = out[:at] + b"\x00" * rng.choice((1, 1, 2, 16, 4096)) + out[at:]
        return out

    def _truncate(self, data: bytes) -> bytes | None:
        if len(data) < 2:
            return None
        if self._rng.random() < 0.5:  # near the end: a lost closing boundary or base64 tail
            return data[: self._rng.randint(len(data) * 9 // 10, len(data) - 1)]
        return data[: self._rng.randrange(len(data))]

    # Lines ---------------------------------------------------------------------------------
    def _duplicate_lines(self, data: bytes) -> bytes | None:
        rng = self._rng
        lines = data.splitlines(keepends=True)
        if not lines:
            return None
        start = rng.randrange(len(lines))
        block = b"".join(lines[start : start + rng.randint(1, 50)])
        times = rng.choices((1, 2, 10, 100, 1000, 10_000), (8, 6, 4, 2, 1, 0.5))[0]
        times = max(1, min(times, 1024 * 1024 // max(len(block), 1)))
        return b"".join(lines[:start]) + block * (times + 1) + b"".join(lines[start + 1 :])

    def _remove_lines(self, data: bytes) -> bytes | None:
        rng = self._rng
        lines = data.splitlines(keepends=True)
        if len(lines) < 2:
            return None
        blank = next((i for i, line in enumerate(lines) if not line.strip()), None)
        if blank is not None and rng.random() < 0.4:  # the header/body separator
            del lines[blank]
        else:
            for _ in range(rng.randint(1, 20)):
                if lines:
                    del lines[rng.randrange(len(lines))]
        return b"".join(lines)

    def _swap_lines(self, data: bytes) -> bytes | None:
        lines = data.splitlines(keepends=True)
        if len(lines) < 2:
            return None
        for _ in range(self._rng.randint(1, 10)):
            i, j = self._rng.randrange(len(lines)), self._rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        return b"".join(lines)

    def _from_lines(self, data: bytes) -> bytes:
        rng = self._rng
        nl = _newline(data)
        lines = data.splitlines(keepends=True)
        head_lines = len(_fields(_split_head(data)[0]))
        for _ in range(rng.randint(1, 5)):
            line = rng.choice(
                (ENVELOPE, b">" + ENVELOPE, b"From ", b"From nobody 12:00", b">>From x 2024")
            )
            where = rng.random()
            if where < 0.3:
                at = 0
            elif where < 0.6:
                at = rng.randint(0, min(head_lines, len(lines)))
            else:
                at = rng.randint(0, len(lines))
            blank = [nl] if rng.random() < 0.5 else []
            lines[at:at] = [*blank, line + nl]
        return b"".join(lines)

    def _line_endings(self, data: bytes) -> bytes:
        rng = self._rng
        lf = data.replace(b"\r\n", b"\n")
        choice = rng.randrange(6)
        if choice == 0:
            return lf.replace(b"\n", b"\r")  # old Mac: CR only
        if choice == 1:
            return lf
        if choice == 2:
            return lf.replace(b"\n", b"\r\n")
        if choice == 3:
            return lf.replace(b"\n", b"\r\r\n")
        if choice == 4:
            return lf.replace(b"\n", b" ")  # one endless line
        return b"".join(
            line + rng.choice((b"\n", b"\r\n", b"\r")) for line in lf.split(b"\n")
        )  # a mix

    def _splice(self, data: bytes) -> bytes:
        rng = self._rng
        other = rng.choice(self._seeds).data
        head, body = _split_head(data)
        other_head, other_body = _split_head(other)
        choice = rng.randrange(3)
        if choice == 0:
            return head + other_body
        if choice == 1:
            return other_head + body
        return data + _newline(data) + other  # two messages in one file

    # Structure -----------------------------------------------------------------------------
    def _boundary(self, data: bytes) -> bytes | None:
        rng = self._rng
        boundaries = [m.group(1) for m in _BOUNDARY.finditer(data[:1_000_000])]
        if not boundaries:
            return None
        boundary = rng.choice(boundaries)
        dashed = b"--" + boundary
        lines = data.splitlines(keepends=True)
        nl = _newline(data)
        choice = rng.randrange(9)
        if choice == 0:  # the closing boundary lost
            return b"".join(line for line in lines if line.rstrip() != dashed + b"--")
        if choice == 1:  # the first boundary lost
            for index, line in enumerate(lines):
                if line.rstrip() == dashed:
                    del lines[index]
                    break
            return b"".join(lines)
        if choice == 2:  # declared one thing, used another
            return data.replace(b"=" + boundary, b"=" + boundary + b"X", 1).replace(
                b'="' + boundary, b'="X' + boundary, 1
            )
        if choice == 3:  # a boundary of up to 200,000 characters
            long = b"b" * rng.choices((71, 1000, 70_000, 200_000), (4, 4, 1, 0.3))[0]
            return data.replace(boundary, long)
        if choice == 4:
            return data.replace(b"boundary=" + boundary, b'boundary=""', 1).replace(
                b'boundary="' + boundary + b'"', b'boundary=""', 1
            )
        if choice == 5:  # stray boundary lines anywhere
            for _ in range(rng.randint(1, 50)):
                lines.insert(rng.randint(0, len(lines)), dashed + nl)
            return b"".join(lines)
        if choice == 6:  # closed early
            lines.insert(rng.randint(0, len(lines)), dashed + b"--" + nl)
            return b"".join(lines)
        if choice == 7:  # every multipart with the same boundary: nested ones clash
            for other in boundaries:
                data = data.replace(other, boundary)
            return data
        return b"".join(  # whitespace and junk after the boundary lines
            line.rstrip(b"\r\n") + rng.choice((b"  \t", b" junk", b"\x00")) + nl
            if line.startswith(dashed)
            else line
            for line in lines
        )

    def _headers(self, data: bytes) -> bytes:
        rng = self._rng
        nl = _newline(data)
        head, body = _split_head(data)
        fields = _fields(head)
        choice = rng.randrange(9)
        if choice == 0 and fields:  # a field without its colon
            index = rng.randrange(len(fields))
            fields[index] = fields[index].replace(b":", b"", 1)
        elif choice == 1:
            fields.insert(0, b" a continuation line before any field" + nl)
        elif choice == 2:  # contradicting MIME fields
            extra = rng.choice(
                (
                    b"Content-Type: text/html; charset=koi8-r",
                    b"Content-Type: multipart/mixed",
                    b"Content-Type: message/rfc822",
                    b"Content-Type: ",
                    b"Content-Type: /",
                    b"Content-Transfer-Encoding: base64",
                    b"Content-Transfer-Encoding: quoted-printable",
                    b"Content-Transfer-Encoding: x-uuencode",
                    b"Content-Transfer-Encoding: 7-bit; x",
                    b"Content-Disposition: attachment; filename=../../etc/passwd",
                )
            )
            fields.insert(rng.randint(0, len(fields)), extra + nl)
        elif choice == 3 and fields:  # raw 8-bit bytes in a field
            index = rng.randrange(len(fields))
            junk = rng.choice((rng.randbytes(20), "Привет".encode("cp1251"), b"\xc3(\xa0\xa1"))
            fields[index] = fields[index].rstrip(b"\r\n") + b" " + junk + nl
        elif choice == 4:
            words = (
                b"=?utf-8?B?%%%%?=",
                b"=?x-unknown?Q?=FF=FE?=",
                b"=?utf-8?q?unterminated",
                b"=?koi8-r?B?8MXS18HR?==?utf-16?B?AAA?=",
                b"=?rot13?Q?nop?=",
                b"=?base64?B?YWJj?=",
                b"=??Q??=",
                b"=?utf-8*de?Q?=C3?= =?utf-8?Q?=A4?=",
            )
            value = b" ".join(rng.choice(words) for _ in range(rng.choice((1, 3, 1000))))
            name = rng.choice((b"Subject", b"From", b"To", b"Content-Type: text/plain; name"))
            fields.insert(0, name + b": " + value + nl)
        elif choice == 5:  # thousands of fields
            count = rng.choices((500, 2000, 20_000), (4, 2, 0.3))[0]
            fields[1:1] = [
                b"Received: from x%d by y with SMTP; 1 Jan 2024" % i + nl for i in range(count)
            ]
        elif choice == 6:
            fields.extend(
                name + b":" + nl for name in (b"From", b"To", b"Date", b"Message-ID", b"Subject")
            )
        elif choice == 7:  # names no parser expects
            fields.insert(
                rng.randint(0, len(fields)),
                rng.choice((b"Sub ject: x", b"\xff\xfe: y", b": no name", b"X" * 5000 + b": z"))
                + nl,
            )
        else:  # dates and ids out of every range
            value = rng.choice(
                (
                    b"Date: Mon, 99 Foo 99999999 99:99:99 +9999",
                    b"Date: 0",
                    b"Date: " + b"9" * 5000,
                    b"Date: Thu, 1 Jan 1970 00:00:00 -2400",
                    b"Date: Fri, 31 Dec 9999 23:59:60 +1400",
                    b"Date: 2024-02-30T25:61:61+99:99",
                    b"Message-ID: <>",
                    b"In-Reply-To: " + b" ".join(b"<%d@x>" % i for i in range(5000)),
                    b"References: <self@x> <self@x> <self@x>",
                    b"Received: from a by b; " + b"Mon, 1 Jan 2024 00:00:00 +0000; " * 500,
                )
            )
            fields.insert(rng.randint(0, len(fields)), value + nl)
        return b"".join(fields) + nl + body

    def _huge_header_line(self, data: bytes) -> bytes:
        rng = self._rng
        nl = _newline(data)
        size = rng.choices((64 << 10, 256 << 10, 1 << 20, 4 << 20), (8, 4, 1, 0.25))[0]
        kind = rng.randrange(5)
        if kind == 0:
            unit = b" ".join(rng.choice(_WORDS) for _ in range(64)) + b" "
            line = b"Subject: " + unit * (size // len(unit))
        elif kind == 1:
            line = b"References: " + b" ".join(b"<%d@f.example>" % i for i in range(size // 16))
        elif kind == 2:
            line = b"To: " + b", ".join(b"N%d <a%d@f.example>" % (i, i) for i in range(size // 24))
        elif kind == 3:
            line = b"X-Junk: " + base64.b64encode(rng.randbytes(size * 3 // 4))
        else:
            line = b"Content-Type: text/plain" + b"".join(b"; p%d=v" % i for i in range(size // 10))
        head, body = _split_head(data)
        fields = _fields(head)
        fields.insert(min(1, len(fields)), line + nl)
        return b"".join(fields) + nl + body

    def _deep_nesting(self, data: bytes) -> bytes:
        rng = self._rng
        nl = _newline(data)
        depth = rng.choices((10, 49, 51, 200, 1000, 5000, 20_000), (2, 2, 2, 2, 2, 1, 0.5))[0]
        head, body = _split_head(data)
        fields = _fields(head)
        content = [f for f in fields if f.lower().startswith(b"content-")]
        others = [f for f in fields if not f.lower().startswith(b"content-")]
        inner = b"".join(content) + nl + body
        if rng.random() < 0.5:
            opened = b"".join(
                b'Content-Type: multipart/mixed; boundary="n%d"%s%s--n%d%s' % (i, nl, nl, i, nl)
                for i in range(depth)
            )
            closed = b"".join(b"%s--n%d--%s" % (nl, i, nl) for i in reversed(range(depth)))
            return b"".join(others) + opened + inner + closed
        wrapper = b"Content-Type: message/rfc822" + nl + nl
        return b"".join(others) + wrapper * depth + b"".join(fields) + nl + body

    def _many_parts(self, data: bytes) -> bytes:
        nl = _newline(data)
        count = self._rng.choice((500, 999, 1001, 5000, 20_000))
        head = _split_head(data)[0]  # the body gives way to the parts
        others = [f for f in _fields(head) if not f.lower().startswith(b"content-")]
        part = b"--m" + nl + b"Content-Type: text/plain" + nl + nl + b"x" + nl
        return (
            b"".join(others)
            + b'Content-Type: multipart/mixed; boundary="m"'
            + nl
            + nl
            + part * count
            + b"--m--"
            + nl
        )

    def _encoded_part(self, data: bytes, encoding: bytes) -> tuple[int, int] | None:
        """Where the body of a part in this transfer encoding starts and ends."""
        found = [m for m in _CTE.finditer(data) if m.group(1).strip().lower() == encoding]
        if not found:
            return None
        match = self._rng.choice(found)
        blank = _BLANK_LINE.search(data, match.end())
        if blank is None:
            return None
        end = data.find(b"\n--", blank.end())
        return blank.end(), end if end >= 0 else len(data)

    def _bad_base64(self, data: bytes) -> bytes:
        rng = self._rng
        span = self._encoded_part(data, b"base64")
        if span is None:  # declare it on a body that is not base64
            head, body = _split_head(data)
            return b"Content-Transfer-Encoding: base64" + _newline(data) + head + body
        start, end = span
        part = bytearray(data[start:end])
        choice = rng.randrange(5)
        if choice == 0:  # junk characters
            for _ in range(rng.randint(1, 40)):
                part[rng.randrange(len(part) + 1) : 0] = rng.choice((b"!", b"*", b"\xe4", b"-"))
        elif choice == 1:  # lengths that are no multiple of 4
            for _ in range(min(rng.randint(1, 20), len(part))):
                del part[rng.randrange(len(part))]
        elif choice == 2:  # padding in the middle
            for _ in range(rng.randint(1, 10)):
                part[rng.randrange(len(part) + 1) : 0] = b"=" * rng.randint(1, 5)
        elif choice == 3:
            part = bytearray(b"This is not base64 at all, it is text.\n" * 50)
        else:
            part = bytearray(b"====\n" * 1000)
        return data[:start] + bytes(part) + data[end:]

    def _bad_qp(self, data: bytes) -> bytes:
        rng = self._rng
        junk = rng.choice(
            (b"=ZZ", b"=\r", b"=", b"=0", b"= \n", b"=\n=\n=\n", b"=E4" * 50_000, b"x" * 100_000)
        )
        span = self._encoded_part(data, b"quoted-printable")
        if span is None:
            head, body = _split_head(data)
            nl = _newline(data)
            return b"Content-Transfer-Encoding: quoted-printable" + nl + head + body + junk
        start, end = span
        at = rng.randint(start, end)
        return data[:at] + junk + data[at:]

    def _bad_charset(self, data: bytes) -> bytes:
        rng = self._rng
        label = rng.choice(_HOSTILE_CHARSETS)
        if _CHARSET.search(data) and rng.random() < 0.7:
            return _CHARSET.sub(lambda _m: b'charset="' + label + b'"', data, count=3)
        nl = _newline(data)
        head, body = _split_head(data)
        word = b"=?" + label + b"?Q?=E4=F6=FC=FF?="
        return (
            b"Subject: " + word + nl + b"Content-Type: text/plain; charset=" + label + nl + head
        ) + body

    def _enormous_sizes(self, data: bytes) -> bytes:
        rng = self._rng
        nl = _newline(data)
        huge = b"9" * rng.choice((20, 5000))
        extra = rng.choice(
            (
                b"Content-Length: 18446744073709551617",
                b"Content-Length: -1",
                b"Lines: " + huge,
                b"Content-Disposition: attachment; size=" + huge + b"; filename=a.bin",
                b"Content-Disposition: attachment; filename*" + huge + b"*=utf-8''x.txt",
                b"Content-Disposition: attachment; filename*0=a; filename*" + huge + b"=b",
                b"Content-Type: message/partial; id=x; number=" + huge + b"; total=" + huge,
            )
        )
        if rng.random() < 0.3:  # a uuencoded part whose lines claim more than they hold
            head, body = _split_head(data)
            uu = b"begin 644 big.bin" + nl + b"M" + b"!" * 10 + nl + b"`" + nl + b"end" + nl
            return b"Content-Transfer-Encoding: x-uuencode" + nl + extra + nl + head + uu + body
        return extra + nl + data

    def _outlook_structure(self, data: bytes) -> bytes | None:
        """Sector numbers, sizes and chains of an OLE2 file pointed anywhere."""
        if not data.startswith(OLE2_MAGIC) or len(data) < 512:
            return None
        rng = self._rng
        out = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            # Mostly the header (sector size, FAT and directory starts), else anywhere.
            limit = 512 if rng.random() < 0.6 else len(out)
            at = rng.randrange(0, limit - 3) & ~3
            struct.pack_into("<I", out, at, rng.choice((*_OLE_VALUES, rng.getrandbits(32))))
        if rng.random() < 0.1:
            out[30] = rng.choice((0, 7, 16, 31, 255))  # the sector shift
        return bytes(out)

    # Broken attachments --------------------------------------------------------------------
    def _attach(self, data: bytes, content_type: bytes, filename: bytes, payload: bytes) -> bytes:
        """The message with payload as a base64 attachment, its own body the first part."""
        nl = _newline(data)
        head, body = _split_head(data)
        fields = _fields(head)
        content = [f for f in fields if f.lower().startswith(b"content-")]
        others = [f for f in fields if not f.lower().startswith(b"content-")]
        encoded = base64.encodebytes(payload).replace(b"\n", nl)
        return b"".join(
            (
                *others,
                b'Content-Type: multipart/mixed; boundary="fuzz-attachment"',
                nl,
                nl,
                b"--fuzz-attachment",
                nl,
                *content,
                nl,
                body,
                nl,
                b"--fuzz-attachment",
                nl,
                b"Content-Type: " + content_type + b"; name=" + filename,
                nl,
                b"Content-Transfer-Encoding: base64",
                nl,
                nl,
                encoded,
                b"--fuzz-attachment--",
                nl,
            )
        )

    def _pdf_attachment(self, data: bytes) -> bytes:
        rng = self._rng
        lines = [f"Seite {i}: Antrag auf Besuchserlaubnis" for i in range(rng.randint(1, 120))]
        pdf = build_pdf(rng, lines)
        choice = rng.randrange(9)
        if choice == 0:
            pdf = pdf[: rng.randrange(len(pdf))]
        elif choice == 1:
            pdf = self._bit_flips(pdf) or pdf
        elif choice == 2:  # an xref table that claims a billion objects
            pdf = re.sub(rb"xref\n0 \d+", b"xref\n0 999999999", pdf)
            pdf = re.sub(rb"/Size \d+", b"/Size 999999999", pdf)
        elif choice == 3:
            pdf = re.sub(rb"startxref\n\d+", b"startxref\n" + b"9" * 30, pdf)
        elif choice == 4:  # streams that claim to be enormous
            pdf = re.sub(rb"/Length \d+", b"/Length 99999999999", pdf)
        elif choice == 5:  # a page tree that contains itself
            pdf = pdf.replace(b"/Kids [", b"/Kids [2 0 R ", 1).replace(b"/Parent 2 0 R", b"", 1)
            pdf = re.sub(rb"/Count \d+", b"/Count 2147483647", pdf, count=1)
        elif choice == 6:  # arrays nested 100,000 deep
            pdf = pdf.replace(b"/Pages 2 0 R", b"/Pages 2 0 R /Junk " + b"[" * 100_000, 1)
        elif choice == 7:  # a content stream that inflates to 120 MB
            if not self._bombs.flate:
                self._bombs.flate = _deflate_zeros(BOMB_BYTES)
            bomb = self._bombs.flate
            pdf = re.sub(
                rb"<< /Length \d+ /Filter /FlateDecode >>\nstream\n.*?\nendstream",
                lambda _m: (
                    b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
                    % (len(bomb), bomb)
                ),
                pdf,
                count=1,
                flags=re.DOTALL,
            )
        else:  # junk before the header, and no trailer
            pdf = rng.randbytes(rng.randint(1, 900)) + pdf[: pdf.rfind(b"trailer")]
        return self._attach(data, b"application/pdf", b"Antrag.pdf", pdf)

    def _docx_attachment(self, data: bytes) -> bytes:
        rng = self._rng
        choice = rng.randrange(8)
        name, content_type = b"Gutachten.docx", b"application/octet-stream"
        if choice == 5:  # a zip bomb: one member inflating to 120 MB
            if not self._bombs.zip_member:
                self._bombs.zip_member = _zip_bomb()
            document = self._bombs.zip_member
        elif choice == 6:  # elements nested 200,000 deep
            document = _zip({"word/document.xml": b"<w:p>" * 200_000 + b"</w:p>" * 200_000})
        elif choice == 7:  # an OpenDocument text with entity expansion
            laughs = (
                b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;&b;&b;</d>'
            )
            document = _zip(
                {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": laughs}
            )
            name = b"Brief.odt"
        else:
            paragraphs = [f"Absatz {i}: Лечение продолжается." for i in range(rng.randint(1, 80))]
            document = build_docx(rng, paragraphs, (2024, 3, 12, 9, 15, 0))
            if choice == 0:
                document = document[: rng.randrange(len(document))]
            elif choice == 1:
                document = self._bit_flips(document) or document
            elif choice == 2:  # sizes in the central directory that say 4 GB
                at = document.find(b"PK\x01\x02")
                if at >= 0:
                    document = document[: at + 20] + b"\xff" * 8 + document[at + 28 :]
            elif choice == 3:
                document = document.replace(b"word/document.xml", b"word/document.xmL", 1)
            else:
                content_type = b"application/vnd.openxmlformats-officedocument"
        return self._attach(data, content_type, name, document)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    block = b"a" * (1024 * 1024)
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        member.write(b'<w:document xmlns:w="urn:x"><w:body><w:t>')
        for _ in range(BOMB_BYTES // len(block)):
            member.write(block)
        member.write(b"</w:t></w:body></w:document>")
    return buffer.getvalue()


@dataclass
class FuzzTree:
    """What write_fuzz_tree wrote: the folder to import and where each file came from."""

    mail: Path
    messages: int = 0
    maildir_files: int = 0
    mbox_files: int = 0
    size_bytes: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    origins: dict[str, str] = field(default_factory=dict)  # file name: seed and mutations


def write_fuzz_tree(mail: Path, messages: int, seed: int, seeds: Sequence[Seed]) -> FuzzTree:
    """messages mutated corpus items under mail: a Maildir, and mbox files of MBOX_MESSAGES."""
    rng = random.Random(seed)
    mutator = Mutator(seeds, rng)
    tree = FuzzTree(mail)
    cur = mail / "Maildir" / "cur"
    for part in ("cur", "new", "tmp"):
        (mail / "Maildir" / part).mkdir(parents=True, exist_ok=True)
    (mail / "mbox").mkdir(parents=True, exist_ok=True)
    pending: list[bytes] = []
    pending_origins: list[str] = []

    def write_mbox() -> None:
        name = f"fuzz-{tree.mbox_files:04d}.mbox"
        joined = b"".join(ENVELOPE + b"\n" + message + b"\n" for message in pending)
        (mail / "mbox" / name).write_bytes(joined)
        tree.origins[name] = " | ".join(pending_origins)
        tree.mbox_files += 1
        tree.size_bytes += len(joined)
        pending.clear()
        pending_origins.clear()

    for index in range(messages):
        origin, data, kinds = mutator.message()
        tree.kinds.update(kinds)
        description = f"{origin.name}: {'+'.join(kinds) or 'none'}"
        if rng.random() < MBOX_SHARE:
            pending.append(data)
            pending_origins.append(description)
            if len(pending) >= MBOX_MESSAGES:
                write_mbox()
        else:
            name = f"{1_700_000_000 + index}.{index}.fuzz:2,S"
            (cur / name).write_bytes(data)
            tree.origins[name] = description
            tree.maildir_files += 1
            tree.size_bytes += len(data)
        tree.messages += 1
    if pending:
        write_mbox()
    return tree
