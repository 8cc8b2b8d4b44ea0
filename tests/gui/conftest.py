# SPDX-License-Identifier: GPL-3.0-or-later
"""Widget tests run without a display: Qt's offscreen platform, chosen before Qt loads."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
