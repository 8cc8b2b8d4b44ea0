# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures: the real mail corpora and real SQLCipher archives."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive
from tests.dovecot import PASSWORD, USER, Dovecot

if TYPE_CHECKING:
    from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]


def _find_corpora() -> Path:
    configured = os.environ.get("CORRESPONDENCE_CORPORA")
    if configured:
        return Path(configured)
    # The shared folder lies beside the clone, on developers' machines and in CI.
    for base in (REPO_ROOT, *REPO_ROOT.parents):
        candidate = base / "shared" / "corpora"
        if candidate.is_dir():
            return candidate
    return REPO_ROOT.parent / "shared" / "corpora"


CORPORA = _find_corpora()


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The real public mail corpora; their absence is an error, not a skip."""
    assert CORPORA.is_dir(), f"mail corpora not found at {CORPORA} (set CORRESPONDENCE_CORPORA)"
    return CORPORA


PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """A real SQLCipher archive in tmp_path, unlocked, with the minimum (RFC 9106) KDF cost."""
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        yield opened


@pytest.fixture
def server() -> Iterator[Dovecot]:
    """A real Dovecot on 127.0.0.1 with the account tests.dovecot.USER, empty."""
    dovecot = Dovecot()
    dovecot.add_user(USER, PASSWORD)
    dovecot.start()
    yield dovecot
    dovecot.remove()
