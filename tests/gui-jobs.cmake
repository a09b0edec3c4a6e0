# Tests of ui/jobs (larder_ui_jobs).
# Imported targets are per directory: ui/ found Widgets for itself, the tests need their own.
find_package(Qt6 REQUIRED COMPONENTS Widgets)

# The job table over a real RunService and a real history file; no cluster.
larder_add_test(tst_jobtablemodel LIBS larder_ui_jobs larder_testsupport Qt6::Widgets TIMEOUT 60 LABELS gui)
# The main window offscreen against a real cluster, real pg_dump and a real history.
larder_add_test(tst_mainwindow LIBS larder_ui_jobs larder_testsupport larder_guitestsupport Qt6::Widgets TIMEOUT 240
    LABELS gui postgres)
