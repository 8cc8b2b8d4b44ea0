# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the real command line in a child process, as scripts and users do: forked from a
process that has its modules loaded already (tests.integration.cli_server), or with
CORRESPONDENCE_TESTS_CLI=exec as a new interpreter, ``python -m correspondence_app``."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE, REPO_ROOT

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path


def private_env(base: Path) -> dict[str, str]:
    """An environment with the passphrase, the minimum KDF cost and temp dirs under base."""
    home, temp = base / "home", base / "tmp"
    home.mkdir(parents=True, exist_ok=True)
    temp.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "CORRESPONDENCE_APP_PASSPHRASE": PASSPHRASE,
        "CORRESPONDENCE_APP_KDF_TARGET_S": "0",
        "HOME": str(home),
        "TMPDIR": str(temp),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }


TIMEOUT_S = 600
LAUNCHER_ENV = "CORRESPONDENCE_TESTS_CLI"


def run(
    env: dict[str, str], *args: str | Path, check: bool = True
) -> subprocess.CompletedProcess[bytes]:
    argv = [str(arg) for arg in args]
    if os.environ.get(LAUNCHER_ENV) == "exec":
        result = subprocess.run(
            [sys.executable, "-m", "correspondence_app", *argv],
            env=env,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=TIMEOUT_S,
            check=False,
        )
    else:
        result = _server.run(argv, env)
    if check and result.returncode != 0:
        raise AssertionError(
            f"{args} exited {result.returncode}: {result.stderr.decode(errors='replace')}"
        )
    return result


class CommandServer:
    """This test process's tests.integration.cli_server, started when first needed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._channel: socket.socket | None = None

    def run(self, argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
        with self._lock:
            channel = self._started()
            request = json.dumps({"args": argv, "env": env, "cwd": os.getcwd()}).encode()
            out_read, out_write = os.pipe()
            err_read, err_write = os.pipe()
            stdin = os.open(os.devnull, os.O_RDONLY)
            try:
                socket.send_fds(channel, [request], [stdin, out_write, err_write])
            finally:
                for fd in (stdin, out_write, err_write):
                    os.close(fd)
            pid = _answer(channel)["pid"]
            stdout, stderr, timed_out = _read_until_closed(out_read, err_read, pid)
            status = _answer(channel)["status"]
        command = [sys.executable, "-m", "correspondence_app", *argv]
        if timed_out:
            raise subprocess.TimeoutExpired(command, TIMEOUT_S, stdout, stderr)
        return subprocess.CompletedProcess(command, status, stdout, stderr)

    def _started(self) -> socket.socket:
        if self._process is not None and self._process.poll() is None and self._channel:
            return self._channel
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.cli_server", str(theirs.fileno())],
            cwd=REPO_ROOT,  # where `tests` is found, whatever folder a test is in
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )
        theirs.close()
        self._channel = ours
        return ours

    def stop(self) -> None:
        if self._channel is not None:
            self._channel.close()
        if self._process is not None:
            self._process.wait(timeout=30)


def _answer(channel: socket.socket) -> dict[str, int]:
    answer = channel.recv(1024)
    if not answer:  # its error output is the test process's
        raise AssertionError("tests.integration.cli_server ended")
    result: dict[str, int] = json.loads(answer)
    return result


def _read_until_closed(out_read: int, err_read: int, pid: int) -> tuple[bytes, bytes, bool]:
    """Everything the child writes to its output and error until it closes them; the
    child is killed after TIMEOUT_S."""
    chunks: dict[int, list[bytes]] = {out_read: [], err_read: []}
    deadline = time.monotonic() + TIMEOUT_S
    timed_out = False
    with selectors.DefaultSelector() as selector:
        for fd in chunks:
            selector.register(fd, selectors.EVENT_READ)
        while selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0 and not timed_out:
                timed_out = True
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            for key, _ in selector.select(timeout=max(remaining, 1.0)):
                data = os.read(key.fd, 65536)
                if data:
                    chunks[key.fd].append(data)
                else:
                    selector.unregister(key.fd)
                    os.close(key.fd)
    return b"".join(chunks[out_read]), b"".join(chunks[err_read]), timed_out


_server = CommandServer()
atexit.register(_server.stop)


def run_json(env: dict[str, str], *args: str | Path) -> Any:
    return json.loads(run(env, *args, "--json").stdout)


def run_until_signal(
    env: dict[str, str],
    begun: Callable[[], bool],
    *args: str | Path,
    signal_number: int = signal.SIGINT,
) -> subprocess.CompletedProcess[bytes]:
    """The command as a new process in a session of its own, as in a terminal: once
    ``begun()`` says it is under way, the signal to the whole session, its worker
    processes too (SIGINT: Ctrl+C; SIGKILL: kill -9), then its outcome. Fails if it ended
    before it could be interrupted."""
    process = subprocess.Popen(
        [sys.executable, "-m", "correspondence_app", *map(str, args)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # A terminal's Ctrl+C: not ignored as in a process started in the background.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while not begun() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert process.poll() is None, "the command ended before it could be interrupted"
        os.killpg(process.pid, signal_number)
        out, err = process.communicate(timeout=TIMEOUT_S)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@contextlib.contextmanager
def imported_archive(base: Path, mail: Path) -> Iterator[dict[str, Any]]:
    """An archive under base made by ``init`` and ``import`` of mail on the command line,
    open meanwhile: its "env", "folder", "archive" and "ids" (message id by the local part
    of its Message-ID)."""
    env = private_env(base)
    folder = base / "archive"
    run(env, "init", folder)
    run(env, "import", folder, mail)
    with Archive.open(folder, PASSPHRASE) as archive:
        ids = {m.message_id.split("@")[0]: m.id for m in archive.list_messages()}
        yield {"env": env, "folder": folder, "archive": archive, "ids": ids}
