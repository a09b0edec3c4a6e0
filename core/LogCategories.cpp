#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcConfig, "larder.core.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchedule, "larder.core.schedule", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "larder.core.history", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "larder.core.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "larder.core.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRunner, "larder.core.runner", QtInfoMsg)
