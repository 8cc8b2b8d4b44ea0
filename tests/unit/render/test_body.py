# SPDX-License-Identifier: GPL-3.0-or-later
"""Bodies and headers made safe to show: sanitised HTML, folded plain text, one-line headers."""

from __future__ import annotations

import re
import time

import pytest

from correspondence_app.render.body import (
    MAX_NESTING,
    MAX_TABLE_NESTING,
    MAX_WORD_CHARS,
    Block,
    BlockKind,
    fold_quotes,
    header_text,
    inline_image_format,
    plain_text_to_html,
    sanitise_html,
)

EVIL = "http://evil.example/x"


# sanitise_html ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "hostile",
    [
        f'<img src="{EVIL}.png">',
        '<img src="//evil.example/x.png">',
        f'<img src="cid:a" srcset="{EVIL}.png 2x">',
        f'<link rel="stylesheet" href="{EVIL}.css">',
        f"<style>@import url({EVIL}.css); body {{ background: url({EVIL}.png) }}</style>",
        f'<div style="background:url({EVIL}.png)">text</div>',
        f'<div style="color: red; background-image: url({EVIL}.png)">text</div>',
        f'<p style="color: red; b\\61 ckground: u\\72l({EVIL}.png)">text</p>',
        f'<table background="{EVIL}.png"><tr><td background="{EVIL}.png">x</td></tr></table>',
        f'<body background="{EVIL}.png">x</body>',
        f'<iframe src="{EVIL}.html"></iframe>',
        f'<script src="{EVIL}.js"></script><script>fetch("{EVIL}")</script>',
        f'<object data="{EVIL}.swf"></object><embed src="{EVIL}.swf">',
        f'<video poster="{EVIL}.png" src="{EVIL}.mp4"></video><audio src="{EVIL}.mp3">',
        f'<picture><source srcset="{EVIL}.png"><img src="cid:a"></picture>',
        f'<base href="{EVIL}/"><img src="relative.png">',
        f'<meta http-equiv="refresh" content="0; url={EVIL}">',
        f'<form action="{EVIL}"><input type="image" src="{EVIL}.png"></form>',
        f'<svg><image href="{EVIL}.png"/></svg><math><mi xlink:href="{EVIL}">m</mi></math>',
        f'<input type="image" src="{EVIL}.png">',
        f'<a href="cid:a">x</a><img src="{EVIL.replace("http", "https")}.png">',
    ],
)
def test_nothing_that_fetches_survives(hostile: str) -> None:
    clean = sanitise_html(hostile)
    assert "evil" not in clean
    for tag in ("<script", "<style", "<iframe", "<object", "<embed", "<link", "<meta"):
        assert tag not in clean
    for tag in ("<base", "<svg", "<math", "<form", "<input", "<video", "<audio", "<source"):
        assert tag not in clean
    assert "srcset" not in clean
    assert "background=" not in clean


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "jav&#x61;script:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "vbscript:x",
        "relative/page.html",
        "cid:part@example.org",
    ],
)
def test_links_only_to_the_web_or_mail(href: str) -> None:
    assert "href" not in sanitise_html(f'<a href="{href}">x</a>')


def test_web_and_mail_links_keep_their_target_and_gain_rel() -> None:
    clean = sanitise_html(
        '<a href="https://example.org/a?b=1&amp;c=2" title="fake" onclick="x()">web</a>'
        '<a href="mailto:anna@example.org">mail</a><a href="HTTP://example.org">upper</a>'
    )
    assert 'href="https://example.org/a?b=1&amp;c=2"' in clean
    assert 'href="mailto:anna@example.org"' in clean
    assert 'href="HTTP://example.org"' in clean
    assert clean.count('rel="noopener noreferrer nofollow"') == 3
    assert "title" not in clean  # a tooltip could pretend to be the target
    assert "onclick" not in clean


def test_inline_images_only_by_content_id() -> None:
    clean = sanitise_html(
        '<img src="cid:logo@example.org" alt="Logo" width="20" onerror="x()">'
        '<img src="data:image/png;base64,iVBORw0KGgo=">'
    )
    assert '<img src="cid:logo@example.org" alt="Logo" width="20">' in clean
    assert "data:" not in clean
    assert "onerror" not in clean


def test_formatting_survives() -> None:
    html = (
        '<div align="center"><p style="color: #ff0000; font-weight: bold">Hallo <b>fett</b> '
        '<i>kursiv</i> <u>unter</u> <font color="blue" face="Arial">Schrift</font></p>'
        "<blockquote>zitiert</blockquote><pre>  code  </pre><ul><li>eins</li></ul>"
        '<table border="1"><thead><tr><th>Kopf</th></tr></thead><tbody><tr>'
        '<td colspan="2" bgcolor="#eeeeee">Zelle</td></tr></tbody></table>'
        "<h1>Titel</h1><hr><center><small>klein</small><sup>2</sup><sub>x</sub></center></div>"
    )
    clean = sanitise_html(html)
    for kept in (
        'style="color:#ff0000;font-weight:bold"',
        "<b>fett</b>",
        "<i>kursiv</i>",
        "<u>unter</u>",
        '<font color="blue" face="Arial">',
        "<blockquote>zitiert</blockquote>",
        "<pre>  code  </pre>",
        "<li>eins</li>",
        '<td colspan="2" bgcolor="#eeeeee">Zelle</td>',
        "<th>Kopf</th>",
        "<h1>Titel</h1>",
        "<hr>",
        "<center><small>klein</small><sup>2</sup><sub>x</sub></center>",
    ):
        assert kept in clean, kept


def test_unsafe_style_properties_go_and_safe_ones_stay() -> None:
    clean = sanitise_html('<p style="color: green; position: fixed; top: 0">x</p>')
    assert clean == '<p style="color:green">x</p>'


def test_script_and_style_content_is_not_shown_as_text() -> None:
    clean = sanitise_html("<p>a</p><script>var secret = 1;</script><style>p {}</style><p>b</p>")
    assert clean == "<p>a</p><p>b</p>"


def test_overlong_input_is_cut() -> None:
    assert len(sanitise_html("x" * 5000, max_chars=1000).replace("\u200b", "")) == 1000


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param("<div>" * 100_000 + "deep" + "</div>" * 100_000, id="100k nested divs"),
        pytest.param("<blockquote>" * 100_000 + "deep", id="100k unclosed blockquotes"),
        pytest.param("<table><tr><td>" * 100_000 + "deep", id="100k nested tables"),
        pytest.param("<ul><li>" * 100_000 + "deep", id="100k nested lists"),
        pytest.param("<div/>" * 200_000 + "deep", id="self-closing divs"),
        pytest.param("<table>" + "<br>" * 400_000 + "deep", id="elements moved before a table"),
        pytest.param(
            "".join(f"<div><font color={i}></div>" for i in range(70_000)) + "deep",
            id="formatting reopened in every block",
        ),
        pytest.param("<p>deep " + "lorem ipsum <b>dolor</b> " * 250_000, id="5 MB document"),
    ],
)
def test_hostile_markup_is_sanitised_quickly(hostile: str) -> None:
    started = time.perf_counter()
    clean = sanitise_html(hostile)
    assert time.perf_counter() - started < 5  # unguarded, these take from 30 s to hours
    assert "deep" in clean or len(hostile) > 2_000_000


def test_deep_nesting_is_flattened_but_keeps_its_text() -> None:
    levels = 1000
    html = "".join(f"<div>level{i} " for i in range(levels)) + "</div>" * levels
    clean = sanitise_html(html)
    assert clean.count("<div>") == MAX_NESTING
    assert all(f"level{i} " in clean for i in range(levels))


def test_ordinary_nesting_is_kept() -> None:
    html = "<div>" * 40 + "<table><tr><td>" * MAX_TABLE_NESTING + "x"
    clean = sanitise_html(html)
    assert clean.count("<div>") == 40
    assert clean.count("<table>") == MAX_TABLE_NESTING


def test_tables_deeper_than_qt_can_lay_out_are_flattened() -> None:
    html = "<table><tr><td>cell" * (MAX_TABLE_NESTING + 5)
    clean = sanitise_html(html)
    assert clean.count("<table>") == MAX_TABLE_NESTING
    assert clean.count("cell") == MAX_TABLE_NESTING + 5


def test_a_large_table_deep_inside_tables_is_flattened_to_fewer_levels() -> None:
    rows = "<tr><td>x</td><td>y</td></tr>" * 20_000
    clean = sanitise_html("<table><tr><td>" * 6 + "<table>" + rows + "</table>")
    assert clean.count("<table>") < 3
    assert clean.count("x") == 20_000


def test_long_words_get_break_opportunities_outside_tags() -> None:
    url = "https://example.org/" + "q" * 3000
    clean = sanitise_html(f'<p>{"w" * 2500} <a href="{url}">{"t" * 1500}</a> &amp;{"a" * 999}</p>')
    assert f'href="{url}"' in clean  # the target is untouched
    visible = re.sub(r'<[^>"]*(?:"[^"]*"[^>"]*)*>', "", clean).replace("\u200b", " ")
    assert max(map(len, visible.split())) <= MAX_WORD_CHARS + len("&amp;")
    assert visible.split()[:3] == ["w" * MAX_WORD_CHARS, "w" * MAX_WORD_CHARS, "w" * 500]
    assert "&amp;" in visible  # no break inside an entity


# inline images ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"\xff\xd8\xff\xe0....", "JPEG"),
        (b"GIF89a....", "GIF"),
        (b"BM....", "BMP"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WEBP"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/x"/></svg>', None),
        (b"%PDF-1.7", None),
        (b"", None),
    ],
)
def test_only_raster_images_are_decoded(data: bytes, expected: str | None) -> None:
    assert inline_image_format(data) == expected


# fold_quotes ------------------------------------------------------------------------------
REPLY = """Hallo Anna,

danke!

On Mon, 3 Mar 2024 at 10:00, Sergej Petrov <sergej@example.org> wrote:
> Are you coming?
>
>> When is it?

> And bring the papers.

Sergej
"""


def test_quoted_lines_and_their_attribution_form_one_block() -> None:
    assert fold_quotes(REPLY) == [
        Block(BlockKind.TEXT, ("Hallo Anna,", "", "danke!", "")),
        Block(
            BlockKind.QUOTE,
            (
                "On Mon, 3 Mar 2024 at 10:00, Sergej Petrov <sergej@example.org> wrote:",
                "> Are you coming?",
                ">",
                ">> When is it?",
                "",
                "> And bring the papers.",
            ),
        ),
        Block(BlockKind.TEXT, ("", "Sergej")),
    ]
    assert fold_quotes(REPLY)[1].quoted_line_count == 4


@pytest.mark.parametrize(
    "attribution",
    [
        ["On Mon, 3 Mar 2024, Anna <anna@example.org> wrote:"],
        ["On Mon, 3 Mar 2024 at 10:00, Anna Müller <", "anna@example.org> wrote:"],
        ["Am 03.03.2024 um 10:00 schrieb Anna Müller <anna@example.org>:"],
        ["03.03.2024 10:00, Анна Иванова пишет:"],
        ["Анна Иванова написал(а):", ""],
    ],
)
def test_attribution_lines_fold_with_the_quote(attribution: list[str]) -> None:
    text = "\n".join(["Meine Antwort.", *attribution, "> zitiert"])
    blocks = fold_quotes(text)
    assert blocks == [
        Block(BlockKind.TEXT, ("Meine Antwort.",)),
        Block(BlockKind.QUOTE, (*attribution, "> zitiert")),
    ]


def test_a_line_that_only_looks_like_an_attribution_stays_without_a_quote() -> None:
    text = "On Monday the boss wrote:\nnothing quoted here"
    assert fold_quotes(text) == [Block(BlockKind.TEXT, tuple(text.splitlines()))]


# plain_text_to_html -----------------------------------------------------------------------
def test_plain_text_is_escaped() -> None:
    html = plain_text_to_html('<script>alert("x")</script> & <b>bold</b>')
    assert '&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;' in html
    assert html.startswith("<pre")
    assert html.endswith("</pre>")


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("see https://example.org/a?b=1&c=2.", "https://example.org/a?b=1&amp;c=2"),
        ("(http://example.org/x)", "http://example.org/x"),
        ("https://en.wikipedia.org/wiki/Foo_(bar), ok", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("write to mailto:anna@example.org!", "mailto:anna@example.org"),
        ('<https://example.org/"onmouseover=x>', "https://example.org/"),
    ],
)
def test_web_and_mail_addresses_become_links(text: str, link: str) -> None:
    assert f'<a href="{link}">{link}</a>' in plain_text_to_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org",
        "www.example.org",
        "https://",
    ],
)
def test_other_addresses_stay_text(text: str) -> None:
    assert "<a " not in plain_text_to_html(text)


def test_quotes_are_folded_into_a_link_until_expanded() -> None:
    folded = plain_text_to_html(REPLY)
    assert 'danke!\n\n<a href="quote:1">▸ 4 quoted lines</a>\n\nSergej</pre>' in folded
    assert "Are you coming?" not in folded
    assert "wrote:" not in folded

    expanded = plain_text_to_html(REPLY, expanded={1})
    assert '<a href="quote:1">▾ 4 quoted lines</a>' in expanded
    assert "&gt; Are you coming?" in expanded
    assert "&gt;&gt; When is it?" in expanded


def test_the_quote_summary_can_be_worded_by_the_caller() -> None:
    html = plain_text_to_html("> a\n> b", quote_summary=lambda n: f"{n} zitierte <Zeilen>")
    assert '<a href="quote:0">▸ 2 zitierte &lt;Zeilen&gt;</a>' in html


def test_control_characters_are_dropped_from_plain_text() -> None:
    html = plain_text_to_html("a\x00b\x1b[31mc\x7fd\te")
    assert "ab[31mcd\te" in html


def test_long_plain_lines_get_break_opportunities() -> None:
    html = plain_text_to_html("y" * 5000)
    assert html.count("\u200b") == 4


# header_text ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Anna Müller", "Anna Müller"),
        ("Anna\r\n Müller", "Anna Müller"),
        ("Anna\nBcc: boss@example.org", "Anna Bcc: boss@example.org"),
        ("Anna\u2028Müller\u0085x", "Anna Müller x"),
        ("  \tAnna   Müller  ", "Anna Müller"),
        ("\x1b[31mred\x00\x07", "[31mred"),
        ("Invoice \u202egpj.exe", "Invoice gpj.exe"),
        ("<b>Anna</b>", "<b>Anna</b>"),  # plain text: the label shows it as typed
        ("Анна Иванова", "Анна Иванова"),
    ],
)
def test_header_text_is_one_clean_line(value: str, expected: str) -> None:
    assert header_text(value) == expected


def test_header_text_is_cut_with_an_ellipsis() -> None:
    assert header_text("x" * 2000, max_chars=10) == "x" * 9 + "…"
