#include "DumpFinalizer.h"
#include "History.h"
#include "RunRecovery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

class TestRunRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto history = History::open(m_dir->filePath(QStringLiteral("history.sqlite")));
        QVERIFY(history.has_value());
        m_history = std::move(*history);
        QVERIFY(QDir().mkpath(jobDir()));
    }
    void cleanup()
    {
        m_history.reset();
        m_dir.reset();
    }

    void killedWhileDumping_becomesInterruptedAndLosesItsPartial()
    {
        const qint64 id = begin(QStringLiteral("app_20261126T010000Z.dump"));
        writeFile(partialOf(id), "half a dump");
        writeFile(DumpFinalizer::sidecarPath(finalOf(id)) + QStringLiteral(".partial"), "half a sidecar");

        const auto repaired = RunRecovery::recover(*m_history);
        QVERIFY(repaired.has_value());
        QCOMPARE(repaired->size(), 1);
        QCOMPARE(repaired->first().status, AttemptStatus::Interrupted);
        QCOMPARE(m_history->attempt(id)->status, AttemptStatus::Interrupted);
        QVERIFY(!QFileInfo::exists(partialOf(id)));
        QVERIFY(!QFileInfo::exists(DumpFinalizer::sidecarPath(finalOf(id)) + QStringLiteral(".partial")));
    }

    void killedBetweenSidecarAndRename_removesTheOrphanSidecar()
    {
        const qint64 id = begin(QStringLiteral("app_20261126T020000Z.dump"));
        writeFile(partialOf(id), "a whole dump");
        writeFile(DumpFinalizer::sidecarPath(finalOf(id)), "0000  app_20261126T020000Z.dump\n");

        QVERIFY(RunRecovery::recover(*m_history).has_value());
        QCOMPARE(m_history->attempt(id)->status, AttemptStatus::Interrupted);
        QVERIFY(!QFileInfo::exists(DumpFinalizer::sidecarPath(finalOf(id))));
        QVERIFY(!QFileInfo::exists(partialOf(id)));
    }

    void killedAfterTheRename_recordsTheCompleteDumpAsSuccess()
    {
        const qint64 id = begin(QStringLiteral("app_20261126T030000Z.dump"));
        writeFile(partialOf(id), "a complete dump");
        const auto finalized = DumpFinalizer::finalize(partialOf(id), finalOf(id));
        QVERIFY(finalized.has_value());

        QVERIFY(RunRecovery::recover(*m_history).has_value());
        const auto row = m_history->attempt(id);
        QVERIFY(row.has_value());
        QCOMPARE(row->status, AttemptStatus::Success);
        QCOMPARE(row->sha256, finalized->sha256);
        QCOMPARE(row->bytes, qint64(QByteArray("a complete dump").size()));
        QVERIFY(QFileInfo::exists(finalOf(id)));
    }

    void completeDumpWithAWrongSidecar_isNotTakenForASuccess()
    {
        const qint64 id = begin(QStringLiteral("app_20261126T040000Z.dump"));
        writeFile(partialOf(id), "a complete dump");
        QVERIFY(DumpFinalizer::finalize(partialOf(id), finalOf(id)).has_value());
        writeFile(finalOf(id), "changed after its checksum was written");

        QVERIFY(RunRecovery::recover(*m_history).has_value());
        QCOMPARE(m_history->attempt(id)->status, AttemptStatus::Interrupted);
        QVERIFY(QFileInfo::exists(finalOf(id))); // never deleted: only partials are
    }

private:
    QString jobDir() const { return m_dir->filePath(QStringLiteral("dumps/app")); }
    QString finalOf(qint64 id) const { return m_finals.value(id); }
    QString partialOf(qint64 id) const { return m_finals.value(id) + QStringLiteral(".partial"); }

    qint64 begin(const QString& name)
    {
        HistoryRecord record;
        record.job = QStringLiteral("app");
        record.server = QStringLiteral("main");
        record.database = QStringLiteral("app");
        record.startedUtc = QDateTime::currentDateTimeUtc();
        record.path = jobDir() + QLatin1Char('/') + name;
        record.partialPath = record.path + QStringLiteral(".partial");
        record.pid = 999999;
        const auto id = m_history->beginAttempt(record);
        if (!id)
            return 0;
        m_finals.insert(*id, record.path);
        return *id;
    }
    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    QHash<qint64, QString> m_finals;
};

QTEST_GUILESS_MAIN(TestRunRecovery)
#include "tst_runrecovery.moc"
