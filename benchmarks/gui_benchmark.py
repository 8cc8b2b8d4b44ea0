# SPDX-License-Identifier: GPL-3.0-or-later
"""GUI benchmark: the desktop window on a large archive, from the passphrase to scrolling."""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSlider, QApplication

from benchmarks.import_benchmark import (
    OUT_DIR,
    PASSPHRASE,
    _private_env,
    describe_machine,
    ensure_corpus,
    log,
)
from benchmarks.search_benchmark import QUERIES, BenchmarkError, ensure_archive, p95
from correspondence_app.crypto.keys import KeyFile
from correspondence_app.gui.app import AppController
from correspondence_app.gui.dialogs.unlock_dialog import UnlockDialog
from correspondence_app.gui.settings import AppSettings
from correspondence_app.gui.widgets.search_bar import DEBOUNCE_MS
from correspondence_app.services import KEY_NAME, Archive

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QWidget

    from correspondence_app.gui.main_window import MainWindow
    from correspondence_app.storage.threads import ThreadSummary

GOAL_FIRST_ROWS_S = 1.0
GOAL_SEARCH_MEDIAN_S = 0.200
GOAL_THREAD_OPEN_S = 0.150
GOAL_SCROLL_BLOCK_S = 0.050
GOAL_PEAK_RSS_BYTES = 400 * 2**20
THREAD_MESSAGES = 40  # the goal's thread size
HEARTBEAT_MS = 5
BUSY_GAP_S = 0.020  # no tick of the heartbeat for this long: the loop was busy
AFTERMATH_S = 0.3  # how long a change may keep the loop busy after its first paint
KDF_RUNS = 3
WAIT_S = 120.0  # for one step of the window; far above any goal


def log_phase(text: str) -> None:
    log(f"[gui] {text}")


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    return 0


def _memory() -> dict[str, float]:
    """The RSS now, and the peak so far (VmHWM): where the peak was reached."""
    return {
        "rss_after_mb": round(_status_kib("VmRSS") / 1024, 1),
        "peak_so_far_mb": round(_status_kib("VmHWM") / 1024, 1),
    }


# Watching the event loop --------------------------------------------------------------------


class PaintWatch(QObject):
    """When the armed widgets had all been painted: the time the paint and its flush ended."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: list[QObject] = []
        self._ready: Callable[[], bool] = lambda: True
        self.painted_at: float | None = None

    def arm(self, widgets: Sequence[QWidget], ready: Callable[[], bool] = lambda: True) -> None:
        """Waits for a paint of each widget that comes once ``ready()`` is true."""
        for widget in widgets:
            widget.installEventFilter(self)
        self._pending = list(widgets)
        self._ready = ready
        self.painted_at = None

    @property
    def is_done(self) -> bool:
        return self.painted_at is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._pending and self._ready():
            self._pending = [widget for widget in self._pending if widget is not watched]
            if not self._pending:
                # A zero timer fires on the next pass of the loop, after the whole repaint.
                QTimer.singleShot(0, self._on_painted)
        return False

    def _on_painted(self) -> None:
        self.painted_at = time.perf_counter()


class Heartbeat(QObject):
    """A timer every few milliseconds: a long gap between ticks is the event loop blocked."""

    def __init__(self, interval_ms: int) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_tick)

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.ticks.append(time.perf_counter())

    def _on_tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def gaps(self) -> list[tuple[float, float]]:
        return list(zip(self.ticks, self.ticks[1:], strict=False))


def wait_until(predicate: Callable[[], bool], what: str, timeout_s: float = WAIT_S) -> None:
    """Runs the event loop until predicate() holds; sleeps between events, never spins."""
    deadline = time.perf_counter() + timeout_s
    waker = QTimer()  # wakes the loop now and then to look at the deadline
    waker.start(50)
    try:
        while not predicate():
            if time.perf_counter() > deadline:
                raise BenchmarkError(f"no {what} within {timeout_s:.0f} s")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        waker.stop()


def type_text(widget: QWidget, text: str) -> None:
    """Key clicks carrying the text (QTest.keyClicks only knows Latin-1 characters)."""
    for character in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,
            Qt.Key.Key_unknown,
            character,
            Qt.KeyboardModifier.NoModifier,
        )


def settle(seconds: float) -> None:
    """Lets the window finish what it scheduled (layouts, repaints) before the next step."""
    until = time.perf_counter() + seconds
    wait_until(lambda: time.perf_counter() >= until, "pause", seconds + 5)


def painted_and_free(watch: PaintWatch, heartbeat: Heartbeat) -> tuple[float, float]:
    """(first painted, free again) once the watch saw its paint.

    A change can keep the loop busy after its first paint (a layout it set off, and the
    repaint after it): the loop is free again at the end of the last long gap between the
    heartbeat's ticks in the next AFTERMATH_S, or at the paint if there is none.
    """
    settle(AFTERMATH_S)
    heartbeat.stop()
    painted = watch.painted_at or 0.0
    ends = [end for start, end in heartbeat.gaps() if end - start > BUSY_GAP_S]
    return painted, max([painted, *ends])


# The measurements (in the child process) ----------------------------------------------------


def thread_rows(window: MainWindow) -> tuple[list[QWidget], Callable[[], bool]]:
    """What shows that the window is ready: the thread list with rows."""
    model = window.thread_model
    return [window.thread_list.viewport()], lambda: model.rowCount() > 0


def measure_unlock(
    folder: Path,
    settings: AppSettings,
    awaited: Callable[[MainWindow], tuple[list[QWidget], Callable[[], bool]]] = thread_rows,
    controller: AppController | None = None,
) -> tuple[AppController, dict[str, Any]]:
    """From Return in the unlock dialog to the first thread rows (or what ``awaited`` names:
    widgets to be painted once a condition holds) painted in the main window; a controller
    given is locked and asks again."""
    key_file = KeyFile.load(folder / KEY_NAME)
    kdf_s = []
    for _ in range(KDF_RUNS):
        started = time.perf_counter()
        key_file.unlock(PASSPHRASE)
        kdf_s.append(time.perf_counter() - started)
    kdf = statistics.median(kdf_s)

    if controller is None:
        controller = AppController(settings, folder)
        controller.start()
    dialog = controller.dialog
    if not isinstance(dialog, UnlockDialog):
        raise BenchmarkError(f"{folder}: the application did not ask for the passphrase")
    settle(0.3)
    type_text(dialog.passphrase, PASSPHRASE)
    marks: dict[str, float] = {}
    watch = PaintWatch()

    # The dialog empties the passphrase field as soon as Archive.open has returned.
    def on_passphrase_changed(text: str) -> None:
        if not text:
            marks.setdefault("opened", time.perf_counter())

    def on_unlocked(_archive: object) -> None:
        marks["window"] = time.perf_counter()
        window = controller.window
        if window is not None:
            widgets, ready = awaited(window)
            watch.arm(widgets, ready=ready)

    dialog.passphrase.textChanged.connect(on_passphrase_changed)
    controller.unlocked.connect(on_unlocked)
    heartbeat = Heartbeat(HEARTBEAT_MS)
    heartbeat.start()
    started = time.perf_counter()
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    wait_until(
        lambda: watch.is_done or not dialog.error.isHidden(), "thread rows painted after unlocking"
    )
    if not watch.is_done:
        raise BenchmarkError(f"the archive did not open: {dialog.error.text()}")
    first_paint, painted = painted_and_free(watch, heartbeat)
    opened = marks.get("opened", marks["window"])
    window = controller.window
    assert window is not None  # noqa: S101 (on_unlocked ran)
    figures = {
        "kdf_ms": _ms(kdf),
        "kdf_runs_ms": [_ms(seconds) for seconds in kdf_s],
        "kdf_params": str(key_file.slots[0].kdf),
        "archive_open_ms": _ms(opened - started),
        "archive_open_without_kdf_ms": _ms(opened - started - kdf),
        "window_built_ms": _ms(marks["window"] - opened),
        "shown_to_painted_ms": _ms(painted - marks["window"]),
        "first_paint_after_key_ms": _ms(first_paint - started - kdf),
        "to_first_rows_ms": _ms(painted - started),
        "first_rows_after_key_ms": _ms(painted - started - kdf),
        "rows_loaded": window.thread_model.rowCount(),
        **_memory(),
    }
    return controller, figures


@dataclass
class SearchSample:
    text: str
    round: int
    raw_s: float  # last keystroke to results painted
    search_s: float  # debounce fired to the list reset: the search task and building the rows
    paint_s: float  # list reset to painted
    hits: int
    error: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "query": self.text,
            "round": self.round,
            "raw_ms": _ms(self.raw_s),
            "without_debounce_ms": _ms(self.raw_s - DEBOUNCE_MS / 1000),
            "search_ms": _ms(self.search_s),
            "paint_ms": _ms(self.paint_s),
            "hits": self.hits,
            "error": self.error or None,
        }


def type_and_wait(window: MainWindow, text: str, round_number: int) -> SearchSample:
    """Types text over the selected search field; waits until the thread list was repainted."""
    marks: dict[str, float] = {}
    watch = PaintWatch()
    field = window.search_bar.field
    error = window.search_bar.error

    def on_query_changed(_text: str) -> None:
        marks.setdefault("query", time.perf_counter())

    def on_reset() -> None:
        marks.setdefault("reset", time.perf_counter())

    window.search_bar.query_changed.connect(on_query_changed)
    window.thread_model.modelReset.connect(on_reset)
    heartbeat = Heartbeat(HEARTBEAT_MS)
    try:
        watch.arm([window.thread_list.viewport()], ready=lambda: "reset" in marks)
        field.setFocus()
        heartbeat.start()
        if text:
            field.selectAll()
            type_text(field, text)
        else:
            field.clear()
        last_key = time.perf_counter()
        wait_until(lambda: watch.is_done or not error.isHidden(), f"results for {text!r}")
    finally:
        window.search_bar.query_changed.disconnect(on_query_changed)
        window.thread_model.modelReset.disconnect(on_reset)
    if not watch.is_done:
        return SearchSample(text, round_number, 0.0, 0.0, 0.0, 0, error.text())
    _first_paint, painted = painted_and_free(watch, heartbeat)
    query_at = marks.get("query", last_key)
    return SearchSample(
        text,
        round_number,
        painted - last_key,
        marks["reset"] - query_at,
        painted - marks["reset"],
        window.thread_model.rowCount(),
    )


def measure_search(window: MainWindow, rounds: int) -> dict[str, Any]:
    """Every query typed rounds times; the first round is the warm-up and reported apart."""
    samples = []
    for round_number in range(rounds):
        for query in QUERIES:
            samples.append(type_and_wait(window, query.text, round_number))
            settle(0.05)
    cleared = type_and_wait(window, "", 0)  # back to every conversation
    settle(0.2)
    timed = [s for s in samples if s.round > 0 and not s.error]
    raw = [s.raw_s for s in timed]
    debounce_s = DEBOUNCE_MS / 1000
    return {
        "debounce_ms": DEBOUNCE_MS,
        "queries": len(QUERIES),
        "rounds": rounds,
        "median_raw_ms": _ms(statistics.median(raw)) if raw else None,
        "p95_raw_ms": _ms(p95(raw)) if raw else None,
        "median_ms": _ms(statistics.median(raw) - debounce_s) if raw else None,
        "p95_ms": _ms(p95(raw) - debounce_s) if raw else None,
        "median_search_ms": _ms(statistics.median(s.search_s for s in timed)) if timed else None,
        "median_paint_ms": _ms(statistics.median(s.paint_s for s in timed)) if timed else None,
        "errors": sorted({f"{s.text}: {s.error}" for s in samples if s.error}),
        "cleared_without_debounce_ms": _ms(cleared.raw_s - debounce_s),
        "samples": [s.as_json() for s in samples],
        **_memory(),
    }


@dataclass(frozen=True)
class ScrollStep:
    at: float
    seconds: float  # the synchronous part: the scroll bar, the view, and a page fetch if due
    rows_before: int
    rows_after: int

    @property
    def fetched(self) -> bool:
        return self.rows_after > self.rows_before


def measure_scroll(window: MainWindow, max_rows: int | None = None) -> dict[str, Any]:
    """Page down through the whole list, as far as the model fetches (or until max_rows are
    loaded), with a 5 ms heartbeat."""
    view = window.thread_list
    model = window.thread_model
    bar = view.verticalScrollBar()
    view.scrollToTop()
    settle(0.2)
    watch = PaintWatch()
    heartbeat = Heartbeat(HEARTBEAT_MS)
    steps: list[ScrollStep] = []
    stalls = 0
    heartbeat.start()
    started = time.perf_counter()
    while True:
        rows_before, value_before = model.rowCount(), bar.value()
        if max_rows is not None and rows_before >= max_rows:
            break
        watch.arm([view.viewport()])
        at = time.perf_counter()
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        step = ScrollStep(at, time.perf_counter() - at, rows_before, model.rowCount())
        if bar.value() == value_before and not step.fetched:
            # At the bottom: done, unless the view has not yet laid out rows it fetched.
            if not model.canFetchMore(QModelIndex()) or stalls >= 3:
                break
            stalls += 1
            settle(0.05)
            continue
        stalls = 0
        steps.append(step)
        wait_until(lambda: watch.is_done, "a repaint while scrolling")
        # The next page only once the loop is idle again: back-to-back steps would keep it busy
        # without a break and starve the heartbeat (Qt runs timers at idle priority then), which
        # measures the driver, not one scroll.
        ticks = len(heartbeat.ticks)
        wait_until(lambda: len(heartbeat.ticks) >= ticks + 2, "the heartbeat")  # noqa: B023
    total_s = time.perf_counter() - started
    heartbeat.stop()

    gaps = heartbeat.gaps()
    lengths = [end - start for start, end in gaps]
    worst_start, worst_end = max(gaps, key=lambda gap: gap[1] - gap[0])
    in_worst = [s for s in steps if worst_start <= s.at <= worst_end]
    fetches = [s.seconds for s in steps if s.fetched]
    plain = [s.seconds for s in steps if not s.fetched]
    return {
        "rows": model.rowCount(),
        "page_steps": len(steps),
        "seconds": round(total_s, 2),
        "max_block_ms": _ms(worst_end - worst_start),
        "worst_block_rows": in_worst[0].rows_before if in_worst else None,
        "worst_block_had_fetch": any(s.fetched for s in in_worst),
        "p99_gap_ms": _ms(statistics.quantiles(lengths, n=100)[98]) if len(lengths) > 1 else None,
        "gaps_over_goal": sum(1 for length in lengths if length > GOAL_SCROLL_BLOCK_S),
        "fetches": len(fetches),
        "fetch_step_median_ms": _ms(statistics.median(fetches)) if fetches else None,
        "fetch_step_max_ms": _ms(max(fetches)) if fetches else None,
        "fetch_step_first_ms": _ms(fetches[0]) if fetches else None,
        "fetch_step_last_ms": _ms(fetches[-1]) if fetches else None,
        "plain_step_median_ms": _ms(statistics.median(plain)) if plain else None,
        **_memory(),
    }


def open_thread(window: MainWindow, row: int, repeat: int) -> dict[str, Any]:
    """Selects the row's thread repeat times, coming from the rows above and below in turn."""
    view = window.thread_list
    model = window.thread_model
    conversation = window.conversation
    target = model.index(row, 0)
    neighbours = [model.index(r, 0) for r in (row - 1, row + 1) if 0 <= r < model.rowCount()]
    view.scrollTo(target)
    totals, first_paints, synchronous = [], [], []
    for run in range(repeat):
        view.setCurrentIndex(neighbours[run % len(neighbours)])
        settle(AFTERMATH_S)
        watch = PaintWatch()
        watch.arm([conversation.tree.viewport(), conversation.browser.viewport()])
        heartbeat = Heartbeat(HEARTBEAT_MS)
        heartbeat.start()
        started = time.perf_counter()
        view.setCurrentIndex(target)
        synchronous.append(time.perf_counter() - started)
        wait_until(lambda: watch.is_done, "the conversation painted")  # noqa: B023
        first_paint, painted = painted_and_free(watch, heartbeat)
        first_paints.append(first_paint - started)
        totals.append(painted - started)
    thread = model.row_at(row)
    return {
        "messages": thread.messages if thread else None,
        "shown_messages": conversation.messages.rowCount(),
        "median_ms": _ms(statistics.median(totals)),
        "first_ms": _ms(totals[0]),
        "max_ms": _ms(max(totals)),
        "runs_ms": [_ms(total) for total in totals],
        "median_synchronous_ms": _ms(statistics.median(synchronous)),
        "median_first_paint_ms": _ms(statistics.median(first_paints)),
    }


def measure_threads(window: MainWindow, repeat: int) -> dict[str, Any]:
    """The thread nearest the goal's 40 messages (at least 40), and the largest one."""
    model = window.thread_model
    sizes = [
        (row.messages, index) for index in range(model.rowCount()) if (row := model.row_at(index))
    ]
    if len(sizes) < 2:
        raise BenchmarkError("opening a conversation needs at least two in the list")
    big_enough = [size for size in sizes if size[0] >= THREAD_MESSAGES]
    nearest = min(big_enough) if big_enough else max(sizes)
    largest = max(sizes)
    figures: dict[str, Any] = {"nearest_40": open_thread(window, nearest[1], repeat)}
    if largest[1] != nearest[1]:
        figures["largest"] = open_thread(window, largest[1], repeat)
    figures["threads_with_40_or_more"] = len(big_enough)
    figures.update(_memory())
    return figures


def measure(
    folder: Path,
    settings_file: Path,
    repeat: int,
    *,
    scroll_rows: int | None = None,
    grab: Path | None = None,
) -> dict[str, Any]:
    """Every measurement, in the order a user meets them, in this (fresh) process; the
    window is saved as a PNG to grab at the end when given."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Correspondence Archive")
    app.setOrganizationName("correspondence-app")
    app.setQuitOnLastWindowClosed(False)
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    settings.lock_minutes = 0  # no idle lock half-way through a long scroll
    log_phase("unlocking")
    controller, unlock = measure_unlock(folder, settings)
    window = controller.window
    assert window is not None  # noqa: S101 (measure_unlock waited for it)
    settle(0.5)
    log_phase(f"typing {len(QUERIES)} queries, {repeat} rounds")
    search = measure_search(window, repeat)
    log_phase("scrolling the whole thread list")
    scroll = measure_scroll(window, scroll_rows)
    log_phase("opening threads")
    threads = measure_threads(window, repeat)
    # Not RUSAGE_SELF: Linux carries the ru_maxrss of the parent's address space (the process
    # was spawned from a big one) over exec; VmHWM is this process's own high-water mark.
    own = _status_kib("VmHWM") * 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    inherited = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if grab is not None:
        window.thread_list.scrollToTop()
        settle(0.3)
        window.grab().save(str(grab))
    controller.quit()
    return {
        "platform": QApplication.platformName(),
        "pyside": pyside_version,
        "unlock": unlock,
        "search": search,
        "scroll": scroll,
        "threads": threads,
        "peak_rss_mb": round((own + children) / 2**20, 1),
        "peak_rss_self_mb": round(own / 2**20, 1),
        "peak_rss_children_mb": round(children / 2**20, 1),
        "ru_maxrss_self_mb": round(inherited / 2**20, 1),
    }


# The parent process: cache, preparation, report ---------------------------------------------


def join_largest_threads(archive: Archive, threads: Sequence[ThreadSummary]) -> dict[str, int]:
    """Merges the largest conversations (as a user can) until one has THREAD_MESSAGES."""
    chosen: list[ThreadSummary] = []
    for thread in sorted(threads, key=lambda thread: thread.messages, reverse=True):
        chosen.append(thread)
        if sum(thread.messages for thread in chosen) >= THREAD_MESSAGES:
            break
    joined = chosen[0].thread_id
    for thread in chosen[1:]:
        joined = archive.merge_threads(joined, thread.thread_id)
    return {"threads": len(chosen), "messages": len(archive.thread(joined).messages)}


def prepare(folder: Path) -> dict[str, Any]:
    """Threads and indexes the copy if it needs it, so that no measured step does that.

    The corpus has no conversation of 40 messages, so the largest ones are joined into one:
    the thread goal is judged on a real thread of that size.
    """
    started = time.perf_counter()
    with Archive.open(folder, PASSPHRASE) as archive:
        threads = archive.threads()
        archive.search_threads("Brief", limit=1)
        messages = archive.stats().messages
        if messages and not threads:
            raise BenchmarkError(
                f"{folder} has {messages} messages but lists no conversation; build it again "
                "with --rebuild"
            )
        sizes = sorted((thread.messages for thread in threads), reverse=True)
        joined = None
        if sizes and sizes[0] < THREAD_MESSAGES:
            log(f"No conversation has {THREAD_MESSAGES} messages; joining the largest ones")
            joined = join_largest_threads(archive, threads)
    return {
        "messages": messages,
        "threads": len(threads),
        "largest_threads": sizes[:5],
        "threads_with_40_or_more": sum(1 for size in sizes if size >= THREAD_MESSAGES),
        "joined": joined,
        "prepare_s": round(time.perf_counter() - started, 1),
    }


def describe_tree() -> dict[str, Any]:
    """The commit measured, and the application files changed since (figures depend on them)."""
    root = Path(__file__).resolve().parent.parent

    def git(*args: str) -> list[str]:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)
        return done.stdout.splitlines() if done.returncode == 0 else []

    changed = git("status", "--porcelain", "--", "correspondence_app")
    return {
        "commit": "".join(git("rev-parse", "--short", "HEAD")),
        "changed": [line[3:] for line in changed],  # "XY path"
    }


def goals(figures: dict[str, Any]) -> dict[str, dict[str, Any]]:
    def goal(value_ms: float | None, limit_s: float, *, at_most: bool = False) -> dict[str, Any]:
        """Met when under the limit (or, with at_most, not over it); None: not measured."""
        met = None
        if value_ms is not None:
            met = value_ms <= limit_s * 1000 if at_most else value_ms < limit_s * 1000
        return {"value_ms": value_ms, "goal_ms": limit_s * 1000, "met": met}

    peak = figures["peak_rss_mb"]
    return {
        "first_rows_after_key": goal(
            figures["unlock"]["first_rows_after_key_ms"], GOAL_FIRST_ROWS_S
        ),
        "search_median": goal(figures["search"]["median_ms"], GOAL_SEARCH_MEDIAN_S),
        "thread_open": goal(figures["threads"]["nearest_40"]["median_ms"], GOAL_THREAD_OPEN_S),
        "scroll_block": goal(figures["scroll"]["max_block_ms"], GOAL_SCROLL_BLOCK_S, at_most=True),
        "peak_rss": {
            "value_mb": peak,
            "goal_mb": GOAL_PEAK_RSS_BYTES / 2**20,
            "met": peak * 2**20 < GOAL_PEAK_RSS_BYTES,
        },
    }


def _ms_text(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def _ms_list(*values: float | None) -> str:
    return "/".join("-" if value is None else f"{value:.0f}" for value in values) + " ms"


def _report_lines(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(label, figure, goal name) per line; a label without a figure heads a group."""
    figures = document["figures"]
    unlock, search, scroll, threads = (
        figures[name] for name in ("unlock", "search", "scroll", "threads")
    )
    nearest, largest = threads["nearest_40"], threads.get("largest")
    worst = scroll["worst_block_rows"]
    where = "-" if worst is None else f"row {worst:,}"
    if scroll["worst_block_had_fetch"]:
        where += ", fetch"
    timed = search["rounds"] - 1
    rounds = (
        f"{search['queries']} queries x {timed} round{'s' if timed > 1 else ''} after a warm-up"
    )
    parts = (unlock, search, scroll, threads)
    rss_after = "/".join(f"{part['rss_after_mb']:.0f}" for part in parts)
    peak_after = "/".join(f"{part['peak_so_far_mb']:.0f}" for part in parts)
    lines = [
        ("Unlocking (the passphrase typed, then Return in the unlock dialog)", "", ""),
        (f"key derivation alone, median of {KDF_RUNS}", _ms_text(unlock["kdf_ms"]), ""),
        (
            "Archive.open in the dialog's task, key included",
            _ms_text(unlock["archive_open_ms"]),
            "",
        ),
        (
            "main window built (sidebar, first page of rows)",
            _ms_text(unlock["window_built_ms"]),
            "",
        ),
        ("window shown until the rows painted", _ms_text(unlock["shown_to_painted_ms"]), ""),
        ("Return until the first rows painted", _ms_text(unlock["to_first_rows_ms"]), ""),
        (
            "the same without the key derivation",
            _ms_text(unlock["first_rows_after_key_ms"]),
            "first_rows_after_key",
        ),
        (
            "  first paint of the rows, without the key derivation",
            _ms_text(unlock["first_paint_after_key_ms"]),
            "",
        ),
        (f"Search as you type ({rounds})", "", ""),
        ("last keystroke until results painted, median", _ms_text(search["median_raw_ms"]), ""),
        ("  p95", _ms_text(search["p95_raw_ms"]), ""),
        (
            f"without the {search['debounce_ms']} ms debounce, median",
            _ms_text(search["median_ms"]),
            "search_median",
        ),
        ("  p95", _ms_text(search["p95_ms"]), ""),
        ("  search task and rows, median", _ms_text(search["median_search_ms"]), ""),
        ("  painting the list, median", _ms_text(search["median_paint_ms"]), ""),
        (
            "field cleared until all rows painted, without debounce",
            _ms_text(search["cleared_without_debounce_ms"]),
            "",
        ),
        ("Opening a conversation (selected until messages and text painted)", "", ""),
        (f"{nearest['messages']} messages, median", _ms_text(nearest["median_ms"]), "thread_open"),
        ("  first / slowest", _ms_list(nearest["first_ms"], nearest["max_ms"]), ""),
        ("  synchronous in the selection, median", _ms_text(nearest["median_synchronous_ms"]), ""),
        ("  first paint of both views, median", _ms_text(nearest["median_first_paint_ms"]), ""),
    ]
    if largest is not None:
        lines.append(
            (
                f"the largest, {largest['messages']} messages, median",
                _ms_text(largest["median_ms"]),
                "",
            )
        )
    lines += [
        (
            f"Scrolling the whole list ({scroll['rows']:,} rows, {scroll['page_steps']:,} page "
            f"steps, {scroll['fetches']} page fetches)",
            "",
            "",
        ),
        (
            f"longest event-loop block ({HEARTBEAT_MS} ms heartbeat)",
            _ms_text(scroll["max_block_ms"]),
            "scroll_block",
        ),
        ("  where", where, ""),
        ("  p99 gap between heartbeats", _ms_text(scroll["p99_gap_ms"]), ""),
        ("  gaps over the goal", str(scroll["gaps_over_goal"]), ""),
        (
            "  page fetch: first/median/last/max",
            _ms_list(
                scroll["fetch_step_first_ms"],
                scroll["fetch_step_median_ms"],
                scroll["fetch_step_last_ms"],
                scroll["fetch_step_max_ms"],
            ),
            "",
        ),
        ("  page step without a fetch, median", _ms_text(scroll["plain_step_median_ms"]), ""),
        ("  total", f"{scroll['seconds']:.1f} s", ""),
        ("Memory", "", ""),
        (
            "peak RSS (VmHWM, and children's ru_maxrss)",
            f"{figures['peak_rss_mb']:.0f} MB",
            "peak_rss",
        ),
        ("  RSS after unlock/search/scroll/threads", f"{rss_after} MB", ""),
        ("  peak so far, after each of them", f"{peak_after} MB", ""),
        (
            "  ru_maxrss (Linux keeps the parent's over exec)",
            f"{figures['ru_maxrss_self_mb']:.0f} MB",
            "",
        ),
    ]
    return lines


def print_report(document: dict[str, Any]) -> None:
    machine, archive, figures = document["machine"], document["archive"], document["figures"]
    print(
        f"Machine: {machine['nproc']} CPUs, {machine['cpu_model']}, {machine['memory_gb']} GB "
        f"RAM, Linux {machine['kernel']}, Python {machine['python']}, PySide6 {figures['pyside']}"
    )
    print(f"Qt platform: {figures['platform']} ({document['display']})")
    tree = document["tree"]
    changed = f", with changes to {', '.join(tree['changed'])}" if tree["changed"] else ""
    print(f"Commit: {tree['commit'] or 'unknown'}{changed}")
    before, after = (
        ", ".join(f"{value:.2f}" for value in document[key])
        for key in ("load_average_before", "load_average")
    )
    print(f"Load average (1, 5, 15 min) before: {before}; after: {after}")
    print(
        f"Archive: {archive['messages']:,} messages in {archive['threads']:,} conversations, "
        f"cached in {archive['cache']} ({'reused' if archive['reused'] else 'built'})"
    )
    joined = archive.get("joined")
    if joined:
        print(
            f"No conversation has {THREAD_MESSAGES} messages (the largest: "
            f"{', '.join(map(str, archive['largest_threads']))}); on the measured copy the "
            f"{joined['threads']} largest were joined into one of {joined['messages']}"
        )
    print()
    results = document["goals"]
    header = f"{'measure':<60} {'figure':>12} {'goal':>10}"
    print(header)
    print("-" * (len(header) + 7))
    for label, figure, goal_name in _report_lines(document):
        if not figure:
            print(label)
            continue
        goal, verdict = "", ""
        if goal_name:
            result = results[goal_name]
            limit = (
                f"{result['goal_mb']:.0f} MB"
                if "goal_mb" in result
                else f"{result['goal_ms']:.0f} ms"
            )
            goal = f"{'<=' if goal_name == 'scroll_block' else '<'} {limit}"
            verdict = {True: "ok", False: "MISSED", None: "-"}[result["met"]]
        print(f"  {label:<58} {figure:>12} {goal:>10} {verdict}".rstrip())
    print()
    print(_query_table(figures["search"]["samples"]))


def _query_table(samples: Sequence[dict[str, Any]]) -> str:
    header = f"{'query':<40} {'hits':>5} {'warm-up':>8} {'median':>7} {'search':>7} {'paint':>6}"
    lines = [header + "  (ms; warm-up and median without the debounce)", "-" * len(header)]
    by_query: dict[str, list[dict[str, Any]]] = {}
    for sample in samples:
        by_query.setdefault(sample["query"], []).append(sample)
    for text, runs in by_query.items():
        first = runs[0]
        timed = [run for run in runs[1:] if run["error"] is None] or [first]
        median = statistics.median(run["without_debounce_ms"] for run in timed)
        search = statistics.median(run["search_ms"] for run in timed)
        paint = statistics.median(run["paint_ms"] for run in timed)
        lines.append(
            f"{text[:40]:<40} {timed[-1]['hits']:>5} {first['without_debounce_ms']:>8.0f} "
            f"{median:>7.0f} {search:>7.0f} {paint:>6.0f}"
        )
    return "\n".join(lines)


def measure_in_child(
    folder: Path,
    work: Path,
    repeat: int,
    timeout_s: float,
    *,
    scroll_rows: int | None = None,
    grab: Path | None = None,
) -> dict[str, Any]:
    """Runs measure() in a new process: no other work's memory or warm caches in its figures."""
    runtime = work / "home" / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    env = _private_env(
        work / "home", {"QT_QPA_PLATFORM": platform, "XDG_RUNTIME_DIR": str(runtime)}
    )
    command = [
        sys.executable, "-m", "benchmarks.gui_benchmark", "--measure", str(folder),
        "--settings", str(work / "settings.ini"), "--repeat", str(repeat),
    ]  # fmt: skip
    if scroll_rows is not None:
        command += ["--scroll-rows", str(scroll_rows)]
    if grab is not None:
        command += ["--grab", str(grab)]
    log(f"Measuring the window in a new process (Qt platform {platform}) ...")
    return child_json(command, env, timeout_s, "the measuring process")


def child_json(
    command: Sequence[str], env: dict[str, str] | None, timeout_s: float, what: str
) -> dict[str, Any]:
    """The JSON object a measuring child process prints; BenchmarkError when it fails."""
    try:
        child = subprocess.run(
            command, env=env, stdout=subprocess.PIPE, text=True, timeout=timeout_s, check=False
        )
    except subprocess.TimeoutExpired:
        raise BenchmarkError(f"{what} took more than {timeout_s:.0f} s") from None
    if child.returncode != 0:
        raise BenchmarkError(f"{what} failed (exit status {child.returncode})")
    figures: dict[str, Any] = json.loads(child.stdout)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui_benchmark", description=__doc__)
    parser.add_argument(
        "--messages", type=int, default=100_000, help="corpus size (default 100000)"
    )
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="search rounds and thread openings; the first search round is a warm-up (default 3)",
    )
    parser.add_argument("--rebuild", action="store_true", help="build the cached archive again")
    parser.add_argument("--keep", action="store_true", help="keep the measured archive copy")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per command")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="cache and work folder")
    parser.add_argument(
        "--scroll-rows", type=int, help="stop scrolling once this many rows are loaded"
    )
    parser.add_argument("--grab", type=Path, help="save the window as a PNG at the end")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child's archive
    parser.add_argument("--settings", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 2:
        parser.error("--repeat must be at least 2: the first search round is a warm-up")
    if args.measure is not None:
        try:
            settings = args.settings or args.measure.parent / "settings.ini"
            figures = measure(
                args.measure, settings, args.repeat, scroll_rows=args.scroll_rows, grab=args.grab
            )
        except BenchmarkError as error:
            log(f"GUI benchmark failed: {error}")
            return 1
        print(json.dumps(figures))
        return 0

    args.out.mkdir(parents=True, exist_ok=True)
    data = ensure_corpus(args.messages, args.seed, args.out)
    work = args.out / f"gui-{args.messages}-{args.seed}"
    copy = work / "archive"
    try:
        cache = args.out / f"search-{args.messages}-{args.seed}"
        built = ensure_archive(data, cache, args.timeout, rebuild=args.rebuild)
        # The window writes (and newer code migrates): measure a copy, keep the cache as built.
        if copy.exists():
            shutil.rmtree(copy)
        started = time.perf_counter()
        shutil.copytree(built.folder / "archive", copy, ignore=shutil.ignore_patterns("*.bak"))
        os.sync()  # the copy's write-back must not overlap the measurements
        log(f"Copied the archive to {copy} in {time.perf_counter() - started:.1f} s")
        log("Preparing the copy (threads and search index, if an upgrade left them stale) ...")
        archive = prepare(copy)
        load_before = os.getloadavg()
        figures = measure_in_child(
            copy, work, args.repeat, args.timeout, scroll_rows=args.scroll_rows, grab=args.grab
        )
    except BenchmarkError as error:
        log(f"GUI benchmark failed: {error}")
        return 1
    finally:
        if args.keep:
            log(f"Kept the measured archive in {copy}")
        else:
            shutil.rmtree(copy, ignore_errors=True)
    display = "Xvfb not used" if figures["platform"] == "offscreen" else "a display server"
    document = {
        "machine": describe_machine(),
        "corpus": {"path": str(data.directory), **data.manifest},
        "archive": {
            "cache": str(built.folder),
            "reused": built.reused,
            **built.figures,
            **archive,
        },
        "display": display,
        "tree": describe_tree(),
        "load_average_before": list(load_before),
        "load_average": list(os.getloadavg()),
        "figures": figures,
    }
    document["goals"] = goals(figures)
    if args.json:
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print_report(document)
    return 0


if __name__ == "__main__":
    sys.exit(main())
