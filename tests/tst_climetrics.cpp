// Prometheus metrics end to end (issue 15): the real larder binary dumps a real cluster (one job that
// succeeds, one whose database does not exist), then metrics_file and `larder metrics` are compared
// byte for byte and checked by the real `promtool check metrics`. A metrics file that cannot be
// written is a warning naming it, and the run still succeeds.
#include "BackupFixture.h"
#include "CliRunner.h"
#include "FileTree.h"
#include "PgCluster.h"
#include "ResultAssert.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

namespace {

constexpr int kLarderTimeoutMs = 120'000;
constexpr int kPromtoolTimeoutMs = 60'000;
const QString kApp = QStringLiteral("{job_name=\"app\",server=\"main\",engine=\"postgresql\"}");
const QString kBroken = QStringLiteral("{job_name=\"broken\",server=\"main\",engine=\"postgresql\"}");

} // namespace

class TestCliMetrics final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgCluster> m_cluster;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString metricsPath() const { return path(QStringLiteral("metrics/larder.prom")); }

    // app dumps; broken names a database the server does not have. metricsFile as written in the file.
    void writeConfig(const QString& metricsFile)
    {
        const QString text =
            BackupFixture::defaultsSection(path(QStringLiteral("dumps")),
                                           path(QStringLiteral("history.sqlite")), QStringLiteral("manual")) +
            QStringLiteral("metrics_file = \"%1\"\n\n").arg(metricsFile) +
            BackupFixture::serverSection(QStringLiteral("main"), m_cluster->port(),
                                         QStringLiteral("backup")) +
            QStringLiteral(
                "\n[databases.app]\nserver = \"main\"\n"
                "\n[databases.broken]\nserver = \"main\"\ndbname = \"no_such_db\"\nretry = \"off\"\n");
        QVERIFY(FileTree::writeFile(path(QStringLiteral("larder.toml")), text.toUtf8()));
    }

    CliResult larder(const QStringList& arguments) const
    {
        CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
        runner.setEnvironment(CliRunner::hermeticEnvironment(m_dir->path(), path(QStringLiteral("pgpass"))));
        runner.setWorkingDirectory(m_dir->path());
        return runner.run(CliRunner::withConfig(path(QStringLiteral("larder.toml")), arguments), {},
                          kLarderTimeoutMs);
    }

    // promtool's verdict on text: its exit code 0, or why not. promtool is required: scripts/lib.sh
    // installs it (Debian package prometheus), so a missing one fails the test.
    static QString promtoolProblems(const QByteArray& text)
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            return QStringLiteral(
                "promtool not found: install the Debian package prometheus (scripts/lib.sh does)");
        QProcess process;
        process.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        if (!process.waitForStarted(kPromtoolTimeoutMs))
            return QStringLiteral("promtool did not start: ") + process.errorString();
        process.write(text);
        process.closeWriteChannel();
        if (!process.waitForFinished(kPromtoolTimeoutMs))
            return QStringLiteral("promtool did not finish");
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            return QStringLiteral("promtool check metrics exited %1: %2%3")
                .arg(process.exitCode())
                .arg(QString::fromUtf8(process.readAllStandardOutput()),
                     QString::fromUtf8(process.readAllStandardError()));
        }
        return QString();
    }

    static QByteArray readFile(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool hasLine(const QByteArray& text, const QString& line)
    {
        return QString::fromUtf8(text).split(QLatin1Char('\n')).contains(line);
    }

    // The newest successful attempt of job in `larder history --json`.
    QJsonObject newestSuccess(const QString& job) const
    {
        const CliResult history = larder({QStringLiteral("history"), QStringLiteral("--json"), job});
        for (const QJsonValue& row : QJsonDocument::fromJson(history.out).array()) {
            if (row.toObject().value(QStringLiteral("status")).toString() == QLatin1String("success"))
                return row.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // First, so that a machine without promtool fails at once rather than after a cluster start.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty(),
                 "promtool not found: install the Debian package prometheus (scripts/lib.sh does)");
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-metrics-XXXXXX"));
        QVERIFY(m_dir->isValid());
        auto cluster = PgCluster::start();
        QVERIFY_RESULT(cluster);
        m_cluster = std::move(*cluster);
        const QString password = QStringLiteral("metrics-secret");
        QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
            *m_cluster, QStringLiteral("backup"), password,
            {{QStringLiteral("app"), BackupFixture::filledTableSql(QStringLiteral("t"), 1000)}}));
        QVERIFY_RESULT(BackupFixture::writePassFile(path(QStringLiteral("pgpass")), *m_cluster,
                                                    QStringLiteral("backup"), password));
        QVERIFY(QDir().mkpath(QFileInfo(metricsPath()).absolutePath()));
    }

    void cleanupTestCase()
    {
        m_cluster.reset();
        m_dir.reset();
    }

    void run_writesTheMetricsFile_thatLarderMetricsPrintsAndPromtoolAccepts()
    {
        writeConfig(QStringLiteral("metrics/larder.prom")); // relative to the config file
        const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--all")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe())); // broken failed

        const QByteArray file = readFile(metricsPath());
        QVERIFY2(!file.isEmpty(), qPrintable(metricsPath() + QStringLiteral(" missing; ") + run.describe()));
        QVERIFY2(!QFileInfo::exists(metricsPath() + QStringLiteral(".partial")),
                 "temporary file left behind");
        // node_exporter runs as its own user.
        QCOMPARE(QFileInfo(metricsPath()).permissions() & (QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions(QFile::ReadOther));

        const CliResult metrics = larder({QStringLiteral("metrics")});
        QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.describe()));
        QCOMPARE(metrics.out, file);
        const QString problems = promtoolProblems(file);
        QVERIFY2(problems.isEmpty(), qPrintable(problems + QStringLiteral("\n") + QString::fromUtf8(file)));

        const QJsonObject success = newestSuccess(QStringLiteral("app"));
        QVERIFY2(!success.isEmpty(), qPrintable(QString::fromUtf8(file)));
        const QDateTime started =
            QDateTime::fromString(success.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
        const auto check = [&file](const QString& line) {
            QVERIFY2(hasLine(file, line),
                     qPrintable(line + QStringLiteral(" not in:\n") + QString::fromUtf8(file)));
        };
        check(QStringLiteral("larder_job_last_success_timestamp_seconds%1 %2")
                  .arg(kApp)
                  .arg(started.toSecsSinceEpoch()));
        check(QStringLiteral("larder_job_last_dump_size_bytes%1 %2")
                  .arg(kApp)
                  .arg(success.value(QStringLiteral("bytes")).toInteger()));
        check(QStringLiteral("larder_job_last_attempt_success%1 1").arg(kApp));
        check(QStringLiteral("larder_job_last_dump_warning%1 0").arg(kApp));
        check(QStringLiteral("larder_job_stale%1 0").arg(kApp));
        check(
            QStringLiteral("larder_job_attempts_total{job_name=\"app\",server=\"main\",engine=\"postgresql\","
                           "status=\"success\"} 1"));
        check(QStringLiteral("larder_job_last_attempt_success%1 0").arg(kBroken));
        check(QStringLiteral(
            "larder_job_attempts_total{job_name=\"broken\",server=\"main\",engine=\"postgresql\","
            "status=\"failed\"} 1"));
        QVERIFY2(!QString::fromUtf8(file).contains(
                     QStringLiteral("larder_job_last_success_timestamp_seconds") + kBroken),
                 qPrintable(QString::fromUtf8(file)));

        // The next run rewrites it: the counters grow, and the command still agrees.
        const CliResult again = larder({QStringLiteral("run"), QStringLiteral("app")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        const QByteArray second = readFile(metricsPath());
        QVERIFY2(hasLine(second, QStringLiteral("larder_job_attempts_total{job_name=\"app\",server=\"main\","
                                                "engine=\"postgresql\",status=\"success\"} 2")),
                 qPrintable(QString::fromUtf8(second)));
        QCOMPARE(larder({QStringLiteral("metrics")}).out, second);
        QVERIFY2(promtoolProblems(second).isEmpty(), qPrintable(promtoolProblems(second)));
    }

    void run_withAnUnwritableMetricsFile_warnsAndStillSucceeds()
    {
        const QString missing = path(QStringLiteral("no-such-dir/larder.prom"));
        writeConfig(missing);
        const CliResult run =
            larder({QStringLiteral("run"), QStringLiteral("--quiet"), QStringLiteral("app")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("metrics_file %1 not written").arg(missing)),
                 qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("the directory %1 does not exist: create it")
                                            .arg(path(QStringLiteral("no-such-dir")))),
                 qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QLatin1String("to \"\" to turn it off")), qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_climetrics.moc"
