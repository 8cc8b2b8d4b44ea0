# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates and sizes written the way the user's language writes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

if TYPE_CHECKING:
    from datetime import datetime


def short_date_time(moment: datetime | None) -> str:
    """In the user's time zone and the language's short format; "" when unknown."""
    if moment is None:
        return ""
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def data_size(size_bytes: int) -> str:
    """ "1,3 kB", "2,0 MB"; under a kilobyte the bytes in the language's plural form ("1
    Byte", "108 байт"), which Qt's own formatting lacks ("1 Bytes", "108 байты")."""
    if 0 <= size_bytes < 1000:
        return QCoreApplication.translate("Formatting", "%n byte(s)", None, size_bytes)
    return QLocale().formattedDataSize(size_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
