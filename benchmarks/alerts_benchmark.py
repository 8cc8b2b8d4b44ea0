# SPDX-License-Identifier: GPL-3.0-or-later
"""Alerts benchmark: signs of life of 20 watched people and 500 letters awaiting an answer,
computed on the 100k archive, and the window's overview painted after unlocking.

    python -m benchmarks.alerts_benchmark [--messages 100000] [--json]

Works on a copy of the search benchmark's cached archive, opened in this process; the
window runs in a new process, on Qt's offscreen platform unless QT_QPA_PLATFORM names
another.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from benchmarks.import_benchmark import PASSPHRASE, describe_machine, json_from_child, log
from benchmarks.search_benchmark import BenchmarkError, add_archive_arguments, archive_copy
from correspondence_app.services import Archive

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from correspondence_app.gui.main_window import MainWindow

GOAL_S = 0.2  # all alerts
GOAL_DASHBOARD_S = 0.3  # the overview painted after unlocking, the key derivation apart
UNLOCKS = 5  # the first in a fresh window, then locked and unlocked again
WATCHED = 20
LETTERS = 500
# Mail domains of officials in the generated corpus: their letters make a group.
OFFICIAL_WORDS = ("amt", "botschaft", "bundestag", "ministerium", "bamf", "gericht")


def median_s(runs: int, work: Any) -> float:
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def send_unanswered_letters(archive: Archive, own: str, domains: list[str], count: int) -> None:
    """Imports ``count`` letters the keeper sent to the officials' domains that nobody
    answered: the generated mail answers nearly every letter (11 of its thousands wait),
    and a supporter's archive holds hundreds that wait."""
    with archive.engine.connect() as connection:  # after all the mail: nothing answers them
        newest = connection.execute(text("SELECT max(date_at) FROM messages")).scalar_one()
    sent = datetime.fromisoformat(newest).replace(tzinfo=UTC) + timedelta(days=1)
    with tempfile.TemporaryDirectory(prefix="letters-") as folder:
        for number in range(count):
            letter = EmailMessage()
            letter["From"] = own
            letter["To"] = f"referat{number % 17}@{domains[number % len(domains)]}"
            letter["Subject"] = f"Antrag Nr. {number}: Bitte um Antwort"
            letter["Date"] = format_datetime(sent + timedelta(minutes=10 * number))
            letter["Message-ID"] = f"<unanswered-{number}@alerts-benchmark.example>"
            letter.set_content("Sehr geehrte Damen und Herren,\nich bitte um Antwort.\n")
            (Path(folder) / f"{number:04}.eml").write_bytes(letter.as_bytes())
        archive.import_paths([Path(folder)], workers=1)


def prepare(archive: Archive) -> dict[str, Any]:
    """20 watched people (those who wrote most), a group of officials' domains, and letters
    to them by mail until 500 wait for an answer (paper letters only if there is no group
    or no keeper's address)."""
    own = set(archive.organiser.own_addresses())
    people = [p for p in archive.people.people() if not p.is_me and p.received][:WATCHED]
    for person in people:
        archive.watchlist.watch(person.id)
    domains = sorted(
        {
            address.rsplit("@", 1)[-1]
            for person in archive.people.people()
            for address in person.addresses
            if any(word in address.rsplit("@", 1)[-1] for word in OFFICIAL_WORDS)
            and address not in own
        }
    )
    group_id = archive.ledger.save_group("Behörden", deadline_days=30)
    for domain in domains:
        archive.ledger.add_domain(group_id, domain)
    waiting = len(archive.ledger.awaiting())
    if own and domains and waiting < LETTERS:
        send_unanswered_letters(archive, sorted(own)[0], domains, LETTERS - waiting)
        waiting = len(archive.ledger.awaiting())
    sent = datetime(2025, 6, 1, 9, tzinfo=UTC)
    for number in range(max(0, LETTERS - waiting)):
        archive.ledger.add_paper_letter(
            f"Behörde {number}", sent + timedelta(hours=number), f"Antrag {number}"
        )
    return {
        "own_addresses": sorted(own),
        "watched": len(people),
        "group_domains": domains,
        "awaiting_from_mail": waiting,
        "awaiting": len(archive.ledger.awaiting()),
    }


def measure_dashboard(folder: Path) -> dict[str, Any]:
    """From Return in the unlock dialog to the overview's first paint with every watched
    person's card (it is the first view when anyone is watched), and until the window is
    free again; both without the key derivation."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from benchmarks.gui_benchmark import measure_unlock, settle
    from correspondence_app.gui.settings import AppSettings

    def overview(window: MainWindow) -> tuple[list[QWidget], Callable[[], bool]]:
        shown = window.overview
        page = shown.dashboard.scroll_area.widget()  # it covers the view: its paint is the view's
        if page is None:
            raise RuntimeError("the dashboard has no page to paint")

        def ready() -> bool:
            return shown.is_showing_dashboard and len(shown.dashboard.cards) >= WATCHED

        return [page], ready

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        runtime = Path(scratch) / "runtime"
        runtime.mkdir(mode=0o700)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
        ini = str(Path(scratch) / "settings.ini")
        settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
        settings.lock_minutes = 0
        controller = None
        runs: list[float] = []  # until the overview's first paint
        free: list[float] = []  # until the window is free again (the mail is read behind it)
        for _ in range(UNLOCKS):
            if controller is not None:
                controller.lock()
                settle(0.3)
            controller, figures = measure_unlock(folder, settings, overview, controller)
            if not runs:
                parts = {
                    name: figures[name]
                    for name in ("archive_open_without_kdf_ms", "window_built_ms")
                }
            runs.append(figures["first_paint_after_key_ms"])
            free.append(figures["first_rows_after_key_ms"])
            settle(0.5)
        assert controller is not None  # noqa: S101 (UNLOCKS > 0)
        controller.quit()
    del app
    return {
        "first_ms": runs[0],
        "runs_ms": runs,
        "median_ms": statistics.median(runs),
        "free_ms": free,
        "first_parts": parts,
        "kdf_ms": figures["kdf_ms"],
    }


def dashboard_in_child(folder: Path) -> dict[str, Any]:
    """measure_dashboard() in a new process, as a user starts the application: no module
    imported, no cache warmed by the work before."""
    try:
        arguments = ["benchmarks.alerts_benchmark", "--dashboard", str(folder)]
        return json_from_child(arguments, "the overview", timeout_s=600)
    except RuntimeError as error:
        raise BenchmarkError(str(error)) from error


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.alerts_benchmark", description=__doc__
    )
    add_archive_arguments(parser)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--dashboard", type=Path, help=argparse.SUPPRESS)  # the child's archive
    args = parser.parse_args(argv)
    if args.dashboard is not None:
        print(json.dumps(measure_dashboard(args.dashboard)))
        return 0
    try:
        with archive_copy(args, "alerts-run") as (folder, _built):
            with Archive.open(folder, PASSPHRASE) as archive:
                archive.threads(1)  # threaded and current before timing
                setup = prepare(archive)
                figures: dict[str, Any] = {
                    "watched_s": median_s(args.repeat, archive.watchlist.status),
                    "awaiting_s": median_s(args.repeat, archive.ledger.awaiting),
                }
                figures["alerts_s"] = median_s(
                    args.repeat, lambda: (archive.watchlist.status(), archive.ledger.awaiting())
                )
            figures["dashboard"] = dashboard_in_child(folder)
    except BenchmarkError as error:
        log(f"Cannot build the archive: {error}")
        return 1
    if args.json:
        print(json.dumps({"machine": describe_machine(), "setup": setup, "figures": figures}))
        return 0
    print(f"Machine: {describe_machine()}")
    print(
        f"Setup: {setup['watched']} watched people; group of {len(setup['group_domains'])} "
        f"domains; {setup['awaiting_from_mail']} letters by mail and "
        f"{setup['awaiting'] - setup['awaiting_from_mail']} on paper await an answer "
        f"({setup['awaiting']} in all); own addresses {setup['own_addresses']}"
    )
    print(f"signs of life of the watched, median        {figures['watched_s'] * 1000:7.1f} ms")
    print(f"letters awaiting an answer, median          {figures['awaiting_s'] * 1000:7.1f} ms")
    verdict = "met" if figures["alerts_s"] < GOAL_S else "NOT met"
    print(
        f"all alerts (both), median                   {figures['alerts_s'] * 1000:7.1f} ms"
        f"   goal under {GOAL_S * 1000:.0f} ms: {verdict}"
    )
    board = figures["dashboard"]
    verdict = "met" if board["first_ms"] < GOAL_DASHBOARD_S * 1000 else "NOT met"
    print(
        f"overview painted after unlocking, first     {board['first_ms']:7.1f} ms"
        f"   goal under {GOAL_DASHBOARD_S * 1000:.0f} ms: {verdict}"
    )
    print(
        f"  after locking again, each: {', '.join(f'{ms:.0f}' for ms in board['runs_ms'][1:])} ms"
        f" (the key derivation, {board['kdf_ms']:.0f} ms, not counted)"
    )
    first = board["first_parts"]
    print(
        f"  the first: opening and reading the alerts {first['archive_open_without_kdf_ms']:.0f}"
        f" ms, building the window {first['window_built_ms']:.0f} ms, then painting"
    )
    print(
        "  until the window is free again (the mail is read once the overview is painted): "
        f"{', '.join(f'{ms:.0f}' for ms in board['free_ms'])} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
