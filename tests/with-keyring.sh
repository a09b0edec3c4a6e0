#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# with-keyring.sh CMD [ARGS...]
# Runs CMD inside a private D-Bus session with a fresh, unlocked gnome-keyring and a throwaway HOME,
# so tests exercise a real Secret Service without ever touching a real user's keyring.
# Exit status is CMD's (or 77 when the keyring tools are missing, which CTest can map to "skipped").
set -u

if [ "$#" -eq 0 ]; then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool not found; install it with: apt-get install gnome-keyring dbus-x11 libsecret-tools" >&2
        exit 77
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/larder-keyring.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/home" "$tmp/runtime"

export HOME="$tmp/home"
export XDG_DATA_HOME="$tmp/data"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
# No desktop: keep GDBus from autolaunching a second bus and QtKeychain from guessing KWallet.
unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_KEYRING_CONTROL

# The inner script waits for the Secret Service before running CMD, then stops the daemon itself:
# dbus-run-session only ends the bus, and a daemon left behind would outlive the test.
dbus-run-session -- sh -c '
    env_out=$(printf %s larder-test-keyring |
        gnome-keyring-daemon --daemonize --unlock --components=secrets 2>/dev/null)
    i=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"; do
        i=$((i + 1))
        if [ "$i" -ge 50 ]; then
            echo "with-keyring.sh: gnome-keyring-daemon did not register org.freedesktop.secrets within 5 s" >&2
            exit 1
        fi
        sleep 0.1
    done
    "$@"
    status=$?
    pid=$(printf "%s\n" "$env_out" | sed -n "s/^GNOME_KEYRING_PID=//p")
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null
    fi
    exit "$status"
' with-keyring "$@"
