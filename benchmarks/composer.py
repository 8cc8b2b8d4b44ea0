# SPDX-License-Identifier: GPL-3.0-or-later
"""The words of each message: subject, greeting, sentences, signature, quotes, HTML."""

from __future__ import annotations

import html
import random
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from benchmarks import mailers, mime
from benchmarks.mailers import Style
from benchmarks.phrasebook import (
    ATTRIBUTIONS,
    CLOSINGS,
    DATE_MONTHS,
    DOCTORS,
    FORWARD_PREFIXES,
    FORWARDED_MESSAGE,
    GREETINGS_TO_ME,
    ME,
    MONTHS,
    ORIGINAL_MESSAGE,
    PERSONAS,
    REPLY_PREFIXES,
    SENTENCES,
    SUBJECTS,
    WEEKDAYS,
    WEEKS,
    Mailer,
    Persona,
    Role,
)

if TYPE_CHECKING:
    from benchmarks.plan import Plan

_MY_FIRST_NAMES = {
    "de": ("Katharina", "Katja", "K."),
    "ru": ("Катя", "Катарина"),
    "en": ("Katja", "K."),
}
_FRIEND_NAMES = {"de": "Dima", "ru": "Дима", "en": "Dima"}


@dataclass(frozen=True)
class Text:
    """A message's plain text and the quoted or forwarded message it carries."""

    plain: str
    heading: str  # attribution line or header block of the quoted message
    content: str  # the quoted message's own plain text, unprefixed


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def strip_prefixes(subject: str) -> str:
    prefixes = ("Re: ", "RE: ", "AW: ", "Antw: ", "Ответ: ", "Fwd: ", "FW: ", "Fw: ", "WG: ")
    changed = True
    while changed:
        changed = False
        for prefix in prefixes:
            if subject.startswith(prefix):
                subject = subject[len(prefix) :]
                changed = True
    return subject


class Composer:
    """Builds each message from the plan; every draw is seeded by (seed, index, purpose)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._subjects: dict[int, str] = {}
        self._styles: dict[int, Style] = {}
        self._own: dict[int, tuple[list[str], str]] = {}
        self._texts: dict[tuple[int, int], Text] = {}
        self._data: dict[tuple[int, bool], bytes] = {}

    def rng(self, index: int, purpose: str) -> random.Random:
        return random.Random(f"{self.plan.seed}/{index}/{purpose}")

    def correspondent(self, index: int) -> Persona:
        return PERSONAS[self.plan.persona[index]]

    def sender(self, index: int) -> Persona:
        correspondent = self.correspondent(index)
        return ME[correspondent.language] if self.plan.outgoing[index] else correspondent

    def recipient(self, index: int) -> Persona:
        correspondent = self.correspondent(index)
        return correspondent if self.plan.outgoing[index] else ME[correspondent.language]

    def utc_offset(self, index: int) -> int:
        winter, summer, _, _ = self.sender(index).zone.value
        return mime.offset_of(self.plan.sent_at[index], winter, summer)

    def style(self, index: int) -> Style:
        cached = self._styles.get(index)
        if cached is None:
            cached = self._styles[index] = self._draw_style(index)
        return cached

    def _draw_style(self, index: int) -> Style:
        rng = self.rng(index, "style")
        mailer = self.sender(index).mailer
        language = self.correspondent(index).language
        charset = rng.choice(mailers.CHARSETS[mailer][language])
        encoding = rng.choice(mailers.TRANSFER_ENCODINGS[mailer])
        method, header_charset = mailers.HEADER_ENCODING[mailer]
        flowed = mailer is Mailer.THUNDERBIRD and encoding == "8bit" and rng.random() < 0.5
        wraps = encoding in ("8bit", "7bit") or mailer in (Mailer.THUNDERBIRD, Mailer.THE_BAT)
        return Style(
            charset=charset,
            transfer_encoding=encoding,
            header_method=method,
            header_charset=header_charset or charset,
            has_html=rng.random() < mailers.HTML_CHANCE[mailer],
            top_posting=mailer not in (Mailer.THUNDERBIRD, Mailer.THE_BAT) or rng.random() < 0.4,
            quote_prefix=">" if mailer in (Mailer.THE_BAT, Mailer.MAILRU) else "> ",
            flowed=flowed,
            wraps=wraps,
            raw_utf8_headers=rng.random() < 0.02,
        )

    # Text -----------------------------------------------------------------------------------

    def _values(self, rng: random.Random, language: str, at: int) -> dict[str, str]:
        day = time.gmtime(at + rng.randrange(-40, 60) * 86400)
        month_names = DATE_MONTHS[language]
        if language == "de":
            date = rng.choice(
                (
                    f"{day.tm_mday:02d}.{day.tm_mon:02d}.{day.tm_year}",
                    f"{day.tm_mday}. {month_names[day.tm_mon - 1]} {day.tm_year}",
                )
            )
            ref = f"505-516.80/{rng.randrange(1000, 9999)}"
            amount = f"{rng.randrange(3, 180) * 50:,} Euro".replace(",", ".")
        elif language == "ru":
            date = rng.choice(
                (
                    f"{day.tm_mday:02d}.{day.tm_mon:02d}.{day.tm_year}",
                    f"{day.tm_mday} {month_names[day.tm_mon - 1]} {day.tm_year} г.",
                )
            )
            ref = f"{rng.randrange(10, 99)}/{rng.randrange(1000, 9999)}-ОГ"
            amount = f"{rng.randrange(10, 900) * 500:,} рублей".replace(",", " ")
        else:
            date = rng.choice(
                (
                    f"{day.tm_mday} {month_names[day.tm_mon - 1]} {day.tm_year}",
                    f"{month_names[day.tm_mon - 1]} {day.tm_mday}",
                )
            )
            ref = f"FCDO/{day.tm_year}/{rng.randrange(10000, 99999)}"
            amount = f"£{rng.randrange(3, 180) * 50:,}"
        return {
            "date": date,
            "time": f"{rng.randrange(8, 19)}:{rng.choice(('00', '15', '30', '45'))}",
            "ref": ref,
            "number": str(rng.randint(2, 9)),
            "amount": amount,
            "weekday": rng.choice(WEEKDAYS[language]),
            "month": MONTHS[language][day.tm_mon % 12],
            "weeks": rng.choice(WEEKS[language]),
            "doctor": rng.choice(DOCTORS[language]),
        }

    def subject(self, index: int) -> str:
        cached = self._subjects.get(index)
        if cached is not None:
            return cached
        plan = self.plan
        language = self.correspondent(index).language
        rng = self.rng(index, "subject")
        parent, source = plan.parent[index], plan.forward_of[index]
        if parent >= 0:
            mailer = self.sender(index).mailer
            prefixes = REPLY_PREFIXES[language]
            prefix = prefixes[0] if mailer is Mailer.OUTLOOK else rng.choice(prefixes)
            before = self.subject(parent)
            stacked = mailer is Mailer.OUTLOOK and before.count(": ") < 3
            subject = prefix + (before if stacked else strip_prefixes(before))
        elif source >= 0:
            subject = rng.choice(FORWARD_PREFIXES[language]) + self.subject(source)
        else:
            role = self.correspondent(index).role
            template = rng.choice(SUBJECTS[language][role])
            subject = template.format_map(self._values(rng, language, plan.sent_at[index]))
        self._subjects[index] = subject
        return subject

    def own_text(self, index: int) -> tuple[list[str], str]:
        """The paragraphs the sender wrote (greeting to closing) and their signature."""
        cached = self._own.get(index)
        if cached is None:
            if len(self._own) > 20_000:
                self._own.clear()
            cached = self._own[index] = self._write_own_text(index)
        return cached

    def _write_own_text(self, index: int) -> tuple[list[str], str]:
        plan = self.plan
        correspondent = self.correspondent(index)
        language, role = correspondent.language, correspondent.role
        rng = self.rng(index, "text")
        values = self._values(rng, language, plan.sent_at[index])
        formal = role.is_official or role is Role.LAWYER
        outgoing = plan.outgoing[index]
        if plan.forward_of[index] >= 0:
            topic = "forward_note"
        elif outgoing:
            topic = "to_official" if role.is_official else f"to_{role.value}"
        else:
            topic = f"from_{role.value}"
        if outgoing:
            greeting = rng.choice(correspondent.greetings)
        else:
            greeting = rng.choice(GREETINGS_TO_ME[language][formal])
        # Each template at most once per message, topic first, everyday phrases now and then.
        pool = rng.sample(SENTENCES[language][topic], len(SENTENCES[language][topic]))
        everyday = rng.sample(SENTENCES[language]["everyday"], len(SENTENCES[language]["everyday"]))
        paragraphs = [greeting]
        count = 1 if topic == "forward_note" else 1 + min(int(rng.lognormvariate(1.0, 0.7)), 14)
        first = True
        for _ in range(count):
            sentences = []
            for _ in range(1 if topic == "forward_note" else rng.randint(1, 4)):
                source = pool if pool and (rng.random() < 0.85 or not everyday) else everyday
                if not source:
                    break
                sentence = source.pop().format_map(values)
                sentences.append(sentence if first and language == "de" else _cap(sentence))
                first = False
            if sentences:
                paragraphs.append(" ".join(sentences))
        closing = rng.choice(CLOSINGS[language][formal])
        if outgoing:
            me = ME[language]
            name = me.name if formal else rng.choice(_MY_FIRST_NAMES[language])
            signature = me.signature if formal or rng.random() < 0.3 else ""
        else:
            signature = correspondent.signature
            if role is Role.FRIEND:
                name = _FRIEND_NAMES[language]
            elif formal and signature:
                name = ""
            else:
                name = correspondent.name.split()[0]
        paragraphs.append(f"{closing}\n{name}".rstrip())
        return paragraphs, signature

    def _attribution(self, index: int, language: str) -> str:
        rng = self.rng(index, "attribution")
        sender = self.sender(index)
        at = self.plan.sent_at[index] + self.utc_offset(index) * 60
        day = time.gmtime(at)
        template = rng.choice(ATTRIBUTIONS[language])
        return template.format(
            date=f"{day.tm_mday:02d}.{day.tm_mon:02d}.{day.tm_year}",
            time=f"{day.tm_hour:02d}:{day.tm_min:02d}",
            name=f"{sender.name} <{sender.address}>",
        )

    def text(self, index: int, depth: int = 2) -> Text:
        """Own words, signature and the quoted or forwarded message, up to depth levels deep."""
        key = (index, depth)
        cached = self._texts.get(key)
        if cached is not None:
            return cached
        if len(self._texts) > 20_000:
            self._texts.clear()
        plan = self.plan
        style = self.style(index)
        paragraphs, signature = self.own_text(index)
        language = self.correspondent(index).language
        own = "\n\n".join(paragraphs)
        if style.wraps:
            own = "\n".join(mime.wrap(own, 72, flowed=style.flowed))
        if signature:
            mailer = self.sender(index).mailer
            delimiter = "\n" if mailer in (Mailer.OUTLOOK, Mailer.GMAIL, Mailer.APPLE) else "-- \n"
            own += "\n\n" + delimiter + signature
        heading = content = ""
        is_quote = False
        parent, source = plan.parent[index], plan.forward_of[index]
        if parent >= 0 and depth > 0 and self.rng(index, "quote").random() < 0.85:
            content = self.text(parent, depth - 1).plain
            if self.sender(index).mailer is Mailer.OUTLOOK:
                first, *names = ORIGINAL_MESSAGE[language]
                heading = self._header_block(parent, first, tuple(names))
            else:
                heading = self._attribution(parent, language)
                is_quote = True
        elif source >= 0 and depth > 0 and not self.forwards_as_attachment(index):
            content = self.text(source, 0).plain
            labels = tuple(ORIGINAL_MESSAGE[language][1:])
            heading = self._header_block(source, FORWARDED_MESSAGE[language], labels)
        if not content:
            plain = own
        elif is_quote:
            prefix = style.quote_prefix
            block = (
                heading
                + "\n"
                + "\n".join(
                    prefix + line if line else prefix.rstrip()
                    for line in content.rstrip("\n").split("\n")
                )
            )
            plain = own + "\n\n" + block if style.top_posting else block + "\n\n" + own
        else:
            plain = own + "\n\n" + heading + "\n" + content
        result = Text(plain.rstrip("\n") + "\n", heading, content)
        self._texts[key] = result
        return result

    def _header_block(self, index: int, heading: str, labels: tuple[str, ...]) -> str:
        """An Outlook-style block naming the quoted or forwarded message's sender and date."""
        sender, recipient = self.sender(index), self.recipient(index)
        date = mime.rfc5322_date(self.plan.sent_at[index], self.utc_offset(index))
        return (
            f"{heading}\n{labels[0]}: {sender.name} <{sender.address}>\n{labels[1]}: {date}\n"
            f"{labels[2]}: {recipient.name} <{recipient.address}>\n"
            f"{labels[3]}: {self.subject(index)}\n"
        )

    def forwards_as_attachment(self, index: int) -> bool:
        return self.rng(index, "forward").random() < 0.3

    def html_text(self, index: int) -> str:
        mailer = self.sender(index).mailer
        style = self.style(index)
        paragraphs, signature = self.own_text(index)
        body = "\n".join(
            "<p>" + html.escape(paragraph).replace("\n", "<br>\n") + "</p>"
            for paragraph in paragraphs
        )
        if signature:
            lines = html.escape(signature).replace("\n", "<br>\n")
            body += f'\n<div class="moz-signature">-- <br>\n{lines}</div>'
        text = self.text(index)
        if text.content:
            heading = html.escape(text.heading).replace("\n", "<br>\n")
            quoted = html.escape(text.content).replace("\n", "<br>\n")
            if mailer is Mailer.GMAIL:
                body += (
                    '<br><div class="gmail_quote">'
                    f'<div dir="ltr" class="gmail_attr">{heading}</div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                    f'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n{quoted}'
                    "\n</blockquote></div>"
                )
            elif mailer is Mailer.OUTLOOK:
                body += (
                    '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                    'padding:3.0pt 0cm 0cm">'
                    f'\n<p class="MsoNormal">{heading}</p>\n</div>'
                    f'\n<p class="MsoNormal">{quoted}</p>'
                )
            else:
                body += (
                    f'\n<div class="moz-cite-prefix">{heading}</div>\n<blockquote type="cite">\n'
                )
                body += quoted + "\n</blockquote>"
        charset = style.charset
        if mailer is Mailer.OUTLOOK:
            return (
                '<html xmlns:v="urn:schemas-microsoft-com:vml" '
                'xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                f"{mailers.MSO_STYLE}\n</head>\n"
                '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
            )
        return (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'</head><body><div dir="ltr">\n{body}\n</div></body></html>\n'
        )
