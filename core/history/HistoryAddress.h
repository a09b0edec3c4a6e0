// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace larder {

// A history kept in PostgreSQL, named by a URL: postgresql://USER@HOST:PORT/DATABASE?sslmode=...
// The password never comes from the URL (it would show in the config, `larder plan` and logs):
// libpq's own ~/.pgpass or PGPASSFILE give it.
class HistoryAddress final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryAddress)

public:
    // Whether text names a PostgreSQL history rather than a SQLite file.
    static bool isUrl(const QString& text);
    static Result<HistoryAddress> parse(const QString& url);
    // Where this host keeps what lives beside a history file (the run lock, the status channel's
    // socket): the file's own absolute path, or for a shared history a name of its URL's in larder's
    // data directory, since several hosts cannot share a lock file or a socket.
    static QString localStatePath(const QString& history);

    // A QPSQL connection (added under connectionName) to this database, not yet open.
    QSqlDatabase addConnection(const QString& connectionName) const;

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    // For QSqlDatabase::setConnectOptions: "key=value;..." from the URL's query, with defaults.
    QString connectOptions() const { return m_connectOptions; }
    // The URL as users wrote it, for messages.
    QString display() const { return m_display; }

private:
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_database;
    QString m_connectOptions;
    QString m_display;
};

} // namespace larder
