# SPDX-License-Identifier: GPL-3.0-or-later
"""Where opened attachment copies go: a folder of this user's alone, whatever the session."""

from __future__ import annotations

import os
import stat
import tempfile
import warnings
from typing import TYPE_CHECKING

from correspondence_app import session_files

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def mode_of(folder: Path) -> int:
    return stat.S_IMODE(folder.lstat().st_mode)


def test_the_runtime_directory_is_used_when_it_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    root = session_files.runtime_root()
    assert root == runtime / session_files.APP_NAME
    assert mode_of(root) == 0o700


def test_without_a_runtime_directory_a_private_temp_folder_and_no_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # platformdirs warns when it falls back
        root = session_files.runtime_root()
    assert root == tmp_path / f"{session_files.APP_NAME}-{os.getuid()}"
    assert mode_of(root) == 0o700
    copy = session_files.SessionFiles().write("brief.pdf", b"%PDF-1.4")
    assert copy.read_bytes() == b"%PDF-1.4"
    assert copy.is_relative_to(root)


def test_a_folder_others_may_enter_is_never_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A runtime directory open to others is not trusted either.
    shared = tmp_path / "shared-runtime"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    # The stable fallback exists already, left open (as someone else's would be).
    planted = tmp_path / f"{session_files.APP_NAME}-{os.getuid()}"
    planted.mkdir()
    planted.chmod(0o755)
    root = session_files.runtime_root()
    assert root not in (planted, shared / session_files.APP_NAME)
    assert root.parent == tmp_path
    assert mode_of(root) == 0o700
    # A link to another folder is not a folder of one's own.
    planted.chmod(0o700)
    planted.rename(tmp_path / "elsewhere")
    planted.symlink_to(tmp_path / "elsewhere")
    assert session_files.runtime_root() != planted
