# SPDX-License-Identifier: GPL-3.0-or-later
"""The file lock behind the archive's import and backup locks: shared holders side by side,
an exclusive one alone, whether the other holder is this process or another; let go when
its holder is done or ends."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from correspondence_app.file_lock import LockTaken, locked

if TYPE_CHECKING:
    from pathlib import Path

HOLD = """
import sys, time
from pathlib import Path
from correspondence_app.file_lock import locked
with locked(Path(sys.argv[1]), shared=sys.argv[2] == "shared"):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_shared_holders_go_together_and_an_exclusive_one_goes_alone(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    shared_twice = (locked(lock, shared=True), locked(lock, shared=True))
    with shared_twice[0], shared_twice[1], pytest.raises(LockTaken), locked(lock):
        pass
    with locked(lock), pytest.raises(LockTaken), locked(lock, shared=True):
        pass
    with locked(lock):  # let go above
        pass
    assert lock.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("mode", ["shared", "exclusive"])
def test_another_process_holding_it_keeps_an_exclusive_holder_out(
    tmp_path: Path, mode: str
) -> None:
    lock = tmp_path / "lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdin is not None
    try:
        assert holder.stdout.readline() == "held\n"
        with pytest.raises(LockTaken), locked(lock):
            pass
    finally:
        holder.stdin.close()  # it lets go and ends
        holder.wait(timeout=30)
    with locked(lock):
        pass
