# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard: a card per watched person (days of silence, last sign, signs per month) and
the letters still awaiting an answer. It only shows what the window loaded for it."""

from __future__ import annotations

from typing import TYPE_CHECKING, override
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.alerts.awaiting import LetterKind, LetterStatus
from correspondence_app.alerts.last_contact import MAIL, SilenceStatus
from correspondence_app.gui.event_kinds import kind_words

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from PySide6.QtGui import (
        QAction,
        QFocusEvent,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
    )

    from correspondence_app.alerts.awaiting import AwaitedLetter
    from correspondence_app.alerts.last_contact import MonthCount, WatchedStatus

# Fixed colours, as in the timeline: readable on light and dark backgrounds. The status is
# always said in words too; the colour only helps the eye find it.
STATUS_COLOURS = {
    SilenceStatus.OK: QColor("#009e73"),  # bluish green: calm
    SilenceStatus.DUE: QColor("#e69f00"),  # amber
    SilenceStatus.OVERDUE: QColor("#d62728"),  # red
}
OVERDUE_LETTER_COLOUR = STATUS_COLOURS[SilenceStatus.OVERDUE]
CHART_COLOUR = QColor("#0072b2")  # blue, as received mail in the timeline
LETTER_ROLE = Qt.ItemDataRole.UserRole  # the letter's id: int for mail, "p12" for paper
AWAITED_ROLE = Qt.ItemDataRole.UserRole + 1  # the AwaitedLetter
FIRST_LETTERS = 40  # rows shown at once; the rest right after the first paint
COLUMN_STATUS, COLUMN_TO, COLUMN_SUBJECT, COLUMN_SENT, COLUMN_WAITING, COLUMN_DUE = range(6)

_STRIPE = 6  # the accent at a card's left edge, in pixels
_CARD_WIDTH = 300  # the narrowest a card is laid out; a row holds as many as fit, up to 3
_MOST_COLUMNS = 3


def _local(moment: datetime, zone: ZoneInfo) -> tuple[QDate, QTime]:
    local = moment.astimezone(zone)
    return QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)


class SignsChart(QWidget):
    """Signs of life per month as small bars, the oldest month left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: tuple[MonthCount, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Signs of life per month"))

    def set_months(self, months: Sequence[MonthCount]) -> None:
        self._months = tuple(months)
        locale = QLocale()
        parts = [
            self.tr("%1 %2: %3", "month, year: signs")
            .replace(
                "%1", locale.standaloneMonthName(m.month.month, QLocale.FormatType.ShortFormat)
            )
            .replace("%2", str(m.month.year))
            .replace("%3", locale.toString(m.signs))
            for m in self._months
        ]
        summary = ", ".join(parts)
        self.setAccessibleDescription(summary)
        self.setToolTip(
            self.tr("Signs of life per month, the last twelve months:") + "\n" + summary
            if parts
            else ""
        )
        self.update()

    @property
    def months(self) -> tuple[MonthCount, ...]:
        return self._months

    @override
    def sizeHint(self) -> QSize:
        return QSize(240, 30 + self.fontMetrics().height())

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.8)
        painter.setFont(small)
        metrics = painter.fontMetrics()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        faint = QColor(text_colour)
        faint.setAlpha(70)
        if not self._months:
            return
        count = len(self._months)
        baseline = self.height() - metrics.height() - 2
        top = 2
        largest = max((m.signs for m in self._months), default=0)
        slot = self.width() / count
        bar_width = max(2, min(18, round(slot * 0.6)))
        painter.setPen(faint)
        painter.drawLine(0, baseline, self.width() - 1, baseline)
        locale = QLocale()
        for index, month in enumerate(self._months):
            middle = round(slot * index + slot / 2)
            if month.signs and largest:
                height = max(2, round((baseline - top) * month.signs / largest))
                painter.fillRect(
                    QRect(middle - bar_width // 2, baseline - height, bar_width, height),
                    CHART_COLOUR,
                )
            initial = locale.standaloneMonthName(month.month.month, QLocale.FormatType.NarrowFormat)
            painter.setPen(text_colour)
            painter.drawText(
                QRect(round(slot * index), baseline + 1, round(slot), metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                initial,
            )


class PreviewLabel(QWidget):
    """The beginning of a message on at most two lines, the rest elided."""

    LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self._text = " ".join(text.split())  # line breaks of the mail do not matter here
        self.setAccessibleDescription(self._text)
        self.updateGeometry()
        self.update()

    @property
    def text(self) -> str:
        return self._text

    def shown_lines(self) -> list[str]:
        """The lines as drawn at the present width, the last one elided if needed."""
        if not self._text:
            return []
        width = max(1, self.width())
        metrics = self.fontMetrics()
        layout = QTextLayout(self._text, self.font())
        layout.beginLayout()
        lines: list[str] = []
        while len(lines) < self.LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start = line.textStart()
            if len(lines) == self.LINES - 1:
                rest = self._text[start:]
                lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            else:
                lines.append(self._text[start : start + line.textLength()].rstrip())
        layout.endLayout()
        return lines

    @override
    def sizeHint(self) -> QSize:
        lines = self.LINES if self._text else 0
        return QSize(200, lines * self.fontMetrics().lineSpacing())

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        colour.setAlpha(190)
        painter.setPen(colour)
        metrics = self.fontMetrics()
        for index, line in enumerate(self.shown_lines()):
            painter.drawText(QPoint(0, index * metrics.lineSpacing() + metrics.ascent()), line)


class ElidedLabel(QLabel):
    """One line, elided at the right when too narrow; the whole text in its tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full_text = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    @property
    def full_text(self) -> str:
        return self._full_text

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        elided = self.fontMetrics().elidedText(
            self._full_text, Qt.TextElideMode.ElideRight, max(1, self.width())
        )
        if elided != self.text():
            self.setText(elided)


class PersonCard(QFrame):
    """One watched person; a click, Enter or Space opens them."""

    activated = Signal(int)  # the person's id

    def __init__(self, watched: WatchedStatus, zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.watched = watched
        self.accent = QColor(STATUS_COLOURS[watched.status])
        self.setProperty("status", watched.status.value)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(220)
        self._pressed = False
        locale = QLocale()

        self.name_label = ElidedLabel(watched.name)
        name_font = QFont(self.font())
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.15)
        self.name_label.setFont(name_font)
        self.status_label = QLabel(self.status_words(watched.status))
        status_font = QFont(self.font())
        status_font.setBold(True)
        self.status_label.setFont(status_font)
        self.status_label.setStyleSheet(f"color: {self.accent.name()};")
        self.status_label.setWordWrap(True)

        self.days_label = QLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.8)
        big.setBold(True)
        self.days_label.setFont(big)
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        self.last_sign_label = QLabel()
        self.last_sign_label.setWordWrap(True)
        self.last_sign_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = PreviewLabel()
        self.preview.set_text(watched.preview)
        self.preview.setVisible(bool(watched.preview))
        self.gap_label = QLabel(self._gap_words())
        self.gap_label.setWordWrap(True)
        self.chart = SignsChart()
        self.chart.set_months(watched.signs_per_month)
        self.chart.setVisible(bool(watched.signs_per_month))

        if watched.days is None or watched.last_sign_at is None:
            self.days_label.hide()  # no number to show: the words say it, large
            self.caption_label.setText(self.tr("No sign of life yet"))
            self.caption_label.setFont(name_font)
            self.last_sign_label.setText(self.tr("Watched for %Ln day(s)", "", watched.silent_days))
            spoken = self.tr("No sign of life yet")
        else:
            self.days_label.setText(locale.toString(watched.days))
            self.caption_label.setText(
                self.tr("day(s) since the last sign of life", "", watched.days)
            )
            day, time = _local(watched.last_sign_at, zone)
            self.last_sign_label.setText(
                self.tr("Last sign: %1, %2 (%3)")
                .replace("%1", locale.toString(day, QLocale.FormatType.LongFormat))
                .replace("%2", locale.toString(time, QLocale.FormatType.ShortFormat))
                .replace("%3", kind_words(watched.kind or MAIL))
            )
            spoken = self.tr("%Ln day(s) since the last sign of life", "", watched.days)
        self.setAccessibleName(
            self.tr("%1: %2, %3")
            .replace("%1", watched.name)
            .replace("%2", spoken)
            .replace("%3", self.status_words(watched.status))
        )
        self.setAccessibleDescription(
            " ".join((self.last_sign_label.text(), self.gap_label.text()))
        )

        number = QHBoxLayout()
        number.addWidget(self.days_label, 0, Qt.AlignmentFlag.AlignBottom)
        number.addWidget(self.caption_label, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(_STRIPE + 10, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.name_label)
        layout.addWidget(self.status_label)
        layout.addLayout(number)
        layout.addWidget(self.last_sign_label)
        layout.addWidget(self.preview)
        layout.addWidget(self.gap_label)
        layout.addWidget(self.chart)
        layout.addStretch(1)  # cards of a row are as tall as the tallest

    def status_words(self, status: SilenceStatus) -> str:
        return {
            SilenceStatus.OK: self.tr("As usual"),
            SilenceStatus.DUE: self.tr("Longer than usual"),
            SilenceStatus.OVERDUE: self.tr("Overdue"),
        }[status]

    def _gap_words(self) -> str:
        watched = self.watched
        usual = self.tr("Usually every %Ln day(s)", "", watched.usual_gap_days)
        overdue = self.tr("overdue after %Ln day(s)", "", watched.threshold_days)
        return self.tr("%1; %2", "usual gap; threshold").replace("%1", usual).replace("%2", overdue)

    # Activation ------------------------------------------------------------------------
    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = True
        super().mousePressEvent(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        was_pressed, self._pressed = self._pressed, False
        if (
            event.button() == Qt.MouseButton.LeftButton
            and was_pressed
            and self.rect().contains(event.position().toPoint())
        ):
            self.activated.emit(self.watched.person_id)
        super().mouseReleaseEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.watched.person_id)
        else:
            super().keyPressEvent(event)

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # Painting --------------------------------------------------------------------------
    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        area = self.rect().adjusted(0, 0, -1, -1)
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        border = QColor(self.accent)
        border.setAlpha(255 if self.watched.status is not SilenceStatus.OK else 120)
        painter.setPen(QPen(border, 2 if self.watched.status is SilenceStatus.OVERDUE else 1))
        painter.drawRect(area)
        painter.fillRect(QRect(0, 0, _STRIPE, self.height()), self.accent)
        if self.hasFocus():
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            )
            painter.drawRect(self.rect().adjusted(_STRIPE + 3, 3, -4, -4))


class CardGrid(QWidget):
    """Cards in rows of as many as fit (one to three), reflowed when the width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[PersonCard] = []
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)

    @property
    def cards(self) -> list[PersonCard]:
        return list(self._cards)

    @property
    def columns(self) -> int:
        return self._columns

    def set_cards(self, cards: Sequence[PersonCard]) -> None:
        for card in self._cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self._cards = list(cards)
        self._columns = 0
        self._reflow()

    def _wanted_columns(self) -> int:
        return max(1, min(_MOST_COLUMNS, self.width() // _CARD_WIDTH, len(self._cards) or 1))

    def _reflow(self) -> None:
        columns = self._wanted_columns()
        if columns == self._columns:
            return
        for card in self._cards:
            self._grid.removeWidget(card)
        for column in range(_MOST_COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, card in enumerate(self._cards):
            self._grid.addWidget(card, index // columns, index % columns)
        previous: QWidget = self
        for card in self._cards:  # Tab goes through the cards in their order
            QWidget.setTabOrder(previous, card)
            previous = card
        self._columns = columns

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()


class DashboardView(QWidget):
    """Watched people first, most urgent first as given, then the letters awaiting answers."""

    person_opened = Signal(int)  # the person's id
    letter_opened = Signal(object)  # the letter's id: int for mail, "p12" for paper
    person_menu_requested = Signal(int, QPoint)  # the person's id, where (global)
    letter_menu_requested = Signal(object, QPoint)  # the AwaitedLetter, where (global)
    painted = Signal()  # each time the overview was painted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Overview"))
        self._letters_generation = 0
        # Rows that wait for the first paint: generation, letters, zone.
        self._rest: tuple[int, Sequence[AwaitedLetter], ZoneInfo] = (0, (), ZoneInfo("UTC"))
        self.actions_bar = QHBoxLayout()
        self.actions_buttons: list[QToolButton] = []
        self.actions_bar.addStretch(1)
        self.people_heading = self._heading(self.tr("Signs of life"))
        self.no_watched_label = QLabel(
            self.tr(
                "Nobody is watched yet. Watch the people whose silence should worry you: "
                "the overview then shows how long ago each last gave a sign of life and "
                "warns when a silence lasts longer than usual.\n\n"
                "To watch someone, open People (Ctrl+Shift+P), choose the person and press "
                "Watch."
            )
        )
        self.no_watched_label.setWordWrap(True)
        self.no_watched_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_watched_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_grid = CardGrid()
        self.letters_heading = self._heading(self.tr("Letters awaiting an answer"))
        self.no_letters_label = QLabel(self.tr("No letter awaits an answer."))
        self.letters = QTreeWidget()
        self.letters.setAccessibleName(self.tr("Letters awaiting an answer"))
        self.letters.setRootIsDecorated(False)
        self.letters.setUniformRowHeights(True)
        self.letters.setAllColumnsShowFocus(True)
        self.letters.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.letters.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.letters.setHeaderLabels(
            [
                self.tr("Status"),
                self.tr("To"),
                self.tr("Subject"),
                self.tr("Sent"),
                self.tr("Waiting"),
                self.tr("Due"),
            ]
        )
        header = self.letters.header()
        header.setStretchLastSection(False)
        for column in range(self.letters.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_TO, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMN_TO, 220)
        self.letters.itemActivated.connect(self.on_letters_item_activated)
        self.letters.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.letters.customContextMenuRequested.connect(self.on_letters_menu_requested)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.people_heading)
        layout.addWidget(self.no_watched_label)
        layout.addWidget(self.card_grid)
        layout.addSpacing(12)
        layout.addWidget(self.letters_heading)
        layout.addWidget(self.no_letters_label)
        layout.addWidget(self.letters)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        content.installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.show_alerts([], [], ZoneInfo("UTC"))

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        label.setFont(font)
        label.setAccessibleName(text)
        return label

    def add_action(self, action: QAction) -> QToolButton:
        """A button above the cards for the action (record a sign of life, and so on)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_bar.insertWidget(self.actions_bar.count() - 1, button)
        self.actions_buttons.append(button)
        return button

    @property
    def cards(self) -> list[PersonCard]:
        return self.card_grid.cards

    def show_alerts(
        self,
        watched: Sequence[WatchedStatus],
        letters: Sequence[AwaitedLetter],
        zone: ZoneInfo,
    ) -> None:
        """Shows new alerts in the order given (most urgent first); ``zone`` is the user's."""
        cards = [PersonCard(person, zone) for person in watched]
        for card in cards:
            card.activated.connect(self.person_opened)
            card.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            card.customContextMenuRequested.connect(
                lambda where, card=card: self.person_menu_requested.emit(
                    card.watched.person_id, card.mapToGlobal(where)
                )
            )
        self.card_grid.set_cards(cards)
        self.card_grid.setVisible(bool(cards))
        self.no_watched_label.setVisible(not cards)
        self._show_letters(letters, zone)

    def _show_letters(self, letters: Sequence[AwaitedLetter], zone: ZoneInfo) -> None:
        """The first rows at once, the rest once the overview was painted: it shows without
        waiting for hundreds of rows."""
        self._letters_generation += 1
        self.letters.clear()
        self._add_letters(letters[:FIRST_LETTERS], zone)
        self._rest = (self._letters_generation, letters[FIRST_LETTERS:], zone)
        self.letters.setVisible(bool(letters))
        self.no_letters_label.setVisible(not letters)
        self._fit_letters_height()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page in the scroll area covers the view: its paint is the overview's.
        if event.type() == QEvent.Type.Paint:
            if self._rest[1]:
                generation, letters, zone = self._rest
                self._rest = (generation, (), zone)
                QTimer.singleShot(0, lambda: self._add_rest(generation, letters, zone))
            self.painted.emit()
        return False

    def _add_rest(self, generation: int, letters: Sequence[AwaitedLetter], zone: ZoneInfo) -> None:
        if generation == self._letters_generation:
            self._add_letters(letters, zone)
            self._fit_letters_height()

    def add_all_letters(self) -> None:
        """Adds the rows still waiting for the first paint (for a hidden overview)."""
        generation, letters, zone = self._rest
        self._rest = (generation, (), zone)
        self._add_rest(generation, letters, zone)

    def _add_letters(self, letters: Sequence[AwaitedLetter], zone: ZoneInfo) -> None:
        locale = QLocale()
        items = []
        for letter in letters:
            sent, _ = _local(letter.sent_at, zone)
            due = QDate(letter.due_on.year, letter.due_on.month, letter.due_on.day)
            item = QTreeWidgetItem(
                [
                    self.letter_status_words(letter.status),
                    ", ".join(letter.to),
                    letter.subject or self.tr("(no subject)"),
                    locale.toString(sent, QLocale.FormatType.ShortFormat),
                    self.tr("%Ln day(s)", "", letter.days),
                    locale.toString(due, QLocale.FormatType.ShortFormat),
                ]
            )
            item.setToolTip(COLUMN_TO, "\n".join(letter.to))
            item.setToolTip(COLUMN_SUBJECT, letter.subject)
            item.setTextAlignment(COLUMN_WAITING, Qt.AlignmentFlag.AlignRight)
            letter_id: int | str = (
                letter.ref.number if letter.kind is LetterKind.MAIL else letter.id
            )
            item.setData(0, LETTER_ROLE, letter_id)
            item.setData(0, AWAITED_ROLE, letter)
            if letter.status is LetterStatus.OVERDUE:
                bold = QFont(self.letters.font())
                bold.setBold(True)
                for column in range(self.letters.columnCount()):
                    item.setForeground(column, OVERDUE_LETTER_COLOUR)
                item.setFont(COLUMN_STATUS, bold)
            items.append(item)
        self.letters.addTopLevelItems(items)

    def _fit_letters_height(self) -> None:
        """The whole list shows: the page scrolls, not the list inside it."""
        rows = self.letters.topLevelItemCount()
        row_height = self.letters.sizeHintForRow(0) if rows else 0
        header = self.letters.header().sizeHint().height()
        frame = 2 * self.letters.frameWidth()
        self.letters.setFixedHeight(header + rows * max(row_height, 1) + frame + 2)

    def letter_status_words(self, status: LetterStatus) -> str:
        return {
            LetterStatus.WAITING: self.tr("Waiting"),
            LetterStatus.DUE_SOON: self.tr("Due soon"),
            LetterStatus.OVERDUE: self.tr("Overdue"),
            LetterStatus.ANSWERED: self.tr("Answered"),
        }[status]

    def on_letters_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.letter_opened.emit(item.data(0, LETTER_ROLE))

    def on_letters_menu_requested(self, where: QPoint) -> None:
        item = self.letters.itemAt(where)
        if item is not None:
            self.letter_menu_requested.emit(
                item.data(0, AWAITED_ROLE), self.letters.viewport().mapToGlobal(where)
            )
