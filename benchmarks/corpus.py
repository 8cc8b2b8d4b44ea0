# SPDX-License-Identifier: GPL-3.0-or-later
"""Seeded generator of realistic German, Russian and English mail, written as mbox and Maildir."""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks import attachments, mailers, mime
from benchmarks.composer import Composer, strip_prefixes
from benchmarks.phrasebook import (
    ATTACHMENT_NAMES,
    ME,
    PERSONAS,
    Mailer,
    Persona,
    Role,
)
from benchmarks.plan import END_AT, START_AT, make_plan

if TYPE_CHECKING:
    import random
    from collections.abc import Callable, Iterator

    from benchmarks.mailers import Style

GENERATOR_VERSION = 1
MY_DOMAIN = "posteo.example"
ATTACHMENT_BUDGET_BYTES = 200_000

_ATTACHMENT_CHANCE = {
    Role.MINISTRY: 0.17,
    Role.EMBASSY: 0.12,
    Role.PARLIAMENT: 0.12,
    Role.LAWYER: 0.25,
    Role.FRIEND: 0.1,
    Role.FAMILY: 0.08,
    Role.SUPPORTER: 0.12,
}


@dataclass(frozen=True)
class CorpusMessage:
    """One generated message and where the writers put it."""

    index: int
    folder: str  # Maildir++ folder, e.g. ".Sent"; "" is the inbox
    subdir: str  # "cur" or "new"
    flags: str  # Maildir info flags, e.g. "RS"
    name: str  # the Maildir file name without the ":2," info
    envelope_sender: str
    delivered_at: int
    data: bytes
    duplicate_of: int  # -1 for an original

    @property
    def maildir_path(self) -> str:
        info = f":2,{self.flags}" if self.subdir == "cur" else ""
        return f"{self.folder}/{self.subdir}/{self.name}{info}".lstrip("/")


@dataclass(frozen=True)
class CorpusSummary:
    """What a writer produced: counts and sizes, for the benchmark's expectations."""

    messages: int
    duplicates: int
    identical_duplicates: int
    threads: int
    with_attachments: int
    size_bytes: int
    largest_bytes: int
    seconds: float


_MBOXRD_FROM = re.compile(rb"^(>*From )", re.MULTILINE)


def _name_parameter(name: str) -> str:
    """A file name for a name="..." parameter: as is, or as one RFC 2047 word as Outlook does."""
    if name.isascii():
        return name.replace('"', "'")
    return mime.encoded_words(name, "UTF-8", "B").replace("\n ", "")


def _filename_parameter(name: str, mailer: Mailer) -> str:
    """The filename parameter: RFC 2231 from mailers that follow it, RFC 2047 from the others."""
    if name.isascii():
        return f'filename="{name}"'
    if mailer in (Mailer.THUNDERBIRD, Mailer.APPLE, Mailer.ROUNDCUBE):
        return mime.rfc2231_filename(name)
    return f'filename="{_name_parameter(name)}"'


class _MessageBuilder(Composer):
    """Turns the composed words into message bytes: headers, MIME structure, attachments."""

    # Headers --------------------------------------------------------------------------------

    def message_id(self, index: int) -> str:
        plan = self.plan
        if plan.duplicate_of[index] >= 0:
            index = plan.duplicate_of[index]
        digest = hashlib.blake2b(f"{plan.seed}/{index}/id".encode(), digest_size=24).digest()
        sender = self.sender(index)
        domain = sender.address.split("@")[1]
        return mailers.message_id(sender.mailer, digest, domain, plan.sent_at[index])

    def _encoded(self, text: str, style: Style) -> str:
        if text.isascii() or style.raw_utf8_headers:
            return text
        charset = style.header_charset
        if not mime.encodable(text, charset):
            charset = "UTF-8"
        return mime.encoded_words(text, charset, style.header_method)

    def _address(self, persona: Persona, style: Style, rng: random.Random) -> str:
        name = persona.name
        if rng.random() < 0.03:
            return f"<{persona.address}>"
        if name.isascii() or style.raw_utf8_headers:
            return f"{mime.display_name(name)} <{persona.address}>"
        encoded = self._encoded(name, style)
        if rng.random() < 0.01:  # Some mailers wrongly quote encoded words.
            return f'"{encoded}" <{persona.address}>'
        return f"{encoded} <{persona.address}>"

    def _references(self, index: int) -> list[str]:
        chain = []
        current = self.plan.parent[index]
        while current >= 0:
            chain.append(current)
            current = self.plan.parent[current]
        chain.reverse()
        if len(chain) > 10:
            chain = [chain[0], *chain[-9:]]
        return [self.message_id(ancestor) for ancestor in chain]

    def _transport_headers(self, index: int, delivered_at: int, rng: random.Random) -> list[str]:
        """Return-Path, Received and authentication headers the receiving side adds."""
        sender = self.sender(index)
        domain = sender.address.split("@")[1]
        my_offset = mime.offset_of(delivered_at, 60, 120)
        sender_offset = self.utc_offset(index)
        queue_id = f"{rng.getrandbits(48):012X}"
        client = f"198.51.100.{rng.randrange(2, 250)}"
        relay = f"203.0.113.{rng.randrange(2, 250)}"
        sent = self.plan.sent_at[index]
        headers = [
            f"Return-Path: <{sender.address}>",
            f"Delivered-To: {ME['de'].address}",
            f"Received: from mx0{rng.randrange(1, 4)}.{MY_DOMAIN} ([127.0.0.1])\n"
            f"\tby mailin0{rng.randrange(1, 5)}.{MY_DOMAIN} (Postfix)"
            f" with ESMTPS id 4{queue_id[:10]}\n"
            f"\tfor <{ME['de'].address}>; {mime.rfc5322_date(delivered_at, my_offset)}",
            f"Received: from mout.{domain} (mout.{domain} [{relay}])\n"
            f"\tby mx01.{MY_DOMAIN} (Postfix) with ESMTPS id {queue_id}\n"
            f"\tfor <{ME['de'].address}>; {mime.rfc5322_date(delivered_at - 1, my_offset)}",
        ]
        if rng.random() < 0.7:
            headers.append(
                f"Received: from [{client}] (dynamic-{client.replace('.', '-')}.example.net "
                f"[{client}])\n\tby mout.{domain} with ESMTPSA id {rng.getrandbits(40):010x};\n"
                f"\t{mime.rfc5322_date(sent + 1, sender_offset)}"
            )
        body_hash = base64.b64encode(rng.randbytes(32)).decode("ascii")
        signature = base64.b64encode(rng.randbytes(256)).decode("ascii")
        folded_signature = "\n\t ".join(signature[i : i + 76] for i in range(0, len(signature), 76))
        headers.append(
            f"X-Virus-Scanned: amavisd-new at {MY_DOMAIN}\n"
            f"Authentication-Results: mx01.{MY_DOMAIN}; dkim=pass (2048-bit key)\n"
            f"\theader.d={domain}; spf=pass smtp.mailfrom={domain};"
            f" dmarc=pass header.from={domain}\n"
            f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=s{sent % 997};\n"
            f"\tt={sent}; bh={body_hash};\n\th=From:To:Subject:Date:Message-ID;\n"
            f"\tb={folded_signature}"
        )
        return headers

    # Assembly -------------------------------------------------------------------------------

    def _attachment_parts(self, index: int, rng: random.Random) -> tuple[list[mime.Part], bool]:
        """The forwarded message/rfc822 part, if any, and the attached files of the message."""
        plan = self.plan
        correspondent = self.correspondent(index)
        language = correspondent.language
        mailer = self.sender(index).mailer
        parts: list[mime.Part] = []
        source = plan.forward_of[index]
        if source >= 0 and self.forwards_as_attachment(index):
            inner = self.message_bytes(source, embedded=True)
            name = re.sub(r'[/\\:*?"<>|]', "_", strip_prefixes(self.subject(source)))[:40] + ".eml"
            headers = [
                f'Content-Type: message/rfc822;\n name="{_name_parameter(name)}"',
                "Content-Transfer-Encoding: 8bit",
                "Content-Disposition: attachment;\n " + _filename_parameter(name, mailer),
            ]
            parts.append((headers, inner))
        if rng.random() >= _ATTACHMENT_CHANCE[correspondent.role]:
            return parts, bool(parts)
        count = rng.choices((1, 2, 3), weights=(70, 20, 10))[0]
        budget = ATTACHMENT_BUDGET_BYTES  # keeps the largest messages near 300 KB
        for _ in range(count):
            part = self._attachment(index, rng, language, mailer, budget)
            parts.append(part)
            budget -= len(part[1]) * 3 // 4
            if budget < 20_000:
                break
        return parts, True

    def _attachment(
        self,
        index: int,
        rng: random.Random,
        language: str,
        mailer: Mailer,
        budget: int,
    ) -> mime.Part:
        role = self.correspondent(index).role
        if role in (Role.FRIEND, Role.FAMILY):
            kind = rng.choices(("png", "pdf", "txt"), weights=(70, 20, 10))[0]
        elif role is Role.SUPPORTER:
            kind = rng.choices(("docx", "pdf", "png"), weights=(40, 30, 30))[0]
        else:
            kind = rng.choices(("pdf", "docx", "txt", "png"), weights=(50, 25, 10, 15))[0]
        names = [name for name in ATTACHMENT_NAMES[language] if name.endswith("." + kind)]
        if not names:
            names = [f"Dokument_{{n}}.{kind}"]
        at = time.gmtime(self.plan.sent_at[index])
        name = rng.choice(names).format(
            date=f"{at.tm_year}-{at.tm_mon:02d}-{at.tm_mday:02d}", n=rng.randrange(1000, 9999)
        )
        paragraphs = [p for p in self.own_text(index)[0] if "\n" not in p] or ["-"]
        sentences = [s for p in paragraphs for s in p.split(". ")]
        if kind == "pdf":
            lines = [*sentences] * rng.randint(1, 6)
            scan = int(min(rng.lognormvariate(10.6, 0.8), budget)) if rng.random() < 0.4 else 0
            data = attachments.build_pdf(rng, lines, scan_bytes=scan)
            content_type = "application/pdf"
        elif kind == "png":
            data = attachments.build_png(rng, int(min(rng.lognormvariate(10.2, 0.9), budget)))
            content_type = "image/png"
        elif kind == "docx":
            stamp = (
                at.tm_year,
                at.tm_mon,
                at.tm_mday,
                at.tm_hour,
                at.tm_min,
                at.tm_sec - at.tm_sec % 2,
            )
            data = attachments.build_docx(rng, sentences * rng.randint(1, 8), stamp)
            content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        else:
            charset = rng.choice(("utf-8", "windows-1251" if language == "ru" else "iso-8859-1"))
            text = "\n".join(sentences * rng.randint(1, 10)) + "\n"
            if not mime.encodable(text, charset):
                charset = "utf-8"
            filename = _filename_parameter(name, mailer)
            extra = (f"Content-Disposition: attachment;\n {filename}",)
            params = f';\n name="{_name_parameter(name)}"'
            encoding = rng.choice(("base64", "quoted-printable"))
            return mime.text_part(
                text, "plain", charset, encoding, extra_params=params, extra_headers=extra
            )
        content = f'Content-Type: {content_type};\n name="{_name_parameter(name)}"'
        disposition = "Content-Disposition: attachment;\n " + _filename_parameter(name, mailer)
        return mime.binary_part(content, disposition, data)

    def message_bytes(self, index: int, *, embedded: bool = False) -> bytes:
        """The message as written by its sender's mailer and received by the archive's owner."""
        cached = self._data.get((index, embedded))
        if cached is not None:
            return cached
        plan = self.plan
        sender, recipient = self.sender(index), self.recipient(index)
        correspondent = self.correspondent(index)
        language = correspondent.language
        style = self.style(index)
        rng = self.rng(index, "mime")
        mailer = sender.mailer

        plain = self.text(index).plain
        charset = style.charset
        if not mime.encodable(plain, charset):
            charset = "UTF-8" if mailer in (Mailer.THUNDERBIRD, Mailer.GMAIL) else "utf-8"
        encoding = style.transfer_encoding
        if encoding == "8bit" and any(len(line) > 900 for line in plain.split("\n")):
            encoding = "quoted-printable"
        params = "; format=flowed" if style.flowed else ""
        part = mime.text_part(plain, "plain", charset, encoding, extra_params=params)
        if style.has_html:
            html_encoding = "base64" if encoding == "base64" else "quoted-printable"
            html_part = mime.text_part(self.html_text(index), "html", charset, html_encoding)
            part = mime.multipart(
                "alternative", mailers.boundary(rng, mailer, 1), [part, html_part]
            )
            if mailer is Mailer.OUTLOOK and correspondent.role.is_official and rng.random() < 0.3:
                logo = attachments.build_png(rng, rng.randrange(1_500, 6_000))
                cid = f"image001.png@01D{rng.getrandbits(40):010X}"
                logo_part = mime.binary_part(
                    'Content-Type: image/png;\n name="image001.png"',
                    'Content-Disposition: inline;\n filename="image001.png"',
                    logo,
                )
                logo_part[0].insert(0, f"Content-ID: <{cid}>")
                part = mime.multipart(
                    "related", mailers.boundary(rng, mailer, 2), [part, logo_part]
                )
        extra_parts, has_attachments = (
            ([], False) if embedded else self._attachment_parts(index, rng)
        )
        if extra_parts:
            preamble = (
                b"This is a multi-part message in MIME format.\n"
                if mailer is Mailer.THUNDERBIRD
                else b""
            )
            part = mime.multipart(
                "mixed", mailers.boundary(rng, mailer, 0), [part, *extra_parts], preamble=preamble
            )
        headers: dict[str, str] = {}
        sent = plan.sent_at[index]
        offset = self.utc_offset(index)
        if mailer is Mailer.OUTLOOK:
            headers["Date"] = mime.rfc5322_date(sent, 0)
        else:
            zone = sender.zone.value
            comment = zone[3] if offset == zone[1] and offset != zone[0] else zone[2]
            headers["Date"] = mime.rfc5322_date(
                sent,
                offset,
                weekday=rng.random() < 0.95,
                comment=comment if mailer is Mailer.THE_BAT else "",
            )
        headers["From"] = self._address(sender, style, rng)
        headers["To"] = self._address(recipient, style, rng)
        cc = self._cc(index, rng)
        if cc:
            headers["Cc"] = ",\n ".join(self._address(persona, style, rng) for persona in cc)
        subject = self.subject(index)
        headers["Subject"] = self._encoded(subject, style)
        headers["Message-ID"] = self.message_id(index)
        if plan.parent[index] >= 0:
            references = self._references(index)
            headers["In-Reply-To"] = references[-1]
            if mailer not in (Mailer.THE_BAT, Mailer.MAILRU) or rng.random() < 0.5:
                headers["References"] = "\n ".join(references)
        headers["MIME-Version"] = "1.0"
        agent = mailers.AGENTS[mailer].format(v=rng.choice((102, 115, 128)), m=rng.randrange(1, 9))
        if agent:
            name, value = agent.split(": ", 1)
            headers[name] = value
        if mailer is Mailer.OUTLOOK:
            headers["Thread-Topic"] = self._encoded(strip_prefixes(subject), style)
            headers["Thread-Index"] = base64.b64encode(rng.randbytes(22)).decode("ascii")
            headers["Accept-Language"] = "de-DE, en-US"
            headers["Content-Language"] = {"de": "de-DE", "ru": "ru-RU", "en": "en-GB"}[language]
            headers["X-MS-Has-Attach"] = "yes" if has_attachments else ""
            headers["X-MS-TNEF-Correlator"] = ""
        elif mailer is Mailer.THUNDERBIRD:
            headers["Content-Language"] = {"de": "de-DE", "ru": "ru", "en": "en-GB"}[language]
        order = (
            mailers.THUNDERBIRD_ORDER
            if mailer is Mailer.THUNDERBIRD
            else mailers.OUTLOOK_ORDER
            if mailer is Mailer.OUTLOOK
            else mailers.DEFAULT_ORDER
        )
        lines = [mime.fold(name, headers[name]) for name in order if name in headers]
        part_headers, body = part
        if mailer is Mailer.OUTLOOK:
            lines[-1:-1] = part_headers  # Outlook writes MIME-Version last.
        else:
            lines.extend(part_headers)
        if not plan.outgoing[index] and not embedded:
            delivered_at = sent + int(rng.expovariate(1 / 40)) + 2
            lines[:0] = self._transport_headers(index, delivered_at, rng)
        elif mailer is Mailer.THUNDERBIRD and not embedded and rng.random() < 0.5:
            lines[:0] = ["X-Mozilla-Status: 0001", "X-Mozilla-Status2: 00000000"]
        data = "\n".join(lines).encode("utf-8") + b"\n\n" + body
        if len(self._data) > 2_000:
            self._data.clear()
        self._data[(index, embedded)] = data
        return data

    def _cc(self, index: int, rng: random.Random) -> list[Persona]:
        correspondent = self.correspondent(index)
        if rng.random() >= (0.3 if correspondent.role.is_official else 0.1):
            return []
        candidates = [
            persona
            for persona in PERSONAS
            if persona.language == correspondent.language
            and persona.role in (Role.LAWYER, Role.SUPPORTER, Role.FAMILY)
            and persona is not correspondent
        ]
        return rng.sample(candidates, k=min(len(candidates), rng.choice((1, 1, 2))))

    # Placement ------------------------------------------------------------------------------

    def message(self, index: int) -> CorpusMessage:
        plan = self.plan
        original = plan.duplicate_of[index]
        rng = self.rng(index, "placement")
        correspondent = self.correspondent(index)
        delivered_at = plan.sent_at[index] + rng.randrange(2, 300)
        if original >= 0:
            data = self.message_bytes(original)
            if rng.random() < 0.5:
                # Delivered twice along different paths: one more Received header on top.
                received = (
                    f"Received: from mx02.{MY_DOMAIN} ([127.0.0.1])\n\tby mailin02.{MY_DOMAIN} "
                    f"(Postfix) with LMTP id {rng.getrandbits(48):012X};\n"
                    f"\t{mime.rfc5322_date(delivered_at, mime.offset_of(delivered_at, 60, 120))}\n"
                )
                data = received.encode("ascii") + data
        else:
            data = self.message_bytes(index)
        outgoing = plan.outgoing[index]
        role = correspondent.role
        year = time.gmtime(plan.sent_at[index]).tm_year
        if outgoing:
            folder = ".Sent"
        elif role in (Role.MINISTRY, Role.PARLIAMENT):
            folder = ".Behoerden"
        elif role is Role.EMBASSY:
            folder = ".Behoerden.Botschaft"
        elif role is Role.LAWYER:
            folder = ".Anwalt"
        elif year <= 2020:
            folder = f".Archiv.{year}"
        elif role is Role.FRIEND and correspondent.language == "ru":
            folder = "." + mime.imap_utf7("Дмитрий")
        else:
            folder = ""
        if original >= 0 and rng.random() < 0.5:
            folder = ""
        is_new = not outgoing and plan.sent_at[index] > END_AT - (END_AT - START_AT) // 100
        draw = rng.random()
        if outgoing:
            flags = "S"
        elif plan.replied[index]:
            flags = "RS"
        elif draw < 0.03:
            flags = ""
        elif draw < 0.05:
            flags = "FS"
        else:
            flags = "S"
        name = (
            f"{delivered_at}.M{rng.randrange(10**6)}P{plan.seed}Q{index}.mail.{MY_DOMAIN},"
            f"S={len(data)},W={len(data) + data.count(b'\n')}"
        )
        envelope = self.sender(index).address
        return CorpusMessage(
            index=index,
            folder=folder,
            subdir="new" if is_new and not plan.replied[index] else "cur",
            flags=flags,
            name=name,
            envelope_sender=envelope,
            delivered_at=delivered_at,
            data=data,
            duplicate_of=original,
        )


def iter_messages(count: int, seed: int) -> Iterator[CorpusMessage]:
    """All messages in delivery order; the same seed and count always give the same bytes."""
    composer = _MessageBuilder(make_plan(count, seed))
    for index in range(count):
        yield composer.message(index)


def mbox_entry(message: CorpusMessage) -> bytes:
    """The message as an mboxrd entry: "From " line, escaped body, blank line."""
    from_line = f"From {message.envelope_sender} {mime.asctime(message.delivered_at)}\n"
    return from_line.encode("ascii") + _MBOXRD_FROM.sub(rb">\1", message.data) + b"\n"


def unescape_mboxrd(data: bytes) -> bytes:
    return re.sub(rb"^>(>*From )", rb"\1", data, flags=re.MULTILINE)


def write_corpus(
    count: int,
    seed: int,
    *,
    mbox: Path | None = None,
    maildir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CorpusSummary:
    """Write the corpus as an mboxrd file, a Maildir++ tree, or both, in one pass."""
    started = time.perf_counter()
    if maildir is not None:
        if maildir.exists() and any(maildir.iterdir()):
            raise FileExistsError(f"{maildir} is not empty")
        maildir.mkdir(parents=True, exist_ok=True)
    mbox_file = None
    if mbox is not None:
        mbox.parent.mkdir(parents=True, exist_ok=True)
        mbox_file = mbox.with_name(mbox.name + ".partial").open("wb")
    made_folders: set[str] = set()
    duplicates = identical = with_attachments = size = largest = 0
    roots: set[int] = set()
    plan = make_plan(count, seed)
    composer = _MessageBuilder(plan)
    try:
        for index in range(count):
            message = composer.message(index)
            data = message.data
            size += len(data)
            largest = max(largest, len(data))
            if message.duplicate_of >= 0:
                duplicates += 1
                identical += data == composer.message_bytes(message.duplicate_of)
            else:
                roots.add(plan.root[index])
                with_attachments += b"Content-Disposition: attachment" in data
            if mbox_file is not None:
                mbox_file.write(mbox_entry(message))
            if maildir is not None:
                if message.folder not in made_folders:
                    _make_folder(maildir, message.folder)
                    made_folders.add(message.folder)
                path = maildir / message.maildir_path
                path.write_bytes(data)
                os.utime(path, (message.delivered_at, message.delivered_at))
            if progress is not None and (index + 1) % 1000 == 0:
                progress(index + 1, count)
    finally:
        if mbox_file is not None:
            mbox_file.close()
    if mbox is not None:
        mbox.with_name(mbox.name + ".partial").replace(mbox)
    return CorpusSummary(
        messages=count,
        duplicates=duplicates,
        identical_duplicates=identical,
        threads=len(roots),
        with_attachments=with_attachments,
        size_bytes=size,
        largest_bytes=largest,
        seconds=time.perf_counter() - started,
    )


def _make_folder(maildir: Path, folder: str) -> None:
    base = maildir / folder if folder else maildir
    for sub in ("cur", "new", "tmp"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    if folder:
        (base / "maildirfolder").touch()


def write_mbox(path: Path, count: int, seed: int) -> CorpusSummary:
    return write_corpus(count, seed, mbox=path)


def write_maildir(path: Path, count: int, seed: int) -> CorpusSummary:
    return write_corpus(count, seed, maildir=path)


def check_corpus(count: int, seed: int, *, mbox: Path | None, maildir: Path | None) -> list[str]:
    """Read the files back with Python's mailbox module and compare them with the generator."""
    import mailbox

    expected = list(iter_messages(count, seed))
    problems: list[str] = []
    if mbox is not None:
        box = mailbox.mbox(mbox, create=False)
        found = [unescape_mboxrd(box.get_bytes(key)) for key in box.iterkeys()]
        if len(found) != count:
            problems.append(f"mbox: {len(found)} messages, expected {count}")
        mismatched = sum(a != b.data for a, b in zip(found, expected, strict=False))
        if mismatched:
            problems.append(f"mbox: {mismatched} messages differ from the generator")
    if maildir is not None:
        inbox = mailbox.Maildir(maildir, factory=None, create=False)
        folders = [inbox, *(inbox.get_folder(name) for name in inbox.list_folders())]
        by_name: dict[str, bytes] = {}
        for folder in folders:
            for key in folder.iterkeys():
                by_name[key] = folder.get_bytes(key)
        if len(by_name) != count:
            problems.append(f"Maildir: {len(by_name)} messages, expected {count}")
        mismatched = sum(by_name.get(message.name) != message.data for message in expected)
        if mismatched:
            problems.append(f"Maildir: {mismatched} messages differ from the generator")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__)
    parser.add_argument("--messages", type=int, required=True, help="how many messages")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mbox", type=Path, help="write an mboxrd file here")
    parser.add_argument("--maildir", type=Path, help="write a Maildir++ tree here (empty or new)")
    parser.add_argument(
        "--check", action="store_true", help="read the output back with Python's mailbox module"
    )
    args = parser.parse_args(argv)
    if args.mbox is None and args.maildir is None:
        parser.error("give --mbox, --maildir or both")

    def report(done: int, total: int) -> None:
        print(f"\r{done}/{total} messages", end="", file=sys.stderr, flush=True)

    try:
        summary = write_corpus(
            args.messages, args.seed, mbox=args.mbox, maildir=args.maildir, progress=report
        )
    except FileExistsError as error:
        print(f"{error}: give an empty or new folder", file=sys.stderr)
        return 2
    print(file=sys.stderr)
    print(
        f"{summary.messages} messages ({summary.duplicates} duplicates, {summary.threads} threads, "
        f"{summary.with_attachments} with attachments), {summary.size_bytes / 1e6:.1f} MB, "
        f"largest {summary.largest_bytes / 1e3:.0f} KB, in {summary.seconds:.1f} s"
    )
    if args.check:
        problems = check_corpus(args.messages, args.seed, mbox=args.mbox, maildir=args.maildir)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            return 1
        print("check: Python's mailbox module reads back the same messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
