#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the path of a Python >= 3.12 interpreter, installing one with uv as a last resort.
# PySide6 6.12 aborts in long event loops on Python 3.11, so older ones are not accepted.
set -u

works() {  # works CMD...: the command runs and is Python >= 3.12
    "$@" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1
}

path_of() {
    "$@" -c 'import sys; print(sys.executable)'
}

for candidate in python3 python3.13 python3.12; do
    if command -v "$candidate" >/dev/null 2>&1 && works "$candidate"; then
        path_of "$candidate"
        exit 0
    fi
done

# pyenv keeps interpreters under $(pyenv root)/versions; their shims only work when
# PYENV_VERSION names them, so use the binaries directly.
if command -v pyenv >/dev/null 2>&1; then
    root=$(pyenv root 2>/dev/null)
    for dir in $(ls -d "$root"/versions/3.1[3-9]* "$root"/versions/3.12* 2>/dev/null | sort -rV); do
        for exe in "$dir"/bin/python3.1[2-9]; do
            if [ -x "$exe" ] && works "$exe"; then
                echo "$exe"
                exit 0
            fi
        done
    done
fi

uv_cmd=""
if command -v uv >/dev/null 2>&1; then
    uv_cmd=uv
elif command -v python3 >/dev/null 2>&1; then
    # Debian bookworm ships Python 3.11 only: bring uv from PyPI into a helper venv.
    helper=".cache/uv-venv"
    if [ -x "$helper/bin/uv" ] || { python3 -m venv "$helper" >&2 && "$helper/bin/pip" install -q uv >&2; }; then
        uv_cmd="$helper/bin/uv"
    fi
fi
if [ -n "$uv_cmd" ]; then
    if "$uv_cmd" python install 3.12 >&2; then
        found=$("$uv_cmd" python find 3.12 2>/dev/null)
        if [ -n "$found" ] && works "$found"; then
            echo "$found"
            exit 0
        fi
    fi
fi

echo "No Python 3.12 or newer was found. Install one, for example:" >&2
echo "  sudo apt-get install python3.12 python3.12-venv   (Ubuntu 24.04 and newer)" >&2
echo "  or install uv (https://docs.astral.sh/uv/) and run make again." >&2
exit 1
