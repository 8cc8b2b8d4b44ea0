# SPDX-License-Identifier: GPL-3.0-or-later
"""Background tasks: long ones never hold up the short ones a user waits for; one that ends
after its dialog was deleted reports to nobody."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QProgressBar

from correspondence_app.gui import workers

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def test_a_short_task_runs_while_long_tasks_fill_their_threads(qtbot: QtBot) -> None:
    release = threading.Event()
    started = threading.Semaphore(0)

    def long_work() -> None:  # a sync or an integrity check, waiting on the network or disk
        started.release()
        release.wait(30)

    long_tasks = [workers.start_kept(workers.Task(long_work)) for _ in range(6)]
    try:
        for _ in range(workers.LONG_TASK_THREADS):
            assert started.acquire(timeout=10)
        # More long tasks than threads for them, and more than the CPUs: a short task
        # (unlocking, a search) still runs at once.
        short = workers.Task(lambda: 42)
        with qtbot.waitSignal(short.signals.finished, timeout=5_000) as finished:
            workers.start(short)
        assert finished.args == [42]
    finally:
        release.set()
    assert workers.wait_for_all(10_000)
    # Their reports reach the main thread's loop after that; then they are let go.
    qtbot.waitUntil(lambda: all(task not in workers._kept for task in long_tasks))


def test_a_task_that_ends_after_its_dialog_was_deleted_reports_to_nobody(qtbot: QtBot) -> None:
    release = threading.Event()
    dialog = QDialog()
    bar = QProgressBar(dialog)
    shown: list[int] = []

    def show(generation: int, value: int) -> None:
        bar.setValue(value)  # raises once the dialog and its bar are deleted
        shown.append(generation)

    slow = workers.Task(lambda: release.wait(30) and 7)
    slow.signals.finished.connect(workers.owned(dialog, show, 1))
    quick = workers.Task(lambda: 3)
    quick.signals.finished.connect(workers.owned(dialog, show, 2))
    with qtbot.waitSignal(quick.signals.finished):
        workers.start(quick)
    workers.start_kept(slow)
    dialog.deleteLater()  # closed by the user while the slow task runs
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.waitSignal(slow.signals.finished) as finished:
        release.set()
    assert finished.args == [7]
    assert shown == [2]  # and no error from the deleted bar
