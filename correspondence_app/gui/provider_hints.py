# SPDX-License-Identifier: GPL-3.0-or-later
"""What each mail provider asks for before a mail program may fetch (IMAP switched on, an
app password), in the user's language, keyed by the presets' keys."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ProviderHints(QObject):
    def hint(self, key: str) -> str:
        """What the provider asks for before a mail program may fetch, in the user's words."""
        hints = {
            # GMX and WEB.DE are one company's, with the same settings.
            "gmx": self.tr(
                "%1: switch on IMAP first. In the %1 mailbox on the web, open E-mail Settings → "
                "POP3/IMAP Retrieval and tick “Allow access via POP3 and IMAP”. Then use your "
                "usual %1 password."
            ).replace("%1", "GMX"),
            "webde": self.tr(
                "%1: switch on IMAP first. In the %1 mailbox on the web, open E-mail Settings → "
                "POP3/IMAP Retrieval and tick “Allow access via POP3 and IMAP”. Then use your "
                "usual %1 password."
            ).replace("%1", "WEB.DE"),
            "t-online": self.tr(
                "Telekom: mail programs need a password of their own. In the Telekom E-Mail "
                "Center, open Settings → Passwords → “Password for e-mail programs”, set one and "
                "type it here."
            ),
            "freenet": self.tr(
                "freenet: switch on access by mail programs (IMAP) in the settings of freenet Mail "
                "first. Then use your usual freenet password."
            ),
            "posteo": self.tr("Posteo: IMAP is always on; use your Posteo address and password."),
            "mailbox-org": self.tr(
                "mailbox.org: IMAP is always on; use your mailbox.org address and password."
            ),
            "gmail": self.tr(
                "Gmail wants an app password. Switch on 2-Step Verification in your Google "
                "Account, then open Security → 2-Step Verification → App passwords, create one and "
                "type it here (16 letters)."
            ),
            "yahoo": self.tr(
                "Yahoo wants an app password: open Account Info → Account security → “Generate app "
                "password”, create one and type it here."
            ),
            "icloud": self.tr(
                "iCloud wants an app-specific password: sign in at account.apple.com, open Sign-In "
                "and Security → App-Specific Passwords, create one and type it here."
            ),
            "mailru": self.tr(
                "Mail.ru: allow mail programs and use an app password. In the mail settings, open "
                "“Mail programs” and allow access with mail clients; then open Security → "
                "“Passwords for external applications”, create one and type it here."
            ),
            "yandex": self.tr(
                "Yandex Mail: switch on IMAP and use an app password. In the mail settings, open "
                "“Email clients” and tick “From the imap.yandex.ru server via IMAP”; then in "
                "Yandex ID open Security → “App passwords”, create one for mail and type it here."
            ),
            "proton": self.tr(
                "Proton Mail is read through Proton Mail Bridge (paid plans): start the Bridge, "
                "and type the password it shows for your address; accept the Bridge's "
                "certificate when the test shows it. Without the Bridge, export the mail with "
                "the Proton Mail Export Tool and import its folder."
            ),
            "tuta": self.tr(
                "Tuta offers no IMAP for mail programs. Export the mail with Tuta's desktop app "
                "as .eml files and import those with “Import mail files”."
            ),
            "microsoft": self.tr(
                "Outlook.com and Hotmail take no passwords from mail programs, only Microsoft's "
                "own sign-in, which this program does not use. Bring the mail in as a file: in "
                "Outlook.com open Settings → General → Privacy and data → Export mailbox, then "
                "import the .pst file Microsoft sends with “Import mail files”."
            ),
            "rambler": self.tr(
                "Rambler: switch on IMAP first. In the mail settings, open “Mail programs” and "
                "switch on access to the mailbox with mail clients. Then use your usual Rambler "
                "password."
            ),
        }
        return hints.get(
            key,
            self.tr(
                "Your provider's help pages name its IMAP server (“incoming mail server”) and "
                "port, and say whether IMAP must first be switched on in its web settings."
            ),
        )
