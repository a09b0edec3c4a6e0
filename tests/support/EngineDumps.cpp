// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "EngineDumps.h"

#include "PgCluster.h"
#include "engine/DumpTask.h"

#include <QElapsedTimer>
#include <QTest>

namespace EngineDumps {

larder::JobConfig superuserJob(const PgCluster& cluster, const QString& name, const QString& dbname,
                               larder::DumpFormat format, int compression, const QString& dumpDir)
{
    larder::JobConfig config;
    config.name = name;
    config.server.name = QStringLiteral("main");
    config.server.host = cluster.socketDir();
    config.server.port = cluster.port();
    config.server.user = cluster.superuser();
    config.dbname = dbname;
    config.format = format;
    config.compression = compression;
    config.dumpDir = dumpDir;
    config.timeoutSeconds = 120;
    return config;
}

std::optional<larder::DumpOutcome> runToEnd(larder::DumpTask& task, int timeoutMs)
{
    std::optional<larder::DumpOutcome> outcome;
    const QMetaObject::Connection finished = QObject::connect(
        &task, &larder::DumpTask::finished, &task, [&](const larder::DumpOutcome& done) { outcome = done; });
    task.start();
    QElapsedTimer waited;
    waited.start();
    while (!outcome && waited.elapsed() < timeoutMs)
        QTest::qWait(20);
    // A late finished() must not write to this returned frame.
    QObject::disconnect(finished);
    return outcome;
}

} // namespace EngineDumps
