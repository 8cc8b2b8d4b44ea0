# SPDX-License-Identifier: GPL-3.0-or-later
"""The IMAP servers of common German, Russian and international providers.

Each needs IMAP access switched on in the provider's web settings, and most want an app
password (one made for one program) rather than the account's own password; the window
says so in the user's language, keyed by the preset's key.
"""

from __future__ import annotations

from dataclasses import dataclass

from correspondence_app.storage.account_tables import Security


@dataclass(frozen=True)
class Preset:
    key: str
    name: str  # the provider's own name, not translated
    host: str
    port: int
    security: Security
    domains: tuple[str, ...]  # addresses at these domains are this provider's
    app_password: bool  # the provider asks for an app password for mail programs
    # Why this program cannot fetch such an account (no IMAP, or no passwords taken, only
    # a sign-in on the provider's web page), and what to do instead; "" if it can
    unreachable: str = ""


NO_PASSWORDS = (
    "Microsoft takes no passwords from mail programs for Outlook.com, Hotmail and Microsoft "
    "365 accounts, only its own sign-in, which this program does not use: export the "
    "mailbox as a .pst file instead (Outlook.com: Settings → General → Privacy and data → "
    "Export mailbox) and import that, or let Thunderbird fetch the account and import "
    "Thunderbird's folders"
)
NO_IMAP_TUTA = (
    "Tuta offers no IMAP for mail programs: export the mail with Tuta's desktop app as .eml "
    "files and import those"
)


PRESETS: tuple[Preset, ...] = (
    Preset("gmx", "GMX", "imap.gmx.net", 993, Security.TLS,
           ("gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com"), app_password=False),
    Preset("webde", "WEB.DE", "imap.web.de", 993, Security.TLS, ("web.de",),
           app_password=False),
    Preset("t-online", "Telekom (t-online.de)", "secureimap.t-online.de", 993, Security.TLS,
           ("t-online.de", "magenta.de"), app_password=True),
    Preset("freenet", "freenet", "mx.freenet.de", 993, Security.TLS, ("freenet.de",),
           app_password=False),
    Preset("posteo", "Posteo", "posteo.de", 993, Security.TLS, ("posteo.de", "posteo.net"),
           app_password=False),
    Preset("mailbox-org", "mailbox.org", "imap.mailbox.org", 993, Security.TLS,
           ("mailbox.org",), app_password=False),
    Preset("gmail", "Gmail", "imap.gmail.com", 993, Security.TLS,
           ("gmail.com", "googlemail.com"), app_password=True),
    Preset("yahoo", "Yahoo Mail", "imap.mail.yahoo.com", 993, Security.TLS,
           ("yahoo.com", "yahoo.de", "ymail.com"), app_password=True),
    Preset("icloud", "iCloud Mail", "imap.mail.me.com", 993, Security.TLS,
           ("icloud.com", "me.com", "mac.com"), app_password=True),
    Preset("mailru", "Mail.ru", "imap.mail.ru", 993, Security.TLS,
           ("mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru"), app_password=True),
    Preset("yandex", "Yandex Mail", "imap.yandex.ru", 993, Security.TLS,
           ("yandex.ru", "ya.ru", "yandex.com", "yandex.by", "yandex.kz", "yandex.ua"),
           app_password=True),
    Preset("rambler", "Rambler", "imap.rambler.ru", 993, Security.TLS,
           ("rambler.ru", "lenta.ru", "autorambler.ru", "ro.ru"), app_password=False),
    # Proton Mail is read through Proton Mail Bridge, which runs on this computer and
    # shows its own password; its certificate is its own, accepted by its fingerprint.
    Preset("proton", "Proton Mail (Bridge)", "127.0.0.1", 1143, Security.STARTTLS,
           ("proton.me", "protonmail.com", "protonmail.ch", "pm.me"), app_password=True),
    # Since September 2024 Microsoft takes no passwords for these accounts over IMAP.
    Preset("microsoft", "Outlook.com, Hotmail (Microsoft)", "outlook.office365.com", 993,
           Security.TLS, ("outlook.com", "outlook.de", "hotmail.com", "hotmail.de",
           "live.com", "live.de", "msn.com"), app_password=False,
           unreachable=NO_PASSWORDS),
    # Tuta has no IMAP at all: its own app exports the mail as files.
    Preset("tuta", "Tuta (Tutanota)", "", 993, Security.TLS,
           ("tuta.com", "tutanota.com", "tutanota.de", "tutamail.com", "tuta.io", "keemail.me"),
           app_password=False, unreachable=NO_IMAP_TUTA),
)  # fmt: skip
# Microsoft's IMAP servers (Outlook.com, Hotmail, Microsoft 365): passwords refused
SIGN_IN_ONLY_HOSTS = frozenset(
    {"outlook.office365.com", "imap-mail.outlook.com", "outlook.office.com"}
)


def takes_passwords(host: str) -> bool:
    """Whether a mail server takes a password from a mail program (Microsoft's do not)."""
    return host.strip().lower().rstrip(".") not in SIGN_IN_ONLY_HOSTS


def preset(key: str) -> Preset:
    """The preset with this key; raises KeyError naming the keys there are."""
    for candidate in PRESETS:
        if candidate.key == key:
            return candidate
    raise KeyError(f"{key}: no such preset (there are {', '.join(p.key for p in PRESETS)})")


def preset_for_address(address: str) -> Preset | None:
    """The provider of an e-mail address, by its domain."""
    domain = address.rpartition("@")[2].strip().lower()
    return next((p for p in PRESETS if domain in p.domains), None)
