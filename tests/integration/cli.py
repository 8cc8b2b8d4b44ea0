# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the real command line in a child process, as scripts and users do."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING, Any

from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def private_env(base: Path) -> dict[str, str]:
    """An environment with the passphrase, the minimum KDF cost and temp dirs under base."""
    home, temp = base / "home", base / "tmp"
    home.mkdir(parents=True, exist_ok=True)
    temp.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "CORRESPONDENCE_APP_PASSPHRASE": PASSPHRASE,
        "CORRESPONDENCE_APP_KDF_TARGET_S": "0",
        "HOME": str(home),
        "TMPDIR": str(temp),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }


def run(
    env: dict[str, str], *args: str | Path, check: bool = True
) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(
        [sys.executable, "-m", "correspondence_app", *map(str, args)],
        env=env,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
        check=False,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"{args} exited {result.returncode}: {result.stderr.decode(errors='replace')}"
        )
    return result


def run_json(env: dict[str, str], *args: str | Path) -> Any:
    return json.loads(run(env, *args, "--json").stdout)


@contextlib.contextmanager
def imported_archive(base: Path, mail: Path) -> Iterator[dict[str, Any]]:
    """An archive under base made by ``init`` and ``import`` of mail on the command line,
    open meanwhile: its "env", "folder", "archive" and "ids" (message id by the local part
    of its Message-ID)."""
    env = private_env(base)
    folder = base / "archive"
    run(env, "init", folder)
    run(env, "import", folder, mail)
    with Archive.open(folder, PASSPHRASE) as archive:
        ids = {m.message_id.split("@")[0]: m.id for m in archive.list_messages()}
        yield {"env": env, "folder": folder, "archive": archive, "ids": ids}
