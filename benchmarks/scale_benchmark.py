# SPDX-License-Identifier: GPL-3.0-or-later
"""Scale benchmark: a million messages imported, searched and opened in the window, beside
the same figures at 100,000 in the same run."""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import gui_benchmark
from benchmarks.import_benchmark import OUT_DIR, PASSPHRASE, describe_machine, ensure_corpus, log
from benchmarks.search_benchmark import (
    LIMIT,
    QUERIES,
    BenchmarkError,
    Searchers,
    ensure_archive,
    measure_queries,
    overall,
)
from correspondence_app.services import Archive
from correspondence_app.storage import search_index

GOAL_RATIO = 2.0  # query latency and first rows at the large size, against the baseline
GOAL_PEAK_RSS_MB = 600.0
SCROLL_ROWS = 40_000  # rows the window scrolls through at both sizes (the baseline's list)


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def search_in_child(folder: Path, repeat: int) -> dict[str, Any]:
    """The search benchmark's queries in this process, with the archive opened once: the
    latencies, the time to open, to list the first page of conversations, and this
    process's peak RSS."""
    started = time.perf_counter()
    with Archive.open(folder, PASSPHRASE) as archive:
        opened_s = time.perf_counter() - started
        if not search_index.is_current(archive.engine):
            log("Rebuilding the search index of the archive (untimed) ...")
            archive.reindex()
        started = time.perf_counter()
        first_page = archive.threads(limit=200)
        threads_s = time.perf_counter() - started
        searchers = Searchers(folder, {}, 3600, None, False, archive.search)
        log(f"Timing {len(QUERIES)} queries, {repeat} runs each ...")
        results = measure_queries(searchers, QUERIES, repeat)
        stats = archive.stats()
    return {
        "open_ms": round(opened_s * 1000, 1),
        "first_page_ms": round(threads_s * 1000, 1),
        "first_page_rows": len(first_page),
        "messages": stats.messages,
        "overall": overall(results),
        "queries": [result.as_json() for result in results],
        "peak_rss_mb": _status_mb("VmHWM"),
    }


def _child_json(arguments: list[str], timeout_s: float, what: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.scale_benchmark", *arguments]
    return gui_benchmark.child_json(command, None, timeout_s, what)


def measure_size(args: argparse.Namespace, messages: int) -> dict[str, Any]:
    """Import (or reuse), search and open the archive of a corpus of this size."""
    data = ensure_corpus(messages, args.seed, args.out, with_mbox=False)
    cache = args.out / f"scale-{messages}-{args.seed}"
    built = ensure_archive(data, cache, args.timeout, rebuild=args.rebuild)
    archive = built.folder / "archive"
    log(f"Searching the {messages:,}-message archive in a new process ...")
    search = _child_json(
        ["--search", str(archive), "--repeat", str(args.repeat)], args.timeout, "searching"
    )
    # Measured in place: the cached archive is big. prepare() joins the largest
    # conversations into one of 40 (as a user can) once; the window then only reads.
    log("Preparing the archive for the window ...")
    prepared = gui_benchmark.prepare(archive)
    os.sync()
    work = args.out / f"scale-gui-{messages}-{args.seed}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    grab = args.out / f"scale-window-{messages}.png"
    window = gui_benchmark.measure_in_child(
        archive, work, max(args.repeat // 2, 2), args.timeout, scroll_rows=SCROLL_ROWS, grab=grab
    )
    shutil.rmtree(work, ignore_errors=True)
    return {
        "messages": messages,
        "corpus": {"path": str(data.directory), **data.manifest},
        "archive": {"folder": str(archive), "reused": built.reused, **built.figures},
        "prepared": prepared,
        "search": search,
        "window": window,
        "window_png": str(grab),
    }


def _ratio(large: float | None, small: float | None) -> float | None:
    if large is None or not small:
        return None
    return round(large / small, 2)


def summary(base: dict[str, Any], large: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per figure: both sizes, their ratio and the goal where there is one."""

    def import_rate(size: dict[str, Any]) -> float:
        figures = size["archive"]
        return round(float(figures["imported"]) / float(figures["import_wall_s"]), 1)

    def per_message_kb(size: dict[str, Any]) -> float:
        figures = size["archive"]
        return round(float(figures["size_on_disk_mb"]) * 1024 / int(size["messages"]), 1)

    rows: list[dict[str, Any]] = []

    def row(what: str, unit: str, key: Any, goal: str = "") -> None:
        small, big = key(base), key(large)
        ratio = _ratio(big, small)
        met: bool | None = None
        if goal == "ratio":
            met = ratio is not None and ratio <= GOAL_RATIO
        elif goal == "rss":
            met = big is not None and big < GOAL_PEAK_RSS_MB
        rows.append(
            {"what": what, "unit": unit, "base": small, "large": big, "ratio": ratio,
             "goal": goal, "met": met}
        )  # fmt: skip

    row("import rate", "msg/s", import_rate)
    row("import wall time", "s", lambda s: s["archive"]["import_wall_s"])
    row("  of which threading", "s", lambda s: s["archive"].get("thread_seconds"))
    row("import peak RSS (all processes)", "MB", lambda s: s["archive"]["peak_tree_rss_mb"], "rss")
    row("archive size on disk", "MB", lambda s: s["archive"]["size_on_disk_mb"])
    row("  per message", "KB", per_message_kb)
    row("open the archive (key excluded)", "ms", lambda s: s["search"]["open_ms"])
    row("first 200 conversations", "ms", lambda s: s["search"]["first_page_ms"])
    row(
        f"query latency, median of {len(QUERIES)} queries",
        "ms",
        lambda s: s["search"]["overall"]["Archive.search"]["median_ms"],
        "ratio",
    )
    row("query latency, p95", "ms", lambda s: s["search"]["overall"]["Archive.search"]["p95_ms"])
    row(
        "query latency sorted by date, median",
        "ms",
        lambda s: s["search"]["overall"]["Archive.search, by date"]["median_ms"],
        "ratio",
    )
    row("search process peak RSS", "MB", lambda s: s["search"]["peak_rss_mb"], "rss")
    row(
        "GUI: key to first rows painted",
        "ms",
        lambda s: s["window"]["unlock"]["first_rows_after_key_ms"],
        "ratio",
    )
    row(
        "GUI: search typed to painted (no debounce)",
        "ms",
        lambda s: s["window"]["search"]["median_ms"],
        "ratio",
    )
    row(
        "GUI: a 40-message conversation",
        "ms",
        lambda s: s["window"]["threads"]["nearest_40"]["median_ms"],
        "ratio",
    )
    row(
        f"GUI: longest block scrolling {SCROLL_ROWS:,} rows",
        "ms",
        lambda s: s["window"]["scroll"]["max_block_ms"],
    )
    row("GUI peak RSS", "MB", lambda s: s["window"]["peak_rss_mb"], "rss")
    return rows


def _cell(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def print_report(document: dict[str, Any]) -> None:
    base, large = document["sizes"]
    print(f"Scale benchmark: {large['messages']:,} messages beside {base['messages']:,}")
    machine = document["machine"]
    print(
        f"Machine: {machine['cpu_model']}, {machine['usable_cpus']} CPUs, "
        f"{machine['memory_gb']} GB RAM"
    )
    print()
    head = f"{base['messages']:,}", f"{large['messages']:,}"
    print(f"| {'figure':<44} | unit  | {head[0]:>9} | {head[1]:>9} | ratio | goal             |")
    print(f"|{'-' * 46}|-------|{'-' * 11}|{'-' * 11}|------:|------------------|")
    for row in document["summary"]:
        goal = {"ratio": f"<= {GOAL_RATIO:g}x", "rss": f"< {GOAL_PEAK_RSS_MB:g} MB"}.get(
            row["goal"], ""
        )
        verdict = {True: " ok", False: " MISSED", None: ""}[row["met"]] if goal else ""
        ratio = "-" if row["ratio"] is None else f"{row['ratio']:.2f}"
        print(
            f"| {row['what']:<44} | {row['unit']:<5} | {_cell(row['base']):>9} | "
            f"{_cell(row['large']):>9} | {ratio:>5} | {goal + verdict:<16} |"
        )
    print()
    for size in document["sizes"]:
        figures = size["archive"]
        print(
            f"{size['messages']:,} messages: {figures['imported']:,} imported, "
            f"{figures['duplicates']:,} duplicates, {size['prepared']['threads']:,} "
            f"conversations; archive {'reused' if figures['reused'] else 'built'}; "
            f"window {size['window_png']}"
        )
    print()
    print("Per query, median ms (in-process, first 50 by relevance):")
    by_text = {q["query"]: q for q in base["search"]["queries"]}
    for query in large["search"]["queries"]:
        small = by_text.get(query["query"], {})
        print(f"  {query['query'][:40]:<40} {_cell(_median(small)):>8} {_cell(_median(query)):>8}")


def _median(query: dict[str, Any]) -> float | None:
    latency = query.get("modes", {}).get("Archive.search") or {}
    value = latency.get("median_ms")
    return None if value is None else float(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.scale_benchmark", description=__doc__
    )
    parser.add_argument("--messages", type=int, default=1_000_000, help="the large size")
    parser.add_argument("--baseline", type=int, default=100_000, help="the size compared with")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (default 5)")
    parser.add_argument("--rebuild", action="store_true", help="import the archives again")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--timeout", type=float, default=4 * 3600, help="seconds per step")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="cache and work folder")
    parser.add_argument("--search", type=Path, help=argparse.SUPPRESS)  # the child's archive
    args = parser.parse_args(argv)
    if args.repeat < 2:
        parser.error("--repeat must be at least 2: the first run is a warm-up")
    if args.search is not None:
        print(json.dumps(search_in_child(args.search, args.repeat)))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        sizes = [measure_size(args, args.baseline), measure_size(args, args.messages)]
    except BenchmarkError as error:
        log(f"Scale benchmark failed: {error}")
        return 1
    document = {
        "machine": describe_machine() | {"load_average": os.getloadavg()},
        "tree": gui_benchmark.describe_tree(),
        "limit": LIMIT,
        "scroll_rows": SCROLL_ROWS,
        "sizes": sizes,
        "summary": summary(*sizes),
        "parent_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print_report(document)
    (args.out / f"scale-{args.messages}-{args.seed}.json").write_text(
        json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
