# SPDX-License-Identifier: GPL-3.0-or-later
"""Export benchmark: all 100,000 messages as an mbox, and a PDF dossier of 1,000 messages
with attachments, each in a new process, with its time and peak memory.

    python -m benchmarks.export_benchmark [--messages 100000] [--json]

Works on a copy of the search benchmark's cached archive; each export then runs in a child
process (``--measure``), whose own high-water mark of memory is its peak.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.import_benchmark import PASSPHRASE, describe_machine, json_from_child, log
from benchmarks.search_benchmark import BenchmarkError, add_archive_arguments, archive_copy
from correspondence_app.export.source import Selection
from correspondence_app.export.verify import verify_export
from correspondence_app.services import Archive

GOAL_S = 60.0
GOAL_RSS_MB = 500.0
DOSSIER = 1000  # messages with attachments in the PDF


def _peak_rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def measure(folder: Path, export_format: str, output: Path) -> dict[str, Any]:
    """One export in this (new) process: seconds and peak memory, then its verification."""
    with Archive.open(folder, PASSPHRASE) as archive:
        if export_format == "pdf":
            found = archive.search("has:attachment", limit=DOSSIER, sort="date")
            selection = Selection(
                message_ids=tuple(hit.summary.id for hit in found),
                description=f"the {DOSSIER} newest messages with attachments",
            )
        else:
            selection = Selection(query="*")
        started = time.perf_counter()
        report = archive.exporter.export(selection, export_format, output, title="Benchmark")
        seconds = time.perf_counter() - started
    peak = _peak_rss_mb()
    checked_started = time.perf_counter()
    verified = verify_export(output)
    return {
        "format": export_format,
        "messages": report.messages,
        "files": report.files,
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(peak, 1),
        "bytes": sum(p.stat().st_size for p in output.rglob("*") if p.is_file())
        if output.is_dir()
        else output.stat().st_size,
        "verify_seconds": round(time.perf_counter() - checked_started, 1),
        "verified": verified.ok,
    }


def in_child(folder: Path, export_format: str, output: Path) -> dict[str, Any]:
    arguments = ["benchmarks.export_benchmark", "--measure", export_format]
    arguments += ["--archive", str(folder), "--output", str(output)]
    try:
        return json_from_child(arguments, f"the {export_format} export")
    except RuntimeError as error:
        raise BenchmarkError(str(error)) from error


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.export_benchmark", description=__doc__
    )
    add_archive_arguments(parser)
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # the child's format
    parser.add_argument("--archive", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.archive, args.measure, args.output)))
        return 0
    try:
        with (
            archive_copy(args, "export-run") as (folder, _built),
            tempfile.TemporaryDirectory(dir=folder.parent) as scratch,
        ):
            results = [
                in_child(folder, "mbox", Path(scratch) / "mbox"),
                in_child(folder, "pdf", Path(scratch) / "dossier.pdf"),
            ]
    except BenchmarkError as error:
        log(f"Export benchmark failed: {error}")
        return 1
    if args.json:
        print(json.dumps({"machine": describe_machine(), "results": results}))
        return 0
    print(f"Machine: {describe_machine()}")
    for result in results:
        time_ok = "met" if result["seconds"] < GOAL_S else "NOT met"
        rss_ok = "met" if result["peak_rss_mb"] < GOAL_RSS_MB else "NOT met"
        print(
            f"{result['format']:5} {result['messages']:>7,} messages, "
            f"{result['bytes'] / 2**20:,.0f} MB: {result['seconds']:6.1f} s "
            f"(goal under {GOAL_S:.0f} s: {time_ok}), peak {result['peak_rss_mb']:.0f} MB "
            f"(goal under {GOAL_RSS_MB:.0f} MB: {rss_ok}); verify-export "
            f"{result['verify_seconds']:.1f} s, {'unchanged' if result['verified'] else 'FAILED'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
