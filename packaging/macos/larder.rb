# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# Homebrew formula for Larder, built from source with CMake (not in homebrew-core; use it from a tap,
# or straight from a checkout):
#   brew install --build-from-source ./packaging/macos/larder.rb   # the release in `url`
#   brew install --HEAD ./packaging/macos/larder.rb                # the newest commit of `head`
#   brew test larder                                               # the `test do` block below
# PLACEHOLDERS: no release is published yet. Before one, set `url` to its tarball and `sha256` to
# `shasum -a 256` of it, and `homepage` and `head` to the project's real addresses. The version is
# CMakeLists.txt's project(VERSION).
class Larder < Formula
  desc "Scheduled, coordinated logical dumps of many PostgreSQL and MariaDB databases"
  homepage "https://larder.example.org/" # PLACEHOLDER
  url "https://larder.example.org/releases/larder-0.1.0.tar.gz" # PLACEHOLDER
  sha256 "0000000000000000000000000000000000000000000000000000000000000000" # PLACEHOLDER
  license "GPL-3.0-or-later"
  head "https://larder.example.org/larder.git", branch: "main" # PLACEHOLDER

  depends_on "cmake" => :build
  depends_on "ninja" => :build
  depends_on "pkgconf" => :build
  depends_on "scdoc" => :build       # the manual pages
  depends_on "qttools" => :build     # Qt's LinguistTools: the translations are compiled in
  depends_on "tl-expected" => :build # header-only
  depends_on "libpq"        # the library, and the pg_dump, pg_restore and psql that Larder runs
  depends_on "ncurses"      # ncursesw.pc for the terminal views: macOS's own ncurses has no .pc
  depends_on "qtbase"       # Core, Sql (SQLite), Network, Widgets, DBus
  depends_on "qtkeychain"   # the macOS Keychain (Qt6Keychain)
  depends_on "qtsvg"        # the tray and app icons
  depends_on "tomlplusplus"

  uses_from_macos "zlib"

  def install
    args = %w[
      -DLARDER_BUILD_GUI=ON
      -DLARDER_BUILD_TESTS=OFF
    ]
    system "cmake", "-S", ".", "-B", "build", "-G", "Ninja", *args, *std_cmake_args
    system "cmake", "--build", "build"
    system "cmake", "--install", "build"
    # systemd's units and sysusers entry are Linux's; here `brew services` (below) or the agent in
    # pkgshare run it.
    rm_r lib/"systemd" if (lib/"systemd").exist?
    rm_r lib/"sysusers.d" if (lib/"sysusers.d").exist?
    pkgshare.install "packaging/macos/org.larder.Larder.plist"
  end

  # `brew services start larder`: a quiet `larder run` every 15 minutes, as you (a launchd agent,
  # as packaging/macos/org.larder.Larder.plist is for a build without Homebrew).
  service do
    run [opt_bin/"larder", "run", "--quiet"]
    run_type :interval
    interval 900
    process_type :background
    environment_variables PATH: std_service_path_env
    log_path var/"log/larder.log"
    error_log_path var/"log/larder.log"
  end

  def caveats
    <<~EOS
      The desktop app is #{opt_prefix}/Larder.app; for Launchpad and Spotlight:
        ln -sf #{opt_prefix}/Larder.app /Applications/Larder.app
      Larder's config is ~/Library/Preferences/larder/larder.toml (or $LARDER_CONFIG, or --config),
      its history ~/Library/Application Support/larder/history.sqlite.
    EOS
  end

  test do
    assert_match(/^larder \d+\.\d+\.\d+/, shell_output("#{bin}/larder --version")) # HEAD builds too

    # A tiny config, checked without reaching any server.
    (testpath/"larder.toml").write <<~TOML
      [defaults]
      dump_dir = "#{testpath}/dumps"
      history = "#{testpath}/history.sqlite"
      schedule = "daily at 02:30"

      [servers.local]
      host = "localhost"

      [databases.app]
      server = "local"
    TOML
    assert_match "OK", shell_output("#{bin}/larder check --config #{testpath}/larder.toml")
  end
end
