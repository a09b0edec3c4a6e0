// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbScriptReplay.h"

#include "base/LogCategories.h"
#include "mariadb/MariaDbConnection.h"
#include "mariadb/MariaDbScriptGuard.h"
#include "mariadb/MariaDbTools.h"
#include "system/ProcessGroup.h"

#include <QFileInfo>
#include <QProcess>

#include <csignal>

namespace larder {

namespace {

constexpr const char* kContext = "larder::MariaDbScriptReplay";
constexpr int kPollMs = 100;
constexpr int kStartMs = 30'000;
constexpr int kKillGraceMs = 5'000;
// The client gets this much ahead of what it has executed before Larder waits: bounded memory.
constexpr qint64 kMaxPendingBytes = 4 << 20;
constexpr qsizetype kKeptStderrBytes = 32 * 1024;
constexpr int kStderrLines = 5;

// The session starts with the server's global sql_mode; the guard reads a script as the server does
// without NO_BACKSLASH_ESCAPES and ANSI_QUOTES (nor the modes that include it), so those go.
QString sessionSqlMode()
{
    QString mode = QStringLiteral("CONCAT(',', @@SESSION.sql_mode, ',')");
    for (const char* name :
         {"NO_BACKSLASH_ESCAPES", "ANSI_QUOTES", "ANSI", "DB2", "MAXDB", "MSSQL", "ORACLE", "POSTGRESQL"})
        mode = QStringLiteral("REPLACE(%1, ',%2,', ',')").arg(mode, QLatin1String(name));
    return QStringLiteral("SET SESSION sql_mode = TRIM(BOTH ',' FROM %1)").arg(mode);
}

void keepStderr(QProcess& client, QByteArray& stderrText)
{
    stderrText += client.readAllStandardError();
    if (stderrText.size() > 2 * kKeptStderrBytes)
        stderrText = stderrText.right(kKeptStderrBytes);
}

void stopClient(QProcess& client)
{
    if (client.state() == QProcess::NotRunning)
        return;
    client.closeWriteChannel();
    ProcessGroup::signal(&client, SIGKILL);
    client.waitForFinished(kKillGraceMs);
}

} // namespace

QStringList MariaDbScriptReplay::clientArguments(const MariaDbConnection& connection, const QString& database)
{
    // --binary-mode: the client reads no commands but DELIMITER (and \C, which the guard refuses) and
    // passes bytes as they are; --sandbox: the client refuses \! and the like should one get through;
    // utf8mb4 for the client's own reading of the script, as the guard reads it (ASCII-safe); a packet
    // as large as a server takes, as mariadb-dump may have written rows that long; no reconnect, which
    // would start a session the guard did not follow.
    return connection.arguments() +
           QStringList{QStringLiteral("--connect-timeout=%1").arg(connection.server().connectTimeoutSeconds),
                       QStringLiteral("--batch"),
                       QStringLiteral("--binary-mode"),
                       QStringLiteral("--sandbox"),
                       QStringLiteral("--default-character-set=utf8mb4"),
                       QStringLiteral("--max-allowed-packet=1073741824"),
                       QStringLiteral("--skip-reconnect"),
                       QStringLiteral("--init-command=") + sessionSqlMode(),
                       QStringLiteral("--database=") + database};
}

Result<MariaDbScriptScanner::Summary>
MariaDbScriptReplay::run(const MariaDbConnection& connection, const QString& database, const QString& path,
                         const std::shared_ptr<std::atomic_bool>& interrupt)
{
    const Result<QString> tool = MariaDbTools::client();
    if (!tool)
        return tl::unexpected(tool.error());
    QProcess client;
    client.setProgram(*tool);
    client.setArguments(clientArguments(connection, database));
    client.setProcessEnvironment(MariaDbConnection::environment());
    ProcessGroup::setUp(client);
    client.setStandardOutputFile(QProcess::nullDevice());
    qCDebug(lcMariaDb).noquote() << "replaying" << path << "into" << database << "on"
                                 << connection.server().displayName();
    client.start();
    if (!client.waitForStarted(kStartMs))
        return makeError(
            Message(kContext, QT_TRANSLATE_NOOP("larder::MariaDbScriptReplay", "could not start %1: %2"))
                .arg(*tool)
                .arg(client.errorString()));

    QByteArray stderrText;
    const auto stopped = [&interrupt] { return interrupt && interrupt->load(); };
    const MariaDbScriptScanner::Sink sink = [&](QByteArrayView bytes) {
        if (stopped() || client.state() != QProcess::Running)
            return false;
        client.write(bytes.data(), bytes.size());
        while (client.bytesToWrite() > kMaxPendingBytes) {
            if (stopped() || client.state() != QProcess::Running)
                return false;
            client.waitForBytesWritten(kPollMs);
            keepStderr(client, stderrText);
        }
        return true;
    };
    const auto summary = MariaDbScriptGuard::stream(path, sink, interrupt.get());
    if (summary) {
        client.closeWriteChannel();
        while (!client.waitForFinished(kPollMs)) {
            keepStderr(client, stderrText);
            if (client.state() == QProcess::NotRunning)
                break;
            if (stopped()) {
                stopClient(client);
                break;
            }
        }
    } else {
        stopClient(client);
    }
    keepStderr(client, stderrText);
    if (stopped())
        return makeError(Message(kContext, QT_TRANSLATE_NOOP("larder::MariaDbScriptReplay",
                                                             "the replay of %1 was stopped"))
                             .arg(path));
    const bool clientFailed = client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0;
    // A refusal is the guard's; a script the client stopped reading is the client's error.
    if (!summary && !(clientFailed && !stderrText.trimmed().isEmpty()))
        return tl::unexpected(summary.error());
    if (!clientFailed)
        return summary;
    // The client echoes the failed statement between dashes before its ERROR line: the error first.
    QStringList lines = QString::fromUtf8(stderrText).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("ERROR"))) {
            lines = lines.mid(i);
            break;
        }
    }
    const QString words = lines.mid(0, kStderrLines).join(QStringLiteral(" / "));
    const QString hint = MariaDbConnection::hintFor(words, connection.server());
    return makeError(
        Message(kContext, QT_TRANSLATE_NOOP("larder::MariaDbScriptReplay",
                                            "%1 failed to restore %2 into %3 (exit code %4): %5"))
            .arg(QFileInfo(*tool).fileName())
            .arg(path)
            .arg(database)
            .arg(client.exitCode())
            .arg(words.isEmpty()
                     ? Message(kContext,
                               QT_TRANSLATE_NOOP("larder::MariaDbScriptReplay", "(it printed nothing)"))
                     : Message::plain(hint.isEmpty() ? words : words + QStringLiteral(": ") + hint)));
}

} // namespace larder
