# SPDX-License-Identifier: GPL-3.0-or-later
"""Outlook files: every real .msg of the corpora converted (or refused with a reason), the
headers, bodies and attachments kept, the same bytes every time; the .ost walked folder by
folder, mail converted and the rest skipped with reasons."""

from __future__ import annotations

import email
import hashlib
import lzma
import re
from collections import Counter
from dataclasses import replace
from email import policy
from typing import TYPE_CHECKING, Any

import extract_msg
import pytest
from sqlalchemy import select

from correspondence_app.domain.message import MessageRejected
from correspondence_app.importers import outlook_pst, pipeline, sources
from correspondence_app.importers.base import FileFormat, RawItem, Skipped, SourceTally
from correspondence_app.importers.detect import detect_format, read_head
from correspondence_app.importers.mime import parse_message
from correspondence_app.importers.outlook import (
    OutlookError,
    PstItem,
    is_pst,
    iter_pst,
    msg_to_rfc822,
)
from correspondence_app.importers.outlook_mime import Address, OutlookItem, Part, to_rfc822
from correspondence_app.storage.tables import MessageSource, SourceIdentity
from tests.conftest import CORPORA, REPO_ROOT

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.domain.message import ParsedMessage
    from correspondence_app.services import Archive

OST_XZ = REPO_ROOT / "tests" / "data" / "outlook" / "pstextractortest.ost.xz"
OST_SHA256 = "daacd8d441428634e103b7c1e37fe1e5909256cc917551667049b5e84dfcf5f0"
MSG_FILES = sorted(p.name for p in (CORPORA / "msgreader").glob("*.msg"))
# What the corpus holds that is not mail, found by its message class.
NOT_MAIL = {
    **dict.fromkeys(
        (
            "7 days  everyday.msg",
            "A black friday (w tz).msg",
            "A black friday (wo tz).msg",
            "A daily 1.msg",
            "A monthly 1.msg",
            "A schedule.msg",
            "A weekly 1.msg",
            "A yearly 1.msg",
            "Appointment sample EST.msg",
            "Friday Lunch.msg",
            "Lanch time  every friday  in 2023 chgs1.msg",
            "Lanch time  every friday  in 2023 chgs2.msg",
            "Lanch time  every friday  in 2023 org.msg",
        ),
        "a calendar item (IPM.Appointment), not an e-mail",
    ),
    "A memo.msg": "a note (IPM.StickyNote), not an e-mail",
    "contactAnsi.msg": "a contact (IPM.Contact), not an e-mail",
    "contactUnicode.msg": "a contact (IPM.Contact), not an e-mail",
}


def msg_bytes(name: str) -> bytes:
    path = CORPORA / "msgreader" / name if name.endswith(".msg") else CORPORA / name
    return path.read_bytes()


def converted(name: str) -> tuple[bytes, ParsedMessage]:
    raw = msg_to_rfc822(msg_bytes(name))
    return raw, parse_message(raw)


def header_block(raw: bytes) -> str:
    return raw.split(b"\r\n\r\n", 1)[0].decode("utf-8")


# .msg files -------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [*MSG_FILES, "spamscope-mail-parser/mail_outlook_1"])
def test_every_corpus_msg_converts_the_same_way_twice_or_is_refused_with_a_reason(
    name: str,
) -> None:
    data = msg_bytes(name)
    if name in NOT_MAIL:
        with pytest.raises(OutlookError) as refused:
            msg_to_rfc822(data)
        assert str(refused.value) == f"Outlook item: {NOT_MAIL[name]}"
        return
    raw = msg_to_rfc822(data)
    assert raw == msg_to_rfc822(data)  # deterministic: the import finds copies by hash
    assert header_block(raw).count("MIME-Version: 1.0") == 1
    assert b"\n" not in raw.replace(b"\r\n", b"")  # one kind of line end
    try:
        parsed = parse_message(raw)
    except MessageRejected as rejection:
        pytest.fail(f"{name}: the converted message does not parse: {rejection.reason}")
    assert not parsed.defects, parsed.defects


def test_the_corpus_counts_28_messages_and_16_other_items() -> None:
    assert len(MSG_FILES) == 43
    assert len([n for n in MSG_FILES if n not in NOT_MAIL]) + 1 == 28  # and mail_outlook_1
    assert len(NOT_MAIL) == 16


def test_transport_headers_are_kept_and_the_mime_fields_written_anew() -> None:
    raw, parsed = converted("spamscope-mail-parser/mail_outlook_1")
    msg: Any = extract_msg.openMsg(msg_bytes("spamscope-mail-parser/mail_outlook_1"))
    try:
        transport = str(msg.headerText)
    finally:
        msg.close()
    fields = re.findall(r"^[!-9;-~]+:.*(?:\r?\n[ \t].*)*", transport, re.MULTILINE)
    kept = [f for f in fields if not re.match(r"(?i)content-|mime-version", f)]
    headers = header_block(raw)
    assert len(kept) > 20
    for field in kept:
        assert field.replace("\r\n", "\n").replace("\n", "\r\n") in headers
    assert "Received: from" in headers
    assert headers.count("Content-Type:") == 1  # ours, for the body written
    assert parsed.subject.startswith("Newsletter Prüfung Personalwesen")
    assert parsed.message_id == "20170918100018.6AE0948009C@www.w-vwa.de"
    assert parsed.date_at is not None
    assert parsed.date_at.isoformat() == "2017-09-18T10:00:18+00:00"
    assert parsed.date_offset_minutes == 120


def test_without_transport_headers_the_fields_come_from_the_properties() -> None:
    raw, parsed = converted("test1.msg")
    headers = header_block(raw)
    assert "To: to@example.com\r\n" in headers
    assert "Cc: cc@example.com\r\n" in headers
    assert "Subject: title\r\n" in headers
    assert "Date: Tue, 05 Mar 2019 07:22:17 +0000\r\n" in headers
    roles = {(role.name, address.address) for role, address in parsed.addresses}
    assert roles == {("TO", "to@example.com"), ("CC", "cc@example.com")}
    _, sent = converted("sent.msg")
    assert ("FROM", "xmailuser@xmailserver.test") in {
        (role.name, address.address) for role, address in sent.addresses
    }


def test_ansi_strings_are_read_in_the_code_page_of_the_authors_locale() -> None:
    # No PR_MESSAGE_CODEPAGE; extract-msg alone would read Shift-JIS as ISO-8859-15.
    _, parsed = converted("nonUnicodeCP932.msg")
    assert parsed.subject == "日本語 Non Unicode タイトル"  # msgreader's expected JSON


def test_an_html_body_is_kept_with_a_plain_text_part_beside_it() -> None:
    raw, parsed = converted("newOutlook Microsoft Outlook test.msg")
    assert b"Content-Type: text/html" in raw
    assert parsed.html.startswith('<meta http-equiv="Content-Type"')
    assert "Microsoft Outlook から自動送信されたものです" in parsed.html
    assert "Microsoft Outlook から自動送信されたものです" in parsed.text


def test_an_html_body_wrapped_in_rtf_is_unwrapped() -> None:
    msg: Any = extract_msg.openMsg(msg_bytes("Simple.msg"))
    try:
        assert msg.getStream("__substg1.0_10130102") is None  # no HTML but in the RTF
        plain = str(msg.body)
    finally:
        msg.close()
    raw, parsed = converted("Simple.msg")
    assert b"multipart/alternative" in raw
    assert "<html" in parsed.html.lower()
    assert "\\rtf" not in parsed.html
    assert plain.strip() in parsed.text


def test_attachments_are_byte_for_byte_what_extract_msg_reads() -> None:
    for name in ("attachmentFiles.msg", "attachmentsOrder.msg", "Outer mail.msg", "test2.msg"):
        msg: Any = extract_msg.openMsg(msg_bytes(name))
        try:
            expected = [
                (str(a.longFilename), hashlib.sha256(a.data).hexdigest())
                for a in msg.attachments
                if isinstance(a.data, bytes)
            ]
        finally:
            msg.close()
        _, parsed = converted(name)
        found = [(a.filename, a.sha256) for a in parsed.attachments]
        assert expected
        assert set(expected) <= set(found), name


def test_an_attached_eml_file_stays_the_same_bytes() -> None:
    _, parsed = converted("Attach sample eml sent.msg")
    (attached,) = parsed.attachments
    msg: Any = extract_msg.openMsg(msg_bytes("Attach sample eml sent.msg"))
    try:
        assert attached.content == msg.attachments[0].data
    finally:
        msg.close()
    assert attached.filename == "sample.eml"


def test_pictures_the_html_shows_are_related_parts_with_their_content_id() -> None:
    raw, parsed = converted("attachAndInline.msg")
    assert b"multipart/related" in raw
    shown = {a.filename: a for a in parsed.attachments}
    assert shown["image001.png"].is_inline
    assert shown["image001.png"].content_id == "image001.png@01D78380.EF6DC500"
    assert f"cid:{shown['image001.png'].content_id}" in parsed.html
    assert not shown["attach.png"].is_inline


def test_embedded_messages_are_message_rfc822_parts_all_the_way_down() -> None:
    raw, parsed = converted("msgInMsgInMsg.msg")
    (outer,) = [a for a in parsed.attachments if a.content_type == "message/rfc822"]
    assert b"Content-Type: message/rfc822" in raw
    middle = email.message_from_bytes(outer.content, policy=policy.default)
    assert middle["Subject"] == "I have attachments!"
    inner = [p for p in middle.iter_attachments() if p.get_content_type() == "message/rfc822"]
    assert len(inner) == 1
    innermost: Any = inner[0].get_content()
    assert innermost["Subject"] == "Microsoft Outlook テスト メッセージ"
    _, many = converted("Many entities.msg")
    assert [a.content_type for a in many.attachments].count("message/rfc822") == 22


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not an Outlook .msg file (no OLE2 signature)"),
        (b"From: a@example.org\r\n\r\nhi\r\n", "not an Outlook .msg file (no OLE2 signature)"),
        (msg_bytes("Simple.msg")[:1000], "truncated Outlook file (1000 bytes)"),
    ],
)
def test_what_is_no_msg_file_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(OutlookError, match=re.escape(reason)):
        msg_to_rfc822(data)


def test_a_damaged_msg_file_is_refused_without_another_exception() -> None:
    data = msg_bytes("Simple.msg")
    for cut in (4096, len(data) // 2, len(data) - 512):
        with pytest.raises(OutlookError, match="damaged or unreadable Outlook file"):
            msg_to_rfc822(data[:cut])


# The RFC 822 writer ------------------------------------------------------------------------
def test_transport_mime_fields_are_replaced_and_boundaries_come_from_the_content() -> None:
    headers = (
        "Received: from a by b;\r\n Mon, 1 Apr 2024 10:00:00 +0000\r\n"
        "Content-Type: multipart/mixed; boundary=old\r\nMIME-Version: 1.0\r\n"
        "Subject: Antrag\r\nContent-Transfer-Encoding: 7bit\r\n"
    )
    item = OutlookItem(
        transport_headers=headers,
        sender=Address("Анна", "anna@example.org"),
        text="Привет\r\n",
        html=b"<p>Hallo</p>",
        html_charset="windows-1252",
        parts=(Part("bescheid.pdf", "application/pdf", b"%PDF-1.4\n" * 50),),
    )
    raw = to_rfc822(item)
    block = header_block(raw)
    assert block.startswith("Received: from a by b;\r\n Mon, 1 Apr 2024 10:00:00 +0000\r\n")
    assert "boundary=old" not in raw.decode("utf-8")
    assert block.count("Content-Type:") == 1
    assert "From: =?utf-8?b?0JDQvdC90LA=?= <anna@example.org>" in block
    assert raw == to_rfc822(item)
    other = to_rfc822(OutlookItem(transport_headers=headers, text="Anders\r\n"))
    assert re.findall(rb'boundary="([^"]+)"', raw) != re.findall(rb'boundary="([^"]+)"', other)
    parsed = parse_message(raw)
    assert (parsed.subject, parsed.text, parsed.html) == ("Antrag", "Привет\n", "<p>Hallo</p>\n")
    assert parsed.attachments[0].content == b"%PDF-1.4\n" * 50


def test_a_signed_items_mime_body_is_kept_whole_so_its_signature_holds() -> None:
    signed = (
        b'Content-Type: multipart/signed; protocol="application/pkcs7-signature";\r\n'
        b' micalg=sha-256; boundary="sig"\r\n\r\n'
        b"--sig\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nUnterschrieben.\r\n"
        b"--sig\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nMIIB\r\n--sig--\r\n"
    )
    item = OutlookItem(
        transport_headers="Subject: Vertrag\r\nContent-Type: multipart/signed; boundary=x\r\n",
        parts=(Part("smime.p7m", "multipart/signed", signed),),
        signed_body=signed,
    )
    raw = to_rfc822(item)
    assert raw == b"Subject: Vertrag\r\nMIME-Version: 1.0\r\n" + signed
    parsed = parse_message(raw)
    assert parsed.text == "Unterschrieben."
    assert [a.filename for a in parsed.attachments] == ["smime.p7s"]


# .pst and .ost files ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def ost(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outlook") / "pstextractortest.ost"
    path.write_bytes(lzma.decompress(OST_XZ.read_bytes()))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == OST_SHA256
    return path


@pytest.fixture(scope="module")
def ost_items(ost: Path) -> list[PstItem]:
    return list(iter_pst(ost))


def test_an_ost_file_is_found_by_its_first_bytes(ost: Path) -> None:
    assert is_pst(read_head(ost))
    assert detect_format(read_head(ost)) == (FileFormat.PST, "")
    assert not is_pst(msg_bytes("Simple.msg"))


def test_the_ost_walk_gives_each_folders_mail_and_skips_the_rest(
    ost_items: list[PstItem],
) -> None:
    mail = Counter(item.folder for item in ost_items if not item.skipped)
    assert mail == {"Inbox": 10, "Sent Items": 2, "Deleted Items": 1, "Sync Issues": 1}
    skipped = Counter((item.folder, item.skipped) for item in ost_items if item.skipped)
    calendar = "a calendar item (IPM.Appointment), not an e-mail"
    assert skipped == {
        ("Calendar", calendar): 9,
        ("Calendar/United States holidays", calendar): 160,
    }
    assert not [item for item in ost_items if item.problem]
    assert len({item.identifier for item in ost_items}) == len(ost_items)


def test_the_ost_walk_is_depth_first_in_the_files_order(ost_items: list[PstItem]) -> None:
    folders = list(dict.fromkeys(item.folder for item in ost_items))
    assert folders == [
        "Deleted Items",
        "Inbox",
        "Sent Items",
        "Calendar",
        "Calendar/United States holidays",
        "Sync Issues",
    ]


def test_ost_mail_converts_to_the_same_bytes_every_time(
    ost: Path, ost_items: list[PstItem]
) -> None:
    again = {item.identifier: item.raw for item in iter_pst(ost)}
    for item in ost_items:
        assert item.raw == again[item.identifier]
        if not item.skipped:
            assert item.date is not None
            assert not parse_message(item.raw).defects


def test_ost_messages_keep_their_headers_bodies_and_attachments(
    ost_items: list[PstItem],
) -> None:
    by_subject = {
        item.subject.strip(): parse_message(item.raw) for item in ost_items if not item.skipped
    }
    text_file = by_subject["text file attachment"]
    assert [(a.filename, a.content) for a in text_file.attachments] == [
        ("text.txt", b"this is a text doc")
    ]
    assert ("FROM", "epfromer@gmail.com") in {
        (role.name, a.address) for role, a in text_file.addresses
    }
    assert text_file.message_id  # from the transport headers
    files = by_subject["text, jpg, pdf attachments"].attachments
    kinds = sorted((a.content_type, len(a.content), a.content[:4]) for a in files)
    assert kinds == [
        ("application/pdf", 87069, b"%PDF"),
        ("image/jpeg", 79653, b"\xff\xd8\xff\xe0"),
        ("text/plain", 18, b"this"),
    ]
    welcome = by_subject["Welcome to your new Outlook.com account"]
    assert all(a.is_inline and a.content_id for a in welcome.attachments)
    assert "Welcome to your new Outlook.com account" in welcome.text
    sync = by_subject["Synchronization Log:"]  # its only body is RTF
    assert "Synchronizing Mailbox 'Pst Extractor'" in sync.text
    sent = by_subject["meeting with attachments (jpg, pdf, text)"]  # no transport headers
    assert ("FROM", "pstextractortest@outlook.com") in {
        (role.name, a.address) for role, a in sent.addresses
    }


def test_each_ost_mail_item_has_an_identity_of_its_own_every_time(
    ost: Path, ost_items: list[PstItem]
) -> None:
    mail = [item for item in ost_items if not item.skipped]
    identities = [item.identity for item in mail]
    assert all(len(identity) == 32 for identity in identities)
    assert len(set(identities)) == len(mail) == 14
    assert not any(item.identity for item in ost_items if item.skipped)
    again = {item.identifier: item.identity for item in iter_pst(ost)}
    assert identities == [again[item.identifier] for item in mail]


def test_an_items_identity_does_not_depend_on_how_it_is_converted(
    ost: Path, ost_items: list[PstItem], monkeypatch: pytest.MonkeyPatch
) -> None:
    def other_converter(item: OutlookItem) -> bytes:
        return b"X-Converted-By: an older version\r\n" + to_rfc822(item)

    monkeypatch.setattr(outlook_pst, "to_rfc822", other_converter)
    converted = {item.identifier: item for item in iter_pst(ost) if not item.skipped}
    for item in ost_items:
        if not item.skipped:
            assert converted[item.identifier].raw != item.raw
            assert converted[item.identifier].identity == item.identity


def test_an_ost_imported_again_after_a_converter_change_stores_nothing_twice(
    archive: Archive, ost: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        outlook_pst, "to_rfc822", lambda item: b"X-Converted-By: old\r\n" + to_rfc822(item)
    )
    (planned,) = sources.plan([ost])
    tallies = [SourceTally(str(ost))]
    # Read in this process, with the old converter (an import reads in a process of its own).
    items = ((0, item) for item in sources._pst_raw_items(planned, iter_pst(ost)))
    first = pipeline.import_items(archive.engine, items, tallies, planned.size_bytes)
    assert (first.imported, first.duplicates) == (14, 0)
    monkeypatch.undo()
    again = archive.import_paths([ost])  # read by a reader process, with today's converter
    assert (again.imported, again.duplicates, again.quarantined) == (0, 14, 0)
    assert len(archive.list_messages()) == 14
    with archive.session() as session:
        sources_of = session.execute(select(MessageSource.message_id, MessageSource.offset)).all()
    assert len(sources_of) == 14  # each item's place is known once: the same node


def test_items_stored_before_identities_were_kept_gain_theirs_when_found_again(
    archive: Archive, ost: Path
) -> None:
    (planned,) = sources.plan([ost])
    items = sources._pst_raw_items(planned, iter_pst(ost))
    # As a version stored them that kept no identities: known by their bytes alone.
    old = ((0, replace(i, identity=b"")) for i in items if isinstance(i, RawItem))
    pipeline.import_items(archive.engine, old, [SourceTally(str(ost))], planned.size_bytes)
    with archive.session() as session:
        assert not session.scalars(select(SourceIdentity)).all()
    again = archive.import_paths([ost])
    assert (again.imported, again.duplicates) == (0, 14)
    with archive.session() as session:
        identities = session.scalars(select(SourceIdentity)).all()
    assert sorted(i.message_id for i in identities) == sorted(m.id for m in archive.list_messages())


def test_a_pst_file_becomes_raw_items_and_skipped_entries(ost: Path) -> None:
    (planned,) = sources.plan([ost])
    assert planned.size_bytes == ost.stat().st_size
    found = list(sources.iter_items(planned))
    items = [item for item in found if isinstance(item, RawItem)]
    skipped = [item for item in found if isinstance(item, Skipped)]
    assert len(items) == 14
    assert len(skipped) == 169
    assert {item.kind for item in items} == {"pst"}
    assert {item.location for item in items} == {str(ost)}
    assert all(item.offset > 0 for item in items)
    assert Counter(item.folder for item in items)["Inbox"] == 10
    assert skipped[0].path == f"{ost} (Calendar: repeats every monday for 10 weeks)"
    assert skipped[0].reason == "a calendar item (IPM.Appointment), not an e-mail"


def test_a_file_that_only_starts_like_a_pst_is_skipped_with_a_reason(tmp_path: Path) -> None:
    fake = tmp_path / "broken.pst"
    fake.write_bytes(b"!BDN" + b"\x00" * 600)
    (planned,) = sources.plan([fake])
    (skipped,) = sources.iter_items(planned)
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("cannot be read (not a readable Outlook data file (")
    assert "pff_" not in skipped.reason  # libpff's cause, not the names of its functions
