# SPDX-License-Identifier: GPL-3.0-or-later
"""A person's timeline in words: the summary for screen readers, and the tooltips of a
mark and of a silence, with days and times where the user lives."""

from __future__ import annotations

import html
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from correspondence_app.alerts.last_contact import MAIL
from correspondence_app.alerts.person_timeline import Direction
from correspondence_app.gui.event_kinds import kind_words

if TYPE_CHECKING:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from correspondence_app.alerts.person_timeline import Gap, PersonTimeline, TimelineItem

_SUMMARY_CHARS = 300  # of a subject or note in a tooltip


def summary_words(timeline: PersonTimeline | None) -> str:
    """The timeline in words, for screen readers."""
    if timeline is None or not timeline.items:
        return QCoreApplication.translate("PersonTimelineView", "No messages or signs of life yet")
    counts = {direction: 0 for direction in Direction}
    for item in timeline.items:
        counts[item.direction] += 1
    parts = [
        QCoreApplication.translate(
            "PersonTimelineView", "%Ln message(s) received", "", counts[Direction.FROM]
        ),
        QCoreApplication.translate(
            "PersonTimelineView", "%Ln message(s) sent", "", counts[Direction.TO]
        ),
        QCoreApplication.translate(
            "PersonTimelineView", "%Ln sign(s) of life entered by hand", "", counts[Direction.EVENT]
        ),
        QCoreApplication.translate(
            "PersonTimelineView", "usually every %Ln day(s)", "", timeline.usual_gap_days
        ),
        QCoreApplication.translate(
            "PersonTimelineView", "%Ln silence(s) longer than usual", "", len(timeline.gaps)
        ),
    ]
    if timeline.gaps:
        longest = max(gap.days for gap in timeline.gaps)
        parts.append(
            QCoreApplication.translate("PersonTimelineView", "the longest %Ln day(s)", "", longest)
        )
    return "; ".join(parts) + "."


def direction_words(direction: Direction) -> str:
    return {
        Direction.FROM: QCoreApplication.translate("PersonTimelineView", "Received"),
        Direction.TO: QCoreApplication.translate("PersonTimelineView", "Sent"),
        Direction.EVENT: QCoreApplication.translate("PersonTimelineView", "Entered by hand"),
    }[direction]


def _local(moment: datetime, zone: ZoneInfo | None) -> datetime:
    return moment.astimezone(zone) if zone else moment


def _long_day(moment: datetime, zone: ZoneInfo | None) -> str:
    local = _local(moment, zone)
    day = QDate(local.year, local.month, local.day)
    return QLocale().toString(day, QLocale.FormatType.LongFormat)


def item_tooltip(item: TimelineItem, zone: ZoneInfo | None) -> str:
    """When (in ``zone``), which way, what kind, and the subject or note."""
    local = _local(item.at, zone)
    when = (
        QCoreApplication.translate("PersonTimelineView", "%1, %2", "a day and a time")
        .replace("%1", _long_day(item.at, zone))
        .replace(
            "%2",
            QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat),
        )
    )
    what = (
        QCoreApplication.translate("PersonTimelineView", "%1 · %2", "direction and kind")
        .replace("%1", direction_words(item.direction))
        .replace("%2", kind_words(item.kind))
    )
    summary = item.summary.strip()
    if not summary and item.kind == MAIL:
        summary = QCoreApplication.translate("PersonTimelineView", "(no subject)")
    if len(summary) > _SUMMARY_CHARS:
        summary = summary[: _SUMMARY_CHARS - 1] + "…"
    return "\n".join(line for line in (when, what, summary) if line)


def gap_tooltip(gap: Gap, zone: ZoneInfo | None, end_of_today: datetime) -> str:
    """How long the silence is, and from which day to which (today at the latest)."""
    last = min(gap.end, end_of_today - timedelta(seconds=1))
    return "\n".join(
        (
            QCoreApplication.translate(
                "PersonTimelineView", "No sign of life for %Ln day(s)", "", gap.days
            ),
            QCoreApplication.translate("PersonTimelineView", "%1 to %2")
            .replace("%1", _long_day(gap.start, zone))
            .replace("%2", _long_day(last, zone)),
        )
    )


def rich(text: str) -> str:
    """Plain lines as a tooltip that wraps, where a subject can never be markup."""
    return "<qt>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</qt>"
