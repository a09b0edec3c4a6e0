// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The Prometheus text of `larder metrics` and metrics_file: label escaping, and each metric's value
// as read from a real history (core's History, rows planted with chosen times) and a config loaded
// from text.
#include "ResultAssert.h"
#include "config/toml/ConfigLoader.h"
#include "history/History.h"
#include "metrics/MetricsFile.h"
#include "metrics/MetricsSnapshot.h"
#include "metrics/MetricsText.h"
#include "plan/Planner.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace larder;

namespace {

// Whole seconds, so that the expected Unix times are exact.
QDateTime hoursAgo(double hours)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(now - qint64(hours * 3600), Qt::UTC);
}

QString unix(const QDateTime& utc)
{
    return QString::number(utc.toSecsSinceEpoch());
}

} // namespace

class TstMetricsText final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;

    QString historyPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    // app: daily (limit 49 h); shop: max_age 1 hour; idle: disabled. All on the implicit server.
    Config config() const
    {
        const QString text = QStringLiteral("[defaults]\n"
                                            "host = \"127.0.0.1\"\n"
                                            "port = 9\n"
                                            "schedule = \"daily\"\n"
                                            "history = \"%1\"\n"
                                            "metrics_file = \"larder.prom\"\n\n"
                                            "[databases.app]\n\n"
                                            "[databases.shop]\nmax_age = \"1 hour\"\n\n"
                                            "[databases.idle]\nenabled = false\n")
                                 .arg(historyPath());
        const ConfigLoader::LoadResult loaded =
            ConfigLoader::loadString(text, m_dir->filePath(QStringLiteral("larder.toml")), m_dir->path());
        if (!loaded)
            qFatal("config does not load: %s", qPrintable(loaded.error().constFirst().message));
        return *loaded;
    }

    void plant(const QString& job, const QDateTime& started, qint64 ms, AttemptStatus status,
               const QString& server = QStringLiteral("default"), qint64 bytes = 0,
               const QString& warning = QString(), qint64 pid = 0)
    {
        HistoryRecord row;
        row.job = job;
        row.server = server;
        row.database = job;
        row.startedUtc = started;
        row.pid = pid; // 0: this process's
        const Result<qint64> id = m_history->beginAttempt(row);
        QVERIFY_RESULT(id);
        row.id = *id;
        row.status = status == AttemptStatus::Pruned ? AttemptStatus::Success : status;
        row.finishedUtc = started.addMSecs(ms);
        row.bytes = bytes;
        row.warning = warning;
        QVERIFY_RESULT(m_history->finishAttempt(row));
        if (status == AttemptStatus::Pruned)
            QVERIFY_RESULT(m_history->markPruned(row.id));
    }

    QStringList render()
    {
        const Result<MetricsSnapshot> snapshot =
            MetricsSnapshot::read(config(), m_history.get(), QDateTime::currentDateTimeUtc());
        if (!snapshot)
            qFatal("%s", qPrintable(snapshot.error().message));
        return QString::fromUtf8(MetricsText::render(*snapshot)).split(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7-test")); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = History::open(historyPath());
        QVERIFY_RESULT(opened);
        m_history = std::move(*opened);
    }

    void cleanup()
    {
        m_history.reset();
        m_dir.reset();
    }

    void escapeLabelValue_escapesBackslashQuoteAndLineFeed_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("main.app_1") << QStringLiteral("main.app_1");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("say \\\"hi\\\"");
        QTest::newRow("line feed") << QStringLiteral("one\ntwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("all, in order") << QStringLiteral("\\\"\n") << QStringLiteral("\\\\\\\"\\n");
        QTest::newRow("utf-8 kept") << QStringLiteral("caf\u00e9") << QStringLiteral("caf\u00e9");
    }

    void escapeLabelValue_escapesBackslashQuoteAndLineFeed()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(MetricsText::escapeLabelValue(value), escaped);
    }

    void render_escapesEveryLabelOfEverySample()
    {
        MetricsSnapshot snapshot;
        MetricsSnapshot::Job job;
        job.name = QStringLiteral("we\"ird\\job\nx");
        job.server = QStringLiteral("s\"1");
        job.engine = QStringLiteral("postgresql");
        job.lastSuccessUtc = hoursAgo(1);
        job.lastAttemptUtc = job.lastSuccessUtc;
        snapshot.jobs.append(job);
        const QString text = QString::fromUtf8(MetricsText::render(snapshot));
        const QString labels =
            QStringLiteral("{job_name=\"we\\\"ird\\\\job\\nx\",server=\"s\\\"1\",engine=\"postgresql\"}");
        QVERIFY2(text.contains(QStringLiteral("larder_job_stale") + labels + QStringLiteral(" 0\n")),
                 qPrintable(text));
        // Every sample line is one line: the raw line feed of the name never reaches the text.
        for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QVERIFY2(line.startsWith(QLatin1String("# HELP larder_")) ||
                         line.startsWith(QLatin1String("# TYPE larder_")) ||
                         line.startsWith(QLatin1String("larder_")),
                     qPrintable(line));
        }
        QVERIFY2(
            text.contains(QStringLiteral("larder_job_attempts_total{job_name=\"we\\\"ird\\\\job\\nx\","
                                         "server=\"s\\\"1\",engine=\"postgresql\",status=\"failed\"} 0\n")),
            qPrintable(text));
    }

    void render_givesEachJobsValuesFromHistory()
    {
        const QDateTime appSuccess = hoursAgo(3);
        const QDateTime appFailure = hoursAgo(1);
        const QDateTime shopSuccess = hoursAgo(5);
        const QDateTime goneSuccess = hoursAgo(2);
        plant(QStringLiteral("app"), appSuccess, 90'500, AttemptStatus::Success, QStringLiteral("default"),
              1234, QStringLiteral("dump is small"));
        plant(QStringLiteral("app"), appFailure, 2'000, AttemptStatus::Failed);
        plant(QStringLiteral("shop"), hoursAgo(10), 1'000, AttemptStatus::Pruned, QStringLiteral("default"),
              10);
        plant(QStringLiteral("shop"), shopSuccess, 1'000, AttemptStatus::Success, QStringLiteral("default"),
              20);
        plant(QStringLiteral("shop"), hoursAgo(4), 500, AttemptStatus::Cancelled);
        // A job only history knows, on a server the config no longer has.
        plant(QStringLiteral("gone"), goneSuccess, 1'000, AttemptStatus::Success, QStringLiteral("old"), 7);

        const QStringList lines = render();
        const QString app = QStringLiteral("{job_name=\"app\",server=\"default\",engine=\"postgresql\"}");
        const QString shop = QStringLiteral("{job_name=\"shop\",server=\"default\",engine=\"postgresql\"}");
        const QString idle = QStringLiteral("{job_name=\"idle\",server=\"default\",engine=\"postgresql\"}");
        const QString gone = QStringLiteral("{job_name=\"gone\",server=\"old\",engine=\"\"}");
        const auto has = [&lines](const QString& line) {
            return lines.contains(line) ? true
                                        : (qWarning().noquote() << lines.join(QLatin1Char('\n')), false);
        };
        QVERIFY(
            has(QStringLiteral("larder_job_last_success_timestamp_seconds") + app + u' ' + unix(appSuccess)));
        QVERIFY(has(QStringLiteral("larder_job_last_dump_size_bytes") + app + QStringLiteral(" 1234")));
        QVERIFY(
            has(QStringLiteral("larder_job_last_dump_duration_seconds") + app + QStringLiteral(" 90.500")));
        QVERIFY(has(QStringLiteral("larder_job_last_dump_warning") + app + QStringLiteral(" 1")));
        QVERIFY(
            has(QStringLiteral("larder_job_last_attempt_timestamp_seconds") + app + u' ' + unix(appFailure)));
        QVERIFY(has(QStringLiteral("larder_job_last_attempt_success") + app + QStringLiteral(" 0")));
        QVERIFY(has(QStringLiteral("larder_job_consecutive_failures") + app + QStringLiteral(" 1")));
        QVERIFY(has(QStringLiteral("larder_job_stale") + app + QStringLiteral(" 0")));
        QVERIFY(has(QStringLiteral("larder_job_max_age_seconds") + app + u' ' +
                    QString::number(2 * 86400 + 3600)));
        QVERIFY(has(QStringLiteral("larder_job_attempts_total{job_name=\"app\",server=\"default\","
                                   "engine=\"postgresql\",status=\"success\"} 1")));
        QVERIFY(has(QStringLiteral("larder_job_attempts_total{job_name=\"app\",server=\"default\","
                                   "engine=\"postgresql\",status=\"failed\"} 1")));

        // shop: older than its max_age; its pruned dump still counts as a success; a cancelled attempt
        // after the success is its newest attempt.
        QVERIFY(has(QStringLiteral("larder_job_stale") + shop + QStringLiteral(" 1")));
        QVERIFY(has(QStringLiteral("larder_job_max_age_seconds") + shop + QStringLiteral(" 3600")));
        QVERIFY(has(QStringLiteral("larder_job_last_success_timestamp_seconds") + shop + u' ' +
                    unix(shopSuccess)));
        QVERIFY(has(QStringLiteral("larder_job_last_dump_size_bytes") + shop + QStringLiteral(" 20")));
        QVERIFY(has(QStringLiteral("larder_job_last_dump_warning") + shop + QStringLiteral(" 0")));
        QVERIFY(has(QStringLiteral("larder_job_last_attempt_success") + shop + QStringLiteral(" 0")));
        QVERIFY(has(QStringLiteral("larder_job_consecutive_failures") + shop + QStringLiteral(" 0")));
        QVERIFY(has(QStringLiteral("larder_job_attempts_total{job_name=\"shop\",server=\"default\","
                                   "engine=\"postgresql\",status=\"success\"} 2")));
        QVERIFY(has(QStringLiteral("larder_job_attempts_total{job_name=\"shop\",server=\"default\","
                                   "engine=\"postgresql\",status=\"cancelled\"} 1")));

        // idle: never dumped, disabled: not checked, and no sample of what it never had.
        QVERIFY(has(QStringLiteral("larder_job_stale") + idle + QStringLiteral(" 0")));
        QVERIFY(has(QStringLiteral("larder_job_max_age_seconds") + idle + QStringLiteral(" 0")));
        for (const QString& line : lines)
            QVERIFY2(!(line.contains(idle) && line.startsWith(QLatin1String("larder_job_last_"))),
                     qPrintable(line));

        // gone: from history alone, freshness not judged.
        QVERIFY(has(QStringLiteral("larder_job_last_success_timestamp_seconds") + gone + u' ' +
                    unix(goneSuccess)));
        QVERIFY(has(QStringLiteral("larder_job_stale") + gone + QStringLiteral(" 0")));
        QVERIFY(has(QStringLiteral("larder_job_max_age_seconds") + gone + QStringLiteral(" 0")));

        QVERIFY(has(QStringLiteral("larder_job_consecutive_failures") + idle + QStringLiteral(" 0")));
        QVERIFY(has(QStringLiteral("larder_job_consecutive_failures") + gone + QStringLiteral(" 0")));

        QVERIFY(has(QStringLiteral("larder_last_attempt_timestamp_seconds ") + unix(appFailure)));
        QVERIFY(has(QStringLiteral("larder_build_info{version=\"9.8.7-test\"} 1")));
        QVERIFY(has(QStringLiteral("# TYPE larder_job_attempts_total counter")));
        QVERIFY(has(QStringLiteral("# TYPE larder_job_stale gauge")));

        // Jobs by name within each metric, and the same bytes when read again.
        const auto staleLines = lines.filter(QRegularExpression(QStringLiteral("^larder_job_stale\\{")));
        QCOMPARE(staleLines.size(), 4);
        QVERIFY2(staleLines.at(0).contains(QLatin1String("\"app\"")) &&
                     staleLines.at(1).contains(QLatin1String("\"gone\"")) &&
                     staleLines.at(2).contains(QLatin1String("\"idle\"")) &&
                     staleLines.at(3).contains(QLatin1String("\"shop\"")),
                 qPrintable(staleLines.join(QLatin1Char('\n'))));
        QCOMPARE(render(), lines);
    }

    // The retry backoff's count: failed attempts since the newest success; an interrupted or cancelled
    // one neither counts nor ends the streak. The same number the planner gets.
    void render_consecutiveFailures_areThePlannersFailuresSinceTheNewestSuccess()
    {
        plant(QStringLiteral("app"), hoursAgo(9), 1'000, AttemptStatus::Failed);
        plant(QStringLiteral("app"), hoursAgo(8), 1'000, AttemptStatus::Success);
        plant(QStringLiteral("app"), hoursAgo(7), 1'000, AttemptStatus::Failed);
        plant(QStringLiteral("app"), hoursAgo(6), 1'000, AttemptStatus::Interrupted);
        plant(QStringLiteral("app"), hoursAgo(5), 1'000, AttemptStatus::Failed);
        plant(QStringLiteral("app"), hoursAgo(4), 1'000, AttemptStatus::Cancelled);
        plant(QStringLiteral("gone"), hoursAgo(3), 1'000, AttemptStatus::Failed, QStringLiteral("old"));

        const QStringList lines = render();
        QVERIFY2(lines.contains(QStringLiteral("larder_job_consecutive_failures{job_name=\"app\","
                                               "server=\"default\",engine=\"postgresql\"} 2")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.contains(QStringLiteral(
                     "larder_job_consecutive_failures{job_name=\"gone\",server=\"old\",engine=\"\"} 1")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        const Result<PlanHistory> records = m_history->planHistory();
        QVERIFY_RESULT(records);
        for (const PlannedJob& entry :
             Planner::plan(config(), *records, QDateTime::currentDateTimeUtc(), QTimeZone::utc())) {
            if (entry.job.name == QLatin1String("app"))
                QCOMPARE(entry.failures, 2);
        }
    }

    // History records attempts, not runs: the last run is the newest finished attempt's process's
    // attempts after any other process's. An earlier process with the same pid is not part of it, nor
    // is an attempt still running.
    void render_lastRun_isTheNewestProcesssAttempts()
    {
        const QDateTime start = hoursAgo(2);
        plant(QStringLiteral("app"), hoursAgo(30), 1'000, AttemptStatus::Failed, QStringLiteral("default"), 0,
              QString(), 500); // the same pid, long ago
        plant(QStringLiteral("app"), hoursAgo(26), 1'000, AttemptStatus::Success, QStringLiteral("default"),
              9, QString(), 400);
        plant(QStringLiteral("shop"), hoursAgo(25), 1'000, AttemptStatus::Failed, QStringLiteral("default"),
              0, QString(), 400);
        plant(QStringLiteral("app"), start, 4'000, AttemptStatus::Success, QStringLiteral("default"), 5,
              QStringLiteral("dump is small"), 500);
        plant(QStringLiteral("shop"), start.addSecs(1), 2'000, AttemptStatus::Failed,
              QStringLiteral("default"), 0, QString(), 500);
        plant(QStringLiteral("idle"), start.addSecs(2), 60'250, AttemptStatus::Cancelled,
              QStringLiteral("default"), 0, QString(), 500);
        HistoryRecord running;
        running.job = QStringLiteral("gone");
        running.server = QStringLiteral("old");
        running.database = running.job;
        running.startedUtc = start.addSecs(3);
        running.pid = 600;
        QVERIFY_RESULT(m_history->beginAttempt(running));

        const QStringList lines = render();
        const auto has = [&lines](const QString& line) {
            return lines.contains(line) ? true
                                        : (qWarning().noquote() << lines.join(QLatin1Char('\n')), false);
        };
        QVERIFY(has(QStringLiteral("larder_run_last_duration_seconds 62.250")));
        QVERIFY(has(QStringLiteral("larder_run_last_jobs{status=\"success\"} 1")));
        QVERIFY(has(QStringLiteral("larder_run_last_jobs{status=\"failed\"} 1")));
        QVERIFY(has(QStringLiteral("larder_run_last_jobs{status=\"interrupted\"} 0")));
        QVERIFY(has(QStringLiteral("larder_run_last_jobs{status=\"cancelled\"} 1")));
        QVERIFY(has(QStringLiteral("larder_run_last_warnings 1")));
        QVERIFY(has(QStringLiteral("# TYPE larder_run_last_jobs gauge")));
    }

    // What node_exporter reads: the whole text, readable by its own user, whatever a killed run left.
    void metricsFile_replacesTheFileWhole_readableByOthers()
    {
        const Config settings = config();
        QCOMPARE(settings.metricsFile, m_dir->filePath(QStringLiteral("larder.prom")));
        QFile stale(settings.metricsFile);
        QVERIFY(stale.open(QIODevice::WriteOnly) && stale.write("old text, longer than nothing\n") > 0);
        stale.close();
        QFile leftover(settings.metricsFile + QStringLiteral(".partial"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        QVERIFY(leftover.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        plant(QStringLiteral("app"), hoursAgo(1), 1'000, AttemptStatus::Success, QStringLiteral("default"),
              5);

        QVERIFY_RESULT(MetricsFile::write(settings, *m_history, QDateTime::currentDateTimeUtc()));
        QFile written(settings.metricsFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()).split(QLatin1Char('\n')), render());
        QVERIFY(!QFileInfo::exists(leftover.fileName()));
        QCOMPARE(QFileInfo(settings.metricsFile).permissions() & (QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions(QFile::ReadOther));
    }

    void read_withoutHistory_listsTheConfigsJobsWithoutNumbers()
    {
        const Result<MetricsSnapshot> snapshot =
            MetricsSnapshot::read(config(), nullptr, QDateTime::currentDateTimeUtc());
        QVERIFY_RESULT(snapshot);
        QCOMPARE(snapshot->jobs.size(), 3);
        QVERIFY(!snapshot->lastAttemptUtc.isValid());
        const QString text = QString::fromUtf8(MetricsText::render(*snapshot));
        QVERIFY2(!text.contains(QLatin1String("\nlarder_last_attempt_timestamp_seconds ")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("\nlarder_run_last_")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\nlarder_build_info{version=\"9.8.7-test\"} 1\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("larder_job_attempts_total{job_name=\"app\",server=\"default\","
                                             "engine=\"postgresql\",status=\"success\"} 0\n")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TstMetricsText)
#include "tst_metricstext.moc"
