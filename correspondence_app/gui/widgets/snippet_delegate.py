# SPDX-License-Identifier: GPL-3.0-or-later
"""Paints a search result's subject with the snippet below it, matched words highlighted."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QIcon, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from correspondence_app.gui.models.thread_list_model import NO_COLOR, SNIPPET_ROLE, TAGS_ROLE

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from correspondence_app.search.snippets import Snippet


def snippet_html(snippet: Snippet, highlight: str = "#ffe08a") -> str:
    """The snippet as escaped HTML, each matched word on a highlight colour."""
    pieces, last = [], 0
    for start, end in snippet.marks:
        pieces.append(escape(snippet.text[last:start]))
        pieces.append(
            f"<span style='background:{highlight}; color:black'>"
            f"{escape(snippet.text[start:end])}</span>"
        )
        last = end
    pieces.append(escape(snippet.text[last:]))
    return "".join(pieces)


class SnippetDelegate(QStyledItemDelegate):
    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument | None:
        snippet = index.data(SNIPPET_ROLE)
        if snippet is None:
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        subject = escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        dots = "".join(
            f"<span style='color:{color or NO_COLOR}'>●</span>"
            for _, color in (index.data(TAGS_ROLE) or ())[:4]
        )
        # The subject on one line (after its tags' dots), the passage on the lines below it.
        document.setHtml(
            f"<div style='white-space:nowrap'>{dots}{' ' if dots else ''}<b>{subject}</b></div>"
            f"<div>{snippet_html(snippet)}</div>"
        )
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        option.icon = QIcon()  # the tags' dots are in the document
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect
        document.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text,
                option.palette.color(QPalette.ColorRole.HighlightedText),
            )
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(SNIPPET_ROLE) is None:
            return size
        return QSize(size.width(), int(size.height() * 3.2))
