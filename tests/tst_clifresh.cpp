// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// `larder check --fresh` and the freshness `larder plan` shows, through the real larder binary, on a
// real history whose rows are planted through core's History with old timestamps. No server is
// contacted: the config's server is a closed port.
#include "CliRunner.h"
#include "FileTree.h"
#include "history/History.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

namespace {

constexpr int kLarderTimeoutMs = 60'000;

} // namespace

class TestCliFresh final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString configPath() const { return path(QStringLiteral("larder.toml")); }

    // app (default limit: 49 h), shop (max_age 36 hours), quiet (off), idle (disabled), all daily.
    void writeConfig(const QString& jobs)
    {
        const QString text = QStringLiteral("[defaults]\n"
                                            "dump_dir = \"%1\"\n"
                                            "history = \"%2\"\n"
                                            "schedule = \"daily at 02:30\"\n"
                                            "host = \"127.0.0.1\"\n"
                                            "port = 9\n"
                                            "\n")
                                 .arg(path(QStringLiteral("dumps")), path(QStringLiteral("history.sqlite"))) +
                             jobs;
        QVERIFY(FileTree::writeFile(configPath(), text.toUtf8()));
    }

    static QString standardJobs()
    {
        return QStringLiteral("[databases.app]\n\n"
                              "[databases.shop]\nmax_age = \"36 hours\"\n\n"
                              "[databases.quiet]\nmax_age = \"off\"\n\n"
                              "[databases.idle]\nenabled = false\n");
    }

    // One finished attempt of job that started hoursAgo hours ago.
    void plant(const QString& job, double hoursAgo, AttemptStatus status, const QString& error = QString())
    {
        auto history = History::open(path(QStringLiteral("history.sqlite")));
        QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
        HistoryRecord row;
        row.job = job;
        row.server = QStringLiteral("default");
        row.database = job;
        row.startedUtc = QDateTime::currentDateTimeUtc().addSecs(qint64(-hoursAgo * 3600));
        const auto id = (*history)->beginAttempt(row);
        QVERIFY(id);
        row.id = *id;
        row.status = status;
        row.finishedUtc = row.startedUtc.addSecs(30);
        row.error = error;
        QVERIFY((*history)->finishAttempt(row));
    }

    CliResult larder(const QStringList& arguments) const
    {
        CliRunner runner = CliRunner::hermetic(QStringLiteral(LARDER_EXECUTABLE), m_dir->path());
        return runner.run(CliRunner::withConfig(configPath(), arguments), {}, kLarderTimeoutMs);
    }

    static QString lineOf(const QString& text, const QString& start)
    {
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(start))
                return line;
        }
        return QString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-fresh-XXXXXX"));
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void checkFresh_namesTheStaleJob_thenPassesAfterAFreshSuccess()
    {
        writeConfig(standardJobs());
        plant(QStringLiteral("app"), 30, AttemptStatus::Success);  // within 49 h
        plant(QStringLiteral("shop"), 40, AttemptStatus::Success); // beyond 36 h
        plant(QStringLiteral("shop"), 20, AttemptStatus::Failed, QStringLiteral("older failure"));
        plant(QStringLiteral("shop"), 10, AttemptStatus::Failed, QStringLiteral("disk full on /srv"));
        plant(QStringLiteral("quiet"), 24 * 400, AttemptStatus::Success);
        plant(QStringLiteral("idle"), 24 * 400, AttemptStatus::Success);

        const CliResult stale = larder({QStringLiteral("check"), QStringLiteral("--fresh")});
        QVERIFY2(stale.exitCode == 1, qPrintable(stale.describe()));
        const QString out = stale.outText();
        const QString shop = lineOf(out, QStringLiteral("stale: shop: "));
        QVERIFY2(shop.contains(QLatin1String("last success 40 h")), qPrintable(stale.describe()));
        QVERIFY2(shop.contains(QLatin1String("older than 36 hours (max_age in databases.shop (larder.toml:")),
                 qPrintable(stale.describe()));
        QVERIFY2(out.contains(QLatin1String("  last error: disk full on /srv\n")),
                 qPrintable(stale.describe()));
        QVERIFY2(!out.contains(QLatin1String("older failure")), qPrintable(stale.describe()));
        for (const char* fresh : {"stale: app", "stale: quiet", "stale: idle"})
            QVERIFY2(!out.contains(QLatin1String(fresh)), qPrintable(stale.describe()));
        QVERIFY2(out.contains(QLatin1String("1 of 2 jobs stale (2 not checked")),
                 qPrintable(stale.describe()));

        plant(QStringLiteral("shop"), 0.1, AttemptStatus::Success);
        const CliResult fresh = larder({QStringLiteral("check"), QStringLiteral("--fresh")});
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.describe()));
        QVERIFY2(fresh.outText().contains(QLatin1String("all 2 jobs fresh")), qPrintable(fresh.describe()));
        QVERIFY2(!fresh.outText().contains(QLatin1String("stale:")), qPrintable(fresh.describe()));
    }

    void checkFresh_neverSucceededJob_countsFromTheConfigsLastChange()
    {
        writeConfig(QStringLiteral("[databases.fresh]\n"));
        const CliResult young = larder({QStringLiteral("check"), QStringLiteral("--fresh")});
        QVERIFY2(young.exitCode == 0, qPrintable(young.describe()));

        QFile config(configPath());
        QVERIFY(config.open(QIODevice::ReadWrite));
        QVERIFY(config.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3),
                                   QFileDevice::FileModificationTime));
        config.close();
        const CliResult old = larder({QStringLiteral("check"), QStringLiteral("--fresh")});
        QVERIFY2(old.exitCode == 1, qPrintable(old.describe()));
        QVERIFY2(old.outText().contains(QLatin1String("stale: fresh: no successful dump")),
                 qPrintable(old.describe()));
    }

    void check_withoutFresh_ignoresStaleness()
    {
        writeConfig(standardJobs());
        plant(QStringLiteral("shop"), 24 * 30, AttemptStatus::Success);
        const CliResult result = larder({QStringLiteral("check")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY2(!result.outText().contains(QLatin1String("stale")), qPrintable(result.describe()));
    }

    void plan_marksStaleJobs_inTableJsonAndExplain()
    {
        writeConfig(standardJobs());
        plant(QStringLiteral("app"), 1, AttemptStatus::Success);
        plant(QStringLiteral("shop"), 40, AttemptStatus::Success);

        const CliResult table = larder({QStringLiteral("plan")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY2(lineOf(table.outText(), QStringLiteral("shop ")).contains(QLatin1String("(stale)")),
                 qPrintable(table.describe()));
        QVERIFY2(!lineOf(table.outText(), QStringLiteral("app ")).contains(QLatin1String("stale")),
                 qPrintable(table.describe()));

        const CliResult json = larder({QStringLiteral("plan"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        QHash<QString, QJsonObject> jobs;
        for (const QJsonValue& job :
             QJsonDocument::fromJson(json.out).object().value(QStringLiteral("jobs")).toArray())
            jobs.insert(job[QStringLiteral("job")].toString(), job.toObject());
        QCOMPARE(jobs.value(QStringLiteral("shop")).value(QStringLiteral("stale")).toBool(), true);
        QCOMPARE(jobs.value(QStringLiteral("shop")).value(QStringLiteral("max_age")).toInteger(), 36 * 3600);
        QCOMPARE(jobs.value(QStringLiteral("app")).value(QStringLiteral("stale")).toBool(), false);
        QCOMPARE(jobs.value(QStringLiteral("app")).value(QStringLiteral("max_age")).toInteger(), 49 * 3600);
        QCOMPARE(jobs.value(QStringLiteral("quiet")).value(QStringLiteral("max_age")).toInteger(), 0);

        const CliResult shop =
            larder({QStringLiteral("plan"), QStringLiteral("--explain"), QStringLiteral("shop")});
        const QString shopRow = lineOf(shop.outText(), QStringLiteral("max_age "));
        QVERIFY2(shopRow.contains(QLatin1String("36 hours")) &&
                     shopRow.contains(QLatin1String("databases.shop (larder.toml:")),
                 qPrintable(shop.describe()));
        const CliResult app =
            larder({QStringLiteral("plan"), QStringLiteral("--explain"), QStringLiteral("app")});
        QVERIFY2(lineOf(app.outText(), QStringLiteral("max_age "))
                     .contains(QStringLiteral("49 hours (default: 2 × every day at 02:30 + 1 hour)")),
                 qPrintable(app.describe()));
    }

    void config_negativeMaxAge_isAConfigError()
    {
        writeConfig(QStringLiteral("[databases.app]\nmax_age = \"-5 hours\"\n"));
        const CliResult result = larder({QStringLiteral("check"), QStringLiteral("--fresh")});
        QVERIFY2(result.exitCode == 78, qPrintable(result.describe()));
        QVERIFY2(result.errText().contains(QLatin1String("larder.toml:9:11: databases.app.max_age: ")),
                 qPrintable(result.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliFresh)
#include "tst_clifresh.moc"
