# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# Debian packages from the install rules, with CPack's DEB generator (scripts/package; the suite's
# tst_debinstall packs, lints, installs and purges them): larder is the component cli (the command,
# its manual pages, completions and systemd units; no Qt Gui or Widgets) and larder-gui the
# component gui, which depends on the same version of larder.
include(GNUInstallDirs)

# /usr/share/doc/PACKAGE/: copyright, the upstream changelog.gz (CHANGELOG.md) and changelog.Debian.gz
# (Debian policy 12.5, 12.7), for each package. Installed by every `cmake --install`: harmless elsewhere.
# The Debian changelog has one entry per version, dated as CHANGELOG.md dates the release.
file(STRINGS ${PROJECT_SOURCE_DIR}/CHANGELOG.md larder_release REGEX "^## \\[${PROJECT_VERSION}\\] - ")
string(REGEX REPLACE ".* - " "" larder_release_date "${larder_release}")
execute_process(COMMAND date -u -R -d "${larder_release_date} 00:00" OUTPUT_VARIABLE larder_release_rfc2822
    OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(larder_maintainer "The Larder developers <larder@larder.example.org>")
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.Debian.in ${PROJECT_BINARY_DIR}/debian/changelog.Debian @ONLY)
set(larder_changelogs ${PROJECT_BINARY_DIR}/debian/changelog.gz ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz)
add_custom_command(OUTPUT ${larder_changelogs}
    COMMAND sh -c "gzip -9n -c \"$1\" > \"$3\" && gzip -9n -c \"$2\" > \"$4\"" sh
        ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_BINARY_DIR}/debian/changelog.Debian ${larder_changelogs}
    DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_BINARY_DIR}/debian/changelog.Debian VERBATIM)
add_custom_target(larder_debian_changelog ALL DEPENDS ${larder_changelogs})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${larder_changelogs}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/larder COMPONENT cli)
if(LARDER_BUILD_GUI)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${larder_changelogs}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/larder-gui COMPONENT gui)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME larder)
set(CPACK_PACKAGE_VENDOR "The Larder developers")
set(CPACK_PACKAGE_CONTACT "${larder_maintainer}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL cli)
if(LARDER_BUILD_GUI)
    list(APPEND CPACK_COMPONENTS_ALL gui)
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # larder_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dpkg-shlibdeps: the libraries the binaries link
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://larder.example.org/")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLI_PACKAGE_NAME larder)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION database)
# What dpkg-shlibdeps cannot see: libpq is loaded at run time, so is Qt's SQLite driver; pg_dump and
# its siblings are programs larder runs; postinst falls back to adduser without systemd-sysusers.
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "postgresql-client, libpq5, libqt6sql6-sqlite, adduser")
# Qt's PostgreSQL driver: only a fleet's shared history (history = "postgresql://...") needs it.
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_CLI_PACKAGE_SUGGESTS "mariadb-client, larder-gui")
# The system service's user (lib/sysusers.d/larder.conf): made at installation, as
# dh_installsysusers would; the units are left for the administrator to enable.
set(CPACK_DEBIAN_CLI_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/debian/postinst)
set(CPACK_COMPONENT_CLI_DESCRIPTION
    "coordinated, scheduled dumps of many PostgreSQL and MariaDB databases\n\
Larder makes logical dumps (pg_dump, mariadb-dump) of many databases on one or\n\
many servers into one local directory, each on its own schedule, from cron or\n\
a systemd timer. Dumps are written under a temporary name and flushed before\n\
they are kept; retention, verification, test-restores and restores are built\n\
in. This package holds the command larder, its manual pages, shell completion\n\
and systemd units.")

set(CPACK_DEBIAN_GUI_PACKAGE_NAME larder-gui)
set(CPACK_DEBIAN_GUI_PACKAGE_SECTION database)
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "larder (= ${PROJECT_VERSION}-1)")
set(CPACK_COMPONENT_GUI_DESCRIPTION
    "desktop app for Larder's scheduled database dumps\n\
A window and a tray icon that show what Larder has scheduled, what runs and\n\
what failed, edit the same configuration as the command larder, and keep\n\
passwords in the desktop's keychain.")

include(CPack)
