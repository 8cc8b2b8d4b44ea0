# SPDX-License-Identifier: GPL-3.0-or-later
"""kill -9 in the middle of an import loses nothing, and SIGTERM (as Ctrl+C) stops it
cleanly with a report of what it stored; nothing readable ever reaches the disk."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import func, select

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive
from correspondence_app.storage.tables import Message
from tests.conftest import PASSPHRASE
from tests.integration.cli import private_env, run, run_json, run_until_signal

# Words that occur only in the generated mail, in every part a message has.
SECRETS = (
    "Zwetschgenkuchenrezept",
    "Богородицкая",
    "geheimnisvoll.kontakt@beispiel-mail.de",
    "Ärztliches-Gutachten-Krankenhaus.pdf",
    "VERTRAULICHER-ANHANGINHALT",
)


def write_maildir(folder: Path, count: int) -> None:
    """count distinct messages of a few KB, some with an attachment, in a Maildir."""
    for part in ("cur", "new", "tmp"):
        (folder / part).mkdir(parents=True)
    filler = "Die Lage im Krankenhaus ist unverändert. Я жду ответа из посольства. " * 40
    for index in range(count):
        message = EmailMessage()
        message["From"] = f"Сергей Богородицкая <{SECRETS[2]}>"
        message["To"] = "Anna Weber <anna@example.de>"
        message["Subject"] = f"{SECRETS[0]} Nummer {index}"
        message["Date"] = "Tue, 12 Mar 2024 09:15:00 +0300"
        message["Message-ID"] = f"<crash-{index}@example.org>"
        message.set_content(f"{SECRETS[1]} {index}\n{filler}")
        if index % 5 == 0:
            message.add_attachment(
                f"{SECRETS[4]} {index}".encode(),
                maintype="application",
                subtype="octet-stream",
                filename=SECRETS[3],
            )
        name = f"{1700000000 + index}.{index}.host:2,S"
        (folder / "cur" / name).write_bytes(bytes(message))


def plaintext_findings(folders: list[Path]) -> list[str]:
    findings = []
    needles = [word.encode() for word in SECRETS] + [word.encode("utf-16-le") for word in SECRETS]
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                findings += [f"{path}: {n!r}" for n in needles if n in data]
    return findings


def count_messages(archive: Archive) -> int:
    with archive.session() as session:
        return int(session.execute(select(func.count(Message.id))).scalar_one())


def mail_and_archive(base: Path, total: int) -> tuple[Path, dict[str, str], Path]:
    """A Maildir of ``total`` messages, the environment, and a new archive, all under base."""
    mail = base / "mail"
    write_maildir(mail, total)
    env = private_env(base)
    folder = base / "archive"
    run(env, "init", folder)
    return mail, env, folder


def test_kill_during_import_then_rerun_loses_nothing(tmp_path: Path) -> None:
    total = 2500
    mail, env, folder = mail_and_archive(tmp_path, total)
    reader = Archive.open(folder, PASSPHRASE)
    counts_after_kill = []
    try:
        for _ in range(2):
            already = count_messages(reader)
            run_until_signal(  # the importer and its worker processes
                env,
                lambda: count_messages(reader) != already,  # noqa: B023 (called at once)
                "import",
                folder,
                mail,
                signal_number=signal.SIGKILL,
            )
            counts_after_kill.append(count_messages(reader))
            # Whatever a killed import left behind holds nothing readable.
            assert plaintext_findings([folder, tmp_path / "tmp", tmp_path / "home"]) == []
    finally:
        reader.close()
    assert 0 < counts_after_kill[0] < total
    assert run_json(env, "verify", folder)["ok"] is True
    report = run_json(env, "import", folder, mail)
    assert report["imported"] + report["duplicates"] == total
    assert report["imported"] == total - counts_after_kill[-1]
    assert run_json(env, "stats", folder)["messages"] == total
    assert run_json(env, "import", folder, mail)["imported"] == 0
    assert run_json(env, "verify", folder)["ok"] is True


def test_sigterm_stops_the_import_once_its_messages_are_stored_and_says_what_it_stored(
    tmp_path: Path,
) -> None:
    """SIGTERM to the whole session (the desktop session ending) stops it as Ctrl+C does
    (the same handler; the sync's test sends Ctrl+C)."""
    total = 2500
    mail, env, folder = mail_and_archive(tmp_path, total)
    with Archive.open(folder, PASSPHRASE) as reader:
        stopped = run_until_signal(
            env,
            lambda: count_messages(reader) > 0,
            "import",
            folder,
            mail,
            "--json",
            signal_number=signal.SIGTERM,
        )
        assert stopped.returncode == 130
        assert "Stopping the import" in stopped.stderr.decode()
        assert "Traceback" not in stopped.stderr.decode()
        report = json.loads(stopped.stdout)
        assert report["cancelled"] is True
        assert 0 < report["imported"] < total
        # The parsing processes got the signal too; they leave the stop to the importer
        # and none of their messages is taken for one that crashed them.
        assert report["quarantined"] == 0
        assert count_messages(reader) == report["imported"]  # what it says it stored
    rest = run_json(env, "import", folder, mail)
    assert rest["cancelled"] is False
    assert rest["imported"] + rest["duplicates"] == total
    assert rest["imported"] == total - report["imported"]
    assert run_json(env, "verify", folder)["ok"] is True


def test_no_plaintext_in_any_file_written(tmp_path: Path) -> None:
    mail = tmp_path / "mail"
    write_maildir(mail, 300)
    env = private_env(tmp_path)
    folder = tmp_path / "archive"
    run(env, "init", folder)
    run(env, "import", folder, mail)
    # Reading leaves nothing behind either.
    listed = run_json(env, "list", folder)
    run(env, "show", folder, str(listed[0]["id"]))
    run(env, "verify", folder)
    written = [folder, tmp_path / "tmp", tmp_path / "home"]
    assert any(p.is_file() for p in folder.iterdir())
    assert plaintext_findings(written) == []
    # The check itself can fail: the source mail holds the words.
    assert plaintext_findings([mail])


def test_killed_import_run_is_recorded_as_interrupted(tmp_path: Path) -> None:
    from correspondence_app.storage.tables import ImportRun, ImportStatus

    folder = tmp_path / "archive"
    archive = Archive.create(folder, PASSPHRASE, kdf=KdfParams())
    with archive.session() as session, session.begin():
        session.add(ImportRun(started_at=datetime.now(UTC), status=ImportStatus.RUNNING))
    mail = tmp_path / "mail"
    write_maildir(mail, 1)
    archive.import_paths([mail])
    with archive.session() as session:
        statuses = list(session.scalars(select(ImportRun.status).order_by(ImportRun.id)))
    archive.close()
    assert statuses == [ImportStatus.INTERRUPTED, ImportStatus.FINISHED]


def worker_processes() -> list[int]:
    """This process's import workers (spawned interpreters), by their command line."""
    found = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        for child in (task / "children").read_text().split():
            try:
                command = Path(f"/proc/{child}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in command:
                found.append(int(child))
    return found


def test_a_worker_that_dies_costs_no_message(tmp_path: Path) -> None:
    total = 2500
    mail = tmp_path / "mail"
    write_maildir(mail, total)
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        killed: list[int] = []

        def kill_a_worker() -> None:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not killed:
                workers = worker_processes()
                if workers and count_messages(archive) > 0:
                    os.kill(workers[0], signal.SIGKILL)  # as the kernel's OOM killer would
                    killed.append(workers[0])
                time.sleep(0.01)

        killer = threading.Thread(target=kill_a_worker)
        killer.start()
        try:
            report = archive.import_paths([mail], workers=2)
        finally:
            killer.join()
        assert killed, "the import ended before a worker could be killed"
        assert (report.imported, report.quarantined) == (total, 0)
        assert count_messages(archive) == total
        assert archive.verify().ok
