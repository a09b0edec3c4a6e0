#include "restore/Restorer.h"

#include "base/LogCategories.h"
#include "engine/DumpFinalizer.h"
#include "history/History.h"
#include "mariadb/MariaDbDumpFile.h"
#include "mariadb/MariaDbRestore.h"
#include "postgres/PgConnection.h"
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

Restorer::Restorer(Request request, QObject* parent) : QObject(parent), m_request(std::move(request))
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcEngine) << "the restore into" << m_request.targetDatabase << "did not stop; killing it";
        signalProcesses(SIGKILL);
    });
}

Restorer::~Restorer()
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
}

Result<Restorer::Kind> Restorer::detectKind(const QString& dumpPath)
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

QString Restorer::kindName(Kind kind)
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

Result<void> Restorer::checkOptions(Kind kind, bool clean, int jobs)
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

Result<void> Restorer::checkOptions(EngineKind engine, Kind kind, bool clean, int jobs)
{
    if (engine == EngineKind::MariaDB)
        return MariaDbRestore::checkOptions(clean, jobs);
    return checkOptions(kind, clean, jobs);
}

Result<QString> Restorer::checkDumpPath(const JobConfig& job, const QString& dumpPath)
{
    const QFileInfo info(dumpPath);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return makeError(tr("dump %1 does not exist: give a dump of job %2 from %3")
                             .arg(dumpPath, job.name, job.outputDirectory()));
    const QString jobDir = QFileInfo(job.outputDirectory()).canonicalFilePath();
    if (jobDir.isEmpty() || !canonical.startsWith(jobDir + QLatin1Char('/')))
        return makeError(tr("dump %1 is not inside the directory of job %2 (%3): larder restores only the "
                            "job's own dumps; give a path below %3")
                             .arg(dumpPath, job.name, job.outputDirectory()));
    return canonical;
}

Result<HistoryRecord> Restorer::chooseDump(const History& history, const QString& job, const QDateTime& atUtc)
{
    const auto attempts = history.attempts(job, 0);
    if (!attempts)
        return makeError(attempts.error().message);
    QStringList missing;
    for (const HistoryRecord& record : *attempts) {
        if (record.status != AttemptStatus::Success)
            continue;
        if (atUtc.isValid() && record.startedUtc > atUtc)
            continue;
        if (!QFileInfo::exists(record.path)) {
            missing << record.path;
            continue;
        }
        return record;
    }
    QString message = atUtc.isValid()
                          ? tr("job %1 has no successful dump that started at or before %2")
                                .arg(job, atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                          : tr("job %1 has no successful dump").arg(job);
    if (!missing.isEmpty())
        message += tr(" still on disk (missing: %1)").arg(missing.join(QLatin1String(", ")));
    return makeError(message + tr(": see `larder history %1`").arg(job));
}

std::optional<HistoryRecord> Restorer::findRecord(const History& history, const QString& job,
                                                  const QString& canonicalPath)
{
    const auto attempts = history.attempts(job, 0);
    if (!attempts)
        return std::nullopt;
    for (const HistoryRecord& record : *attempts) {
        if (!record.path.isEmpty() && QFileInfo(record.path).canonicalFilePath() == canonicalPath)
            return record;
    }
    return std::nullopt;
}

Result<QDateTime> Restorer::parseTime(const QString& text)
{
    QString iso = text.trimmed();
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (shape.match(iso).hasMatch()) {
        iso.replace(10, 1, QLatin1Char('T'));
        const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
        if (parsed.isValid())
            return parsed.toUTC();
    }
    return makeError(tr("cannot read the time '%1': write 2026-11-20T03:00:00Z (UTC), "
                        "2026-11-20T03:00:00+01:00, or 2026-11-20 03:00 (local time)")
                         .arg(text));
}

QString Restorer::globalsSummary(const QString& dumpPath)
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

Result<void> Restorer::checkChecksum(const QString& dumpPath, const QString& sha256)
{
    const bool directory = QFileInfo(dumpPath).isDir();
    const QString hashed = directory ? DumpFinalizer::sidecarPath(dumpPath) : dumpPath;
    const auto actual = DumpFinalizer::sha256OfFile(hashed);
    if (!actual)
        return makeError(actual.error().message);
    if (actual->compare(sha256, Qt::CaseInsensitive) != 0)
        return makeError(tr("%1 does not match its checksum in history (sha256 %2, now %3): the dump changed "
                            "since it was written; restore another one (--at or --dump)")
                             .arg(hashed, sha256, *actual));
    if (!directory)
        return {};
    QFile manifest(hashed);
    if (!manifest.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(hashed, manifest.errorString()));
    const QDir base = QFileInfo(dumpPath).dir();
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype gap = line.indexOf("  ");
        if (gap <= 0)
            continue;
        const QString file = base.filePath(QFile::decodeName(line.mid(gap + 2)));
        const auto hash = DumpFinalizer::sha256OfFile(file);
        if (!hash)
            return makeError(hash.error().message);
        if (*hash != QString::fromLatin1(line.left(gap)))
            return makeError(tr("%1 does not match its line in %2: the dump changed since it was written; "
                                "restore another one (--at or --dump)")
                                 .arg(file, hashed));
    }
    return {};
}

void Restorer::start()
{
    if (m_state != State::Created)
        return;
    m_state = State::Preparing;
    m_clock.start();
    if (m_request.server.engine == EngineKind::MariaDB) {
        startMariaDb();
        return;
    }
    auto result = std::make_shared<Preparation>();
    const Request request = m_request;
    QThread* thread = QThread::create(
        [result, request, interrupt = m_interrupt] { *result = prepare(request, interrupt); });
    connect(thread, &QThread::finished, this, [this, result] { onPrepared(*result); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    thread->start();
}

Restorer::Preparation Restorer::prepare(const Request& request, const Interrupt& interrupt)
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
        if (auto same = checkChecksum(request.dumpPath, request.expectedSha256); !same)
            return fail(same.error().message);
        out.notes << tr("checksum of %1 matches history").arg(request.dumpPath);
    }
    // Before anything is created: psql would run whatever the script says, \connect and DROP
    // DATABASE included, on the server of the target.
    if (out.kind == Kind::Plain || out.kind == Kind::PlainGzip) {
        if (!MariaDbDumpFile::serverVersion(request.dumpPath).isEmpty())
            return fail(
                tr("%1 is a MariaDB dump (mariadb-dump wrote it), and %2 is a PostgreSQL server: restore "
                   "it to a server with engine = \"mariadb\" (--server NAME)")
                    .arg(request.dumpPath, server.displayName()));
        if (auto confined = PlainScriptGuard::checkFile(request.dumpPath); !confined)
            return fail(confined.error().message);
    }

    // The maintenance database: the target may not exist yet.
    const QString maintenance = QStringLiteral("postgres");
    auto admin = PgSession::connect(server, maintenance, request.password, interrupt);
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

void Restorer::startMariaDb()
{
    auto outcome = std::make_shared<Outcome>();
    const Request request = m_request;
    // Larder's lines reach activity() as they happen, from the worker through the event loop.
    const MariaDbRestore::Note note = [this](const QString& line) {
        QMetaObject::invokeMethod(
            this, [this, line] { Q_EMIT activity(line); }, Qt::QueuedConnection);
    };
    QThread* thread = QThread::create([outcome, request, note, interrupt = m_interrupt] {
        const auto kind = detectKind(request.dumpPath);
        if (!kind) {
            outcome->error = kind.error().message;
            return;
        }
        if ((*kind != Kind::Plain && *kind != Kind::PlainGzip) ||
            MariaDbDumpFile::serverVersion(request.dumpPath).isEmpty()) {
            outcome->error =
                tr("%1 is not a mariadb-dump script (no \"-- Server version\" line in its header), "
                   "and %2 is a MariaDB server: restore a dump of a MariaDB job, or give a "
                   "PostgreSQL server with --server NAME")
                    .arg(request.dumpPath, request.server.displayName());
            return;
        }
        if (!request.expectedSha256.isEmpty()) {
            if (auto same = checkChecksum(request.dumpPath, request.expectedSha256); !same) {
                outcome->error = same.error().message;
                return;
            }
            note(tr("checksum of %1 matches history").arg(request.dumpPath));
        }
        MariaDbRestore::Request restore;
        restore.dumpPath = request.dumpPath;
        restore.server = request.server;
        restore.targetDatabase = request.targetDatabase;
        restore.password = request.password;
        restore.clean = request.clean;
        restore.jobs = request.jobs;
        const MariaDbRestore::Outcome done = MariaDbRestore::run(restore, interrupt, note);
        outcome->ok = !done.error;
        outcome->targetTouched = done.targetTouched;
        outcome->toolVersion = done.toolVersion;
        if (done.error)
            outcome->error = done.error->message;
    });
    connect(thread, &QThread::finished, this, [this, outcome] {
        Outcome result = *outcome;
        if (m_cancelled) {
            result.ok = false;
            result.cancelled = true;
            result.error = tr("restore into \"%1\" was cancelled").arg(m_request.targetDatabase);
        }
        finish(result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    thread->start();
}

void Restorer::onPrepared(const Preparation& preparation)
{
    if (m_state != State::Preparing)
        return;
    m_preparation = preparation;
    if (preparation.error) {
        fail(preparation.error->message);
        return;
    }
    if (m_cancelled) {
        Outcome outcome;
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

QProcess* Restorer::newProcess()
{
    auto* process = new QProcess(this);
    connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { onOutput(process, QProcess::StandardError); });
    connect(process, &QProcess::errorOccurred, this,
            [this, process](QProcess::ProcessError error) { onProcessError(process, error); });
    return process;
}

void Restorer::startTool()
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
    connect(m_tool, &QProcess::finished, this, &Restorer::onToolFinished);

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

void Restorer::onOutput(QProcess* process, QProcess::ProcessChannel channel)
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

void Restorer::takeLine(const QString& line)
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

void Restorer::onToolFinished(int exitCode, QProcess::ExitStatus status)
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

    Outcome outcome;
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

void Restorer::onProcessError(QProcess* process, QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || m_state != State::Restoring)
        return;
    signalProcesses(SIGKILL);
    Outcome outcome;
    outcome.targetTouched = true;
    outcome.error = tr("could not start %1 to restore %2: %3")
                        .arg(process->program(), m_request.dumpPath, process->errorString());
    finish(outcome);
}

void Restorer::signalProcesses(int signalNumber)
{
    for (QProcess* process : {m_gzip, m_tool})
        ProcessGroup::signal(process, signalNumber);
}

bool Restorer::ownershipFailed() const
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

QString Restorer::errorSummary() const
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

void Restorer::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    switch (m_state) {
    case State::Created: {
        Outcome outcome;
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

void Restorer::fail(const QString& message)
{
    Outcome outcome;
    outcome.error = message;
    outcome.targetTouched = m_preparation.targetTouched || m_state == State::Restoring;
    outcome.toolVersion = m_preparation.tool.versionText;
    finish(outcome);
}

void Restorer::finish(Outcome outcome)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_state = State::Done;
    m_killTimer.stop();
    outcome.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    // Always later, never from inside start() or cancel(): callers may connect after calling them.
    QMetaObject::invokeMethod(
        this, [this, outcome = std::move(outcome)] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

} // namespace larder
