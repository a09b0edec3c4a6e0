// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Command, the base of every `larder` subcommand: the engine a command reaches servers through is the
// one it owns, and a test can hand it another, as it can the output streams. Run in this process
// against a real cluster, through an engine that records what it is asked and then asks PostgreSQL.

#include "BackupFixture.h"
#include "CheckCommand.h"
#include "ForwardingEngine.h"
#include "PgCluster.h"
#include "PlanCommand.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace larder;

namespace {

// PostgresEngine, writing down each probe and listing ("probe SERVER DB", "list SERVER").
class RecordingEngine final : public ForwardingEngine
{
public:
    explicit RecordingEngine(std::shared_ptr<QStringList> calls) : m_calls(std::move(calls)) {}

    Result<ServerInfo> probe(const ServerConfig& server, const QString& dbname,
                             const std::optional<QString>& password) override
    {
        record(QStringLiteral("probe %1 %2").arg(server.name, dbname));
        return ForwardingEngine::probe(server, dbname, password);
    }
    Result<QStringList> listDatabases(const ServerConfig& server,
                                      const std::optional<QString>& password) override
    {
        record(QStringLiteral("list %1").arg(server.name));
        return ForwardingEngine::listDatabases(server, password);
    }
    std::unique_ptr<larder::TestRestoreTask> createTestRestore(const larder::TestRestoreRequest& request,
                                                               QObject* parent) override
    {
        record(QStringLiteral("test-restore %1").arg(request.job.name));
        return ForwardingEngine::createTestRestore(request, parent);
    }
    std::unique_ptr<DumpTask> createDump(const DumpRequest& request, QObject* parent) override
    {
        record(QStringLiteral("dump %1").arg(request.job.name));
        return ForwardingEngine::createDump(request, parent);
    }

private:
    void record(const QString& call)
    {
        const QMutexLocker lock(&m_mutex); // discovery may ask from worker threads
        m_calls->append(call);
    }

    QMutex m_mutex;
    std::shared_ptr<QStringList> m_calls;
};

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

Output execute(Command& command, const QStringList& arguments)
{
    Output output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    output.exitCode = command.execute(arguments, out, err);
    return output;
}

} // namespace

class tst_Command final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void checkConnect_probesEveryServerThroughTheCommandsEngine();
    void planDiscovery_listsDatabasesThroughTheCommandsEngine();

private:
    void writeConfig(const QString& text);

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    std::shared_ptr<QStringList> m_calls;
};

void tst_Command::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    BackupFixture::isolateFromPgEnvironment();
    // No keychain: the password comes from the passfile, through libpq.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    auto cluster = PgCluster::start();
    QVERIFY2(cluster, qPrintable(cluster ? QString() : cluster.error().message));
    m_cluster = std::move(*cluster);
    for (const char* db : {"app_one", "app_two"}) {
        const auto made = m_cluster->createDatabase(QString::fromLatin1(db), m_cluster->superuser());
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    }
}

void tst_Command::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    const QString passfile = m_dir->filePath(QStringLiteral("pgpass"));
    const auto written = m_cluster->writePgPass(passfile);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    qputenv("PGPASSFILE", QFile::encodeName(passfile));
    m_calls = std::make_shared<QStringList>();
}

void tst_Command::writeConfig(const QString& text)
{
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(
        QStringLiteral("[defaults]\n"
                       "dump_dir = \"%1\"\n"
                       "history = \"%2\"\n"
                       "schedule = \"daily at 03:00\"\n\n")
            .arg(m_dir->filePath(QStringLiteral("dumps")), m_dir->filePath(QStringLiteral("history.sqlite")))
            .toUtf8() +
        text.toUtf8());
}

void tst_Command::checkConnect_probesEveryServerThroughTheCommandsEngine()
{
    int refused = 0;
    {
        QTcpServer bound; // a loopback port that refuses: bound and closed again
        QVERIFY(bound.listen(QHostAddress::LocalHost));
        refused = bound.serverPort();
    }
    writeConfig(QStringLiteral("[servers.main]\nhost = \"127.0.0.1\"\nport = %1\nuser = \"postgres\"\n\n"
                               "[servers.gone]\nhost = \"127.0.0.1\"\nport = %2\nuser = \"postgres\"\n\n"
                               "[databases.app]\nserver = \"main\"\ndbname = \"app_one\"\n\n"
                               "[databases.shop]\nserver = \"gone\"\n")
                    .arg(m_cluster->port())
                    .arg(refused));
    CheckCommand check;
    check.setEngine(std::make_unique<RecordingEngine>(m_calls));
    const Output result = execute(
        check, {QStringLiteral("check"), QStringLiteral("--connect"), QStringLiteral("--config"), m_config});

    // Servers in the config's order, by name.
    QCOMPARE(*m_calls,
             (QStringList{QStringLiteral("probe gone shop"), QStringLiteral("probe main app_one")}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("server main: PostgreSQL ")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("server gone: FAILED: ")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("reachable at 127.0.0.1:%1").arg(refused)),
             qPrintable(result.out));
}

void tst_Command::planDiscovery_listsDatabasesThroughTheCommandsEngine()
{
    writeConfig(QStringLiteral("[servers.one]\nhost = \"127.0.0.1\"\nport = %1\nuser = \"postgres\"\n"
                               "databases = [\"app_*\"]\n")
                    .arg(m_cluster->port()));
    PlanCommand plan;
    plan.setEngine(std::make_unique<RecordingEngine>(m_calls));
    const Output result = execute(plan, {QStringLiteral("plan"), QStringLiteral("--config"), m_config});

    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(*m_calls, QStringList{QStringLiteral("list one")});
    QVERIFY2(result.out.contains(QStringLiteral("app_one (discovered)")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("app_two (discovered)")), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(tst_Command)
#include "tst_command.moc"
