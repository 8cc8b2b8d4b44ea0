#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian/Ubuntu packages the application and its tests need, if any is missing.
# Usage: install-system-packages.sh [--bench]   (--bench: the benchmarks' peers, notmuch and mbsync)
set -eu

packages="ca-certificates libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3"
# Qt's X11 platform plugin (the window on a desktop): Qt 6.5 and later need libxcb-cursor0,
# which many desktop installations lack.
packages="$packages libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
libxcb-randr0 libxcb-render-util0 libxcb-image0 libxkbcommon-x11-0"
# The tools the export tests check exports with, as a lawyer would: 7-Zip opens the
# encrypted bundle, poppler renders and reads the PDF dossier.
packages="$packages 7zip poppler-utils"
# fontconfig's fc-list finds a font of the computer for letters the dossier's fonts lack.
packages="$packages fontconfig"
# The IMAP tests fetch from a real server: Dovecot, started on 127.0.0.1 by the tests
# with a configuration of their own (the package's own service is not used).
packages="$packages dovecot-imapd"
# Installing like a desktop application (tests/integration/test_packaging.py): the validators
# of the .desktop file and the AppStream metadata, update-desktop-database for the .mbox/.eml
# association, and binutils (objdump, strip), which PyInstaller needs to build the bundle.
packages="$packages desktop-file-utils appstream binutils"
if [ "${1:-}" = "--bench" ]; then
    # The benchmarks' peers: notmuch for importing and searching, mbsync for IMAP.
    packages="notmuch isync dovecot-imapd"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian-like system: make sure these are installed: $packages" >&2
    exit 0
fi

missing=""
for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "Please install, as root:$missing" >&2
    exit 1
fi
echo "Installing system packages:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >&2
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing >&2
