#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# with-xvfb-tray.sh CMD [ARGS...]
# Runs CMD on a private X server (Xvfb) with a system tray (trayer), so tray icon tests see a real
# XEmbed tray instead of none. Exit status is CMD's, or 77 (CTest: skipped) when the tools are missing.
set -u

if [ "$#" -eq 0 ]; then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi

for tool in Xvfb trayer xwininfo; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-xvfb-tray.sh: $tool not found; install it with: apt-get install xvfb trayer x11-utils" >&2
        exit 77
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/larder-xvfb.XXXXXX") || exit 1
xvfb_pid=
trayer_pid=
cleanup() {
    [ -n "$trayer_pid" ] && kill "$trayer_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Xvfb picks a free display number itself and writes it to the given fd once it accepts clients.
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb_pid=$!
i=0
while [ ! -s "$tmp/display" ]; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "with-xvfb-tray.sh: Xvfb did not start:" >&2
        cat "$tmp/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
done
DISPLAY=":$(head -n1 "$tmp/display")"
export DISPLAY

trayer --edge top --align right --SetDockType true --widthtype request --expand true \
    >"$tmp/trayer.log" 2>&1 &
trayer_pid=$!
# trayer maps its "panel" window after its tray plugin took the _NET_SYSTEM_TRAY_S0 selection (the
# test still waits for QSystemTrayIcon::isSystemTrayAvailable(), which asks for the owner itself).
i=0
until xwininfo -root -tree 2>/dev/null | grep -q '"panel"'; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$trayer_pid" 2>/dev/null; then
        echo "with-xvfb-tray.sh: trayer did not start:" >&2
        cat "$tmp/trayer.log" >&2
        exit 1
    fi
    sleep 0.1
done

unset WAYLAND_DISPLAY
QT_QPA_PLATFORM=xcb
export QT_QPA_PLATFORM
"$@"
