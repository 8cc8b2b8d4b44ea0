# SPDX-License-Identifier: GPL-3.0-or-later
"""What each mail program does differently: charsets, encodings, headers, IDs, boundaries."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from benchmarks.phrasebook import Mailer

if TYPE_CHECKING:
    import random


@dataclass(frozen=True)
class Style:
    """How one message is written: decided by its sender's mailer and a per-message draw."""

    charset: str
    transfer_encoding: str
    header_method: str  # "B" or "Q" encoded words
    header_charset: str
    has_html: bool
    top_posting: bool
    quote_prefix: str
    flowed: bool
    wraps: bool
    raw_utf8_headers: bool


CHARSETS: dict[Mailer, dict[str, tuple[str, ...]]] = {
    Mailer.THUNDERBIRD: {"de": ("UTF-8",), "ru": ("UTF-8",), "en": ("UTF-8",)},
    Mailer.OUTLOOK: {
        "de": ("iso-8859-1", "iso-8859-1", "utf-8"),
        "ru": ("koi8-r", "windows-1251", "utf-8"),
        "en": ("us-ascii", "iso-8859-1", "utf-8"),
    },
    Mailer.GMAIL: {"de": ("UTF-8",), "ru": ("UTF-8",), "en": ("UTF-8",)},
    Mailer.APPLE: {"de": ("utf-8",), "ru": ("utf-8",), "en": ("us-ascii", "utf-8")},
    Mailer.THE_BAT: {"de": ("iso-8859-15",), "ru": ("Windows-1251", "koi8-r"), "en": ("us-ascii",)},
    Mailer.YANDEX: {"de": ("utf-8",), "ru": ("utf-8",), "en": ("utf-8",)},
    Mailer.MAILRU: {"de": ("utf-8",), "ru": ("koi8-r", "utf-8"), "en": ("utf-8",)},
    Mailer.ROUNDCUBE: {
        "de": ("UTF-8", "ISO-8859-15", "ISO-8859-1"),
        "ru": ("UTF-8",),
        "en": ("UTF-8",),
    },
}
TRANSFER_ENCODINGS: dict[Mailer, tuple[str, ...]] = {
    Mailer.THUNDERBIRD: ("8bit", "8bit", "8bit", "quoted-printable", "base64"),
    Mailer.OUTLOOK: ("quoted-printable", "quoted-printable", "base64"),
    Mailer.GMAIL: ("quoted-printable", "base64"),
    Mailer.APPLE: ("quoted-printable",),
    Mailer.THE_BAT: ("8bit", "quoted-printable"),
    Mailer.YANDEX: ("base64",),
    Mailer.MAILRU: ("base64", "8bit"),
    Mailer.ROUNDCUBE: ("quoted-printable", "8bit"),
}
HEADER_ENCODING: dict[Mailer, tuple[str, str]] = {
    Mailer.THUNDERBIRD: ("B", "UTF-8"),
    Mailer.OUTLOOK: ("Q", ""),  # "" = the body's charset
    Mailer.GMAIL: ("B", "UTF-8"),
    Mailer.APPLE: ("Q", "utf-8"),
    Mailer.THE_BAT: ("B", ""),
    Mailer.YANDEX: ("B", "utf-8"),
    Mailer.MAILRU: ("B", ""),
    Mailer.ROUNDCUBE: ("Q", ""),
}
HTML_CHANCE = {
    Mailer.THUNDERBIRD: 0.1,
    Mailer.OUTLOOK: 1.0,
    Mailer.GMAIL: 1.0,
    Mailer.APPLE: 0.5,
    Mailer.THE_BAT: 0.0,
    Mailer.YANDEX: 1.0,
    Mailer.MAILRU: 0.7,
    Mailer.ROUNDCUBE: 0.3,
}
AGENTS = {
    Mailer.THUNDERBIRD: "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 "
    "Thunderbird/{v}.{m}.0",
    Mailer.OUTLOOK: "X-Mailer: Microsoft Outlook 16.0",
    Mailer.GMAIL: "",
    Mailer.APPLE: "X-Mailer: Apple Mail (2.3774.{m}00.171.1.1)",
    Mailer.THE_BAT: "X-Mailer: The Bat! (v10.{m}.2) Professional",
    Mailer.YANDEX: "X-Mailer: Yamail [ http://yandex.ru ] 5.0",
    Mailer.MAILRU: "X-Mailer: Mail.Ru Mailer 1.0",
    Mailer.ROUNDCUBE: "User-Agent: Roundcube Webmail/1.6.{m}",
}
THUNDERBIRD_ORDER = [
    "Message-ID",
    "Date",
    "MIME-Version",
    "User-Agent",
    "Subject",
    "Content-Language",
    "To",
    "Cc",
    "References",
    "In-Reply-To",
    "From",
]
OUTLOOK_ORDER = [
    "From",
    "To",
    "Cc",
    "Subject",
    "Thread-Topic",
    "Thread-Index",
    "Date",
    "Message-ID",
    "References",
    "In-Reply-To",
    "Accept-Language",
    "Content-Language",
    "X-MS-Has-Attach",
    "X-MS-TNEF-Correlator",
    "MIME-Version",
]
DEFAULT_ORDER = [
    "Date",
    "From",
    "To",
    "Cc",
    "Subject",
    "Message-ID",
    "In-Reply-To",
    "References",
    "MIME-Version",
    "User-Agent",
    "X-Mailer",
]
MSO_STYLE = (
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n'
    "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n"
    "\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\n"
    "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
    '\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
    "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n"
    "\ttext-decoration:underline;}\nspan.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n"
    '\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n.MsoChpDefault\n'
    '\t{mso-style-type:export-only;\n\tfont-family:"Calibri",sans-serif;\n'
    "\tmso-fareast-language:EN-US;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n"
    "\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
    '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
    '</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n'
    '<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->'
)


def message_id(mailer: Mailer, digest: bytes, domain: str, sent_at: int) -> str:
    """A Message-ID in the mailer's own layout, made from a per-message digest."""
    hexa = digest.hex()
    number = int.from_bytes(digest[:8])
    if mailer is Mailer.THUNDERBIRD:
        return f"<{hexa[:8]}-{hexa[8:12]}-{hexa[12:16]}-{hexa[16:20]}-{hexa[20:32]}@{domain}>"
    if mailer is Mailer.OUTLOOK:
        return f"<{hexa[:40].upper()}@EXMBX0{number % 9 + 1}.{domain}>"
    if mailer is Mailer.GMAIL:
        tail = hashlib.blake2b(digest, digest_size=30).hexdigest()
        return f"<CA{hexa[:10]}+{tail[:38]}@mail.gmail.example>"
    if mailer is Mailer.APPLE:
        upper = hexa.upper()
        return f"<{upper[:8]}-{upper[8:12]}-{upper[12:16]}-{upper[16:20]}-{upper[20:32]}@{domain}>"
    if mailer is Mailer.THE_BAT:
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(sent_at))
        return f"<{number % 10**10}.{stamp}@{domain}>"
    if mailer is Mailer.YANDEX:
        return f"<{number % 10**15}@mail.yandex.example>"
    if mailer is Mailer.MAILRU:
        return f"<{sent_at}.{number % 10**9}@f{number % 700 + 100}.i.mail.example>"
    return f"<{hexa[:32]}@{domain}>"


def boundary(rng: random.Random, mailer: Mailer, level: int) -> str:
    """A multipart boundary as the mailer makes them; level tells nested ones apart."""
    token = f"{rng.getrandbits(128):032x}"
    if mailer is Mailer.THUNDERBIRD:
        return "------------" + token[:24].upper()
    if mailer is Mailer.OUTLOOK:
        return f"_{level:03d}_{token.upper()}EXMBX_"
    if mailer is Mailer.GMAIL:
        return "0000000000" + token[:16]
    if mailer is Mailer.APPLE:
        return f"Apple-Mail=_{token[:8].upper()}-{token[8:12].upper()}-{token[12:24].upper()}"
    if mailer is Mailer.YANDEX:
        host = f"sas{level}-{token[6:18]}.qloud-c.yandex.example"
        return f"----==--bound.{int(token[:6], 16)}.{host}"
    if mailer is Mailer.MAILRU:
        return f"--ALT--{token[:16].upper()}{int(token[16:24], 16)}"
    return f"=_{token}"
