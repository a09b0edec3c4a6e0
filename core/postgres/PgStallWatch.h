// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"
#include "postgres/PgBackendWait.h"
#include "postgres/PgConnection.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QThread;

namespace larder {

// Asks a server what the sessions of its stalled dumps wait for: one extra connection per server,
// shared by that server's stalled dumps (forServer), and closed with the watch when the last of them
// lets go. While anyone watches, one query every interval, on a worker thread (libpq blocks). The
// first error (no permission, no connection) is reported once; then it asks no more.
class PgStallWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgStallWatch)

public:
    // The query: one row per session named by $1 (a text[] of application names).
    static const QString& sql();

    // The live watch of connection's server (name, host, port, user), or a new one connecting to
    // connection's database. Main thread only.
    static std::shared_ptr<PgStallWatch> forServer(const PgConnection& connection, int intervalMs);
    ~PgStallWatch() override;

    // Asks about the sessions named applicationName in dbname from now on (soon, then every
    // interval); answered() carries what the server says.
    void watch(const QString& applicationName, const QString& dbname);
    void unwatch(const QString& applicationName);

Q_SIGNALS:
    void answered(const QString& applicationName, const larder::PgBackendWait& wait);
    void refused(const larder::Message& why);

private:
    struct Round;
    struct Link;

    PgStallWatch(const PgConnection& connection, int intervalMs);
    void ask();
    void onAnswered(const Round& round);
    static void run(Link& link, const PgConnection& connection, Round& round);
    static PgBackendWait pick(const QList<QStringList>& rows, const QString& applicationName,
                              const QString& dbname);

    PgConnection m_connection;
    QString m_key;
    QHash<QString, QString> m_watched; // application name → database
    QTimer m_timer;
    std::shared_ptr<Link> m_link; // the session, used by one worker at a time
    QPointer<QThread> m_worker;
    bool m_refused = false;
};

} // namespace larder
