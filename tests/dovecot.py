# SPDX-License-Identifier: GPL-3.0-or-later
"""A real Dovecot IMAP server on 127.0.0.1 with a throwaway configuration, for the tests
and the sync benchmark: its own folder, ports, users and self-signed TLS certificate.

Dovecot comes from Debian's dovecot-imapd package (scripts/install-system-packages.sh);
its own system service is never used. Runs as root (as CI does), with the mail owned by
"nobody", or as an ordinary user, who then owns everything.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import ipaddress
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from imapclient import IMAPClient

if TYPE_CHECKING:
    from collections.abc import Iterator

# The account the tests fill and sync.
USER = "anna@example.org"
PASSWORD = "Geheim-2024"

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"
START_TIMEOUT_S = 30.0

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
ssl = yes
ssl_cert = <{base}/tls/cert.pem
ssl_key = <{base}/tls/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain
mail_location = maildir:{base}/mail/%u:LAYOUT=fs
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = {mail_uid}
first_valid_gid = {mail_gid}
mail_max_userip_connections = 100
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/users
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={base}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
  }}
  mailbox Junk {{
    special_use = \\Junk
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
"""


def letter(number: int, *, attachment: bytes = b"", filler_bytes: int = 0) -> bytes:
    """A message to USER from a Cyrillic name, numbered, as a server sends it (CRLF)."""
    message = EmailMessage()
    message["From"] = "Сергей Жуков <sergej@example.ru>"
    message["To"] = f"Anna <{USER}>"
    message["Subject"] = f"Brief {number}: Lage im Krankenhaus"
    message["Date"] = f"Tue, {1 + number % 28:02d} Mar 2024 09:15:00 +0300"
    message["Message-ID"] = f"<imap-{number}@example.ru>"
    text = f"Письмо номер {number}. Zwetschgenkuchen {number}.\n" * 20
    message.set_content(text + "x" * filler_bytes)
    if attachment:
        message.add_attachment(
            attachment, maintype="application", subtype="pdf", filename="Gutachten.pdf"
        )
    return bytes(message).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _descendants(pid: int) -> list[int]:
    """The processes started by pid and by those, read from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rpartition(")")[2].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, waiting = [], [pid]
    while waiting:
        for child in children.get(waiting.pop(), []):
            found.append(child)
            waiting.append(child)
    return found


class DovecotMissingError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Dovecot:
    """One server: start() it, add users, fill their folders, stop() it (abruptly too)."""

    base: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="dovecot-test-")))
    imap_port: int = field(default_factory=free_port)
    imaps_port: int = field(default_factory=free_port)
    users: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None

    def __post_init__(self) -> None:
        if not Path(DOVECOT).exists():
            raise DovecotMissingError(
                f"{DOVECOT} is missing: install Debian's dovecot-imapd "
                "(`make system-packages` does)"
            )
        self.base.chmod(0o755)  # the mail user and Dovecot's own users look inside
        for part in ("run", "state", "tls", "mail", "home"):
            (self.base / part).mkdir(exist_ok=True)
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            self._mail_ids = (nobody.pw_uid, nobody.pw_gid)
            self._service_users = ("dovecot", "dovecot", "dovenull")
            for part in ("mail", "home"):
                os.chown(self.base / part, *self._mail_ids)
        else:
            me = pwd.getpwuid(os.geteuid())
            self._mail_ids = (me.pw_uid, me.pw_gid)
            group = me.pw_name
            with contextlib.suppress(KeyError):
                import grp

                group = grp.getgrgid(me.pw_gid).gr_name
            self._service_users = (me.pw_name, group, me.pw_name)
        self.fingerprint = self._make_certificate()
        (self.base / "users").write_text("")
        self._write_config()

    # Set-up ------------------------------------------------------------------------------
    @property
    def config(self) -> Path:
        return self.base / "dovecot.conf"

    @property
    def certificate(self) -> Path:
        return self.base / "tls" / "cert.pem"

    def _make_certificate(self) -> str:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
        now = datetime.datetime.now(datetime.UTC)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(
                x509.SubjectAlternativeName(
                    [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
                ),
                critical=False,
            )
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256())
        )
        self.certificate.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
        key_path = self.base / "tls" / "key.pem"
        key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        key_path.chmod(0o600)
        der = certificate.public_bytes(serialization.Encoding.DER)
        return hashlib.sha256(der).hexdigest()

    def _write_config(self) -> None:
        internal_user, internal_group, login_user = self._service_users
        self.config.write_text(
            CONFIG.format(
                base=self.base,
                internal_user=internal_user,
                internal_group=internal_group,
                login_user=login_user,
                mail_uid=self._mail_ids[0],
                mail_gid=self._mail_ids[1],
                imap_port=self.imap_port,
                imaps_port=self.imaps_port,
            )
        )

    def add_user(self, user: str, password: str) -> None:
        self.users[user] = password
        lines = [f"{u}:{{PLAIN}}{p}::::::" for u, p in self.users.items()]
        (self.base / "users").write_text("\n".join(lines) + "\n")
        (self.base / "users").chmod(0o644)

    # Running -----------------------------------------------------------------------------
    def start(self) -> None:
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # stop() ends it with every process it started
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Dovecot did not start: {self._problems()}")
            if self._accepts(self.imaps_port) and self._accepts(self.imap_port):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Dovecot did not listen within {START_TIMEOUT_S:g} s")

    def _problems(self) -> str:
        pipe = self.process.stderr if self.process else None
        stderr = pipe.read().decode(errors="replace") if pipe else ""
        log = self.base / "dovecot.log"
        return stderr + (log.read_text(errors="replace")[-2000:] if log.exists() else "")

    @staticmethod
    def _accepts(port: int) -> bool:
        with socket.socket() as probe:
            probe.settimeout(0.2)
            return probe.connect_ex(("127.0.0.1", port)) == 0

    def stop(self, *, abrupt: bool = False) -> None:
        """Ends the server; abrupt: at once (SIGKILL), connections cut in the middle."""
        if self.process is None:
            return
        # Its processes may leave the process group: each is ended by its parentage.
        for pid in [self.process.pid, *_descendants(self.process.pid)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL if abrupt else signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()
        self.process = None
        # Its login and mail processes may outlive the master for a moment.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and (
            self._accepts(self.imaps_port) or self._accepts(self.imap_port)
        ):
            time.sleep(0.05)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    # Using it as a client ----------------------------------------------------------------
    def trusting_context(self) -> ssl.SSLContext:
        """A TLS context that trusts this server's certificate, as a set-up tool would."""
        return ssl.create_default_context(cafile=str(self.certificate))

    @contextlib.contextmanager
    def client(self, user: str) -> Iterator[IMAPClient]:
        client = IMAPClient(
            "127.0.0.1", self.imaps_port, ssl=True, ssl_context=self.trusting_context()
        )
        client.login(user, self.users[user])
        try:
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def set_uidvalidity(self, user: str, folder: str, uidvalidity: int) -> None:
        """Gives a folder a new UIDVALIDITY, as a server does after rebuilding its index."""
        subprocess.run(
            [DOVEADM, "-c", str(self.config), "mailbox", "update", "-u", user,
             "--uid-validity", str(uidvalidity), folder],
            check=True,
            capture_output=True,
            timeout=30,
        )  # fmt: skip

    def maildir(self, user: str) -> Path:
        return self.base / "mail" / user

    def chown_mail(self) -> None:
        """After mail was written into a Maildir directly: owned by the mail user."""
        uid, gid = self._mail_ids
        for path in [self.base / "mail", *(self.base / "mail").rglob("*")]:
            os.chown(path, uid, gid)


FolderSnapshot = tuple[int, int, dict[int, frozenset[bytes]]]


def snapshot(server: Dovecot, user: str) -> dict[str, FolderSnapshot]:
    """Every folder's UIDVALIDITY, message count and each message's flags (\\Recent aside,
    which belongs to a session), read without changing anything."""
    state = {}
    with server.client(user) as client:
        for flags, _delimiter, name in client.list_folders():
            if b"\\Noselect" in flags:
                continue
            status = client.select_folder(name, readonly=True)
            count = int(status[b"EXISTS"])
            flags = client.get_flags(client.search("ALL")) if count else {}
            state[name] = (
                int(status[b"UIDVALIDITY"]),
                count,
                {
                    int(uid): frozenset(bytes(f) for f in found if f != b"\\Recent")
                    for uid, found in flags.items()
                },
            )
    return state
