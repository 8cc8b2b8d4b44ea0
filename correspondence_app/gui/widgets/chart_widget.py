# SPDX-License-Identifier: GPL-3.0-or-later
"""What the drawn timelines share as widgets: they follow the pointer with a tooltip for
the part under it, take the focus by click or key, frame themselves when reached by
keyboard, and forget what was hovered when the pointer leaves."""

from __future__ import annotations

from typing import TYPE_CHECKING, override

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QFocusEvent


class ChartWidget[Part](QWidget):
    """A chart painted by hand, by default a low strip as wide as it is let be; ``Part`` is
    what the pointer can hover (a bar's index, a mark). A subclass may change the sizes and
    the font scale below, says what a point shows in ``tooltip_text_at``, and paints the
    focus frame last with ``paint_focus_frame``."""

    PREFERRED_SIZE = QSize(600, 96)
    SMALLEST_SIZE = QSize(160, 64)
    FONT_SCALE = 0.85  # of the labels and the legend, to the widget's font
    VERTICAL_POLICY = QSizePolicy.Policy.Preferred

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hovered: Part | None = None
        self._shows_focus = False
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, self.VERTICAL_POLICY)

    def small_font(self) -> QFont:
        """The font of the labels and the legend: a little smaller than the widget's."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self.FONT_SCALE)
        return font

    # The pointer -------------------------------------------------------------------------
    @property
    def hovered(self) -> Part | None:
        """The part under the pointer, drawn highlighted."""
        return self._hovered

    def hover(self, part: Part | None, point: QPoint, *, follow: bool = True) -> None:
        """The pointer is at ``point`` over ``part``: a tooltip shown follows it to another
        part unless ``follow`` is False."""
        if part != self._hovered:
            self._hovered = part
            if follow and QToolTip.isVisible():
                self.show_tooltip_at(point)
            self.update()

    def tooltip_text_at(self, point: QPoint) -> str:
        """What the tooltip at ``point`` says; "" for none."""
        return ""

    def show_tooltip_at(self, point: QPoint) -> bool:
        """Shows the tooltip for ``point``, or hides the one shown; whether there is one."""
        text = self.tooltip_text_at(point)
        if text:
            QToolTip.showText(self.mapToGlobal(point), text, self)
        else:
            QToolTip.hideText()
        return bool(text)

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if not self.show_tooltip_at(event.pos()):
                event.ignore()
            return True
        return super().event(event)

    @override
    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    # Sizes and focus ---------------------------------------------------------------------
    @override
    def sizeHint(self) -> QSize:
        return QSize(self.PREFERRED_SIZE)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(self.SMALLEST_SIZE)

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        keyboard = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        self._shows_focus = event.reason() in keyboard
        self.update()
        super().focusInEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._shows_focus = False
        self.update()
        super().focusOutEvent(event)

    def paint_focus_frame(self, painter: QPainter, colour: QColor) -> None:
        """A dashed frame while the focus came by keyboard, to say where it is."""
        if not (self._shows_focus and self.hasFocus()):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.restore()
