// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "HistoryStore.h"

#include "PgCluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

HistoryStore::HistoryStore(Kind kind) : m_kind(kind) {}

namespace {
const QString kAdminConnection = QStringLiteral("history-store-admin");
}

HistoryStore::~HistoryStore()
{
    if (!QSqlDatabase::contains(kAdminConnection))
        return;
    QSqlDatabase::database(kAdminConnection, false).close();
    QSqlDatabase::removeDatabase(kAdminConnection);
}

larder::Result<std::unique_ptr<HistoryStore>> HistoryStore::start(Kind kind)
{
    std::unique_ptr<HistoryStore> store(new HistoryStore(kind));
    if (!store->m_dir.isValid())
        return larder::makeError(QStringLiteral("cannot make a temporary directory"));
    if (kind == Kind::Sqlite)
        return store;
    auto cluster = PgCluster::start();
    if (!cluster)
        return tl::unexpected(cluster.error());
    store->m_cluster = std::move(*cluster);
    const QString password = QStringLiteral("history-secret");
    const QString pgpass = store->m_dir.filePath(QStringLiteral("pgpass"));
    if (auto ok = store->m_cluster->createRole(QStringLiteral("larder"), password); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = store->m_cluster->writePgPass(pgpass, {{QStringLiteral("larder"), password}}); !ok)
        return tl::unexpected(ok.error());
    qputenv("PGPASSFILE", pgpass.toLocal8Bit());
    return store;
}

larder::Result<QString> HistoryStore::freshLocation()
{
    ++m_count;
    if (m_kind == Kind::Sqlite)
        return m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(m_count));
    const QString database = QStringLiteral("history_%1").arg(m_count);
    // One connection kept open rather than psql per database: tst_history makes one per case, and
    // psql under runuser (as root) took most of the time.
    QSqlDatabase admin = QSqlDatabase::database(kAdminConnection, false);
    if (!admin.isValid()) {
        admin = m_cluster->addSqlConnection(kAdminConnection, m_cluster->superuser(),
                                            m_cluster->superPassword(), QStringLiteral("postgres"));
    }
    if (!admin.isOpen() && !admin.open())
        return larder::makeError(admin.lastError().text());
    QSqlQuery query(admin);
    if (!query.exec(QStringLiteral("CREATE DATABASE %1 OWNER larder STRATEGY = FILE_COPY").arg(database)))
        return larder::makeError(query.lastError().text());
    return QStringLiteral("postgresql://larder@%1:%2/%3")
        .arg(m_cluster->host())
        .arg(m_cluster->port())
        .arg(database);
}
