# SPDX-License-Identifier: GPL-3.0-or-later
"""html_to_text(): readable text from HTML bodies."""

from __future__ import annotations

from correspondence_app.importers.html_text import html_to_text


def test_html_only_message_gets_readable_text() -> None:
    html = (
        "<html><head><title>T</title><style>p {}</style></head><body>"
        "<p>Grüße&nbsp;aus <b>Köln</b></p><script>alert(1)</script>"
        "<ul><li>one</li><li>two</li></ul>line<br>break</body></html>"
    )
    assert html_to_text(html) == "Grüße aus Köln\n\none\n\ntwo\n\nline\nbreak"
    assert html_to_text("<head><meta charset=utf-8><body>unclosed head") == "unclosed head"
