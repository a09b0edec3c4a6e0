// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/ServerConfig.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QProcess;

namespace larder {

// How Larder reaches one database of one server: the one place that turns a server's settings into
// libpq's connection parameters (for Larder's own sessions) and into a child's environment (for
// pg_dump, pg_dumpall, pg_restore and psql), so that both always reach the same server as the same
// user. The config is the only source of where and as whom to connect: the PG* variables that choose
// a host, port, database, user, password, service, session options or SSL mode are ignored, in
// Larder's own sessions and in every child alike, so that a run from cron and from a terminal with
// PGHOST exported do the same. Variables that only say where credentials and trust live (PGPASSFILE,
// PGSSLCERT, PGSSLKEY, PGSSLROOTCERT, PGSSLCRL, PGSSLCRLDIR, Kerberos/GSS settings, PGREQUIREAUTH,
// PGCHANNELBINDING) still apply to both.
class PgConnection final
{
public:
    PgConnection(ServerConfig server, QString dbname, std::optional<QString> password = std::nullopt);

    // The PG* variables Larder never takes from its environment.
    static const QStringList& ignoredVariables();
    // Removes ignoredVariables() from this process's environment, so that libpq, which reads them
    // for any parameter not given, cannot see them. Call once at the start of main(), before any
    // thread runs (setenv is not thread-safe).
    static void isolateProcessEnvironment();

    const ServerConfig& server() const { return m_server; }
    const QString& dbname() const { return m_dbname; }
    const std::optional<QString>& password() const { return m_password; }
    // application_name, as pg_stat_activity shows it: "larder" unless set (a dump's tool: its job's,
    // applicationNameOf()). PGAPPNAME never applies (ignoredVariables()).
    void setApplicationName(const QString& name) { m_applicationName = name; }
    // "larder:JOB", as the server keeps it: printable ASCII (anything else becomes '?', which the
    // server would otherwise do in its own way) and at most 63 bytes (NAMEDATALEN - 1), so that a
    // query can find the dump's sessions by it.
    static QString applicationNameOf(const QString& job);

    // Keyword/value pairs for PQconnectdbParams (expand_dbname = 0).
    QList<std::pair<QByteArray, QByteArray>> libpqParameters() const;
    // base less ignoredVariables(), plus this connection's settings (the password only here, never
    // on a command line).
    QProcessEnvironment
    childEnvironment(const QProcessEnvironment& base = QProcessEnvironment::systemEnvironment()) const;
    // The environment above, and ProcessGroup::setUp (own process group, SIGTERM when Larder dies,
    // umask 077).
    void setUpChild(QProcess& process) const;

private:
    ServerConfig m_server;
    QString m_dbname;
    std::optional<QString> m_password;
    QString m_applicationName = QStringLiteral("larder");
};

} // namespace larder
