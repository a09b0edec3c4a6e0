// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "base/LogCategories.h"

Q_LOGGING_CATEGORY(lcConfig, "larder.core.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSchedule, "larder.core.schedule", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "larder.core.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCredentials, "larder.core.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "larder.core.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMariaDb, "larder.core.mariadb", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRunner, "larder.core.runner", QtWarningMsg)
Q_LOGGING_CATEGORY(lcService, "larder.core.service", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProcess, "larder.core.process", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStatus, "larder.core.status", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNotify, "larder.core.notify", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMetrics, "larder.core.metrics", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHooks, "larder.core.hooks", QtWarningMsg)
