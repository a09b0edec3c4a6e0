// DumpWriteBehind (issue 16) on real files: it follows a .partial file that appears after it
// started, hands each newly written range of a few MiB to write-back while the writer goes on,
// follows a writer that starts over with a new file, and leaves a directory dump alone. Whether the
// final fsync gets shorter is measured by bench/run, not here.
#include "engine/DumpWriteBehind.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using larder::DumpWriteBehind;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Appends mib MiB to file, one MiB at a time, pausing so that the write-behind samples in between.
bool appendSlowly(QFile& file, int mib)
{
    const QByteArray chunk(kMiB, 'x');
    for (int i = 0; i < mib; ++i) {
        if (file.write(chunk) != chunk.size() || !file.flush())
            return false;
        QThread::msleep(DumpWriteBehind::kIntervalMs / 4);
    }
    return true;
}

// Gives the write-behind's thread, sampling every kIntervalMs, time to see what was written.
void settle()
{
    QThread::msleep(6 * DumpWriteBehind::kIntervalMs);
}

} // namespace

class tst_DumpWriteBehind final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsAFileCreatedLater_inRangesOfAFewMiB()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("app.dump.partial"));
        DumpWriteBehind writeBehind;
        writeBehind.start(partial); // the tool has not created it yet
        settle();
        QFile file(partial);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(appendSlowly(file, 20));
        settle();
        // Less than kMinRange is left waiting for more: a last few MiB is the final fsync's.
        QVERIFY(appendSlowly(file, 3));
        settle();
        writeBehind.stop();
        // All but what is left since the last range, which is less than kMinRange.
        const qint64 written = 23 * kMiB;
        QVERIFY2(writeBehind.handedOver() > written - DumpWriteBehind::kMinRange &&
                     writeBehind.handedOver() <= written,
                 qPrintable(QString::number(writeBehind.handedOver())));
    }

    void aWriterStartingOverWithANewFile_isFollowed()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("app.dump.partial"));
        DumpWriteBehind writeBehind;
        writeBehind.start(partial);
        {
            QFile first(partial);
            QVERIFY(first.open(QIODevice::WriteOnly));
            QVERIFY(appendSlowly(first, 12));
            settle();
        }
        QVERIFY(QFile::remove(partial));
        QFile second(partial); // a new inode: the tool was restarted
        QVERIFY(second.open(QIODevice::WriteOnly));
        QVERIFY(appendSlowly(second, 20));
        settle();
        writeBehind.stop();
        // Each file but its last few MiB; following only the first would hand over at most 12 MiB.
        QVERIFY2(writeBehind.handedOver() > 32 * kMiB - 2 * DumpWriteBehind::kMinRange &&
                     writeBehind.handedOver() <= 32 * kMiB,
                 qPrintable(QString::number(writeBehind.handedOver())));
    }

    void aDirectoryDump_isLeftToTheFinalFlush()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("app.dump.partial"));
        QVERIFY(QDir().mkpath(partial));
        QFile file(partial + QStringLiteral("/toc.dat"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        DumpWriteBehind writeBehind;
        writeBehind.start(partial);
        QVERIFY(appendSlowly(file, 10));
        settle();
        writeBehind.stop();
        QCOMPARE(writeBehind.handedOver(), 0);
        writeBehind.stop(); // twice is fine
    }
};

QTEST_GUILESS_MAIN(tst_DumpWriteBehind)
#include "tst_dumpwritebehind.moc"
