# SPDX-License-Identifier: GPL-3.0-or-later
"""The messages in a ZIP: an export of this application (``eml-zip``, a bundle) or any ZIP
of ``.eml`` and ``.msg`` files. Each member is read into memory and handed on like a file
of its own; an mbox member (Gmail Takeout's) is read line by line as it unpacks. Nothing
of it is unpacked to the disk (only the archive, encrypted, keeps it).

A ZIP's sizes are its sender's word. A member is refused that declares more than a
message may have, that would unpack to hundreds of times its packed size (a zip bomb), or
that reads longer than it declared; a ZIP inside the ZIP is not opened. The members of a
bundle are encrypted (WinZip AES): they are read with the password the import was given
for that file (``passwords``)."""

from __future__ import annotations

import dataclasses
import functools
import os
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

import pyzipper

from correspondence_app.export.manifest import MANIFEST_NAME
from correspondence_app.export.transfer import FILES_FOLDER, TRANSFER_NAME
from correspondence_app.importers import apple_mail, export_pairs, olm, proton, thunderbird
from correspondence_app.importers.base import FileFormat, RawItem, Skipped
from correspondence_app.importers.detect import HEAD_BYTES, detect_format
from correspondence_app.importers.mbox_items import mailbox_items
from correspondence_app.importers.packed_members import (
    MAX_MESSAGE_BYTES,
    is_left_alone,
    member_items,
    member_location,
    too_large,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import IO

MAX_MEMBER_BYTES = MAX_MESSAGE_BYTES
MAX_RATIO = 200  # unpacked to packed: mail, even plain text, packs far less
# An mbox member larger than this is read as it unpacks, line by line, not whole.
STREAM_FROM_BYTES = 16 * 1024 * 1024
RATIO_FROM_BYTES = 1024 * 1024  # small members may pack better (a run of blank lines)
_CHUNK_BYTES = 1024 * 1024
# Members that make a ZIP a document (Word, Excel, OpenDocument, EPUB), never a mail archive.
DOCUMENT_MEMBERS = frozenset({"[Content_Types].xml", "mimetype"})
# What goes wrong reading a member: a damaged or changed entry (CRC, HMAC, deflate), a
# method this Python cannot unpack, a wrong password. pyzipper has a BadZipFile of its own.
_BAD_ZIP = (zipfile.BadZipFile, pyzipper.BadZipFile)
MEMBER_ERRORS = (*_BAD_ZIP, zlib.error, EOFError, RuntimeError, NotImplementedError)
ZIP_ERRORS = (*_BAD_ZIP, zlib.error, EOFError, ValueError, NotImplementedError)


PASSWORD_CHECKS = 3  # members read to tell a wrong password from a right one


class ZipSourceError(ValueError):
    """A ZIP that cannot be read at all (a wrong password), said for the user."""


class WrongPasswordError(ZipSourceError):
    """The password given does not open the encrypted ZIP (one that is not given is none)."""


class MemberTooLargeError(ValueError):
    """A member over the limits: its text says which, for the list of skipped files."""


# Opening ---------------------------------------------------------------------------------------
def open_zip(path: Path, password: str = "") -> zipfile.ZipFile:
    """The ZIP, its encrypted members (if any) read with ``password``."""
    archive = pyzipper.AESZipFile(path)
    if password:
        archive.setpassword(password.encode("utf-8"))
    return archive  # type: ignore[no-any-return]


def is_encrypted(path: Path) -> bool:
    """Whether the file is a ZIP with encrypted members (a bundle, or another encrypted
    ZIP); False for any other."""
    try:
        with open(path, "rb") as stream:
            if not stream.read(4).startswith(b"PK"):
                return False
        with open_zip(path) as archive:
            return any(info.flag_bits & 0x1 for info in archive.infolist())
    except (OSError, *ZIP_ERRORS):
        return False


def is_bundle(path: Path) -> bool:
    """Whether the ZIP is an export of this application: one with its manifest or a
    transfer file (a ZIP's names can be read without its password)."""
    try:
        with open_zip(path) as archive:
            return not {MANIFEST_NAME, TRANSFER_NAME}.isdisjoint(archive.namelist())
    except (OSError, *ZIP_ERRORS):
        return False


def check_password(path: Path, password: str) -> None:
    """Raises ZipSourceError when the encrypted ZIP cannot be opened with ``password``; the
    message calls it a bundle only when it is one."""
    if not password:
        raise WrongPasswordError(
            f"{path}: the {_noun(path)} is encrypted: give its password (--password-file)"
        )
    try:
        with open_zip(path, password) as archive:
            encrypted = [info for info in archive.infolist() if info.flag_bits & 0x1]
            if not encrypted:
                raise StopIteration("no encrypted file in it")
            opened = _decrypts(archive, sorted(encrypted, key=lambda info: info.compress_size))
    except RuntimeError as error:  # the library's word for a wrong password
        raise WrongPasswordError(f"{path}: wrong password for the {_noun(path)}") from error
    except (OSError, StopIteration, *ZIP_ERRORS) as error:
        raise ZipSourceError(f"{path}: the {_noun(path)} cannot be read ({error})") from error
    if not opened:
        noun = _noun(path)
        raise WrongPasswordError(f"{path}: wrong password for the {noun}, or the {noun} is damaged")


def _decrypts(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> bool:
    """Whether the password opens the members, the smallest few in turn: each one's
    verifier (RuntimeError when it is wrong), then the member read whole. The old ZIP
    encryption's verifier is a single byte, so about one wrong password in 256 passes it;
    the data it then gives fails to unpack or its CRC, as AES's fails its authentication
    code. True as soon as one is read whole; False when one failed so and none was read;
    True when none could be read within the limits."""
    failed = False
    for info in members[:PASSWORD_CHECKS]:
        with archive.open(info):  # opening checks the verifier
            pass
        try:
            read_member(archive, info)
        except MemberTooLargeError:
            continue
        except MEMBER_ERRORS:
            failed = True
            continue
        return True
    return not failed


def _noun(path: Path) -> str:
    """What a message calls an encrypted ZIP (looked at only when one is needed)."""
    return "bundle" if is_bundle(path) else "ZIP"


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's content, within the limits (MemberTooLargeError); raises one of
    MEMBER_ERRORS for a member that cannot be read."""
    if info.file_size > MAX_MEMBER_BYTES:
        raise MemberTooLargeError(too_large(info.file_size, MAX_MEMBER_BYTES))
    if bomb := _bomb(info):
        raise MemberTooLargeError(bomb)
    pieces, size = [], 0
    with archive.open(info) as member:
        # Counted while reading as well: the declared size is the sender's word.
        while chunk := member.read(_CHUNK_BYTES):
            size += len(chunk)
            if size > info.file_size or size > MAX_MEMBER_BYTES:
                raise MemberTooLargeError("reads longer than it declared; not read")
            pieces.append(chunk)
    return b"".join(pieces)


def _bomb(info: zipfile.ZipInfo) -> str:
    """Why a member that would unpack to hundreds of times its packed size is not read;
    "" for one that would not."""
    if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * info.compress_size:
        return (
            f"would unpack to {info.file_size // max(info.compress_size, 1):,} times its "
            "packed size, as a zip bomb does; not read"
        )
    return ""


def unpacked_size(path: str, packed: int) -> int:
    """What the ZIP's members unpack to, as far as the import would read them: for the
    progress of an import (a Gmail Takeout ZIP unpacks to several times its size). The
    packed size for a file that is no readable ZIP."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (OSError, *ZIP_ERRORS):
        return packed
    return max(packed, min(unpacked, packed * MAX_RATIO))


# Reading the messages ------------------------------------------------------------------------
def iter_zip_items(
    path: Path, source_index: int, password: str = ""
) -> Iterator[RawItem | Skipped]:
    """The raw messages of the ZIP's members (encrypted ones read with ``password``), or
    for each one that is none, why."""
    try:
        archive = open_zip(path, password)
    except (OSError, *ZIP_ERRORS) as error:
        yield Skipped(str(path), f"a damaged ZIP ({error})")
        return
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        names = {info.filename for info in members}
        if names & DOCUMENT_MEMBERS:
            yield Skipped(str(path), "not a mail file (an office document or e-book)")
            return
        if not password and any(info.flag_bits & 0x1 for info in members):
            yield Skipped(
                str(path),
                "an encrypted ZIP: import it on its own, with --password-file",
            )
            return
        roots = {root for name in names if (root := olm.root_of(name)) is not None}
        if roots:  # an Outlook for Mac archive (.olm), or one zipped
            yield from _olm_items(path, archive, members, source_index)
        copies = _converted_copies(archive, names)
        profiles = _profiles_in(names)
        labels = _proton_labels(archive, names)
        kept_apart = _kept_apart(members, names)
        for info in members:
            if roots and olm.belongs(info.filename, roots):
                continue  # read above
            if profiles and _is_profile_file_but_no_mail(info.filename, profiles):
                continue  # as when the profile's folder is imported: its mail alone
            if proton.is_description(info.filename, names):
                continue  # Proton Mail's description of an exported message
            items = _member_items(path, archive, info, copies, source_index, kept_apart)
            if info.filename in labels:
                items = (_labelled(item, labels[info.filename]) for item in items)
            yield from items


def _kept_apart(
    members: list[zipfile.ZipInfo], names: set[str]
) -> dict[str, list[zipfile.ZipInfo]]:
    """The attachments Apple Mail keeps apart from its .partial.emlx files, by the folder
    each lies in; none for a ZIP without such a message."""
    found: dict[str, list[zipfile.ZipInfo]] = {}
    if not any(name.endswith(apple_mail.PARTIAL_SUFFIX) for name in names):
        return found
    for info in members:
        path = PurePosixPath(info.filename)
        if not path.name.startswith(".") and apple_mail.is_kept_apart(path):
            found.setdefault(path.parent.as_posix(), []).append(info)
    return found


def _kept_apart_of(
    archive: zipfile.ZipFile, name: str, kept_apart: dict[str, list[zipfile.ZipInfo]]
) -> apple_mail.KeptApart:
    """The attachments of the .partial.emlx member ``name``, from the ZIP."""
    attachments = apple_mail.attachments_folder_of(PurePosixPath(name)).as_posix()

    def file_of(folder: str) -> bytes:
        return read_member(
            archive, apple_mail.only_file(kept_apart.get(f"{attachments}/{folder}", []))
        )

    return file_of


def _proton_labels(archive: zipfile.ZipFile, names: set[str]) -> dict[str, tuple[str, ...]]:
    """The folders and labels of the messages of a Proton Mail export in the ZIP, by the
    messages' member names, from the descriptions beside them."""
    found: dict[str, tuple[str, ...]] = {}
    own: dict[str, dict[str, str]] = {}  # labels.json by folder
    descriptions = (name for name in names if name.endswith(proton.METADATA_SUFFIX))
    for name in sorted(descriptions):  # none in most ZIPs: nothing sorted for them
        if not proton.is_description(name, names):
            continue
        folder = name.rpartition("/")[0]
        if folder not in own:
            listed = _small_member(archive, f"{folder}/{proton.LABELS_FILE}".lstrip("/"))
            own[folder] = proton.own_labels_in(listed) if listed is not None else {}
        description = _small_member(archive, name)
        if description is not None:
            message = name[: -len(proton.METADATA_SUFFIX)] + ".eml"
            found[message] = proton.labels_in(description, own[folder])
    return found


def _small_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """A description file's bytes; None where there is none, or none that can be read."""
    try:
        info = archive.getinfo(name)
        if info.file_size > proton.LONGEST_JSON:
            return None
        return read_member(archive, info)
    except (KeyError, MemberTooLargeError, *MEMBER_ERRORS):
        return None


def _labelled(item: RawItem | Skipped, labels: tuple[str, ...]) -> RawItem | Skipped:
    return dataclasses.replace(item, labels=labels) if isinstance(item, RawItem) else item


def _olm_items(
    path: Path, archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], source_index: int
) -> Iterator[RawItem | Skipped]:
    """The messages of an Outlook for Mac archive, each converted with the attachments it
    names; a message that cannot be converted goes to the quarantine as its XML."""
    by_name = {info.filename: info for info in members}
    found = {info.filename: olm.message_folder(info.filename) for info in members}
    accounts = {place[0] for place in found.values() if place is not None}

    def attachment(url: str, message: str) -> bytes | None:
        """The member an attachment's URL names: from the archive's top, as Outlook writes
        it, or from the message's folder."""
        root = olm.root_of(message)
        url = url.lstrip("/")
        info = by_name.get(url) or by_name.get(f"{root}/{url}" if root else url)
        info = info or by_name.get(f"{PurePosixPath(message).parent}/{url}")
        try:
            return read_member(archive, info) if info is not None else None
        except (MemberTooLargeError, *MEMBER_ERRORS):
            return None

    for info in members:
        place = found[info.filename]
        if place is None:
            continue  # contacts, calendars, notes; attachments are read with their message
        folder = olm.folder_name(*place, several_accounts=len(accounts) > 1)
        location = member_location(path, info.filename)
        try:
            xml = read_member(archive, info)
        except MemberTooLargeError as error:
            yield Skipped(location, str(error), os.path.abspath(path))
            continue
        except MEMBER_ERRORS as error:
            yield Skipped(location, f"cannot be read from the ZIP ({error})", os.path.abspath(path))
            continue
        yield olm.raw_item(
            xml,
            functools.partial(attachment, message=info.filename),
            location=location,
            offset=info.header_offset,
            folder=folder,
            source_index=source_index,
        )


def _profiles_in(names: set[str]) -> tuple[str, ...]:
    """Where a Thunderbird profile lies in the ZIP (Thunderbird's own export holds one):
    the folders, as prefixes of member names, that hold prefs.js beside Mail or ImapMail."""
    found = []
    for name in names:
        if PurePosixPath(name).name == "prefs.js":
            prefix = name.removesuffix("prefs.js")
            roots = tuple(f"{prefix}{root}/" for root in thunderbird.MAIL_ROOTS)
            if any(other.startswith(roots) for other in names):
                found.append(prefix)
    return tuple(found)


def _is_profile_file_but_no_mail(name: str, profiles: tuple[str, ...]) -> bool:
    """Whether a member is a profile's settings, database or index, not a mail folder."""
    for prefix in profiles:
        if name.startswith(prefix):
            root = name[len(prefix) :].split("/", 1)[0]
            is_mail = root in thunderbird.MAIL_ROOTS and thunderbird.is_mail_name(
                PurePosixPath(name).name
            )
            return not is_mail
    return False


def _converted_copies(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """The converted copies the ZIP's manifest (if it is an export of ours) names."""
    if MANIFEST_NAME not in names:
        return {}
    try:
        manifest = read_member(archive, archive.getinfo(MANIFEST_NAME))
    except (MemberTooLargeError, *MEMBER_ERRORS):
        return {}  # listed as skipped, with the reason, when its turn comes
    return export_pairs.converted_copies(manifest, names.__contains__)


def _is_large_mbox(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether a member too large to read whole is an mbox file (Gmail Takeout's, say),
    which is read as it unpacks instead."""
    if info.file_size <= STREAM_FROM_BYTES:
        return False
    try:
        with archive.open(info) as member:
            head = member.read(HEAD_BYTES)
    except MEMBER_ERRORS:
        return False  # said when the member is read
    return detect_format(head)[0] is FileFormat.MBOX


def _mbox_member_items(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, source_index: int
) -> Iterator[RawItem | Skipped]:
    """The messages of an mbox member, read as it unpacks: an mbox may be far larger than
    a message, but not larger than it declared, nor hundreds of times its packed size."""
    location = member_location(path, info.filename)
    in_zip = os.path.abspath(path)
    if bomb := _bomb(info):
        yield Skipped(location, bomb, in_zip)
        return
    try:
        with archive.open(info) as member:
            yield from mailbox_items(
                _within(member, info.file_size),
                is_mmdf=False,
                location=location,
                folder=PurePosixPath(info.filename).name,
                source_index=source_index,
            )
    except MemberTooLargeError as error:
        yield Skipped(location, f"{error}; the messages before were imported", in_zip)
    except MEMBER_ERRORS as error:
        yield Skipped(
            location,
            f"cannot be read from the ZIP ({error}); the messages before were imported",
            in_zip,
        )


def _within(member: IO[bytes], declared: int) -> Iterator[bytes]:
    """The member's lines, as long as they stay within the size it declared."""
    size = 0
    for line in member:
        size += len(line)
        if size > declared:
            raise MemberTooLargeError("reads longer than it declared")
        yield line


def _member_items(
    path: Path,
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    copies: dict[str, str],
    source_index: int,
    kept_apart: dict[str, list[zipfile.ZipInfo]],
) -> Iterator[RawItem | Skipped]:
    name = info.filename
    if name == TRANSFER_NAME or name.startswith(FILES_FOLDER):
        return  # a bundle's tags, notes and people: applied after the import
    if is_left_alone(name):
        return  # as in a folder: hidden files, and the Mac's copies of file details
    location = member_location(path, name)
    in_zip = os.path.abspath(path)  # a member left out is named with the ZIP's name
    if name in copies:
        yield Skipped(location, copies[name], in_zip)
        return
    if _is_large_mbox(archive, info):
        yield from _mbox_member_items(path, archive, info, source_index)
        return
    try:
        data = read_member(archive, info)
    except MemberTooLargeError as error:
        yield Skipped(location, str(error), in_zip)
        return
    except MEMBER_ERRORS as error:
        yield Skipped(location, f"cannot be read from the ZIP ({error})", in_zip)
        return
    fmt, reason = detect_format(data[:HEAD_BYTES])
    if fmt is FileFormat.NOT_MAIL:
        yield Skipped(location, reason, in_zip)
        return
    if fmt is FileFormat.ZIP:
        yield Skipped(location, "a ZIP inside the ZIP: not opened (unpack it to import it)", in_zip)
        return
    if fmt is FileFormat.PST:
        yield Skipped(location, "an Outlook data file inside a ZIP: unpack it to import it", in_zip)
        return
    if fmt is FileFormat.TAR:
        yield Skipped(
            location, "a tar archive inside the ZIP: not opened (unpack it to import it)", in_zip
        )
        return
    if fmt is FileFormat.PACKED:
        yield Skipped(
            location, "a packed file inside the ZIP: not opened (unpack it to import it)", in_zip
        )
        return
    yield from member_items(
        path,
        name,
        data,
        fmt,
        offset=info.header_offset,  # two members of one name stay two sources
        packed_at=_zip_date(info),
        source_index=source_index,
        kept_apart=_kept_apart_of(archive, name, kept_apart) if kept_apart else None,
    )


def _zip_date(info: zipfile.ZipInfo) -> datetime | None:
    """The member's time (no zone in a ZIP: taken as UTC), for a message without a Date."""
    if info.date_time[:3] == (1980, 1, 1):
        return None  # the ZIP format's earliest time: written for "unknown"
    try:
        return datetime(*info.date_time, tzinfo=UTC)
    except ValueError:
        return None
