# SPDX-License-Identifier: GPL-3.0-or-later
"""`alerts`: who has not been heard from, and which letters still wait, in one answer.

It exits 1 when anything is overdue, so a cron job or a systemd timer can act on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from correspondence_app.cli.common import EXIT_OK, EXIT_PROBLEM, emit_json, fail, open_archive

if TYPE_CHECKING:
    import argparse

    from correspondence_app.cli.common import CommandAdder


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
    return EXIT_PROBLEM if overdue else EXIT_OK


def register(command: CommandAdder) -> None:
    sub = command(
        "alerts",
        cmd_alerts,
        "watched people's signs of life and the letters awaiting an answer; "
        "exit code 1 when anything is overdue",
    )
    sub.add_argument("--today", metavar="YYYY-MM-DD", help="count the days as if today were this")
