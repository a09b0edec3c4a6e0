// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Notifications end to end (issue 15): the real larder binary dumps a real cluster with [notify.NAME]
// sections pointing at a real HTTP server on loopback (support/HttpTestServer). The webhook's bodies
// and headers, a retry after a 500, ping's /start and success urls, a hanging service that fails after
// its attempts, logged by `larder run` and recorded in history, without a token in any output, while
// the dumps never waited for it. And a stale job is told at the end of a run that dumps nothing, once.
#include "BackupFixture.h"
#include "CliRunner.h"
#include "FileTree.h"
#include "HttpTestServer.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "history/History.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace larder;

namespace {

constexpr int kLarderTimeoutMs = 120'000;

QJsonObject bodyOf(const HttpTestRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// The requests whose JSON body has this event and job.
QList<HttpTestRequest> withEvent(const QList<HttpTestRequest>& requests, const QString& event,
                                 const QString& job)
{
    QList<HttpTestRequest> matching;
    for (const HttpTestRequest& request : requests) {
        const QJsonObject body = bodyOf(request);
        if (body.value(QStringLiteral("event")).toString() == event &&
            body.value(QStringLiteral("job")).toString() == job)
            matching.append(request);
    }
    return matching;
}

const NotificationRecord* recordOf(const QList<NotificationRecord>& records, const QString& notify,
                                   const QString& event, const QString& job)
{
    for (const NotificationRecord& record : records) {
        if (record.notify == notify && record.event == event && record.job == job)
            return &record;
    }
    return nullptr;
}

} // namespace

class TestCliNotify final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    CliResult larder(const QStringList& arguments) const
    {
        CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
        runner.setEnvironment(CliRunner::hermeticEnvironment(m_dir->path(), path(QStringLiteral("pgpass"))));
        runner.setWorkingDirectory(m_dir->path());
        return runner.run(
            QStringList{arguments.value(0), QStringLiteral("--config"), path(QStringLiteral("larder.toml"))} +
                arguments.mid(1),
            {}, kLarderTimeoutMs);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-notify-XXXXXX"));
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void run_sendsWebhookAndPing_retries_andNeverWaitsForAHangingService()
    {
        auto cluster = PgCluster::start();
        QVERIFY_RESULT(cluster);
        const QString password = QStringLiteral("notify-secret");
        QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
            **cluster, QStringLiteral("backup"), password,
            {{QStringLiteral("app"), BackupFixture::filledTableSql(QStringLiteral("t"), 100)}}));
        QVERIFY_RESULT(BackupFixture::writePassFile(path(QStringLiteral("pgpass")), **cluster,
                                                    QStringLiteral("backup"), password));
        HttpTestServer server;
        QVERIFY(server.listen());
        server.failNext("/hook/s3cr3t-path", 1, 500); // the first request (app's start) is retried
        server.hang("/dead");

        // app dumps; broken names a database that does not exist and fails. Same server, one at a time.
        const QString config =
            BackupFixture::configHead(path(QStringLiteral("dumps")), path(QStringLiteral("history.sqlite")),
                                      QStringLiteral("manual"), (*cluster)->port(),
                                      QStringLiteral("backup")) +
            QStringLiteral(
                "\n[databases.app]\nserver = \"main\"\n"
                "\n[databases.broken]\nserver = \"main\"\ndbname = \"no_such_database\"\n"
                "\n[notify.hook]\nurl = \"%1\"\non = [\"start\", \"success\", \"failure\"]\n"
                "headers = { Authorization = \"Bearer s3cr3t-header\" }\n"
                "\n[notify.hc]\nkind = \"ping\"\nurl = \"%2\"\non = [\"start\", \"success\", \"failure\"]\n"
                "jobs = [\"app\"]\n"
                "\n[notify.dead]\nurl = \"%3\"\ntimeout = 1\non = [\"success\"]\n")
                .arg(server.url(QStringLiteral("/hook/s3cr3t-path")), server.url(QStringLiteral("/hc/uuid")),
                     server.url(QStringLiteral("/dead")));
        QVERIFY(FileTree::writeFile(path(QStringLiteral("larder.toml")), config.toUtf8()));

        QElapsedTimer clock;
        clock.start();
        const CliResult run =
            larder({QStringLiteral("run"), QStringLiteral("--all"), QStringLiteral("--plain")});
        const qint64 runMs = clock.elapsed();
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe())); // broken failed; app did not
        QVERIFY2(run.errText().contains(QLatin1String("app (server main): done")) ||
                     run.outText().contains(QLatin1String("app (server main): done")),
                 qPrintable(run.describe()));

        // The webhook: start and end of both jobs, the start of app twice (500, then 200).
        const QList<HttpTestRequest> hook = server.requests("/hook/s3cr3t-path");
        QCOMPARE(hook.size(), 5);
        for (const HttpTestRequest& request : hook) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer s3cr3t-header"));
            QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
            QCOMPARE(bodyOf(request).value(QStringLiteral("version")).toInt(), 1);
        }
        const QList<HttpTestRequest> appStart =
            withEvent(hook, QStringLiteral("start"), QStringLiteral("app"));
        QCOMPARE(appStart.size(), 2);
        QVERIFY(appStart.at(1).receivedMs - appStart.at(0).receivedMs >= 900); // the backoff
        QCOMPARE(appStart.at(0).body, appStart.at(1).body);
        QCOMPARE(withEvent(hook, QStringLiteral("start"), QStringLiteral("broken")).size(), 1);

        const QList<HttpTestRequest> appDone =
            withEvent(hook, QStringLiteral("success"), QStringLiteral("app"));
        QCOMPARE(appDone.size(), 1);
        const QJsonObject success = bodyOf(appDone.constFirst());
        QCOMPARE(success.value(QStringLiteral("server")).toString(), QStringLiteral("main"));
        QCOMPARE(success.value(QStringLiteral("engine")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(success.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QVERIFY(success.value(QStringLiteral("size")).toInteger() > 0);
        QVERIFY(QFileInfo::exists(success.value(QStringLiteral("path")).toString()));
        QCOMPARE(success.value(QStringLiteral("sha256")).toString().size(), 64);
        QVERIFY(success.value(QStringLiteral("error")).isNull());
        QVERIFY(!success.value(QStringLiteral("host")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(success.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(QDateTime::fromString(success.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs)
                    .isValid());

        const QList<HttpTestRequest> brokenDone =
            withEvent(hook, QStringLiteral("failure"), QStringLiteral("broken"));
        QCOMPARE(brokenDone.size(), 1);
        const QJsonObject failure = bodyOf(brokenDone.constFirst());
        QCOMPARE(failure.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(
            failure.value(QStringLiteral("error")).toString().contains(QLatin1String("no_such_database")),
            brokenDone.constFirst().body.constData());

        // ping: app only (its jobs filter), GETs to url/start and url.
        QCOMPARE(server.requests("/hc/uuid/start").size(), 1);
        QCOMPARE(server.requests("/hc/uuid").size(), 1);
        QCOMPARE(server.requests("/hc/uuid/start").constFirst().method, QByteArray("GET"));
        QCOMPARE(server.requests("/hc/uuid/fail").size(), 0);

        // The hanging service: every attempt, then a warning line, with no token anywhere.
        QCOMPARE(server.requests("/dead").size(), 3);
        const QString output = run.outText() + run.errText();
        // The plural words may be translated (larder_en.ts); the numbers and the rest are not.
        const QString warning = QStringLiteral("WARNING: notification dead (webhook, http://127.0.0.1:%1/…) "
                                               "about success of app failed after 3 attempt")
                                    .arg(server.port());
        QVERIFY2(output.contains(warning), qPrintable(run.describe()));
        QVERIFY2(output.contains(QLatin1String("no answer within 1 second")), qPrintable(run.describe()));
        QVERIFY2(!output.contains(QLatin1String("s3cr3t")), qPrintable(run.describe()));

        // History: each delivery.
        auto history = History::open(path(QStringLiteral("history.sqlite")));
        QVERIFY_RESULT(history);
        const auto records = (*history)->notifications(0);
        QVERIFY_RESULT(records);
        QCOMPARE(records->size(), 7); // hook 4, hc 2, dead 1
        const NotificationRecord* retried =
            recordOf(*records, QStringLiteral("hook"), QStringLiteral("start"), QStringLiteral("app"));
        QVERIFY(retried);
        QVERIFY(retried->delivered);
        QCOMPARE(retried->attempts, 2);
        QCOMPARE(retried->httpStatus, 200);
        const NotificationRecord* dead =
            recordOf(*records, QStringLiteral("dead"), QStringLiteral("success"), QStringLiteral("app"));
        QVERIFY(dead);
        QVERIFY(!dead->delivered);
        QCOMPARE(dead->attempts, 3);
        QVERIFY2(dead->error.startsWith(QLatin1String("no answer within 1 second")), qPrintable(dead->error));
        QVERIFY(recordOf(*records, QStringLiteral("hc"), QStringLiteral("success"), QStringLiteral("app"))
                    ->delivered);

        // `larder history --notifications` lists them.
        const CliResult listed =
            larder({QStringLiteral("history"), QStringLiteral("--notifications"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonArray deliveries = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(deliveries.size(), 7);
        QCOMPARE(std::count_if(deliveries.cbegin(), deliveries.cend(),
                               [](const QJsonValue& v) {
                                   return !v.toObject().value(QStringLiteral("delivered")).toBool();
                               }),
                 1);
        const CliResult table = larder({QStringLiteral("history"), QStringLiteral("--notifications")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY2(table.outText().contains(QLatin1String("no answer within 1 second")),
                 qPrintable(table.describe()));

        // The dumps never waited: broken started right after app ended, while the dead service still
        // had attempts (1 s + 1 s backoff + 1 s + 4 s backoff + 1 s) ahead; the run waited at its end.
        const auto app = (*history)->attempts(QStringLiteral("app"), 1);
        const auto broken = (*history)->attempts(QStringLiteral("broken"), 1);
        QVERIFY_RESULT(app);
        QVERIFY_RESULT(broken);
        const qint64 gapMs = app->constFirst().finishedUtc.msecsTo(broken->constFirst().startedUtc);
        QVERIFY2(gapMs < 2000, qPrintable(QString::number(gapMs)));
        QVERIFY2(runMs >= 7000, qPrintable(QString::number(runMs)));
    }

    void staleJob_isNotifiedAtTheEndOfARun()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        // No server is reached: nothing is due (manual), and the job's last success is old.
        const QString config = BackupFixture::staleAppConfig(path(QStringLiteral("dumps")),
                                                             path(QStringLiteral("history.sqlite"))) +
                               QStringLiteral("\n[notify.hook]\nurl = \"%1\"\non = [\"stale\"]\n")
                                   .arg(server.url(QStringLiteral("/hook")));
        QVERIFY(FileTree::writeFile(path(QStringLiteral("larder.toml")), config.toUtf8()));
        {
            QVERIFY_RESULT(BackupFixture::recordPastSuccess(path(QStringLiteral("history.sqlite")),
                                                            QStringLiteral("app"), 3 * 3600));
        }
        const CliResult run = larder({QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QList<HttpTestRequest> hook = server.requests("/hook");
        QCOMPARE(hook.size(), 1);
        const QJsonObject body = bodyOf(hook.constFirst());
        QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("stale"));
        QCOMPARE(body.value(QStringLiteral("job")).toString(), QStringLiteral("app"));
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("stale"));
        QVERIFY2(body.value(QStringLiteral("error")).toString().contains(QLatin1String("1 hour")),
                 hook.constFirst().body.constData());

        // cron's next run: still stale, but no longer news.
        const CliResult again = larder({QStringLiteral("run")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(server.requests("/hook").size(), 1);
    }

    void deliveryError_isStoredNeutral_andShownInTheReadersLanguage()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.hang("/dead");
        const QString config =
            BackupFixture::staleAppConfig(path(QStringLiteral("dumps")),
                                          path(QStringLiteral("history.sqlite"))) +
            QStringLiteral("\n[notify.dead]\nurl = \"%1\"\non = [\"stale\"]\ntimeout = 1\n")
                .arg(server.url(QStringLiteral("/dead")));
        QVERIFY(FileTree::writeFile(path(QStringLiteral("larder.toml")), config.toUtf8()));
        {
            QVERIFY_RESULT(BackupFixture::recordPastSuccess(path(QStringLiteral("history.sqlite")),
                                                            QStringLiteral("app"), 3 * 3600));
        }
        // The run writes the error in English (C locale); each reader sees it in their own language.
        const CliResult run = larder({QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(server.requests("/dead").size(), 3);

        const CliResult english = larder({QStringLiteral("history"), QStringLiteral("--notifications")});
        QVERIFY2(english.exitCode == 0, qPrintable(english.describe()));
        QVERIFY2(english.outText().contains(QLatin1String("no answer within 1 second")),
                 qPrintable(english.describe()));

        CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
        QProcessEnvironment german = CliRunner::hermeticEnvironment(m_dir->path());
        german.remove(QStringLiteral("LC_ALL"));
        german.remove(QStringLiteral("LANGUAGE"));
        german.remove(QStringLiteral("LC_MESSAGES"));
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        runner.setEnvironment(german);
        runner.setWorkingDirectory(m_dir->path());
        const CliResult shown =
            runner.run(CliRunner::withConfig(path(QStringLiteral("larder.toml")),
                                             {QStringLiteral("history"), QStringLiteral("--notifications")}));
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        QVERIFY2(shown.outText().contains(QLatin1String("keine Antwort innerhalb von 1 Sekunde")),
                 qPrintable(shown.describe()));
        QVERIFY2(!shown.outText().contains(QLatin1String("no answer")), qPrintable(shown.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliNotify)
#include "tst_clinotify.moc"
