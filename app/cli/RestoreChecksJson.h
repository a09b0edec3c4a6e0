// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "history/RestoreCheck.h"

#include <QJsonArray>
#include <QList>

// The test_restores array of `larder run --json` and `larder verify --json`, so both print a check
// alike.
QJsonArray restoreChecksJson(const QList<larder::RestoreCheck>& checks);
