// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "PgCluster.h"

#include "FreePort.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

using larder::makeError;
using larder::Result;

namespace {

constexpr int kToolTimeoutMs = 60'000;

bool isRoot()
{
    return geteuid() == 0;
}

// The newest /usr/lib/postgresql/N/bin with a server, else the directory of initdb in PATH.
QString findBinDir()
{
    const QDir base(QStringLiteral("/usr/lib/postgresql"));
    int bestMajor = -1;
    QString best;
    const QStringList versions = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& version : versions) {
        bool ok = false;
        const int major = version.section(QLatin1Char('.'), 0, 0).toInt(&ok);
        const QString bin = base.filePath(version + QStringLiteral("/bin"));
        if (ok && major > bestMajor && QFileInfo(bin + QStringLiteral("/initdb")).isExecutable()) {
            bestMajor = major;
            best = bin;
        }
    }
    if (!best.isEmpty())
        return best;
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

bool chownToPostgres(const QString& path)
{
    const passwd* pw = getpwnam("postgres");
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

// True when nothing is bound to 127.0.0.1:port right now (a race remains; start() retries).
QString randomPassword()
{
    static const QLatin1String alphabet("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString out;
    for (int i = 0; i < 24; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(alphabet.size()))]);
    return out;
}

QString quoteIdent(const QString& ident)
{
    QString s = ident;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString quoteLiteral(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

} // namespace

PgCluster::~PgCluster()
{
    if (!m_running || stop(QStringLiteral("immediate")))
        return;
    // pg_ctl failed: do not leave a postmaster running on a deleted directory.
    QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
    if (pidFile.open(QIODevice::ReadOnly)) {
        const pid_t pid = pid_t(pidFile.readLine().trimmed().toLongLong());
        if (pid > 1)
            ::kill(pid, SIGQUIT);
    }
}

QString PgCluster::socketDir() const
{
    return m_dir->path() + QStringLiteral("/sock");
}

QString PgCluster::binDir() const
{
    return m_binDir;
}

QString PgCluster::dataDir() const
{
    return m_dir->path() + QStringLiteral("/data");
}

QString PgCluster::logPath() const
{
    return m_dir->path() + QStringLiteral("/log");
}

QString PgCluster::logTail(int lines) const
{
    QFile file(logPath());
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no server log at %1)").arg(logPath());
    const QStringList all = QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, all.size() - lines - 1)).join(QLatin1Char('\n')).trimmed();
}

Result<QString> PgCluster::runTool(const QString& tool, const QStringList& args, int timeoutMs,
                                   const QByteArray& input) const
{
    // initdb and pg_ctl refuse to run as root; psql is fine as any user over the trusted socket.
    const bool asServerUser = isRoot() && tool != QLatin1String("psql");
    const QString binary = m_binDir + QLatin1Char('/') + tool;

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    // The server user must be able to enter the working directory.
    process.setWorkingDirectory(m_dir->path());
    if (asServerUser) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), binary} +
            args);
    } else {
        process.setProgram(binary);
        process.setArguments(args);
    }
    process.start();
    if (!process.waitForStarted(10'000))
        return makeError(QStringLiteral("could not start %1: %2").arg(binary, process.errorString()));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        return makeError(QStringLiteral("%1 %2 did not finish within %3 ms\nserver log:\n%4")
                             .arg(tool, args.join(QLatin1Char(' ')))
                             .arg(timeoutMs)
                             .arg(logTail()));
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString message = QStringLiteral("%1 failed (exit code %2): %3")
                              .arg(tool)
                              .arg(process.exitCode())
                              .arg(err.trimmed().isEmpty() ? out.trimmed() : err.trimmed());
        // A failed SQL statement explains itself; a server that will not start or stop needs its log.
        if (tool != QLatin1String("psql"))
            message += QStringLiteral("\nserver log:\n") + logTail();
        return makeError(message);
    }
    return out;
}

Result<std::unique_ptr<PgCluster>> PgCluster::start()
{
    std::unique_ptr<PgCluster> cluster(new PgCluster);
    cluster->m_binDir = findBinDir();
    if (cluster->m_binDir.isEmpty())
        return makeError(QStringLiteral("no PostgreSQL server binaries found: install postgresql"));

    // Short path: the unix socket path must stay under ~100 bytes.
    cluster->m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-pg-XXXXXX"));
    if (!cluster->m_dir->isValid())
        return makeError(
            QStringLiteral("could not create a temporary directory: %1").arg(cluster->m_dir->errorString()));
    const QString root = cluster->m_dir->path();
    if (!QDir(root).mkdir(QStringLiteral("sock")))
        return makeError(QStringLiteral("could not create %1").arg(cluster->socketDir()));

    cluster->m_superPassword = randomPassword();
    const QString pwfile = root + QStringLiteral("/pwfile");
    {
        QFile file(pwfile);
        if (!file.open(QIODevice::WriteOnly) || file.write(cluster->m_superPassword.toUtf8() + '\n') < 0)
            return makeError(QStringLiteral("could not write %1").arg(pwfile));
    }
    if (isRoot()) {
        for (const QString& path : {root, cluster->socketDir(), pwfile}) {
            if (!chownToPostgres(path))
                return makeError(
                    QStringLiteral("could not hand %1 to the postgres user: does it exist?").arg(path));
        }
    }

    const auto initdb = cluster->runTool(
        QStringLiteral("initdb"),
        {QStringLiteral("-D"), cluster->dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
         QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--auth-local=trust"),
         QStringLiteral("--pwfile=") + pwfile, QStringLiteral("-E"), QStringLiteral("UTF8"),
         QStringLiteral("--locale=C"), QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
        kToolTimeoutMs);
    QFile::remove(pwfile);
    if (!initdb)
        return makeError(initdb.error().message);

    QString lastError;
    for (int attempt = 0; attempt < 6; ++attempt) {
        cluster->m_port = FreePort::pick();
        if (cluster->m_port == 0)
            return makeError(QStringLiteral("no free loopback port found in 20000-40000"));
        const auto started = cluster->startServer();
        if (started)
            return cluster;
        lastError = started.error().message;
    }
    return makeError(lastError);
}

Result<void> PgCluster::startEach(std::initializer_list<std::unique_ptr<PgCluster>*> clusters)
{
    for (std::unique_ptr<PgCluster>* cluster : clusters) {
        auto started = start();
        if (!started)
            return makeError(started.error().message);
        *cluster = std::move(*started);
    }
    return {};
}

Result<void> PgCluster::startServer()
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_port)
                                .arg(socketDir());
    const auto result = runTool(QStringLiteral("pg_ctl"),
                                {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options,
                                 QStringLiteral("-l"), logPath(), QStringLiteral("-w"), QStringLiteral("-t"),
                                 QStringLiteral("30"), QStringLiteral("start")},
                                kToolTimeoutMs);
    if (!result)
        return makeError(result.error().message);
    m_running = true;
    return {};
}

QSqlDatabase PgCluster::addSqlConnection(const QString& name, const QString& role, const QString& password,
                                         const QString& database, const QString& options) const
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    connection.setHostName(host());
    connection.setPort(port());
    connection.setUserName(role);
    connection.setPassword(password);
    connection.setDatabaseName(database);
    connection.setConnectOptions(options);
    return connection;
}

Result<void> PgCluster::stop(const QString& mode)
{
    if (!m_running)
        return {};
    const auto result =
        runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), mode, QStringLiteral("-w"),
                 QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("stop")},
                kToolTimeoutMs);
    if (!result)
        return makeError(result.error().message);
    m_running = false;
    return {};
}

Result<void> PgCluster::startAgain()
{
    if (m_running)
        return {};
    return startServer();
}

Result<QString> PgCluster::query(const QString& dbname, const QString& sql) const
{
    const auto out =
        runTool(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-At"), QStringLiteral("-h"), socketDir(),
                 QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), superuser(),
                 QStringLiteral("-d"), dbname, QStringLiteral("-f"), QStringLiteral("-")},
                kToolTimeoutMs, sql.toUtf8() + '\n');
    if (!out)
        return makeError(out.error().message);
    QString text = *out;
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

Result<void> PgCluster::execute(const QString& dbname, const QString& sql) const
{
    const auto out = query(dbname, sql);
    if (!out)
        return makeError(out.error().message);
    return {};
}

Result<void> PgCluster::createRole(const QString& role, const QString& password) const
{
    return execute(QStringLiteral("postgres"), QStringLiteral("SET password_encryption = 'scram-sha-256';\n"
                                                              "CREATE ROLE %1 LOGIN PASSWORD %2;")
                                                   .arg(quoteIdent(role), quoteLiteral(password)));
}

Result<void> PgCluster::writePgPass(const QString& path, const QList<QPair<QString, QString>>& roles) const
{
    QString text;
    for (const auto& [role, password] :
         QList<QPair<QString, QString>>{{superuser(), m_superPassword}} + roles)
        text += QStringLiteral("%1:%2:*:%3:%4\n").arg(host()).arg(port()).arg(role, password);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0 ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return makeError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> PgCluster::createDatabase(const QString& dbname, const QString& owner) const
{
    return execute(QStringLiteral("postgres"),
                   QStringLiteral("CREATE DATABASE %1 OWNER %2;").arg(quoteIdent(dbname), quoteIdent(owner)));
}
