// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "TableLock.h"

#include "PgCluster.h"
#include "TestFiles.h"

#include <QProcessEnvironment>
#include <QTest>

TableLock::TableLock(const PgCluster& cluster, const QString& dbname, const QString& table,
                     const QString& appName)
    : m_cluster(cluster), m_dbname(dbname), m_appName(appName)
{
    // No PG* of the caller's (PGOPTIONS, PGDATABASE...) may change what the session does.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PGAPPNAME"), m_appName);
    m_psql.setProcessEnvironment(env);
    m_psql.setProcessChannelMode(QProcess::MergedChannels);
    m_psql.start(cluster.binDir() + QStringLiteral("/psql"),
                 {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), cluster.socketDir(),
                  QStringLiteral("-p"), QString::number(cluster.port()), QStringLiteral("-U"),
                  cluster.superuser(), QStringLiteral("-d"), dbname});
    m_psql.write(QStringLiteral("BEGIN;\nLOCK TABLE %1 IN ACCESS EXCLUSIVE MODE;\nSELECT pg_sleep(600);\n")
                     .arg(table)
                     .toUtf8());
    m_psql.closeWriteChannel();
}

TableLock::~TableLock()
{
    release();
}

bool TableLock::isHeld() const
{
    const auto count = m_cluster.query(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND granted AND "
                       "pid IN (SELECT pid FROM pg_stat_activity WHERE application_name = '%1')")
            .arg(m_appName));
    return count && count->trimmed().toInt() > 0;
}

int TableLock::waitingDumps() const
{
    const auto waiting = m_cluster.query(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'larder%' AND "
                       "datname = '%1' AND wait_event_type = 'Lock'")
            .arg(m_dbname));
    return waiting ? waiting->trimmed().toInt() : -1;
}

bool TableLock::waitForBlockedDump(const QProcess& process, const QString& dumpDir, int timeoutMs) const
{
    const auto dumpWaitsForLock = [this] {
        const auto waiting =
            m_cluster.query(QStringLiteral("postgres"),
                            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                           "application_name LIKE 'larder%' AND wait_event_type = 'Lock'"));
        return waiting && *waiting != QLatin1String("0");
    };
    const bool blocked = QTest::qWaitFor(
        [&] {
            return process.state() != QProcess::Running ||
                   (!TestFiles::partialsUnder(dumpDir).isEmpty() && dumpWaitsForLock());
        },
        timeoutMs);
    return blocked && process.state() == QProcess::Running;
}

void TableLock::release()
{
    if (m_released)
        return;
    m_released = true;
    // A stopped cluster has already ended the session.
    if (m_cluster.isRunning()) {
        (void)m_cluster.execute(QStringLiteral("postgres"),
                                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                               "WHERE application_name = '%1'")
                                    .arg(m_appName));
    }
    if (!m_psql.waitForFinished(10'000)) {
        m_psql.kill();
        m_psql.waitForFinished(5'000);
    }
}

QString TableLock::output()
{
    return QString::fromUtf8(m_psql.readAll());
}
