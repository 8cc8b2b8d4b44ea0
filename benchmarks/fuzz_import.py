# SPDX-License-Identifier: GPL-3.0-or-later
"""Fuzzing the importer: mutated real mail through `correspondence-app import --workers 2`.

    python -m benchmarks.fuzz_import --messages 20000 --seed 1 [--corpora DIR] [--keep] [--json]

Writes the mutated messages (see benchmarks/mutations.py), imports them into a fresh
archive in a new session while sampling the memory of the importer and its workers, and
checks that every message was imported, found a duplicate or quarantined, that the import
ended within its time limit and memory bound, and that the archive verifies. The test
suite runs the same with a few thousand messages (tests/integration/test_fuzz_import.py).
Exit status 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks import mutations
from benchmarks.measure import run_measured
from correspondence_app.importers import sources
from correspondence_app.importers.base import RawItem

if TYPE_CHECKING:
    from collections.abc import Callable

OUT_DIR = Path(__file__).resolve().parent / "out"
PASSPHRASE = "fuzzing passphrase, not a secret"  # noqa: S105 - a throwaway archive
# Bounded, not small: the importer holds a few chunks of messages of up to 6 MB (about
# 200 MB measured), and each of its two workers parses one message at a time within the
# parsers' limits (pypdf ends a content stream at its token limit, near 300 MB; one
# document's XML is read up to 50 MB). Ordinary mail stays under 300 MB in all.
PEAK_RSS_BOUND_BYTES = 2**30
# Reasons that mean a parser crashed or hung on a message: contained, but a bug to fix.
WORKER_FAILURES = ("the process parsing it ended", "parsing took longer than")
_DIGITS = re.compile(r"\d+")


@dataclass
class FuzzResult:
    """The figures of one run, and what went wrong (nothing, when problems is empty)."""

    seed: int
    messages: int
    files: int = 0
    input_bytes: int = 0
    items: int = 0  # raw messages the importer's readers find in the files
    skipped: int = 0  # files that are not mail at all (an empty file, say)
    imported: int = 0
    duplicates: int = 0
    quarantined: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    generate_s: float = 0.0
    import_s: float = 0.0
    peak_rss_bytes: int = 0  # summed over the importer and its workers
    peak_process_rss_bytes: int = 0
    processes: int = 0
    problems: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "messages": self.messages,
            "files": self.files,
            "input_mb": round(self.input_bytes / 2**20, 1),
            "items": self.items,
            "skipped": self.skipped,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "quarantined_by_reason": dict(self.reasons.most_common()),
            "mutations": dict(self.kinds.most_common()),
            "generate_seconds": round(self.generate_s, 1),
            "import_seconds": round(self.import_s, 1),
            "peak_rss_mb": round(self.peak_rss_bytes / 2**20, 1),
            "peak_process_rss_mb": round(self.peak_process_rss_bytes / 2**20, 1),
            "processes": self.processes,
            "problems": self.problems,
        }


def _env(work: Path) -> dict[str, str]:
    """The environment with HOME, TMPDIR and the XDG folders inside the run."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CORRESPONDENCE_"))}
    for name in ("home", "tmp", "config", "data", "cache"):
        (work / name).mkdir(parents=True, exist_ok=True)
    return env | {
        "HOME": str(work / "home"),
        "TMPDIR": str(work / "tmp"),
        "XDG_CONFIG_HOME": str(work / "config"),
        "XDG_DATA_HOME": str(work / "data"),
        "XDG_CACHE_HOME": str(work / "cache"),
        "CORRESPONDENCE_APP_PASSPHRASE": PASSPHRASE,
        "CORRESPONDENCE_APP_KDF_TARGET_S": "0",
    }


def _app(env: dict[str, str], *args: str | Path) -> Any:
    done = subprocess.run(
        [sys.executable, "-m", "correspondence_app", *map(str, args)],
        env=env,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} exited {done.returncode}: {done.stderr.decode()[-2000:]}")
    return json.loads(done.stdout) if "--json" in args else None


def reason_group(reason: str) -> str:
    """A quarantine reason without its numbers and details, to count alike ones together."""
    if not reason:
        return "(none: bytes quarantined before, found again)"
    return _DIGITS.sub("N", reason.split(" (", 1)[0])[:90]


@dataclass(frozen=True)
class _Found:
    """What the importer's readers find in the files, nothing parsed."""

    items: int
    skipped: int
    maildir_files: int  # each either one item or skipped


def count_items(mail: Path) -> _Found:
    items = skipped = maildir_files = 0
    for planned in sources.iter_planned([mail]):
        for item in sources.iter_items(planned):
            items += isinstance(item, RawItem)
            skipped += not isinstance(item, RawItem)
            maildir_files += planned.maildir_folder is not None
    return _Found(items, skipped, maildir_files)


def run_fuzz(
    *,
    messages: int,
    seed: int,
    corpora: Path,
    work: Path,
    timeout_s: float,
    peak_rss_bound_bytes: int = PEAK_RSS_BOUND_BYTES,
    log: Callable[[str], None] | None = None,
) -> FuzzResult:
    """Generates, imports and checks; the result's problems list what failed."""
    say = log or (lambda _text: None)
    result = FuzzResult(seed, messages)
    started = time.monotonic()
    say(f"Writing {messages} mutated messages (seed {seed}) ...")
    tree = mutations.write_fuzz_tree(work / "mail", messages, seed, mutations.load_seeds(corpora))
    result.files = tree.maildir_files + tree.mbox_files
    result.input_bytes = tree.size_bytes
    result.kinds = tree.kinds
    found = count_items(tree.mail)
    result.items, result.skipped = found.items, found.skipped
    result.generate_s = time.monotonic() - started
    problems = result.problems
    if found.maildir_files != tree.maildir_files:
        problems.append(
            f"{tree.maildir_files} Maildir files were written, "
            f"but they gave {found.maildir_files} messages and skipped files"
        )

    env = _env(work)
    archive = work / "archive"
    _app(env, "init", archive)
    say(f"Importing {tree.size_bytes / 2**20:.0f} MB in {result.files} files ...")
    command: list[str | Path] = [sys.executable, "-m", "correspondence_app", "import"]
    command += [archive, tree.mail, "--json", "--workers", "2"]
    measured = run_measured(command, env=env, cwd=work, timeout_s=timeout_s)
    result.import_s = measured.wall_s
    result.peak_rss_bytes = measured.peak_tree_rss_bytes
    result.peak_process_rss_bytes = measured.peak_process_rss_bytes
    result.processes = measured.processes_seen
    if measured.timed_out:
        problems.append(f"the import did not end within {timeout_s:g} s (killed)")
        return result
    if measured.returncode != 0:
        problems.append(f"the import exited {measured.returncode}: {measured.stderr[-3000:]}")
        return result
    report = json.loads(measured.stdout)
    result.imported = report["imported"]
    result.duplicates = report["duplicates"]
    result.quarantined = report["quarantined"]
    reported_skips = sum(len(source["skipped"]) for source in report["sources"])

    entries = _app(env, "quarantine", archive, "--json")
    result.reasons = Counter(reason_group(entry["reason"]) for entry in entries)
    stored = _app(env, "stats", archive, "--json")
    verified = _app(env, "verify", archive, "--json")

    given = result.imported + result.duplicates + result.quarantined
    if given != result.items or reported_skips != result.skipped:
        problems.append(
            f"{result.items} messages and {result.skipped} skipped files were given; "
            f"the import counted {given} messages ({result.imported} imported, "
            f"{result.duplicates} duplicates, {result.quarantined} quarantined) "
            f"and {reported_skips} skipped files"
        )
    if stored["messages"] != result.imported or stored["quarantined"] != len(entries):
        problems.append(f"the archive holds other counts than the import reported: {stored}")
    # A copy of quarantined bytes found in a later chunk is stored without the reason
    # (storage/writer.py, _quarantine_again): the reason is there with the first copy.
    reasoned = {entry["sha256"] for entry in entries if entry["reason"]}
    unexplained = [entry for entry in entries if entry["sha256"] not in reasoned]
    if unexplained:
        problems.append(f"{len(unexplained)} quarantined messages have no reason")
    failures = [e for e in entries if e["reason"].startswith(WORKER_FAILURES)]
    for entry in failures[:20]:
        origin = tree.origins.get(Path(entry["source"]).name, "?")
        problems.append(f"{entry['reason']}: {entry['source']} ({origin})")
    if not verified["ok"]:
        problems.append(f"verify failed: {verified['errors'][:10]}")
    if result.processes < 3:  # the importer and its two workers, at least
        problems.append(f"only {result.processes} processes were seen: no worker processes?")
    if result.peak_rss_bytes > peak_rss_bound_bytes:
        problems.append(
            f"peak RSS {result.peak_rss_bytes / 2**20:.0f} MB "
            f"over the bound of {peak_rss_bound_bytes / 2**20:.0f} MB"
        )
    return result


def _print_figures(result: FuzzResult) -> None:
    mb = 2**20
    print(f"seed {result.seed}: {result.messages} mutated messages in {result.files} files")
    print(f"  input            {result.input_bytes / mb:10.1f} MB")
    print(f"  messages given   {result.items:10d}   (+ {result.skipped} files skipped: not mail)")
    print(f"  imported         {result.imported:10d}")
    print(f"  duplicates       {result.duplicates:10d}")
    print(f"  quarantined      {result.quarantined:10d}")
    for reason, count in result.reasons.most_common():
        print(f"    {count:8d}  {reason}")
    print(f"  generating       {result.generate_s:10.1f} s")
    print(f"  import           {result.import_s:10.1f} s")
    print(
        f"  peak RSS, tree   {result.peak_rss_bytes / mb:10.1f} MB ({result.processes} processes)"
    )
    print(f"  peak RSS, single {result.peak_process_rss_bytes / mb:10.1f} MB")
    print("  mutations: " + ", ".join(f"{k} {v}" for k, v in result.kinds.most_common()))
    print("OK: every check passed." if not result.problems else "PROBLEMS:")
    for problem in result.problems:
        print(f"  - {problem}")


def _default_corpora() -> Path:
    configured = os.environ.get("CORRESPONDENCE_CORPORA")
    if configured:
        return Path(configured)
    root = Path(__file__).resolve().parents[1]
    return next(
        (
            base / "shared" / "corpora"
            for base in (root, *root.parents)
            if (base / "shared" / "corpora").is_dir()
        ),
        root.parent / "shared" / "corpora",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpora", type=Path, default=None, help="default: shared/corpora")
    parser.add_argument("--timeout", type=float, default=3600, help="for the import, seconds")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where the run's folder goes")
    parser.add_argument("--keep", action="store_true", help="keep the mail and the archive")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"fuzz-{args.seed}-", dir=args.out))
    try:
        result = run_fuzz(
            messages=args.messages,
            seed=args.seed,
            corpora=args.corpora or _default_corpora(),
            work=work,
            timeout_s=args.timeout,
            log=lambda text: print(text, file=sys.stderr, flush=True),
        )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(result.as_json(), indent=2))
    else:
        _print_figures(result)
    if args.keep:
        print(f"Kept in {work}", file=sys.stderr)
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
