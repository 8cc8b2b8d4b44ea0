# SPDX-License-Identifier: GPL-3.0-or-later
"""What the application remembers between runs, outside the archive.

Only the archive's location, the language, the lock timeout and window geometry:
never anything from a message (no subject, address or search term).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_LOCK_MINUTES = 10
LANGUAGES = ("", "de", "en", "ru")  # "" follows the system


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    @property
    def last_archive(self) -> Path | None:
        value = self._settings.value("archive/last", "")
        return Path(str(value)) if value else None

    @last_archive.setter
    def last_archive(self, folder: Path | None) -> None:
        self._settings.setValue("archive/last", str(folder) if folder else "")

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", ""))
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("ui/language", code if code in LANGUAGES else "")

    @property
    def lock_minutes(self) -> int:
        try:
            minutes = int(str(self._settings.value("security/lock_minutes", DEFAULT_LOCK_MINUTES)))
        except ValueError:
            return DEFAULT_LOCK_MINUTES
        return max(0, minutes)  # 0: never lock by itself

    @lock_minutes.setter
    def lock_minutes(self, minutes: int) -> None:
        self._settings.setValue("security/lock_minutes", max(0, int(minutes)))

    def geometry(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self._settings.sync()
