# SPDX-License-Identifier: GPL-3.0-or-later
"""Installing like any desktop application: the .desktop file, the AppStream metadata, the
icons, the installation for one user and the PyInstaller bundle.

The bundle is built once here (some 40 s), or taken from CORRESPONDENCE_APP_BUNDLE
(`make bundle-test` checks dist/correspondence-app this way).
"""

from __future__ import annotations

import json
import lzma
import mailbox
import os
import shutil
import struct
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from defusedxml import ElementTree  # type: ignore[import-untyped,unused-ignore]
from PIL import Image, ImageChops
from PySide6.QtCore import QSettings

from correspondence_app import __version__
from correspondence_app.app_id import APP_ID
from correspondence_app.crypto.keys import KdfParams
from correspondence_app.gui.app import PASSPHRASE_ENV, QUIT_AFTER_ENV, AppController
from correspondence_app.gui.settings import AppSettings
from correspondence_app.importers.pipeline import WORKERS_FROM_BYTES
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE, REPO_ROOT
from tests.integration.cli import private_env, run_json

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

RESOURCES = REPO_ROOT / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
HICOLOR = RESOURCES / "icons" / "hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
INSTALL_USER = REPO_ROOT / "packaging" / "install-user.sh"
SPEC = REPO_ROOT / "packaging" / "correspondence-app.spec"
MAIL_TYPES = {"application/mbox", "message/rfc822"}
BUNDLE_ENV = "CORRESPONDENCE_APP_BUNDLE"
OUTLOOK_DATA = REPO_ROOT / "tests" / "data" / "outlook"


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: `make` installs it (scripts/install-system-packages.sh)"
    return path


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


# The desktop file and the AppStream metadata ---------------------------------------------
def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert problems == []


def test_one_application_id_names_everything() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert set(filter(None, entry["MimeType"].split(";"))) == MAIL_TYPES
    assert entry["Exec"] == "correspondence-app-gui %f"  # install-user.sh makes it absolute
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("icon") == APP_ID
    assert {e.text for e in component.iterfind("provides/mediatype")} == MAIL_TYPES
    assert f"APP_ID={APP_ID}\n" in INSTALL_USER.read_text(encoding="utf-8")


def test_metainfo_describes_the_current_release() -> None:
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    component = ElementTree.parse(METAINFO).getroot()
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == pyproject["project"]["version"] == __version__
    assert component.findtext("project_license") == pyproject["project"]["license"]


def test_screenshots_are_the_projects_own_images() -> None:
    images = ElementTree.parse(METAINFO).getroot().iterfind("screenshots/screenshot/image")
    checked = 0
    for image in images:
        assert image.text is not None
        assert image.text.startswith("https://"), image.text
        name = image.text.split("/docs/screenshots/", 1)[1]
        size = png_size(REPO_ROOT / "docs" / "screenshots" / name)
        assert size == (int(image.get("width", 0)), int(image.get("height", 0))), name
        checked += 1
    assert checked >= 3


# Icons -------------------------------------------------------------------------------------
def test_icons_exist_in_every_hicolor_size() -> None:
    for size in ICON_SIZES:
        path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(path) == (size, size)
        with Image.open(path) as image:
            assert image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] == 0  # type: ignore[index]  # a transparent corner
            assert image.getpixel((size // 2, size // 2))[3] == 255  # type: ignore[index]
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (RESOURCES / "icons" / "app.svg").read_bytes()


def test_icons_are_rendered_from_the_current_svg(tmp_path: Path) -> None:
    """After changing app.svg, `make icons` must run: the committed PNGs match a new render
    (allowing for small differences between versions of Qt's renderer)."""
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "packaging" / "make_icons.py"), "--out", str(tmp_path)],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    for size in ICON_SIZES:
        name = Path(f"{size}x{size}") / "apps" / f"{APP_ID}.png"
        with Image.open(HICOLOR / name) as committed, Image.open(tmp_path / name) as fresh:
            difference = ImageChops.difference(committed, fresh).getextrema()
            assert max(high for _low, high in difference) <= 48, name  # type: ignore[misc]


# Installing for one user -------------------------------------------------------------------
def tree(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*")}


def install_user(env: dict[str, str], *args: str | Path) -> str:
    result = subprocess.run(
        ["sh", str(INSTALL_USER), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def check_installed(home: Path, env: dict[str, str]) -> None:
    data = home / ".local" / "share"
    launcher = home / ".local" / "bin" / "correspondence-app"
    version = subprocess.run(
        [str(launcher), "--version"], env=env, capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"correspondence-app {__version__}"
    installed = data / "applications" / f"{APP_ID}.desktop"
    entry = desktop_entry(installed)
    assert entry["Exec"] == f"{home}/.local/bin/correspondence-app-gui %f"
    assert entry["TryExec"] == f"{home}/.local/bin/correspondence-app-gui"
    assert os.access(entry["TryExec"], os.X_OK)
    validated = subprocess.run(
        [tool("desktop-file-validate"), str(installed)], capture_output=True, text=True
    )
    assert validated.returncode == 0, validated.stdout
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    # The metadata beside its desktop file and icon, as a software centre reads them.
    tree_check = subprocess.run(
        [tool("appstreamcli"), "validate-tree", "--no-net", str(home / ".local")],
        capture_output=True,
        text=True,
    )
    assert tree_check.returncode == 0, tree_check.stdout
    if shutil.which("update-desktop-database"):  # "Open with" for .mbox and .eml files
        cache = (data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        for mime_type in MAIL_TYPES:
            assert f"{mime_type}={APP_ID}.desktop;" in cache


def user_home(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A home folder holding a file of the user's in each place the installation writes to."""
    env = private_env(tmp_path)
    home = Path(env["HOME"])
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "other-tool").write_text("#!/bin/sh\n")
    (home / ".local" / "share" / "applications").mkdir(parents=True)
    (home / ".local" / "share" / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    return home, env


def test_install_user_from_a_venv_and_uninstall(tmp_path: Path) -> None:
    home, env = user_home(tmp_path)
    before = tree(home)
    install_user(env, "--venv", sys.prefix)
    check_installed(home, env)
    launcher = (home / ".local" / "bin" / "correspondence-app-gui").read_text(encoding="utf-8")
    assert f"'{sys.prefix}/bin/correspondence-app' 'gui' \"$@\"" in launcher
    install_user(env, "--venv", sys.prefix)  # again: replaces, leaves nothing twice
    check_installed(home, env)
    install_user(env, "--uninstall")
    assert tree(home) == before


def test_install_user_refuses_a_file_that_is_not_its_own(tmp_path: Path) -> None:
    home, env = user_home(tmp_path)
    mine = home / ".local" / "bin" / "correspondence-app"
    mine.write_text("#!/bin/sh\necho mine\n")
    result = subprocess.run(
        ["sh", str(INSTALL_USER), "--venv", sys.prefix], env=env, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "is not ours" in result.stderr
    assert mine.read_text() == "#!/bin/sh\necho mine\n"


# Opening a mail file with the application --------------------------------------------------
def test_a_mail_file_opened_with_the_application_is_imported(
    qtbot: QtBot, tmp_path: Path, corpora: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Open with Correspondence Archive" on an .eml: the last archive unlocks and imports it."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("CORRESPONDENCE_APP_KDF_TARGET_S", "0")
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    folder = tmp_path / "archive"
    Archive.create(folder, PASSPHRASE, kdf=KdfParams()).close()
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.last_archive = folder
    letter = sorted((corpora / "notmuch" / "default" / "cur").iterdir())[0]
    controller = AppController(settings, None, to_import=[letter])
    try:
        with qtbot.waitSignal(controller.unlocked, timeout=20_000):
            controller.start()
        assert controller.window is not None
        dialog = controller.window.import_dialog
        assert dialog is not None
        with qtbot.waitSignal(dialog.import_finished, timeout=60_000) as finished:
            pass
        assert finished.args is not None
        assert finished.args[0].imported == 1
        assert controller.archive is not None
        assert controller.archive.stats().messages == 1
    finally:
        controller._close_archive()


# The PyInstaller bundle ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle: CORRESPONDENCE_APP_BUNDLE, or built here from the spec."""
    given = os.environ.get(BUNDLE_ENV)
    if given:
        return Path(given).resolve()
    build = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    result = subprocess.run(
        [
            *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
            *("--distpath", str(build / "dist"), "--workpath", str(build / "work"), str(SPEC)),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return build / "dist" / "correspondence-app"


def run_bundle(
    bundle: Path, env: dict[str, str], *args: str | Path, timeout_s: float = 300
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(bundle / "correspondence-app"), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=timeout_s,
        check=False,
    )
    assert result.returncode == 0, f"{args}: {result.stderr[-4000:]}"
    return result


def bundle_json(bundle: Path, env: dict[str, str], *args: str | Path) -> Any:
    return json.loads(run_bundle(bundle, env, *args, "--json").stdout)


@pytest.mark.bundle
def test_bundle_prints_its_version(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, private_env(tmp_path), "--version", timeout_s=60)
    assert result.stdout.strip() == f"correspondence-app {__version__}"


@pytest.mark.bundle
def test_bundle_carries_its_resources(bundle: Path) -> None:
    inside = bundle / "_internal" / "correspondence_app"
    for language in ("de", "en", "ru"):
        qm = inside / "resources" / "translations" / f"correspondence_app_{language}.qm"
        assert qm.is_file()
    assert (inside / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (inside / "resources" / "icons" / "app.svg").is_file()
    assert (inside / "storage" / "migrations" / "versions" / "0001_initial.py").is_file()
    plugins = bundle / "_internal" / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "iconengines"):
        assert (plugins / plugin).exists(), plugin


@pytest.mark.bundle
def test_bundle_opens_and_closes_the_main_window(bundle: Path, tmp_path: Path) -> None:
    env = private_env(tmp_path)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env |= {"QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    run_bundle(bundle, env, "init", tmp_path / "archive")
    shown = run_bundle(bundle, env | {QUIT_AFTER_ENV: "1000"}, "gui", tmp_path / "archive")
    assert "main window shown" in shown.stdout


def corpus_mbox(corpora: Path, target: Path) -> Path:
    """Single messages of three corpora in one mbox, past the size that starts workers."""
    box = mailbox.mbox(target, create=True)
    for folder in ("notmuch", "php-mime-mail-parser", "spamscope-mail-parser"):
        for path in sorted((corpora / folder).rglob("*")):
            if path.is_file() and not path.name.startswith(".") and path.suffix != ".md":
                data = path.read_bytes()
                if not data.startswith(b"\xd0\xcf\x11\xe0"):  # an Outlook file, not RFC 822
                    box.add(data)
    box.close()
    assert target.stat().st_size > max(WORKERS_FROM_BYTES, 4_000_000)
    return target


def worker_processes_of(process: subprocess.Popen[bytes]) -> set[int]:
    """The spawned multiprocessing children of process, watched until it ends (Linux)."""
    seen: set[int] = set()
    while process.poll() is None:
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                parent = next(
                    line for line in status.read_text().splitlines() if line.startswith("PPid:")
                )
                if int(parent.split()[1]) != process.pid:
                    continue
                command = (status.parent / "cmdline").read_bytes().split(b"\0")
            except (OSError, StopIteration):
                continue  # ended meanwhile
            if b"--multiprocessing-fork" in command:
                seen.add(int(status.parent.name))
        time.sleep(0.02)
    return seen


@pytest.mark.bundle
def test_bundle_imports_with_worker_processes(bundle: Path, tmp_path: Path, corpora: Path) -> None:
    """Frozen import workers (freeze_support) parse exactly as the unfrozen program does."""
    env = private_env(tmp_path)
    source = corpus_mbox(corpora, tmp_path / "corpus.mbox")
    run_bundle(bundle, env, "init", tmp_path / "frozen")
    importing = subprocess.Popen(
        [
            *(str(bundle / "correspondence-app"), "import", str(tmp_path / "frozen")),
            *(str(source), "--workers", "2", "--quiet", "--json"),
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    workers = worker_processes_of(importing)
    stdout, stderr = importing.communicate(timeout=300)
    assert importing.returncode == 0, stderr.decode(errors="replace")
    assert len(workers) >= 2
    frozen_report = json.loads(stdout)
    frozen_stats = bundle_json(bundle, env, "stats", tmp_path / "frozen")

    run_json(env, "init", tmp_path / "oracle")
    oracle_report = run_json(env, "import", tmp_path / "oracle", source, "--workers", "2")
    oracle_stats = run_json(env, "stats", tmp_path / "oracle")
    counts = ("imported", "duplicates", "quarantined")
    assert {k: frozen_report[k] for k in counts} == {k: oracle_report[k] for k in counts}
    assert frozen_stats == oracle_stats
    # Every message read alike: subjects, senders and dates decoded by the same codecs.
    assert bundle_json(bundle, env, "list", tmp_path / "frozen") == run_json(
        env, "list", tmp_path / "oracle"
    )
    assert frozen_stats["messages"] > 300
    assert frozen_stats["quarantined"] == 0


def without_times(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in entry.items() if not k.endswith("_at")} for entry in entries]


@pytest.mark.bundle
def test_bundle_reads_every_format_and_exports_like_the_unfrozen_program(
    bundle: Path, tmp_path: Path, corpora: Path
) -> None:
    """Every corpus (Maildir, .eml, Outlook .msg, mboxes) and an Outlook .ost, whose reader
    (libpff) runs in a spawned process of its own; then a PDF dossier with the bundled fonts."""
    env = private_env(tmp_path)
    ost = tmp_path / "test.ost"
    ost.write_bytes(lzma.decompress((OUTLOOK_DATA / "pstextractortest.ost.xz").read_bytes()))
    run_bundle(bundle, env, "init", tmp_path / "frozen")
    run_bundle(bundle, env, "import", tmp_path / "frozen", corpora, ost, "--quiet")
    run_json(env, "init", tmp_path / "oracle")
    run_json(env, "import", tmp_path / "oracle", corpora, ost)
    for command in (("stats",), ("list",), ("search", "Antrag OR Krankenhaus OR patch")):
        frozen = bundle_json(bundle, env, command[0], tmp_path / "frozen", *command[1:])
        assert frozen == run_json(env, command[0], tmp_path / "oracle", *command[1:]), command
    quarantine = bundle_json(bundle, env, "quarantine", tmp_path / "frozen")
    assert without_times(quarantine) == without_times(
        run_json(env, "quarantine", tmp_path / "oracle")
    )
    dossier = tmp_path / "dossier.pdf"
    run_bundle(
        bundle,
        env,
        *("export", tmp_path / "frozen", "Bremner", "--format", "pdf", "--output", dossier),
        *("--title", "Dossier Ärzte Москва"),
    )
    assert b"DejaVuSans" in dossier.read_bytes()
    assert "unchanged" in run_bundle(bundle, env, "verify-export", dossier).stdout


@pytest.mark.bundle
def test_bundle_installs_for_the_user(bundle: Path, tmp_path: Path) -> None:
    home, env = user_home(tmp_path)
    before = tree(home)
    install_user(env, "--bundle", bundle)
    check_installed(home, env)
    installed = home / ".local" / "share" / APP_ID / "bundle" / "correspondence-app"
    assert installed.is_file()
    install_user(env, "--uninstall")
    assert tree(home) == before
