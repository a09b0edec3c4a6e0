// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// End to end, issue 10: restores and test-restores touch nothing but their own target. The real
// larder binary against two throwaway clusters: "one" holds the source database app, "two" serves as
// a separate restore server. Both are reached over their private unix sockets as the superuser, so
// that a restore could do all the damage a superuser can, and must not.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "TestFiles.h"
#include "engine/DumpFinalizer.h"
#include "history/History.h"
#include "history/RunLock.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace larder;
using TestFiles::writePrivateFile;

namespace {

constexpr int kLarderTimeoutMs = 120'000;

} // namespace

class tst_RestoreSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void verifyRestoreWithoutNames_leavesTheRestoreServersRolesAlone();
    void restoreAndVerifyRestore_takeTheRunLock();
    void plainCleanCreateDump_neverTouchesTheSource();
    void history_showsEachDumpsLatestTestRestore();

private:
    CliResult larder(const QStringList& arguments) const;
    // restoreServer: empty for the job's own server.
    void writeConfig(const QString& restoreServer, const QString& testRestore, bool globals);
    QString roles(const PgCluster& cluster) const;
    QString databases(const PgCluster& cluster) const;
    QString afterDumpRows() const;
    // `larder history app` as rows of the table, each cell by the header's column.
    QList<QHash<QString, QString>> historyTable(const QStringList& columns);
    QJsonArray historyJson();

    std::unique_ptr<PgCluster> m_one;
    std::unique_ptr<PgCluster> m_two;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_dumpDir;
    QString m_history;
};

void tst_RestoreSafety::initTestCase()
{
    QVERIFY_RESULT(PgCluster::startEach({&m_one, &m_two}));
    // A role of the source's cluster with a password: what a replayed globals dump would bring along.
    QVERIFY(m_one->createRole(QStringLiteral("victim"), QStringLiteral("OldPassword-1")));
    QVERIFY_RESULT(BackupFixture::createOwnedDatabase(
        *m_one, QStringLiteral("app"), m_one->superuser(),
        QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, note text);\n"
                       "INSERT INTO items SELECT g, md5(g::text) FROM generate_series(1, 500) g;\n")));
}

void tst_RestoreSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-safety-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
    m_history = m_dir->filePath(QStringLiteral("history.sqlite"));
}

void tst_RestoreSafety::cleanup()
{
    (void)m_one->execute(QStringLiteral("app"), QStringLiteral("DELETE FROM items WHERE id > 500"));
    m_dir.reset();
}

CliResult tst_RestoreSafety::larder(const QStringList& arguments) const
{
    return CliRunner::hermetic(QStringLiteral(LARDER_EXECUTABLE), m_dir->path(),
                               m_dir->filePath(QStringLiteral("pgpass")))
        .run(CliRunner::withConfig(m_config, arguments), {}, kLarderTimeoutMs);
}

void tst_RestoreSafety::writeConfig(const QString& restoreServer, const QString& testRestore, bool globals)
{
    QString text = QStringLiteral("[defaults]\n"
                                  "dump_dir = \"%1\"\n"
                                  "history = \"%2\"\n"
                                  "schedule = \"manual\"\n"
                                  "format = \"plain\"\n"
                                  "compression = 0\n"
                                  "\n"
                                  "[servers.one]\n"
                                  "host = \"%3\"\n"
                                  "port = %4\n"
                                  "user = \"postgres\"\n"
                                  "dump_globals = %5\n"
                                  "\n"
                                  "[servers.two]\n"
                                  "host = \"%6\"\n"
                                  "port = %7\n"
                                  "user = \"postgres\"\n"
                                  "\n"
                                  "[databases.app]\n"
                                  "server = \"one\"\n"
                                  "test_restore = \"%8\"\n")
                       .arg(m_dumpDir, m_history, m_one->socketDir())
                       .arg(m_one->port())
                       .arg(globals ? QStringLiteral("true") : QStringLiteral("false"), m_two->socketDir())
                       .arg(m_two->port())
                       .arg(testRestore);
    if (!restoreServer.isEmpty())
        text += QStringLiteral("restore_server = \"%1\"\n").arg(restoreServer);
    QVERIFY(writePrivateFile(m_config, text.toUtf8()));
}

QString tst_RestoreSafety::roles(const PgCluster& cluster) const
{
    const auto rows =
        cluster.query(QStringLiteral("postgres"),
                      QStringLiteral("SELECT string_agg(rolname || ':' || coalesce(rolpassword, '-'), "
                                     "',' ORDER BY rolname) FROM pg_authid"));
    return rows ? *rows : QStringLiteral("ERROR ") + rows.error().message;
}

QString tst_RestoreSafety::databases(const PgCluster& cluster) const
{
    const auto rows =
        cluster.query(QStringLiteral("postgres"),
                      QStringLiteral("SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database"));
    return rows ? *rows : QStringLiteral("ERROR ") + rows.error().message;
}

QString tst_RestoreSafety::afterDumpRows() const
{
    const auto rows =
        m_one->query(QStringLiteral("app"), QStringLiteral("SELECT count(*) FROM items WHERE id > 500"));
    return rows ? *rows : QStringLiteral("ERROR ") + rows.error().message;
}

QList<QHash<QString, QString>> tst_RestoreSafety::historyTable(const QStringList& columns)
{
    const CliResult shown = larder({QStringLiteral("history"), QStringLiteral("app")});
    [&] { QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe())); }();
    const QStringList lines = shown.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    // Columns are aligned: a cell starts where its header does and ends where the next one starts.
    QList<qsizetype> starts;
    for (const QString& column : columns)
        starts.append(lines.first().indexOf(column));
    if (starts.contains(-1)) {
        [&] {
            QFAIL(qPrintable(
                QStringLiteral("columns %1 missing in\n%2").arg(columns.join(", "), lines.first())));
        }();
        return {};
    }
    QList<QHash<QString, QString>> rows;
    for (const QString& line : lines.mid(1)) {
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const qsizetype length = i + 1 < columns.size() ? starts[i + 1] - starts[i] : -1;
            row.insert(columns[i], line.mid(starts[i], length).trimmed());
        }
        rows.append(row);
    }
    return rows;
}

QJsonArray tst_RestoreSafety::historyJson()
{
    const CliResult shown =
        larder({QStringLiteral("history"), QStringLiteral("app"), QStringLiteral("--json")});
    [&] { QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe())); }();
    return QJsonDocument::fromJson(shown.out).array();
}

void tst_RestoreSafety::verifyRestoreWithoutNames_leavesTheRestoreServersRolesAlone()
{
    writeConfig(QStringLiteral("two"), QStringLiteral("manual"), /*globals=*/true);
    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("--all")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(!QDir(m_dumpDir + QStringLiteral("/one.globals")).entryList(QDir::Files).isEmpty(),
             qPrintable(run.describe()));
    const QString rolesBefore = roles(*m_two);
    QVERIFY2(!rolesBefore.contains(QLatin1String("victim")), qPrintable(rolesBefore));

    // No names: every job, the globals job among them.
    const CliResult verify = larder({QStringLiteral("verify"), QStringLiteral("--restore")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QVERIFY2(verify.errText().contains(QLatin1String("one.globals: not test-restored")),
             qPrintable(verify.describe()));
    QVERIFY2(verify.errText().contains(QLatin1String("app: test-restore ok")), qPrintable(verify.describe()));
    QCOMPARE(roles(*m_two), rolesBefore);

    // larder restore refuses it too, naming what a replay would create, and creates nothing.
    const CliResult restore = larder({QStringLiteral("restore"), QStringLiteral("one.globals"),
                                      QStringLiteral("--to"), QStringLiteral("postgres")});
    QVERIFY2(restore.exitCode == 64, qPrintable(restore.describe()));
    QVERIFY2(restore.errText().contains(QLatin1String("would create: roles")) &&
                 restore.errText().contains(QLatin1String("victim")),
             qPrintable(restore.describe()));
    QCOMPARE(roles(*m_one).count(QLatin1String("victim")), 1);

    // Named, it is refused as a usage error rather than replayed.
    const CliResult named =
        larder({QStringLiteral("verify"), QStringLiteral("--restore"), QStringLiteral("one.globals")});
    QVERIFY2(named.exitCode == 64, qPrintable(named.describe()));
    QVERIFY2(named.errText().contains(QLatin1String("never test-restored")), qPrintable(named.describe()));
    QCOMPARE(roles(*m_two), rolesBefore);
}

void tst_RestoreSafety::restoreAndVerifyRestore_takeTheRunLock()
{
    writeConfig(QString(), QStringLiteral("manual"), /*globals=*/false);
    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("app")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString databasesBefore = databases(*m_one);

    RunLock held(m_history);
    QVERIFY(held.tryLock());
    const CliResult restore = larder({QStringLiteral("restore"), QStringLiteral("app"),
                                      QStringLiteral("--to"), QStringLiteral("r_locked")});
    QVERIFY2(restore.exitCode == 75, qPrintable(restore.describe()));
    QVERIFY2(restore.errText().contains(QLatin1String("another larder run holds")),
             qPrintable(restore.describe()));
    const CliResult verify =
        larder({QStringLiteral("verify"), QStringLiteral("--restore"), QStringLiteral("app")});
    QVERIFY2(verify.exitCode == 75, qPrintable(verify.describe()));
    QCOMPARE(databases(*m_one), databasesBefore); // no r_locked, no scratch database

    held.unlock();
    const CliResult restored = larder({QStringLiteral("restore"), QStringLiteral("app"),
                                       QStringLiteral("--to"), QStringLiteral("r_locked")});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    QVERIFY(m_one->execute(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE r_locked")));
}

void tst_RestoreSafety::plainCleanCreateDump_neverTouchesTheSource()
{
    // The job's own server restores, as by default: where a replayed DROP DATABASE app would land.
    writeConfig(QString(), QStringLiteral("daily"), /*globals=*/false);
    // The config refuses --clean --create for plain jobs now; a dump made with them earlier (or by
    // hand, and given to restore --dump) is still on disk: make one as pg_dump would have.
    const QString jobDir = m_dumpDir + QStringLiteral("/app");
    QVERIFY(QDir().mkpath(jobDir));
    QVERIFY(QFile::setPermissions(jobDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString path = jobDir + QStringLiteral("/app_20260101T000000Z.sql");
    QProcess pgDump;
    pgDump.start(m_one->binDir() + QStringLiteral("/pg_dump"),
                 {QStringLiteral("--clean"), QStringLiteral("--create"), QStringLiteral("--format=p"),
                  QStringLiteral("--file=") + path, QStringLiteral("--host=") + m_one->socketDir(),
                  QStringLiteral("--port=%1").arg(m_one->port()), QStringLiteral("--username=postgres"),
                  QStringLiteral("app")});
    QVERIFY(pgDump.waitForFinished(60'000));
    QVERIFY2(pgDump.exitCode() == 0, pgDump.readAllStandardError().constData());
    QFile script(path);
    QVERIFY(script.open(QIODevice::ReadOnly));
    QVERIFY(script.readAll().contains("DROP DATABASE"));
    script.close();
    const auto sidecar = DumpFinalizer::sidecarContent(path, QFileInfo(path).fileName(), nullptr);
    QVERIFY(sidecar && DumpFinalizer::writeFileAtomically(DumpFinalizer::sidecarPath(path), *sidecar));
    {
        auto history = History::open(m_history);
        QVERIFY_RESULT(history);
        HistoryRecord record;
        record.job = QStringLiteral("app");
        record.server = QStringLiteral("one");
        record.database = QStringLiteral("app");
        record.trigger = Trigger::Manual;
        record.startedUtc = QDateTime::currentDateTimeUtc().addSecs(-60);
        const auto id = (*history)->beginAttempt(record);
        QVERIFY(id);
        record.id = *id;
        record.status = AttemptStatus::Success;
        record.finishedUtc = QDateTime::currentDateTimeUtc();
        record.path = path;
        record.bytes = QFileInfo(path).size();
        record.sha256 = *DumpFinalizer::sha256OfFile(path);
        record.pgDumpVersion = QStringLiteral("pg_dump (PostgreSQL) 15");
        QVERIFY((*history)->finishAttempt(record));
    }
    // Written after the dump: a replay of the dump's DROP/CREATE DATABASE would lose it.
    QVERIFY(m_one->execute(QStringLiteral("app"),
                           QStringLiteral("INSERT INTO items VALUES (501, 'after the dump')")));
    const QString databasesBefore = databases(*m_one);

    const CliResult restore =
        larder({QStringLiteral("restore"), QStringLiteral("app"), QStringLiteral("--to"),
                QStringLiteral("r_plain"), QStringLiteral("--dump"), path});
    QVERIFY2(restore.exitCode == 1, qPrintable(restore.describe()));
    QVERIFY2(restore.errText().contains(QLatin1String("DROP DATABASE")), qPrintable(restore.describe()));
    QCOMPARE(afterDumpRows(), QStringLiteral("1"));

    const CliResult verify =
        larder({QStringLiteral("verify"), QStringLiteral("--restore"), QStringLiteral("app")});
    QVERIFY2(verify.exitCode == 1, qPrintable(verify.describe()));
    QVERIFY2(verify.errText().contains(QLatin1String("test-restore FAILED")), qPrintable(verify.describe()));
    // One line per dump on stdout with every check's outcome: the checksum passed, the test-restore not.
    QVERIFY2(verify.outText().contains(QLatin1String("app: ok ")) &&
                 verify.outText().contains(QLatin1String("; test-restore FAILED: ")),
             qPrintable(verify.describe()));
    QCOMPARE(verify.outText().count(QLatin1Char('\n')), 1);
    QCOMPARE(afterDumpRows(), QStringLiteral("1"));

    // Scheduled: nothing is due to dump (manual), the test-restore is (daily, never done).
    const CliResult scheduled = larder({QStringLiteral("run")});
    QVERIFY2(scheduled.exitCode == 1, qPrintable(scheduled.describe()));
    QVERIFY2(scheduled.errText().contains(QLatin1String("test-restore FAILED")),
             qPrintable(scheduled.describe()));
    QCOMPARE(afterDumpRows(), QStringLiteral("1"));
    // Neither r_plain nor a scratch database is left; the source was never dropped or recreated.
    QCOMPARE(databases(*m_one), databasesBefore);

    // larder history says the dump's latest test-restore failed, and why, beside the dump's path.
    const auto rows = historyTable(
        {QStringLiteral("VERIFIED"), QStringLiteral("TEST-RESTORE"), QStringLiteral("PATH / ERROR")});
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows[0].value(QStringLiteral("TEST-RESTORE")).startsWith(QLatin1String("FAILED 20")),
             qPrintable(rows[0].value(QStringLiteral("TEST-RESTORE"))));
    const QString pathOrError = rows[0].value(QStringLiteral("PATH / ERROR"));
    QVERIFY2(pathOrError.startsWith(path + QStringLiteral("; test-restore: ")) &&
                 pathOrError.contains(QLatin1String("DROP DATABASE")) &&
                 !pathOrError.contains(QLatin1Char('\n')),
             qPrintable(pathOrError));
    const QJsonArray json = historyJson();
    QCOMPARE(json.size(), 1);
    const QJsonObject check = json[0].toObject().value(QStringLiteral("test_restore")).toObject();
    QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY2(check.value(QStringLiteral("detail")).toString().contains(QLatin1String("DROP DATABASE")),
             qPrintable(QJsonDocument(check).toJson()));
    QCOMPARE(json[0].toObject().value(QStringLiteral("path")).toString(), path);
}

void tst_RestoreSafety::history_showsEachDumpsLatestTestRestore()
{
    writeConfig(QStringLiteral("two"), QStringLiteral("manual"), /*globals=*/false);
    for (int dump = 0; dump < 2; ++dump) {
        const CliResult run = larder({QStringLiteral("run"), QStringLiteral("app")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }
    // Before any test-restore: the column is there, and says so for both dumps.
    auto rows = historyTable(
        {QStringLiteral("VERIFIED"), QStringLiteral("TEST-RESTORE"), QStringLiteral("PATH / ERROR")});
    QCOMPARE(rows.size(), 2);
    for (const auto& row : std::as_const(rows))
        QCOMPARE(row.value(QStringLiteral("TEST-RESTORE")), QStringLiteral("-"));
    QJsonArray json = historyJson();
    QCOMPARE(json.size(), 2);
    for (const QJsonValue& attempt : std::as_const(json)) {
        QVERIFY(attempt.toObject().contains(QStringLiteral("test_restore")));
        QVERIFY(attempt.toObject().value(QStringLiteral("test_restore")).isNull());
    }

    // The test-restore takes the newest dump: its row says ok, the older one stays untested.
    const CliResult verify =
        larder({QStringLiteral("verify"), QStringLiteral("--restore"), QStringLiteral("app")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    rows = historyTable(
        {QStringLiteral("VERIFIED"), QStringLiteral("TEST-RESTORE"), QStringLiteral("PATH / ERROR")});
    QCOMPARE(rows.size(), 2);
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    QVERIFY2(rows[0].value(QStringLiteral("TEST-RESTORE")).startsWith(QStringLiteral("ok ") + today),
             qPrintable(rows[0].value(QStringLiteral("TEST-RESTORE"))));
    QCOMPARE(rows[1].value(QStringLiteral("TEST-RESTORE")), QStringLiteral("-"));
    // An ok test-restore leaves the path alone.
    QVERIFY2(!rows[0].value(QStringLiteral("PATH / ERROR")).contains(QLatin1String("test-restore")),
             qPrintable(rows[0].value(QStringLiteral("PATH / ERROR"))));
    QVERIFY(QFileInfo::exists(rows[0].value(QStringLiteral("PATH / ERROR"))));

    json = historyJson();
    QCOMPARE(json.size(), 2);
    const QJsonObject newest = json[0].toObject();
    const QJsonObject check = newest.value(QStringLiteral("test_restore")).toObject();
    QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(check.value(QStringLiteral("server")).toString(), QStringLiteral("two"));
    // What the test-restore found (a manual test_restore records no counts at dump time to compare).
    QVERIFY2(check.value(QStringLiteral("detail"))
                 .toString()
                 .contains(QLatin1String("1 table, 500 rows restored")),
             qPrintable(QJsonDocument(check).toJson()));
    QVERIFY(check.value(QStringLiteral("scratch_database"))
                .toString()
                .startsWith(QLatin1String("larder_verify_app")));
    QVERIFY(QDateTime::fromString(check.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs)
                .isValid());
    QVERIFY(QDateTime::fromString(check.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs)
                .isValid());
    // The existing fields are as they were.
    QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QVERIFY(newest.contains(QStringLiteral("verify_status")));
    QVERIFY(json[1].toObject().value(QStringLiteral("test_restore")).isNull());
}

QTEST_GUILESS_MAIN(tst_RestoreSafety)
#include "tst_restoresafety.moc"
