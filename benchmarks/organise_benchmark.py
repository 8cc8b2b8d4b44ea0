# SPDX-License-Identifier: GPL-3.0-or-later
"""Organising benchmark: bulk tagging, rules, topic suggestions and the timeline at 100k.

    python -m benchmarks.organise_benchmark [--messages 100000] [--json]

Works on a copy of the search benchmark's cached archive (built by this code's import when
it is missing or older), opened in this process as the window opens it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from typing import TYPE_CHECKING, Any

from benchmarks.import_benchmark import PASSPHRASE, describe_machine, log
from benchmarks.search_benchmark import BenchmarkError, add_archive_arguments, archive_copy
from correspondence_app.services import Archive
from correspondence_app.tagging.timeline import Period

if TYPE_CHECKING:
    from collections.abc import Callable

# The goals, in seconds.
GOALS_S = {"bulk_tag": 1.0, "ten_rules": 5.0, "topics": 60.0, "timeline": 0.1}
BULK_TARGET = 20_000  # messages the bulk tagging query should find
# Queries whose counts come near 20,000 in the generated corpus; the one with the fewest
# messages at or above 20,000 is used (else the nearest).
BULK_CANDIDATES = (
    "date:2023", "date:2022", "date:2021", "Brief", "has:attachment", "Antrag OR Anfrage",
    "date:2022-07..2023-06", "date:2023-01..2024-06", "date:2022-05..2023-06",
    "date:2022-03..2023-06", "date:2022-01..2023-06", "date:2021-09..2023-06",
    "has:attachment OR Antrag",
)  # fmt: skip
RULES = (
    ("Asyl", "Asyl OR Asylantrag OR Aufenthalt", "Asyl"),
    ("Botschaft", "Botschaft OR посольство OR embassy", "Behörden/Botschaft"),
    ("Krankenhaus", "Krankenhaus OR больница OR hospital", "Krankenhaus"),
    ("Anwalt", "folder:Anwalt OR Rechtsanwalt OR Kanzlei", "Anwalt"),
    ("Bundestag", "Bundestag OR Abgeordnete*", "Politik/Bundestag"),
    ("Vollmacht", "attachment:Vollmacht", "Beweise/Vollmacht"),
    ("Visum", "Visum OR визу OR visa", "Visum"),
    ("Gericht", "Gericht OR Verhandlung OR суд", "Gericht"),
    ("Mahnwache", "subject:Mahnwache OR Demonstration", "Öffentlichkeit"),
    ("Russisch", "lang:ru", "Sprache/Russisch"),
)


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def median_of(runs: int, work: Callable[[], Any]) -> float:
    work()  # a first, warming run
    return statistics.median(timed(work)[0] for _ in range(runs))


def timeline_drawing_s(archive: Archive, runs: int = 5) -> float | None:
    """Computing the whole archive's weekly buckets and painting them (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from correspondence_app.gui.widgets.timeline_view import TimelineView
    except ImportError:
        return None
    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = TimelineView()
    view.resize(800, 96)

    def draw() -> None:
        view.set_buckets(archive.organiser.timeline(Period.WEEK), Period.WEEK)
        view.grab()
        app.processEvents()

    return median_of(runs, draw)


def topics_s(archive: Archive) -> tuple[float | None, int]:
    try:
        from correspondence_app.tagging import topics
    except ImportError:
        return None, 0
    with archive.engine.connect() as connection:
        seconds, found = timed(lambda: topics.suggest_topics(connection, limit=20))
    return seconds, len(found)


def run(archive: Archive) -> dict[str, Any]:
    organiser = archive.organiser
    figures: dict[str, Any] = {}
    # First, while no conversation has a tag: suggestions then look at all of them.
    figures["topics_s"], figures["topics"] = topics_s(archive)
    counts = {query: len(archive.search(query, limit=10**7)) for query in BULK_CANDIDATES}
    enough = [q for q in counts if counts[q] >= BULK_TARGET]
    query = (
        min(enough, key=counts.__getitem__)
        if enough
        else min(counts, key=lambda q: abs(counts[q] - BULK_TARGET))
    )
    figures["bulk_query"] = query
    figures["bulk_found"] = counts[query]
    seconds, change = timed(lambda: organiser.tag_query(query, add=["Bench/Alle"]))
    figures["bulk_tag_s"], figures["bulk_changed"] = seconds, change.changed
    figures["bulk_undo_s"] = timed(organiser.undo)[0]
    for name, rule_query, tag in RULES:
        organiser.save_rule(name, rule_query, [tag])
    seconds, result = timed(organiser.apply_rules)
    figures["ten_rules_s"] = seconds
    figures["ten_rules_matched"], figures["ten_rules_changed"] = result.matched, result.changed
    figures["ten_rules_dry_run_s"] = timed(lambda: organiser.apply_rules(dry_run=True))[0]
    figures["tags_listed_s"] = median_of(5, organiser.tags)
    figures["timeline_month_s"] = median_of(5, lambda: organiser.timeline(Period.MONTH))
    figures["timeline_week_s"] = median_of(5, lambda: organiser.timeline(Period.WEEK))
    figures["timeline_drawn_s"] = timeline_drawing_s(archive)
    return figures


def verdicts(figures: dict[str, Any]) -> list[tuple[str, float | None, float]]:
    drawn = figures.get("timeline_drawn_s") or figures["timeline_week_s"]
    return [
        (
            f"bulk tagging {figures['bulk_changed']:,} messages",
            figures["bulk_tag_s"],
            GOALS_S["bulk_tag"],
        ),
        ("ten rules over the archive", figures["ten_rules_s"], GOALS_S["ten_rules"]),
        ("topic suggestions", figures["topics_s"], GOALS_S["topics"]),
        ("timeline of the whole archive (weeks, drawn)", drawn, GOALS_S["timeline"]),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.organise_benchmark", description=__doc__
    )
    add_archive_arguments(parser)
    args = parser.parse_args(argv)
    try:
        with archive_copy(args, "organise-run") as (folder, built):
            seconds, archive = timed(lambda: Archive.open(folder, PASSPHRASE))
            with archive:
                archive.search("Brief")  # the index and threads current before timing
                figures = {"open_s": seconds, **run(archive)}
    except BenchmarkError as error:
        log(f"Cannot build the archive: {error}")
        return 1
    machine = describe_machine()
    if args.json:
        print(
            json.dumps({"machine": machine, "archive": built.figures, "figures": figures}, indent=2)
        )
        return 0
    print(f"Machine: {machine}")
    print(f"Archive: {args.messages:,} messages (the corpus), {built.figures}")
    print(f"Bulk query: {figures['bulk_query']} ({figures['bulk_found']:,} messages)")
    print(f"Undo of the bulk tagging: {figures['bulk_undo_s'] * 1000:.0f} ms")
    print(
        f"Rules: {figures['ten_rules_matched']:,} matched, {figures['ten_rules_changed']:,} "
        f"tagged; a dry run {figures['ten_rules_dry_run_s']:.2f} s"
    )
    month_ms, week_ms = figures["timeline_month_s"] * 1000, figures["timeline_week_s"] * 1000
    print(
        f"Tags listed with counts: {figures['tags_listed_s'] * 1000:.0f} ms; timeline by month "
        f"{month_ms:.0f} ms, by week {week_ms:.0f} ms (computed, not drawn)"
    )
    print(f"Topic suggestions found: {figures['topics']}")
    print()
    for label, seconds_taken, goal in verdicts(figures):
        if seconds_taken is None:
            print(f"{label:50} not measured (goal under {goal:g} s)")
            continue
        verdict = "met" if seconds_taken < goal else "NOT met"
        print(f"{label:50} {seconds_taken:8.3f} s   goal under {goal:g} s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
