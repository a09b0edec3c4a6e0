// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QLoggingCategory>

// Warnings and errors show by default; `larder run --verbose` or QT_LOGGING_RULES="larder.*.debug=true"
// show more.

Q_DECLARE_LOGGING_CATEGORY(lcConfig)      // larder.core.config
Q_DECLARE_LOGGING_CATEGORY(lcSchedule)    // larder.core.schedule
Q_DECLARE_LOGGING_CATEGORY(lcHistory)     // larder.core.history
Q_DECLARE_LOGGING_CATEGORY(lcCredentials) // larder.core.credentials
Q_DECLARE_LOGGING_CATEGORY(lcEngine)      // larder.core.engine
Q_DECLARE_LOGGING_CATEGORY(lcMariaDb)     // larder.core.mariadb
Q_DECLARE_LOGGING_CATEGORY(lcRunner)      // larder.core.runner
Q_DECLARE_LOGGING_CATEGORY(lcService)     // larder.core.service
Q_DECLARE_LOGGING_CATEGORY(lcProcess)     // larder.core.process
Q_DECLARE_LOGGING_CATEGORY(lcStatus)      // larder.core.status
Q_DECLARE_LOGGING_CATEGORY(lcNotify)      // larder.core.notify
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)     // larder.core.metrics
Q_DECLARE_LOGGING_CATEGORY(lcHooks)       // larder.core.hooks
