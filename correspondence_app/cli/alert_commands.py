# SPDX-License-Identifier: GPL-3.0-or-later
"""`alerts`: who has not been heard from, which letters still wait, and how old the last
backup is, in one answer.

It exits 1 when a person or a letter is overdue, so a cron job or a systemd timer can act
on it; an old backup is said, and does not change the exit code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from correspondence_app.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    counted,
    emit_json,
    fail,
    open_archive,
    positive_int,
)

if TYPE_CHECKING:
    import argparse
    from datetime import date
    from typing import Any
    from zoneinfo import ZoneInfo

    from correspondence_app.backup import BackupInfo
    from correspondence_app.cli.common import CommandAdder
    from correspondence_app.services import Archive

DEFAULT_BACKUP_DAYS = 7  # correspondence_app.backup.DEFAULT_REMIND_DAYS: imported on use


def cmd_alerts(args: argparse.Namespace) -> int:
    from correspondence_app.alerts.awaiting import LetterStatus
    from correspondence_app.alerts.clock import ClockError, parse_day
    from correspondence_app.alerts.last_contact import SilenceStatus
    from correspondence_app.cli.awaiting_commands import letter_json
    from correspondence_app.cli.watch_commands import describe_status, watched_json

    try:
        today = parse_day(args.today) if args.today else None
    except ClockError as error:
        fail(str(error))
    with open_archive(args) as archive:
        watchlist, ledger = archive.watchlist, archive.ledger
        watched = watchlist.status(today)
        letters = ledger.awaiting(today)
        zone = watchlist.zone
        backup = _backup_state(archive, today, args.backup_days)
    overdue = any(s.status is SilenceStatus.OVERDUE for s in watched) or any(
        letter.status is LetterStatus.OVERDUE for letter in letters
    )
    if args.json:
        emit_json(
            {
                "watched": [
                    {**watched_json(s, zone), "usual_gap": s.usual_gap_days} for s in watched
                ],
                "awaiting": [letter_json(letter, zone) for letter in letters],
                "backup": backup,
            }
        )
    else:
        for status in watched:
            print(describe_status(status, zone))
        for letter in letters:
            print(
                f"{letter.status.value:9} {letter.days:>4} "
                f"{'day ' if letter.days == 1 else 'days'} waiting  "
                f"{', '.join(letter.to)}: {letter.subject}"
            )
        if not watched and not letters:
            print("Nothing is watched and no letter waits for an answer.")
        print(_backup_line(backup, zone))
    return EXIT_PROBLEM if overdue else EXIT_OK


def _backup_state(archive: Archive, today: date | None, days: int) -> dict[str, Any]:
    """The last verified backup, and whether it is older than ``days`` days (or missing)."""
    last: BackupInfo | None = archive.backups.last()
    since = archive.backups.days_since_last(today)
    return {
        "last": last.created_at.isoformat() if last else None,
        "days_since": since,
        "overdue": since is None or since > days,
        "place": str(last.place) if last else None,
    }


def _backup_line(backup: dict[str, Any], zone: ZoneInfo) -> str:
    from datetime import datetime

    if backup["last"] is None:
        return (
            "Backup: this archive has never been backed up "
            "(`correspondence-app backup ARCHIVE DEST` makes one)."
        )
    day = datetime.fromisoformat(backup["last"]).astimezone(zone).date()
    days = backup["days_since"]
    age = "was made today" if days == 0 else f"is {counted(days, 'day')} old"
    line = f"Backup: the last verified backup {age} ({day.isoformat()}, in {backup['place']})"
    return line + (": make a new one." if backup["overdue"] else ".")


def register(command: CommandAdder) -> None:
    sub = command(
        "alerts",
        cmd_alerts,
        "watched people's signs of life, the letters awaiting an answer and the age of the "
        "last backup; exit code 1 when a person or a letter is overdue",
    )
    sub.add_argument("--today", metavar="YYYY-MM-DD", help="count the days as if today were this")
    sub.add_argument(
        "--backup-days",
        type=positive_int,
        default=DEFAULT_BACKUP_DAYS,
        metavar="N",
        help="remind when the last verified backup is older than N days "
        f"(default {DEFAULT_BACKUP_DAYS})",
    )
