# SPDX-License-Identifier: GPL-3.0-or-later
"""The application's names on a desktop: one reverse-DNS id for the .desktop file, the
AppStream metadata, the icon and Qt's desktop file name."""

from __future__ import annotations

APP_ID = "io.github.correspondencearchive.CorrespondenceArchive"
APP_NAME = "Correspondence Archive"
