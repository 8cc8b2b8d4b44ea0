# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail accounts: add, list, change and remove IMAP accounts, and sync them read-only."""

from __future__ import annotations

import getpass
import os
import sys
import threading
from typing import TYPE_CHECKING, Any

from correspondence_app.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USER_ERROR,
    counted,
    emit_json,
    fail,
    iso,
    open_archive,
    progress_bar,
    stopping_when_asked,
)

if TYPE_CHECKING:
    import argparse

    from correspondence_app.accounts.book import AccountInfo
    from correspondence_app.accounts.sync import SyncReport
    from correspondence_app.cli.common import CommandAdder
    from correspondence_app.services import Archive

PASSWORD_ENV = "CORRESPONDENCE_APP_IMAP_PASSWORD"  # noqa: S105 (a variable name)
_STORAGES = ("archive", "ask", "keyring")
_STORAGE_HELP = (
    "keep the password in the archive (encrypted), ask at each sync, or in the desktop's keyring"
)
_AUTO_SYNC_HELP = "sync every MINUTES while the window is open and unlocked (0: never)"


def imap_password(what: str) -> str:
    """From CORRESPONDENCE_APP_IMAP_PASSWORD, or a prompt without echo."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        fail(f"no password for {what}: set {PASSWORD_ENV} (there is no terminal to ask on)")
    try:
        password = getpass.getpass(f"Password for {what}: ")
    except EOFError:
        fail("no password given")
    if not password:
        fail("the password must not be empty")
    return password


def account_json(info: AccountInfo) -> dict[str, Any]:
    from correspondence_app.accounts.imap import fingerprint_text

    return {
        "id": info.id,
        "name": info.name,
        "host": info.host,
        "port": info.port,
        "security": info.security.value,
        "user": info.user_name,
        "password_storage": info.password_storage.value,
        "accepted_certificate": fingerprint_text(info.certificate_sha256) or None,
        "folders": list(info.folders),
        "auto_sync_minutes": info.auto_sync_minutes,
        "last_sync": iso(info.last_sync_at),
        "last_sync_status": info.last_sync_status or None,
        "last_sync_problem": info.last_sync_note or None,
        "last_sync_cause": info.last_sync_cause or None,
        "last_fetched": info.last_fetched,
        "last_quarantined": info.last_quarantined,
        "server_folders": [
            {"name": s.name, "uidvalidity": s.uidvalidity, "messages": s.messages}
            for s in info.folder_states
        ],
    }


def _draft(args: argparse.Namespace) -> Any:
    from correspondence_app.accounts import presets
    from correspondence_app.accounts.book import AccountDraft
    from correspondence_app.storage.account_tables import PasswordStorage, Security

    host, port, security = args.host, args.port, None
    if args.starttls:
        security = Security.STARTTLS
    if args.preset:
        try:
            chosen = presets.preset(args.preset)
        except KeyError as error:
            fail(str(error.args[0]))
        if chosen.unreachable:
            fail(f"{chosen.name}: {chosen.unreachable}")
        host = host or chosen.host
        port = port or chosen.port
        security = security or chosen.security
    if not host:
        fail("give the server with --host (or a provider with --preset)")
    if not presets.takes_passwords(host):
        fail(f"{host}: {presets.NO_PASSWORDS}")
    security = security or Security.TLS
    return AccountDraft(
        host=host,
        port=port or (143 if security is Security.STARTTLS else 993),
        user_name=args.user,
        security=security,
        name=args.name or "",
        password_storage=PasswordStorage(args.password_storage),
        certificate_sha256=args.accept_certificate or "",
        folders=tuple(args.folder or ()),
        auto_sync_minutes=args.auto_sync,
    )


def cmd_account_add(args: argparse.Namespace) -> int:
    from correspondence_app.accounts import imap
    from correspondence_app.accounts.book import AccountError

    draft = _draft(args)
    try:
        server = draft.server
    except ValueError as error:
        fail(str(error))
    password = imap_password(f"{server.user_name} on {server.host}")
    with open_archive(args) as archive:
        if not args.no_check:
            found = _check(server, password)
            chosen = set(draft.folders)
            unknown = sorted(chosen - {f.name for f in found})
            if unknown:
                fail(f"no such folder on the server: {', '.join(unknown)}")
            if not args.json:
                print(f"Connected to {server.host}: {counted(len(found), 'folder')}.")
        try:
            info = archive.accounts.add(draft, password)
        except AccountError as error:
            fail(str(error))
    if args.json:
        emit_json(account_json(info))
    else:
        print(f"Added the account {info.name} (id {info.id}).")
        if info.certificate_sha256:
            print(f"Accepted certificate: {imap.fingerprint_text(info.certificate_sha256)}")
    return EXIT_OK


def _check(server: Any, password: str) -> list[Any]:
    """Logs in and lists the folders: the connection test."""
    from correspondence_app.accounts import imap

    try:
        return list(imap.probe(server, password).folders)
    except imap.CertificateRejectedError as error:
        fail(f"{error} If it is, add the account with --accept-certificate {error.fingerprint}")
    except imap.ImapError as error:
        fail(str(error))


def cmd_accounts(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        accounts = archive.accounts.accounts()
    if args.json:
        emit_json([account_json(info) for info in accounts])
    elif not accounts:
        print("No mail accounts. Add one with `correspondence-app account-add`.")
    else:
        for info in accounts:
            last = info.last_sync_at.isoformat(timespec="minutes") if info.last_sync_at else "never"
            status = (
                f" ({info.last_sync_status}: {info.last_sync_note})" if info.last_sync_note else ""
            )
            print(
                f"{info.id:>3}  {info.name}  {info.host}:{info.port} ({info.security.value}, "
                f"user {info.user_name}), last sync {last}{status}"
            )
    return EXIT_OK


def cmd_account_remove(args: argparse.Namespace) -> int:
    from correspondence_app.accounts.book import AccountError

    with open_archive(args) as archive:
        try:
            info = archive.accounts.account(args.account)
            archive.accounts.remove(info.id)
        except AccountError as error:
            fail(str(error))
    if args.json:
        emit_json({"removed": info.id, "name": info.name})
    else:
        print(f"Removed the account {info.name}; the messages fetched from it stay.")
    return EXIT_OK


def cmd_account_change(args: argparse.Namespace) -> int:
    from correspondence_app.accounts.book import AccountError
    from correspondence_app.storage.account_tables import PasswordStorage

    with open_archive(args) as archive:
        try:
            info = archive.accounts.change(
                args.account,
                name=args.name,
                folders=() if args.all_folders else args.folder,
                auto_sync_minutes=args.auto_sync,
                certificate_sha256=args.accept_certificate,
            )
            if args.password_storage:
                storage = PasswordStorage(args.password_storage)
                password = (
                    ""
                    if storage is PasswordStorage.ASK
                    else imap_password(f"{info.user_name} on {info.host}")
                )
                info = archive.accounts.set_password(info.id, storage, password)
        except AccountError as error:
            fail(str(error))
    if args.json:
        emit_json(account_json(info))
    else:
        print(f"Changed the account {info.name}.")
    return EXIT_OK


def cmd_account_folders(args: argparse.Namespace) -> int:
    from correspondence_app.accounts.book import AccountError, PasswordNeededError

    with open_archive(args) as archive:
        try:
            info = archive.accounts.account(args.account)
            password = archive.accounts.password(info)
        except PasswordNeededError:
            password = imap_password(f"{info.user_name} on {info.host}")
        except AccountError as error:
            fail(str(error))
        found = _check(info.server, password)
    chosen = set(info.folders)
    if args.json:
        emit_json(
            [
                {
                    "name": f.name,
                    "junk": f.is_junk,
                    "all_mail": f.is_all_mail,
                    "chosen": f.name in chosen if chosen else None,
                }
                for f in found
            ]
        )
    else:
        for folder in found:
            mark = "*" if folder.name in chosen else " "
            print(f"{mark} {folder.name}{'  (spam)' if folder.is_junk else ''}")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from correspondence_app.accounts.book import AccountError

    with open_archive(args) as archive:
        try:
            accounts = (
                [archive.accounts.account(args.account)]
                if args.account
                else archive.accounts.accounts()
            )
        except AccountError as error:
            fail(str(error))
        if not accounts:
            fail("there is no mail account to sync: add one with `correspondence-app account-add`")
        results = []
        for info in accounts:
            results.append(_sync_one(archive, info, args))
            if results[-1][1] == EXIT_INTERRUPTED:
                break  # Ctrl+C (or SIGTERM) stops the sync of the accounts after it too
    reports = [report for report, _code in results if report is not None]
    interrupted = any(code == EXIT_INTERRUPTED for _report, code in results)
    if args.json:
        emit_json(_sync_json(reports, args.account is None, interrupted=interrupted))
    return max(code for _report, code in results)


def _sync_one(
    archive: Archive, info: AccountInfo, args: argparse.Namespace
) -> tuple[SyncReport | None, int]:
    from correspondence_app.accounts import imap
    from correspondence_app.accounts.book import PasswordNeededError
    from correspondence_app.accounts.sync import SyncStatus

    try:
        password = archive.accounts.password(info)
    except PasswordNeededError:
        password = imap_password(f"{info.user_name} on {info.host}")
    cancel = threading.Event()
    with progress_bar(info.name, quiet=args.quiet) as progress:

        def on_folder(number: int, count: int, name: str, /) -> None:
            progress(0, 0, f"looking for new mail in {name} ({number} of {count} folders)")

        try:
            with stopping_when_asked(cancel, "sync"):
                report = archive.sync_account(
                    info.id,
                    password=password,
                    progress=progress,
                    cancel=cancel,
                    workers=args.workers,
                    on_folder=on_folder,
                )
        except (imap.LoginRefusedError, imap.CertificateRejectedError) as error:
            print(f"correspondence-app: {error}", file=sys.stderr)
            return None, EXIT_USER_ERROR
        except imap.ImapError as error:
            print(f"correspondence-app: {error}", file=sys.stderr)
            return None, EXIT_PROBLEM
        except KeyboardInterrupt:
            print("Sync interrupted; run it again to complete it.", file=sys.stderr)
            return None, EXIT_INTERRUPTED
    if not args.json:
        _print_report(report)
    if report.status is SyncStatus.FAILED:
        print(f"correspondence-app: {info.name}: {report.problem}", file=sys.stderr)
        return report, EXIT_PROBLEM
    if report.status is SyncStatus.CANCELLED:  # by Ctrl+C or SIGTERM: what was fetched stays
        print(f"{info.name}: sync stopped; run it again to complete it.", file=sys.stderr)
        return report, EXIT_INTERRUPTED
    return report, EXIT_OK


def _print_report(report: SyncReport) -> None:
    print(
        f"{report.account}: {report.fetched} new, {report.duplicates} already in the archive, "
        f"{report.quarantined} quarantined, from {counted(len(report.folders), 'folder')} "
        f"in {report.seconds:.1f} s"
    )
    for folder in report.folders:
        notes = [f"{folder.quarantined} quarantined"] if folder.quarantined else []
        notes += ["the server renumbered it"] if folder.uidvalidity_changed else []
        noted = f"  ({'; '.join(notes)})" if notes else ""
        if folder.reached:
            print(f"  {folder.fetched:>6} new  {folder.name}{noted}")
        else:  # the sync ended before it: its new mail is fetched by the next one
            print(f" not reached  {folder.name}")  # the names in one column
    for name in report.missing_folders:
        print(f"  no longer on the server: {name}")


def _folder_json(report: SyncReport) -> list[dict[str, Any]]:
    return [
        {
            "account": report.account,
            "name": f.name,
            "messages": f.on_server,
            "fetched": f.fetched,
            "duplicates": f.duplicates,
            "quarantined": f.quarantined,
            "uidvalidity_changed": f.uidvalidity_changed,
            "reached": f.reached,
        }
        for f in report.folders
    ]


def _sync_json(
    reports: list[SyncReport], every_account: bool, *, interrupted: bool
) -> dict[str, Any]:
    """The figures of the accounts synced; ``interrupted`` when Ctrl+C (or SIGTERM)
    stopped the sync (of the account it stopped, only what was stored before is counted)."""
    ok = not interrupted and all(r.status.value == "ok" for r in reports)
    result: dict[str, Any] = {
        "fetched": sum(r.fetched for r in reports),
        "duplicates": sum(r.duplicates for r in reports),
        "quarantined": sum(r.quarantined for r in reports),
        "folders": [folder for r in reports for folder in _folder_json(r)],
        "seconds": round(sum(r.seconds for r in reports), 3),
        "status": "ok" if ok else "incomplete",
        "cancelled": interrupted,
        "problems": [f"{r.account}: {r.problem}" for r in reports if r.problem],
        "missing_folders": [name for r in reports for name in r.missing_folders],
    }
    if every_account:
        result["accounts"] = [r.account for r in reports]
    return result


def register(command: CommandAdder) -> None:
    sub = command(
        "account-add",
        cmd_account_add,
        f"add an IMAP account to fetch from, read-only (the password from {PASSWORD_ENV} "
        "or a prompt); the login is tested first",
    )
    sub.add_argument("--host", help="the IMAP server, e.g. imap.gmx.net")
    sub.add_argument("--port", type=int, help="993 (TLS) or 143 (STARTTLS) unless given")
    sub.add_argument("--user", required=True, help="the user name, usually the e-mail address")
    sub.add_argument("--starttls", action="store_true", help="STARTTLS instead of TLS")
    sub.add_argument(
        "--preset", help="a provider: gmx, webde, t-online, gmail, mailru, yandex, ..."
    )
    sub.add_argument("--name", help="the account's name (user@host unless given)")
    sub.add_argument("--password-storage", choices=_STORAGES, default="archive", help=_STORAGE_HELP)
    sub.add_argument(
        "--folder", action="append", help="a folder to sync (repeat); all unless given"
    )
    sub.add_argument("--auto-sync", type=int, default=0, metavar="MINUTES", help=_AUTO_SYNC_HELP)
    sub.add_argument(
        "--accept-certificate",
        metavar="SHA256",
        help="accept this untrusted (self-signed) certificate, by its fingerprint",
    )
    sub.add_argument("--no-check", action="store_true", help="do not test the login first")

    command("accounts", cmd_accounts, "the mail accounts, with their last sync")

    sub = command("account-remove", cmd_account_remove, "forget an account (its mail stays)")
    sub.add_argument("account", metavar="ACCOUNT", help="its id or name")

    sub = command("account-change", cmd_account_change, "change an account's settings")
    sub.add_argument("account", metavar="ACCOUNT", help="its id or name")
    sub.add_argument("--name", help="a new name for the account")
    sub.add_argument("--folder", action="append", help="the folders to sync (repeat)")
    sub.add_argument("--all-folders", action="store_true", help="sync every folder again")
    sub.add_argument("--auto-sync", type=int, metavar="MINUTES", help=_AUTO_SYNC_HELP)
    sub.add_argument(
        "--accept-certificate",
        metavar="SHA256",
        help='accept this untrusted (self-signed) certificate; "" to trust the CAs again',
    )
    sub.add_argument("--password-storage", choices=_STORAGES, help=_STORAGE_HELP)

    sub = command("account-folders", cmd_account_folders, "list the folders on the server")
    sub.add_argument("account", metavar="ACCOUNT", help="its id or name")

    sub = command(
        "sync",
        cmd_sync,
        "fetch what is new from the mail accounts, read-only: nothing on the server changes",
    )
    sub.add_argument(
        "account", metavar="ACCOUNT", nargs="?", help="its id or name; all unless given"
    )
    sub.add_argument("--quiet", action="store_true", help="no progress bar")
    sub.add_argument("--workers", type=int, help="parser processes (default: up to 2)")
