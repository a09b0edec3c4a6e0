# Tests of ui/shell (larder_ui_shell).
