# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# Tests of ui/dialogs (larder_ui_dialogs).

# ServerDialog against a real cluster. Run twice, like tst_credentialstore: inside a private unlocked
# gnome-keyring (with-keyring.sh; exit 77 = tools missing), where OK stores the password in the
# keychain; and with a dead session bus, where OK explains ~/.pgpass and stores nothing.
larder_add_test(tst_serverdialog LIBS larder_ui_dialogs larder_testsupport larder_guitestsupport Qt6::Widgets
    TIMEOUT 180 LABELS gui postgres credentials)
set_tests_properties(tst_serverdialog PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LARDER_TEST_NO_KEYCHAIN=1"
    ENVIRONMENT_MODIFICATION "DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent;DISPLAY=unset:;WAYLAND_DISPLAY=unset:;XDG_CURRENT_DESKTOP=unset:;DESKTOP_SESSION=unset:;KDE_FULL_SESSION=unset:")
add_test(NAME tst_serverdialog_keychain
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/with-keyring.sh $<TARGET_FILE:tst_serverdialog>)
set_tests_properties(tst_serverdialog_keychain PROPERTIES TIMEOUT 180 LABELS "gui;postgres;credentials"
    SKIP_RETURN_CODE 77 ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LARDER_TEST_KEYRING=1")

# ServerListDialog: add through ServerDialog, remove refused while databases use the server.
larder_add_test(tst_serverlistdialog LIBS larder_ui_dialogs larder_guitestsupport Qt6::Widgets TIMEOUT 60 LABELS gui)

# DatabaseDialog: live schedule preview and validation, then the saved file read by the real larder.
larder_add_test(tst_databasedialog CLI
    LIBS larder_ui_dialogs larder_guitestsupport Qt6::Widgets TIMEOUT 120 LABELS gui cli)
# The smallest screen the desktop app is tried on (issue 11): the dialog must fit it.
set_tests_properties(tst_databasedialog PROPERTIES ENVIRONMENT_MODIFICATION
    "QT_QPA_PLATFORM=set:offscreen:configfile=${CMAKE_CURRENT_SOURCE_DIR}/data/offscreen-1024x768.json")

# DefaultsDialog: only keys the user set are written; the loader's messages for bad values.
larder_add_test(tst_defaultsdialog LIBS larder_ui_dialogs larder_guitestsupport Qt6::Widgets TIMEOUT 60 LABELS gui)

# ConfigEditor: the modal dialogs answered from their own event loop; save, .bak, reload, edits made
# elsewhere meanwhile (overwrite or reload), removal asks first.
larder_add_test(tst_configeditor LIBS larder_ui_dialogs larder_guitestsupport Qt6::Widgets TIMEOUT 60 LABELS gui)

# ConnectionTester: every test reports once (the worker thread's deletion may overtake its result).
larder_add_test(tst_connectiontester LIBS larder_ui_dialogs Qt6::Network TIMEOUT 120 LABELS gui)

# ServerDialog's engine selector (issue 14), and Test connection against a real MariaDB server. Without a
# keychain: the tests type the password.
larder_add_test(tst_serverdialogmariadb LIBS larder_ui_dialogs larder_testsupport larder_guitestsupport Qt6::Widgets
    TIMEOUT 180 LABELS gui mariadb)
set_tests_properties(tst_serverdialogmariadb PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LARDER_TEST_NO_KEYCHAIN=1;LC_ALL=C.UTF-8;LANGUAGE="
    ENVIRONMENT_MODIFICATION "DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent;DISPLAY=unset:;WAYLAND_DISPLAY=unset:")

# Editing [defaults], a job and a server through their dialogs keeps issue 15's keys ([notify.*],
# hooks, max_age, min_size_ratio, metrics_file, hook_timeout). No keychain: nothing is stored.
larder_add_test(tst_sectiondialogkeys LIBS larder_ui_dialogs larder_guitestsupport Qt6::Widgets TIMEOUT 60 LABELS gui)
set_tests_properties(tst_sectiondialogkeys PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LARDER_TEST_NO_KEYCHAIN=1;LC_ALL=C.UTF-8;LANGUAGE="
    ENVIRONMENT_MODIFICATION "DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent")
