#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Correspondence Archive for the current user, without root (`make install-user`).
#
# Usage: packaging/install-user.sh [--bundle DIR | --venv DIR | --new-venv] [--uninstall]
#   (no option)   the PyInstaller bundle in dist/correspondence-app if it was built
#                 (`make bundle`), otherwise a new virtual environment
#   --bundle DIR  copy this bundle (the folder holding the correspondence-app executable)
#   --venv DIR    run the application from this existing virtual environment (one with
#                 correspondence-app installed in it, such as the checkout's .venv); it is
#                 used where it is, not copied, and never removed
#   --new-venv    create a virtual environment with the Python `make` uses and install
#                 this checkout into it (needs the package index, as `make` does)
#   --uninstall   remove exactly what an earlier run installed (archives and settings,
#                 in ~/.local/share/correspondence-app and ~/.config, are never touched)
#
# Installed: the application in ~/.local/share/APP_ID/ (bundle/ or venv/), the launchers
# correspondence-app and correspondence-app-gui in ~/.local/bin, the .desktop file (its
# Exec is the launcher), the icons, the AppStream metadata and the .mbox/.eml association.
# ~/.local/share/APP_ID/installed lists every file and folder the run created.
set -eu

APP_ID=io.github.correspondencearchive.CorrespondenceArchive
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RESOURCES="$ROOT/resources"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="$HOME/.local/bin"
APP_DIR="$DATA/$APP_ID"
MANIFEST="$APP_DIR/installed"
MARKER="# Installed by Correspondence Archive's install-user.sh"

die() {
    echo "install-user: $*" >&2
    exit 1
}

usage() {
    sed -n '3,21s/^# \{0,1\}//p' "$0"
}

mode=""
source=""
uninstall=false
while [ $# -gt 0 ]; do
    case "$1" in
        --bundle | --venv)
            [ $# -ge 2 ] || die "$1 needs a folder"
            mode=${1#--}
            source=$(cd "$2" 2>/dev/null && pwd) || die "no such folder: $2"
            shift 2
            ;;
        --new-venv) mode=new-venv; shift ;;
        --uninstall) uninstall=true; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

case "$HOME$DATA" in
    *'
'* | *'"'* | *'`'* | *'$'* | *\\* | *'%'*)
        # These would need escaping in the .desktop file's Exec line.
        die "the home or data folder's name has a character this script cannot quote"
        ;;
esac

# The manifest ------------------------------------------------------------------------------
# Lines "dir PATH" (a folder this run created) and "file PATH". Written to a temporary list
# first: the application folder it belongs in may not exist yet.
record_list=""

record() {  # record KIND PATH
    printf '%s %s\n' "$1" "$2" >>"$record_list"
}

make_dir() {  # make_dir PATH: like mkdir -p, recording each folder it creates
    if [ ! -d "$1" ]; then
        make_dir "$(dirname "$1")"
        mkdir "$1"
        record dir "$1"
    fi
}

put() {  # put SOURCE TARGET [MODE]: copies a file, recording it
    make_dir "$(dirname "$2")"
    [ ! -e "$2" ] || [ -L "$2" ] || grep -q "$MARKER" "$2" 2>/dev/null \
        || cmp -s "$1" "$2" || die "$2 exists and is not ours: move it away first"
    cp "$1" "$2.part"
    chmod "${3:-644}" "$2.part"
    mv -f "$2.part" "$2"
    record file "$2"
}

refresh_desktop() {  # the menus' and file managers' caches; harmless where the tools are absent
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA/applications" ]; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    if [ -d "$DATA/icons/hicolor" ]; then
        touch "$DATA/icons/hicolor"  # icon caches compare the theme folder's time
        if command -v gtk-update-icon-cache >/dev/null 2>&1 \
            && [ -f "$DATA/icons/hicolor/index.theme" ]; then
            gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
        fi
    fi
}

do_uninstall() {
    [ -f "$MANIFEST" ] || return 0
    # Files first, then folders deepest first, each only if this script made it and, for
    # folders, only if it is empty now (something else may have been put there since).
    grep '^file ' "$MANIFEST" | cut -c6- | while IFS= read -r path; do
        case "$path" in
            "$HOME"/* | "$DATA"/*) rm -f "$path" ;;
        esac
    done
    rm -rf "$APP_DIR/bundle" "$APP_DIR/venv"
    remove_cache=false
    if grep -qx "cache $DATA/applications/mimeinfo.cache" "$MANIFEST"; then
        remove_cache=true
    fi
    dirs=$(grep '^dir ' "$MANIFEST" | cut -c5- | sort -r)
    rm -f "$MANIFEST"
    refresh_desktop
    cache="$DATA/applications/mimeinfo.cache"
    # A cache that did not exist before the installation goes once it lists nothing.
    if $remove_cache && [ -f "$cache" ] && ! grep -q '=' "$cache"; then
        rm -f "$cache"
    fi
    printf '%s\n' "$dirs" | while IFS= read -r dir; do
        case "$dir" in
            "$HOME"/* | "$DATA"/*) [ ! -d "$dir" ] || rmdir "$dir" 2>/dev/null || true ;;
        esac
    done
    rmdir "$APP_DIR" 2>/dev/null || true
}

if $uninstall; then
    [ -z "$mode" ] || die "--uninstall takes no other option"
    if [ ! -f "$MANIFEST" ]; then
        echo "Correspondence Archive is not installed for this user (no $MANIFEST)."
        exit 0
    fi
    do_uninstall
    echo "Removed Correspondence Archive. Archives and settings were not touched."
    exit 0
fi

# What to install ---------------------------------------------------------------------------
if [ -z "$mode" ]; then
    if [ -x "$ROOT/dist/correspondence-app/correspondence-app" ]; then
        mode=bundle
        source="$ROOT/dist/correspondence-app"
    else
        mode=new-venv
    fi
fi
for name in "$APP_ID.desktop" "$APP_ID.metainfo.xml" "icons/hicolor/scalable/apps/$APP_ID.svg"; do
    [ -f "$RESOURCES/$name" ] || die "$RESOURCES/$name is missing"
done
case "$mode" in
    bundle)
        [ -x "$source/correspondence-app" ] || die "$source holds no correspondence-app executable"
        case "$source/" in
            "$APP_DIR"/*) die "$source is the installed copy: install from the built bundle" ;;
        esac
        ;;
    venv)
        [ -x "$source/bin/correspondence-app" ] \
            || die "$source is not a virtual environment with correspondence-app installed"
        ;;
    new-venv)
        ls "$RESOURCES"/translations/*.qm >/dev/null 2>&1 \
            || die "the translations are not compiled: run \`make install-user\` instead"
        ;;
esac

do_uninstall  # an earlier installation, so that nothing of it is left behind
record_list=$(mktemp)
trap 'rm -f "$record_list"' EXIT
make_dir "$APP_DIR"

# The application ---------------------------------------------------------------------------
case "$mode" in
    bundle)
        echo "Installing the bundle $source"
        rm -rf "$APP_DIR/bundle.part"
        cp -RP "$source" "$APP_DIR/bundle.part"
        mv "$APP_DIR/bundle.part" "$APP_DIR/bundle"
        cli="$APP_DIR/bundle/correspondence-app"
        ;;
    venv)
        echo "Using the virtual environment $source"
        cli="$source/bin/correspondence-app"
        ;;
    new-venv)
        # The interpreter `make` found for the checkout's .venv, else the same search again.
        python=$("$ROOT/.venv/bin/python" -c 'import sys; print(sys._base_executable)' \
            2>/dev/null) || python=$(cd "$ROOT" && sh scripts/find-python.sh) \
            || die "no Python 3.12 or newer found"
        echo "Creating a virtual environment with $python and installing $ROOT into it"
        "$python" -m venv "$APP_DIR/venv"
        "$APP_DIR/venv/bin/python" -m pip install -q --upgrade pip
        "$APP_DIR/venv/bin/python" -m pip install -q "$ROOT"
        cli="$APP_DIR/venv/bin/correspondence-app"
        ;;
esac
"$cli" --version >/dev/null || die "$cli does not start"

# The launchers: small scripts, so that the bundle finds its folder and the venv its Python.
launcher=$(mktemp)
write_launcher() {  # write_launcher NAME ARGS...
    name=$1
    shift
    {
        echo "#!/bin/sh"
        echo "$MARKER"
        printf 'exec '
        for word in "$@"; do
            printf "'%s' " "$(printf '%s' "$word" | sed "s/'/'\\\\''/g")"
        done
        # shellcheck disable=SC2016 # "$@" is the launcher's, not this script's
        echo '"$@"'
    } >"$launcher"
    put "$launcher" "$BIN/$name" 755
}
write_launcher correspondence-app "$cli"
write_launcher correspondence-app-gui "$cli" gui
rm -f "$launcher"

# The desktop entry: its Exec and TryExec are the launcher, by its full path (~/.local/bin is
# not on every desktop session's PATH).
gui_launcher="$BIN/correspondence-app-gui"
case "$gui_launcher" in
    *' '*) exec_path="\"$gui_launcher\"" ;;
    *) exec_path="$gui_launcher" ;;
esac
entry=$(mktemp)
sed -e "s|^Exec=correspondence-app-gui |Exec=$exec_path |" \
    -e "s|^TryExec=.*|TryExec=$gui_launcher|" "$RESOURCES/$APP_ID.desktop" >"$entry"
grep -q "^Exec=$exec_path " "$entry" || die "the desktop file's Exec line was not understood"
applications="$DATA/applications"
[ -f "$applications/mimeinfo.cache" ] || record cache "$applications/mimeinfo.cache"
put "$entry" "$applications/$APP_ID.desktop"
rm -f "$entry"

# Icons and the AppStream metadata (software centres read ~/.local/share/metainfo too).
for size in 16 24 32 48 64 128 256 512; do
    icon="icons/hicolor/${size}x$size/apps/$APP_ID.png"
    put "$RESOURCES/$icon" "$DATA/$icon"
done
icon="icons/hicolor/scalable/apps/$APP_ID.svg"
put "$RESOURCES/$icon" "$DATA/$icon"
put "$RESOURCES/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"

refresh_desktop  # the MimeType line: "Open with Correspondence Archive" for .mbox and .eml
cp "$record_list" "$MANIFEST"

echo "Installed Correspondence Archive $("$cli" --version | sed 's/^[^ ]* //'):"
echo "  $BIN/correspondence-app and correspondence-app-gui, and in the applications menu."
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "  $BIN is not on your PATH: add it to run correspondence-app by name." ;;
esac
echo "Uninstall with: $0 --uninstall"
