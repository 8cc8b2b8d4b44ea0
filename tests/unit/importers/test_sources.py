# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding messages in files: format by content, mbox splitting, Maildir folders and flags."""

from __future__ import annotations

import mailbox
import os
from pathlib import Path

import pytest

from correspondence_app.importers import maildir, mbox, sources
from correspondence_app.importers.base import FileFormat, RawItem, Skipped
from correspondence_app.importers.detect import OUTLOOK_EXPRESS, detect_format, read_head
from tests.unit.importers.ole2_files import ole2_file


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("mime4j/testmsgs/basic-plain.msg", FileFormat.EML),  # a ".msg" that is RFC 822 text
        ("spamscope-mail-parser/mail_outlook_1", FileFormat.OUTLOOK),  # no extension
        ("msgreader/200 recipients.msg", FileFormat.OUTLOOK),
        ("mailpile/tests.mbx", FileFormat.MBOX),
        ("mime4j/mbox/mbox.rlug", FileFormat.MBOX),
        ("mime4j/testmsgs/basic-plain.xml", FileFormat.NOT_MAIL),
        ("notmuch/lkml/cur/1354585346.000260:2,", FileFormat.EML),
    ],
)
def test_format_is_detected_from_content(
    corpora: Path, relative: str, expected: FileFormat
) -> None:
    assert detect_format(read_head(corpora / relative))[0] is expected


def test_empty_file_is_not_mail() -> None:
    assert detect_format(b"") == (FileFormat.NOT_MAIL, "empty file")


def test_json_and_markup_are_not_mail_even_when_their_first_line_has_a_colon() -> None:
    assert detect_format(b'{"names": ["Anna"]}\n') == (
        FileFormat.NOT_MAIL,
        "not a mail file (JSON data)",
    )
    assert detect_format(b'[\n  {"id": 1}\n]\n')[0] is FileFormat.NOT_MAIL
    assert detect_format(b"<office:document-meta>\n")[0] is FileFormat.NOT_MAIL
    assert detect_format(b"From: anna@example.org\nSubject: {x}\n\nhi\n")[0] is FileFormat.EML


def test_a_checksum_list_is_not_mail() -> None:
    sums = f"{'ab' * 32}  0001_2024-03-02_sergej_Antrag.eml\n{'cd' * 32}  manifest.json\n"
    assert detect_format(sums.encode())[0] is FileFormat.NOT_MAIL
    assert detect_format(b"Subject: 0123456789abcdef0123456789abcdef  x\n\nhi")[0] is FileFormat.EML


# The first bytes of what a folder of someone's papers holds beside the mail, as the
# programs that write these files begin them.
OTHER_FILES = [
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Antrag}", "an RTF document"),
    (b"II*\x00\x08\x00\x00\x00\x10\x00", "an image"),  # TIFF, as scanners write it
    (b"MM\x00*\x00\x00\x00\x08", "an image"),
    (b"BM\x36\x04\x00\x00\x00\x00\x00\x00\x36\x00", "an image"),
    (b"RIFF\x24\x08\x00\x00WEBPVP8 ", "an image"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "an image"),  # an iPhone's photo
    (b"\x00\x00\x01\x00\x01\x00\x10\x10", "an image"),  # an icon
    (b"RIFF\x24\x08\x00\x00WAVEfmt ", "a sound recording"),
    (b"OggS\x00\x02\x00\x00\x00\x00", "a sound recording"),  # a messenger's voice message
    (b"ID3\x04\x00\x00\x00\x00\x00\x23TSSE", "a sound recording"),
    (b"\xff\xfb\x90\x64\x00", "a sound recording"),
    (b"fLaC\x00\x00\x00\x22", "a sound recording"),
    (b"#!AMR\n\x3c\x91", "a sound recording"),
    (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom", "a sound recording"),
    (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  ", "a video"),  # a phone's video
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01", "a video"),
    (b"RIFF\x24\x08\x00\x00AVI LIST", "a video"),
    (b"7z\xbc\xaf\x27\x1c\x00\x04", "a 7-Zip archive"),
    (b"Rar!\x1a\x07\x01\x00", "a RAR archive"),
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "a program"),
    (b"[.ShellClassInfo]\r\nIconResource=C:\\x.dll,3\r\n", "a settings file"),  # desktop.ini
]


@pytest.mark.parametrize(("head", "kind"), OTHER_FILES)
def test_what_is_plainly_not_mail_is_named_for_what_it_is(head: bytes, kind: str) -> None:
    assert detect_format(head) == (FileFormat.NOT_MAIL, f"not a mail file ({kind})")


@pytest.mark.parametrize(
    "text",
    [
        b"MZ-Reference: 12\nSubject: x\n\nhi\n",  # text has no NUL
        b"BM: 1\nSubject: x\n\nhi\n",
        b"ID3: 1\nSubject: x\n\nhi\n",
        b"Fragen: [Antrag] und [Termin]\nSubject: x\n\nhi\n",
    ],
)
def test_a_message_that_begins_like_another_file_is_still_read(text: bytes) -> None:
    assert detect_format(text)[0] is FileFormat.EML


@pytest.mark.parametrize(
    "head",
    [
        bytes(range(256)) * 16,  # a disk image, a database, a file of an unknown program
        bytes(4096),  # an ISO image starts with 32 KB of NULs
        b"\r\n\x00\x00\x00\x14data",
    ],
)
def test_binary_data_without_a_header_is_not_mail(head: bytes) -> None:
    assert detect_format(head) == (FileFormat.NOT_MAIL, "not a mail file (binary data)")


@pytest.mark.parametrize(
    "chat",
    [
        "[12.03.24, 10:15:32] Sergej: Ich bin im Krankenhaus.\n",  # WhatsApp on an iPhone
        "\u200e[12.03.24, 10:15:32] Sergej: \u200eBild weggelassen\n",
        "12.03.24, 10:15 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n"
        "12.03.24, 10:16 - Sergej: Ich bin im Krankenhaus.\n",  # on Android, its notice first
        "3/12/24, 10:15\u202fAM - Sergey: I am in hospital.\n",
        "12.03.2024, 10:15 - Сергей: Я в больнице.\n",
    ],
)
def test_an_exported_chat_is_named_as_one(chat: str) -> None:
    assert detect_format(chat.encode()) == (
        FileFormat.NOT_MAIL,
        "not a mail file (a chat exported from a messenger)",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"2024-03-12 10:15 - started\n2024-03-12 10:16 - stopped\n", FileFormat.EML),  # a log
        (b"12.03.24 Termin beim Amt\n", FileFormat.EML),  # quarantined: text without a header
        (b"Date: 12.03.24, 10:15 - x\n\nhi\n", FileFormat.EML),
        (b"[1, 2, 3]\n", FileFormat.NOT_MAIL),  # JSON, not a settings file
    ],
)
def test_other_text_that_begins_with_a_time_is_no_chat(text: bytes, expected: FileFormat) -> None:
    assert detect_format(text)[0] is expected
    assert "chat" not in detect_format(text)[1]
    assert "settings" not in detect_format(text)[1]


def test_an_outlook_express_folder_is_named_with_what_to_do() -> None:
    dbx = b"\xcf\xad\x12\xfe\xc5\xfd\x74\x6f\x66\xe3\xd1\x11\x9a\x4e\x00\xc0\x4f\xa3\x09\xd4"
    fmt, reason = detect_format(dbx + bytes(100))
    assert (fmt, reason) == (FileFormat.NOT_MAIL, OUTLOOK_EXPRESS)
    assert "Thunderbird" in reason  # not "binary data": it is mail, in a form not read here


@pytest.mark.parametrize(
    "head",
    [
        "From: Anna <anna@example.org>\r\nSubject: Brief\r\n\r\nHallo\r\n".encode("utf-16-le"),
        "From: Anna <anna@example.org>\r\nSubject: Brief\r\n\r\nHallo\r\n".encode("utf-16"),
        # in Russian: the bytes after the header are no NULs, whichever the byte order
        ("From: Сергей <s@example.ru>\r\n\r\n" + "Я в больнице. " * 300).encode("utf-16-le")[:4096],
        ("From: Сергей <s@example.ru>\r\n\r\n" + "Я в больнице. " * 300).encode("utf-16-be")[:4096],
        b"\xef\xbb\xbfSubject: x\n\n\x00\x01",  # a binary part, after the header
        b"\n\nContent-Type: application/octet-stream\n\n\x00\x01\x02",
    ],
)
def test_a_message_with_nuls_is_still_read(head: bytes) -> None:
    """Saved as UTF-16 text (with or without a byte order mark), or with a binary part."""
    assert detect_format(head)[0] is FileFormat.EML


def test_a_file_too_large_for_a_message_is_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "WHOLE_FILE_BYTES", 64 * 1024)
    monkeypatch.setattr(sources, "MAX_MESSAGE_BYTES", 1024 * 1024)
    large = tmp_path / "Protokoll.eml"
    large.write_bytes(b"Subject: Protokoll\n\n" + b"Zeile\n" * 200_000)  # 1.2 MB
    fits = tmp_path / "Brief.eml"
    fits.write_bytes(b"Subject: Brief\n\n" + b"Zeile\n" * 100_000)  # 0.6 MB: read
    found = [item for planned in sources.plan([tmp_path]) for item in sources.iter_items(planned)]
    assert Skipped(str(large), "larger than the 1 MB a message may have; not read") in found
    assert [item.location for item in found if isinstance(item, RawItem)] == [str(fits)]


def test_office_files_and_thumbnails_are_left_out_and_outlook_items_are_not(
    corpora: Path, tmp_path: Path
) -> None:
    # Word, Excel and Thumbs.db are OLE2 files as Outlook's .msg is: their root streams differ
    (tmp_path / "Antrag.doc").write_bytes(ole2_file({"WordDocument": b"\xec\xa5", "1Table": b""}))
    (tmp_path / "Kosten.xls").write_bytes(ole2_file({"Workbook": b"\x09\x08"}))
    (tmp_path / "Thumbs.db").write_bytes(ole2_file({"Catalog": b"", "256_1": b"\xff\xd8"}))
    (tmp_path / "other.bin").write_bytes(ole2_file({"Contents": b"?"}))
    (tmp_path / "mail_outlook_1").write_bytes(
        (corpora / "spamscope-mail-parser" / "mail_outlook_1").read_bytes()
    )
    found = {
        Path(item.path if isinstance(item, Skipped) else item.location).name: item
        for planned in sources.plan([tmp_path])
        for item in sources.iter_items(planned)
    }
    office = "not a mail file (an office document or e-book)"
    assert found["Antrag.doc"] == Skipped(str(tmp_path / "Antrag.doc"), office)
    assert found["Kosten.xls"] == Skipped(str(tmp_path / "Kosten.xls"), office)
    assert found["Thumbs.db"] == Skipped(
        str(tmp_path / "Thumbs.db"), "not a mail file (a Windows thumbnail cache)"
    )
    # an OLE2 file of no kind known is the parser's to quarantine, as an Outlook item is read
    assert isinstance(found["other.bin"], RawItem)
    assert found["other.bin"].kind == "outlook"
    assert isinstance(found["mail_outlook_1"], RawItem)
    assert found["mail_outlook_1"].kind == "outlook"


def test_mbox_split_matches_the_mime4j_oracle(corpora: Path) -> None:
    folder = corpora / "mime4j" / "mbox"
    messages = list(mbox.iter_mbox(folder / "mbox.rlug"))
    assert len(messages) == 5
    for index, (_, envelope, raw) in enumerate(messages):
        assert envelope.startswith("From news@gmane.org")
        assert raw == (folder / f"mbox.rlug-{index}").read_bytes()


def test_mbox_split_reassembles_to_the_file(corpora: Path) -> None:
    path = corpora / "mailpile" / "tests.mbx"
    messages = list(mbox.iter_mbox(path))
    assert len(messages) == len(mailbox.mbox(path))
    rebuilt = b"".join(envelope.encode("latin-1") + b"\n" + raw for _, envelope, raw in messages)
    assert rebuilt == path.read_bytes()


def test_mboxrd_quoting_is_undone_and_offsets_point_at_separators(tmp_path: Path) -> None:
    path = tmp_path / "Sent"  # a Thunderbird folder file has no extension
    path.write_bytes(
        b"From - Tue Mar 04 03:33:20 2003\nSubject: a\n\n>From the start\n>>From deeper\n\n"
        b"From anna@example.org Wed Mar 05 10:00:00 2003\nSubject: b\n\nbody\n"
    )
    messages = list(mbox.iter_mbox(path))
    assert [raw for _, _, raw in messages] == [
        b"Subject: a\n\nFrom the start\n>From deeper\n\n",
        b"Subject: b\n\nbody\n",
    ]
    data = path.read_bytes()
    assert all(data[offset:].startswith(b"From ") for offset, _, _ in messages)


def test_an_eml_file_with_an_envelope_line_is_one_message_kept_whole(tmp_path: Path) -> None:
    one = tmp_path / "one.eml"
    one.write_bytes(b"From nobody Fri Mar  7 15:17:43 2014\nSubject: a\n\nbody\n")
    items = [i for p in sources.plan([one]) for i in sources.iter_items(p)]
    assert [i.raw for i in items if isinstance(i, RawItem)] == [one.read_bytes()]
    two = tmp_path / "two.eml"  # an mbox under another name is still split
    two.write_bytes(one.read_bytes() + b"\nFrom nobody Fri Mar  7 15:18:00 2014\nSubject: b\n\nx\n")
    assert len([i for p in sources.plan([two]) for i in sources.iter_items(p)]) == 2


def test_body_line_starting_with_from_does_not_split(tmp_path: Path) -> None:
    path = tmp_path / "inbox.mbox"
    path.write_bytes(
        b"From a@example.org Tue Mar 04 03:33:20 2003\nSubject: a\n\n"
        b"text\nFrom my point of view, at 10:30 it was late.\n"
    )
    assert len(list(mbox.iter_mbox(path))) == 1


@pytest.mark.parametrize(
    ("name", "flags"),
    [
        ("1382298587.004581:2,", ""),
        ("1382298587.004581:2,SR", "RS"),
        ("1382298587.004581!2,FS", "FS"),
        ("1396694612.hottie,2,S", "S"),
        ("1382298587.M1P2.host:2,Sab", "S"),  # lower-case letters are keywords, not flags
        ("plain-name", ""),
    ],
)
def test_maildir_flags_come_from_the_file_name(name: str, flags: str) -> None:
    assert maildir.flags_of(name) == flags


def test_maildir_folder_names(tmp_path: Path) -> None:
    assert maildir.folder_name(tmp_path, tmp_path) == "INBOX"
    assert maildir.folder_name(tmp_path, tmp_path / ".Sent") == "Sent"
    assert maildir.folder_name(tmp_path, tmp_path / ".Work.Projects") == "Work/Projects"
    assert maildir.folder_name(tmp_path, tmp_path / "bar" / "baz") == "bar/baz"
    # IMAP servers keep non-ASCII names in modified UTF-7.
    assert maildir.folder_name(tmp_path, tmp_path / ".&BBQEPAQ4BEIEQAQ4BDk-") == "Дмитрий"
    assert maildir.folder_name(tmp_path, tmp_path / ".Entw&APw-rfe.A&-B") == "Entwürfe/A&B"
    assert maildir.folder_name(tmp_path, tmp_path / ".Q&A") == "Q&A"  # not UTF-7: kept
    # Given a Maildir's cur/ itself, the folder is the Maildir's own name.
    assert maildir.folder_name(tmp_path / "Work" / "cur", tmp_path / "Work") == "Work"


def test_kmails_folders_in_folders_are_named_as_kmail_shows_them(tmp_path: Path) -> None:
    """KMail keeps the subfolders of "inbox" in ".inbox.directory", deeper ones in
    ".Botschaft.directory" inside it; a Maildir++ folder of that name stays one."""
    deeper = tmp_path / ".inbox.directory" / ".Botschaft.directory" / "Antworten 2024"
    for folder in (tmp_path / "inbox", tmp_path / ".inbox.directory" / "Botschaft", deeper):
        (folder / "cur").mkdir(parents=True)
    assert maildir.folder_name(tmp_path, tmp_path / ".inbox.directory" / "Botschaft") == (
        "inbox/Botschaft"
    )
    assert maildir.folder_name(tmp_path, deeper) == "inbox/Botschaft/Antworten 2024"
    plus = tmp_path / ".Work.directory"
    (plus / "cur").mkdir(parents=True)
    assert maildir.folder_name(tmp_path, plus) == "Work/directory"


def test_nested_maildir_tree_is_walked(corpora: Path) -> None:
    planned = sources.plan([corpora / "notmuch" / "default"])
    folders = {p.maildir_folder for p in planned}
    assert {"INBOX", "foo", "bar/baz"} <= folders
    assert None in folders  # some messages lie outside cur/ and new/
    assert not any(p.path.name.startswith(".") for p in planned)


def test_maildir_items_carry_folder_flags_and_delivery_date(corpora: Path) -> None:
    planned = [p for p in sources.plan([corpora / "mailpile" / "Maildir"]) if p.maildir_folder]
    items = [i for p in planned for i in sources.iter_items(p) if isinstance(i, RawItem)]
    assert items
    assert all(i.kind == "maildir" and i.folder == "INBOX" for i in items)
    assert any(i.flags == "S" for i in items)


def test_xml_oracle_files_are_skipped_with_a_reason(corpora: Path) -> None:
    planned = sources.plan([corpora / "mime4j" / "testmsgs" / "basic-plain.xml"])
    (result,) = list(sources.iter_items(planned[0]))
    assert isinstance(result, Skipped)
    assert result.reason.startswith("not a mail file")


def test_missing_source_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(sources.SourceError, match="no such file or folder"):
        sources.plan([tmp_path / "nowhere"])


def test_attached_mbox_inside_a_message_does_not_split_it(corpora: Path) -> None:
    # The attachment is a patch series whose "From <sha> Mon Sep 17 ..." lines are unquoted.
    path = corpora / "notmuch" / "insert" / "mbox-attachment.eml"
    ((offset, _, raw),) = list(mbox.iter_mbox(path))
    assert offset == 0
    assert raw == path.read_bytes().split(b"\n", 1)[1]


def test_message_whose_multipart_never_closes_still_ends_at_the_next_separator(
    tmp_path: Path,
) -> None:
    path = tmp_path / "inbox"
    first = b'Subject: a\nContent-Type: multipart/mixed; boundary="b"\n\n--b\n\nopen\n\n'
    second = b"Subject: b\n\nbody\n"
    path.write_bytes(
        b"From a@example.org Tue Mar 04 03:33:20 2003\n"
        + first
        + b"From b@example.org Wed Mar 05 10:00:00 2003\n"
        + second
    )
    assert [raw for _, _, raw in mbox.iter_mbox(path)] == [first, second]


def test_pipes_in_a_folder_are_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "letter.eml").write_bytes(b"Subject: x\n\nbody\n")
    assert [p.path.name for p in sources.plan([tmp_path])] == ["letter.eml"]
    with pytest.raises(sources.SourceError, match="not a file or folder"):
        sources.plan([tmp_path / "pipe"])


def test_a_maildirs_cur_folder_can_be_imported_by_itself(corpora: Path) -> None:
    cur = corpora / "notmuch" / "default" / "cur"
    planned = sources.plan([cur])
    assert planned
    assert {p.maildir_folder for p in planned} == {"default"}


DOVECOT_FILES = {
    "dovecot-uidlist": b"3 V1700000000 N2 Gabc\n1 :1700000000.M1P1.host\n",
    "dovecot-uidvalidity": b"6553f100\n",
    "dovecot-keywords": b"0 $Forwarded\n",
    "dovecot.index": b"\x07\x02\x00binary index\x00",
    "dovecot.index.log": b"\x01\x02log\x00",
    "dovecot.index.cache": b"\x00\x01cache",
    "subscriptions": b"Sent\nDrafts\n",
    "maildirsize": b"1000000S\n1234 1\n",
}


def test_a_mail_servers_files_beside_a_maildir_are_not_read(tmp_path: Path) -> None:
    """A Maildir copied from a server (Dovecot, Courier) holds its indexes and lists beside
    cur/ and new/: they were quarantined, one even imported as an empty message."""
    box = tmp_path / "Maildir"
    for folder in (box, box / ".Sent"):
        for part in ("cur", "new", "tmp"):
            (folder / part).mkdir(parents=True)
    (box / "cur" / "1700000000.M1P1.host,S=90:2,S").write_bytes(
        b"From: a@example.de\nSubject: eins\nMessage-ID: <d1@example.de>\n\nHallo\n"
    )
    for name, content in DOVECOT_FILES.items():
        (box / name).write_bytes(content)
    (box / ".Sent" / "maildirfolder").write_bytes(b"")
    (box / ".Sent" / "courierimapuiddb").write_bytes(b"1 1700000000 2\n")
    found = [item for planned in sources.plan([box]) for item in sources.iter_items(planned)]
    assert [item.location.rsplit("/", 1)[-1] for item in found if isinstance(item, RawItem)] == [
        "1700000000.M1P1.host,S=90:2,S"
    ]
    assert [item for item in found if isinstance(item, Skipped)] == []
    # Files of these names elsewhere are read as any file is.
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "subscriptions").write_bytes(b"From: b@example.de\nSubject: zwei\n\nText\n")
    [item] = [i for planned in sources.plan([loose]) for i in sources.iter_items(planned)]
    assert isinstance(item, RawItem)
