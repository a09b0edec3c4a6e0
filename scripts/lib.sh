# Shared by scripts/demo and scripts/test: install what is missing, then configure and build.
# shellcheck shell=bash

LARDER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LARDER_BUILD=${LARDER_BUILD:-$LARDER_ROOT/build}

LARDER_PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev libqt6sql6-sqlite qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libpq-dev libtomlplusplus-dev libexpected-dev
    qt6-svg-dev qt6-translations-l10n # larder-gui: SVG icons; Qt's own German strings (buttons)
    xvfb xauth trayer x11-utils # larder-gui tests and scripts/screenshots: an X server with a tray
    postgresql postgresql-client
    gnome-keyring dbus-x11 libsecret-tools
    clang libclang-rt-dev tzdata # scripts/fuzz, scripts/sanitize: clang, its ASan/UBSan/libFuzzer runtimes; zones
    sqlite3 # bench/run fills a large history
)

log() { printf '==> %s\n' "$*" >&2; }

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

larder_build() {
    log "configuring and building in $LARDER_BUILD"
    cmake -S "$LARDER_ROOT" -B "$LARDER_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLARDER_BUILD_GUI=ON >/dev/null
    cmake --build "$LARDER_BUILD" -j"$(nproc)"
}
