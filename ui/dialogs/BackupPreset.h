// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace larder {

// A schedule with retention rules that fit it, for a first setup that should not start with the
// grammar of schedules and keep_* keys. Written into [defaults], where every job inherits it and the
// Defaults dialog changes it later.
struct BackupPreset
{
    Q_DECLARE_TR_FUNCTIONS(BackupPreset)

public:
    QString title;    // "Every day at 02:30, keep 7 daily, 4 weekly and 6 monthly dumps"
    QString schedule; // as written in the config: "daily at 02:30"
    int keepLast = 0; // 0: the key is not written
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;

    // The choices offered, the recommended one first.
    static QList<BackupPreset> all();
};

} // namespace larder
