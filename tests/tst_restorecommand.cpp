// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// End to end: `larder restore` as a child process against real PostgreSQL clusters. Cluster one
// holds the source database app (owned by the non-superuser backup, who may create databases);
// cluster two is stopped in the test that needs an unreachable server.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kLarderTimeoutMs = 120'000;
const QString kPassword = QStringLiteral("RestorePw-7f3kq9x2mLz");

} // namespace

using TestFiles::writePrivateFile;

class tst_RestoreCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void restore_roundTripIntoNewDatabase_data();
    void restore_roundTripIntoNewDatabase();
    void restore_atPicksNewestDumpStartedAtOrBeforeTime();
    void restore_dumpOutsideJobDirectoryIsRefusedAndNothingIsCreated();
    void restore_nonEmptyTargetIsRefusedWithoutCleanAndRestoredWithIt();
    void restore_emptyExistingTargetIsAccepted();
    void restore_failedPlainRestoreAdvisesDroppingNotClean();
    void restore_failedIntoANewDatabaseDropsIt();
    void restore_cancelledIntoANewDatabaseDropsIt();
    void restore_jobsTwoWithDirectoryFormat();
    void restore_jobsTwoCountsInterleavedWorkerLines();
    void restore_jobsWithTarIsAUsageError();
    void restore_checksumMismatchRefusesAndCreatesNothing();
    void restore_unreachableServerFailsNamingIt();
    void restore_withoutToIsAUsageError();

private:
    QProcessEnvironment environment() const;
    CliResult larder(const QStringList& arguments) const;
    QStringList restoreArgs(const QStringList& arguments) const;
    void writeConfig(const QString& format);
    // `larder run app`; returns the new history row (newest first), or an empty object on failure.
    QJsonObject dumpApp();
    bool databaseExists(const QString& dbname) const;
    QString writeHandmadePlainDump(const QString& body) const;
    QStringList fingerprint(const QString& dbname) const;

    std::unique_ptr<PgCluster> m_one;
    std::unique_ptr<PgCluster> m_two;
    QStringList m_sourcePrint;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_dumpDir;
    QString m_searchPath; // LARDER_PG_DUMP_SEARCH_PATH for larder, if set
};

void tst_RestoreCommand::initTestCase()
{
    QVERIFY_RESULT(PgCluster::startEach({&m_one, &m_two}));
    const QString app = QStringLiteral(
        "CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, created date);\n"
        "INSERT INTO customers (name, created) SELECT 'customer ' || g, date '2020-01-01' + g % 900\n"
        "    FROM generate_series(1, 4000) g;\n"
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int REFERENCES customers, note text);\n"
        "INSERT INTO orders SELECT g, 1 + g % 4000, md5(g::text) FROM generate_series(1, 30000) g;\n"
        "CREATE INDEX orders_customer ON orders (customer_id);\n"
        "CREATE VIEW recent AS SELECT id, name FROM customers WHERE created > date '2021-06-01';\n"
        "CREATE SEQUENCE invoice_no START 100;\n"
        "SELECT setval('invoice_no', 4242);\n"
        "CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql AS 'SELECT $1 * 2';\n");
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(*m_one, QStringLiteral("backup"), kPassword,
                                                          {{QStringLiteral("app"), app}}));
    QVERIFY(m_one->execute(QStringLiteral("postgres"), QStringLiteral("ALTER ROLE backup CREATEDB")));
    m_sourcePrint = fingerprint(QStringLiteral("app"));
    QVERIFY2(m_sourcePrint.filter(QStringLiteral("ERROR")).isEmpty(), qPrintable(m_sourcePrint.join(u'\n')));
}

void tst_RestoreCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-restore-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
    m_searchPath.clear();
    const QString pgpass = QStringLiteral("127.0.0.1:%1:*:backup:%2\n127.0.0.1:%3:*:backup:%2\n")
                               .arg(m_one->port())
                               .arg(kPassword)
                               .arg(m_two->port());
    QVERIFY(writePrivateFile(m_dir->filePath(QStringLiteral("pgpass")), pgpass.toUtf8()));
    writeConfig(QStringLiteral("custom"));
}

void tst_RestoreCommand::cleanup()
{
    if (m_two && !m_two->isRunning())
        QVERIFY(m_two->startAgain());
    // Every restored database goes, so that each test starts from the source alone.
    const auto names =
        m_one->query(QStringLiteral("postgres"),
                     QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'r\\_%'"));
    if (names) {
        for (const QString& name : names->split(u'\n', Qt::SkipEmptyParts))
            (void)m_one->execute(QStringLiteral("postgres"),
                                 QStringLiteral("DROP DATABASE \"%1\"").arg(name));
    }
    m_dir.reset();
}

QProcessEnvironment tst_RestoreCommand::environment() const
{
    QProcessEnvironment env =
        CliRunner::hermeticEnvironment(m_dir->path(), m_dir->filePath(QStringLiteral("pgpass")));
    if (!m_searchPath.isEmpty())
        env.insert(QStringLiteral("LARDER_PG_DUMP_SEARCH_PATH"), m_searchPath);
    return env;
}

CliResult tst_RestoreCommand::larder(const QStringList& arguments) const
{
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(environment());
    runner.setWorkingDirectory(m_dir->path());
    return runner.run(CliRunner::withConfig(m_config, arguments), {}, kLarderTimeoutMs);
}

QStringList tst_RestoreCommand::restoreArgs(const QStringList& arguments) const
{
    return QStringList{QStringLiteral("restore"), QStringLiteral("app")} + arguments;
}

void tst_RestoreCommand::writeConfig(const QString& format)
{
    const QString backup = QStringLiteral("backup");
    const QString text =
        BackupFixture::defaultsSection(m_dumpDir, m_dir->filePath(QStringLiteral("history.sqlite")),
                                       QStringLiteral("manual")) +
        QStringLiteral("format = \"%1\"\n\n").arg(format) +
        BackupFixture::serverSection(QStringLiteral("one"), m_one->port(), backup) + QLatin1Char('\n') +
        BackupFixture::serverSection(QStringLiteral("two"), m_two->port(), backup) +
        QStringLiteral("connect_timeout = 5\n"
                       "\n"
                       "[databases.app]\n"
                       "server = \"one\"\n");
    QVERIFY(writePrivateFile(m_config, text.toUtf8()));
}

QJsonObject tst_RestoreCommand::dumpApp()
{
    const CliResult run = larder({QStringLiteral("run"), QStringLiteral("app")});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    const CliResult history =
        larder({QStringLiteral("history"), QStringLiteral("app"), QStringLiteral("--json")});
    const QJsonArray rows = QJsonDocument::fromJson(history.out).array();
    return rows.isEmpty() ? QJsonObject() : rows.first().toObject();
}

bool tst_RestoreCommand::databaseExists(const QString& dbname) const
{
    const auto found =
        m_one->query(QStringLiteral("postgres"),
                     QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(dbname));
    return found && *found == QLatin1String("1");
}

QStringList tst_RestoreCommand::fingerprint(const QString& dbname) const
{
    QStringList print;
    const auto add = [&](const QString& label, const QString& sql) {
        const auto value = m_one->query(dbname, sql);
        print.append(label + QLatin1String(": ") +
                     (value ? *value : QStringLiteral("ERROR ") + value.error().message));
    };
    for (const QString& table : {QStringLiteral("customers"), QStringLiteral("orders")})
        add(table,
            QStringLiteral("SELECT count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, ',' ORDER "
                           "BY id)), '-') FROM %1 t")
                .arg(table));
    add(QStringLiteral("views"),
        QStringLiteral("SELECT string_agg(viewname, ',') FROM pg_views WHERE schemaname = 'public'"));
    add(QStringLiteral("sequences"),
        QStringLiteral("SELECT string_agg(sequencename || '=' || last_value, ',' ORDER BY sequencename) FROM "
                       "pg_sequences WHERE schemaname = 'public'"));
    add(QStringLiteral("indexes"), QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM "
                                                  "pg_indexes WHERE schemaname = 'public'"));
    add(QStringLiteral("function"), QStringLiteral("SELECT twice(21)"));
    return print;
}

void tst_RestoreCommand::restore_roundTripIntoNewDatabase_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("compression");
    QTest::newRow("custom") << QStringLiteral("custom") << QString();
    QTest::newRow("directory") << QStringLiteral("directory") << QString();
    QTest::newRow("tar") << QStringLiteral("tar") << QString();
    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("0");
    QTest::newRow("plain sql.gz") << QStringLiteral("plain") << QStringLiteral("6");
}

void tst_RestoreCommand::restore_roundTripIntoNewDatabase()
{
    QFETCH(QString, format);
    QFETCH(QString, compression);
    writeConfig(format);
    if (!compression.isEmpty()) {
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::Append));
        file.write(QStringLiteral("compression = %1\n").arg(compression).toUtf8());
    }
    const QJsonObject dump = dumpApp();
    QVERIFY(!dump.isEmpty());
    if (compression == QLatin1String("6"))
        QVERIFY2(dump.value(QStringLiteral("path")).toString().endsWith(QLatin1String(".sql.gz")),
                 qPrintable(dump.value(QStringLiteral("path")).toString()));

    const QString target =
        QStringLiteral("r_") + QString(QTest::currentDataTag())
                                   .replace(QRegularExpression(QStringLiteral("\\W")), QStringLiteral("_"));
    // custom: every restored item with -v; tar: --quiet says nothing; the others a progress line.
    const QString mode = format == QLatin1String("custom") ? QStringLiteral("-v")
                         : format == QLatin1String("tar")  ? QStringLiteral("--quiet")
                                                           : QString();
    QStringList arguments{QStringLiteral("--to"), target};
    if (!mode.isEmpty())
        arguments << mode;
    const CliResult result = larder(restoreArgs(arguments));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(fingerprint(target), m_sourcePrint);
    const QString err = result.errText();
    if (mode == QLatin1String("--quiet")) {
        QVERIFY2(err.trimmed().isEmpty(), qPrintable(result.describe()));
        return;
    }
    QVERIFY2(err.contains(QStringLiteral("checksum of")), qPrintable(err));
    QVERIFY2(err.contains(QRegularExpression(
                 QStringLiteral("restored .* into \"%1\" on one .* in [0-9.]+ s").arg(target))),
             qPrintable(err));
    if (format == QLatin1String("plain"))
        return;
    // backup is no superuser: ownership cannot be restored, and the user is told so.
    QVERIFY2(err.contains(QStringLiteral("--no-owner")), qPrintable(err));
    static const QRegularExpression item(QStringLiteral("\\[\\d+/\\d+\\] pg_restore: creating TABLE"));
    static const QRegularExpression tenth(QStringLiteral("restored (\\d+) of (\\d+) items \\((\\d+) %\\)"));
    if (mode == QLatin1String("-v")) {
        QVERIFY2(err.contains(item), qPrintable(err));
        return;
    }
    QVERIFY2(!err.contains(item) && !err.contains(QStringLiteral("pg_restore: connecting")), qPrintable(err));
    QStringList percents;
    QString last;
    for (auto it = tenth.globalMatch(err); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        percents << match.captured(3);
        last = match.captured(1) + QLatin1Char('/') + match.captured(2);
    }
    QVERIFY2(percents.size() >= 2 && percents.size() <= 10 && percents.last() == QLatin1String("100"),
             qPrintable(err));
    QCOMPARE(last.section(QLatin1Char('/'), 0, 0), last.section(QLatin1Char('/'), 1, 1));
}

void tst_RestoreCommand::restore_atPicksNewestDumpStartedAtOrBeforeTime()
{
    QStringList started;
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(
            m_one->execute(QStringLiteral("app"), QStringLiteral("CREATE TABLE IF NOT EXISTS marker (n int); "
                                                                 "ALTER TABLE marker OWNER TO backup; "
                                                                 "INSERT INTO marker VALUES (%1)")
                                                      .arg(i)));
        const QJsonObject dump = dumpApp();
        QVERIFY(!dump.isEmpty());
        started << dump.value(QStringLiteral("started")).toString();
    }
    QVERIFY(m_one->execute(QStringLiteral("app"), QStringLiteral("DROP TABLE marker")));

    // At the second dump's exact start: the second; before the first: none.
    CliResult result = larder(
        restoreArgs({QStringLiteral("--at"), started.at(1), QStringLiteral("--to"), QStringLiteral("r_at")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const auto markers = m_one->query(
        QStringLiteral("r_at"), QStringLiteral("SELECT string_agg(n::text, ',' ORDER BY n) FROM marker"));
    QVERIFY(markers);
    QCOMPARE(*markers, QStringLiteral("1,2"));

    result = larder(restoreArgs({QStringLiteral("--at"), QStringLiteral("2001-01-01 00:00"),
                                 QStringLiteral("--to"), QStringLiteral("r_at_none")}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.errText().contains(QStringLiteral("no successful dump that started at or before")),
             qPrintable(result.describe()));
    QVERIFY(!databaseExists(QStringLiteral("r_at_none")));

    // Default: the newest.
    result = larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_newest")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(*m_one->query(QStringLiteral("r_newest"),
                           QStringLiteral("SELECT string_agg(n::text, ',' ORDER BY n) FROM marker")),
             QStringLiteral("1,2,3"));
}

void tst_RestoreCommand::restore_dumpOutsideJobDirectoryIsRefusedAndNothingIsCreated()
{
    const QJsonObject dump = dumpApp();
    QVERIFY(!dump.isEmpty());
    const QString path = dump.value(QStringLiteral("path")).toString();
    const QString outside = m_dir->filePath(QStringLiteral("outside.dump"));
    QVERIFY(QFile::copy(path, outside));
    // A symlink inside the job directory that points outside it is no way around the rule.
    const QString link = m_dumpDir + QStringLiteral("/app/escape.dump");
    QVERIFY(QFile::link(outside, link));
    for (const QString& given : {outside, link, m_dumpDir + QStringLiteral("/app/../../outside.dump")}) {
        const CliResult result = larder(restoreArgs(
            {QStringLiteral("--dump"), given, QStringLiteral("--to"), QStringLiteral("r_outside")}));
        QVERIFY2(result.exitCode == 64, qPrintable(given + u'\n' + result.describe()));
        QVERIFY2(result.errText().contains(QStringLiteral("not inside the directory of job app")),
                 qPrintable(result.describe()));
        QVERIFY(!databaseExists(QStringLiteral("r_outside")));
    }
    // The same dump given by its own path inside the job directory is restored.
    const CliResult result = larder(
        restoreArgs({QStringLiteral("--dump"), path, QStringLiteral("--to"), QStringLiteral("r_inside")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(fingerprint(QStringLiteral("r_inside")), m_sourcePrint);
}

void tst_RestoreCommand::restore_nonEmptyTargetIsRefusedWithoutCleanAndRestoredWithIt()
{
    QVERIFY(!dumpApp().isEmpty());
    CliResult result = larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_full")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(m_one->execute(QStringLiteral("r_full"), QStringLiteral("DELETE FROM orders WHERE id > 100")));

    result = larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_full")}));
    QCOMPARE(result.exitCode, 1);
    for (const QString& part :
         {QStringLiteral("\"r_full\""), QStringLiteral("one ("), QStringLiteral("--clean")})
        QVERIFY2(result.errText().contains(part), qPrintable(part + u'\n' + result.describe()));
    QCOMPARE(*m_one->query(QStringLiteral("r_full"), QStringLiteral("SELECT count(*) FROM orders")),
             QStringLiteral("100"));

    result =
        larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_full"), QStringLiteral("--clean")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(fingerprint(QStringLiteral("r_full")), m_sourcePrint);
}

void tst_RestoreCommand::restore_emptyExistingTargetIsAccepted()
{
    QVERIFY(!dumpApp().isEmpty());
    QVERIFY(m_one->createDatabase(QStringLiteral("r_empty"), QStringLiteral("backup")));
    const CliResult result = larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_empty")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QStringLiteral("exists and is empty")), qPrintable(result.describe()));
    QCOMPARE(fingerprint(QStringLiteral("r_empty")), m_sourcePrint);
}

void tst_RestoreCommand::restore_failedPlainRestoreAdvisesDroppingNotClean()
{
    writeConfig(QStringLiteral("plain"));
    QVERIFY(!dumpApp().isEmpty());
    // Empty, but the superuser's: backup may not create tables in its public schema.
    QVERIFY(m_one->createDatabase(QStringLiteral("r_foreign"), m_one->superuser()));
    const CliResult result = larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_foreign")}));
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QStringLiteral("is left partly restored: drop it (DROP DATABASE) and "
                                                      "restore again")),
             qPrintable(result.describe()));
    // --clean is refused for plain dumps: advising it would send the user into a usage error.
    QVERIFY2(!result.errText().contains(QStringLiteral("--clean")), qPrintable(result.describe()));
}

// A plain script in the job's directory that pg_dump could have written, with what follows the header.
QString tst_RestoreCommand::writeHandmadePlainDump(const QString& body) const
{
    const QString path = QDir(m_dumpDir).filePath(QStringLiteral("app/handmade.sql"));
    const QByteArray text = "--\n-- PostgreSQL database dump\n--\n\n" + body.toUtf8();
    return writePrivateFile(path, text) ? path : QString();
}

// The restore created the target, then failed: it drops what it created, and says so instead of
// advising a DROP DATABASE by hand.
void tst_RestoreCommand::restore_failedIntoANewDatabaseDropsIt()
{
    writeConfig(QStringLiteral("plain"));
    QVERIFY(!dumpApp().isEmpty());
    const QString dump =
        writeHandmadePlainDump(QStringLiteral("CREATE TABLE kept (a int);\nSELECT 1 / 0;\n"));
    QVERIFY(!dump.isEmpty());
    const CliResult result = larder(
        restoreArgs({QStringLiteral("--to"), QStringLiteral("r_failed"), QStringLiteral("--dump"), dump}));
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QStringLiteral("division by zero")), qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QStringLiteral("dropped database \"r_failed\" on one")),
             qPrintable(result.describe()));
    QVERIFY2(!result.errText().contains(QStringLiteral("partly restored")), qPrintable(result.describe()));
    QVERIFY(!databaseExists(QStringLiteral("r_failed")));
}

// SIGTERM while psql runs the script: the restore stops, and the database it created is gone.
void tst_RestoreCommand::restore_cancelledIntoANewDatabaseDropsIt()
{
    writeConfig(QStringLiteral("plain"));
    QVERIFY(!dumpApp().isEmpty());
    const QString dump =
        writeHandmadePlainDump(QStringLiteral("CREATE TABLE kept (a int);\nSELECT pg_sleep(60);\n"));
    QVERIFY(!dump.isEmpty());
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    runner.setEnvironment(environment());
    runner.setWorkingDirectory(m_dir->path());
    const auto process = runner.start(CliRunner::withConfig(
        m_config,
        restoreArgs({QStringLiteral("--to"), QStringLiteral("r_stopped"), QStringLiteral("--dump"), dump})));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_one->query(QStringLiteral("postgres"),
                     QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'r_stopped'"
                                    " AND query LIKE '%pg_sleep%'"))
                .value_or(QString()) == QLatin1String("1"),
        kLarderTimeoutMs);
    process->terminate();
    const CliResult result = CliRunner::finish(*process, kLarderTimeoutMs);
    QVERIFY2(result.exitCode == 143, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QStringLiteral("dropped database \"r_stopped\" on one")),
             qPrintable(result.describe()));
    QVERIFY(!databaseExists(QStringLiteral("r_stopped")));
}

void tst_RestoreCommand::restore_jobsTwoWithDirectoryFormat()
{
    writeConfig(QStringLiteral("directory"));
    QVERIFY(!dumpApp().isEmpty());
    const CliResult result =
        larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_parallel"), QStringLiteral("--jobs"),
                            QStringLiteral("2"), QStringLiteral("--verbose")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    // pg_restore's own words for its parallel mode.
    QVERIFY2(result.errText().contains(QStringLiteral("launching item")), qPrintable(result.describe()));
    // Progress counts every TOC entry exactly once, parallel part included.
    QVERIFY2(result.errText().contains(
                 QRegularExpression(QStringLiteral("\\[(\\d+)/\\1\\] pg_restore: finished item"))),
             qPrintable(result.describe()));
    QVERIFY2(
        !result.errText().contains(QRegularExpression(QStringLiteral("\\[(\\d+)/\\1\\] .*\\n.*\\[\\d+/"))),
        qPrintable(result.describe()));
    QCOMPARE(fingerprint(QStringLiteral("r_parallel")), m_sourcePrint);
}

// pg_restore writes a message in pieces ("pg_restore:", " ", the text), so with --jobs the leader's
// and the workers' pieces interleave on the shared stderr now and then (under load, a few runs in a
// hundred): one line carries two prefixes and the next none. Here a pg_restore wrapper garbles every
// pair of lines that way, so that the counting meets each shape in every run.
void tst_RestoreCommand::restore_jobsTwoCountsInterleavedWorkerLines()
{
    writeConfig(QStringLiteral("directory"));
    QVERIFY(!dumpApp().isEmpty());
    const QString wrapperDir = m_dir->filePath(QStringLiteral("interleaving"));
    QVERIFY(QDir().mkpath(wrapperDir));
    const QByteArray real = "'" + QFile::encodeName(m_one->binDir() + QStringLiteral("/pg_restore")) + "'";
    // --version and --list as they are; the restore's stderr every four messages: two prefixes, none,
    // a prefix with the space after the second one, none.
    const QByteArray wrapper = "#!/bin/sh\n"
                               "case \" $* \" in *\" --jobs=\"*) ;; *) exec " +
                               real + " \"$@\";; esac\n" + real +
                               " \"$@\" 2>\"$0.err\"; rc=$?\n"
                               "awk '/^pg_restore: / { t = substr($0, 13); k = n++ % 4;\n"
                               "  if (k == 0) print \"pg_restore:pg_restore:  \" t;\n"
                               "  else if (k == 2) print \"pg_restore: pg_restore:\" t;\n"
                               "  else print \" \" t; next } { print }' \"$0.err\" >&2\n"
                               "exit $rc\n";
    QVERIFY(writePrivateFile(wrapperDir + QStringLiteral("/pg_restore"), wrapper));
    QVERIFY(QFile::setPermissions(wrapperDir + QStringLiteral("/pg_restore"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_searchPath = wrapperDir + QLatin1Char(':') + m_one->binDir();

    const CliResult result =
        larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_interleaved"), QStringLiteral("--jobs"),
                            QStringLiteral("2"), QStringLiteral("--verbose")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QString err = result.errText();
    // Shown once per line, whatever the pieces did.
    QVERIFY2(!err.contains(QRegularExpression(QStringLiteral("pg_restore: ?pg_restore:"))),
             qPrintable(result.describe()));
    // Every TOC entry counted exactly once: the counters run 1, 2, ... N.
    static const QRegularExpression counted(QStringLiteral("\\[(\\d+)/(\\d+)\\] pg_restore: "));
    QList<int> counters;
    int total = 0;
    for (auto it = counted.globalMatch(err); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        counters << match.captured(1).toInt();
        total = match.captured(2).toInt();
    }
    QVERIFY2(total > 8, qPrintable(result.describe()));
    QCOMPARE(counters.size(), total);
    for (int i = 0; i < counters.size(); ++i)
        QCOMPARE(counters.at(i), i + 1);
    QVERIFY2(err.contains(QRegularExpression(QStringLiteral("\\[(\\d+)/\\1\\] pg_restore: finished item"))),
             qPrintable(result.describe()));
    QCOMPARE(fingerprint(QStringLiteral("r_interleaved")), m_sourcePrint);
}

void tst_RestoreCommand::restore_jobsWithTarIsAUsageError()
{
    writeConfig(QStringLiteral("tar"));
    QVERIFY(!dumpApp().isEmpty());
    const CliResult result = larder(restoreArgs(
        {QStringLiteral("--to"), QStringLiteral("r_tar"), QStringLiteral("--jobs"), QStringLiteral("2")}));
    QCOMPARE(result.exitCode, 64);
    QVERIFY2(result.errText().contains(QStringLiteral("--jobs works only with custom and directory")),
             qPrintable(result.describe()));
    QVERIFY(!databaseExists(QStringLiteral("r_tar")));
}

void tst_RestoreCommand::restore_checksumMismatchRefusesAndCreatesNothing()
{
    const QJsonObject dump = dumpApp();
    QVERIFY(!dump.isEmpty());
    const QString path = dump.value(QStringLiteral("path")).toString();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() / 2));
    const QByteArray byte = file.peek(1);
    QVERIFY(file.write(QByteArray(1, char(byte.at(0) ^ 0x5a))) == 1);
    file.close();

    const CliResult result = larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_changed")}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.errText().contains(QStringLiteral("does not match its checksum in history")),
             qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(path), qPrintable(result.describe()));
    QVERIFY(!databaseExists(QStringLiteral("r_changed")));
}

void tst_RestoreCommand::restore_unreachableServerFailsNamingIt()
{
    QVERIFY(!dumpApp().isEmpty());
    QVERIFY(m_two->stop());
    const CliResult result = larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_nowhere"),
                                                 QStringLiteral("--server"), QStringLiteral("two")}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.errText().contains(QStringLiteral("two (backup@127.0.0.1:%1)").arg(m_two->port())),
             qPrintable(result.describe()));
    QVERIFY2(!result.errText().contains(QStringLiteral("partly restored")), qPrintable(result.describe()));

    const CliResult unknown = larder(restoreArgs({QStringLiteral("--to"), QStringLiteral("r_nowhere"),
                                                  QStringLiteral("--server"), QStringLiteral("three")}));
    QCOMPARE(unknown.exitCode, 64);
    QVERIFY2(unknown.errText().contains(QStringLiteral("no server named 'three'")),
             qPrintable(unknown.describe()));
}

void tst_RestoreCommand::restore_withoutToIsAUsageError()
{
    const CliResult result = larder(restoreArgs({}));
    QCOMPARE(result.exitCode, 64);
    QVERIFY2(result.errText().contains(QStringLiteral("--to DBNAME is required")),
             qPrintable(result.describe()));
}

QTEST_GUILESS_MAIN(tst_RestoreCommand)
#include "tst_restorecommand.moc"
