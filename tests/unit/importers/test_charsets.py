# SPDX-License-Identifier: GPL-3.0-or-later
"""Charset labels, text decoding, RFC 2047 words and RFC 2231 parameters."""

from __future__ import annotations

import pytest

from correspondence_app.importers.charsets import (
    codec_for,
    decode_base64,
    decode_header,
    decode_param,
    decode_text,
    decode_words,
    split_params,
)

RUSSIAN = "Привет, как дела? Это тестовое сообщение о встрече в понедельник."


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("ks_c_5601-1987", "cp949"),
        ("KS_C_5601-1987", "cp949"),
        ("x-mac-cyrillic", "mac-cyrillic"),
        ("iso-8859-8-i", "iso8859-8"),
        ("gb2312", "gb18030"),
        ("GBK", "gb18030"),
        ("windows-1251", "cp1251"),
        ("koi8-r", "koi8-r"),
        ('"UTF-8"', "utf-8"),
        ("utf-8*en", "utf-8"),
        ("iso-8859-1", "cp1252"),
        ("cp-850", "cp850"),
        ("shift_jis", "cp932"),
        ("iso-2022-jp", "iso2022_jp_ext"),
        ("x-unknown", None),
        ("unknown", None),
        ("", None),
        ("us-ascii", None),
        ("fakescii", None),
        ("base64", None),
        ("UTF-8Return-Path: x", None),
    ],
)
def test_charset_labels_map_to_the_codec_senders_meant(label: str, codec: str | None) -> None:
    assert codec_for(label) == codec


@pytest.mark.parametrize(
    ("data", "label", "text", "note"),
    [
        (b"plain", None, "plain", ""),
        (b"plain", "fakescii", "plain", ""),
        ("Grüße".encode(), "iso-8859-1", "Grüße", "charset iso-8859-1 was really utf-8"),
        ("Grüße".encode("cp1252"), "iso-8859-1", "Grüße", ""),
        ("Счёт".encode("koi8-r"), "koi8-r", "Счёт", ""),
        (RUSSIAN.encode("cp1251"), None, RUSSIAN, "charset guessed: windows-1251"),
        (RUSSIAN.encode("cp1251"), "x-unknown", RUSSIAN, "charset guessed: windows-1251"),
        (RUSSIAN.encode("cp1251"), "utf-8", RUSSIAN, "charset guessed: windows-1251"),
        (RUSSIAN.encode("koi8-r"), "us-ascii", RUSSIAN, "charset guessed: koi8-r"),
        ("テスト".encode("iso2022_jp"), None, "テスト", ""),
        ("사진".encode("cp949"), "ks_c_5601-1987", "사진", ""),
    ],
)
def test_text_decodes_with_the_right_charset(
    data: bytes, label: str | None, text: str, note: str
) -> None:
    assert decode_text(data, label) == (text, note)


def test_utf8_with_one_broken_sequence_stays_utf8() -> None:
    data = (RUSSIAN * 3).encode() + b"\xd1f." + "т.к.".encode()
    text, note = decode_text(data, "utf-8")
    assert text.startswith(RUSSIAN)
    assert note == "invalid utf-8 bytes replaced"


def test_undecodable_bytes_are_replaced_not_raised() -> None:
    text, note = decode_text(b"\x81\x8d\x8f\x90\x9d" * 3, "utf-8")
    assert isinstance(text, str)
    assert note


@pytest.mark.parametrize(
    ("value", "decoded"),
    [
        ("=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=", "Keld Jørn Simonsen"),
        (
            "=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\r\n"
            " =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=",
            "If you can read this you understand the example.",
        ),
        ("=?utf-8?B?0J/RgNC4?= =?utf-8?B?0LLQtdGC?=", "Привет"),
        ("=?utf-8?B?0J/R?= =?utf-8?B?gNC40LLQtdGC?=", "Привет"),  # a character split in two
        ("Re:=?utf-8?Q?Gr=C3=BC=C3=9Fe?=!", "Re:Grüße!"),
        ("=?windows-1251?Q?=CF=F3=F2?= and =?koi8-r?B?89DJ08/L?=", "Пут and Список"),
        ("=?x-unknown?Q?caf=C3=A9?=", "café"),
        ("=?utf-8?B?0J/RgNC4\r\n 0LLQtdGC?=", "Привет"),  # one word folded in two
        ("=?utf-8?B?not base64!?= =?utf-8?Q?ok?=", "=?utf-8?B?not base64!?= ok"),
        ("no words at all", "no words at all"),
        ("=?broken", "=?broken"),
    ],
)
def test_encoded_words_decode_leniently(value: str, decoded: str) -> None:
    assert decode_header(value) == decoded


def test_raw_8bit_header_decodes_as_utf8_then_with_the_fallback() -> None:
    utf8 = "Säying Hello".encode().decode("ascii", "surrogateescape")
    cp1251 = "Отчёт за март".encode("cp1251").decode("ascii", "surrogateescape")
    assert decode_header(utf8) == "Säying Hello"
    assert decode_header(cp1251, "cp1251") == "Отчёт за март"


def test_raw_iso2022_header_is_decoded() -> None:
    assert decode_header("\x1b$B%F%9%H\x1b(B") == "テスト"


@pytest.mark.parametrize(
    ("value", "name", "decoded"),
    [
        ("attachment; filename*=ISO-8859-1''%61%74%2E%E4%F6%FC", "filename", "at.äöü"),
        ("attachment; filename*=UTF-8''%61%74%2E%C3%A4%C3%B6%C3%BC", "filename", "at.äöü"),
        (
            "attachment;\r\n\tfilename*0*=utf-8''%E3%81%8B%E3%81%8D;\r\n\tfilename*1*=%E3%81%8F.txt",
            "filename",
            "かきく.txt",
        ),
        ('text/plain; name*0="abc"; name*1="def.txt"', "name", "abcdef.txt"),
        ("text/plain; name==?koi8-r?B?89DJ08/LLmRvYw==?=", "name", "Список.doc"),
        ('image/jpeg; name="=?ks_c_5601-1987?B?u+fB+C5KUEc=?="', "name", "사진.JPG"),
        ('a; filename="x\\"y.txt"; filename="second"', "filename", 'x"y.txt'),
        ('a; filename="C:\\Temp\\report.pdf"', "filename", "C:\\Temp\\report.pdf"),
        ('application/pdf name="invoice.pdf"', "name", "invoice.pdf"),
    ],
)
def test_parameters_decode_rfc2231_and_encoded_words(value: str, name: str, decoded: str) -> None:
    _main, params = split_params(value)
    assert decode_param(params[name]) == decoded


def test_parameter_with_raw_utf8_bytes_is_recovered() -> None:
    value = "attachment; filename=管理.doc".encode().decode("ascii", "surrogateescape")
    main, params = split_params(value)
    assert main == "attachment"
    assert decode_param(params["filename"]) == "管理.doc"


@pytest.mark.parametrize(
    ("data", "decoded"),
    [
        (b"PGh0bWw+Cg==", b"<html>\n"),
        (b"PGh0*bWw+Cg==", b"<html>\n"),
        (b"PGh0bWw+Cg", b"<html>\n"),
        (b"PGh0bWw+C", b"<html>"),
        (b"PGh0bWw+Cg==\r\nPGh0bWw+Cg==", b"<html>\n<html>\n"),
        (b"", b""),
    ],
)
def test_base64_decodes_leniently(data: bytes, decoded: bytes) -> None:
    assert decode_base64(data) == decoded


def test_words_without_encoded_words_are_returned_unchanged() -> None:
    value = "A = B? maybe"
    assert decode_words(value) is value
