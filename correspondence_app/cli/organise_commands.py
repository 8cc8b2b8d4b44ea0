# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands on what a person adds: tags, rules, notes, saved searches; and the timeline."""

from __future__ import annotations

import functools
import sys
from typing import TYPE_CHECKING, Any

from correspondence_app.cli.common import (
    EXIT_OK,
    counted,
    emit_json,
    fail,
    message_id_arg,
    open_archive,
    report_bad_query,
)

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from correspondence_app.cli.common import CommandAdder
    from correspondence_app.services import Archive
    from correspondence_app.tagging.tags import TagInfo


UNDO_HINT = "Undo it with: correspondence-app undo ARCHIVE"


def _organising(
    handler: Callable[[argparse.Namespace, Archive], int],
) -> Callable[[argparse.Namespace], int]:
    """Opens the archive; a bad query or an impossible change ends with exit code 2."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from correspondence_app.search.query_parser import QuerySyntaxError
        from correspondence_app.tagging.notes import NoteError
        from correspondence_app.tagging.tags import TagError

        with open_archive(args) as archive:
            try:
                return handler(args, archive)
            except QuerySyntaxError as error:
                return report_bad_query(getattr(args, "query", "") or "", error)
            except (TagError, NoteError, ValueError) as error:
                fail(str(error))

    return run


def _tag_named(archive: Archive, name: str) -> TagInfo:
    from correspondence_app.tagging.names import tag_key

    wanted = tag_key(name)
    matches = [tag for tag in archive.organiser.tags() if tag_key(tag.name) == wanted]
    if not matches:
        fail(f"there is no tag {name!r} (see `correspondence-app tags`)")
    return matches[0]  # the user's before an imported one of the same name


def _tag_json(tag: TagInfo) -> dict[str, Any]:
    return {
        "id": tag.id,
        "name": tag.name,
        "kind": tag.kind.value,
        "color": tag.color or None,
        "messages": tag.messages,
        "dropped": tag.is_dropped,
    }


# Tags -----------------------------------------------------------------------------------------
@_organising
def cmd_tags(args: argparse.Namespace, archive: Archive) -> int:
    tags = archive.organiser.tags(include_dropped=args.all)
    if args.json:
        emit_json([_tag_json(tag) for tag in tags])
    else:
        for tag in tags:
            kind = "" if tag.kind.value == "user" else f" ({tag.kind.value})"
            dropped = " [dropped]" if tag.is_dropped else ""
            print(f"{tag.messages:>7}  {tag.name}{kind}{dropped}")
    return EXIT_OK


@_organising
def cmd_tag(args: argparse.Namespace, archive: Archive) -> int:
    if not args.add and not args.remove:
        fail("say which tags to --add or --remove")
    change = archive.organiser.tag_query(args.query, add=args.add, remove=args.remove)
    if args.json:
        emit_json({"changed": change.changed, "change_set": change.change_set_id})
    else:
        print(f"{counted(change.changed, 'message')} changed.")
        if change.change_set_id is not None:
            print(UNDO_HINT)
    return EXIT_OK


@_organising
def cmd_tag_create(args: argparse.Namespace, archive: Archive) -> int:
    tag_id = archive.organiser.create_tag(args.name, args.color or "")
    _done(args, {"id": tag_id, "name": args.name}, f"Created the tag {args.name}.")
    return EXIT_OK


@_organising
def cmd_tag_rename(args: argparse.Namespace, archive: Archive) -> int:
    renamed = archive.organiser.rename_tag(args.name, args.new_name)
    _done(
        args,
        {"renamed": [{"from": old, "to": new} for old, new in renamed]},
        "\n".join(f"{old} -> {new}" for old, new in renamed),
    )
    return EXIT_OK


@_organising
def cmd_tag_merge(args: argparse.Namespace, archive: Archive) -> int:
    source, target = _tag_named(archive, args.source), _tag_named(archive, args.target)
    gained = archive.organiser.merge_tags(source.id, target.id)
    _done(
        args,
        {"gained": gained},
        f"{target.name} gained {counted(gained, 'message')} of {source.name}.\n{UNDO_HINT}",
    )
    return EXIT_OK


@_organising
def cmd_tag_delete(args: argparse.Namespace, archive: Archive) -> int:
    if args.restore:
        return _restore_folder_tag(args, archive)
    tag = _tag_named(archive, args.name)
    had = archive.organiser.delete_tag(tag.id)
    _done(
        args,
        {"removed_from": had},
        f"Removed {tag.name} from {counted(had, 'message')}.\n{UNDO_HINT}",
    )
    return EXIT_OK


def _restore_folder_tag(args: argparse.Namespace, archive: Archive) -> int:
    """``tag-delete NAME --restore``: keeps a dropped folder's (or label's) tag again."""
    from correspondence_app.tagging.names import tag_key

    wanted = tag_key(args.name)
    dropped = [
        tag
        for tag in archive.organiser.tags(include_dropped=True)
        if tag.is_dropped and tag_key(tag.name) == wanted
    ]
    if not dropped:
        fail(
            f"there is no dropped folder tag {args.name!r} (see `correspondence-app tags --all`; "
            "a deleted tag of your own comes back with `correspondence-app undo`)"
        )
    tag = dropped[0]
    change = archive.organiser.restore_imported_tag(tag.id)
    _done(
        args,
        {"restored": tag.name, "messages": change.changed, "change_set": change.change_set_id},
        f"Kept the folder tag {tag.name} again: on {counted(change.changed, 'message')}.",
    )
    return EXIT_OK


@_organising
def cmd_tag_color(args: argparse.Namespace, archive: Archive) -> int:
    archive.organiser.recolor_tag(_tag_named(archive, args.name).id, args.color)
    _done(args, {"color": args.color}, f"{args.name} is now {args.color}.")
    return EXIT_OK


@_organising
def cmd_undo(args: argparse.Namespace, archive: Archive) -> int:
    if args.list:
        steps = archive.organiser.undoable()
        if args.json:
            emit_json(
                [
                    {
                        "change_set": s.id,
                        "description": s.description,
                        "date": s.created_at.isoformat(),
                        "author": s.author,
                        "messages": s.messages,
                    }
                    for s in steps
                ]
            )
        else:
            for s in steps:
                print(f"{s.id:>5}  {s.created_at:%Y-%m-%d %H:%M}  {s.messages:>6}  {s.description}")
        return EXIT_OK
    change = archive.organiser.undo(args.change_set)
    if change.change_set_id is None:
        print("Nothing to undo.", file=sys.stderr)
    _done(
        args,
        {"changed": change.changed, "change_set": change.change_set_id},
        f"Undid step {change.change_set_id}: {counted(change.changed, 'message')} changed back.",
    )
    return EXIT_OK


# Rules ----------------------------------------------------------------------------------------
@_organising
def cmd_rules(args: argparse.Namespace, archive: Archive) -> int:
    rules = archive.organiser.rules()
    if args.json:
        emit_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "query": r.query,
                    "tags": list(r.tags),
                    "enabled": r.is_enabled,
                }
                for r in rules
            ]
        )
    else:
        for r in rules:
            state = "" if r.is_enabled else " (off)"
            print(f"{r.name}{state}: {r.query}  ->  {', '.join(r.tags)}")
    return EXIT_OK


@_organising
def cmd_rule_add(args: argparse.Namespace, archive: Archive) -> int:
    rule_id = archive.organiser.save_rule(args.name, args.query, args.tags)
    _done(args, {"id": rule_id, "name": args.name}, f"Added the rule {args.name}.")
    return EXIT_OK


@_organising
def cmd_rule_apply(args: argparse.Namespace, archive: Archive) -> int:
    names = [args.name] if args.name else []
    result = archive.organiser.apply_rules(names, dry_run=args.dry_run)
    if args.json:
        emit_json(
            {
                "matched": result.matched,
                "changed": result.changed,
                "change_set": result.change_set_id,
            }
        )
    else:
        verb = "would change" if args.dry_run else "changed"
        print(f"{counted(result.matched, 'message')} matched; {verb} {result.changed}.")
    return EXIT_OK


@_organising
def cmd_rule_delete(args: argparse.Namespace, archive: Archive) -> int:
    rule = archive.organiser.rule_named(args.name)
    archive.organiser.delete_rule(rule.id)
    _done(args, {"deleted": rule.name}, f"Deleted the rule {rule.name}; its tags stay.")
    return EXIT_OK


@_organising
def cmd_rule_enable(args: argparse.Namespace, archive: Archive) -> int:
    rule = archive.organiser.rule_named(args.name)
    archive.organiser.set_rule_enabled(rule.id, is_enabled=not args.off)
    state = "off" if args.off else "on"
    _done(args, {"name": rule.name, "enabled": not args.off}, f"The rule {rule.name} is {state}.")
    return EXIT_OK


# Notes, saved searches, the timeline, who ------------------------------------------------------
@_organising
def cmd_note(args: argparse.Namespace, archive: Archive) -> int:
    message_id = message_id_arg(args.id)
    archive.message(message_id)  # an unknown id: exit 2, named
    organiser = archive.organiser
    if args.text is not None:
        if args.thread:
            thread_id = archive.message_thread_id(message_id)
            existing = organiser.thread_notes(thread_id)
            anchor = existing[0].message_id if existing else None
            note = organiser.set_thread_note(thread_id, args.text, anchor_id=anchor)
        else:
            note = organiser.set_note(message_id, args.text)
    elif args.thread:
        found = organiser.thread_notes(archive.message_thread_id(message_id))
        note = found[0] if found else None
    else:
        note = organiser.note(message_id)
    if args.json:
        emit_json(
            None
            if note is None
            else {
                "id": message_id,
                "scope": note.scope.value,
                "text": note.text,
                "modified": note.modified_at.isoformat(),
                "author": note.author,
            }
        )
    elif note is not None:
        print(note.text)
    return EXIT_OK


@_organising
def cmd_searches(args: argparse.Namespace, archive: Archive) -> int:
    found = archive.organiser.saved_searches()
    if args.json:
        emit_json(
            [{"id": s.id, "name": s.name, "query": s.query, "messages": s.messages} for s in found]
        )
    else:
        for s in found:
            print(f"{s.messages:>7}  {s.name}: {s.query}")
    return EXIT_OK


@_organising
def cmd_search_save(args: argparse.Namespace, archive: Archive) -> int:
    search_id = archive.organiser.save_search(args.name, args.query)
    _done(args, {"id": search_id, "name": args.name}, f"Saved the search {args.name}.")
    return EXIT_OK


@_organising
def cmd_timeline(args: argparse.Namespace, archive: Archive) -> int:
    from correspondence_app.tagging.timeline import Period

    period = Period(args.by)
    buckets = archive.organiser.timeline(period, args.query)
    if args.json:
        emit_json(
            [{"period": b.label(period), "received": b.received, "sent": b.sent} for b in buckets]
        )
    else:
        most = max((b.total for b in buckets), default=0) or 1
        for b in buckets:
            bar = "#" * round(40 * b.total / most)
            print(f"{b.label(period):8}  {b.received:>6} in  {b.sent:>6} out  {bar}")
    return EXIT_OK


@_organising
def cmd_me(args: argparse.Namespace, archive: Archive) -> int:
    organiser = archive.organiser
    if args.name is not None:
        organiser.set_user_name(args.name)
    if args.addresses or args.infer:
        organiser.set_own_addresses([] if args.infer else args.addresses)
    if args.add or args.remove:
        book = archive.people
        for address in args.add:
            book.add_my_address(address)
        for address in args.remove:
            book.remove_my_address(address)
    from correspondence_app.alerts.clock import set_user_zone, user_zone

    with archive.engine.begin() as connection:
        if args.time_zone:
            set_user_zone(connection, args.time_zone)  # ClockError: exit 2, named
        zone = str(user_zone(connection))
    values = {
        "name": organiser.user_name,
        "addresses": organiser.own_addresses(),
        "time_zone": zone,
    }
    if args.json:
        emit_json(values)
    else:
        print(f"name:      {values['name']}")
        print(f"addresses: {', '.join(values['addresses']) or '(none known)'}")
        print(f"time zone: {zone}")
    return EXIT_OK


def _done(args: argparse.Namespace, values: dict[str, Any], said: str) -> None:
    if args.json:
        emit_json(values)
    elif said:
        print(said)


def register(command: CommandAdder) -> None:
    sub = command("tags", cmd_tags, "list the tags with their number of messages")
    sub.add_argument("--all", action="store_true", help="with imported tags that were dropped")
    sub = command("tag", cmd_tag, "add or remove tags on every message a query finds")
    sub.add_argument("query", metavar="QUERY")
    sub.add_argument("--add", nargs="+", default=[], metavar="NAME", help="tags to add")
    sub.add_argument("--remove", nargs="+", default=[], metavar="NAME", help="tags to remove")
    sub = command("tag-create", cmd_tag_create, "create a tag (nested: Parent/Child)")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("--color", metavar="#RRGGBB")
    sub = command("tag-rename", cmd_tag_rename, "rename a tag and the tags below it")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("new_name", metavar="NEW_NAME")
    sub = command(
        "tag-merge", cmd_tag_merge, "give TARGET every message of SOURCE, then remove SOURCE"
    )
    sub.add_argument("source", metavar="SOURCE")
    sub.add_argument("target", metavar="TARGET")
    sub = command(
        "tag-delete", cmd_tag_delete, "remove a tag from every message (an imported one is dropped)"
    )
    sub.add_argument("name", metavar="NAME")
    sub.add_argument(
        "--restore",
        action="store_true",
        help="keep a dropped folder's tag again, on every message found there",
    )
    sub = command("tag-color", cmd_tag_color, "set a tag's colour")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("color", metavar="#RRGGBB")
    sub = command(
        "undo", cmd_undo, "undo the last tagging, rule run, merge or deletion (or --list the steps)"
    )
    sub.add_argument("change_set", metavar="STEP", nargs="?", type=int, help="a step from --list")
    sub.add_argument("--list", action="store_true", help="list the steps that can be undone")
    command("rules", cmd_rules, "list the rules")
    sub = command("rule-add", cmd_rule_add, "add a rule: messages QUERY finds get the tags")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("query", metavar="QUERY")
    sub.add_argument("tags", nargs="+", metavar="TAG")
    sub = command(
        "rule-apply", cmd_rule_apply, "apply one rule, or all that are on, to the archive"
    )
    sub.add_argument("name", metavar="NAME", nargs="?")
    sub.add_argument("--dry-run", action="store_true", help="only count what would change")
    command("rule-delete", cmd_rule_delete, "delete a rule (the tags it gave stay)").add_argument(
        "name", metavar="NAME"
    )
    sub = command("rule-enable", cmd_rule_enable, "switch a rule on (or --off)")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("--off", action="store_true", help="switch it off")
    sub = command("note", cmd_note, 'show, write or (with "") delete a message\'s private note')
    sub.add_argument("id", metavar="ID")
    sub.add_argument("text", metavar="TEXT", nargs="?")
    sub.add_argument("--thread", action="store_true", help="the note of the message's thread")
    command("searches", cmd_searches, "list the saved searches with their counts")
    sub = command("search-save", cmd_search_save, "save a search under a name")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("query", metavar="QUERY")
    sub = command("timeline", cmd_timeline, "messages per month or week, received and sent")
    sub.add_argument("query", metavar="QUERY", nargs="?")
    sub.add_argument("--by", choices=("month", "week"), default="month")
    sub = command("me", cmd_me, "show or set your name and your own addresses")
    sub.add_argument("addresses", nargs="*", metavar="ADDRESS")
    sub.add_argument("--name", help="the name written as author of tags and notes")
    sub.add_argument("--infer", action="store_true", help="find the addresses from sent folders")
    sub.add_argument(
        "--time-zone",
        metavar="ZONE",
        help="where you live, e.g. Europe/Berlin: days are counted there (default: the system's)",
    )
    sub.add_argument(
        "--add", action="append", default=[], metavar="ADDRESS", help="add one of your addresses"
    )
    sub.add_argument(
        "--remove", action="append", default=[], metavar="ADDRESS", help="remove one of yours"
    )
