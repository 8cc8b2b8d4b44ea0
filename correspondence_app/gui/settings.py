# SPDX-License-Identifier: GPL-3.0-or-later
"""What the application remembers between runs, outside the archive.

Only the archive's location, the language, the lock timeout, window geometry (with its
panes and columns), where backups go and how often to remind of them and to check the
archive: never anything from a message (no subject, address or search term).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_LOCK_MINUTES = 10
DEFAULT_BACKUP_KEEP = 5  # as correspondence_app.backup.DEFAULT_KEEP
MOST_BACKUPS_KEPT = 99
DEFAULT_BACKUP_REMIND_DAYS = 7  # as correspondence_app.backup.DEFAULT_REMIND_DAYS
MOST_BACKUP_REMIND_DAYS = 365
MOST_INTEGRITY_DAYS = 90
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

    # Backups and checks ----------------------------------------------------------------------
    @property
    def backup_destination(self) -> Path | None:
        """The folder the last backup went to (a drive's folder, say)."""
        value = self._settings.value("backup/destination", "")
        return Path(str(value)) if value else None

    @backup_destination.setter
    def backup_destination(self, folder: Path | None) -> None:
        self._settings.setValue("backup/destination", str(folder) if folder else "")

    @property
    def backup_keep(self) -> int:
        """How many backups of the archive to keep in the destination."""
        return self._number("backup/keep", DEFAULT_BACKUP_KEEP, 1, MOST_BACKUPS_KEPT)

    @backup_keep.setter
    def backup_keep(self, count: int) -> None:
        self._settings.setValue("backup/keep", min(max(1, int(count)), MOST_BACKUPS_KEPT))

    @property
    def backup_remind_days(self) -> int:
        """The overview reminds of a backup when the last one is older than this."""
        return self._number(
            "backup/remind_days", DEFAULT_BACKUP_REMIND_DAYS, 1, MOST_BACKUP_REMIND_DAYS
        )

    @backup_remind_days.setter
    def backup_remind_days(self, days: int) -> None:
        days = min(max(1, int(days)), MOST_BACKUP_REMIND_DAYS)
        self._settings.setValue("backup/remind_days", days)

    @property
    def integrity_days(self) -> int:
        """The archive is checked after unlocking when its last check is this many days
        old; 0 (the default): never by itself."""
        return self._number("integrity/every_days", 0, 0, MOST_INTEGRITY_DAYS)

    @integrity_days.setter
    def integrity_days(self, days: int) -> None:
        self._settings.setValue("integrity/every_days", min(max(0, int(days)), MOST_INTEGRITY_DAYS))

    def _number(self, key: str, default: int, least: int, most: int) -> int:
        try:
            number = int(str(self._settings.value(key, default)))
        except ValueError:
            return default
        return min(max(least, number), most)

    def geometry(self, name: str) -> QByteArray | None:
        """A window's geometry or a splitter's state, as Qt saved it."""
        value = self._settings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"window/{name}", value)

    def column_widths(self, name: str) -> list[int]:
        """A table's column widths in pixels, as the user left them; [] when not known."""
        value = str(self._settings.value(f"window/{name}", ""))
        try:
            return [max(0, int(width)) for width in value.split(",")] if value else []
        except ValueError:
            return []

    def set_column_widths(self, name: str, widths: list[int]) -> None:
        self._settings.setValue(f"window/{name}", ",".join(str(width) for width in widths))

    def sync(self) -> None:
        self._settings.sync()
