# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# Shared by scripts/demo, scripts/test and scripts/screenshots: install what is missing, configure and
# build; a throwaway PostgreSQL cluster.
# shellcheck shell=bash

LARDER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LARDER_BUILD=${LARDER_BUILD:-$LARDER_ROOT/build}

LARDER_PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libpq-dev libtomlplusplus-dev libexpected-dev zlib1g-dev # zlib: reading .sql.gz dumps
    qt6-svg-dev qt6-translations-l10n # larder-gui: SVG icons; Qt's own German strings (buttons)
    xvfb xauth trayer x11-utils # larder-gui tests and scripts/screenshots: an X server with a tray
    xdotool maim # scripts/screenshots: drives larder-gui, captures PNGs
    # scripts/screenshots and its smoke check (tst_screenshots): openbox, a window manager, activates
    # and focuses windows as a desktop does (xdotool windowactivate); qt6ct is the dark look's
    # platform theme (Fusion with its "darker" colours); python3 counts a screenshot's colours
    openbox qt6ct python3
    postgresql postgresql-client
    gnome-keyring dbus-x11 libsecret-tools
    clang libclang-rt-dev tzdata # scripts/fuzz, scripts/sanitize: clang, its ASan/UBSan/libFuzzer runtimes; zones
    sqlite3 # bench/run fills a large history
    libncurses-dev tmux # the terminal view (terminfo); its tests drive real terminals in tmux
    mariadb-server mariadb-client # the MariaDB engine's tests start a throwaway mariadbd
    prometheus # promtool: tst_climetrics checks metrics_file and `larder metrics` with `promtool check metrics`
    prometheus-node-exporter # tst_climetrics runs its binary (not the service) to serve metrics_file on loopback
    age rclone # tst_clihooks runs docs/recipes.md for real: age-encrypted dumps copied with rclone
    # tst_packaging validates what `cmake --install` ships: systemd-analyze verify (the units),
    # desktop-file-validate (the .desktop file), appstreamcli validate (the metainfo)
    systemd desktop-file-utils appstream
    scdoc man-db # the manual pages: rendered at build time, checked as man shows them (tst_manualpages)
    bash-completion fish zsh # tst_completion drives each shell's completion of larder
    dpkg-dev file lintian # scripts/package: dpkg-shlibdeps (CPack finds binaries with file), lintian
)

log() { printf '==> %s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Extra cmake arguments for every build here: ccache when it is installed, which makes a developer's
# rebuilds after a branch switch or in a fresh build directory fast. A clean machine without a cache
# gains nothing from it. g++'s files that use a PCH are cached only with this sloppiness (ccache's
# manual, "Precompiled headers"; clang's would also need -fno-pch-timestamp, and are compiled
# uncached); a user's own CCACHE_SLOPPINESS wins.
LARDER_CMAKE_ARGS=()
if command -v ccache >/dev/null; then
    LARDER_CMAKE_ARGS+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros}
fi

# Stops the PostgreSQL clusters and MariaDB servers that crashed tests (and scripts/screenshots) left
# below dir.
larder_stop_test_servers() {
    local pidfile
    for pidfile in "$1"/larder-pg-*/data/postmaster.pid "$1"/larder-mariadb-*/mysqld.pid \
        "$1"/larder-screenshots.*/cluster/postmaster.pid; do
        [ -f "$pidfile" ] || continue
        kill -QUIT "$(head -n 1 "$pidfile")" 2>/dev/null || true
    done
}

larder_install_deps() {
    local missing=()
    for pkg in "${LARDER_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        log "missing packages: ${missing[*]}; install them with your package manager (Debian 12 / Ubuntu names)"
        return 1
    fi
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    log "installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    # The postgresql package would start a system cluster on port 5432; nothing here needs it.
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# larder_build [TARGET...]: configures and builds everything, or only the targets named.
larder_build() {
    log "configuring and building in $LARDER_BUILD"
    cmake -S "$LARDER_ROOT" -B "$LARDER_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLARDER_BUILD_GUI=ON \
        "${LARDER_CMAKE_ARGS[@]}" >/dev/null
    cmake --build "$LARDER_BUILD" -j"$(nproc)" ${1:+--target "$@"}
}

# A throwaway PostgreSQL cluster (scripts/demo, scripts/screenshots). larder_pg_find sets PGBIN to the
# newest installed server's binaries. larder_pg_start WORK initialises WORK/cluster (PGDATA) with the
# superuser postgres (trust on its socket, scram-sha-256 over TCP with a random password) and starts
# it on 127.0.0.1 at a random free PORT. larder_pg_stop stops it and removes its files (safe to call
# before or after a failed start: use it in an EXIT trap). psql_super runs psql as the superuser.
larder_pg_find() {
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -x "$PGBIN/initdb" ] || { log "no PostgreSQL server binaries under /usr/lib/postgresql"; return 1; }
}

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

larder_pg_start() {
    local work=$1 started=""
    PGDATA="$work/cluster"
    log "starting a throwaway PostgreSQL cluster in $PGDATA"
    mkdir -p "$PGDATA"
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$work/superuser.pw"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$work"; fi
    chmod 700 "$PGDATA"
    as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth-host=scram-sha-256 --auth-local=trust \
        --pwfile="$work/superuser.pw" -E UTF8 --locale=C >/dev/null
    for _ in 1 2 3 4 5; do
        PORT=$((20000 + RANDOM % 20000))
        if as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
            -o "-p $PORT -k $PGDATA -c listen_addresses=127.0.0.1" start >/dev/null; then
            started=yes
            break
        fi
    done
    [ -n "$started" ] || { log "PostgreSQL did not start:"; tail -n 20 "$PGDATA/server.log" >&2; return 1; }
}

larder_pg_stop() {
    [ -n "${PGDATA:-}" ] || return 0
    [ -f "$PGDATA/postmaster.pid" ] && as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA" "$(dirname "$PGDATA")/superuser.pw"
}

psql_super() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGDATA" -p "$PORT" -U postgres "$@"; }
