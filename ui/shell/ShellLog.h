// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QLoggingCategory>

// The desktop shell's category; QT_LOGGING_RULES="larder.ui.*.debug=true" shows more.
Q_DECLARE_LOGGING_CATEGORY(lcShell) // larder.ui.shell
