# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a command and measures its wall time and the peak memory of its whole process tree."""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Measurement:
    """What one command cost: time, memory of the process tree, and what it printed."""

    argv: tuple[str, ...]
    returncode: int
    wall_s: float
    peak_tree_rss_bytes: int  # highest sum of RSS over all processes sampled at once
    peak_tree_pss_bytes: int  # the same for PSS, which shares pages fairly between processes
    peak_process_rss_bytes: int  # the largest single process (the kernel's ru_maxrss included)
    processes_seen: int
    samples: int
    stdout: str
    stderr: str
    timed_out: bool
    # CPU time (user and system) of the command and of every process it waited for.
    cpu_s: float = 0.0

    @property
    def is_ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out


def _stat_fields(pid: int) -> list[bytes] | None:
    """The fields of /proc/PID/stat after the command's name (field 3 of proc(5) first),
    or None when the process is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as file:
            data = file.read()
    except OSError:
        return None
    return data[data.rindex(b")") + 2 :].split()


def _stat(pid: int) -> tuple[int, int] | None:
    """The session id and resident pages of a process, or None when it is gone."""
    fields = _stat_fields(pid)
    if fields is None:
        return None
    return int(fields[3]), int(fields[21])  # fields 6 (session) and 24 (rss) of proc(5)


def _pss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as file:
            for line in file:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


class _TreeSampler:
    """Samples every process of one session: the command runs in a new session of its own."""

    def __init__(self, session: int) -> None:
        self.session = session
        self.members: set[int] = set()
        self.strangers: set[int] = set()  # pids seen in other sessions, not read again
        self.seen: set[int] = set()
        self.peak_rss = self.peak_pss = self.peak_single = 0
        self.samples = 0

    def sample(self) -> int:
        """Take one sample; returns how many processes of the session are alive."""
        rss = pss = alive = 0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            pid = int(entry)
            if pid in self.strangers:
                continue
            stat = _stat(pid)
            if stat is None:
                continue
            session, pages = stat
            if session != self.session:
                if pid != self.session:  # the child itself may not have called setsid() yet
                    self.strangers.add(pid)
                continue
            alive += 1
            self.seen.add(pid)
            rss += pages * _PAGE_BYTES
            self.peak_single = max(self.peak_single, pages * _PAGE_BYTES)
            pss += _pss_bytes(pid)
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)
        self.samples += 1
        return alive


def run_measured(
    argv: Sequence[str | Path],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout_s: float | None = None,
    interval_s: float = 0.05,
) -> Measurement:
    """Run argv in a new session, sampling /proc every interval_s until the session is empty."""
    args = tuple(str(arg) for arg in argv)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, cwd=cwd,
            start_new_session=True,
        )  # fmt: skip
        sampler = _TreeSampler(process.pid)
        finished: dict[str, float | int] = {}

        def wait() -> None:
            # wait4 also reports the largest resident set of the child and its waited children.
            _, status, usage = os.wait4(process.pid, 0)
            finished["at"] = time.perf_counter()
            finished["status"] = status
            finished["maxrss_bytes"] = usage.ru_maxrss * 1024
            finished["cpu_s"] = usage.ru_utime + usage.ru_stime

        waiter = threading.Thread(target=wait, daemon=True)
        waiter.start()
        timed_out = False
        while waiter.is_alive():
            sampler.sample()
            if timeout_s is not None and time.perf_counter() - started > timeout_s:
                timed_out = True
                os.killpg(process.pid, signal.SIGKILL)
                break
            waiter.join(interval_s)
        waiter.join()
        # Workers that outlive the main process still count, until they are gone too.
        deadline = time.perf_counter() + 5
        while sampler.sample() and time.perf_counter() < deadline:
            time.sleep(interval_s)
        status = int(finished.get("status", 0))
        returncode = os.waitstatus_to_exitcode(status)
        process.returncode = returncode  # already reaped by wait4; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return Measurement(
        argv=args,
        returncode=returncode,
        wall_s=float(finished["at"]) - started,
        peak_tree_rss_bytes=sampler.peak_rss,
        peak_tree_pss_bytes=sampler.peak_pss,
        peak_process_rss_bytes=max(sampler.peak_single, int(finished["maxrss_bytes"])),
        processes_seen=len(sampler.seen),
        samples=sampler.samples,
        stdout=stdout,
        stderr=stderr,
        timed_out=timed_out,
        cpu_s=float(finished.get("cpu_s", 0.0)),
    )


def tree_cpu_s(pid: int) -> float:
    """CPU time so far (user and system) of a running process, of the children it has
    reaped, and of its live descendants with theirs: what a server has spent."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    spent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        fields = _stat_fields(int(entry)) if entry.isdigit() else None
        if fields is None:
            continue
        parents[int(entry)] = int(fields[1])
        spent[int(entry)] = sum(int(value) for value in fields[11:15])  # utime ... cstime
    total, waiting = 0, [pid]
    while waiting:
        current = waiting.pop()
        total += spent.get(current, 0)
        waiting += [child for child, parent in parents.items() if parent == current]
    return total / ticks


def idle_penalty(idle_s: float = 0.3, rounds: int = 7) -> float:
    """How much slower reading 64 MB of this process's memory is right after idling for
    idle_s than right after reading it (median ratio; about 1 on an ordinary machine).

    Some virtual machines make memory that a process left alone for a moment slow to
    touch again. A search in a long-running process then pays it, a new process does not.
    """
    buffer = bytearray(64 * 1024 * 1024)

    def touch() -> float:
        started = time.perf_counter()
        total = 0
        for offset in range(0, len(buffer), 4096):
            total += buffer[offset]
        return time.perf_counter() - started + total * 0.0

    touch()
    ratios = []
    for _ in range(rounds):
        warm = touch()
        time.sleep(idle_s)
        ratios.append(touch() / max(warm, 1e-9))
    return statistics.median(ratios)
