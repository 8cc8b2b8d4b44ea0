# SPDX-License-Identifier: GPL-3.0-or-later
"""RTF bodies of Outlook items: HTML unwrapped from them as RTFDE does it, text from plain
rich text, characters in the right code page."""

from __future__ import annotations

import re
from typing import Any

import extract_msg
import pytest
from extract_msg.utils import stripRtf
from RTFDE.deencapsulate import DeEncapsulator

from correspondence_app.importers.rtf import rtf_body
from tests.conftest import CORPORA

ENCAPSULATED = rb"""{\rtf1\ansi\ansicpg1252\fromhtml1 \deff0{\fonttbl
{\f0\fswiss\fcharset0 Arial;}
{\f1\fmodern Courier New;}}
{\colortbl\red0\green0\blue0;\red0\green0\blue255;}
{\*\generator Microsoft Exchange Server;}
\uc1\pard\plain\deftab360 \f0\fs24
{\*\htmltag19 <html>}
{\*\htmltag34 <head>}
{\*\htmltag161 <title>}
Title
{\*\htmltag169 </title>}
{\*\htmltag241 <style>}
{\*\htmltag241 body \{ color: red \}}
{\*\htmltag249 </style>}
{\*\htmltag41 </head>}
{\*\htmltag50 <body>}
{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 Gr\'fc\'dfe, {\*\htmltag84 <b>}
\htmlrtf {\b \htmlrtf0 Welt\htmlrtf }\htmlrtf0 {\*\htmltag92 </b>}!\htmlrtf \par\htmlrtf0 }
{\*\htmltag72 </p>}
{\*\htmltag58 </body>}
{\*\htmltag27 </html>}}"""


def test_html_is_unwrapped_from_its_rtf_envelope() -> None:
    kind, html = rtf_body(ENCAPSULATED)
    assert kind == "html"
    assert html == (
        "<html><head><title>Title</title><style>body { color: red }</style></head>"
        "<body><p>Grüße, <b>Welt</b>!</p></body></html>"
    )


def test_text_is_unwrapped_from_a_fromtext_envelope() -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252\fromtext \deff0{\fonttbl{\f0 Arial;}}"
        rb"Zeile eins\par Zeile zwei\par}"
    )
    assert rtf_body(rtf) == ("text", "Zeile eins\nZeile zwei\n")


def test_plain_rich_text_gives_its_words_in_its_code_page() -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fcharset204 Arial;}}"
        rb"{\colortbl;\red255\green0\blue0;}{\*\generator Riched20;}"
        rb"{\pict\pngblip 89504e47}\pard \'cf\'f0\'e8\'e2\'e5\'f2, \b \u1052?\u1080?\u1088?\b0 !"
        rb"\par\tab Second {\*\unknown hidden} line\par{\bin3 a}b} end\par}"
    )
    # \bin3 is followed by three bytes of binary data, "a}b", which are not text.
    assert rtf_body(rtf) == ("text", "Привет, Мир!\n\tSecond  line\n end\n")


def test_double_byte_characters_follow_the_fonts_charset() -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}{\f1\fcharset128 MS Gothic;}}"
        rb"{\f1 \'93\'fa\'96\'7b\'8c\'ea}\par}"
    )
    assert rtf_body(rtf) == ("text", "日本語\n")


def test_rtf_without_words_gives_nothing() -> None:
    assert rtf_body(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par\par}") == ("", "")
    assert rtf_body(b"not rtf at all") == ("text", "not rtf at all\n")
    assert rtf_body(b"") == ("", "")


def _rtfde(rtf: bytes) -> str:
    document = DeEncapsulator(stripRtf(rtf[: rtf.rfind(b"}") + 1]))
    document.deencapsulate()
    content = document.html if document.content_type == "html" else document.text
    return content.decode("utf-8") if isinstance(content, bytes) else str(content)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize(
    "name",
    [
        p.name
        for p in sorted((CORPORA / "msgreader").glob("*.msg"))
        if p.name.startswith(("Hello", "Many", "Outer", "Simple", "attach", "html", "msgIn", "non"))
    ],
)
def test_unwrapped_html_is_rtfdes_without_its_slowness(name: str) -> None:
    msg: Any = extract_msg.openMsg(CORPORA / "msgreader" / name)
    try:
        rtf = bytes(msg.rtfBody)
    finally:
        msg.close()
    kind, html = rtf_body(rtf)
    assert kind == "html"
    assert _words(html) == _words(_rtfde(rtf))
