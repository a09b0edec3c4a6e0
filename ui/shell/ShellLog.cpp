#include "ShellLog.h"

Q_LOGGING_CATEGORY(lcShell, "larder.ui.shell", QtWarningMsg)
