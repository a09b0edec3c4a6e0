# Tests of ui/dialogs (larder_ui_dialogs).
