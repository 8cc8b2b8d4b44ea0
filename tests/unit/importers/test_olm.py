# SPDX-License-Identifier: GPL-3.0-or-later
"""Outlook for Mac's archive (.olm): a ZIP of one XML file per message, the attachments
beside them. Each message is converted to RFC 822 with its addresses, UTC times, bodies and
attachments, under its Outlook folder; one that cannot be converted is quarantined whole;
contacts and calendars are not mail; the same archive imported again adds nothing."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from correspondence_app.importers import olm, sources
from correspondence_app.importers.base import RawItem, Skipped
from tests.unit.importers.test_zip_source import message

if TYPE_CHECKING:
    from correspondence_app.services import Archive

ACCOUNT = "Accounts/katja@example.de/com.microsoft.__Messages"
INBOX = f"{ACCOUNT}/Inbox"
OFFICES = f"{ACCOUNT}/Sent Items/Ämter"
PDF_URL = f"{INBOX}/com.microsoft.__Attachments/Attachment_0001"
PICTURE_URL = f"{INBOX}/com.microsoft.__Attachments/Attachment_0002"
PDF = b"%PDF-1.4\n% Bescheinigung des Krankenhauses\n"
PICTURE = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def _address(role: str, name: str, address: str) -> str:
    return (
        f"<{role}><emailAddress OPFContactEmailAddressAddress={address!r} "
        f"OPFContactEmailAddressName={name!r} OPFContactEmailAddressType='0'/></{role}>"
    )


def _message(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<emails><email>' + body + "</email></emails>"
    ).encode()


def _fields(**values: str) -> str:
    """Elements named OPFMessageCopy<name>, holding the (already escaped) values."""
    return "".join(
        f"<OPFMessageCopy{name}>{value}</OPFMessageCopy{name}>" for name, value in values.items()
    )


LETTER = _message(
    _fields(
        Subject="Письмо из больницы",
        SentTime="2024-03-01T09:30:00",
        ReceivedTime="2024-03-01T09:31:12",
        MessageID="hospital-1@example.ru",
        Body="Катя, я жив. Справка во вложении.",
        HTMLBody="&lt;html&gt;&lt;body&gt;&lt;p&gt;Катя, я жив.&lt;/p&gt;"
        '&lt;img src="cid:foto@x"&gt;&lt;/body&gt;&lt;/html&gt;',
    )
    + _address("OPFMessageCopySenderAddress", "Дмитрий Соколов", "dmitri@example.ru")
    + _address("OPFMessageCopyFromAddresses", "Дмитрий Соколов", "dmitri@example.ru")
    + _address("OPFMessageCopyToAddresses", "Katja Vogel", "katja@example.de")
    + "<OPFMessageCopyAttachmentList>"
    f"<messageAttachment OPFAttachmentName='Справка.pdf' OPFAttachmentURL='{PDF_URL}' "
    "OPFAttachmentContentType='application/pdf' OPFAttachmentContentFileSize='44'/>"
    f"<messageAttachment OPFAttachmentName='foto.png' OPFAttachmentURL='{PICTURE_URL}' "
    "OPFAttachmentContentType='image/png' OPFAttachmentContentID='foto@x'/>"
    "</OPFMessageCopyAttachmentList>"
)
REPLY = _message(
    _fields(
        Subject="AW: Письмо из больницы",
        SentTime="2024-03-02T18:05:00",
        MessageID="&lt;reply-1@example.de&gt;",
        InReplyTo="&lt;hospital-1@example.ru&gt;",
        Body="Dima, ich habe die Bescheinigung ans Amt geschickt.",
        AttachmentList="<messageAttachment OPFAttachmentName='Antrag.docx' "
        "OPFAttachmentURL='Accounts/katja@example.de/gone/Attachment_9'/>",
    )
    + _address("OPFMessageCopyFromAddresses", "Katja Vogel", "katja@example.de")
    + _address("OPFMessageCopyToAddresses", "Дмитрий Соколов", "dmitri@example.ru")
    + _address("OPFMessageCopyCCAddresses", "Kanzlei Berg", "kanzlei@example.de")
)
# Tags and addresses as child elements, not attributes, as some versions write them
CHILDREN = _message(
    "<OPFMessageCopySubject>Termin beim Amt</OPFMessageCopySubject>"
    "<OPFMessageCopySentTime>2024-03-04T07:00:00</OPFMessageCopySentTime>"
    "<OPFMessageCopyFromAddresses><emailAddress>"
    "<OPFContactEmailAddressAddress>amt@example.de</OPFContactEmailAddressAddress>"
    "</emailAddress></OPFMessageCopyFromAddresses>"
    "<OPFMessageCopyBody>Ihr Termin: 12. März, 10 Uhr.</OPFMessageCopyBody>"
)
BROKEN = b'<?xml version="1.0"?>\n<emails><email><OPFMessageCopySubject>Abgeschnit'
LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE e [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    b"<emails><email><OPFMessageCopySubject>&b;</OPFMessageCopySubject></email></emails>"
)


def _olm(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def _archive_file(tmp_path: Path) -> Path:
    return _olm(
        tmp_path / "Outlook für Mac Archiv.olm",
        {
            f"{INBOX}/message_00000.xml": LETTER,
            PDF_URL: PDF,
            PICTURE_URL: PICTURE,
            f"{OFFICES}/message_00000.xml": REPLY,
            f"{INBOX}/message_00003.xml": CHILDREN,
            f"{INBOX}/message_00001.xml": BROKEN,
            f"{INBOX}/message_00002.xml": LAUGHS,
            "Local/Calendar/Calendar.xml": b"<appointments><appointment/></appointments>",
            "Local/Address Book/Contacts.xml": b"<contacts><contact/></contacts>",
            "Categories.xml": b"<categories/>",
        },
    )


def test_each_message_is_converted_under_its_outlook_folder(
    archive: Archive, tmp_path: Path
) -> None:
    report = archive.import_paths([_archive_file(tmp_path)], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (3, 2, ())
    assert sorted(f.name for f in archive.folders()) == ["Inbox", "Sent Items/Ämter"]
    by_subject = {m.subject: m for m in archive.list_messages()}
    letter = archive.message(by_subject["Письмо из больницы"].id)
    assert letter.summary.sender == "Дмитрий Соколов <dmitri@example.ru>"
    assert letter.summary.date_at == datetime(2024, 3, 1, 9, 30, tzinfo=UTC)  # UTC, as written
    assert letter.summary.message_id == "hospital-1@example.ru"
    assert letter.to == ("Katja Vogel <katja@example.de>",)
    assert "я жив" in letter.text
    assert "<p>Катя, я жив.</p>" in letter.html
    shown = {a.filename: (a.content_type, a.is_inline, a.position) for a in letter.attachments}
    assert {name: found[:2] for name, found in shown.items()} == {
        "Справка.pdf": ("application/pdf", False),
        "foto.png": ("image/png", True),  # shown in the text, by its Content-ID
    }
    assert archive.attachment_content(letter.summary.id, shown["Справка.pdf"][2]) == PDF
    reply = archive.message(by_subject["AW: Письмо из больницы"].id)
    assert reply.cc == ("Kanzlei Berg <kanzlei@example.de>",)
    assert archive.message_thread_id(letter.summary.id) == archive.message_thread_id(
        reply.summary.id
    )
    parsed = message_from_bytes(archive.raw(reply.summary.id), policy=policy.default)
    assert parsed["X-Outlook-Omitted-Attachment"].strip() == (
        "Antrag.docx (missing or unreadable in the .olm file)"
    )
    assert by_subject["Termin beim Amt"].sender == "amt@example.de"
    # The reply is filed in a folder inside "Sent Items": it tells whose archive this is.
    assert archive.organiser.own_addresses() == ["katja@example.de"]


def test_what_cannot_be_converted_is_quarantined_as_its_xml(
    archive: Archive, tmp_path: Path
) -> None:
    archive.import_paths([_archive_file(tmp_path)], workers=1)
    entries = sorted(archive.quarantine(), key=lambda entry: entry.location)
    assert [entry.location.rsplit("/", 1)[-1] for entry in entries] == [
        "message_00001.xml",
        "message_00002.xml",
    ]
    assert [entry.reason for entry in entries] == [
        olm.DAMAGED.format(where="line 2, column 48"),  # where it was cut
        olm.ENTITIES,  # refused, not expanded
    ]
    assert archive.quarantine_original(entries[0].id) == BROKEN
    assert {entry.kind for entry in entries} == {"olm"}


def test_the_same_archive_imported_again_adds_nothing(archive: Archive, tmp_path: Path) -> None:
    first = _archive_file(tmp_path)
    archive.import_paths([first], workers=1)
    copy = tmp_path / "copy"
    copy.mkdir()
    again = archive.import_paths([_archive_file(copy)], workers=1)
    assert (again.imported, again.duplicates) == (0, 3)
    assert len(archive.list_messages()) == 3


def test_the_same_message_converts_to_the_same_bytes() -> None:
    def found(url: str) -> bytes | None:
        return {PDF_URL: PDF, PICTURE_URL: PICTURE}.get(url)

    first, date = olm.convert(LETTER, found)
    assert olm.convert(LETTER, found) == (first, date)
    assert olm.identity(LETTER) != olm.identity(REPLY)


def test_two_accounts_keep_their_folders_apart(tmp_path: Path) -> None:
    other = "Accounts/verein@example.org/com.microsoft.__Messages/Inbox"
    path = _olm(
        tmp_path / "zwei.olm",
        {f"{INBOX}/message_00000.xml": CHILDREN, f"{other}/message_00000.xml": REPLY},
    )
    items = list(sources.iter_items(sources.plan([path])[0]))
    assert all(isinstance(item, RawItem) for item in items)
    assert sorted(item.folder for item in items if isinstance(item, RawItem)) == [
        "katja@example.de/Inbox",
        "verein@example.org/Inbox",
    ]


def test_message_folders_are_found_by_their_place() -> None:
    assert olm.message_folder(f"{OFFICES}/message_00012.xml") == (
        "katja@example.de",
        "Sent Items/Ämter",
    )
    assert olm.message_folder("Local/com.microsoft.__Messages/Entwürfe/message_00001.xml") == (
        "",
        "Entwürfe",
    )
    assert olm.message_folder(PDF_URL) is None
    assert olm.message_folder("Local/Calendar/Calendar.xml") is None
    assert olm.root_of(f"{OFFICES}/message_00012.xml") == ""
    assert olm.root_of(f"Sicherung/{INBOX}/message_00001.xml") == "Sicherung"
    assert olm.root_of("mail/message_00001.xml") is None


def test_attachments_past_what_a_message_holds_are_described_not_read() -> None:
    entry = f"<messageAttachment OPFAttachmentName='kopie.pdf' OPFAttachmentURL='{PDF_URL}'/>"
    xml = _message(
        "<OPFMessageCopySubject>Viele Kopien</OPFMessageCopySubject>"
        f"<OPFMessageCopyAttachmentList>{entry * (olm.MAX_ATTACHMENTS + 5)}"
        "</OPFMessageCopyAttachmentList>"
    )
    read: list[str] = []

    def found(url: str) -> bytes:
        read.append(url)
        return PDF

    raw, _ = olm.convert(xml, found)
    assert len(read) == olm.MAX_ATTACHMENTS  # one member named again and again: read so often
    parsed = message_from_bytes(raw, policy=policy.default)
    assert len(parsed.get_all("X-Outlook-Omitted-Attachment") or []) == 5
    assert sum(1 for _ in parsed.iter_attachments()) == olm.MAX_ATTACHMENTS


def test_a_time_utc_cannot_hold_leaves_the_message_undated() -> None:
    xml = _message(_fields(Subject="Alt", SentTime="0001-01-01T00:00:00+14:00", Body="x"))
    raw, date = olm.convert(xml, lambda url: None)
    assert date is None
    assert b"\r\nDate:" not in raw


def test_an_archive_unpacked_into_a_folder_is_read_as_the_archive_is(
    archive: Archive, tmp_path: Path
) -> None:
    packed = _archive_file(tmp_path)
    unpacked = tmp_path / "entpackt"
    with zipfile.ZipFile(packed) as opened:
        opened.extractall(unpacked)
    report = archive.import_paths([unpacked], workers=1)
    assert (report.imported, report.quarantined) == (3, 2)
    assert sorted(Path(skipped.path).name for skipped in report.skipped) == [
        "Calendar.xml",  # not mail, and said so; the attachments are not listed
        "Categories.xml",
        "Contacts.xml",
    ]
    assert sorted(f.name for f in archive.folders()) == ["Inbox", "Sent Items/Ämter"]
    [letter] = [m for m in archive.list_messages() if m.subject == "Письмо из больницы"]
    assert len(archive.message(letter.id).attachments) == 2
    again = archive.import_paths([packed], workers=1)
    assert (again.imported, again.duplicates) == (0, 3)


def test_an_attachment_url_outside_the_unpacked_archive_is_not_read(tmp_path: Path) -> None:
    root = tmp_path / "archiv"
    root.mkdir()
    (tmp_path / "geheim.txt").write_bytes(b"not part of the archive")
    (root / "a.txt").write_bytes(b"inside")
    assert olm.unpacked_attachment(root, "a.txt") == b"inside"
    assert olm.unpacked_attachment(root, "../geheim.txt") is None
    assert olm.unpacked_attachment(root, str(tmp_path / "geheim.txt")) is None


def test_an_archive_zipped_in_a_folder_beside_other_mail_is_read_with_it(
    archive: Archive, tmp_path: Path
) -> None:
    """Zipped again by someone, under a folder of its own, beside mail of another kind: its
    attachments are found from that folder, and the other mail is read as well."""
    packed = _olm(
        tmp_path / "Sicherung.zip",
        {
            f"Sicherung/{INBOX}/message_00000.xml": LETTER,
            f"Sicherung/{PDF_URL}": PDF,
            f"Sicherung/{PICTURE_URL}": PICTURE,
            "Sicherung/Local/Address Book/Contacts.xml": b"<contacts/>",
            "Sicherung/Notiz.eml": message(7),
        },
    )
    report = archive.import_paths([packed], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (2, 0, ())
    [letter] = [m for m in archive.list_messages() if m.subject == "Письмо из больницы"]
    assert len(archive.message(letter.id).attachments) == 2


def test_an_unpacked_message_file_too_large_for_a_message_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with zipfile.ZipFile(_archive_file(tmp_path)) as opened:
        opened.extractall(tmp_path / "entpackt")
    monkeypatch.setattr(sources, "MAX_MESSAGE_BYTES", 1024 * 1024)
    big = tmp_path / "entpackt" / INBOX / "message_00009.xml"
    big.write_bytes(_message(_fields(Subject="Groß", Body="x" * 2 * 1024 * 1024)))
    [skipped] = sources.iter_items(sources.plan([big])[0])
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "larger than the 1 MB a message may have; not read"


def test_an_attachment_named_from_its_messages_folder_is_found_there(tmp_path: Path) -> None:
    """A URL written from the message's folder rather than the archive's top (as some
    versions may write it) finds its file beside the message, in a folder as in a ZIP."""
    relative = PDF_URL.removeprefix(f"{INBOX}/")
    letter = LETTER.replace(PDF_URL.encode(), relative.encode())
    members = {f"{INBOX}/message_00000.xml": letter, PDF_URL: PDF, PICTURE_URL: PICTURE}
    packed = _olm(tmp_path / "relativ.olm", members)
    unpacked = tmp_path / "entpackt"
    with zipfile.ZipFile(packed) as opened:
        opened.extractall(unpacked)
    for source in (packed, unpacked):
        items = [item for planned in sources.plan([source]) for item in sources.iter_items(planned)]
        [item] = [item for item in items if isinstance(item, RawItem)]
        parsed = message_from_bytes(item.raw, policy=policy.default)
        attached = {part.get_filename(): part.get_content() for part in parsed.iter_attachments()}
        assert attached["Справка.pdf"] == PDF, source
