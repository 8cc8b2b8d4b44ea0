# SPDX-License-Identifier: GPL-3.0-or-later
"""Import benchmark: correspondence-app import of a Maildir and an mbox beside notmuch new."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib.metadata
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks import corpus
from benchmarks.measure import Measurement, run_measured

if TYPE_CHECKING:
    from collections.abc import Mapping

OUT_DIR = Path(__file__).resolve().parent / "out"
PASSPHRASE = "benchmark passphrase, not a secret"  # noqa: S105 - a throwaway archive
GOAL_SPEEDUP = 3.0
GOAL_PEAK_RSS_BYTES = 300 * 2**20
NOTMUCH_SPLIT_CONFIG = (0, 32)  # from this version on, the database may live outside the mail


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Corpus:
    """A generated corpus on disk, as the cache keeps it."""

    directory: Path
    mbox: Path
    maildir: Path
    manifest: dict[str, Any]

    @property
    def messages(self) -> int:
        return int(self.manifest["messages"])


def ensure_corpus(count: int, seed: int, out_dir: Path, *, with_mbox: bool = True) -> Corpus:
    """The cached corpus for (count, seed), made first when missing or outdated.

    With with_mbox False only the Maildir is written (a million messages take 10 GB per
    format); a cached corpus without its mbox is made again when a later run needs it.
    """
    directory = out_dir / f"corpus-{count}-{seed}"
    manifest_path = directory / "corpus.json"
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text())
        has_mbox = manifest.get("mbox_bytes") is not None
        if manifest.get("generator_version") == corpus.GENERATOR_VERSION and (
            has_mbox or not with_mbox
        ):
            log(f"Reusing the corpus in {directory}")
            return Corpus(directory, directory / "mail.mbox", directory / "Maildir", manifest)
        log(f"{directory} is outdated or has no mbox; generating it again")
    partial = directory.with_name(directory.name + ".partial")
    for stale in (partial, directory):
        if stale.exists():
            shutil.rmtree(stale)
    log(f"Generating {count} messages (seed {seed}) into {directory} ...")

    def progress(done: int, total: int) -> None:
        if done % 10_000 == 0 or done == total:
            log(f"  {done}/{total} messages")

    mbox = partial / "mail.mbox" if with_mbox else None
    summary = corpus.write_corpus(
        count, seed, mbox=mbox, maildir=partial / "Maildir", progress=progress
    )
    manifest = {
        "generator_version": corpus.GENERATOR_VERSION,
        "seed": seed,
        **dataclasses.asdict(summary),
        "mbox_bytes": None if mbox is None else mbox.stat().st_size,
        "generated_with": platform.python_version(),
    }
    (partial / "corpus.json").write_text(json.dumps(manifest, indent=2) + "\n")
    partial.rename(directory)
    log(
        f"  {summary.size_bytes / 1e6:.1f} MB of mail ({summary.duplicates} duplicates) "
        f"in {summary.seconds:.1f} s"
    )
    return Corpus(directory, directory / "mail.mbox", directory / "Maildir", manifest)


@dataclass
class RunResult:
    """One measured run of one tool on one corpus format."""

    name: str
    messages: int
    corpus_bytes: int
    measurement: Measurement | None = None
    size_on_disk_bytes: int = 0
    reported: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    skipped: str = ""

    @property
    def is_ok(self) -> bool:
        return self.measurement is not None and self.measurement.is_ok and not self.error

    @property
    def messages_per_s(self) -> float:
        if not self.is_ok or self.measurement is None or self.measurement.wall_s <= 0:
            return 0.0
        return self.messages / self.measurement.wall_s

    def as_json(self) -> dict[str, Any]:
        figures: dict[str, Any] = {
            "name": self.name,
            "ok": self.is_ok,
            "messages": self.messages,
            "corpus_bytes": self.corpus_bytes,
            "error": self.error or None,
            "skipped": self.skipped or None,
            "reported": self.reported,
        }
        m = self.measurement
        if m is not None:
            figures |= {
                "returncode": m.returncode,
                "seconds": round(m.wall_s, 3),
                "messages_per_s": round(self.messages_per_s, 1),
                "mb_per_s": round(self.corpus_bytes / 1e6 / m.wall_s, 2) if self.is_ok else 0,
                "peak_tree_rss_mb": _mb(m.peak_tree_rss_bytes),
                "peak_tree_pss_mb": _mb(m.peak_tree_pss_bytes),
                "peak_process_rss_mb": _mb(m.peak_process_rss_bytes),
                "processes": m.processes_seen,
                "size_on_disk_mb": _mb(self.size_on_disk_bytes),
            }
        return figures


def _mb(size_bytes: int) -> float:
    return round(size_bytes / 2**20, 1)


def disk_usage_bytes(path: Path) -> int:
    """Allocated size of a file or a directory tree, like du."""
    if not path.exists():
        return 0
    if path.is_file():
        return path.stat().st_blocks * 512
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):  # a file the tool removed meanwhile
                total += os.lstat(os.path.join(folder, name)).st_blocks * 512
    return total


def _private_env(home: Path, extra: Mapping[str, str] = {}) -> dict[str, str]:
    """The environment with HOME and the XDG folders inside the run, so no user file is touched."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NOTMUCH_", "XDG_", "CORRESPONDENCE_APP_"))
    }
    for name in ("config", "data", "cache", "state"):
        (home / name).mkdir(parents=True, exist_ok=True)
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        **extra,
    }
    return env


def json_from_child(arguments: list[str], what: str, timeout_s: float = 3600) -> dict[str, Any]:
    """Runs ``python -m`` with these arguments in a new process with a private home (no
    module loaded, no cache warmed by the work before) and reads the JSON it prints."""
    with tempfile.TemporaryDirectory() as home:
        platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
        env = _private_env(Path(home), {"QT_QPA_PLATFORM": platform})
        log(f"Measuring {what} in a new process ...")
        done = subprocess.run(
            [sys.executable, "-m", *arguments],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"measuring {what} failed: {done.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def _print_failure(what: str, measurement: Measurement) -> str:
    reason = "timed out" if measurement.timed_out else f"exit status {measurement.returncode}"
    log(f"  {what} failed ({reason}); its stderr:")
    for line in (measurement.stderr.strip() or "(empty)").splitlines()[-40:]:
        log(f"    {line}")
    return f"{what}: {reason}"


def app_command() -> Path:
    return Path(sys.executable).with_name("correspondence-app")


def run_app(label: str, source: Path, data: Corpus, work: Path, timeout_s: float) -> RunResult:
    """correspondence-app init, then the measured correspondence-app import --json."""
    corpus_bytes = int(
        data.manifest["mbox_bytes"] if source == data.mbox else data.manifest["size_bytes"]
    )
    result = RunResult(f"correspondence-app import ({label})", data.messages, corpus_bytes)
    app = app_command()
    if not app.exists():
        result.error = f"{app} not found"
        log(f"  {result.error}")
        return result
    folder = work / f"app-{label.lower()}"
    folder.mkdir()
    archive = folder / "archive"
    env = _private_env(
        work / f"home-{label.lower()}", {"CORRESPONDENCE_APP_PASSPHRASE": PASSPHRASE}
    )
    log(f"Running correspondence-app init for the {label} run ...")
    init = run_measured([app, "init", archive], env=env, cwd=work, timeout_s=timeout_s)
    result.reported["init_seconds"] = round(init.wall_s, 3)
    result.reported["init_peak_tree_rss_mb"] = _mb(init.peak_tree_rss_bytes)
    if not init.is_ok:
        result.error = _print_failure("correspondence-app init", init)
        return result
    log(f"Running correspondence-app import {source} --json ...")
    command: list[str | Path] = [app, "import", archive, source, "--json"]
    result.measurement = run_measured(command, env=env, cwd=work, timeout_s=timeout_s)
    result.size_on_disk_bytes = disk_usage_bytes(folder)
    if not result.measurement.is_ok:
        result.error = _print_failure("correspondence-app import", result.measurement)
        return result
    report = _last_json_object(result.measurement.stdout)
    if report is None:
        result.error = "import printed no JSON object on stdout"
        log(f"  {result.error}; stdout was: {result.measurement.stdout[-500:]!r}")
        return result
    result.reported |= {key: report.get(key) for key in ("imported", "duplicates", "quarantined")}
    result.reported["seconds"] = report.get("seconds")
    return result


def _last_json_object(text: str) -> dict[str, Any] | None:
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
    if isinstance(whole, dict):
        return whole
    for line in reversed(text.splitlines()):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


def notmuch_version(executable: str) -> tuple[int, ...]:
    completed = run_measured([executable, "--version"], timeout_s=30)
    found = re.search(r"(\d+)\.(\d+)(?:\.(\d+))?", completed.stdout)
    return tuple(int(part) for part in found.groups() if part) if found else ()


def _maildir_fingerprint(maildir: Path) -> tuple[int, int]:
    """File count and a sum over names, sizes and mtimes: cheap proof the Maildir is untouched."""
    count = total = 0
    for folder, _, files in os.walk(maildir):
        for name in files:
            info = os.lstat(os.path.join(folder, name))
            count += 1
            total += hash((folder, name, info.st_size, info.st_mtime_ns))
    return count, total


def run_notmuch(data: Corpus, work: Path, timeout_s: float) -> RunResult:
    """notmuch new on the same Maildir, with a private configuration and database."""
    result = RunResult("notmuch new (Maildir)", data.messages, int(data.manifest["size_bytes"]))
    executable = shutil.which("notmuch")
    if executable is None:
        result.skipped = "notmuch not installed"
        log(result.skipped)
        return result
    version = notmuch_version(executable)
    result.reported["version"] = ".".join(map(str, version))
    database = work / "notmuch-db"
    database.mkdir()
    if version >= NOTMUCH_SPLIT_CONFIG:
        mail_root = data.maildir
        database_lines = f"path={database}\nmail_root={mail_root}\n"
    else:
        # Older notmuch keeps its database inside the mail root: index a hard-linked copy.
        mail_root = database
        _hardlink_tree(data.maildir, mail_root)
        database_lines = f"path={mail_root}\n"
    config = work / "notmuch-config"
    config.write_text(
        f"[database]\n{database_lines}\n"
        "[user]\nname=Benchmark\nprimary_email=benchmark@example.org\n\n"
        "[new]\ntags=unread;inbox;\nignore=maildirfolder;\n\n"
        "[search]\nexclude_tags=\n\n"
        # Flags stay out of the file names, so the shared Maildir is left as it is.
        "[maildir]\nsynchronize_flags=false\n"
    )
    env = _private_env(work / "home-notmuch", {"NOTMUCH_CONFIG": str(config)})
    before = _maildir_fingerprint(data.maildir)
    log(f"Running notmuch new ({result.reported['version']}) on {mail_root} ...")
    command = [executable, f"--config={config}", "new"]
    result.measurement = run_measured(command, env=env, cwd=work, timeout_s=timeout_s)
    result.size_on_disk_bytes = disk_usage_bytes(database)
    if _maildir_fingerprint(data.maildir) != before:
        log("  WARNING: notmuch changed the corpus Maildir")
        result.reported["changed_maildir"] = True
    if not result.measurement.is_ok:
        result.error = _print_failure("notmuch new", result.measurement)
        return result
    output = result.measurement.stdout + result.measurement.stderr
    for key, pattern in (
        ("files", r"Processed (\d+) total file"),
        ("added", r"Added (\d+) new message"),
    ):
        found = re.search(pattern, output)
        if found:
            result.reported[key] = int(found.group(1))
    return result


def _hardlink_tree(source: Path, target: Path) -> None:
    for folder, _, files in os.walk(source):
        destination = target / os.path.relpath(folder, source)
        destination.mkdir(parents=True, exist_ok=True)
        for name in files:
            os.link(os.path.join(folder, name), destination / name)


def warm_page_cache(*paths: Path) -> float:
    """Read the corpus once so that no run pays for a cold disk cache the others do not."""
    started = time.perf_counter()
    for path in paths:
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            with file.open("rb") as handle:
                while handle.read(1 << 20):
                    pass
    return time.perf_counter() - started


def describe_machine() -> dict[str, Any]:
    cpu_model = ""
    memory_kb = 0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_kb = int(line.split()[1])
    except OSError:
        pass
    try:
        app_version = importlib.metadata.version("correspondence-app")
    except importlib.metadata.PackageNotFoundError:
        app_version = "not installed"
    notmuch = shutil.which("notmuch")
    return {
        "nproc": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)),
        "cpu_model": cpu_model,
        "memory_gb": round(memory_kb / 2**20, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "correspondence_app": app_version,
        "notmuch": ".".join(map(str, notmuch_version(notmuch))) if notmuch else "not installed",
    }


def _table(runs: list[RunResult]) -> str:
    header = (
        f"{'run':<38} {'messages':>8} {'seconds':>8} {'msg/s':>8} {'MB/s':>7} "
        f"{'RSS tree':>9} {'RSS max':>8} {'PSS tree':>9} {'size MB':>8}"
    )
    lines = [header, "-" * len(header)]
    for run in runs:
        m = run.measurement
        if run.skipped:
            lines.append(f"{run.name:<38} skipped: {run.skipped}")
        elif not run.is_ok or m is None:
            lines.append(f"{run.name:<38} FAILED: {run.error}")
        else:
            lines.append(
                f"{run.name:<38} {run.messages:>8} {m.wall_s:>8.2f} {run.messages_per_s:>8.0f} "
                f"{run.corpus_bytes / 1e6 / m.wall_s:>7.1f} {_mb(m.peak_tree_rss_bytes):>9.1f} "
                f"{_mb(m.peak_process_rss_bytes):>8.1f} {_mb(m.peak_tree_pss_bytes):>9.1f} "
                f"{_mb(run.size_on_disk_bytes):>8.1f}"
            )
    lines.append("(RSS and PSS in MB: peak of the sum over the process tree, sampled every 50 ms;")
    lines.append(" RSS max: the largest single process. size: archive or database on disk.)")
    return "\n".join(lines)


def _goals(runs: list[RunResult]) -> dict[str, Any]:
    app_maildir, _app_mbox, notmuch = runs
    goals: dict[str, Any] = {"speedup_goal": GOAL_SPEEDUP, "peak_rss_goal_mb": 300}
    if app_maildir.is_ok and notmuch.is_ok and notmuch.messages_per_s > 0:
        ratio = app_maildir.messages_per_s / notmuch.messages_per_s
        goals["speedup_vs_notmuch"] = round(ratio, 2)
        goals["speedup_met"] = ratio >= GOAL_SPEEDUP
    for run in runs[:2]:
        if run.is_ok and run.measurement is not None:
            key = "peak_rss_met_" + ("maildir" if "Maildir" in run.name else "mbox")
            goals[key] = run.measurement.peak_tree_rss_bytes < GOAL_PEAK_RSS_BYTES
    return goals


def _print_report(machine: dict[str, Any], data: Corpus, runs: list[RunResult]) -> None:
    manifest = data.manifest
    print(
        f"Machine: {machine['nproc']} CPUs ({machine['usable_cpus']} usable), "
        f"{machine['cpu_model']}, {machine['memory_gb']} GB RAM, Linux {machine['kernel']}"
    )
    print(
        f"Versions: Python {machine['python']}, correspondence-app "
        f"{machine['correspondence_app']}, notmuch {machine['notmuch']}"
    )
    print(
        f"Corpus: {data.messages} messages ({manifest['duplicates']} duplicates by Message-ID, "
        f"{manifest['identical_duplicates']} of them byte for byte), "
        f"{manifest['size_bytes'] / 1e6:.1f} MB as Maildir, {manifest['mbox_bytes'] / 1e6:.1f} MB "
        f"as mbox, seed {manifest['seed']}, in {data.directory}"
    )
    print()
    print(_table(runs))
    print()
    for run in runs:
        if run.is_ok and run.reported:
            shown = ", ".join(f"{key}={value}" for key, value in run.reported.items())
            print(f"{run.name}: {shown}")
    goals = _goals(runs)
    if "speedup_vs_notmuch" in goals:
        verdict = "met" if goals["speedup_met"] else "NOT met"
        print(
            "correspondence-app / notmuch (Maildir, messages/s): "
            f"{goals['speedup_vs_notmuch']:.2f}x "
            f"(goal: at least {GOAL_SPEEDUP:.0f}x) - {verdict}"
        )
    else:
        print("correspondence-app / notmuch (Maildir, messages/s): not available")
    for run in runs[:2]:
        if run.is_ok and run.measurement is not None:
            peak = _mb(run.measurement.peak_tree_rss_bytes)
            verdict = (
                "met" if run.measurement.peak_tree_rss_bytes < GOAL_PEAK_RSS_BYTES else "NOT met"
            )
            print(f"{run.name}: peak RSS of the tree {peak} MB (goal: under 300 MB) - {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.import_benchmark", description=__doc__
    )
    parser.add_argument("--messages", type=int, default=10_000, help="corpus size (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument(
        "--keep", action="store_true", help="keep the archives and notmuch database"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per command")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="cache and work folder")
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    data = ensure_corpus(args.messages, args.seed, args.out)
    machine = describe_machine()
    log(f"Reading the corpus once to warm the page cache ({warm_page_cache(data.directory):.1f} s)")
    work = Path(tempfile.mkdtemp(prefix="run-", dir=args.out))
    try:
        runs = [
            run_app("Maildir", data.maildir, data, work, args.timeout),
            run_app("mbox", data.mbox, data, work, args.timeout),
            run_notmuch(data, work, args.timeout),
        ]
    finally:
        if args.keep:
            log(f"Kept the archives and the notmuch database in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        document = {
            "machine": machine,
            "corpus": {"path": str(data.directory), **data.manifest},
            "runs": [run.as_json() for run in runs],
            "goals": _goals(runs),
        }
        print(json.dumps(document, indent=2))
    else:
        _print_report(machine, data, runs)
    return 0 if all(run.is_ok or run.skipped for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
