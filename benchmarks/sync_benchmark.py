# SPDX-License-Identifier: GPL-3.0-or-later
"""Sync benchmark: the first `correspondence-app sync` of an IMAP account beside `mbsync`
fetching the same account, from the same local Dovecot, in one run.

The account is the generated benchmark corpus (its folders as IMAP folders) on a Dovecot
started on 127.0.0.1 with a throwaway configuration (tests/dovecot.py). Before anything is
timed, the whole mailbox is read once, so that Dovecot's index and the page cache are as
warm for the first peer as for the second. Then each peer fetches every message into a
fresh place: correspondence-app into a new archive, mbsync into a new Maildir.

Besides the wall time and memory, each peer's CPU time is counted (its processes' user and
system time), and Dovecot's while it served that peer: together, spread over every CPU,
they give the least wall time any schedule of that work could take on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.import_benchmark import (
    OUT_DIR,
    PASSPHRASE,
    _private_env,
    app_command,
    ensure_corpus,
    log,
)
from benchmarks.measure import Measurement, run_measured, tree_cpu_s
from tests.dovecot import Dovecot, snapshot

if TYPE_CHECKING:
    from collections.abc import Callable

USER = "bench@example.org"
SERVER_SETTLE_S = 2.0  # for Dovecot to reap the processes of a closed connection
PASSWORD = "benchmark-password"  # noqa: S105 (a throwaway server's)

MBSYNC_CONFIG = """\
IMAPAccount bench
Host localhost
Port {port}
User {user}
Pass {password}
SSLType IMAPS
CertificateFile {certificate}

IMAPStore remote
Account bench

MaildirStore local
Path {maildir}/
Inbox {maildir}/INBOX
SubFolders Verbatim

Channel bench
Far :remote:
Near :local:
Patterns *
Create Near
Sync Pull
Expunge None
SyncState *
"""


@dataclass
class PeerResult:
    name: str
    messages_on_server: int
    measurement: Measurement | None = None
    stored: int = 0  # messages the peer holds afterwards
    error: str = ""
    reported: dict[str, Any] = field(default_factory=dict)
    server_cpu_s: float = 0.0  # what Dovecot spent serving this peer

    def row(self) -> dict[str, Any]:
        m = self.measurement
        if m is None or not m.is_ok:
            return {"tool": self.name, "error": self.error or "failed"}
        return {
            "tool": self.name,
            "messages": self.messages_on_server,
            "stored": self.stored,
            "seconds": round(m.wall_s, 2),
            "messages_per_s": round(self.messages_on_server / m.wall_s, 1),
            "peak_tree_rss_mb": round(m.peak_tree_rss_bytes / 2**20, 1),
            "peak_tree_pss_mb": round(m.peak_tree_pss_bytes / 2**20, 1),
            "cpu_seconds": round(m.cpu_s, 1),
            "server_cpu_seconds": round(self.server_cpu_s, 1),
            **self.reported,
        }


def fill(server: Dovecot, maildir: Path) -> int:
    """Copies the corpus's Maildir++ tree into the user's mail (folder ".A.B" as "A/B")."""
    target = server.maildir(USER)
    count = 0
    for part in ("cur", "new"):
        for source in sorted(maildir.rglob(f"{part}/*")):
            folder = source.parent.parent.relative_to(maildir).as_posix()
            name = "" if folder == "." else folder.lstrip(".").replace(".", "/")
            destination = (target / name if name else target) / "cur"
            if not destination.exists():
                for sub in ("cur", "new", "tmp"):
                    (destination.parent / sub).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination / f"{source.name.split(':')[0]}:2,S")
            count += 1
    server.chown_mail()
    return count


def warm_up(server: Dovecot) -> int:
    """Reads every message once (Dovecot builds its index; the files enter the page cache)."""
    total = 0
    with server.client(USER) as client:
        for flags, _delimiter, name in client.list_folders():
            if b"\\Noselect" in flags:
                continue
            client.select_folder(name, readonly=True)
            uids = client.search("ALL")
            for start in range(0, len(uids), 2000):
                client.fetch(uids[start : start + 2000], ["BODY.PEEK[]"])
            total += len(uids)
    return total


def run_app(server: Dovecot, work: Path, on_server: int, timeout_s: float) -> PeerResult:
    result = PeerResult("correspondence-app sync", on_server)
    app = app_command()
    archive = work / "archive"
    env = _private_env(
        work / "home-app",
        {"CORRESPONDENCE_APP_PASSPHRASE": PASSPHRASE, "CORRESPONDENCE_APP_IMAP_PASSWORD": PASSWORD},
    )
    steps: tuple[list[str | Path], ...] = (
        [app, "init", archive],
        [app, "account-add", archive, "--host", "127.0.0.1", "--port", str(server.imaps_port),
         "--user", USER, "--accept-certificate", server.fingerprint],
    )  # fmt: skip
    for step in steps:
        done = subprocess.run(step, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            result.error = f"{step[1]} failed: {done.stderr.strip()[-500:]}"
            return result
    log("Running correspondence-app sync --json ...")
    measurement = run_measured(
        [app, "sync", archive, "--json", "--quiet"], env=env, cwd=work, timeout_s=timeout_s
    )
    result.measurement = measurement
    if not measurement.is_ok:
        result.error = measurement.stderr.strip()[-800:]
        return result
    report = json.loads(measurement.stdout)
    result.stored = int(report["fetched"])
    result.reported = {
        "fetched": report["fetched"],
        "duplicates": report["duplicates"],
        "quarantined": report["quarantined"],
        "app_seconds": report["seconds"],
    }
    return result


def run_mbsync(server: Dovecot, work: Path, on_server: int, timeout_s: float) -> PeerResult:
    result = PeerResult("mbsync", on_server)
    mbsync = shutil.which("mbsync")
    if mbsync is None:
        result.error = "mbsync not installed (Debian package isync)"
        return result
    maildir = work / "mbsync-mail"
    maildir.mkdir()
    config = work / "mbsyncrc"
    config.write_text(
        MBSYNC_CONFIG.format(
            port=server.imaps_port,
            user=USER,
            password=PASSWORD,
            certificate=server.certificate,
            maildir=maildir,
        )
    )
    config.chmod(0o600)
    log("Running mbsync -a ...")
    env = _private_env(work / "home-mbsync")
    measurement = run_measured([mbsync, "-c", config, "-a"], env=env, cwd=work, timeout_s=timeout_s)
    result.measurement = measurement
    if not measurement.is_ok:
        result.error = measurement.stderr.strip()[-800:]
        return result
    result.stored = sum(1 for path in maildir.rglob("cur/*") if path.is_file()) + sum(
        1 for path in maildir.rglob("new/*") if path.is_file()
    )
    return result


def served(server: Dovecot, run: Callable[[], PeerResult]) -> PeerResult:
    """The peer's result, with the CPU time Dovecot spent meanwhile (its processes for the
    connection have ended and been reaped a moment after the peer logged out)."""
    if server.process is None:
        return run()
    before = tree_cpu_s(server.process.pid)
    result = run()
    time.sleep(SERVER_SETTLE_S)
    result.server_cpu_s = tree_cpu_s(server.process.pid) - before
    return result


def version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except OSError:
        return "not installed"
    return (
        (done.stdout or done.stderr).strip().splitlines()[0] if done.stdout or done.stderr else ""
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    data = ensure_corpus(args.messages, args.seed, args.out)
    server = Dovecot()
    server.add_user(USER, PASSWORD)
    work = Path(tempfile.mkdtemp(prefix="sync-run-", dir=args.out))
    try:
        log(f"Filling the account with the {data.messages}-message corpus ...")
        fill(server, data.maildir)
        server.start()
        on_server = warm_up(server)
        before = snapshot(server, USER)
        log(f"{on_server} messages in {len(before)} folders on Dovecot")
        results = [
            served(server, lambda: run_app(server, work, on_server, args.timeout)),
            served(server, lambda: run_mbsync(server, work, on_server, args.timeout)),
        ]
        unchanged = snapshot(server, USER) == before
    finally:
        server.remove()
        shutil.rmtree(work, ignore_errors=True)
    rows = [result.row() for result in results]
    figures: dict[str, Any] = {
        "messages_on_server": on_server,
        "server_unchanged": unchanged,
        "dovecot": version(["/usr/sbin/dovecot", "--version"]),
        "mbsync": version(["mbsync", "--version"]),
        "cpus": os.cpu_count(),
        "results": rows,
    }
    app, peer = rows
    if "messages_per_s" in app and "messages_per_s" in peer:
        figures["speed_ratio"] = round(app["messages_per_s"] / peer["messages_per_s"], 2)
        figures["goal_met"] = figures["speed_ratio"] >= 1.0
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        print()
        return 0
    print(f"First sync of {on_server} messages from a local Dovecot ({figures['dovecot']}):")
    print(
        f"{'tool':<26}{'seconds':>9}{'msg/s':>9}{'peak RSS MB':>13}{'peak PSS MB':>13}"
        f"{'CPU s':>8}{'server CPU s':>14}  stored"
    )
    for row in rows:
        if "error" in row:
            print(f"{row['tool']:<26}  failed: {row['error']}")
            continue
        print(
            f"{row['tool']:<26}{row['seconds']:>9}{row['messages_per_s']:>9}"
            f"{row['peak_tree_rss_mb']:>13}{row['peak_tree_pss_mb']:>13}"
            f"{row['cpu_seconds']:>8}{row['server_cpu_seconds']:>14}  {row['stored']}"
        )
        # No schedule of this much work on these CPUs ends sooner.
        floor = (row["cpu_seconds"] + row["server_cpu_seconds"]) / (os.cpu_count() or 1)
        print(f"{'':<26}  CPU time with the server's, spread over every CPU: {floor:.1f} s")
    if "speed_ratio" in figures:
        print(
            f"correspondence-app is {figures['speed_ratio']}x mbsync's speed "
            f"(goal: at least 1x): {'met' if figures['goal_met'] else 'NOT met'}"
        )
    print(f"Server unchanged (flags, counts, UIDVALIDITY): {unchanged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
