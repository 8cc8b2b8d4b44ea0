# SPDX-License-Identifier: GPL-3.0-or-later
"""The words for the kinds of signs of life, the same wherever a kind is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from correspondence_app.alerts.last_contact import MAIL
from correspondence_app.storage.people_tables import EventKind

# Mail first, then the kinds entered by hand as the sign-of-life dialog offers them.
KINDS: tuple[str, ...] = (MAIL, *(kind.value for kind in EventKind))


def kind_words(kind: str) -> str:
    """MAIL or an EventKind value in words; an unknown kind as it is."""
    words = {
        MAIL: QCoreApplication.translate("EventKinds", "E-mail"),
        EventKind.PHONE.value: QCoreApplication.translate("EventKinds", "Phone call"),
        EventKind.MESSENGER.value: QCoreApplication.translate("EventKinds", "Messenger"),
        EventKind.IN_PERSON.value: QCoreApplication.translate("EventKinds", "In person"),
        EventKind.THIRD_PARTY.value: QCoreApplication.translate(
            "EventKinds", "Through someone else"
        ),
        EventKind.LETTER.value: QCoreApplication.translate("EventKinds", "Letter"),
        EventKind.OTHER.value: QCoreApplication.translate("EventKinds", "Other"),
    }
    return words.get(kind, kind)
