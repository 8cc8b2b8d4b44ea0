# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands on letters that wait for an answer: groups of officials, marks, paper letters.

A letter's id is the message's id (a number, as `list` and `search` give it) or, for a
letter sent on paper, ``p`` and its number (``p12``): the two never collide.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from correspondence_app.cli.common import EXIT_OK, emit_json, fail, on_part, positive_int

if TYPE_CHECKING:
    import argparse
    from zoneinfo import ZoneInfo

    from correspondence_app.alerts.awaiting import AwaitedLetter, LetterRef
    from correspondence_app.alerts.ledger import GroupInfo, ReplyLedger
    from correspondence_app.cli.common import CommandAdder

LETTER_ID_HELP = "a message's id (12), or a paper letter's (p12)"
AWAITING_KEYS = (
    "JSON: a list of {id, kind (mail|paper), to, subject, sent, days, deadline (the day it is "
    "due), deadline_days, status (waiting|due-soon|overdue|answered), group, answered, "
    "answered_by, note}, longest waiting first; id is the message's id (a number) or, for a "
    "letter sent on paper, p and its number (a string: p12)"
)


# An unknown id or an impossible change (LedgerError, ClockError) ends with exit code 2.
_ledger = on_part(lambda archive: archive.ledger)


def _letter_ref(text: str) -> LetterRef:
    from correspondence_app.alerts.awaiting import LetterRef

    try:
        return LetterRef.parse(text)
    except ValueError as error:
        fail(str(error))


def json_id(ref: LetterRef) -> int | str:
    """A message's id as the number it is everywhere; a paper letter's as p12."""
    from correspondence_app.alerts.awaiting import LetterKind

    return ref.number if ref.kind is LetterKind.MAIL else str(ref)


def letter_json(letter: AwaitedLetter, zone: ZoneInfo) -> dict[str, Any]:
    """One letter; its times where the user lives."""
    answered = letter.answered_at
    return {
        "id": json_id(letter.ref),
        "kind": letter.kind.value,
        "to": list(letter.to),
        "subject": letter.subject,
        "sent": letter.sent_at.astimezone(zone).isoformat(),
        "days": letter.days,
        "deadline": letter.due_on.isoformat(),
        "deadline_days": letter.deadline_days,
        "status": letter.status.value,
        "group": letter.group or None,
        "answered": None if answered is None else answered.astimezone(zone).isoformat(),
        "answered_by": letter.answer_message_id,
        "note": letter.answer_note,
    }


def _group_json(group: GroupInfo) -> dict[str, Any]:
    return {
        "id": group.id,
        "name": group.name,
        "deadline_days": group.deadline_days,
        "domains": list(group.domains),
        "people": [
            {"id": p.id, "name": p.name, "addresses": list(p.addresses)} for p in group.people
        ],
    }


def _print_group(group: GroupInfo) -> None:
    members = [*group.domains, *(p.name or ", ".join(p.addresses) for p in group.people)]
    print(f"{group.name} ({group.deadline_days} days): {', '.join(members) or '(no members)'}")


# Groups ---------------------------------------------------------------------------------------
@_ledger
def cmd_group(args: argparse.Namespace, ledger: ReplyLedger) -> int:
    if args.delete:
        ledger.delete_group(ledger.group_named(args.name).id)
        if args.json:
            emit_json({"deleted": args.name})
        else:
            print(f"Deleted the group {args.name}.")
        return EXIT_OK
    from correspondence_app.alerts.ledger import GroupChange

    # All or nothing: a bad domain or an unknown person changes nothing (and makes no group).
    by_address = [ledger.person_of_address(address) for address in args.add_address]
    change = GroupChange(
        args.deadline,
        add_domains=args.add_domain,
        add_persons=[*by_address, *args.add_person],
        remove_domains=args.remove_domain,
        remove_persons=args.remove_person,
    )
    group_id = ledger.change_group(args.name, change)
    group = next(g for g in ledger.groups() if g.id == group_id)
    if args.json:
        emit_json(_group_json(group))
    else:
        _print_group(group)
    return EXIT_OK


@_ledger
def cmd_groups(args: argparse.Namespace, ledger: ReplyLedger) -> int:
    groups = ledger.groups()
    if args.json:
        emit_json([_group_json(group) for group in groups])
    else:
        for group in groups:
            _print_group(group)
    return EXIT_OK


# Letters --------------------------------------------------------------------------------------
@_ledger
def cmd_awaits(args: argparse.Namespace, ledger: ReplyLedger) -> int:
    ref = _letter_ref(args.id)
    ledger.mark_awaits(ref, awaits=not args.off)
    if args.json:
        emit_json({"id": json_id(ref), "awaits": not args.off})
    else:
        print(f"{ref}: " + ("no answer expected." if args.off else "awaits an answer."))
    return EXIT_OK


@_ledger
def cmd_awaiting(args: argparse.Namespace, ledger: ReplyLedger) -> int:
    from correspondence_app.alerts.clock import parse_day

    today = parse_day(args.today) if args.today else None
    letters = ledger.awaiting(today, include_answered=args.all)
    zone = ledger.zone
    if args.json:
        emit_json([letter_json(letter, zone) for letter in letters])
        return EXIT_OK
    for letter in letters:
        to = ", ".join(letter.to)
        print(
            f"{letter.id:>7}  {letter.status.value:9} {letter.days:>4} days  "
            f"due {letter.due_on.isoformat()}  {to}: {letter.subject}"
        )
    return EXIT_OK


@_ledger
def cmd_answered(args: argparse.Namespace, ledger: ReplyLedger) -> int:
    from correspondence_app.alerts.clock import moment_from_text

    ref = _letter_ref(args.id)
    when = moment_from_text(args.date, ledger.zone) if args.date else None
    ledger.answered(ref, when, args.note)
    if args.json:
        emit_json({"id": json_id(ref), "answered": True})
    else:
        print(f"{ref}: answered.")
    return EXIT_OK


@_ledger
def cmd_letter(args: argparse.Namespace, ledger: ReplyLedger) -> int:
    from correspondence_app.alerts.clock import moment_from_text

    scan = None
    if args.file:
        path = Path(args.file)
        try:
            scan = (path.name, path.read_bytes())
        except OSError as error:
            fail(f"{path}: cannot read the scan ({error.strerror})")
    group_id = ledger.group_named(args.group).id if args.group else None
    ref = ledger.add_paper_letter(
        args.to,
        moment_from_text(args.date, ledger.zone),
        args.subject,
        person_id=args.person,
        group_id=group_id,
        domain=args.domain or "",
        note=args.note,
        scan=scan,
        awaits=not args.no_answer_expected,
    )
    if args.json:
        emit_json({"id": json_id(ref), "kind": "paper"})
    else:
        print(f"Recorded the letter {ref}.")
    return EXIT_OK


def register(command: CommandAdder) -> None:
    sub = command(
        "group",
        cmd_group,
        "create or change a group of officials: mail you send to its members awaits a reply "
        "(a domain counts as one organisation: a reply from any address there, or at a "
        "subdomain, answers)",
    )
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("--add-domain", action="append", default=[], metavar="DOMAIN")
    sub.add_argument("--add-person", action="append", default=[], type=int, metavar="PERSON_ID")
    sub.add_argument(
        "--add-address",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="add the person who writes from this address",
    )
    sub.add_argument("--remove-domain", action="append", default=[], metavar="DOMAIN")
    sub.add_argument("--remove-person", action="append", default=[], type=int, metavar="PERSON_ID")
    sub.add_argument(
        "--deadline", type=positive_int, metavar="DAYS", help="days to answer (new groups: 30)"
    )
    sub.add_argument("--delete", action="store_true", help="delete the group")
    command("groups", cmd_groups, "list the groups of officials with their members")
    sub = command(
        "awaits",
        cmd_awaits,
        "mark a sent message (or a paper letter) as awaiting an answer, or --off: no answer "
        "expected",
    )
    sub.add_argument("id", metavar="ID", help=LETTER_ID_HELP)
    sub.add_argument("--off", action="store_true", help="no answer expected")
    sub = command(
        "awaiting",
        cmd_awaiting,
        "the letters that wait for an answer, with days waited and deadline",
    )
    sub.epilog = AWAITING_KEYS
    sub.add_argument("--all", action="store_true", help="with the answered ones")
    sub.add_argument("--today", metavar="YYYY-MM-DD", help="count the days up to this day")
    sub = command(
        "answered", cmd_answered, "record an answer that came another way (by post, by phone)"
    )
    sub.add_argument("id", metavar="ID", help=LETTER_ID_HELP)
    sub.add_argument(
        "--date",
        metavar="ISO8601",
        help="when it came (default: now, on the day CORRESPONDENCE_APP_TODAY may set)",
    )
    sub.add_argument("--note", default="", metavar="TEXT")
    sub = command(
        "letter",
        cmd_letter,
        "record a letter sent on paper; it waits for an answer like mail (its id: p and a "
        "number, like p12)",
    )
    sub.add_argument("--to", required=True, metavar="NAME", help="the recipient, as written")
    sub.add_argument("--date", required=True, metavar="ISO8601", help="when it was sent")
    sub.add_argument("--subject", required=True, metavar="TEXT")
    sub.add_argument(
        "--person", type=int, metavar="PERSON_ID", help="mail from this person answers it"
    )
    sub.add_argument(
        "--domain",
        metavar="DOMAIN",
        help="the organisation it went to: mail from this domain (or a subdomain) answers it",
    )
    sub.add_argument(
        "--group",
        metavar="NAME",
        help="the group's deadline counts; mail from any of its members answers it, unless "
        "--person or --domain says who it went to",
    )
    sub.add_argument("--note", default="", metavar="TEXT")
    sub.add_argument("--file", metavar="SCAN", help="a scan or copy, stored encrypted")
    sub.add_argument("--no-answer-expected", action="store_true")
