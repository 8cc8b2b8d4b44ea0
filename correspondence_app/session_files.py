# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachment copies opened for viewing: one private folder per session, wiped on lock.

An attachment opened with another application has to exist as a file for a while. It
lives in a 0700 folder under the user's runtime directory (a RAM disk on most Linux
systems), which is deleted on lock, on quit, and at the next start after a crash.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "correspondence-app"
_UNSAFE_NAME_RE = re.compile(r"[^\w.\- ()\[\]]+")


def runtime_root() -> Path:
    """The parent of every session folder: a folder of this user's alone (0700).

    Without a runtime directory (XDG_RUNTIME_DIR unset, as in some containers and remote
    sessions) it is a folder in the temporary directory; one that another user made
    there first is never used, and a fresh private folder is taken instead.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.name == "posix" and not (runtime and _is_private(Path(runtime))):
        base = Path(tempfile.gettempdir()) / f"{APP_NAME}-{os.getuid()}"
    else:
        base = Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))
    try:
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return Path(tempfile.mkdtemp(prefix=f"{APP_NAME}-"))
    if not _is_private(base):
        return Path(tempfile.mkdtemp(prefix=f"{APP_NAME}-"))
    return base


def _is_private(folder: Path) -> bool:
    """A real folder (not a link) of this user that no one else may enter."""
    try:
        status = folder.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(status.st_mode):
        return False
    if os.name != "posix":
        return True
    return status.st_uid == os.getuid() and status.st_mode & 0o077 == 0


def wipe_all() -> None:
    """Deletes every session folder, including those a crashed session left behind."""
    root = runtime_root()
    for child in root.iterdir():
        if child.name.startswith("session-"):
            shutil.rmtree(child, ignore_errors=True)


class SessionFiles:
    """The folder of one unlocked session."""

    def __init__(self) -> None:
        self._folder: Path | None = None

    @property
    def folder(self) -> Path:
        if self._folder is None or not self._folder.is_dir():
            self._folder = Path(tempfile.mkdtemp(prefix="session-", dir=runtime_root()))
            self._folder.chmod(0o700)
        return self._folder

    def write(self, filename: str, data: bytes) -> Path:
        """A private copy of ``data`` under a safe version of ``filename``."""
        name = _UNSAFE_NAME_RE.sub("_", Path(filename).name).strip(" .") or "attachment"
        target = Path(tempfile.mkdtemp(dir=self.folder)) / name[:120]
        descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        return target

    def wipe(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
