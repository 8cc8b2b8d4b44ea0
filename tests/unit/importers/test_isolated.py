# SPDX-License-Identifier: GPL-3.0-or-later
"""Native readers in a process of their own: a crash or a stall ends one file's reading,
never the import, and what was read before it is kept."""

from __future__ import annotations

import lzma
import time
from typing import TYPE_CHECKING

import pytest

from correspondence_app.importers import isolated, sources
from correspondence_app.importers.base import RawItem, Skipped
from correspondence_app.importers.outlook_pst import iter_pst
from tests.unit.importers.native_readers import crashes_after_three, refuses, stalls_after_two
from tests.unit.importers.test_outlook import OST_XZ

if TYPE_CHECKING:
    from pathlib import Path


def test_items_arrive_until_the_reader_crashes(tmp_path: Path) -> None:
    got: list[str] = []
    with pytest.raises(isolated.ReaderEndedError, match="crashed after 3 items"):
        got.extend(isolated.iter_isolated(crashes_after_three, tmp_path / "a.pst"))
    assert got == ["a.pst 0", "a.pst 1", "a.pst 2"]


def test_a_stalled_reader_is_ended(tmp_path: Path) -> None:
    got: list[str] = []
    started = time.monotonic()
    with pytest.raises(isolated.ReaderEndedError, match="stalled for 5 s after 2 items"):
        got.extend(isolated.iter_isolated(stalls_after_two, tmp_path / "a", item_timeout_s=5))
    assert got == ["one", "two"]
    assert time.monotonic() - started < 60


def test_a_file_the_reader_refuses_is_an_os_error_with_its_message(tmp_path: Path) -> None:
    with pytest.raises(OSError, match=r"b\.pst: not a readable Outlook data file"):
        list(isolated.iter_isolated(refuses, tmp_path / "b.pst"))


def test_an_ost_read_apart_gives_what_it_gives_read_here(tmp_path: Path) -> None:
    ost = tmp_path / "test.ost"
    ost.write_bytes(lzma.decompress(OST_XZ.read_bytes()))
    assert list(isolated.iter_isolated(iter_pst, ost)) == list(iter_pst(ost))
    planned = sources.plan([ost])
    items = [item for file in planned for item in sources.iter_items(file)]
    assert sum(isinstance(item, RawItem) for item in items) == 14
    assert sum(isinstance(item, Skipped) for item in items) == 169
