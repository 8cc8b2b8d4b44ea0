# SPDX-License-Identifier: GPL-3.0-or-later
"""The disk fills up during an import: the command says so in a sentence, nothing already
stored is lost, the archive opens and verifies, and the same import run again completes it.

Two ways to fill it: a file size limit on the importing process (RLIMIT_FSIZE, with
SIGXFSZ ignored so that the write fails with EFBIG), which works anywhere, and a real
small tmpfs (ENOSPC), where this process may mount one.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive, ArchiveError
from correspondence_app.storage.tables import Original
from tests.conftest import PASSPHRASE
from tests.integration.cli import private_env, run, run_json
from tests.unit.storage.test_schema import make_archive_at

if TYPE_CHECKING:
    from collections.abc import Iterator

EARLIER = ("notmuch",)  # imported while there is room
LATER = ("enmime", "mailpile", "mime4j", "php-mime-mail-parser", "ruby-mail", "msgreader")
SMALL_DISK_BYTES = 64 * 2**20
LEFT_FREE_BYTES = 2**20


@dataclass(frozen=True)
class Stored:
    originals: frozenset[str]  # SHA-256 of every stored message
    quarantined: int


def stored(folder: Path) -> Stored:
    with Archive.open(folder, PASSPHRASE) as archive:
        with archive.session() as session:
            originals = frozenset(session.scalars(select(Original.sha256)))
        return Stored(originals, archive.stats().quarantined)


@pytest.fixture(scope="module")
def complete(tmp_path_factory: pytest.TempPathFactory, corpora: Path) -> Stored:
    """What both imports store when the disk never fills."""
    folder = tmp_path_factory.mktemp("complete") / "archive"
    with Archive.create(folder, PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths([corpora / name for name in EARLIER])
        archive.import_paths([corpora / name for name in LATER])
    return stored(folder)


def run_with_file_size_limit(
    env: dict[str, str], limit_bytes: int, *args: str | Path
) -> subprocess.CompletedProcess[bytes]:
    def limit() -> None:  # in the child, before it runs Python
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-m", "correspondence_app", *map(str, args)],
        env=env,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
        preexec_fn=limit,
        check=False,
    )


def assert_says_the_disk_is_full(result: subprocess.CompletedProcess[bytes]) -> None:
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("correspondence-app: "), stderr
    assert "full" in lines[0], stderr
    assert "free some space and run it again" in lines[0], stderr


def test_a_file_size_limit_during_import_loses_nothing(
    tmp_path: Path, corpora: Path, complete: Stored
) -> None:
    env = private_env(tmp_path)
    folder = tmp_path / "archive"
    run(env, "init", folder)
    run(env, "import", folder, *(corpora / name for name in EARLIER))
    before = stored(folder)
    # Room for a fraction of the later import: its first batch does not fit.
    limit = (folder / "archive.db").stat().st_size + 256 * 1024

    failed = run_with_file_size_limit(env, limit, "import", folder, *(corpora / n for n in LATER))

    assert_says_the_disk_is_full(failed)
    after = stored(folder)
    assert before.originals <= after.originals
    assert run_json(env, "verify", folder)["ok"] is True
    report = run_json(env, "import", folder, *(corpora / name for name in LATER))
    assert report["cancelled"] is False
    assert stored(folder) == complete
    assert run_json(env, "verify", folder)["ok"] is True


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs of SMALL_DISK_BYTES, mounted for the test (as root, which CI is)."""
    point = tmp_path / "disk"
    point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SMALL_DISK_BYTES},mode=0700", "tmpfs", point],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:  # a container without CAP_SYS_ADMIN, say
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield point
    finally:
        if subprocess.run(["umount", point], check=False).returncode != 0:
            subprocess.run(["umount", "-l", point], check=False)


def fill(disk: Path, leave_bytes: int) -> Path:
    status = os.statvfs(disk)
    filler = disk / "filler"
    with filler.open("wb") as file:
        remaining = status.f_bavail * status.f_frsize - leave_bytes
        block = b"\0" * 2**20
        while remaining > 0:
            remaining -= file.write(block[:remaining])
    return filler


def test_a_full_disk_during_import_loses_nothing(
    small_disk: Path, tmp_path: Path, corpora: Path, complete: Stored
) -> None:
    env = private_env(tmp_path)
    folder = small_disk / "archive"
    run(env, "init", folder)
    run(env, "import", folder, *(corpora / name for name in EARLIER))
    before = stored(folder)
    filler = fill(small_disk, LEFT_FREE_BYTES)

    failed = run(env, "import", folder, *(corpora / name for name in LATER), check=False)

    assert_says_the_disk_is_full(failed)
    assert "the disk is full" in failed.stderr.decode()
    # With the disk still full, the archive opens, verifies and holds what it held.
    assert before.originals <= stored(folder).originals
    assert run_json(env, "verify", folder)["ok"] is True
    filler.unlink()
    report = run_json(env, "import", folder, *(corpora / name for name in LATER))
    assert report["cancelled"] is False
    assert stored(folder) == complete
    assert run_json(env, "verify", folder)["ok"] is True


def test_a_completely_full_disk_is_not_taken_for_damage(
    small_disk: Path, tmp_path: Path, corpora: Path
) -> None:
    env = private_env(tmp_path)
    folder = small_disk / "archive"
    run(env, "init", folder)
    before = run_json(env, "import", folder, corpora / EARLIER[0])["imported"]
    filler = fill(small_disk, 0)

    result = run(env, "search", folder, "Brief", check=False)

    stderr = result.stderr.decode()
    if result.returncode != 0:  # SQLite could not even read: said as such, one line
        assert "Traceback" not in stderr
        assert "damaged" not in stderr
        assert "not an archive" not in stderr
        assert "is the disk full" in stderr
        assert len(stderr.strip().splitlines()) == 1, stderr
    filler.unlink()
    assert run_json(env, "stats", folder)["messages"] == before
    assert run_json(env, "verify", folder)["ok"] is True


def test_an_upgrade_without_room_for_its_copy_changes_nothing(
    small_disk: Path, corpora: Path
) -> None:
    folder = small_disk / "archive"
    make_archive_at(folder, "0015", corpora / "notmuch" / "default")
    database = folder / "archive.db"
    before = database.read_bytes()
    filler = fill(small_disk, database.stat().st_size // 2)

    with pytest.raises(ArchiveError) as refused:
        Archive.open(folder, PASSPHRASE)

    message = str(refused.value)
    assert "keeps a copy of it first" in message
    assert "Free some space and open it again; nothing was changed" in message
    assert database.read_bytes() == before
    assert not list(folder.glob("*.bak"))
    filler.unlink()
    with Archive.open(folder, PASSPHRASE) as archive:
        assert archive.stats().messages > 0
        assert archive.verify().ok
