// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QTemporaryDir>

#include <memory>

class PgCluster;

// Where a test keeps its histories: new SQLite files in a temporary directory, or new databases in
// a throwaway PostgreSQL cluster (a fleet's shared history, reached as the role "larder" with its
// password in a pgpass file that PGPASSFILE names, as a host would have it).
class HistoryStore final
{
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    enum class Kind { Sqlite, Postgres };

    ~HistoryStore();
    static larder::Result<std::unique_ptr<HistoryStore>> start(Kind kind);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    // A history location nothing has used yet: a file path, or the postgresql:// URL of a new, empty
    // database owned by "larder".
    larder::Result<QString> freshLocation();
    // Only for Postgres.
    PgCluster& cluster() const { return *m_cluster; }

private:
    explicit HistoryStore(Kind kind);

    Kind m_kind;
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_cluster;
    int m_count = 0;
};
