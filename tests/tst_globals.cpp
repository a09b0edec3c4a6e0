// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// dump_globals end to end: the real `larder` binary dumps a real cluster's roles with pg_dumpall,
// and the script it writes recreates them.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TestFiles;

namespace {

constexpr int kLarderTimeoutMs = 120'000;
const QString kRole = QStringLiteral("larder_test_app_role");
const QString kRolePassword = QStringLiteral("RolePw-xq7Hs9");
const QString kBackupPassword = QStringLiteral("BackupPw-Lm42kd");

} // namespace

class TestGlobals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void superuser_dumpsRolesWithPasswordsAndTheScriptRecreatesThem();
    void nonSuperuser_dumpsWithNoRolePasswordsAndSaysSo();
    void databaseSectionWithTheGlobalsNameIsAConfigError();

private:
    CliResult larder(const QStringList& arguments) const;
    void writeConfig(const QString& user, const QString& extra = QString());
    QStringList globalsDumps() const;

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_dumpDir;
};

void TestGlobals::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(LARDER_EXECUTABLE)).isExecutable(), LARDER_EXECUTABLE);
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    auto made = m_cluster->createRole(QStringLiteral("backup"), kBackupPassword);
    QVERIFY_RESULT(made);
}

void TestGlobals::init()
{
    // A role with attributes that only the globals dump carries.
    const auto made =
        m_cluster->execute(QStringLiteral("postgres"),
                           QStringLiteral("SET password_encryption = 'scram-sha-256';\n"
                                          "CREATE ROLE %1 LOGIN CREATEDB CONNECTION LIMIT 7 PASSWORD '%2';")
                               .arg(kRole, kRolePassword));
    QVERIFY_RESULT(made);
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-globals-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
    const auto written = m_cluster->writePgPass(m_dir->filePath(QStringLiteral("pgpass")),
                                                {{QStringLiteral("backup"), kBackupPassword}});
    QVERIFY_RESULT(written);
}

void TestGlobals::cleanup()
{
    (void)m_cluster->execute(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(kRole));
    m_dir.reset();
}

CliResult TestGlobals::larder(const QStringList& arguments) const
{
    return CliRunner::hermetic(QStringLiteral(LARDER_EXECUTABLE), m_dir->path(),
                               m_dir->filePath(QStringLiteral("pgpass")))
        .run(CliRunner::withConfig(m_config, arguments), {}, kLarderTimeoutMs);
}

void TestGlobals::writeConfig(const QString& user, const QString& extra)
{
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QString defaults = QStringLiteral("[defaults]\n"
                                            "dump_dir = \"%1\"\n"
                                            "history = \"%2\"\n"
                                            "\n")
                                 .arg(m_dumpDir, m_dir->filePath(QStringLiteral("history.sqlite")));
    file.write((defaults + BackupFixture::serverSection(QStringLiteral("one"), m_cluster->port(), user) +
                QStringLiteral("dump_globals = true\n") + extra)
                   .toUtf8());
}

QStringList TestGlobals::globalsDumps() const
{
    const QString dir = m_dumpDir + QStringLiteral("/one.globals");
    static const QRegularExpression name(QStringLiteral("^one\\.globals_\\d{8}T\\d{6}Z(-\\d+)?\\.sql$"));
    QStringList found;
    for (const QString& entry : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        if (name.match(entry).hasMatch())
            found.append(dir + QLatin1Char('/') + entry);
    }
    return found;
}

void TestGlobals::superuser_dumpsRolesWithPasswordsAndTheScriptRecreatesThem()
{
    writeConfig(QStringLiteral("postgres"));
    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("-v")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(!run.errText().contains(QLatin1String("--no-role-passwords")), qPrintable(run.describe()));

    const QStringList dumps = globalsDumps();
    QCOMPARE(dumps.size(), 1);
    const QString dump = dumps.first();
    QVERIFY2(QFileInfo::exists(dump + QStringLiteral(".sha256")), qPrintable(dump));
    const QByteArray script = readFile(dump);
    QVERIFY2(script.contains(QStringLiteral("CREATE ROLE %1").arg(kRole).toUtf8()), script.constData());
    QVERIFY2(script.contains("PASSWORD 'SCRAM-SHA-256$"), script.constData());

    // The dump is checked like any other (a plain script: checksum only).
    const CliResult verify = larder({QStringLiteral("verify"), QStringLiteral("one.globals")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));

    // Gone, then back from the script alone, with its attributes and password.
    auto dropped = m_cluster->execute(QStringLiteral("postgres"), QStringLiteral("DROP ROLE %1").arg(kRole));
    QVERIFY_RESULT(dropped);
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    // Without ON_ERROR_STOP: the script also creates the roles that still exist (postgres, backup).
    psql.start(m_cluster->binDir() + QStringLiteral("/psql"),
               {QStringLiteral("-X"), QStringLiteral("-h"), m_cluster->socketDir(), QStringLiteral("-p"),
                QString::number(m_cluster->port()), QStringLiteral("-U"), m_cluster->superuser(),
                QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-f"), dump});
    QVERIFY(psql.waitForFinished(60'000));
    const auto role = m_cluster->query(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT rolcanlogin, rolcreatedb, rolconnlimit, rolpassword LIKE 'SCRAM-SHA-256$%' "
                       "FROM pg_authid WHERE rolname = '%1'")
            .arg(kRole));
    QVERIFY_RESULT(role);
    QVERIFY2(*role == QLatin1String("t|t|7|t"), qPrintable(*role + QLatin1Char('\n') + psql.readAll()));
}

void TestGlobals::nonSuperuser_dumpsWithNoRolePasswordsAndSaysSo()
{
    writeConfig(QStringLiteral("backup"));
    // Said without -v, and once.
    const CliResult run = larder({QStringLiteral("run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.errText().count(QLatin1String("not a superuser")) == 1 &&
                 run.errText().contains(QLatin1String("--no-role-passwords")),
             qPrintable(run.describe()));

    const QStringList dumps = globalsDumps();
    QCOMPARE(dumps.size(), 1);
    const QByteArray script = readFile(dumps.first());
    QVERIFY2(script.contains(QStringLiteral("CREATE ROLE %1").arg(kRole).toUtf8()), script.constData());
    QVERIFY2(!script.contains("PASSWORD"), script.constData());
}

void TestGlobals::databaseSectionWithTheGlobalsNameIsAConfigError()
{
    writeConfig(QStringLiteral("postgres"), QStringLiteral("\n[databases.\"one.globals\"]\n"
                                                           "server = \"one\"\n"
                                                           "dbname = \"postgres\"\n"));
    const CliResult check = larder({QStringLiteral("check")});
    QVERIFY2(check.exitCode == 78, qPrintable(check.describe()));
    QVERIFY2(check.errText().contains(QLatin1String("one.globals")) &&
                 check.errText().contains(QLatin1String("dump_globals")),
             qPrintable(check.describe()));
    QVERIFY(globalsDumps().isEmpty());
}

QTEST_GUILESS_MAIN(TestGlobals)
#include "tst_globals.moc"
