// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/TestRestore.h"

#include "base/LogCategories.h"
#include "base/Units.h"
#include "config/engines/PgDumpOptions.h"
#include "postgres/PgConnection.h"
#include "postgres/PgDumpLocator.h"
#include "postgres/PgMaintenance.h"
#include "postgres/PgSession.h"
#include "postgres/plainscript/PlainScriptGuard.h"
#include "system/ProcessGroup.h"

#include <limits>

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <limits>
#include <memory>

namespace larder {

namespace {

constexpr int kMaxIdentifierBytes = 63;
constexpr int kKillGraceMs = 5'000;
constexpr int kStderrLines = 5;
constexpr int kListTimeoutMs = 120'000;

bool isPlain(const QString& path)
{
    return path.endsWith(QLatin1String(".sql")) || path.endsWith(QLatin1String(".sql.gz"));
}

// Empty on success. Only ever the scratch database this restore created.
QString dropScratch(const ServerConfig& server, const std::optional<QString>& password, const QString& name)
{
    if (auto dropped = PgMaintenance::dropDatabase(server, password, name); !dropped)
        return dropped.error().message;
    return QString();
}

QString tableName(const TableCount& count)
{
    return count.schema + QLatin1Char('.') + count.table;
}

// "schema table owner" of each TABLE DATA entry in the archive's table of contents.
Result<QStringList> tableDataEntries(const QString& pgRestore, const QString& archive,
                                     const Interrupt& interrupt)
{
    const auto list =
        ProcessGroup::run(pgRestore, {QStringLiteral("--list"), archive}, kListTimeoutMs, interrupt);
    if (!list)
        return tl::unexpected(list.error());
    if (list->crashed || list->exitCode != 0)
        return makeError(Message("larder::TestRestore",
                                 QT_TRANSLATE_NOOP("larder::TestRestore", "%1 --list %2 failed: %3"))
                             .arg(pgRestore)
                             .arg(archive)
                             .arg(QString::fromLocal8Bit(list->standardError).trimmed()));
    QStringList entries;
    const QString marker = QStringLiteral(" TABLE DATA ");
    const QStringList lines = QString::fromLocal8Bit(list->standardOutput).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1Char(';')))
            continue; // comments
        if (const qsizetype at = line.indexOf(marker); at >= 0)
            entries << line.mid(at + marker.size());
    }
    return entries;
}

bool isDumped(const TableCount& count, const QStringList& entries)
{
    // pg_restore prints names unquoted, spaces and all; the owner follows.
    const QString prefix = count.schema + QLatin1Char(' ') + count.table + QLatin1Char(' ');
    return std::any_of(entries.cbegin(), entries.cend(),
                       [&prefix](const QString& entry) { return entry.startsWith(prefix); });
}

} // namespace

TestRestore::TestRestore(Request request, QObject* parent)
    : TestRestoreTask(parent), m_request(std::move(request)),
      m_check(beginCheck(m_request, &TestRestore::scratchDatabaseName))
{}

void TestRestore::onTimeout()
{
    m_restoreProblem =
        Message::of<TestRestore>(
            QT_TR_NOOP("the test-restore took longer than the job's timeout of %1 s and was stopped: "
                       "raise timeout, or look for locks on restore_server or a slow restore_server"))
            .arg(m_request.job.timeoutSeconds);
    cancel();
}

TestRestore::~TestRestore()
{
    m_interrupt->store(true);
    for (QProcess* process : {m_gzip, m_restore}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->disconnect(this);
            ProcessGroup::signal(process, SIGKILL);
            process->waitForFinished(kKillGraceMs);
        }
    }
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
    }
    if (m_created) {
        const QString problem =
            dropScratch(m_request.job.restoreServer, m_request.password, m_check.scratchDatabase);
        if (!problem.isEmpty())
            qCWarning(lcEngine).noquote()
                << tr("could not drop the scratch database %1: %2; drop it yourself")
                       .arg(m_check.scratchDatabase, problem);
    }
}

bool TestRestore::selectsTables(const QStringList& pgDumpArgs)
{
    return PgDumpOptions::selectsTables(pgDumpArgs);
}

QString TestRestore::scratchDatabaseName(const QString& job, const QDateTime& startedUtc)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    const QString prefix = QStringLiteral("larder_verify_");
    const QString stamp = QLatin1Char('_') + startedUtc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    // ASCII only after the replacement: characters are bytes.
    QString name = job.toLower().replace(other, QStringLiteral("_"));
    name.truncate(kMaxIdentifierBytes - prefix.size() - stamp.size());
    return prefix + name + stamp;
}

void TestRestore::runWorker(std::function<void()> work, std::function<void()> then)
{
    QThread* thread = QThread::create(std::move(work));
    connect(thread, &QThread::finished, this, std::move(then));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    thread->start();
}

void TestRestore::start()
{
    if (m_stage != Stage::Created)
        return;
    m_stage = Stage::Creating;
    m_elapsed.start();
    const JobConfig& job = m_request.job;
    if (job.kind == JobKind::Globals) {
        // Roles and tablespaces belong to the whole server: replaying them is never a test.
        complete(false,
                 Message::of<TestRestore>(
                     QT_TR_NOOP(
                         "%1 is a globals dump (roles, tablespaces), which is never test-restored: its "
                         "statements act on the whole server. Replay it by hand with `psql -X -d postgres -f "
                         "DUMP` on the server that should get those roles, if you mean to"))
                     .arg(job.name));
        return;
    }
    startTimeout(job);
    qCInfo(lcEngine).noquote() << "test-restoring" << m_request.dump.path << "into" << m_check.scratchDatabase
                               << "on" << job.restoreServer.displayName();

    auto result = std::make_shared<Prepared>();
    const ServerConfig server = job.restoreServer;
    const std::optional<QString> password = m_request.password;
    const QString name = m_check.scratchDatabase;
    const QString jobName = job.name;
    const QString tool = isPlain(m_request.dump.path) ? QStringLiteral("psql") : QStringLiteral("pg_restore");
    const int dumpMajor = PgDumpLocator::parseMajorVersion(m_request.dump.pgDumpVersion);
    const QString dumpPath = isPlain(m_request.dump.path) ? m_request.dump.path : QString();
    runWorker(
        [result, server, password, name, jobName, tool, dumpMajor, dumpPath, interrupt = m_interrupt] {
            const auto fail = [&](const Message& message) { result->error = message; };
            // Before the scratch database exists: a script that would \connect elsewhere or drop a
            // database must not get as far as psql.
            if (!dumpPath.isEmpty()) {
                if (auto confined = PlainScriptGuard::checkFile(dumpPath); !confined)
                    return fail(confined.error().neutral());
            }
            auto connected = PgMaintenance::connect(server, password, interrupt);
            if (!connected)
                return fail(connected.error().neutral());
            PgSession& session = **connected;
            result->serverVersion = session.serverVersion();
            const auto existing =
                session.query(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), {name});
            if (!existing)
                return fail(existing.error().neutral());
            if (!existing->isEmpty())
                return fail(
                    Message::of<TestRestore>(
                        QT_TR_NOOP(
                            "a database named %1 already exists on %2; larder never touches a database it "
                            "did not create: drop or rename it yourself if it is a leftover"))
                        .arg(name)
                        .arg(server.displayName()));
            const auto may =
                session.query(QStringLiteral("SELECT rolcreatedb OR rolsuper, current_user FROM pg_roles "
                                             "WHERE rolname = current_user"));
            if (!may)
                return fail(may.error().neutral());
            if (may->isEmpty() || may->first().value(0) != QLatin1String("t"))
                return fail(
                    Message::of<TestRestore>(
                        QT_TR_NOOP(
                            "role %1 on %2 may not create databases, which a test-restore needs: grant it "
                            "with ALTER ROLE %1 CREATEDB, or set restore_server for job %3 to a server where "
                            "it may"))
                        .arg(may->isEmpty() ? server.user : may->first().value(1))
                        .arg(server.displayName())
                        .arg(jobName));
            const auto binary = PgDumpLocator::locateClientTool(tool, dumpMajor);
            if (!binary)
                return fail(binary.error().neutral());
            result->toolPath = binary->path;
            // template0: a copy of template1 may hold objects that collide with the dump's.
            const auto created = session.execute(
                QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(session.quoteIdentifier(name)));
            if (!created)
                return fail(Message::of<TestRestore>(QT_TR_NOOP("cannot create the scratch database %1: %2"))
                                .arg(name)
                                .arg(created.error().neutral()));
            result->created = true;
        },
        [this, result] { onCreated(*result); });
}

// "a; b; c", each part kept language-neutral.
Message TestRestore::joined(const QList<Message>& parts)
{
    Message all;
    for (const Message& part : parts)
        all =
            all.followedBy(all.isEmpty() ? Message() : Message::plain(QStringLiteral("; "))).followedBy(part);
    return all;
}

void TestRestore::onCreated(const Prepared& prepared)
{
    m_created = prepared.created;
    m_toolPath = prepared.toolPath;
    m_serverVersion = prepared.serverVersion;
    if (prepared.error) {
        complete(false, *prepared.error);
        return;
    }
    if (m_cancelled) {
        check(false);
        return;
    }
    startRestore();
}

void TestRestore::startRestore()
{
    m_stage = Stage::Restoring;
    const ServerConfig& server = m_request.job.restoreServer;
    const QString path = m_request.dump.path;

    QStringList arguments;
    if (isPlain(path)) {
        arguments = {QStringLiteral("-X"),
                     QStringLiteral("-q"),
                     QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1"),
                     QStringLiteral("--no-password"),
                     QStringLiteral("-f"),
                     path.endsWith(QLatin1String(".gz")) ? QStringLiteral("-") : path};
    } else {
        arguments = {QStringLiteral("--no-owner"),
                     QStringLiteral("--no-privileges"),
                     QStringLiteral("--exit-on-error"),
                     QStringLiteral("--no-password"),
                     QStringLiteral("--dbname=") + m_check.scratchDatabase,
                     path};
    }

    m_restore = new QProcess(this);
    m_restore->setProgram(m_toolPath);
    m_restore->setArguments(arguments);
    PgConnection(server, m_check.scratchDatabase, m_request.password).setUpChild(*m_restore);
    m_restore->setStandardOutputFile(QProcess::nullDevice());
    connect(m_restore, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_restore->readAllStandardError();
        // Only the end matters for the message; a noisy restore must not grow without bound.
        if (m_stderr.size() > 64 * 1024)
            m_stderr = m_stderr.right(32 * 1024);
    });
    connect(m_restore, &QProcess::finished, this, &TestRestore::onRestoreFinished);
    connect(m_restore, &QProcess::errorOccurred, this, &TestRestore::onRestoreError);

    if (path.endsWith(QLatin1String(".sql.gz"))) {
        m_gzip = new QProcess(this);
        ProcessGroup::setUp(*m_gzip);
        m_gzip->setStandardInputFile(QProcess::nullDevice());
        m_gzip->setStandardOutputProcess(m_restore);
        m_gzip->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_gzip->start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    } else {
        m_restore->setStandardInputFile(QProcess::nullDevice());
    }
    qCDebug(lcEngine).noquote() << "running" << m_toolPath << arguments.join(QLatin1Char(' '));
    m_restore->start();
}

void TestRestore::onRestoreError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || m_stage != Stage::Restoring)
        return;
    m_restoreProblem = Message::of<TestRestore>(QT_TR_NOOP("could not start %1: %2"))
                           .arg(m_toolPath)
                           .arg(m_restore->errorString());
    m_stage = Stage::Checking;
    ProcessGroup::signal(m_gzip, SIGKILL);
    check(false);
}

void TestRestore::onRestoreFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stage != Stage::Restoring)
        return;
    m_stderr += m_restore->readAllStandardError();
    bool gzipFailed = false;
    if (m_gzip) {
        m_gzip->waitForFinished(kKillGraceMs);
        gzipFailed = m_gzip->exitStatus() != QProcess::NormalExit || m_gzip->exitCode() != 0;
    }
    if (m_restoreProblem.isEmpty() && m_cancelled)
        m_restoreProblem = Message::of<TestRestore>(QT_TR_NOOP("the test-restore was cancelled"));
    if (m_restoreProblem.isEmpty() && (status != QProcess::NormalExit || exitCode != 0 || gzipFailed)) {
        QStringList lines = QString::fromLocal8Bit(m_stderr).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        qsizetype first = -1;
        for (qsizetype i = 0; i < lines.size() && first < 0; ++i) {
            if (lines.at(i).contains(QLatin1String("error"), Qt::CaseInsensitive))
                first = i;
        }
        lines = lines.mid(first >= 0 ? first : qMax<qsizetype>(0, lines.size() - kStderrLines), kStderrLines);
        const QString tool = QFileInfo(m_toolPath).fileName();
        m_restoreProblem =
            gzipFailed && exitCode == 0
                ? Message::of<TestRestore>(QT_TR_NOOP("gzip could not decompress %1"))
                      .arg(m_request.dump.path)
                : Message::of<TestRestore>(QT_TR_NOOP("%1 failed to restore %2 (exit code %3): %4"))
                      .arg(tool)
                      .arg(m_request.dump.path)
                      .arg(exitCode)
                      .arg(lines.isEmpty() ? Message::of<TestRestore>(QT_TR_NOOP("(it printed nothing)"))
                                           : Message::plain(lines.join(QStringLiteral(" / "))));
    }
    check(m_restoreProblem.isEmpty());
}

void TestRestore::check(bool count)
{
    m_stage = Stage::Checking;
    auto result = std::make_shared<Checked>();
    const ServerConfig server = m_request.job.restoreServer;
    const std::optional<QString> password = m_request.password;
    const QString name = m_check.scratchDatabase;
    const bool created = m_created;
    const bool selected = selectsTables(m_request.job.pgDumpArgs) && !m_request.expectedCounts.isEmpty();
    const bool plain = isPlain(m_request.dump.path);
    const QString pgRestore = m_toolPath;
    const QString archive = m_request.dump.path;
    // compareCounts reads only m_request, which nothing changes any more.
    runWorker(
        [this, result, server, password, name, count, created, selected, plain, pgRestore, archive,
         interrupt = m_interrupt] {
            if (count && selected && plain) {
                result->countSummary = Message::of<TestRestore>(
                    QT_TR_NOOP("row counts not compared: pg_dump_args choose the tables, and a plain "
                               "dump has no table of contents to tell which were dumped"));
            } else if (count) {
                std::optional<QStringList> dumped;
                if (selected) {
                    auto entries = tableDataEntries(pgRestore, archive, interrupt);
                    if (!entries)
                        result->countProblem = Message::of<TestRestore>(
                                                   QT_TR_NOOP("cannot tell which tables the dump holds: %1"))
                                                   .arg(entries.error().neutral());
                    else
                        dumped = *entries;
                }
                if (result->countProblem.isEmpty()) {
                    auto session = PgSession::connect(server, name, password, interrupt);
                    if (session)
                        (*session)->setStatementTimeout(0); // bounded by the job's timeout, which interrupts
                    auto restored = session ? (*session)->countRows()
                                            : Result<QList<TableCount>>(tl::unexpected(session.error()));
                    if (!restored)
                        result->countProblem =
                            Message::of<TestRestore>(QT_TR_NOOP("cannot count the restored rows: %1"))
                                .arg(restored.error().neutral());
                    else
                        result->countProblem = compareCounts(*restored, dumped, &result->countSummary);
                }
            }
            if (created)
                result->dropProblem = dropScratch(server, password, name);
        },
        [this, result] { onChecked(*result); });
}

Message TestRestore::rowCount(qint64 rows)
{
    if (rows > std::numeric_limits<int>::max())
        return Message::of<TestRestore>(QT_TR_NOOP("%1 rows")).arg(rows);
    return Message::of<TestRestore>(QT_TR_N_NOOP("%n row(s)")).withCount(int(rows));
}

Message TestRestore::compareCounts(const QList<TableCount>& restored,
                                   const std::optional<QStringList>& dumpedTables, Message* summary) const
{
    // Tables whose data pg_dump_args left out are restored empty, or not at all: not comparable.
    QStringList notDumped;
    const auto inDump = [&](const TableCount& count) {
        return !dumpedTables || isDumped(count, *dumpedTables);
    };
    qint64 rows = 0;
    QMap<QString, qint64> actual;
    for (const TableCount& count : restored) {
        if (!inDump(count))
            continue;
        actual.insert(tableName(count), count.rows);
        rows += count.rows;
    }
    if (m_request.expectedCounts.isEmpty()) {
        *summary = Message::of<TestRestore>(
                       QT_TR_N_NOOP(
                           "%n table(s), %1 restored; no row counts were recorded at dump time, so they were "
                           "not compared (counts are recorded for jobs whose test_restore is not manual)"))
                       .withCount(int(restored.size()))
                       .arg(rowCount(rows));
        return Message();
    }
    QList<Message> differences;
    QMap<QString, qint64> expected;
    for (const TableCount& count : m_request.expectedCounts) {
        if (inDump(count))
            expected.insert(tableName(count), count.rows);
        else
            notDumped << tableName(count);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            differences << Message::of<TestRestore>(
                               QT_TR_NOOP("%1: missing after the restore (%2 at dump time)"))
                               .arg(it.key())
                               .arg(rowCount(it.value()));
        else if (actual.value(it.key()) != it.value())
            differences << Message::of<TestRestore>(QT_TR_NOOP("%1: %2 at dump time, %3 restored"))
                               .arg(it.key())
                               .arg(rowCount(it.value()))
                               .arg(actual.value(it.key()));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            differences << Message::of<TestRestore>(
                               QT_TR_NOOP("%1: restored (%2) but not counted at dump time"))
                               .arg(it.key())
                               .arg(rowCount(it.value()));
    }
    if (!differences.isEmpty())
        return Message::of<TestRestore>(QT_TR_NOOP("row counts differ from dump time: %1"))
            .arg(joined(differences));
    *summary = Message::of<TestRestore>(QT_TR_N_NOOP("row counts of %n table(s) match the dump (%1)"))
                   .withCount(int(expected.size()))
                   .arg(rowCount(rows));
    if (!notDumped.isEmpty())
        *summary = summary->followedBy(
            Message::of<TestRestore>(QT_TR_NOOP("; not compared, as pg_dump_args left their data out: %1"))
                .arg(notDumped.join(QStringLiteral(", "))));
    return Message();
}

void TestRestore::onChecked(const Checked& checked)
{
    if (checked.dropProblem.isEmpty())
        m_created = false;
    QList<Message> problems;
    if (!m_restoreProblem.isEmpty())
        problems << m_restoreProblem;
    if (!checked.countProblem.isEmpty())
        problems << checked.countProblem;
    if (!checked.dropProblem.isEmpty())
        problems << Message::of<TestRestore>(
                        QT_TR_NOOP(
                            "the scratch database %1 on %2 could not be dropped: %3; drop it yourself"))
                        .arg(m_check.scratchDatabase)
                        .arg(m_request.job.restoreServer.displayName())
                        .arg(checked.dropProblem);
    if (!problems.isEmpty()) {
        complete(false, joined(problems));
        return;
    }
    // The duration is formatted in this process's language: a number and a unit, read by anyone.
    complete(true, Message::of<TestRestore>(QT_TR_NOOP("restored %1 into %2 on %3 in %4; %5"))
                       .arg(m_request.dump.path)
                       .arg(m_check.scratchDatabase)
                       .arg(m_request.job.restoreServer.name)
                       .arg(Units::duration(m_elapsed.elapsed()))
                       .arg(checked.countSummary));
}

void TestRestore::cancel()
{
    if (m_cancelled || m_stage == Stage::Done)
        return;
    m_cancelled = true;
    if (m_stage == Stage::Created) {
        complete(false, Message::of<TestRestore>(QT_TR_NOOP("the test-restore was cancelled")));
        return;
    }
    // Creating and Checking stop their statement at once, then drop the scratch database.
    m_interrupt->store(true);
    if (m_stage == Stage::Restoring) {
        ProcessGroup::signal(m_gzip, SIGKILL);
        ProcessGroup::signal(m_restore, SIGTERM);
        QTimer::singleShot(kKillGraceMs, m_restore,
                           [process = m_restore] { ProcessGroup::signal(process, SIGKILL); });
    }
}

void TestRestore::complete(bool ok, const Message& detail)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    stopTimeout();
    m_check.ok = ok && !m_cancelled;
    m_check.detail = detail.toString();
    m_check.storedDetail = detail.serialize();
    m_check.finishedUtc = QDateTime::currentDateTimeUtc();
    if (!m_check.ok)
        qCInfo(lcEngine).noquote() << "test-restore of" << m_check.job << "failed:" << m_check.detail;
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_check); }, Qt::QueuedConnection);
}

} // namespace larder
