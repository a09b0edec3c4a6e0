# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# End-to-end tests of the desktop app as a whole (ui/shell/DesktopApp, the larder-gui binary).
find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets Svg DBus Network)

# The issue's acceptance story over an empty config, through the real dialogs, the real larder and
# larder-gui binaries and a real cluster; then larder-gui under SIGTERM mid-dump. Run twice, like
# tst_serverdialog: inside a private unlocked gnome-keyring (with-keyring.sh; exit 77 = tools
# missing), where the password is typed into the server dialog and only the keychain authenticates;
# and with a dead session bus, where the password comes from a PGPASSFILE the test writes.
larder_add_test(tst_desktopapp CLI
    LIBS larder_ui larder_guitestsupport Qt6::Widgets TIMEOUT 240 LABELS gui postgres)
target_compile_definitions(tst_desktopapp PRIVATE LARDER_GUI_EXECUTABLE="$<TARGET_FILE:larder-gui>")
add_dependencies(tst_desktopapp larder-gui)
set_tests_properties(tst_desktopapp PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LARDER_TEST_NO_KEYCHAIN=1;LC_ALL=C.UTF-8;LANGUAGE="
    ENVIRONMENT_MODIFICATION "DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent;DISPLAY=unset:;WAYLAND_DISPLAY=unset:;XDG_CURRENT_DESKTOP=unset:;DESKTOP_SESSION=unset:;KDE_FULL_SESSION=unset:")
add_test(NAME tst_desktopapp_keychain
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/with-keyring.sh $<TARGET_FILE:tst_desktopapp>)
set_tests_properties(tst_desktopapp_keychain PROPERTIES TIMEOUT 240 LABELS "gui;postgres;credentials"
    SKIP_RETURN_CODE 77 ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LARDER_TEST_KEYRING=1;LC_ALL=C.UTF-8;LANGUAGE=")

# A newcomer's first start: the welcome page over no config to the first dumps through discovery.
# The password comes from a PGPASSFILE (the keychain path is tst_desktopapp_keychain's).
larder_add_test(tst_welcome LIBS larder_ui larder_testsupport larder_guitestsupport Qt6::Widgets
    TIMEOUT 120 LABELS gui postgres)
set_tests_properties(tst_welcome PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LARDER_TEST_NO_KEYCHAIN=1;LC_ALL=C.UTF-8;LANGUAGE="
    ENVIRONMENT_MODIFICATION "DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent;DISPLAY=unset:;WAYLAND_DISPLAY=unset:;XDG_CURRENT_DESKTOP=unset:;DESKTOP_SESSION=unset:;KDE_FULL_SESSION=unset:")

# SleepWatcher on a private session bus (dbus-run-session), where the test plays logind.
find_program(DBUS_RUN_SESSION dbus-run-session)
add_executable(tst_sleepwatcher tst_sleepwatcher.cpp)
target_link_libraries(tst_sleepwatcher PRIVATE larder_core larder_ui Qt6::Test Qt6::DBus)
if(DBUS_RUN_SESSION)
    add_test(NAME tst_sleepwatcher COMMAND ${DBUS_RUN_SESSION} -- $<TARGET_FILE:tst_sleepwatcher>)
else()
    add_test(NAME tst_sleepwatcher COMMAND tst_sleepwatcher)
endif()
set_tests_properties(tst_sleepwatcher PROPERTIES TIMEOUT 60 LABELS gui)

# scripts/screenshots --smoke (issue 18), so the README's pictures cannot rot: the built larder and
# larder-gui (nothing is built or installed inside the test) on a private Xvfb with openbox and
# trayer, against a throwaway cluster, driven by xdotool: the Timeline tab, the Restore To… dialog
# and the tray menu appear, and none of their screenshots is blank. Kept in the build tree.
add_test(NAME tst_screenshots
    COMMAND ${PROJECT_SOURCE_DIR}/scripts/screenshots --smoke ${CMAKE_CURRENT_BINARY_DIR}/screenshots-smoke)
set_tests_properties(tst_screenshots PROPERTIES TIMEOUT 180 LABELS "gui;postgres"
    ENVIRONMENT "LARDER_BUILD=${CMAKE_BINARY_DIR};LC_ALL=C.UTF-8;LANGUAGE=")
