# SPDX-License-Identifier: GPL-3.0-or-later
"""Paints a sidebar entry with a count: a name too long for the sidebar is shortened, its
count stays in view ("Unbeantwortet an Beh… (12)")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from correspondence_app.gui.models.sidebar_model import COUNT_ROLE, LABEL_ROLE

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics


def fitted(label: str, count: str, metrics: QFontMetrics, width: int) -> str:
    """``label (count)`` in ``width`` pixels: the label shortened if need be, never the count."""
    suffix = f" ({count})"
    whole = label + suffix
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    room = max(width - metrics.horizontalAdvance(suffix), 0)
    return metrics.elidedText(label, Qt.TextElideMode.ElideRight, room) + suffix


class SidebarDelegate(QStyledItemDelegate):
    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The entry's text, fitted to the width it is painted in."""
        super().initStyleOption(option, index)
        label, count = index.data(LABEL_ROLE), index.data(COUNT_ROLE)
        if label is None or count is None or option.rect.width() <= 0:
            return  # no count, or sizing rather than painting: the whole text
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        # The style keeps a margin on each side of the text (as Qt's own item views do).
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        option.text = fitted(str(label), str(count), option.fontMetrics, area.width() - 2 * margin)
