# SPDX-License-Identifier: GPL-3.0-or-later
"""Background work for the window: unlocking, importing, searching, loading pages.

Each task runs a plain function of the core on a pool thread and reports through
Qt signals, which arrive on the GUI thread. A task whose owner went away (the
window was locked) finishes quietly: its result is dropped.
"""

from __future__ import annotations

import contextlib
import threading
import time
import traceback
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from collections.abc import Callable


class TaskSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    progress_changed = Signal(int, int, int)  # done, total (0: unknown), messages so far
    folder_changed = Signal(int, int, str)  # a sync looks at folder number n of count: its name


class Task(QRunnable):
    """Runs ``function(*args, **kwargs)`` on a pool thread."""

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self.cancel = threading.Event()
        self._function = function
        self._args = args
        self.kwargs = kwargs
        self.setAutoDelete(False)  # the owner keeps it until its signals arrived

    def run(self) -> None:
        try:
            result = self._function(*self._args, **self.kwargs)
        except Exception as error:  # reported to the window, which explains it
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.finished, result)

    def report_progress(self, done: int, total: int, _note: str, *, messages: int = 0) -> None:
        """A ProgressSink for the core; at most about 20 updates a second reach the GUI."""
        now = time.monotonic()
        if done < total and now - getattr(self, "_last_report", 0.0) < 0.05:
            return
        self._last_report = now
        self._emit(self.signals.progress_changed, done, total, messages)

    def report_folder(self, number: int, count: int, name: str, /) -> None:
        """A FolderSink for a sync (accounts.sync): the folder it is looking at for new mail."""
        self._emit(self.signals.folder_changed, number, count, name)

    @staticmethod
    def _emit(signal: Any, *values: Any) -> None:
        # RuntimeError: the receiver was deleted (the window was locked meanwhile).
        with contextlib.suppress(RuntimeError):
            signal.emit(*values)


def owned(owner: QObject, slot: Callable[..., object], *leading: Any) -> Callable[..., None]:
    """A slot for a task's signal: ``slot(*leading, *values)``, or nothing once ``owner`` is
    deleted. A lambda connected to a signal outlives the widget it calls (a dialog closed
    while its task ran, deleted before the task reported); calling into it would raise."""

    def call(*values: Any) -> None:
        if shiboken6.isValid(owner):
            slot(*leading, *values)

    return call


def start(task: Task) -> Task:
    """Starts the task; connect its signals first, or a quick result is lost."""
    QThreadPool.globalInstance().start(task)
    return task


# Tasks whose dialog or owner went away before they ended: kept until they report, since
# the pool does not keep a task (or its signals) alive by itself.
_kept: set[Task] = set()


# The kept tasks are the long ones (syncs, backups, restores, integrity checks, connection
# tests): they run in a pool of their own, so that however many run, unlocking, searching
# and the counts never wait behind them in the global pool (one thread per CPU).
LONG_TASK_THREADS = 4
_long_tasks: QThreadPool | None = None


def _long_task_pool() -> QThreadPool:
    global _long_tasks
    if _long_tasks is None:
        _long_tasks = QThreadPool()
        _long_tasks.setMaxThreadCount(LONG_TASK_THREADS)
    return _long_tasks


def start_kept(task: Task) -> Task:
    """Starts a long task, kept alive until it reports even if whoever started it goes away."""
    for signal in (task.signals.finished, task.signals.failed):
        signal.connect(lambda _result: _kept.discard(task))
    _kept.add(task)
    _long_task_pool().start(task)
    return task


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Waits for every running task (used before the archive is closed)."""
    short = QThreadPool.globalInstance().waitForDone(timeout_ms)
    return _long_task_pool().waitForDone(timeout_ms) and short
