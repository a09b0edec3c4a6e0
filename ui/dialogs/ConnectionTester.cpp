// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ConnectionTester.h"

#include "engine/DatabaseEngine.h"
#include "postgres/PgDumpLocator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QThread>

#include <memory>

namespace larder {

struct ConnectionTester::Outcome
{
    bool ok = false;
    QString message;
};

ConnectionTester::ConnectionTester(std::shared_ptr<DatabaseEngine> engine, QObject* parent)
    : QObject(parent), m_engine(std::move(engine))
{}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::start(const ServerConfig& server, const QString& dbname,
                             const std::optional<QString>& password, const QString& pgDumpPath)
{
    if (m_currentTest != 0)
        return;
    // Shared with the worker, which must not touch `this`: it may outlive the dialog.
    auto outcome = std::make_shared<Outcome>();
    QThread* thread = QThread::create([engine = m_engine, server, dbname, password, pgDumpPath, outcome] {
        const Result<ServerInfo> info = engine->probe(server, dbname, password);
        if (!info) {
            outcome->message = info.error().message;
            return;
        }
        if (server.engine != EngineKind::PostgreSQL) {
            // One mariadb-dump for every server version: the engine names it, "PATH (its --version)".
            const Result<QString> tool = engine->dumpTool(server, *info);
            const QString title = engineKindTitle(server.engine);
            if (!tool) {
                outcome->message =
                    tr("%1 %2 — but: %3").arg(title, info->versionString, tool.error().message);
                return;
            }
            outcome->ok = true;
            outcome->message = tr("%1 %2 — %3 will be used").arg(title, info->versionString, *tool);
            return;
        }
        const Result<PgDumpBinary> pgDump = PgDumpLocator::locate(pgDumpPath, info->majorVersion());
        if (!pgDump) {
            outcome->message = tr("PostgreSQL %1 — but: %2").arg(info->versionString, pgDump.error().message);
            return;
        }
        // "pg_dump (PostgreSQL) 15.4 (Debian 15.4-1)" -> "15.4"
        static const QRegularExpression versionWord(QStringLiteral("\\(PostgreSQL\\)\\s+(\\S+)"));
        const QRegularExpressionMatch match = versionWord.match(pgDump->versionText);
        const QString pgDumpVersion = match.hasMatch() ? match.captured(1) : pgDump->versionText;
        outcome->ok = true;
        outcome->message = tr("PostgreSQL %1 — pg_dump %2 at %3 will be used")
                               .arg(info->versionString, pgDumpVersion, pgDump->path);
    });
    const quint64 test = ++m_lastTest;
    m_currentTest = test;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, test, outcome] {
        if (m_currentTest != test)
            return;
        m_currentTest = 0;
        Q_EMIT finished(outcome->ok, outcome->message);
    });
    // A QThread destroyed while running aborts the process: at quit, wait for an abandoned test
    // (bounded by the server's connect_timeout).
    if (QCoreApplication* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    thread->start();
}

void ConnectionTester::cancel()
{
    // The finished lambda above checks the id, so the abandoned thread reports nothing.
    m_currentTest = 0;
}

} // namespace larder
