# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts the command line's child processes for the tests without loading Python's and the
program's modules again for each: a process that has imported them forks a child per
command, which takes the test's standard streams, environment and folder and runs
``correspondence_app.cli.main`` as ``python -m correspondence_app`` would, ending as that
process ends. Each test process has one such server (tests.integration.cli); with
CORRESPONDENCE_TESTS_CLI=exec every command starts a new interpreter instead.

Protocol, over a SOCK_SEQPACKET socket: the test sends a JSON request (args, env, cwd) with
three file descriptors (standard input, output, error); the server answers {"pid": ...}
when the child runs and {"status": ...} when it has ended (a negative number: the signal
that ended it, as subprocess reports it)."""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import sys
import tempfile
import types

# What the commands load anyway: the archive, its importers, exports and search.
PRELOADED = (
    "correspondence_app.cli",
    "correspondence_app.services",
    "correspondence_app.importers.pipeline",
    "correspondence_app.export.exporter",
    "correspondence_app.search.query_parser",
)
MAX_REQUEST_BYTES = 1 << 20


def serve(channel: socket.socket) -> int | None:
    """Answers requests until the test process goes away; in a child, returns its exit
    status instead."""
    while True:
        try:
            payload, fds, _, _ = socket.recv_fds(channel, MAX_REQUEST_BYTES, 3)
        except (ConnectionResetError, OSError):
            return None
        if not payload:
            return None
        request = json.loads(payload)
        pid = os.fork()
        if pid == 0:
            channel.close()
            return run_command(request, fds)
        for fd in fds:
            os.close(fd)
        channel.send(json.dumps({"pid": pid}).encode())
        _, wait_status = os.waitpid(pid, 0)
        channel.send(json.dumps({"status": os.waitstatus_to_exitcode(wait_status)}).encode())


def run_command(request: dict[str, object], fds: list[int]) -> int:
    """In the child: become the command's process and run it."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(str(request["cwd"]))
    env = request["env"]
    assert isinstance(env, dict)
    os.environ.clear()
    os.environ.update(env)
    tempfile.tempdir = None  # found again from TMPDIR
    args = [str(arg) for arg in request["args"]]  # type: ignore[attr-defined]
    # As `python -m correspondence_app`: worker processes (started with "spawn") look at
    # the main module to know what to load.
    spec = importlib.util.find_spec("correspondence_app.__main__")
    assert spec is not None
    assert spec.origin is not None
    main_module = types.ModuleType("__main__")
    main_module.__spec__ = spec
    main_module.__file__ = spec.origin
    sys.modules["__main__"] = main_module
    sys.argv = [spec.origin, *args]
    from correspondence_app.cli import main

    return main(args)


def start() -> int:
    for name in PRELOADED:
        importlib.import_module(name)
    channel = socket.socket(fileno=int(sys.argv[1]))
    status = serve(channel)
    return 0 if status is None else status


if __name__ == "__main__":
    sys.exit(start())
