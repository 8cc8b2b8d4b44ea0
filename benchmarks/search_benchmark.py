# SPDX-License-Identifier: GPL-3.0-or-later
"""Search and threading benchmark: correspondence-app search and rethread beside notmuch."""

from __future__ import annotations

import argparse
import contextlib
import enum
import importlib.metadata
import json
import os
import shutil
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.import_benchmark import (
    OUT_DIR,
    PASSPHRASE,
    Corpus,
    _last_json_object,
    _print_failure,
    _private_env,
    app_command,
    describe_machine,
    disk_usage_bytes,
    ensure_corpus,
    log,
    notmuch_version,
    run_notmuch,
    warm_page_cache,
)
from benchmarks.measure import idle_penalty, run_measured
from correspondence_app.services import Archive
from correspondence_app.storage import schema, search_index

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

LIMIT = 50
TOTAL_LIMIT = 10_000  # the untimed count of all hits stops here
EXTRA_MESSAGES = 1_000
EXTRA_SEED_OFFSET = 1_000  # the 1,000 more come from another seed: their own threads and dates
GOAL_MEDIAN_S = 0.050
GOAL_P95_S = 0.150
GOAL_FROM_SCRATCH_S = 30.0
GOAL_AFTER_MORE_S = 2.0
IMPORT_KEYS = ("imported", "duplicates", "quarantined", "seconds", "thread_seconds")
EXIT_BAD_QUERY = 2


@dataclass(frozen=True)
class SearchQuery:
    """A typical query in our language, and the same question written by hand for notmuch."""

    what: str
    text: str
    notmuch: str
    by_date: bool = False  # also time sort="date" in-process


# notmuch stems with the English Snowball stemmer only and knows no transliteration, so its
# side lists the German and Russian forms and the spellings that occur in the corpus.
QUERIES: tuple[SearchQuery, ...] = (
    SearchQuery("German word", "Brief", "Brief OR Briefe OR Briefen", by_date=True),
    SearchQuery("German plural", "Briefe", "Brief OR Briefe OR Briefen"),
    SearchQuery(
        "Russian, other case",
        "больница",
        "больница OR больнице OR больницу OR больницы",
    ),
    SearchQuery("name, other alphabet", "Харпер", "Harper"),
    SearchQuery(
        "from: address",
        "from:krueger@kanzlei-krueger.example",
        "from:krueger@kanzlei-krueger.example",
        by_date=True,
    ),
    SearchQuery(
        "date range",
        "date:2023-01-01..2023-03-31",
        "date:2023-01-01..2023-03-31",
        by_date=True,
    ),
    SearchQuery("phrase", '"power of attorney"', '"power of attorney"'),
    SearchQuery(
        "word and from:",
        "Visum from:anna.sokolowa@gmx.example",
        "Visum from:anna.sokolowa@gmx.example",
    ),
    SearchQuery("prefix", "antr*", "antr*", by_date=True),
    SearchQuery("OR, two languages", "Visum OR визу", "Visum OR виза OR визу OR визы"),
    SearchQuery("NOT", "Gericht -Verhandlung", "Gericht AND NOT Verhandlung"),
    SearchQuery("subject:", "subject:Mahnwache", "subject:Mahnwache"),
    SearchQuery("has:attachment and word", "has:attachment Vollmacht", "tag:attachment Vollmacht"),
    SearchQuery("folder: and word", "folder:Anwalt Gutachten", "folder:.Anwalt Gutachten"),
)


class Mode(enum.Enum):
    """How a query is run: whole processes, or a call into an archive opened once."""

    NOTMUCH = "notmuch search"
    CLI = "correspondence-app search"
    IN_PROCESS = "Archive.search"
    IN_PROCESS_BY_DATE = "Archive.search, by date"


COLUMNS = {
    Mode.NOTMUCH: "notmuch",
    Mode.CLI: "CLI",
    Mode.IN_PROCESS: "in-process",
    Mode.IN_PROCESS_BY_DATE: "by date",
}


class BenchmarkError(Exception):
    """A step the rest of the benchmark cannot do without failed; the message says which."""


class SearchError(Exception):
    pass


def p95(values: Sequence[float]) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


@dataclass
class Latency:
    """Repeated runs of one query in one mode; the first one is the warm-up and not counted."""

    first_s: float | None = None
    samples_s: list[float] = field(default_factory=list)
    hits: int | None = None
    error: str = ""

    def add(self, seconds: float, hits: int) -> None:
        if self.first_s is None:
            self.first_s = seconds
        else:
            self.samples_s.append(seconds)
        self.hits = hits

    @property
    def median_s(self) -> float | None:
        return statistics.median(self.samples_s) if self.samples_s else None

    @property
    def p95_s(self) -> float | None:
        return p95(self.samples_s) if self.samples_s else None

    def as_json(self) -> dict[str, Any]:
        def ms(seconds: float | None) -> float | None:
            return None if seconds is None else round(seconds * 1000, 2)

        return {
            "median_ms": ms(self.median_s),
            "p95_ms": ms(self.p95_s),
            "first_ms": ms(self.first_s),
            "samples_ms": [ms(s) for s in self.samples_s],
            "hits": self.hits,
            "error": self.error or None,
        }


@dataclass
class QueryResult:
    query: SearchQuery
    latencies: dict[Mode, Latency] = field(default_factory=dict)
    notmuch_total: int | None = None  # notmuch count: messages
    total: int | None = None  # Archive.search with a limit of TOTAL_LIMIT
    total_s: float | None = None

    @property
    def meets_goal(self) -> bool | None:
        """In-process median at most notmuch's and 50 ms, p95 at most 150 ms; None: unmeasured."""
        ours = self.latencies.get(Mode.IN_PROCESS)
        if ours is None or ours.median_s is None or ours.p95_s is None:
            return None
        notmuch = self.latencies.get(Mode.NOTMUCH)
        beats_notmuch = (
            notmuch is None or notmuch.median_s is None or (ours.median_s <= notmuch.median_s)
        )
        return beats_notmuch and ours.median_s <= GOAL_MEDIAN_S and ours.p95_s <= GOAL_P95_S

    def as_json(self) -> dict[str, Any]:
        return {
            "what": self.query.what,
            "query": self.query.text,
            "notmuch_query": self.query.notmuch,
            "modes": {mode.value: latency.as_json() for mode, latency in self.latencies.items()},
            "notmuch_total_messages": self.notmuch_total,
            "total_hits": self.total,
            "total_hits_capped_at": TOTAL_LIMIT,
            "total_ms": None if self.total_s is None else round(self.total_s * 1000, 1),
            "goal_met": self.meets_goal,
        }


@dataclass(frozen=True)
class Built:
    """A cached archive or notmuch database, and what building it cost (maybe in an earlier run)."""

    folder: Path
    reused: bool
    figures: dict[str, Any]


@dataclass(frozen=True)
class NotmuchIndex:
    executable: str
    config: Path
    env: dict[str, str]
    built: Built


def _mb(size_bytes: int) -> float:
    return round(size_bytes / 2**20, 1)


# The cache -----------------------------------------------------------------------------------


def _corpus_key(data: Corpus) -> dict[str, Any]:
    keys = ("generator_version", "seed", "messages", "size_bytes")
    return {key: data.manifest[key] for key in keys}


def _is_current(folder: Path, key: dict[str, Any]) -> bool:
    key_file = folder / "key.json"
    return key_file.is_file() and json.loads(key_file.read_text()) == key


def _start_build(folder: Path, data: Corpus) -> None:
    if folder.exists():
        log(f"{folder} is outdated or incomplete; building it again")
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    log(f"Reading the corpus once to warm the page cache ({warm_page_cache(data.maildir):.1f} s)")


def _finish_build(folder: Path, key: dict[str, Any], figures: dict[str, Any]) -> Built:
    figures["built_at"] = time.strftime("%Y-%m-%d %H:%M")
    (folder / "build.json").write_text(json.dumps(figures, indent=2) + "\n")
    (folder / "key.json").write_text(json.dumps(key, indent=2) + "\n")  # last: marks it complete
    return Built(folder, False, figures)


def app_env(folder: Path) -> dict[str, str]:
    """HOME and XDG inside the cache; the cheapest key derivation, so every command unlocks fast."""
    return _private_env(
        folder / "home",
        {"CORRESPONDENCE_APP_PASSPHRASE": PASSPHRASE, "CORRESPONDENCE_APP_KDF_TARGET_S": "0"},
    )


def ensure_archive(data: Corpus, cache: Path, timeout_s: float, *, rebuild: bool) -> Built:
    """The archive of the corpus Maildir, as the import leaves it; rebuilt when the app changed."""
    folder = cache / "app"
    key = {
        "corpus": _corpus_key(data),
        "correspondence_app": importlib.metadata.version("correspondence-app"),
        "migration_head": schema.head_revision(),
    }
    if not rebuild and _is_current(folder, key):
        log(f"Reusing the archive in {folder}")
        return Built(folder, True, json.loads((folder / "build.json").read_text()))
    _start_build(folder, data)
    app = app_command()
    archive = folder / "archive"
    env = app_env(folder)
    log(f"Running correspondence-app init {archive} ...")
    init = run_measured([app, "init", archive], env=env, cwd=folder, timeout_s=timeout_s)
    if not init.is_ok:
        raise BenchmarkError(_print_failure("correspondence-app init", init))
    log(f"Running correspondence-app import {data.maildir} --json ...")
    command: list[str | Path] = [app, "import", archive, data.maildir, "--json"]
    imported = run_measured(command, env=env, cwd=folder, timeout_s=timeout_s)
    if not imported.is_ok:
        raise BenchmarkError(_print_failure("correspondence-app import", imported))
    report = _last_json_object(imported.stdout) or {}
    figures = {
        "import_wall_s": round(imported.wall_s, 3),
        "peak_tree_rss_mb": _mb(imported.peak_tree_rss_bytes),
        "size_on_disk_mb": _mb(disk_usage_bytes(archive)),
        **{key: report[key] for key in IMPORT_KEYS if key in report},
    }
    return _finish_build(folder, key, figures)


def add_archive_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of the benchmarks that work on a copy of this one's cached archive."""
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="build the cached archive again")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--out", type=Path, default=OUT_DIR)


@contextlib.contextmanager
def archive_copy(args: argparse.Namespace, name: str) -> Iterator[tuple[Path, Built]]:
    """A copy of the cached archive (built when missing or made by older code) in the cache's
    folder ``name``, removed afterwards; raises BenchmarkError when it cannot be built."""
    args.out.mkdir(parents=True, exist_ok=True)
    data = ensure_corpus(args.messages, args.seed, args.out)
    cache = args.out / f"search-{args.messages}-{args.seed}"
    built = ensure_archive(data, cache, args.timeout, rebuild=args.rebuild)
    work = cache / name
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(built.folder / "archive", work / "archive")
    try:
        yield work / "archive", built
    finally:
        shutil.rmtree(work, ignore_errors=True)


def ensure_notmuch(
    data: Corpus, cache: Path, timeout_s: float, *, rebuild: bool
) -> NotmuchIndex | None:
    """notmuch's database of the same Maildir, made by the import benchmark's notmuch run."""
    executable = shutil.which("notmuch")
    if executable is None:
        log("notmuch not installed: the notmuch columns stay empty")
        return None
    folder = cache / "notmuch"
    config = folder / "notmuch-config"  # where run_notmuch writes it
    version = ".".join(map(str, notmuch_version(executable)))
    key = {"corpus": _corpus_key(data), "notmuch": version}
    if not rebuild and _is_current(folder, key):
        log(f"Reusing the notmuch database in {folder}")
        built = Built(folder, True, json.loads((folder / "build.json").read_text()))
    else:
        _start_build(folder, data)
        run = run_notmuch(data, folder, timeout_s)
        if not run.is_ok or run.measurement is None:
            raise BenchmarkError(f"notmuch new: {run.error}")
        figures = {
            "new_wall_s": round(run.measurement.wall_s, 3),
            "size_on_disk_mb": _mb(run.size_on_disk_bytes),
            **run.reported,
        }
        built = _finish_build(folder, key, figures)
    env = _private_env(folder / "home-notmuch", {"NOTMUCH_CONFIG": str(config)})
    # Its conversations, beside the count rethread reports: a subject fallback that merges
    # unrelated mail shows as far fewer threads than notmuch's header-only threading finds.
    counted = run_measured(
        [executable, f"--config={config}", "count", "--output=threads", "*"],
        env=env,
        timeout_s=timeout_s,
    )
    if counted.is_ok and counted.stdout.strip().isdigit():
        built.figures["threads"] = int(counted.stdout)
    return NotmuchIndex(executable, config, env, built)


# Threading -----------------------------------------------------------------------------------


@dataclass
class CommandRun:
    """One timed correspondence-app command of the threading part, and the JSON it printed."""

    name: str
    wall_s: float | None = None
    reported: dict[str, Any] = field(default_factory=dict)
    error: str = ""

    @property
    def seconds(self) -> float | None:
        """The command's own figure (without start-up and unlocking), else the wall time."""
        value = self.reported.get("seconds")
        return float(value) if isinstance(value, int | float) else self.wall_s

    def as_json(self) -> dict[str, Any]:
        wall = None if self.wall_s is None else round(self.wall_s, 3)
        return {"name": self.name, "wall_s": wall, **self.reported, "error": self.error or None}


def run_app_command(
    name: str,
    argv: list[str | Path],
    env: dict[str, str],
    timeout_s: float,
    *,
    keys: Sequence[str] = ("threads", "changed", "seconds"),
) -> CommandRun:
    log(f"Running {name} ...")
    measured = run_measured(argv, env=env, timeout_s=timeout_s)
    run = CommandRun(name, measured.wall_s)
    if not measured.is_ok:
        run.error = _print_failure(name, measured)
        return run
    report = _last_json_object(measured.stdout) or {}
    run.reported = {key: report[key] for key in keys if key in report}
    return run


# Searching -----------------------------------------------------------------------------------


@dataclass
class Searchers:
    """The three ways to search, each None (with the reason in unavailable) when it cannot run."""

    archive_folder: Path
    env: dict[str, str]
    timeout_s: float
    notmuch: NotmuchIndex | None
    has_cli: bool
    search: Callable[..., Sequence[object]] | None
    unavailable: dict[Mode, str] = field(default_factory=dict)

    def runners(self, query: SearchQuery) -> list[tuple[Mode, Callable[[], tuple[float, int]]]]:
        found: list[tuple[Mode, Callable[[], tuple[float, int]]]] = []
        index, search = self.notmuch, self.search
        if index is not None:
            found.append((Mode.NOTMUCH, lambda: self._notmuch_search(index, query.notmuch)))
        if self.has_cli:
            found.append((Mode.CLI, lambda: self._cli_search(query.text)))
        if search is not None:
            found.append((Mode.IN_PROCESS, lambda: _in_process(search, query.text, "relevance")))
            if query.by_date:
                found.append(
                    (Mode.IN_PROCESS_BY_DATE, lambda: _in_process(search, query.text, "date"))
                )
        return found

    def _notmuch_search(self, index: NotmuchIndex, text: str) -> tuple[float, int]:
        command = [
            index.executable, f"--config={index.config}", "search", "--format=json",
            f"--limit={LIMIT}", text,
        ]  # fmt: skip
        measured = run_measured(command, env=index.env, timeout_s=self.timeout_s)
        if not measured.is_ok:
            raise SearchError(_print_failure(f"notmuch search {text}", measured))
        return measured.wall_s, len(json.loads(measured.stdout))

    def _cli_search(self, text: str) -> tuple[float, int]:
        command: list[str | Path] = [
            app_command(), "search", self.archive_folder, text, "--limit", str(LIMIT), "--json",
        ]  # fmt: skip
        measured = run_measured(command, env=self.env, timeout_s=self.timeout_s)
        if measured.returncode == EXIT_BAD_QUERY and not measured.timed_out:
            message = (measured.stderr.strip().splitlines() or ["(no message)"])[0]
            raise SearchError(f"bad query: {message}")
        if not measured.is_ok:
            raise SearchError(_print_failure(f"correspondence-app search {text}", measured))
        return measured.wall_s, len(json.loads(measured.stdout))

    def count_all(self, result: QueryResult) -> None:
        """Untimed totals beside the first 50: notmuch count, and all our hits up to a cap."""
        if self.notmuch is not None:
            index = self.notmuch
            command = [index.executable, f"--config={index.config}", "count", result.query.notmuch]
            measured = run_measured(command, env=index.env, timeout_s=self.timeout_s)
            if measured.is_ok and measured.stdout.strip().isdigit():
                result.notmuch_total = int(measured.stdout)
        if self.search is not None:
            started = time.perf_counter()
            with contextlib.suppress(Exception):  # the timed runs report failures
                result.total = len(self.search(result.query.text, limit=TOTAL_LIMIT))
            result.total_s = time.perf_counter() - started


def _in_process(search: Callable[..., Sequence[object]], text: str, sort: str) -> tuple[float, int]:
    started = time.perf_counter()
    try:
        hits = search(text, limit=LIMIT, sort=sort)
    except Exception as error:  # the boundary: a bad query or a bug, reported per query
        raise SearchError(f"{type(error).__name__}: {error}") from None
    return time.perf_counter() - started, len(hits)


def cli_has_search(env: dict[str, str]) -> bool:
    probe = run_measured([app_command(), "search", "--help"], env=env, timeout_s=60)
    return probe.is_ok


def measure_queries(
    searchers: Searchers, queries: Sequence[SearchQuery], repeat: int
) -> list[QueryResult]:
    """Each query repeat times in every mode, the modes taking turns so that noise hits all."""
    results = []
    for query in queries:
        log(f"  {query.text}")
        result = QueryResult(query)
        runners = searchers.runners(query)
        for _ in range(repeat):
            for mode, runner in runners:
                latency = result.latencies.setdefault(mode, Latency())
                if latency.error:
                    continue
                try:
                    latency.add(*runner())
                except SearchError as error:
                    latency.error = str(error)
        searchers.count_all(result)
        results.append(result)
    return results


# Report --------------------------------------------------------------------------------------


def overall(results: Sequence[QueryResult]) -> dict[str, dict[str, float | None]]:
    """Median and p95 over every counted run of every query, per mode."""
    figures = {}
    for mode in Mode:
        samples = [s for r in results if mode in r.latencies for s in r.latencies[mode].samples_s]
        figures[mode.value] = {
            "median_ms": round(statistics.median(samples) * 1000, 2) if samples else None,
            "p95_ms": round(p95(samples) * 1000, 2) if samples else None,
            "runs": len(samples),
        }
    return figures


def threading_figures(
    steps: Sequence[CommandRun], archive: Built
) -> list[tuple[str, str, float, float]]:
    """(key, what, seconds, goal) for each threading figure there is.

    rethread rebuilds every conversation from the headers whether or not the import has
    threaded them already, so both its runs count as threading from scratch; an import
    threads its own messages into the conversations there are and says so in thread_seconds.
    """
    first, more_import, after_more = steps
    candidates = (
        ("rethread_from_scratch", "rethread", first.seconds, first.error, GOAL_FROM_SCRATCH_S),
        (
            "import_thread_from_scratch",
            "threading by the import (thread_seconds)",
            archive.figures.get("thread_seconds"),
            "",
            GOAL_FROM_SCRATCH_S,
        ),
        (
            # rethread after the import threads everything again: from scratch, not the
            # re-threading that importing more needs (the import does that itself, below).
            "rethread_again_from_scratch",
            f"rethread again after {EXTRA_MESSAGES:,} more",
            after_more.seconds,
            after_more.error,
            GOAL_FROM_SCRATCH_S,
        ),
        (
            "import_thread_after_more",
            "threading by the import (thread_seconds)",
            more_import.reported.get("thread_seconds"),
            more_import.error,
            GOAL_AFTER_MORE_S,
        ),
    )
    return [
        (key, what, float(seconds), goal)
        for key, what, seconds, error, goal in candidates
        if isinstance(seconds, int | float) and not error
    ]


def goals(
    results: Sequence[QueryResult], steps: Sequence[CommandRun], archive: Built
) -> dict[str, Any]:
    verdicts = [r.meets_goal for r in results]
    found: dict[str, Any] = {
        "search_median_goal_ms": GOAL_MEDIAN_S * 1000,
        "search_p95_goal_ms": GOAL_P95_S * 1000,
        "search_met": None if None in verdicts or not verdicts else all(verdicts),
        "queries_meeting_search_goal": sum(v is True for v in verdicts),
        "queries": len(verdicts),
        "thread_from_scratch_goal_s": GOAL_FROM_SCRATCH_S,
        "rethread_after_more_goal_s": GOAL_AFTER_MORE_S,
    }
    for key, _, seconds, goal in threading_figures(steps, archive):
        found[f"{key}_s"] = round(seconds, 3)
        found[f"{key}_met"] = seconds < goal
    return found


def _cell(latency: Latency | None, unavailable: str) -> str:
    if latency is None:
        return f"{unavailable:>15}"  # blank: not timed for this query
    if latency.error:
        return f"{'FAILED':>15}"
    if latency.median_s is None or latency.p95_s is None:
        return f"{'-':>15}"
    return f"{latency.median_s * 1000:>7.1f} {latency.p95_s * 1000:>7.1f}"


def _count(value: int | None, cap: int | None = None) -> str:
    if value is None:
        return "-"
    return f">={value}" if cap is not None and value >= cap else str(value)


def _query_table(results: Sequence[QueryResult], searchers: Searchers) -> str:
    modes = list(Mode)
    header = f"{'#':>2} {'query':<38}" + "".join(f" {COLUMNS[m]:>15}" for m in modes)
    header += f" {'1st ms':>7} {'hits n/c/i':>11} {'all n/i':>13} goal"
    sub = f"{'':>41}" + "".join(f" {'median':>7} {'p95':>7}" for _ in modes) + "  (milliseconds)"
    lines = [header, sub, "-" * len(header)]
    for number, result in enumerate(results, 1):
        cells = "".join(
            " " + _cell(result.latencies.get(m), "n/a" if m in searchers.unavailable else "")
            for m in modes
        )
        ours = result.latencies.get(Mode.IN_PROCESS)
        first = f"{ours.first_s * 1000:>7.0f}" if ours and ours.first_s is not None else "      -"
        hits = "/".join(
            _count(result.latencies[m].hits if m in result.latencies else None)
            for m in (Mode.NOTMUCH, Mode.CLI, Mode.IN_PROCESS)
        )
        totals = f"{_count(result.notmuch_total)}/{_count(result.total, TOTAL_LIMIT)}"
        verdict = {True: "met", False: "NOT met", None: "-"}[result.meets_goal]
        lines.append(
            f"{number:>2} {result.query.text[:38]:<38}{cells} {first} {hits:>11} {totals:>13} "
            f"{verdict}"
        )
    figures = overall(results)
    cells = "".join(
        f" {_ms(figures[m.value]['median_ms'])} {_ms(figures[m.value]['p95_ms'])}" for m in modes
    )
    lines.append("-" * len(header))
    lines.append(f"{'':>2} {'all queries':<38}{cells}")
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    return f"{'-':>7}" if value is None else f"{value:>7.1f}"


def _print_report(
    machine: dict[str, Any],
    data: Corpus,
    archive: Built,
    index: NotmuchIndex | None,
    steps: Sequence[CommandRun],
    results: Sequence[QueryResult],
    searchers: Searchers,
    repeat: int,
) -> None:
    print(
        f"Machine: {machine['nproc']} CPUs ({machine['usable_cpus']} usable), "
        f"{machine['cpu_model']}, {machine['memory_gb']} GB RAM, Linux {machine['kernel']}"
    )
    print(
        f"Versions: Python {machine['python']}, correspondence-app "
        f"{machine['correspondence_app']} (migration {schema.head_revision()}), "
        f"notmuch {machine['notmuch']}"
    )
    print(f"Corpus: {data.messages} messages, seed {data.manifest['seed']}, in {data.directory}")
    print(
        f"Memory touched again after 0.3 s idle: {machine['idle_penalty']}x as slow "
        "(about 1 on an ordinary machine; in-process runs follow other processes' runs)"
    )
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"Load average at the end (1, 5, 15 min): {load} - other work on the machine adds noise")
    print()
    built = "reused, built" if archive.reused else "built"
    shown = ", ".join(f"{k}={v}" for k, v in archive.figures.items() if k != "built_at")
    print(f"Archive ({built} {archive.figures.get('built_at')}): {shown}")
    if index is not None:
        built = "reused, built" if index.built.reused else "built"
        shown = ", ".join(f"{k}={v}" for k, v in index.built.figures.items() if k != "built_at")
        print(f"notmuch database ({built} {index.built.figures.get('built_at')}): {shown}")
    print()
    header = f"{'threading step':<40} {'seconds':>8} {'wall s':>8}  reported"
    print(header)
    print("-" * len(header))
    for run in steps:
        if run.error:
            print(f"{run.name:<40} FAILED: {run.error}")
            continue
        seconds = run.reported.get("seconds")
        shown = ", ".join(f"{k}={v}" for k, v in run.reported.items() if k != "seconds")
        reported = f"{seconds:>8.2f}" if isinstance(seconds, int | float) else f"{'-':>8}"
        wall = f"{run.wall_s:>8.2f}" if run.wall_s is not None else f"{'-':>8}"
        print(f"{run.name:<40} {reported} {wall}  {shown}")
    print("(seconds: as the command reports it; wall: the whole process, start-up included)")
    print()
    print(f"Queries ({repeat} runs each, the first one a warm-up and not counted; limit {LIMIT}):")
    for number, result in enumerate(results, 1):
        query = result.query
        print(f"{number:>2} {query.what:<24} {query.text:<38} notmuch: {query.notmuch}")
    print()
    for mode, reason in searchers.unavailable.items():
        print(f"{mode.value}: {reason}")
    print(_query_table(results, searchers))
    print(
        "(hits n/c/i: results of the timed runs, notmuch threads / CLI / in-process, at most "
        f"{LIMIT}; all n/i: notmuch count (messages) / all our hits, up to {TOTAL_LIMIT}; "
        "1st ms: the in-process warm-up run)"
    )
    for result in results:
        for mode, latency in result.latencies.items():
            if latency.error:
                print(f"  {result.query.text}: {mode.value} failed: {latency.error}")
    firsts = [
        (latency.first_s, mode.value, result.query.text)
        for result in results
        for mode, latency in result.latencies.items()
        if latency.first_s is not None
    ]
    if firsts:
        seconds, mode_name, text = max(firsts)
        print(f"Slowest warm-up run: {seconds * 1000:.0f} ms ({mode_name}, {text})")
    totals = [(r.total_s, r.query.text) for r in results if r.total_s is not None]
    if totals:
        seconds, text = max(totals)
        print(f"Slowest Archive.search for all hits: {seconds * 1000:.0f} ms ({text})")
    print()
    found = goals(results, steps, archive)
    if found["search_met"] is None:
        print("Search goal (median <= notmuch and <= 50 ms, p95 <= 150 ms): not measured")
    else:
        verdict = "met" if found["search_met"] else "NOT met"
        print(
            "Search goal (in-process median <= notmuch's and <= 50 ms, p95 <= 150 ms): "
            f"{found['queries_meeting_search_goal']} of {found['queries']} queries - {verdict}"
        )
    figures = threading_figures(steps, archive)
    for suffix, goal, label in (
        ("from_scratch", GOAL_FROM_SCRATCH_S, "Threading from scratch"),
        ("after_more", GOAL_AFTER_MORE_S, f"Re-threading after {EXTRA_MESSAGES:,} more"),
    ):
        print(f"{label} (goal under {goal:.0f} s):")
        measured = [(what, seconds) for key, what, seconds, _ in figures if key.endswith(suffix)]
        for what, seconds in measured:
            print(f"  {what}: {seconds:.2f} s - {'met' if seconds < goal else 'NOT met'}")
        if not measured:
            print("  not measured")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.search_benchmark", description=__doc__
    )
    parser.add_argument("--messages", type=int, default=10_000, help="corpus size (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per query (default 7)")
    parser.add_argument(
        "--rebuild", action="store_true", help="build the cached archive and database again"
    )
    parser.add_argument("--keep", action="store_true", help="keep the re-threaded archive copy")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per command")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="cache and work folder")
    args = parser.parse_args(argv)
    if args.repeat < 2:
        parser.error("--repeat must be at least 2: the first run is a warm-up")
    if not app_command().exists():
        log(f"{app_command()} not found")
        return 1

    args.out.mkdir(parents=True, exist_ok=True)
    data = ensure_corpus(args.messages, args.seed, args.out)
    more = ensure_corpus(EXTRA_MESSAGES, args.seed + EXTRA_SEED_OFFSET, args.out)
    machine = describe_machine()
    machine["idle_penalty"] = round(idle_penalty(), 1)
    cache = args.out / f"search-{args.messages}-{args.seed}"
    try:
        archive = ensure_archive(data, cache, args.timeout, rebuild=args.rebuild)
        index = ensure_notmuch(data, cache, args.timeout, rebuild=args.rebuild)
    except BenchmarkError as error:
        log(f"Cannot build the archive or the notmuch database: {error}")
        return 1

    # Threading and the extra import change the archive: they work on a copy of the cached one.
    work = cache / "run"
    if work.exists():
        shutil.rmtree(work)
    started = time.perf_counter()
    shutil.copytree(archive.folder / "archive", work / "archive")
    log(f"Copied the archive to {work} in {time.perf_counter() - started:.1f} s")
    copy = work / "archive"
    env = app_env(archive.folder)
    app = app_command()
    try:
        steps = [
            run_app_command(
                "rethread (first, after the import)",
                [app, "rethread", copy, "--json"],
                env,
                args.timeout,
            )
        ]
        results, searchers = _search_part(copy, env, index, args.timeout, args.repeat)
        steps.append(
            run_app_command(
                f"import of {EXTRA_MESSAGES:,} more",
                [app, "import", copy, more.maildir, "--json"],
                env,
                args.timeout,
                keys=IMPORT_KEYS,
            )
        )
        steps.append(
            run_app_command(
                f"rethread (after {EXTRA_MESSAGES:,} more)",
                [app, "rethread", copy, "--json"],
                env,
                args.timeout,
            )
        )
    finally:
        if args.keep:
            log(f"Kept the re-threaded archive in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        document = {
            "machine": machine | {"load_average": os.getloadavg()},
            "corpus": {"path": str(data.directory), **data.manifest},
            "more": {"path": str(more.directory), **more.manifest},
            "archive": {"folder": str(archive.folder), "reused": archive.reused, **archive.figures},
            "notmuch": None
            if index is None
            else {"folder": str(index.built.folder), "reused": index.built.reused}
            | index.built.figures,
            "migration_head": schema.head_revision(),
            "threading": [run.as_json() for run in steps],
            "unavailable": {mode.value: reason for mode, reason in searchers.unavailable.items()},
            "repeat": args.repeat,
            "limit": LIMIT,
            "queries": [result.as_json() for result in results],
            "overall": overall(results),
            "goals": goals(results, steps, archive),
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        _print_report(machine, data, archive, index, steps, results, searchers, args.repeat)
    failed = any(run.error for run in steps) or any(
        latency.error and not latency.error.startswith("bad query")
        for result in results
        for latency in result.latencies.values()
    )
    return 1 if failed else 0


def _search_part(
    archive_folder: Path,
    env: dict[str, str],
    index: NotmuchIndex | None,
    timeout_s: float,
    repeat: int,
) -> tuple[list[QueryResult], Searchers]:
    """Times every query in every available mode, with the archive opened once in this process."""
    has_cli = cli_has_search(env)
    unavailable = "Archive.search not available"
    with contextlib.ExitStack() as stack:
        try:
            archive = stack.enter_context(Archive.open(archive_folder, PASSPHRASE))
        except Exception as error:  # the boundary: the process runs can still be timed
            unavailable = f"cannot open the archive in this process: {error}"
            search = None
        else:
            search = getattr(archive, "search", None)
            if not search_index.is_current(archive.engine):
                # A cached archive from an older schema: not part of any timed search.
                log("Rebuilding the search index of the cached archive (untimed) ...")
                archive.reindex()
        searchers = Searchers(archive_folder, env, timeout_s, index, has_cli, search)
        if index is None:
            searchers.unavailable[Mode.NOTMUCH] = "notmuch not installed"
        if not has_cli:
            searchers.unavailable[Mode.CLI] = "search command not available"
        if search is None:
            searchers.unavailable[Mode.IN_PROCESS] = unavailable
            searchers.unavailable[Mode.IN_PROCESS_BY_DATE] = unavailable
        for reason in dict.fromkeys(searchers.unavailable.values()):
            log(reason)
        log(f"Timing {len(QUERIES)} queries, {repeat} runs each ...")
        return measure_queries(searchers, QUERIES, repeat), searchers


if __name__ == "__main__":
    sys.exit(main())
