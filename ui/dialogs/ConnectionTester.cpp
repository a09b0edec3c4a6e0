// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ConnectionTester.h"

#include "BackgroundCall.h"
#include "engine/DatabaseEngine.h"
#include "postgres/PgDumpLocator.h"

#include <QRegularExpression>

#include <memory>

namespace larder {

struct ConnectionTester::Outcome
{
    bool ok = false;
    QString message;
};

ConnectionTester::ConnectionTester(std::shared_ptr<DatabaseEngine> engine, QObject* parent)
    : QObject(parent), m_engine(std::move(engine)), m_call(new BackgroundCall(this))
{}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start(const ServerConfig& server, const QString& dbname,
                             const std::optional<QString>& password, const QString& pgDumpPath)
{
    if (m_call->isRunning())
        return;
    // Shared with the worker, which must not touch `this`: it may outlive the dialog.
    auto outcome = std::make_shared<Outcome>();
    const auto work = [engine = m_engine, server, dbname, password, pgDumpPath, outcome] {
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
    };
    m_call->start(work, [this, outcome] { Q_EMIT finished(outcome->ok, outcome->message); });
}

bool ConnectionTester::isRunning() const
{
    return m_call->isRunning();
}

void ConnectionTester::cancel()
{
    m_call->cancel();
}

} // namespace larder
