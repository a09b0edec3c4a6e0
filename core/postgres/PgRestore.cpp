// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/PgRestore.h"

#include "base/LogCategories.h"
#include "engine/DumpChecksum.h"
#include "engine/DumpFinalizer.h"
#include "postgres/PgConnection.h"
#include "postgres/PgMaintenance.h"
#include "postgres/PgSession.h"
#include "postgres/ServerProbe.h"
#include "postgres/plainscript/PlainScriptGuard.h"
#include "system/ProcessGroup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <zlib.h>

#include <algorithm>
#include <csignal>
#include <memory>

namespace larder {

namespace {

constexpr int kCancelGraceMs = 5'000;
constexpr int kListTimeoutMs = 120'000;
constexpr int kTailLines = 20;

// The first column of the first row, or empty when there is none.
Result<QString> firstValue(PgSession& session, const QString& sql, const QStringList& parameters = {})
{
    const auto rows = session.query(sql, parameters);
    if (!rows)
        return tl::unexpected(rows.error());
    return rows->isEmpty() ? QString() : rows->first().value(0);
}

// User objects: anything outside the system schemas that a restore would collide with.
const char* const kUserObjectsSql =
    "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    "         WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog',"
    "         'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%')"
    "     + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
    "         WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE "
    "'pg\\_toast%'"
    "         AND n.nspname NOT LIKE 'pg\\_temp%')";

bool isErrorLine(const QString& line)
{
    return line.contains(QLatin1String("error:")) || line.contains(QLatin1String("ERROR:")) ||
           line.contains(QLatin1String("FATAL:")) || line.contains(QLatin1String("fatal:"));
}

} // namespace

PgRestore::PgRestore(RestoreRequest request, QObject* parent)
    : RestoreTask(parent), m_request(std::move(request))
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcEngine) << "the restore into" << m_request.targetDatabase << "did not stop; killing it";
        signalProcesses(SIGKILL);
    });
}

PgRestore::~PgRestore()
{
    m_interrupt->store(true);
    for (QProcess* process : {m_gzip, m_tool}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->disconnect(this);
            ProcessGroup::signal(process, SIGKILL);
            process->waitForFinished(2'000);
        }
    }
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
    }
    // Destroyed mid-restore (the desktop app quits with its dialog open): nothing else is left to drop
    // the database this restore created, so it is dropped here, bounded like any statement. A restore
    // that had finished either succeeded or already dropped it (the worker waited for above).
    if (m_preparation.created && !m_finishing) {
        const auto dropped =
            PgMaintenance::dropDatabase(m_request.server, m_request.password, m_request.targetDatabase);
        if (dropped)
            qCInfo(lcEngine) << "dropped" << m_request.targetDatabase << "again: its restore was stopped";
        else
            qCWarning(lcEngine).noquote() << "the restore into" << m_request.targetDatabase
                                          << "was stopped, and the database it created could not be dropped:"
                                          << dropped.error().message;
    }
}

Result<PgRestore::Kind> PgRestore::detectKind(const QString& dumpPath)
{
    const QFileInfo info(dumpPath);
    if (info.isDir()) {
        if (!QFileInfo::exists(QDir(dumpPath).filePath(QStringLiteral("toc.dat"))))
            return makeError(
                tr("%1 is a directory without toc.dat: it is not a directory-format dump").arg(dumpPath));
        return Kind::Directory;
    }
    const QString name = info.fileName();
    if (name.endsWith(QLatin1String(".sql.gz")))
        return Kind::PlainGzip;
    if (name.endsWith(QLatin1String(".sql")))
        return Kind::Plain;
    if (name.endsWith(QLatin1String(".dump")))
        return Kind::Custom;
    if (name.endsWith(QLatin1String(".tar")))
        return Kind::Tar;
    QFile file(dumpPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(dumpPath, file.errorString()));
    const QByteArray head = file.read(512);
    if (head.startsWith("PGDMP"))
        return Kind::Custom;
    if (head.startsWith("\x1f\x8b"))
        return Kind::PlainGzip;
    if (head.size() >= 262 && head.mid(257, 5) == "ustar")
        return Kind::Tar;
    return Kind::Plain;
}

bool PgRestore::isPostgresDump(const QString& dumpPath)
{
    if (QFileInfo(dumpPath).isDir())
        return QFileInfo::exists(QDir(dumpPath).filePath(QStringLiteral("toc.dat")));
    // zlib reads a plain file as it is and a gzip-compressed one decompressed.
    gzFile file = gzopen(QFile::encodeName(dumpPath).constData(), "rb");
    if (file == nullptr)
        return false;
    QByteArray head(4096, '\0');
    const int read = gzread(file, head.data(), static_cast<unsigned>(head.size()));
    gzclose(file);
    head.truncate(qMax(read, 0));
    return head.startsWith("PGDMP") || (head.size() >= 262 && head.mid(257, 5) == "ustar") ||
           head.contains("-- PostgreSQL database dump") ||
           head.contains("-- PostgreSQL database cluster dump");
}

QString PgRestore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Custom:
        return QStringLiteral("custom");
    case Kind::Directory:
        return QStringLiteral("directory");
    case Kind::Tar:
        return QStringLiteral("tar");
    case Kind::Plain:
        return QStringLiteral("plain");
    case Kind::PlainGzip:
        return QStringLiteral("plain (gzip)");
    }
    return QString();
}

Result<void> PgRestore::checkOptions(Kind kind, bool clean, int jobs)
{
    const bool plain = kind == Kind::Plain || kind == Kind::PlainGzip;
    if (clean && plain)
        return makeError(tr("--clean needs an archive dump (custom, directory or tar): a plain SQL dump is "
                            "replayed as it is and cannot drop what exists. Restore into a new or empty "
                            "database instead"));
    if (jobs > 1 && (plain || kind == Kind::Tar))
        return makeError(tr("--jobs works only with custom and directory dumps (pg_restore cannot restore a "
                            "%1 dump in parallel): leave --jobs out")
                             .arg(kindName(kind)));
    if (jobs < 1)
        return makeError(tr("--jobs must be 1 or more"));
    return {};
}

QString PgRestore::globalsSummary(const QString& dumpPath)
{
    QFile file(dumpPath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("(cannot read %1: %2)").arg(dumpPath, file.errorString());
    static const QRegularExpression role(QStringLiteral("^CREATE ROLE (.+);$"));
    static const QRegularExpression tablespace(QStringLiteral("^CREATE TABLESPACE (\\S+|\"[^\"]+\") "));
    QStringList roles;
    QStringList tablespaces;
    // pg_dumpall writes one statement a line; a globals dump is small.
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (const QRegularExpressionMatch match = role.match(line); match.hasMatch())
            roles << match.captured(1);
        else if (const QRegularExpressionMatch found = tablespace.match(line); found.hasMatch())
            tablespaces << found.captured(1);
    }
    const QString roleText =
        roles.isEmpty() ? tr("no roles") : tr("roles %1").arg(roles.join(QStringLiteral(", ")));
    return tablespaces.isEmpty()
               ? roleText
               : tr("%1; tablespaces %2").arg(roleText, tablespaces.join(QStringLiteral(", ")));
}

void PgRestore::start()
{
    if (m_state != State::Created)
        return;
    m_state = State::Preparing;
    m_clock.start();
    auto result = std::make_shared<Preparation>();
    const RestoreRequest request = m_request;
    QThread* thread = QThread::create(
        [result, request, interrupt = m_interrupt] { *result = prepare(request, interrupt); });
    connect(thread, &QThread::finished, this, [this, result] { onPrepared(*result); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    thread->start();
}

PgRestore::Preparation PgRestore::prepare(const RestoreRequest& request, const Interrupt& interrupt)
{
    Preparation out;
    const auto fail = [&out](const QString& message) {
        out.error = Error{message};
        return out;
    };
    const ServerConfig& server = request.server;
    const QString& target = request.targetDatabase;

    const auto kind = detectKind(request.dumpPath);
    if (!kind)
        return fail(kind.error().message);
    out.kind = *kind;
    if (auto allowed = checkOptions(out.kind, request.clean, request.jobs); !allowed)
        return fail(allowed.error().message);
    if (!request.expectedSha256.isEmpty()) {
        if (auto same = DumpChecksum::check(request.dumpPath, request.expectedSha256); !same)
            return fail(same.error().message);
        out.notes << tr("checksum of %1 matches history").arg(request.dumpPath);
    }
    // Before anything is created: psql would run whatever the script says, \connect and DROP
    // DATABASE included, on the server of the target. (A dump of another engine never gets here:
    // EngineSet::checkRestore refuses it.)
    if (out.kind == Kind::Plain || out.kind == Kind::PlainGzip) {
        if (auto confined = PlainScriptGuard::checkFile(request.dumpPath); !confined)
            return fail(confined.error().message);
    }

    // The maintenance database: the target may not exist yet.
    auto admin = PgMaintenance::connect(server, request.password, interrupt);
    if (!admin)
        return fail(admin.error().message);
    const auto info = ServerProbe::describe(**admin);
    out.superuser = info.superuser.value_or(false);
    const auto exists =
        firstValue(**admin, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), {target});
    if (!exists)
        return fail(tr("cannot look up database \"%1\" on %2: %3")
                        .arg(target, server.displayName(), exists.error().message));

    if (exists->isEmpty()) {
        const QString sql =
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg((*admin)->quoteIdentifier(target));
        if (auto created = (*admin)->execute(sql); !created)
            return fail(
                tr("cannot create database \"%1\" on %2: %3. Hint: the role needs CREATEDB (ALTER ROLE ... "
                   "CREATEDB), or create the empty database yourself and run the restore again")
                    .arg(target, server.displayName(), created.error().message));
        out.targetTouched = true;
        out.created = true;
        out.notes << tr("created database \"%1\" on %2").arg(target, server.displayName());
    } else {
        auto targetSession = PgSession::connect(server, target, request.password, interrupt);
        if (!targetSession)
            return fail(targetSession.error().message);
        const auto objects = firstValue(**targetSession, QString::fromLatin1(kUserObjectsSql));
        if (!objects)
            return fail(tr("cannot inspect database \"%1\" on %2: %3")
                            .arg(target, server.displayName(), objects.error().message));
        if (objects->toLongLong() > 0 && !request.clean)
            return fail(
                tr("database \"%1\" on %2 already exists and is not empty (tables, sequences, views or "
                   "functions: %3): restore into a new database with another --to, or add --clean to "
                   "drop and recreate the dump's objects in it")
                    .arg(target, server.displayName(), *objects));
        out.notes << (objects->toLongLong() > 0
                          ? tr("database \"%1\" on %2 exists; --clean drops the dump's objects before "
                               "recreating them")
                          : tr("database \"%1\" on %2 exists and is empty; restoring into it"))
                         .arg(target, server.displayName());
    }

    const bool plain = out.kind == Kind::Plain || out.kind == Kind::PlainGzip;
    const auto tool = PgDumpLocator::locateClientTool(
        plain ? QStringLiteral("psql") : QStringLiteral("pg_restore"), info.majorVersion());
    if (!tool)
        return fail(tool.error().message);
    out.tool = *tool;
    if (plain)
        return out;

    // The table of contents: the total that pg_restore's --verbose lines are counted against.
    const auto list = ProcessGroup::run(out.tool.path, {QStringLiteral("--list"), request.dumpPath},
                                        kListTimeoutMs, interrupt);
    if (!list)
        return fail(list.error().message);
    if (list->crashed || list->exitCode != 0)
        return fail(tr("%1 cannot read %2: %3: is it a complete %4 dump?")
                        .arg(out.tool.path, request.dumpPath,
                             QString::fromLocal8Bit(list->standardError).trimmed(), kindName(out.kind)));
    const QList<QByteArray> lines = list->standardOutput.split('\n');
    for (const QByteArray& line : lines) {
        if (!line.trimmed().isEmpty() && !line.startsWith(';'))
            ++out.tocEntries;
    }
    return out;
}

void PgRestore::onPrepared(const Preparation& preparation)
{
    if (m_state != State::Preparing)
        return;
    m_preparation = preparation;
    if (preparation.error) {
        fail(preparation.error->message);
        return;
    }
    if (m_cancelled) {
        RestoreOutcome outcome;
        outcome.cancelled = true;
        outcome.targetTouched = preparation.targetTouched;
        outcome.error = tr("restore into \"%1\" was cancelled").arg(m_request.targetDatabase);
        finish(outcome);
        return;
    }
    for (const QString& note : preparation.notes)
        Q_EMIT activity(note);
    startTool();
}

QProcess* PgRestore::newProcess()
{
    auto* process = new QProcess(this);
    connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { onOutput(process, QProcess::StandardError); });
    connect(process, &QProcess::errorOccurred, this,
            [this, process](QProcess::ProcessError error) { onProcessError(process, error); });
    return process;
}

void PgRestore::startTool()
{
    const ServerConfig& server = m_request.server;
    const Kind kind = m_preparation.kind;
    m_tool = newProcess();
    PgConnection(server, m_request.targetDatabase, m_request.password).setUpChild(*m_tool);
    m_tool->setProgram(m_preparation.tool.path);
    QStringList arguments;
    if (kind == Kind::Plain || kind == Kind::PlainGzip) {
        arguments << QStringLiteral("-X") << QStringLiteral("--no-password") << QStringLiteral("-v")
                  << QStringLiteral("ON_ERROR_STOP=1") << QStringLiteral("-f")
                  << (kind == Kind::Plain ? m_request.dumpPath : QStringLiteral("-"));
        connect(m_tool, &QProcess::readyReadStandardOutput, this,
                [this] { onOutput(m_tool, QProcess::StandardOutput); });
    } else {
        // An empty --dbname makes pg_restore restore into a database, and libpq then takes its name
        // from PGDATABASE like the rest of the connection.
        arguments << QStringLiteral("--verbose") << QStringLiteral("--exit-on-error")
                  << QStringLiteral("--no-password") << QStringLiteral("--dbname=");
        if (!m_preparation.superuser) {
            arguments << QStringLiteral("--no-owner");
            Q_EMIT activity(tr("the role %1 is not a superuser: restoring with --no-owner, so every object "
                               "belongs to %1")
                                .arg(server.user.isEmpty() ? tr("larder connects as") : server.user));
        }
        if (m_request.clean)
            arguments << QStringLiteral("--clean") << QStringLiteral("--if-exists");
        if (m_request.jobs > 1)
            arguments << QStringLiteral("--jobs=%1").arg(m_request.jobs);
        arguments << m_request.dumpPath;
        m_tool->setStandardOutputFile(QProcess::nullDevice());
    }
    m_tool->setArguments(arguments);
    connect(m_tool, &QProcess::finished, this, &PgRestore::onToolFinished);

    if (kind == Kind::PlainGzip) {
        const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
        if (gzip.isEmpty()) {
            fail(tr("gzip is not in PATH: install gzip to restore %1").arg(m_request.dumpPath));
            return;
        }
        m_gzip = newProcess();
        ProcessGroup::setUp(*m_gzip); // reaches no server
        m_gzip->setProgram(gzip);
        m_gzip->setArguments({QStringLiteral("-dc"), m_request.dumpPath});
        m_gzip->setStandardInputFile(QProcess::nullDevice());
        m_gzip->setStandardOutputProcess(m_tool);
    } else {
        m_tool->setStandardInputFile(QProcess::nullDevice());
    }

    qCInfo(lcEngine).noquote() << "restoring" << m_request.dumpPath << "into" << m_request.targetDatabase
                               << "on" << server.displayName() << "with" << m_preparation.tool.path
                               << arguments.join(QLatin1Char(' '));
    m_state = State::Restoring;
    if (m_preparation.tocEntries > 0)
        Q_EMIT progress(0, m_preparation.tocEntries, QString());
    if (m_gzip)
        m_gzip->start();
    m_tool->start();
}

void PgRestore::onOutput(QProcess* process, QProcess::ProcessChannel channel)
{
    process->setReadChannel(channel);
    QByteArray& buffer = m_buffers[process];
    buffer += process->readAll();
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(buffer.left(newline)).trimmed();
        buffer.remove(0, newline + 1);
        if (process == m_gzip) {
            if (!line.isEmpty())
                m_gzipError = line;
            continue;
        }
        takeLine(line);
    }
}

void PgRestore::takeLine(const QString& line)
{
    if (line.isEmpty())
        return;
    m_tail << line;
    while (m_tail.size() > kTailLines)
        m_tail.removeFirst();
    // pg_restore writes each message in pieces ("pg_restore:", " ", a level such as "error: ", then
    // the text with its newline), and with --jobs the leader and its workers share one stderr: the
    // pieces interleave, so a line can carry another message's prefix as well as its own
    // ("pg_restore:pg_restore:  finished item ...") and the next line none at all. The text arrives
    // whole and last on its line, so it is what follows the prefix pieces, wherever they came from.
    static const QRegularExpression prefixPieces(
        QStringLiteral("^(?:(?:pg_restore|error|warning|detail|hint):\\s*)+"));
    static const QRegularExpression toolPrefixes(QStringLiteral("^(?:pg_restore:\\s*)+"));
    const QRegularExpressionMatch prefix = prefixPieces.match(line);
    const QString text = line.mid(prefix.capturedLength());
    // Without a prefix of its own a line is pg_restore's only when the pieces can interleave;
    // otherwise it continues a message of several lines (a server error and its statement).
    const bool message = prefix.capturedLength() > 0 || m_request.jobs > 1;
    // One line per TOC entry. Serial: "creating TABLE ...", "processing data for table ...",
    // "executing SEQUENCE SET ...". With --jobs the workers print those too, so count pg_restore's
    // "processing item" (before the parallel loop; not the archive's header items), "finished item"
    // (the parallel loop) and "processing missed item" (what the leader restores after it).
    static const QRegularExpression serial(
        QStringLiteral("^(creating |processing data for |executing |restoring large objects)"));
    static const QRegularExpression parallel(
        QStringLiteral("^(processing item \\d+ (?!ENCODING |STDSTRINGS |SEARCHPATH |DATABASE )|finished "
                       "item \\d+ |processing missed item \\d+ )"));
    const QRegularExpression& entry = m_request.jobs > 1 ? parallel : serial;
    if (m_preparation.tocEntries > 0 && message && entry.match(text).hasMatch()) {
        m_done = qMin(m_done + 1, m_preparation.tocEntries);
        Q_EMIT progress(m_done, m_preparation.tocEntries, QStringLiteral("pg_restore: ") + text);
        return;
    }
    // The level, if any, stays: only the doubled tool prefix goes.
    QString shown = line;
    shown.replace(toolPrefixes, QStringLiteral("pg_restore: "));
    // pg_restore's --verbose narration ("launching item ...", "connecting to database ...") has a
    // prefix but no level: detail, not news.
    static const QRegularExpression level(QStringLiteral("(?:error|warning|detail|hint):"));
    if (prefix.capturedLength() > 0 && !prefix.captured(0).contains(level)) {
        Q_EMIT detail(shown);
        return;
    }
    Q_EMIT activity(shown);
}

void PgRestore::onToolFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_state != State::Restoring)
        return;
    m_killTimer.stop();
    for (auto it = m_buffers.begin(); it != m_buffers.end(); ++it) {
        if (it.key() == m_tool && !it.value().isEmpty())
            takeLine(QString::fromLocal8Bit(it.value()).trimmed());
    }
    m_buffers.clear();
    bool gzipFailed = false;
    if (m_gzip) {
        // psql saw the end of its input; gzip has exited or is about to.
        if (!m_gzip->waitForFinished(5'000))
            signalProcesses(SIGKILL);
        gzipFailed = m_gzip->exitStatus() != QProcess::NormalExit || m_gzip->exitCode() != 0;
        if (!m_gzipError.isEmpty() || gzipFailed)
            m_gzipError =
                (m_gzipError + QLatin1Char(' ') + QString::fromLocal8Bit(m_gzip->readAllStandardError()))
                    .trimmed();
    }

    RestoreOutcome outcome;
    outcome.targetTouched = true;
    outcome.itemsTotal = m_preparation.tocEntries;
    outcome.itemsDone = m_done;
    outcome.toolVersion = m_preparation.tool.versionText;
    const QString tool = m_preparation.tool.path;
    const QString where = tr("\"%1\" on %2").arg(m_request.targetDatabase, m_request.server.displayName());
    if (m_cancelled) {
        outcome.cancelled = true;
        outcome.error = tr("restore into %1 was cancelled").arg(where);
    } else if (status == QProcess::CrashExit) {
        outcome.error = tr("%1 restoring into %2 was killed by signal %3: %4")
                            .arg(tool, where)
                            .arg(exitCode)
                            .arg(errorSummary());
    } else if (exitCode != 0) {
        outcome.error = tr("%1 restoring into %2 failed (exit code %3): %4")
                            .arg(tool, where)
                            .arg(exitCode)
                            .arg(errorSummary());
        if (ownershipFailed())
            outcome.error += QStringLiteral(". ") +
                             tr("Hint: the dump gives its objects to their original owners, which only a "
                                "superuser (or a member of those roles) may do: restore as a superuser, or "
                                "dump with pg_dump_args = [\"--no-owner\"] (archive dumps restore with "
                                "--no-owner by themselves)");
    } else if (gzipFailed) {
        outcome.error =
            tr("gzip could not decompress %1 (%2): the restore into %3 is incomplete")
                .arg(m_request.dumpPath, m_gzipError.isEmpty() ? tr("no message") : m_gzipError, where);
    } else {
        outcome.ok = true;
        if (outcome.itemsTotal > 0)
            outcome.itemsDone = outcome.itemsTotal;
    }
    finish(outcome);
}

void PgRestore::onProcessError(QProcess* process, QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || m_state != State::Restoring)
        return;
    signalProcesses(SIGKILL);
    RestoreOutcome outcome;
    outcome.targetTouched = true;
    outcome.error = tr("could not start %1 to restore %2: %3")
                        .arg(process->program(), m_request.dumpPath, process->errorString());
    finish(outcome);
}

void PgRestore::signalProcesses(int signalNumber)
{
    for (QProcess* process : {m_gzip, m_tool})
        ProcessGroup::signal(process, signalNumber);
}

bool PgRestore::ownershipFailed() const
{
    // Plain scripts run their ALTER ... OWNER TO as written; pg_restore gets --no-owner instead.
    if (m_preparation.kind != Kind::Plain && m_preparation.kind != Kind::PlainGzip)
        return false;
    return std::any_of(m_tail.cbegin(), m_tail.cend(), [](const QString& line) {
        return line.contains(QLatin1String("must be member of role")) ||
               line.contains(QLatin1String("must be able to SET ROLE")) ||
               line.contains(QLatin1String("must be owner of"));
    });
}

QString PgRestore::errorSummary() const
{
    if (m_tail.isEmpty())
        return tr("(it printed nothing)");
    qsizetype first = -1;
    for (qsizetype i = 0; i < m_tail.size(); ++i) {
        if (isErrorLine(m_tail.at(i))) {
            first = i;
            break;
        }
    }
    if (first < 0)
        first = qMax<qsizetype>(0, m_tail.size() - 5);
    return m_tail.mid(first).join(QLatin1Char('\n'));
}

void PgRestore::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    switch (m_state) {
    case State::Created: {
        RestoreOutcome outcome;
        outcome.cancelled = true;
        outcome.error = tr("restore into \"%1\" was cancelled").arg(m_request.targetDatabase);
        finish(outcome);
        return;
    }
    case State::Preparing:
        m_interrupt->store(true); // the statement or tool in progress stops at once
        return;                   // onPrepared reports it
    case State::Restoring:
        qCInfo(lcEngine) << "cancelling the restore into" << m_request.targetDatabase;
        signalProcesses(SIGTERM);
        m_killTimer.start(kCancelGraceMs);
        return;
    case State::Done:
        return;
    }
}

void PgRestore::fail(const QString& message)
{
    RestoreOutcome outcome;
    outcome.error = message;
    outcome.targetTouched = m_preparation.targetTouched || m_state == State::Restoring;
    outcome.toolVersion = m_preparation.tool.versionText;
    finish(outcome);
}

void PgRestore::finish(RestoreOutcome outcome)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_state = State::Done;
    m_killTimer.stop();
    if (!outcome.ok && m_preparation.created)
        return dropCreated(std::move(outcome));
    emitFinished(std::move(outcome));
}

void PgRestore::dropCreated(RestoreOutcome outcome)
{
    auto problem = std::make_shared<QString>();
    const RestoreRequest request = m_request;
    QThread* thread = QThread::create([problem, request] {
        if (auto dropped =
                PgMaintenance::dropDatabase(request.server, request.password, request.targetDatabase);
            !dropped)
            *problem = dropped.error().message;
    });
    connect(thread, &QThread::finished, this, [this, problem, outcome = std::move(outcome)]() mutable {
        const QString where =
            tr("\"%1\" on %2").arg(m_request.targetDatabase, m_request.server.displayName());
        if (problem->isEmpty()) {
            outcome.targetDropped = true;
            outcome.targetTouched = false;
            Q_EMIT activity(tr("dropped database %1 again: this restore had created it").arg(where));
        } else {
            outcome.error += QLatin1Char('\n') + tr("database %1, which this restore created, could not be "
                                                    "dropped again: %2")
                                                     .arg(where, *problem);
        }
        emitFinished(std::move(outcome));
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    thread->start();
}

void PgRestore::emitFinished(RestoreOutcome outcome)
{
    outcome.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    // Always later, never from inside start() or cancel(): callers may connect after calling them.
    QMetaObject::invokeMethod(
        this, [this, outcome = std::move(outcome)] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

} // namespace larder
