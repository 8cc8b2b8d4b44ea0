# SPDX-License-Identifier: GPL-3.0-or-later
"""Icons and translations shipped in resources/ (beside the package, or inside a wheel)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QIcon


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
