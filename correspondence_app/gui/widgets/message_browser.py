# SPDX-License-Identifier: GPL-3.0-or-later
"""The message text: sanitised HTML or folded plain text, with nothing loaded from outside."""

from __future__ import annotations

from typing import TYPE_CHECKING, override

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCursor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QToolTip, QWidget

from correspondence_app.render.body import (
    LINK_SCHEMES,
    header_text,
    inline_image_format,
    plain_text_to_html,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping

QUOTE_SCHEME = "quote"  # plain_text_to_html's links that fold and unfold a quote
_MAX_TARGET_CHARS = 8000


def _inline_image(data: bytes) -> QImage:
    """The part as a raster image, or a transparent pixel: never a null image, for which
    Qt would try to load the src as a file name itself."""
    image = QImage()
    image_format = inline_image_format(data)
    if image_format is None or not image.loadFromData(data, image_format):
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
    return image


class MessageBrowser(QTextBrowser):
    """One message body; the only resources it serves are the message's own ``cid:`` parts."""

    link_activated = Signal(QUrl)  # a web or mail link: the owner confirms before opening it
    quote_toggled = Signal(int)  # a quote block (its index in fold_quotes) was unfolded or folded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._inline_parts: dict[str, tuple[str, bytes]] = {}
        self._plain_text: str | None = None
        self._expanded_quotes: set[int] = set()
        self.anchorClicked.connect(self.on_anchor_clicked)
        self.highlighted.connect(self.on_highlighted)

    @property
    def expanded_quotes(self) -> frozenset[int]:
        return frozenset(self._expanded_quotes)

    def set_inline_parts(self, parts: Mapping[str, tuple[str, bytes]]) -> None:
        """Content-ID -> (content type, bytes) of the message about to be shown."""
        self._inline_parts = {cid.strip().strip("<>"): part for cid, part in parts.items()}

    def show_html(self, sanitised_html: str) -> None:
        """HTML from sanitise_html(); its ``cid:`` images come from set_inline_parts()."""
        self._plain_text = None
        self._expanded_quotes = set()
        self.setHtml(sanitised_html)

    def show_plain(self, text: str, *, expanded: Collection[int] | None = None) -> None:
        """Plain text with folded quotes; unfolded are ``expanded``, else those unfolded so far."""
        if expanded is not None:
            self._expanded_quotes = set(expanded)
        elif text != self._plain_text:
            self._expanded_quotes = set()
        self._plain_text = text
        summary = self._quote_summary
        self.setHtml(
            plain_text_to_html(text, expanded=self._expanded_quotes, quote_summary=summary)
        )

    @override
    def clear(self) -> None:
        self._plain_text = None
        self._expanded_quotes = set()
        super().clear()

    def _quote_summary(self, quoted_lines: int) -> str:
        return self.tr("%n quoted line(s)", "", quoted_lines)

    @override
    def loadResource(self, resource_type: int, name: QUrl | str, /) -> object:
        """The ``cid:`` part asked for, else an empty value: never None, or Qt tries itself."""
        url = QUrl(name)
        part = None
        if url.scheme().lower() == "cid":
            content_id = url.path(QUrl.ComponentFormattingOption.FullyDecoded).strip("<>")
            part = self._inline_parts.get(content_id)
        data = part[1] if part else b""
        if resource_type == QTextDocument.ResourceType.ImageResource:
            return _inline_image(data)
        return QByteArray(data)

    @Slot(QUrl)
    def on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme in LINK_SCHEMES:
            self.link_activated.emit(url)
            return
        number = url.path()
        if scheme == QUOTE_SCHEME and self._plain_text is not None and number.isdecimal():
            index = int(number)
            self._expanded_quotes ^= {index}
            scrolled = self.verticalScrollBar().value()
            self.show_plain(self._plain_text)
            self.verticalScrollBar().setValue(scrolled)
            self.quote_toggled.emit(index)

    @Slot(QUrl)
    def on_highlighted(self, url: QUrl) -> None:
        """Hovering a link shows where it really leads, whatever its text says."""
        if url.scheme().lower() in LINK_SCHEMES:
            QToolTip.showText(QCursor.pos(), link_target_text(url), self.viewport())
        else:
            QToolTip.hideText()


def link_target_text(url: QUrl) -> str:
    """The whole target on one line; percent-encoded if it holds anything invisible."""
    readable = url.toString()
    shown = header_text(readable, max_chars=_MAX_TARGET_CHARS)
    if shown == readable:
        return shown
    encoded = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    return header_text(encoded, max_chars=_MAX_TARGET_CHARS)


def link_confirmation_box(parent: QWidget | None, url: QUrl) -> QMessageBox:
    """Asks before a link leaves the archive, showing its full target as plain text."""
    if url.scheme().lower() == "mailto":
        question = QCoreApplication.translate(
            "MessageBrowser", "Write to this address with your mail program?\n\n%1"
        )
    else:
        question = QCoreApplication.translate(
            "MessageBrowser", "Open this link in your web browser?\n\n%1"
        )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MessageBrowser", "Open link"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a target is never markup
    box.setText(question.replace("%1", link_target_text(url)))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def confirm_and_open_link(
    parent: QWidget | None,
    url: QUrl,
    *,
    open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
) -> bool:
    """Opens a web or mail link once the user confirms; whether it was handed on."""
    if url.scheme().lower() not in LINK_SCHEMES:
        return False
    box = link_confirmation_box(parent, url)
    box.exec()
    confirmed = box.clickedButton() == box.button(QMessageBox.StandardButton.Open)
    box.deleteLater()
    return confirmed and open_url(url)
