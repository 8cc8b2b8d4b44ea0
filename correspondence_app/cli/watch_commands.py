# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands on watched people and their signs of life.

Days are counted and times given where the user lives (`correspondence-app` takes the
archive's time zone, else the system's); CORRESPONDENCE_APP_TODAY=YYYY-MM-DD sets today.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from correspondence_app.cli.common import EXIT_OK, emit_json, fail, on_part, positive_int

if TYPE_CHECKING:
    import argparse
    from zoneinfo import ZoneInfo

    from correspondence_app.alerts.events import LifeEventInfo
    from correspondence_app.alerts.last_contact import Sign, WatchedStatus
    from correspondence_app.alerts.watchlist import Watchlist
    from correspondence_app.cli.common import CommandAdder

KINDS = "phone, messenger, in-person, third-party, letter, other"
STATUS_KEYS = (
    "JSON: {person_id, name, last_sign (the time where you live), kind (mail|phone|messenger|"
    "in-person|third-party|letter|other), days, usual_gap_days, threshold_days, "
    "threshold_set, status (ok|due|overdue), message_id, event_id, preview (the last "
    "message's beginning, or the note of a sign entered by hand), untrusted, "
    "signs_per_month: [{month, signs}]}"
)


# An unknown id, a bad date or kind (WatchError, EventError, ClockError) ends with exit code 2.
_watching = on_part(lambda archive: archive.watchlist)


def _number(value: str, what: str) -> int:
    try:
        return int(value)
    except ValueError:
        fail(f"{value}: {what} is a number")


def watched_json(status: WatchedStatus, zone: ZoneInfo) -> dict[str, Any]:
    """One watched person as `watch` (and the alerts) print it."""
    last = status.last_sign_at
    return {
        "person_id": status.person_id,
        "name": status.name,
        "last_sign": None if last is None else last.astimezone(zone).isoformat(),
        "kind": status.kind,
        "days": status.days,
        "usual_gap_days": status.usual_gap_days,
        "threshold_days": status.threshold_days,
        "threshold_set": status.is_threshold_set,
        "status": status.status.value,
        "message_id": status.message_id,
        "event_id": status.event_id,
        "preview": status.preview,
        "untrusted": status.untrusted,
        "signs_per_month": [
            {"month": f"{m.month:%Y-%m}", "signs": m.signs} for m in status.signs_per_month
        ],
    }


def describe_status(status: WatchedStatus, zone: ZoneInfo) -> str:
    """One line: who, the status, the last sign and the usual gap."""
    if status.last_sign_at is None:
        last = "no sign of life known"
    else:
        when = status.last_sign_at.astimezone(zone)
        days = status.days or 0  # known with a last sign
        ago = {0: "today", 1: "yesterday"}.get(days, f"{days} days ago")
        last = f"last sign {when:%Y-%m-%d %H:%M} ({status.kind}), {ago}"
    limit = f"overdue after {status.threshold_days} days"
    untrusted = f"; {status.untrusted} dated after today, not counted" if status.untrusted else ""
    return (
        f"{status.status.value.upper():8} {status.name}: {last}; usual gap "
        f"{status.usual_gap_days} days, {limit}{untrusted}"
    )


def _event_json(found: LifeEventInfo, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "id": found.id,
        "person_id": found.person_id,
        "date": found.happened_at.astimezone(zone).isoformat(),
        "kind": found.kind.value,
        "note": found.note,
        "file": found.filename or None,
        "size_bytes": found.size_bytes,
        "author": found.author,
    }


def _sign_json(sign: Sign, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "date": sign.at.astimezone(zone).isoformat(),
        "kind": sign.kind,
        "summary": sign.summary,
        "message_id": sign.message_id,
        "event_id": sign.event_id,
        "file": sign.filename or None,
        "trusted": sign.is_trusted,
    }


@_watching
def cmd_watch(args: argparse.Namespace, watchlist: Watchlist) -> int:
    person_id = _number(args.person, "a person id")
    if args.off:
        was = watchlist.unwatch(person_id)
        if args.json:
            emit_json({"person_id": person_id, "watched": False})
        else:
            print("No longer watched." if was else "That person was not watched.")
        return EXIT_OK
    threshold = args.threshold
    if threshold is None:  # watching again keeps the threshold set before
        threshold = watchlist.watched().get(person_id)
    watchlist.watch(person_id, threshold)
    status = next(s for s in watchlist.status() if s.person_id == person_id)
    zone = watchlist.zone
    if args.json:
        emit_json({**watched_json(status, zone), "watched": True})
    else:
        print(describe_status(status, zone))
    return EXIT_OK


@_watching
def cmd_sign_of_life(args: argparse.Namespace, watchlist: Watchlist) -> int:
    from correspondence_app.alerts.clock import moment_from_text
    from correspondence_app.alerts.events import event_kind

    person_id = _number(args.person, "a person id")
    kind = event_kind(args.kind)
    zone = watchlist.zone
    happened_at = moment_from_text(args.date, zone)
    attached = None
    if args.file:
        path = Path(args.file)
        try:
            attached = (path.name, path.read_bytes())
        except OSError as error:
            fail(f"{path}: cannot read the file ({error.strerror})")
    event_id = watchlist.add_event(person_id, happened_at, kind, note=args.note, file=attached)
    found = watchlist.event(event_id)
    if args.json:
        emit_json(_event_json(found, zone))
    else:
        print(f"Recorded sign of life {event_id}: {kind.value} on {happened_at.astimezone(zone)}.")
    return EXIT_OK


@_watching
def cmd_signs(args: argparse.Namespace, watchlist: Watchlist) -> int:
    signs = watchlist.signs(_number(args.person, "a person id"), limit=args.limit)
    zone = watchlist.zone
    if args.json:
        emit_json([_sign_json(sign, zone) for sign in signs])
        return EXIT_OK
    for sign in signs:
        number = f"m{sign.message_id}" if sign.message_id else f"e{sign.event_id}"
        flag = "  (dated after today: not counted)" if not sign.is_trusted else ""
        attached = f"  [{sign.filename}]" if sign.filename else ""
        when = sign.at.astimezone(zone)
        print(f"{when:%Y-%m-%d %H:%M}  {sign.kind:11} {number:>8}  {sign.summary}{attached}{flag}")
    return EXIT_OK


@_watching
def cmd_sign_delete(args: argparse.Namespace, watchlist: Watchlist) -> int:
    event_id = _number(args.event, "a sign of life's id")
    watchlist.delete_event(event_id)
    if args.json:
        emit_json({"deleted": event_id})
    else:
        print(f"Deleted sign of life {event_id}.")
    return EXIT_OK


@_watching
def cmd_sign_file(args: argparse.Namespace, watchlist: Watchlist) -> int:
    from correspondence_app.fileio import write_atomically

    event_id = _number(args.event, "a sign of life's id")
    found = watchlist.event_file(event_id)
    if found is None:
        fail(f"sign of life {event_id} has no file")
    filename, content = found
    target = Path(args.output)
    if target.is_dir():
        target = target / filename
    if not target.parent.is_dir():
        fail(f"{target.parent}: no such folder")
    write_atomically(target, content)
    if args.json:
        emit_json({"file": str(target), "size_bytes": len(content)})
    else:
        print(f"Wrote {target} ({len(content)} bytes).")
    return EXIT_OK


def register(command: CommandAdder) -> None:
    sub = command("watch", cmd_watch, "watch a person for signs of life (or --off)")
    sub.add_argument("person", metavar="PERSON_ID")
    sub.add_argument(
        "--threshold",
        type=positive_int,
        metavar="DAYS",
        help="overdue after this many days of silence (default: twice the usual gap)",
    )
    sub.add_argument("--off", action="store_true", help="stop watching (entered signs stay)")
    sub.epilog = STATUS_KEYS
    sub = command("sign-of-life", cmd_sign_of_life, "record a sign of life that came not by mail")
    sub.add_argument("person", metavar="PERSON_ID")
    sub.add_argument(
        "--date",
        required=True,
        metavar="ISO8601",
        help="2024-03-01T14:30 (your time), 2024-03-01T14:30+03:00, or a day (its noon)",
    )
    sub.add_argument("--kind", required=True, metavar="KIND", help=KINDS)
    sub.add_argument("--note", default="", metavar="TEXT")
    sub.add_argument("--file", metavar="PATH", help="a screenshot or scan, stored encrypted")
    sub = command("signs", cmd_signs, "a person's signs of life, mail and entered, newest first")
    sub.add_argument("person", metavar="PERSON_ID")
    sub.add_argument("--limit", type=positive_int, default=50, metavar="N")
    command("sign-delete", cmd_sign_delete, "delete a sign of life entered by hand").add_argument(
        "event", metavar="EVENT_ID"
    )
    sub = command("sign-file", cmd_sign_file, "write the file of a sign of life entered by hand")
    sub.add_argument("event", metavar="EVENT_ID")
    sub.add_argument("output", metavar="PATH", help="a file, or a folder to write it in")
