# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders each main state of the application in German, English and Russian to PNG.

    python scripts/screenshots.py [--out docs/screenshots] [--messages 400]

Runs offscreen on a generated demo archive (no real mail); `make screenshots` calls it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CORRESPONDENCE_APP_KDF_TARGET_S", "0")
# The demo mail ends in July 2025: the signs of life are counted as on a day after it.
os.environ.setdefault("CORRESPONDENCE_APP_TODAY", "2025-07-12")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.corpus import write_mbox
from correspondence_app.accounts.book import AccountDraft
from correspondence_app.accounts.imap import Cause
from correspondence_app.crypto.keys import KdfParams, WrongPassphrase
from correspondence_app.export.source import Selection
from correspondence_app.gui import translations
from correspondence_app.gui.dialogs.account_dialog import AccountDialog
from correspondence_app.gui.dialogs.accounts_dialog import AccountsDialog
from correspondence_app.gui.dialogs.create_archive_dialog import CreateArchiveDialog
from correspondence_app.gui.dialogs.export_dialog import ExportDialog
from correspondence_app.gui.dialogs.export_log_dialog import ExportLogDialog
from correspondence_app.gui.dialogs.groups_dialog import GroupsDialog
from correspondence_app.gui.dialogs.import_dialog import ImportDialog
from correspondence_app.gui.dialogs.letter_dialogs import PaperLetterDialog
from correspondence_app.gui.dialogs.people_dialog import PeopleDialog
from correspondence_app.gui.dialogs.person_timeline_dialog import PersonTimelineDialog
from correspondence_app.gui.dialogs.quarantine_dialog import QuarantineDialog
from correspondence_app.gui.dialogs.rules_dialog import RulesDialog
from correspondence_app.gui.dialogs.sign_of_life_dialog import SignOfLifeDialog
from correspondence_app.gui.dialogs.topics_dialog import TopicsDialog
from correspondence_app.gui.dialogs.unlock_dialog import UnlockDialog
from correspondence_app.gui.dialogs.welcome_dialog import WelcomeDialog
from correspondence_app.gui.export_words import export_words
from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.settings import AppSettings
from correspondence_app.gui.widgets.search_bar import SearchHelpDialog
from correspondence_app.importers.detect import OLE2_MAGIC
from correspondence_app.services import Archive
from correspondence_app.session_files import SessionFiles
from correspondence_app.storage.people_tables import EventKind

PASSPHRASE = "demo passphrase for screenshots"  # noqa: S105
# Where a supporter's desktop keeps documents, in the language it speaks.
DOCUMENTS = {"en": "Documents", "de": "Dokumente", "ru": "Документы"}


def settle(app: QCoreApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path, app: QCoreApplication) -> None:
    widget.show()
    settle(app)
    widget.grab().save(str(path))
    print(path)


def wait_until(app: QCoreApplication, condition: object, rounds: int = 2000) -> None:
    import time

    for _ in range(rounds):
        app.processEvents()
        if callable(condition) and condition():
            return
        time.sleep(0.01)


def first_row_has_snippet(window: MainWindow) -> bool:
    """The thread list shows a search result: its first row has a snippet."""
    row = window.thread_model.row_at(0)
    return row is not None and row.snippet is not None


def render(out: Path, messages: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="screenshots-"))
    mbox = work / "demo.mbox"
    write_mbox(mbox, messages, 7)
    folder = work / "archive"
    # The friend also wrote once from another provider, in Latin letters: a proposed merge.
    # Saved in a folder of a stable name, which the sidebar shows as where it came from.
    other = work / "Downloads" / "other.eml"
    other.parent.mkdir()
    other.write_bytes(
        b"From: Dmitri Sokolow <dmitri.sokolow@web.example>\r\n"
        b"To: katharina.vogel@posteo.example\r\n"
        b"Subject: Neue Adresse\r\nDate: Mon, 02 Jun 2025 18:00:00 +0300\r\n"
        b"Message-ID: <demo-other@web.example>\r\n\r\nDas ist meine neue Adresse.\r\n"
    )
    # Two files that cannot be read, for the quarantine: an Outlook file cut short and a
    # note without any header field.
    unreadable = work / "USB-Stick"
    unreadable.mkdir()
    (unreadable / "Bescheid.msg").write_bytes(OLE2_MAGIC + bytes(100))
    (unreadable / "Notiz.eml").write_bytes(
        "Anruf vom Krankenhaus: Dmitri geht es besser.\n\nBitte zurückrufen.\n".encode()
    )
    with Archive.create(folder, PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths([mbox, other], workers=1)
        archive.import_paths([unreadable], workers=1)
        organise(archive)
        # One export already made, for the export log.
        archive.exporter.export(Selection(query="Botschaft"), "eml", work / "export")
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "de", "ru"):
        # Settings of its own for each language: the window would take the columns the
        # last one left, sized for another language's column names.
        ini = work / f"settings-{language}.ini"
        settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
        render_language(app, language, folder, mbox, settings, out)
        render_empty(app, language, work / f"empty-{language}", settings, out)
    render_dossier(folder, work, out)


def render_empty(
    app: QCoreApplication, language: str, folder: Path, settings: AppSettings, out: Path
) -> None:
    """A new archive's window: the ways to bring mail in."""
    translations.install(app, language)
    Archive.create(folder, PASSPHRASE, kdf=KdfParams()).close()
    archive = Archive.open(folder, PASSPHRASE)
    files = SessionFiles()
    window = MainWindow(archive, settings, files)
    window.resize(1100, 640)
    window.overview.show_mail()
    window.show()
    wait_until(app, lambda: window.thread_stack.currentWidget() is window.empty_panel)
    save(window, out / f"{language}-empty.png", app)
    window.clear()
    window.close()
    archive.close()
    files.wipe()


def render_dossier(folder: Path, work: Path, out: Path) -> None:
    """The PDF dossier's cover and first message page, as poppler draws them."""
    dossier = work / "dossier.pdf"
    with Archive.open(folder, PASSPHRASE) as archive:
        archive.exporter.export(
            Selection(query="Antrag", description="Anträge und Antworten"),
            "pdf",
            dossier,
            title="Dmitri Sokolow: Anträge",
            words=export_words("de"),
        )
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm is missing (poppler-utils): make system-packages")
    for page, name in ((1, "dossier-cover"), (3, "dossier-message")):
        target = out / name
        pages = ["-f", str(page), "-l", str(page)]
        command = [pdftoppm, "-png", "-r", "70", *pages, "-singlefile", str(dossier), str(target)]
        subprocess.run(command, check=True)  # noqa: S603 (our own file, a known program)
        print(f"{target}.png")


def organise(archive: Archive) -> None:
    """Tags, a saved search, a rule and notes, as a user would have made them."""
    organiser = archive.organiser
    organiser.set_user_name("Helga Weber")
    for name, query, color in (
        ("Asyl/Anträge", "Antrag", "#c0392b"),
        ("Behörden/Botschaft", "Botschaft OR посольство", "#2e86c1"),
        ("Krankenhaus", "Krankenhaus OR больница", "#27ae60"),
        ("Beweise", "has:attachment", ""),
    ):
        organiser.tag_query(query, add=[name])
        if color:
            [tag_id] = organiser.tags_for_names([name])
            organiser.recolor_tag(tag_id, color)
    organiser.save_search("Unbeantwortet an Behörden", "tag:Behörden -from:helga")
    organiser.save_rule("Krankenhaus", "Krankenhaus OR больница OR hospital", ["Krankenhaus"])
    first = archive.search("Antrag", limit=1)
    if first:
        organiser.set_note(first[0].summary.id, "Übersetzung liegt bei; Original auf Russisch.")
    # Three people watched, officials whose letters await an answer, a letter on paper;
    # the keeper is Katharina Vogel of the demo mail.
    archive.people.add_my_address("katharina.vogel@posteo.example")
    watched = [p for p in archive.people.people() if not p.is_me and p.received][:3]
    for person in watched:
        archive.watchlist.watch(person.id)
    archive.watchlist.add_event(
        watched[0].id,
        datetime(2025, 6, 28, 17, 30, tzinfo=UTC),
        EventKind.PHONE,
        note="Kurzer Anruf aus dem Krankenhaus, er ist wohlauf.",
    )
    group = archive.ledger.save_group("Behörden", deadline_days=30)
    archive.ledger.add_domain(group, "auswaertiges-amt.example")
    archive.ledger.add_paper_letter(
        "Bundesamt für Migration und Flüchtlinge", datetime(2025, 6, 2, 10, tzinfo=UTC), "Antrag"
    )


def render_language(
    app: QCoreApplication,
    language: str,
    folder: Path,
    mbox: Path,
    settings: AppSettings,
    out: Path,
) -> None:
    translations.install(app, language)
    save(WelcomeDialog(), out / f"{language}-welcome.png", app)
    create = CreateArchiveDialog()
    create.fields.passphrase.setText("lantern orbit cabbage")
    create.fields.repeat.setText("lantern orbit cabbage")
    save(create, out / f"{language}-create.png", app)
    unlock = UnlockDialog(folder)
    unlock.passphrase.setText("wrong")
    unlock.on_task_failed(WrongPassphrase())
    save(unlock, out / f"{language}-unlock-wrong.png", app)
    archive = Archive.open(folder, PASSPHRASE)
    files = SessionFiles()
    window = MainWindow(archive, settings, files)
    window.resize(1400, 860)
    window.show()
    wait_until(app, lambda: window.thread_model.rowCount() > 0)
    wait_until(app, lambda: bool(window.overview.dashboard.cards))
    save(window, out / f"{language}-overview.png", app)
    render_people(app, language, archive, window, out)
    window.overview.show_mail()
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    save(window, out / f"{language}-main.png", app)
    window.sidebar.expandAll()
    tags = window.sidebar_model.index_of_scope('tag:"Asyl/Anträge"')
    window.sidebar.setCurrentIndex(tags)
    wait_until(app, lambda: first_row_has_snippet(window))
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    view = window.timeline.view
    wait_until(app, lambda: len(view.buckets) > 3)
    y = view.chart_rect.center().y()
    count = len(view.buckets)
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(view, left, plain, QPoint(view.x_of(count - 9), y))
    QTest.mouseMove(view, QPoint(view.x_of(count - 1), y))
    QTest.mouseRelease(view, left, plain, QPoint(view.x_of(count - 1), y))
    wait_until(app, lambda: window.thread_model.rowCount() > 0)
    save(window, out / f"{language}-tags.png", app)
    window.timeline.on_clear_clicked()
    rules = RulesDialog(archive.organiser, window)
    rules.rule_list.setCurrentRow(0)
    save(rules, out / f"{language}-rules.png", app)
    rules.close()
    topics = TopicsDialog(archive.organiser, window)
    topics.show()
    wait_until(app, lambda: not topics.is_running)
    save(topics, out / f"{language}-topics.png", app)
    topics.close()
    window.sidebar.setCurrentIndex(window.sidebar_model.index(0, 0))
    window.search_bar.field.setText("Antrag")
    window.run_search()
    wait_until(app, lambda: first_row_has_snippet(window))
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    save(window, out / f"{language}-search.png", app)
    window.search_bar.field.setText("(Antrag")
    window.run_search()
    wait_until(app, window.search_bar.error.isVisible)
    save(window, out / f"{language}-bad-query.png", app)
    save(SearchHelpDialog(window), out / f"{language}-search-help.png", app)
    importing = ImportDialog(archive, [mbox], window)
    wait_until(app, lambda: not importing.is_running)
    save(importing, out / f"{language}-import-done.png", app)
    save(QuarantineDialog(archive, window), out / f"{language}-quarantine.png", app)
    window.clear()
    window.close()
    archive.close()
    files.wipe()


def render_people(
    app: QCoreApplication, language: str, archive: Archive, window: MainWindow, out: Path
) -> None:
    """The people, a sign of life entered by hand, a person's timeline, a paper letter and
    the groups of officials."""
    people = PeopleDialog(archive, window)
    people.show()
    wait_until(app, lambda: not people.is_loading)
    save(people, out / f"{language}-people.png", app)
    people.tabs.setCurrentIndex(1)
    save(people, out / f"{language}-people-merges.png", app)
    people.close()
    first = window.overview.dashboard.cards[0].watched.person_id
    sign = SignOfLifeDialog(archive, first, window)
    sign.note_edit.setPlainText("Nachricht über Signal: Er darf nächste Woche telefonieren.")
    save(sign, out / f"{language}-sign-of-life.png", app)
    sign.close()
    timeline = PersonTimelineDialog(archive, first, window)
    timeline.resize(1000, 420)
    timeline.show()
    wait_until(app, lambda: not timeline.is_loading)
    save(timeline, out / f"{language}-person-timeline.png", app)
    timeline.close()
    letter = PaperLetterDialog(archive, window)
    letter.recipient_edit.setText("Auswärtiges Amt, Referat 511")
    letter.subject_edit.setText("Bitte um Unterstützung")
    save(letter, out / f"{language}-paper-letter.png", app)
    letter.close()
    groups = GroupsDialog(archive, window)
    save(groups, out / f"{language}-groups.png", app)
    groups.close()
    exporting = ExportDialog(archive, Selection(query="Antrag", threads=True), window)
    exporting.set_format("pdf")
    # The place proposed in a supporter's Documents folder, not this machine's.
    proposed = Path(exporting.place_field.text()).name
    exporting.set_output(Path("/home/katharina") / DOCUMENTS[language] / proposed)
    exporting.show()
    wait_until(app, lambda: exporting.count_label.text() not in ("", exporting.tr("Counting…")))
    save(exporting, out / f"{language}-export.png", app)
    exporting.close()
    save(ExportLogDialog(archive, window), out / f"{language}-export-log.png", app)
    render_accounts(app, language, archive, window, out)


def render_accounts(
    app: QCoreApplication, language: str, archive: Archive, window: MainWindow, out: Path
) -> None:
    """Adding a mail account with its provider's hint, and the accounts with a last sync
    that failed (no server is reached here)."""
    for address, name in (
        ("anna.weber@gmx.de", "account-gmx"),
        ("sergej@mail.ru", "account-mailru"),
    ):
        adding = AccountDialog(archive, parent=window, keyring=False)
        adding.address.setText(address)
        save(adding, out / f"{language}-{name}.png", app)
        adding.close()
    if not archive.accounts.accounts():
        info = archive.accounts.add(
            AccountDraft(host="imap.gmx.net", port=993, user_name="anna.weber@gmx.de"), "x"
        )
        archive.accounts.record_failure(
            info,
            "imap.gmx.net: the server refused the user name or password for anna.weber@gmx.de",
            Cause.LOGIN_REFUSED,
        )
    accounts = AccountsDialog(archive, window.syncing, window, keyring=False)
    accounts.show()
    wait_until(app, lambda: accounts.current_account is not None)
    save(accounts, out / f"{language}-accounts.png", app)
    accounts.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--messages", type=int, default=400)
    args = parser.parse_args()
    render(args.out, args.messages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
