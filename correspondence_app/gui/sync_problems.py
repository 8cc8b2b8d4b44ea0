# SPDX-License-Identifier: GPL-3.0-or-later
"""Why a connection to a mail server failed, in the user's language.

The core words its problems in English, with the details (a host name, the system's own
reason); with each it gives a cause (``accounts.imap.Cause``), which an account also keeps
for its last sync. These are the causes' words for the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from correspondence_app.accounts.imap import Cause


def cause_text(cause: Cause | str | None) -> str | None:
    """The cause (or its stored value) as a sentence; None for one that has no words of its
    own (the core's English words are then all there is)."""
    try:
        known = Cause(cause) if isinstance(cause, str) else cause
    except ValueError:  # "" (before migration 0022, or no failure) or a cause of a newer version
        return None

    match known:
        case Cause.UNKNOWN_HOST:
            return QCoreApplication.translate(
                "SyncProblems",
                "The server's name is unknown. Please check it, and the internet connection.",
            )
        case Cause.TIMEOUT:
            return QCoreApplication.translate(
                "SyncProblems",
                "The server did not answer in time. Please check the internet connection, or "
                "try again later.",
            )
        case Cause.REFUSED:
            return QCoreApplication.translate(
                "SyncProblems", "The server refused the connection. Please check the port."
            )
        case Cause.TLS:
            return QCoreApplication.translate(
                "SyncProblems", "The encrypted connection to the server could not be set up."
            )
        case Cause.NO_STARTTLS:
            return QCoreApplication.translate(
                "SyncProblems",
                "The server does not offer STARTTLS, and the password is never sent "
                "unencrypted. Please choose TLS on port 993.",
            )
        case Cause.LOGIN_REFUSED:
            return QCoreApplication.translate(
                "SyncProblems",
                "The server refused the user name or password. Some providers want an app "
                "password, and IMAP switched on in their web settings.",
            )
        case Cause.NO_PASSWORDS:
            return QCoreApplication.translate(
                "SyncProblems",
                "Microsoft takes no passwords from mail programs for Outlook.com, Hotmail and "
                "Microsoft 365 accounts. Export the mailbox as a .pst file instead (in "
                "Outlook.com: Settings → General → Privacy and data → Export mailbox) and "
                "import that.",
            )
        case Cause.CERTIFICATE:
            return QCoreApplication.translate(
                "SyncProblems",
                "The server's certificate is not trusted. Accept it in the account's settings "
                "only if the server's operator confirms its fingerprint.",
            )
        case Cause.CUT_OFF:
            return QCoreApplication.translate(
                "SyncProblems",
                "The connection broke off during the sync. What arrived is kept; the next "
                "sync fetches the rest.",
            )
        case Cause.NOT_HANDED_OVER:
            return QCoreApplication.translate(
                "SyncProblems",
                "The server did not hand over some messages; it may not be able to read them "
                "itself. Everything else was fetched; the next sync asks for them again.",
            )
    return None
