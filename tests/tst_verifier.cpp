// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Verifier and `larder verify` against dumps made by the real PgDumpTask from a throwaway cluster.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "EngineDumps.h"
#include "HeldFile.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "ShownInGerman.h"
#include "base/Message.h"
#include "engine/DumpFinalizer.h"
#include "engine/DumpTask.h"
#include "engines/StandardEngines.h"
#include "history/History.h"
#include "postgres/PgDumpLocator.h"
#include "postgres/PostgresEngine.h"
#include "verify/Verifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

namespace {

bool flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset))
        return false;
    return file.putChar(char(byte ^ 0x5a));
}

} // namespace

class tst_Verifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freshDumpVerifiesOk_data();
    void freshDumpVerifiesOk();
    void flippedByteInCustomDumpIsAMismatchNamingPathAndBothHashes();
    void flippedByteInOneFileOfDirectoryDumpIsAMismatchNamingThatFile();
    void truncatedCustomDumpIsReportedByPgRestore();
    void missingDumpIsAnError();
    void changedSidecarIsAMismatch();
    void noFittingPgRestore_isAnErrorInTheReadersLanguage();
    void cli_mismatchExitsOneAndHistoryRecordsEachStatus();
    void cli_unknownJobIsAUsageError();
    void cli_dumpPrunedWhileBeingVerified_isSkippedNotAFailure();

private:
    JobConfig job(const QString& name, DumpFormat format, int compression = 6) const
    {
        return EngineDumps::superuserJob(*m_cluster, name, QStringLiteral("appdb"), format, compression,
                                         m_dir.filePath(QStringLiteral("dumps")));
    }

    // A dump through the real task, recorded in history like the coordinator does.
    HistoryRecord dump(const JobConfig& config)
    {
        PostgresEngine engine;
        const DumpRequest request{config, std::nullopt, QDateTime::currentDateTimeUtc()};
        std::unique_ptr<DumpTask> task = engine.createDump(request, nullptr);
        HistoryRecord record;
        record.job = config.name;
        record.server = config.server.name;
        record.database = config.dbname;
        record.startedUtc = request.startedUtc;
        record.path = task->finalPath();
        const auto id = m_history->beginAttempt(record);
        if (!id)
            return record;
        record.id = *id;
        const std::optional<DumpOutcome> outcome = EngineDumps::runToEnd(*task, 60'000);
        if (!outcome)
            return record; // status Running: the caller's check fails
        record.status = outcome->status;
        record.finishedUtc = QDateTime::currentDateTimeUtc();
        record.sha256 = outcome->sha256;
        record.bytes = outcome->bytes;
        record.pgDumpVersion = outcome->toolVersion;
        record.error = outcome->error;
        if (!outcome->path.isEmpty())
            record.path = outcome->path;
        (void)m_history->finishAttempt(record);
        return record;
    }

    // A config for `larder` in dir: [defaults] on the test cluster with the given schedule, then
    // databasesToml; returns its path, empty when it could not be written.
    QString writeCliConfig(const QTemporaryDir& dir, const QString& schedule,
                           const QString& databasesToml) const
    {
        const QString config = dir.filePath(QStringLiteral("larder.toml"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(
            QStringLiteral("[defaults]\ndump_dir = \"%1\"\nhistory = \"%2\"\nhost = \"%3\"\nport = %4\n"
                           "user = \"postgres\"\nschedule = \"%5\"\n\n")
                .arg(dir.filePath(QStringLiteral("dumps")), dir.filePath(QStringLiteral("history.sqlite")),
                     m_cluster->socketDir())
                .arg(m_cluster->port())
                .arg(schedule)
                .toUtf8() +
            databasesToml.toUtf8());
        return config;
    }

    // The real `larder`, in English and without a keychain, at home in dir.
    static CliRunner cliRunner(const QTemporaryDir& dir)
    {
        CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
        runner.setEnvironment(CliRunner::hermeticEnvironment(dir.path()));
        return runner;
    }

    std::unique_ptr<PgCluster> m_cluster;
    // Every engine, as `larder verify` has them: the dump must find its reader.
    std::unique_ptr<EngineSet> m_engines = StandardEngines::create();
    QTemporaryDir m_dir;
    std::unique_ptr<History> m_history;
    int m_jobs = 0;
};

void tst_Verifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    QVERIFY_RESULT(BackupFixture::createOwnedDatabase(
        *m_cluster, QStringLiteral("appdb"), m_cluster->superuser(),
        QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, body text);"
                       "INSERT INTO items SELECT g, md5(g::text) FROM generate_series(1, 20000) g;"
                       "CREATE TABLE notes (id int, note text);"
                       "INSERT INTO notes SELECT g, 'note ' || g FROM generate_series(1, 500) g;")));
    auto history = History::open(m_dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY_RESULT(history);
    m_history = std::move(*history);
}

void tst_Verifier::freshDumpVerifiesOk_data()
{
    QTest::addColumn<DumpFormat>("format");
    QTest::addColumn<int>("compression");
    QTest::newRow("custom") << DumpFormat::Custom << 6;
    QTest::newRow("directory") << DumpFormat::Directory << 6;
    QTest::newRow("tar") << DumpFormat::Tar << 0;
    QTest::newRow("plain") << DumpFormat::Plain << 0;
    QTest::newRow("plain-gzip") << DumpFormat::Plain << 6;
}

void tst_Verifier::freshDumpVerifiesOk()
{
    QFETCH(DumpFormat, format);
    QFETCH(int, compression);
    const HistoryRecord record = dump(job(QStringLiteral("fresh%1").arg(++m_jobs), format, compression));
    QCOMPARE(record.status, AttemptStatus::Success);
    const Verifier::Finding finding = Verifier::verify(*m_engines, record);
    QVERIFY2(finding.ok(), qPrintable(finding.status + QStringLiteral(": ") + finding.detail));
    QVERIFY(finding.detail.isEmpty());
}

void tst_Verifier::flippedByteInCustomDumpIsAMismatchNamingPathAndBothHashes()
{
    const HistoryRecord record = dump(job(QStringLiteral("flip%1").arg(++m_jobs), DumpFormat::Custom));
    QCOMPARE(record.status, AttemptStatus::Success);
    QVERIFY(flipByte(record.path, QFileInfo(record.path).size() / 2));
    const auto changed = DumpFinalizer::sha256OfFile(record.path);
    QVERIFY(changed);

    const Verifier::Finding finding = Verifier::verify(*m_engines, record);
    QCOMPARE(finding.status, QStringLiteral("mismatch"));
    QVERIFY2(finding.detail.contains(record.path), qPrintable(finding.detail));
    QVERIFY2(finding.detail.contains(record.sha256), qPrintable(finding.detail));
    QVERIFY2(finding.detail.contains(*changed), qPrintable(finding.detail));
}

void tst_Verifier::flippedByteInOneFileOfDirectoryDumpIsAMismatchNamingThatFile()
{
    const HistoryRecord record = dump(job(QStringLiteral("dirflip%1").arg(++m_jobs), DumpFormat::Directory));
    QCOMPARE(record.status, AttemptStatus::Success);
    QString victim;
    QDirIterator it(record.path, {QStringLiteral("*.dat.gz")}, QDir::Files);
    qint64 largest = -1;
    while (it.hasNext()) {
        const QString file = it.next();
        if (QFileInfo(file).size() > largest) {
            largest = QFileInfo(file).size();
            victim = file;
        }
    }
    QVERIFY(!victim.isEmpty());
    const auto before = DumpFinalizer::sha256OfFile(victim);
    QVERIFY(flipByte(victim, largest / 2));
    const auto after = DumpFinalizer::sha256OfFile(victim);

    const Verifier::Finding finding = Verifier::verify(*m_engines, record);
    QCOMPARE(finding.status, QStringLiteral("mismatch"));
    QVERIFY2(finding.detail.contains(QFileInfo(victim).absoluteFilePath()), qPrintable(finding.detail));
    QVERIFY2(finding.detail.contains(*before), qPrintable(finding.detail));
    QVERIFY2(finding.detail.contains(*after), qPrintable(finding.detail));
    // The other files are fine: only the changed one is named.
    QCOMPARE(finding.detail.count(QStringLiteral("checksum mismatch")), 1);
}

void tst_Verifier::truncatedCustomDumpIsReportedByPgRestore()
{
    const HistoryRecord record = dump(job(QStringLiteral("cut%1").arg(++m_jobs), DumpFormat::Custom));
    QCOMPARE(record.status, AttemptStatus::Success);
    QFile file(record.path);
    QVERIFY(file.resize(file.size() / 2));

    const Verifier::Finding finding = Verifier::verify(*m_engines, record);
    QCOMPARE(finding.status, QStringLiteral("mismatch"));
    QVERIFY2(finding.detail.contains(QStringLiteral("pg_restore")), qPrintable(finding.detail));
    QVERIFY2(finding.detail.contains(QStringLiteral("cannot read ") + record.path),
             qPrintable(finding.detail));
}

void tst_Verifier::missingDumpIsAnError()
{
    const HistoryRecord record = dump(job(QStringLiteral("gone%1").arg(++m_jobs), DumpFormat::Custom));
    QCOMPARE(record.status, AttemptStatus::Success);
    QVERIFY(QFile::remove(record.path));

    const Verifier::Finding finding = Verifier::verify(*m_engines, record);
    QCOMPARE(finding.status, QStringLiteral("error"));
    QVERIFY2(finding.detail.contains(record.path + QStringLiteral(" is missing")),
             qPrintable(finding.detail));
}

void tst_Verifier::changedSidecarIsAMismatch()
{
    const HistoryRecord record = dump(job(QStringLiteral("side%1").arg(++m_jobs), DumpFormat::Tar, 0));
    QCOMPARE(record.status, AttemptStatus::Success);
    const QString sidecar = DumpFinalizer::sidecarPath(record.path);
    const QString other = QString(64, QLatin1Char('0'));
    QVERIFY(DumpFinalizer::writeFileAtomically(
        sidecar, other.toLatin1() + "  " + QFileInfo(record.path).fileName().toUtf8() + '\n'));

    const Verifier::Finding finding = Verifier::verify(*m_engines, record);
    QCOMPARE(finding.status, QStringLiteral("mismatch"));
    QVERIFY2(finding.detail.contains(sidecar), qPrintable(finding.detail));
    QVERIFY2(finding.detail.contains(other), qPrintable(finding.detail));
}

// The locator's reason why no pg_restore fits is stored with the finding: a German reader reads
// all of Larder's words in German, also those of the locator inside the verifier's.
void tst_Verifier::noFittingPgRestore_isAnErrorInTheReadersLanguage()
{
    const HistoryRecord record = dump(job(QStringLiteral("notool%1").arg(++m_jobs), DumpFormat::Custom));
    QCOMPARE(record.status, AttemptStatus::Success);
    const QString tooOld = m_dir.filePath(QStringLiteral("old-client/pg_restore"));
    QVERIFY(QDir().mkpath(QFileInfo(tooOld).absolutePath()));
    QFile stub(tooOld);
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write("#!/bin/sh\necho 'pg_restore (PostgreSQL) 9.6.24'\n");
    stub.close();
    QVERIFY(stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray searchPath = qgetenv("LARDER_PG_DUMP_SEARCH_PATH");
    const bool hadSearchPath = qEnvironmentVariableIsSet("LARDER_PG_DUMP_SEARCH_PATH");
    const auto restoreSearchPath = qScopeGuard([&] {
        if (hadSearchPath)
            qputenv("LARDER_PG_DUMP_SEARCH_PATH", searchPath);
        else
            qunsetenv("LARDER_PG_DUMP_SEARCH_PATH");
    });
    qputenv("LARDER_PG_DUMP_SEARCH_PATH", QFile::encodeName(QFileInfo(tooOld).absolutePath()));

    const Verifier::Finding finding = Verifier::verify(*m_engines, record);
    QCOMPARE(finding.status, QStringLiteral("error"));
    const QString major =
        PgDumpLocator::majorVersionName(PgDumpLocator::parseMajorVersion(record.pgDumpVersion));
    QCOMPARE(finding.detail,
             QStringLiteral("cannot check %1 with pg_restore: no pg_restore of version %2 or newer found for "
                            "the server's PostgreSQL %2 (found only 9.6 at %3): install postgresql-client-%2")
                 .arg(record.path, major, tooOld));
    QCOMPARE(Message::display(finding.storedDetail), finding.detail);
    QCOMPARE(
        ShownInGerman::display(finding.storedDetail),
        QStringLiteral("%1 kann nicht mit pg_restore geprüft werden: kein pg_restore der Version %2 oder "
                       "neuer für PostgreSQL %2 des Servers gefunden (nur gefunden: 9.6 unter %3): "
                       "Installieren Sie postgresql-client-%2")
            .arg(record.path, major, tooOld));
}

void tst_Verifier::cli_mismatchExitsOneAndHistoryRecordsEachStatus()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    const QString config = writeCliConfig(dir, QStringLiteral("daily"),
                                          QStringLiteral("[databases.good]\ndbname = \"appdb\"\n\n"
                                                         "[databases.bad]\ndbname = \"appdb\"\n"));
    QVERIFY(!config.isEmpty());
    const CliRunner runner = cliRunner(dir);
    const CliResult ran = runner.run({QStringLiteral("run"), QStringLiteral("--config"), config});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.describe()));

    const CliResult clean = runner.run({QStringLiteral("verify"), QStringLiteral("--config"), config});
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.describe()));
    QVERIFY2(clean.outText().contains(QStringLiteral("good: ok")), qPrintable(clean.describe()));

    QString badPath;
    {
        auto history = History::open(historyPath);
        QVERIFY(history);
        const auto attempts = (*history)->attempts(QStringLiteral("bad"), 0);
        QVERIFY(attempts && attempts->size() == 1);
        badPath = attempts->first().path;
        QCOMPARE(attempts->first().verifyStatus, QStringLiteral("ok"));
    }
    // history shows the verification too, in its table and its JSON.
    const CliResult shown =
        runner.run({QStringLiteral("history"), QStringLiteral("--config"), config, QStringLiteral("bad")});
    QVERIFY2(shown.exitCode == 0 && shown.outText().contains(QStringLiteral("VERIFIED")) &&
                 shown.outText().contains(QRegularExpression(QStringLiteral("\\bok \\d{4}-\\d\\d-\\d\\d "))),
             qPrintable(shown.describe()));
    const CliResult shownJson = runner.run({QStringLiteral("history"), QStringLiteral("--config"), config,
                                            QStringLiteral("bad"), QStringLiteral("--json")});
    QVERIFY2(shownJson.exitCode == 0 &&
                 QJsonDocument::fromJson(shownJson.out)
                         .array()
                         .first()
                         .toObject()
                         .value(QStringLiteral("verify_status")) == QStringLiteral("ok"),
             qPrintable(shownJson.describe()));
    QVERIFY(flipByte(badPath, QFileInfo(badPath).size() / 2));

    const CliResult found = runner.run({QStringLiteral("verify"), QStringLiteral("--config"), config});
    QVERIFY2(found.exitCode == 1, qPrintable(found.describe()));
    QVERIFY2(found.outText().contains(QStringLiteral("bad: MISMATCH ") + badPath),
             qPrintable(found.describe()));
    QVERIFY2(found.outText().contains(QStringLiteral("good: ok")), qPrintable(found.describe()));

    auto history = History::open(historyPath);
    QVERIFY(history);
    const auto bad = (*history)->attempts(QStringLiteral("bad"), 0);
    const auto good = (*history)->attempts(QStringLiteral("good"), 0);
    QVERIFY(bad && good);
    QCOMPARE(bad->first().verifyStatus, QStringLiteral("mismatch"));
    QVERIFY2(bad->first().verifyError.contains(badPath), qPrintable(bad->first().verifyError));
    QVERIFY(bad->first().verifiedUtc.isValid());
    QCOMPARE(good->first().verifyStatus, QStringLiteral("ok"));

    const CliResult onlyGood =
        runner.run({QStringLiteral("verify"), QStringLiteral("--config"), config, QStringLiteral("good")});
    QVERIFY2(onlyGood.exitCode == 0, qPrintable(onlyGood.describe()));
    QVERIFY(!onlyGood.outText().contains(QStringLiteral("bad")));
}

void tst_Verifier::cli_unknownJobIsAUsageError()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("larder.toml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[defaults]\ndump_dir = \"%1\"\nhistory = \"%2\"\nhost = \"%3\"\n\n"
                              "[databases.only]\n")
                   .arg(dir.filePath(QStringLiteral("dumps")), dir.filePath(QStringLiteral("h.sqlite")),
                        m_cluster->socketDir())
                   .toUtf8());
    file.close();
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    const CliResult result =
        runner.run({QStringLiteral("verify"), QStringLiteral("--config"), config, QStringLiteral("nosuch")});
    QVERIFY2(result.exitCode == 64, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QStringLiteral("nosuch")) &&
                 result.errText().contains(QStringLiteral("only")),
             qPrintable(result.describe()));
}

// `larder verify` takes no run lock; a cron run may prune a dump between verify listing it and
// reading it. Here the sidecar is a FIFO: verify waits on it, the test prunes the dump as a run
// would (files gone, attempt marked pruned), then lets verify read on.
void tst_Verifier::cli_dumpPrunedWhileBeingVerified_isSkippedNotAFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    const QString config = writeCliConfig(dir, QStringLiteral("manual"),
                                          QStringLiteral("[databases.app]\ndbname = \"appdb\"\n"));
    QVERIFY(!config.isEmpty());
    const CliRunner runner = cliRunner(dir);
    const CliResult ran =
        runner.run({QStringLiteral("run"), QStringLiteral("--config"), config, QStringLiteral("app")});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.describe()));

    HistoryRecord dumped;
    {
        auto history = History::open(historyPath);
        QVERIFY(history);
        const auto attempts = (*history)->successfulAttempts(QStringLiteral("app"));
        QVERIFY(attempts && attempts->size() == 1);
        dumped = attempts->first();
    }
    HeldFile sidecar(DumpFinalizer::sidecarPath(dumped.path));
    QVERIFY2(sidecar.isValid(), qPrintable(sidecar.error()));
    std::unique_ptr<QProcess> verify =
        runner.start({QStringLiteral("verify"), QStringLiteral("--config"), config, QStringLiteral("app")});
    QVERIFY(sidecar.waitUntilOpened(30'000));
    {
        auto history = History::open(historyPath);
        QVERIFY(history);
        QVERIFY(QFile::remove(dumped.path));
        const auto marked = (*history)->markPruned(dumped.id);
        QVERIFY_RESULT(marked);
    }
    sidecar.release();
    const CliResult result = CliRunner::finish(*verify, 60'000);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.outText().contains(
                 QStringLiteral("app: %1 was pruned by a run while it was being verified; skipped")
                     .arg(dumped.path)),
             qPrintable(result.describe()));
    auto history = History::open(historyPath);
    QVERIFY(history);
    const auto after = (*history)->attempt(dumped.id);
    QVERIFY(after);
    QCOMPARE(after->status, AttemptStatus::Pruned);
    QVERIFY2(after->verifyStatus.isEmpty(), qPrintable(after->verifyStatus)); // nothing recorded against it
}

QTEST_GUILESS_MAIN(tst_Verifier)
#include "tst_verifier.moc"
