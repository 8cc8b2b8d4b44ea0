# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures of the command-line tests: a private environment and a fresh archive in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.integration.cli import private_env, run

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return private_env(tmp_path)


@pytest.fixture
def archive_dir(tmp_path: Path, env: dict[str, str]) -> Path:
    folder = tmp_path / "archive"
    run(env, "init", folder)
    return folder
