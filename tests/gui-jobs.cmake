# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# Tests of ui/jobs (larder_ui_jobs).
# Imported targets are per directory: ui/ found Widgets for itself, the tests need their own.
find_package(Qt6 REQUIRED COMPONENTS Widgets)

# State colours against light and dark palettes (WCAG contrast), pure logic.
larder_add_test(tst_statecolours LIBS larder_ui_style TIMEOUT 60 LABELS gui unit)
# The timeline's placing (issue 18), pure arithmetic, table-driven
larder_add_test(tst_timelinelayout LIBS larder_ui_jobs Qt6::Widgets TIMEOUT 60 LABELS gui unit)
# The job table over a real RunService and a real history file; no cluster.
larder_add_test(tst_jobtablemodel LIBS larder_ui_jobs larder_testsupport Qt6::Widgets TIMEOUT 60 LABELS gui)
# The main window offscreen against a real cluster, real pg_dump and a real history.
larder_add_test(tst_mainwindow CLI LIBS larder_ui_jobs larder_testsupport larder_guitestsupport Qt6::Widgets TIMEOUT 240
    LABELS gui postgres)
# The smallest screen the desktop app is tried on (issue 11): the window must fit it.
set_tests_properties(tst_mainwindow PROPERTIES ENVIRONMENT_MODIFICATION
    "QT_QPA_PLATFORM=set:offscreen:configfile=${CMAKE_CURRENT_SOURCE_DIR}/data/offscreen-1024x768.json")
# The History tab's Verify action (worker thread, real pg_restore) and "Kept because" column,
# compared with the real `larder prune --dry-run`.
larder_add_test(tst_historyverify CLI LIBS larder_ui_jobs larder_guitestsupport Qt6::Widgets
    TIMEOUT 240 LABELS gui postgres)
# The History tab's paging over a real RunService and history (issue 18, scale): fetchMore in order,
# a reload that keeps the depth read, fetchUntil's bound. No cluster.
larder_add_test(tst_historymodel LIBS larder_ui_jobs larder_testsupport Qt6::Widgets TIMEOUT 60 LABELS gui)
# The ended jobs of the live run (a cron run published on the real status channel) and the activity's
# closing line: a success with a warning is shown as a warning.
larder_add_test(tst_finishedmodel LIBS larder_ui_jobs larder_testsupport Qt6::Widgets TIMEOUT 60 LABELS gui)
# The Timeline tab offscreen over a real RunService and history (issue 18): marks, tooltips, click,
# keyboard, lanes and span, MainWindow::showAttempt.
larder_add_test(tst_timelineview LIBS larder_ui_jobs larder_testsupport Qt6::Widgets TIMEOUT 60 LABELS gui)
# The History tab's "Restore To…" and "Test-Restore" against a real cluster (issue 18): the shown command and the dialog
# restore the same database, Stop leaves none behind, a held run lock is said.
larder_add_test(tst_restoredialog CLI LIBS larder_ui_jobs larder_guitestsupport Qt6::Widgets TIMEOUT 240
    LABELS gui postgres)
