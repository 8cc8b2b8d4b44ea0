# SPDX-License-Identifier: GPL-3.0-or-later
"""Icons, translations and fonts shipped in resources/ (beside the package, or inside a
wheel)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QIcon

from correspondence_app.export import pdf_fonts


@functools.cache
def resources_folder() -> Path:
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "icons").is_dir():
            return candidate
    return package.parent / "resources"


def icon(name: str) -> QIcon:
    path = resources_folder() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def translations_folder() -> Path:
    return resources_folder() / "translations"


def add_shipped_fonts() -> list[str]:
    """Makes the fonts shipped for the letters common fonts lack (Ethiopic for Tigrinya and
    Amharic, black and white emoji) known to Qt, which then draws those letters from them
    where the computer has no font of its own for them; returns their families."""
    families: list[str] = []
    for _family, files in pdf_fonts.SHIPPED:
        for name in files.values():
            added = QFontDatabase.addApplicationFont(str(resources_folder() / "fonts" / name))
            if added >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(added))
    return sorted(set(families))
