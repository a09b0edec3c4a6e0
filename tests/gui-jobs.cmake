# Tests of ui/jobs (larder_ui_jobs).
