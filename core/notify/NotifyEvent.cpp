// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "notify/NotifyEvent.h"

#include <QCoreApplication>

namespace larder {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(NotifyEvent)
};

} // namespace

QString NotifyEvent::summary() const
{
    const QString who = Words::tr("%1 (server %2) on %3").arg(job, server, host);
    if (event == QLatin1String("start"))
        return Words::tr("%1: dump started").arg(who);
    if (event == QLatin1String("success"))
        return Words::tr("%1: dump succeeded, %2 bytes -> %3").arg(who).arg(bytes).arg(path);
    if (event == QLatin1String("warning"))
        return Words::tr("%1: dump succeeded with a warning: %2").arg(who, error);
    if (event == QLatin1String("stale"))
        return Words::tr("%1: backups are stale: %2").arg(who, error);
    return Words::tr("%1: dump FAILED: %2").arg(who, error);
}

} // namespace larder
