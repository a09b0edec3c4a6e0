// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ShellLog.h"

Q_LOGGING_CATEGORY(lcShell, "larder.ui.shell", QtWarningMsg)
