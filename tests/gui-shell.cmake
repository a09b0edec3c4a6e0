# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# Tests of ui/shell (larder_ui_shell).
# Imported Qt targets are directory-scoped: the ones larder_ui links must be known here too.
find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets Svg DBus Network)
# Pure logic: compiled from its sources, no widgets.
larder_add_test(tst_traystate SOURCES ${PROJECT_SOURCE_DIR}/ui/shell/TrayState.cpp TIMEOUT 60 LABELS gui unit)
target_include_directories(tst_traystate PRIVATE ${PROJECT_SOURCE_DIR}/ui/shell)
larder_add_test(tst_singleinstance LIBS larder_ui TIMEOUT 60 LABELS gui)
larder_add_test(tst_translator LIBS larder_ui TIMEOUT 60 LABELS gui)
larder_add_test(tst_guisettings LIBS larder_ui TIMEOUT 60 LABELS gui)
# The system locale (LANG) picks the translation when no language is set.
add_test(NAME tst_translator_lang COMMAND tst_translator systemLocale_followsLang)
set_tests_properties(tst_translator_lang PROPERTIES TIMEOUT 60 LABELS gui
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=de_DE.UTF-8;LC_ALL=;LC_MESSAGES=")
# Notifications over a real session bus: dbus-run-session gives each run a private one, on which the
# test owns org.freedesktop.Notifications itself.
find_program(DBUS_RUN_SESSION dbus-run-session)
add_executable(tst_notifier tst_notifier.cpp)
target_link_libraries(tst_notifier PRIVATE larder_core larder_ui Qt6::Test Qt6::DBus)
target_include_directories(tst_notifier PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support)
if(DBUS_RUN_SESSION)
    add_test(NAME tst_notifier COMMAND ${DBUS_RUN_SESSION} -- $<TARGET_FILE:tst_notifier>)
else()
    add_test(NAME tst_notifier COMMAND tst_notifier)
endif()
set_tests_properties(tst_notifier PROPERTIES TIMEOUT 60 LABELS gui
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LARDER_BINARY_DIR=${CMAKE_BINARY_DIR}")
# The tray icon on a real X server with a real tray (Xvfb + trayer; exit 77 = tools missing).
add_executable(tst_trayicon tst_trayicon.cpp)
target_link_libraries(tst_trayicon PRIVATE larder_core larder_ui Qt6::Test)
target_include_directories(tst_trayicon PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support)
add_test(NAME tst_trayicon COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/with-xvfb-tray.sh $<TARGET_FILE:tst_trayicon>)
set_tests_properties(tst_trayicon PROPERTIES TIMEOUT 120 LABELS gui SKIP_RETURN_CODE 77
    ENVIRONMENT "LARDER_BINARY_DIR=${CMAKE_BINARY_DIR}"
    ENVIRONMENT_MODIFICATION "DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")

# Every focusable control of the window and the dialogs has a name a screen reader can say.
larder_add_test(tst_accessibility LIBS larder_ui TIMEOUT 60 LABELS gui)
