// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Prometheus metrics end to end (issue 15): the real larder binary dumps a real cluster (one job that
// succeeds, one whose database does not exist), then metrics_file and `larder metrics` are compared
// byte for byte and checked by the real `promtool check metrics`, and a real node_exporter's textfile
// collector (Debian package prometheus-node-exporter) serves the file over HTTP on a loopback port. A
// metrics file that cannot be written is a warning naming it, and the run still succeeds.
#include "BackupFixture.h"
#include "CliRunner.h"
#include "FileTree.h"
#include "FreePort.h"
#include "PgCluster.h"
#include "ResultAssert.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace larder;

namespace {

constexpr int kLarderTimeoutMs = 120'000;
constexpr int kPromtoolTimeoutMs = 60'000;
const QString kApp = QStringLiteral("{job_name=\"app\",server=\"main\",engine=\"postgresql\"}");
const QString kBroken = QStringLiteral("{job_name=\"broken\",server=\"main\",engine=\"postgresql\"}");
constexpr int kNodeExporterTimeoutMs = 30'000;
const QString kNodeExporter = QStringLiteral("prometheus-node-exporter");

// The samples of a Prometheus text, by series: the name, then its labels sorted by name (node_exporter
// sorts them; Larder writes job_name first), so the same series from both compare equal whatever the
// order and however each writes its numbers (node_exporter: 1.765e+09).
QMap<QString, double> samples(const QByteArray& text)
{
    QMap<QString, double> result;
    for (const QString& line : QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const int space = line.lastIndexOf(QLatin1Char(' '));
        const int brace = line.indexOf(QLatin1Char('{'));
        const QString name = line.left(brace >= 0 && brace < space ? brace : space);
        QStringList labels;
        if (brace >= 0 && brace < space) {
            // name="value" pairs; a value may hold an escaped quote, and commas.
            QString pair;
            bool inValue = false;
            for (int i = brace + 1; i < space; ++i) {
                const QChar c = line.at(i);
                if (inValue && c == QLatin1Char('\\')) {
                    pair += c;
                    pair += line.at(++i);
                    continue;
                }
                if (c == QLatin1Char('"'))
                    inValue = !inValue;
                if (!inValue && (c == QLatin1Char(',') || c == QLatin1Char('}'))) {
                    if (!pair.isEmpty())
                        labels.append(pair);
                    pair.clear();
                    continue;
                }
                pair += c;
            }
        }
        labels.sort();
        result.insert(name + QLatin1Char('{') + labels.join(QLatin1Char(',')) + QLatin1Char('}'),
                      line.mid(space + 1).toDouble());
    }
    return result;
}

// GET url; the body, or nothing while nobody answers (yet).
QByteArray httpGet(const QUrl& url, QString* error)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply* reply = manager.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5'000, &loop, &QEventLoop::quit);
    loop.exec();
    QByteArray body;
    if (!reply->isFinished())
        *error = QStringLiteral("no answer within 5 s");
    else if (reply->error() != QNetworkReply::NoError)
        *error = reply->errorString();
    else
        body = reply->readAll();
    reply->abort();
    reply->deleteLater();
    return body;
}

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

    // What Prometheus would scrape: node_exporter's textfile collector reading the directory of
    // metrics_file serves every sample of the file with its value, and reads it without an error.
    void nodeExporter_servesTheMetricsFileARunWrote()
    {
        const QString exporter = QStandardPaths::findExecutable(kNodeExporter);
        QVERIFY2(
            !exporter.isEmpty(),
            "prometheus-node-exporter not found: install the Debian package of that name (scripts/lib.sh "
            "does)");
        writeConfig(QStringLiteral("metrics/larder.prom"));
        const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--all")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe())); // broken failed
        const QByteArray file = readFile(metricsPath());
        const QMap<QString, double> written = samples(file);
        QVERIFY2(written.size() > 20, qPrintable(QString::fromUtf8(file)));

        const int port = FreePort::pick();
        QVERIFY(port > 0);
        QProcess process; // its destructor kills it, should a check below fail
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(
            exporter,
            {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
             QStringLiteral("--collector.disable-defaults"), QStringLiteral("--collector.textfile"),
             QStringLiteral("--collector.textfile.directory=") + QFileInfo(metricsPath()).absolutePath()});
        QVERIFY2(process.waitForStarted(kNodeExporterTimeoutMs), qPrintable(process.errorString()));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        QByteArray served;
        QString error;
        const QDeadlineTimer deadline(kNodeExporterTimeoutMs);
        while (served.isEmpty() && !deadline.hasExpired() && process.state() == QProcess::Running) {
            error.clear();
            served = httpGet(url, &error);
            if (served.isEmpty())
                QThread::msleep(100);
        }
        QVERIFY2(!served.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2; node_exporter said:\n%3")
                                .arg(url.toString(), error, QString::fromUtf8(process.readAll()))));

        const QMap<QString, double> scraped = samples(served);
        QCOMPARE(scraped.value(QStringLiteral("node_textfile_scrape_error{}"), -1), 0.0);
        QVERIFY2(scraped.contains(QStringLiteral("node_textfile_mtime_seconds{file=\"%1\"}")
                                      .arg(QFileInfo(metricsPath()).fileName())) ||
                     scraped.contains(
                         QStringLiteral("node_textfile_mtime_seconds{file=\"%1\"}").arg(metricsPath())),
                 served.constData());
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            QVERIFY2(scraped.contains(it.key()),
                     qPrintable(it.key() + QStringLiteral(" not served:\n") + QString::fromUtf8(served)));
            QVERIFY2(qFuzzyCompare(scraped.value(it.key()) + 1, it.value() + 1),
                     qPrintable(QStringLiteral("%1: served %2, written %3")
                                    .arg(it.key())
                                    .arg(scraped.value(it.key()))
                                    .arg(it.value())));
        }
        // A few by name, so that the comparison above cannot pass on a parse of nothing.
        QVERIFY(scraped.contains(
            QStringLiteral("larder_job_consecutive_failures{engine=\"postgresql\",job_name=\"broken\","
                           "server=\"main\"}")));
        QVERIFY(scraped.value(QStringLiteral("larder_job_consecutive_failures{engine=\"postgresql\","
                                             "job_name=\"broken\",server=\"main\"}")) >= 1);
        QCOMPARE(scraped.value(QStringLiteral("larder_run_last_jobs{status=\"failed\"}")), 1.0);
        QCOMPARE(scraped.value(QStringLiteral("larder_run_last_jobs{status=\"success\"}")), 1.0);
        QVERIFY(scraped.value(QStringLiteral("larder_run_last_duration_seconds{}"), -1) > 0);
        QVERIFY2(served.contains("larder_build_info{version=\""), served.constData());

        process.terminate();
        QVERIFY(process.waitForFinished(kNodeExporterTimeoutMs));
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
