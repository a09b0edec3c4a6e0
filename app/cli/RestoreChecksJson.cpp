// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RestoreChecksJson.h"

#include <QJsonObject>

using namespace larder;

QJsonArray restoreChecksJson(const QList<RestoreCheck>& checks)
{
    QJsonArray array;
    for (const RestoreCheck& check : checks) {
        array.append(QJsonObject{
            {QStringLiteral("job"), check.job},
            {QStringLiteral("attempt"), check.attemptId},
            {QStringLiteral("server"), check.server},
            {QStringLiteral("scratch_database"), check.scratchDatabase},
            {QStringLiteral("started"), check.startedUtc.toString(Qt::ISODate)},
            {QStringLiteral("duration_ms"), check.startedUtc.msecsTo(check.finishedUtc)},
            {QStringLiteral("ok"), check.ok},
            {QStringLiteral("detail"), check.detail},
        });
    }
    return array;
}
