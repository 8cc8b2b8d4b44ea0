# SPDX-License-Identifier: GPL-3.0-or-later
"""The message view loads nothing from outside the message, and links open only when confirmed."""

from __future__ import annotations

import base64
import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, override

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QImageWriter, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser, QToolTip, QWidget

from correspondence_app.gui.widgets import message_browser
from correspondence_app.gui.widgets.message_browser import (
    MessageBrowser,
    confirm_and_open_link,
    link_confirmation_box,
    link_target_text,
)
from correspondence_app.render.body import sanitise_html

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

INLINE = QColor(17, 201, 93)  # colours no style or font smoothing produces by chance
LOCAL_FILE = QColor(201, 17, 93)
DATA_URL = QColor(93, 17, 201)
STYLE_SHEET = QColor(201, 93, 17)


def png(colour: QColor, size: int = 12) -> bytes:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(colour)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(buffer.data().data())


def shows(widget: QWidget, colour: QColor) -> bool:
    """Whether a pixel of exactly this colour is on the widget."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = bytes(image.constBits())
    pixel = colour.rgb().to_bytes(4, "little")
    found = pixels.find(pixel)
    while found >= 0 and found % 4:
        found = pixels.find(pixel, found + 1)
    return found >= 0


class CountingServer(ThreadingHTTPServer):
    """An HTTP server on loopback that remembers every connection and request."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _RecordingHandler)
        self.connections = 0
        self.requests: list[str] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @override
    def verify_request(self, request: object, client_address: object) -> bool:
        self.connections += 1
        return True


class _RecordingHandler(BaseHTTPRequestHandler):
    server: CountingServer

    def do_GET(self) -> None:
        self.server.requests.append(f"{self.command} {self.path}")
        body = png(QColor(255, 0, 255))
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    @override
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[CountingServer]:
    counting = CountingServer()
    thread = threading.Thread(target=counting.serve_forever, daemon=True)
    thread.start()
    yield counting
    counting.shutdown()
    counting.server_close()
    thread.join()


@pytest.fixture
def browser(qtbot: QtBot) -> MessageBrowser:
    widget = MessageBrowser()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class RecordingBrowser(MessageBrowser):
    """Remembers what the document asked for, to show the guard was consulted."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    @override
    def loadResource(self, resource_type: int, name: QUrl | str, /) -> object:
        self.asked.append(QUrl(name).toString())
        return super().loadResource(resource_type, name)


def hostile_html(base: str) -> str:
    host = base.removeprefix("http:")
    return f"""<html><head>
<base href="{base}/base/">
<link rel="stylesheet" href="{base}/link.css">
<meta http-equiv="refresh" content="0; url={base}/refresh">
<style>@import url({base}/import.css); @import "{base}/import2.css";
body {{ background-image: url({base}/body-background.png) }}</style>
<script src="{base}/script.js"></script><script>fetch("{base}/fetch")</script>
</head><body background="{base}/body-attribute.png">
<p>Hostile message</p>
<img src="cid:dot@test" width="12" height="12">
<img src="{base}/img.png" width="20" height="20">
<img src="{host}/protocol-relative.png">
<img src="relative.png">
<img src="cid:missing@test">
<img src="cid:dot@test" srcset="{base}/srcset.png 2x">
<div style="background:url({base}/div-background.png)">styled</div>
<p style="background-image: url('{base}/p-background.png')">styled too</p>
<table background="{base}/table.png"><tr><td background="{base}/td.png">cell</td></tr></table>
<iframe src="{base}/iframe.html"></iframe>
<object data="{base}/object.swf"></object><embed src="{base}/embed.swf">
<video poster="{base}/poster.png" src="{base}/video.mp4"></video>
<audio src="{base}/audio.mp3"></audio>
<input type="image" src="{base}/input.png">
<svg><image href="{base}/svg.png"/></svg>
<a href="{base}/link">a link, never followed</a>
<img src="file:{host}/file-host.png">
<form action="{base}/form"><input type="submit"></form>
<p>End of the message</p>
</body></html>"""


def test_the_counting_server_notices_a_request(server: CountingServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=5)
    connection.request("GET", "/probe.png")
    assert connection.getresponse().status == 200
    connection.close()
    assert server.requests == ["GET /probe.png"]
    assert server.connections == 1


@pytest.mark.parametrize("sanitised", [True, False], ids=["sanitised", "unsanitised"])
def test_hostile_html_makes_no_request(
    qtbot: QtBot, server: CountingServer, tmp_path: Path, sanitised: bool
) -> None:
    browser = RecordingBrowser()
    qtbot.addWidget(browser)
    browser.resize(640, 900)
    browser.show()
    qtbot.waitExposed(browser)
    browser.set_inline_parts({"<dot@test>": ("image/png", png(INLINE))})
    html = hostile_html(server.base)
    browser.show_html(sanitise_html(html) if sanitised else html)
    qtbot.wait(1000)
    browser.grab().save(str(tmp_path / f"hostile-{'sanitised' if sanitised else 'raw'}.png"))

    assert server.requests == []
    assert server.connections == 0
    assert shows(browser, INLINE)  # the message's own image is there
    assert "End of the message" in browser.toPlainText()
    if not sanitised:  # Qt did ask; the guard said no
        assert any(url.startswith(server.base) for url in browser.asked)


def test_local_files_data_urls_and_style_sheets_are_not_loaded(
    qtbot: QtBot, browser: MessageBrowser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "local.png").write_bytes(png(LOCAL_FILE))
    colour = STYLE_SHEET.name()
    (tmp_path / "style.css").write_text(f"td {{ background-color: {colour} }}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    data_url = "data:image/png;base64," + base64.b64encode(png(DATA_URL)).decode()
    style_sheet = QUrl.fromLocalFile(str(tmp_path / "style.css")).toString()
    image = QUrl.fromLocalFile(str(tmp_path / "local.png")).toString()
    html = (
        f'<html><head><link rel="stylesheet" type="text/css" href="{style_sheet}"></head><body>'
        f'<img src="{image}"><img src="local.png"><img src="{tmp_path / "local.png"}">'
        f'<img src="{data_url}"><table><tr><td width="40" height="40">&nbsp;</td></tr></table>'
        "</body></html>"
    )
    ordinary = QTextBrowser()  # the same HTML in a plain QTextBrowser loads all of them
    qtbot.addWidget(ordinary)
    ordinary.resize(640, 480)
    ordinary.show()
    ordinary.setHtml(html)
    qtbot.wait(100)
    assert shows(ordinary, LOCAL_FILE)
    assert shows(ordinary, DATA_URL)
    assert shows(ordinary, STYLE_SHEET)

    browser.show_html(html)
    qtbot.wait(100)
    assert not shows(browser, LOCAL_FILE)
    assert not shows(browser, DATA_URL)
    assert not shows(browser, STYLE_SHEET)


def test_images_of_the_previous_message_are_not_reused(
    qtbot: QtBot, browser: MessageBrowser
) -> None:
    browser.set_inline_parts({"image001.png@01D": ("image/png", png(LOCAL_FILE))})
    browser.show_html('<img src="cid:image001.png@01D">')
    qtbot.wait(50)
    assert shows(browser, LOCAL_FILE)
    browser.set_inline_parts({"image001.png@01D": ("image/png", png(INLINE))})
    browser.show_html('<img src="cid:image001.png@01D">')
    qtbot.wait(50)
    assert shows(browser, INLINE)
    assert not shows(browser, LOCAL_FILE)


def test_inline_parts_that_are_not_raster_images_are_not_decoded(
    qtbot: QtBot, browser: MessageBrowser
) -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30">'
        f'<rect width="30" height="30" fill="{INLINE.name()}"/></svg>'
    ).encode()
    browser.set_inline_parts({"drawing": ("image/svg+xml", svg)})
    browser.show_html('<img src="cid:drawing">')
    qtbot.wait(50)
    assert not shows(browser, INLINE)


@pytest.mark.parametrize(
    "target", ["https://example.org/a?b=1", "http://example.org", "mailto:anna@example.org"]
)
def test_web_and_mail_links_go_to_the_owner(
    qtbot: QtBot, browser: MessageBrowser, target: str
) -> None:
    with qtbot.waitSignal(browser.link_activated) as activated:
        browser.anchorClicked.emit(QUrl(target))
    assert activated.args == [QUrl(target)]


@pytest.mark.parametrize(
    "target",
    ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org", "data:text/html,x", "page"],
)
def test_other_links_do_nothing(qtbot: QtBot, browser: MessageBrowser, target: str) -> None:
    with (
        qtbot.assertNotEmitted(browser.link_activated),
        qtbot.assertNotEmitted(browser.quote_toggled),
    ):
        browser.anchorClicked.emit(QUrl(target))


def test_clicking_a_link_asks_the_owner_and_stays_on_the_message(
    qtbot: QtBot, browser: MessageBrowser
) -> None:
    browser.show_html(sanitise_html('<p><a href="https://example.org/">a web link</a></p>'))
    cursor = QTextCursor(browser.document())
    cursor.setPosition(3)
    where = browser.cursorRect(cursor).center()
    with qtbot.waitSignal(browser.link_activated) as activated:
        QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert activated.args == [QUrl("https://example.org/")]
    assert browser.toPlainText() == "a web link"
    assert browser.source().isEmpty()


REPLY = """Hallo Sergej,

gern.

On Mon, 3 Mar 2024 at 10:00, Sergej <sergej@example.org> wrote:
> Are you coming?
> Bring the papers.

Anna"""


def test_quotes_unfold_and_fold_on_click(qtbot: QtBot, browser: MessageBrowser) -> None:
    browser.show_plain(REPLY)
    assert "Are you coming?" not in browser.toPlainText()
    assert "▸ 2 quoted line" in browser.toPlainText()

    start = browser.toPlainText().index("▸")
    cursor = QTextCursor(browser.document())
    cursor.setPosition(start + 2)
    with qtbot.waitSignal(browser.quote_toggled) as toggled:
        QTest.mouseClick(
            browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(cursor).center()
        )
    assert toggled.args == [1]
    assert browser.expanded_quotes == {1}
    assert "> Are you coming?" in browser.toPlainText()
    assert "wrote:" in browser.toPlainText()

    with qtbot.waitSignal(browser.quote_toggled):
        browser.anchorClicked.emit(QUrl("quote:1"))
    assert browser.expanded_quotes == set()
    assert "Are you coming?" not in browser.toPlainText()


def test_show_plain_keeps_unfolded_quotes_for_the_same_text_only(browser: MessageBrowser) -> None:
    browser.show_plain(REPLY)
    browser.anchorClicked.emit(QUrl("quote:1"))
    browser.show_plain(REPLY)
    assert browser.expanded_quotes == {1}
    browser.show_plain(REPLY + "\n")
    assert browser.expanded_quotes == set()
    browser.show_plain(REPLY, expanded={1})
    assert "> Bring the papers." in browser.toPlainText()
    browser.show_html("<p>html</p>")
    assert browser.expanded_quotes == set()


def test_quote_links_outside_plain_text_do_nothing(qtbot: QtBot, browser: MessageBrowser) -> None:
    browser.show_html('<a href="quote:0">not ours</a>')
    with qtbot.assertNotEmitted(browser.quote_toggled):
        browser.anchorClicked.emit(QUrl("quote:0"))


def test_hovering_a_link_shows_its_real_target(qtbot: QtBot, browser: MessageBrowser) -> None:
    browser.highlighted.emit(QUrl("https://evil.example/login"))
    assert QToolTip.text() == "https://evil.example/login"
    browser.highlighted.emit(QUrl())
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_the_confirmation_shows_the_whole_target_as_plain_text(qtbot: QtBot) -> None:
    url = QUrl("https://example.org/<b>bold</b>?next=https://evil.example/&x=1#top")
    box = link_confirmation_box(None, url)
    qtbot.addWidget(box)
    assert url.toString() in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.standardButtons() == (
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
    )
    assert box.defaultButton() == box.button(QMessageBox.StandardButton.Cancel)
    assert box.windowTitle() == "Open link"


def test_a_target_with_hidden_characters_is_shown_encoded() -> None:
    url = QUrl("https://example.org/invoice\u202egpj.exe")
    assert link_target_text(url) == "https://example.org/invoice%E2%80%AEgpj.exe"
    assert link_target_text(QUrl("https://example.org/ä")) == "https://example.org/ä"


class FakeOpener:
    """Stands in for QDesktopServices.openUrl: nothing is opened in tests."""

    def __init__(self) -> None:
        self.handed_on: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.handed_on.append(url)
        return True


def _answer_the_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: _answer_the_box(button, seen))
        return
    seen.append(box.text())
    box.button(button).click()


@pytest.mark.parametrize(
    ("button", "opened"),
    [(QMessageBox.StandardButton.Open, True), (QMessageBox.StandardButton.Cancel, False)],
)
def test_a_link_opens_only_once_confirmed(
    qtbot: QtBot, button: QMessageBox.StandardButton, opened: bool
) -> None:
    url = QUrl("https://example.org/report?id=7")
    opener = FakeOpener()
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_the_box(button, seen))

    assert confirm_and_open_link(None, url, open_url=opener) is opened
    assert opener.handed_on == ([url] if opened else [])
    assert len(seen) == 1
    assert "https://example.org/report?id=7" in seen[0]


def test_links_to_anything_but_the_web_or_mail_are_never_offered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_box(parent: QWidget | None, url: QUrl) -> QMessageBox:
        raise AssertionError(f"asked about {url.toString()}")

    monkeypatch.setattr(message_browser, "link_confirmation_box", no_box)
    opener = FakeOpener()
    for target in ("file:///etc/passwd", "javascript:alert(1)", "smb://server/share"):
        assert not confirm_and_open_link(None, QUrl(target), open_url=opener)
    assert opener.handed_on == []
