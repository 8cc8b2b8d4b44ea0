# SPDX-License-Identifier: GPL-3.0-or-later
"""Connecting to an IMAP server, always encrypted, and reading it without changing it.

Every mailbox is opened with EXAMINE (read-only) and every message fetched with
BODY.PEEK[], which does not set \\Seen: nothing on the server changes.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import imaplib
import socket
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from imapclient import IMAPClient
from imapclient import exceptions as imap_errors

from correspondence_app.accounts import presets
from correspondence_app.storage.account_tables import Security

if TYPE_CHECKING:
    from collections.abc import Iterator

TIMEOUT_S = 60.0
# Folders that hold no mail worth keeping unless chosen: spam.
JUNK_FLAGS = frozenset({b"\\Junk"})
GMAIL_CAPABILITY = b"X-GM-EXT-1"


class Cause(enum.Enum):
    """Why a connection failed, for a window to say in the user's language (the message
    of an ImapError says it in English, with the details)."""

    UNKNOWN_HOST = "unknown-host"
    TIMEOUT = "timeout"
    REFUSED = "refused"  # nothing listens on the port
    TLS = "tls"  # the encrypted connection could not be set up
    NO_STARTTLS = "no-starttls"
    LOGIN_REFUSED = "login-refused"
    NO_PASSWORDS = "no-passwords"  # the provider takes no passwords at all (Microsoft)
    CERTIFICATE = "certificate"  # not trusted, or not the one accepted
    CUT_OFF = "cut-off"  # the connection failed once the sync had begun
    NOT_HANDED_OVER = "not-handed-over"  # the server refused to send some messages
    OTHER = "other"


class ImapError(Exception):
    """A problem with the server or the connection, in words for the user."""

    def __init__(self, message: str, cause: Cause = Cause.OTHER) -> None:
        super().__init__(message)
        self.cause = cause


class ServerUnreachableError(ImapError):
    """The server cannot be reached, or the connection ended."""


class LoginRefusedError(ImapError):
    """The server refused the user name or password."""

    def __init__(self, message: str, cause: Cause = Cause.LOGIN_REFUSED) -> None:
        super().__init__(message, cause)


class CertificateRejectedError(ImapError):
    """The server's certificate is not trusted (or is not the one the user accepted)."""

    def __init__(self, message: str, fingerprint: str) -> None:
        super().__init__(message, Cause.CERTIFICATE)
        self.fingerprint = fingerprint  # SHA-256, as pairs of hex digits with colons


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: Security
    user_name: str
    certificate_sha256: str = ""  # an accepted certificate, lower-case hex without colons


@dataclass(frozen=True)
class Folder:
    name: str  # as the server names it (decoded from modified UTF-7)
    path: str  # the same with "/" between the levels, for tags and searches
    is_junk: bool
    is_all_mail: bool  # Gmail's "All Mail"


def fingerprint_text(sha256_hex: str) -> str:
    """AB:CD:... as browsers and mail programs show a certificate's fingerprint."""
    return ":".join(sha256_hex[i : i + 2] for i in range(0, len(sha256_hex), 2)).upper()


def normalise_fingerprint(text: str) -> str:
    """Lower-case hex without separators; raises ValueError for anything but a SHA-256."""
    digits = "".join(ch for ch in text.lower() if ch not in ": \t")
    if len(digits) != 64 or any(ch not in "0123456789abcdef" for ch in digits):
        raise ValueError(f"{text}: not a SHA-256 fingerprint (64 hex digits)")
    return digits


def connect(server: Server, password: str, *, timeout_s: float = TIMEOUT_S) -> IMAPClient:
    """A logged-in connection; raises an ImapError saying why there is none."""
    client = _open(server, _context(server), timeout_s)
    if server.certificate_sha256:
        seen = _peer_sha256(client)
        if seen != server.certificate_sha256:
            _close(client)
            raise CertificateRejectedError(
                f"{server.host}: the server's certificate is not the one accepted for this "
                f"account (it changed; its SHA-256 is now {fingerprint_text(seen)})",
                fingerprint_text(seen),
            )
    try:
        client.login(server.user_name, password)
    except imap_errors.LoginError:
        _close(client)
        if not presets.takes_passwords(server.host):
            raise LoginRefusedError(
                f"{server.host}: {presets.NO_PASSWORDS}", Cause.NO_PASSWORDS
            ) from None
        raise LoginRefusedError(
            f"{server.host}: the server refused the user name or password for "
            f"{server.user_name} (some providers want an app password, and IMAP switched on "
            "in their web settings)"
        ) from None
    except (OSError, imaplib.IMAP4.error) as error:
        _close(client)
        raise ServerUnreachableError(
            f"{server.host}: logging in failed ({_reason(error)})", cause_of(error)
        ) from None
    return client


def _context(server: Server) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if server.certificate_sha256:
        # Checked against the accepted fingerprint once connected, instead of the CAs.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _open(server: Server, context: ssl.SSLContext, timeout_s: float) -> IMAPClient:
    where = f"{server.host}:{server.port}"
    try:
        if server.security is Security.TLS:
            client = IMAPClient(
                server.host, server.port, ssl=True, ssl_context=context, timeout=timeout_s
            )
        else:
            client = IMAPClient(server.host, server.port, ssl=False, timeout=timeout_s)
            if b"STARTTLS" not in client.capabilities():
                _close(client)
                raise ServerUnreachableError(
                    f"{where}: the server does not offer STARTTLS, and the password is never "
                    "sent unencrypted (try TLS on port 993)",
                    Cause.NO_STARTTLS,
                )
            client.starttls(context)
    except ssl.SSLCertVerificationError as error:
        fingerprint = fingerprint_text(_untrusted_sha256(server, timeout_s))
        raise CertificateRejectedError(
            f"{where}: the server's certificate is not trusted ({error.verify_message}); "
            f"its SHA-256 fingerprint is {fingerprint}. Accept it only if the server's "
            "operator confirms this fingerprint.",
            fingerprint,
        ) from None
    except ImapError:
        raise
    except (OSError, imaplib.IMAP4.error, imap_errors.IMAPClientError) as error:
        raise ServerUnreachableError(
            f"{where}: cannot connect ({_reason(error)})", cause_of(error)
        ) from None
    client.normalise_times = False  # INTERNALDATE with its zone
    return client


def _untrusted_sha256(server: Server, timeout_s: float) -> str:
    """The fingerprint of a certificate that failed the check, read without trusting it."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    client = _open(server, context, timeout_s)
    try:
        return _peer_sha256(client)
    finally:
        _close(client)


def _peer_sha256(client: IMAPClient) -> str:
    certificate = client.socket().getpeercert(binary_form=True)
    return hashlib.sha256(certificate or b"").hexdigest()


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except (OSError, imaplib.IMAP4.error, imap_errors.IMAPClientError):
        with contextlib.suppress(OSError):
            client.shutdown()


def close(client: IMAPClient) -> None:
    _close(client)


_REASONS = {
    Cause.UNKNOWN_HOST: "the server's name is unknown; check it and the internet connection",
    Cause.TIMEOUT: "the server did not answer in time",
    Cause.REFUSED: "the connection was refused; check the port",
}


def _reason(error: BaseException) -> str:
    known = _REASONS.get(cause_of(error))
    if known is not None:
        return known
    if isinstance(error, ssl.SSLError):
        return f"TLS failed: {error.reason or error}"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


def is_refusal(error: BaseException) -> bool:
    """Whether the server refused a command on purpose (a folder deleted meanwhile, a
    message it cannot read): it answered NO or BAD, or said BYE and closed the connection
    (Dovecot does so after an internal error). Not a connection that broke or timed out."""
    if not isinstance(error, imaplib.IMAP4.error):
        return False  # OSError, EOFError: the network
    if isinstance(error, imaplib.IMAP4.abort):
        # "command: FETCH => " and the server's BYE, or imaplib's words for a failed socket
        # or an answer it could not read
        said = str(error).removeprefix("command: ").partition(" => ")[2] or str(error)
        return bool(said) and not said.startswith(("socket error", "unexpected ", "TLS "))
    return True


def server_words(error: BaseException) -> str:
    """What the server said when it refused a command, without imapclient's wrapping."""
    text = _reason(error)
    return text.rpartition(" failed: ")[2] if " failed: " in text else text


def describe(error: BaseException) -> str:
    """A network or protocol failure in the middle of a sync, in words for the user."""
    if isinstance(error, ImapError):
        return str(error)
    return f"the connection failed ({_reason(error)})"


def cause_of(error: BaseException, *, begun: bool = False) -> Cause:
    """Why a connection failed (``begun``: once the sync had begun, in the middle of it)."""
    if isinstance(error, ImapError):
        return error.cause
    if isinstance(error, socket.gaierror):
        return Cause.UNKNOWN_HOST
    if isinstance(error, TimeoutError | socket.timeout):
        return Cause.TIMEOUT
    if isinstance(error, ConnectionRefusedError):
        return Cause.REFUSED
    if isinstance(error, ssl.SSLError):
        return Cause.TLS
    return Cause.CUT_OFF if begun else Cause.OTHER


# Reading -------------------------------------------------------------------------------------
def is_gmail(client: IMAPClient) -> bool:
    return GMAIL_CAPABILITY in client.capabilities()


def folders(client: IMAPClient) -> list[Folder]:
    """Every folder that can hold messages, in the server's order."""
    found = []
    for flags, delimiter, name in client.list_folders():
        flag_set = {
            bytes(flag) if isinstance(flag, bytes) else str(flag).encode() for flag in flags
        }
        if b"\\Noselect" in flag_set or b"\\NonExistent" in flag_set:
            continue
        separator = delimiter.decode() if isinstance(delimiter, bytes) else (delimiter or "")
        path = "/".join(name.split(separator)) if separator and separator != "/" else name
        found.append(
            Folder(
                name=name,
                path=path,
                is_junk=bool(flag_set & JUNK_FLAGS),
                is_all_mail=b"\\All" in flag_set,
            )
        )
    return found


def examine(client: IMAPClient, folder: str) -> tuple[int, int]:
    """Opens folder read-only: its UIDVALIDITY and how many messages it holds."""
    status = client.select_folder(folder, readonly=True)
    return int(status[b"UIDVALIDITY"]), int(status.get(b"EXISTS", 0))


def uids(client: IMAPClient) -> list[int]:
    """The UIDs of every message in the folder opened."""
    return sorted(int(uid) for uid in client.search("ALL"))


def sizes(client: IMAPClient, wanted: list[int], batch: int = 5000) -> dict[int, int]:
    found: dict[int, int] = {}
    for start in range(0, len(wanted), batch):
        answer = client.fetch(wanted[start : start + batch], ["RFC822.SIZE"])
        found.update({int(uid): int(data.get(b"RFC822.SIZE", 0)) for uid, data in answer.items()})
    return found


def fetch(client: IMAPClient, wanted: list[int], *, gmail: bool) -> Iterator[tuple[int, Any]]:
    """The messages with these UIDs, whole (BODY.PEEK[]: \\Seen is not set), with their
    flags and the server's arrival time (and Gmail's labels)."""
    parts = ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"] + (["X-GM-LABELS"] if gmail else [])
    answer = client.fetch(wanted, parts)
    for uid in wanted:
        data = answer.get(uid)
        if data is not None and b"BODY[]" in data:
            yield uid, data


@dataclass(frozen=True)
class Probe:
    """What a connection test found."""

    folders: tuple[Folder, ...]
    is_gmail: bool


def probe(server: Server, password: str, *, timeout_s: float = TIMEOUT_S) -> Probe:
    """Logs in and lists the folders, changing nothing; raises an ImapError saying why not."""
    client = connect(server, password, timeout_s=timeout_s)
    try:
        return Probe(tuple(folders(client)), is_gmail(client))
    except (OSError, imaplib.IMAP4.error, imap_errors.IMAPClientError) as error:
        raise ServerUnreachableError(
            f"{server.host}: {describe(error)}", cause_of(error, begun=True)
        ) from None
    finally:
        _close(client)
