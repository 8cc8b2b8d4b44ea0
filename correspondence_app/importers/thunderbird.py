# SPDX-License-Identifier: GPL-3.0-or-later
"""Thunderbird profiles: where they are on Linux, Windows and macOS, which of their files
are mail folders (mbox files without an extension, with subfolders in ``.sbd`` folders),
and which messages Thunderbird marked deleted but has not removed yet (before compacting
it keeps them, with the "expunged" bit in ``X-Mozilla-Status``)."""

from __future__ import annotations

import configparser
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from correspondence_app.importers import mbox

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

MAIL_ROOTS = ("Mail", "ImapMail")  # local folders and POP accounts; IMAP accounts' copies
# Files beside the mail folders that are never mail: indexes, filters, state, logs.
NOT_MAIL_SUFFIXES = frozenset(
    {".msf", ".dat", ".json", ".html", ".sqlite", ".js", ".mab", ".txt", ".log", ".bak"}
)
EXPUNGED = 0x0008  # Thunderbird's MSG_FLAG_EXPUNGED
_STATUS = re.compile(rb"^X-Mozilla-Status:\s*([0-9A-Fa-f]{1,8})\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Profile:
    name: str
    path: Path
    is_default: bool


@dataclass(frozen=True)
class MailFolder:
    """A mail folder: its name as Thunderbird shows the path (``Local Folders/Inbox/Sub``),
    its file, and how many messages it holds that are not marked deleted."""

    name: str
    path: Path
    messages: int


def profile_roots() -> list[Path]:
    """Where Thunderbird keeps profiles on this system (only those that exist)."""
    home = Path.home()
    if sys.platform == "win32":
        candidates = [Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / "Thunderbird"]
    elif sys.platform == "darwin":
        candidates = [home / "Library" / "Thunderbird"]
    else:
        flatpak = home / ".var" / "app" / "org.mozilla.Thunderbird"
        candidates = [
            home / ".thunderbird",
            # Where the Mozilla platform puts a new installation's profiles since it follows
            # the XDG Base Directory Specification (Firefox and Thunderbird 147)
            _xdg_config_home(home) / "thunderbird",
            home / "snap" / "thunderbird" / "common" / ".thunderbird",  # the Snap package
            flatpak / ".thunderbird",  # Flatpak
            flatpak / "config" / "thunderbird",  # Flatpak, its XDG_CONFIG_HOME
        ]
    roots: dict[Path, Path] = {}  # one root reached by two names (a link) is read once
    for root in candidates:
        if root.is_dir():
            roots.setdefault(root.resolve(), root)
    return list(roots.values())


def _xdg_config_home(home: Path) -> Path:
    """``$XDG_CONFIG_HOME``, or ``~/.config`` where it is unset or not an absolute path (as
    the specification says)."""
    given = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(given) if given and Path(given).is_absolute() else home / ".config"


def find_profiles(roots: Sequence[Path] | None = None) -> list[Profile]:
    """The profiles ``profiles.ini`` names under each root, the default one first."""
    found: list[Profile] = []
    for root in profile_roots() if roots is None else roots:
        ini = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            ini.read(root / "profiles.ini", encoding="utf-8")
        except (OSError, configparser.Error):
            continue
        for section in ini.sections():
            if not section.startswith("Profile") or "Path" not in ini[section]:
                continue
            entry = ini[section]
            relative = entry.get("IsRelative", "1") == "1"
            path = (root / entry["Path"]) if relative else Path(entry["Path"])
            if is_profile(path):
                name = entry.get("Name", path.name)
                found.append(Profile(name, path, entry.get("Default", "0") == "1"))
    return sorted(found, key=lambda profile: (not profile.is_default, profile.name))


def is_profile(path: Path) -> bool:
    """A Thunderbird profile folder: ``prefs.js`` beside ``Mail`` or ``ImapMail``."""
    return (path / "prefs.js").is_file() and any((path / root).is_dir() for root in MAIL_ROOTS)


def mail_files(profile: Path) -> Iterator[Path]:
    """Every mail folder file in the profile, in a stable order."""
    for root in MAIL_ROOTS:
        base = profile / root
        if not base.is_dir():
            continue
        for directory, subdirectories, files in os.walk(base):
            subdirectories.sort()
            for name in sorted(files):
                path = Path(directory) / name
                if is_mail_name(name) and path.is_file():
                    yield path


def folders(profile: Path) -> list[MailFolder]:
    """The profile's mail folders with their counts of messages not marked deleted."""
    found = []
    for path in mail_files(profile):
        relative = path.relative_to(profile).parts[1:]  # without Mail/ or ImapMail/
        name = "/".join(part.removesuffix(".sbd") for part in relative)
        found.append(MailFolder(name, path, count_messages(path)))
    return found


def count_messages(path: Path) -> int:
    """Messages in an mbox file that Thunderbird has not marked deleted, split as the
    import splits them."""
    return sum(not is_expunged(raw) for _, _, raw in mbox.iter_mbox(path))


def is_expunged(message: bytes) -> bool:
    """Whether the message's header says Thunderbird deleted it (not yet compacted)."""
    head = message.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    match = _STATUS.search(head)
    return match is not None and bool(int(match.group(1), 16) & EXPUNGED)


def is_mail_name(name: str) -> bool:
    """Whether a file in a profile's mail folders may be a mail folder (not an index)."""
    if name.startswith("."):
        return False
    suffix = os.path.splitext(name)[1].lower()
    return suffix not in NOT_MAIL_SUFFIXES
