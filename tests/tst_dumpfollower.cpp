// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// DumpFollower (issue 16) on real files: it follows a .partial file that appears after it started,
// hands each newly written range of a few MiB to write-back while the writer goes on, follows a
// writer that starts over with a new file, follows each file of a directory dump, and, for output
// written once, hashes what is written while it is written: the checksum DumpFinalizer then
// finishes equals sha256sum's, and what is hashed and written leaves the page cache during the
// dump. Whether the final fsync gets shorter is measured by bench/run, not here.
#include "ResultAssert.h"
#include "TestFiles.h"
#include "engine/DumpFinalizer.h"
#include "engine/DumpFollower.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using larder::DumpFinalizer;
using larder::DumpFollower;
using larder::HashedPrefixes;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Appends mib MiB to file, one MiB at a time, pausing so that the follower samples in between. Each
// MiB differs (seed, index), so that a hash of the wrong bytes cannot match by chance.
bool appendSlowly(QFile& file, int mib, int seed = 0)
{
    for (int i = 0; i < mib; ++i) {
        const QByteArray chunk(kMiB, char('a' + (seed * 31 + i) % 26));
        if (file.write(chunk) != chunk.size() || !file.flush())
            return false;
        QThread::msleep(DumpFollower::kIntervalMs / 4);
    }
    return true;
}

// Gives the follower's thread, sampling every kIntervalMs, time to see what was written.
void settle()
{
    QThread::msleep(6 * DumpFollower::kIntervalMs);
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? QString::fromLatin1(hash.result().toHex())
                                                                 : QString();
}

// Finalizes partial as finalPath going on from ahead; empty when that succeeds and the recorded
// checksum is the file's own (sha256sum's), else what went wrong.
QString finalizeGoingOn(const QString& partial, const QString& finalPath, HashedPrefixes& ahead)
{
    const auto finalized = DumpFinalizer::finalize(partial, finalPath, nullptr, &ahead);
    if (!finalized)
        return QStringLiteral("finalize failed: ") + finalized.error().message;
    const QString actual = sha256Of(finalized->path);
    return finalized->sha256 == actual
               ? QString()
               : QStringLiteral("recorded checksum %1, the file's is %2").arg(finalized->sha256, actual);
}

} // namespace

class tst_DumpFollower final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsAFileCreatedLater_inRangesOfAFewMiB()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("app.dump.partial"));
        DumpFollower follower;
        follower.start(partial); // the tool has not created it yet
        settle();
        QFile file(partial);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(appendSlowly(file, 20));
        settle();
        // Less than kMinRange is left waiting for more: a last few MiB is the final fsync's.
        QVERIFY(appendSlowly(file, 3));
        settle();
        follower.stop();
        // All but what is left since the last range, which is less than kMinRange.
        const qint64 written = 23 * kMiB;
        QVERIFY2(follower.handedOver() > written - DumpFollower::kMinRange &&
                     follower.handedOver() <= written,
                 qPrintable(QString::number(follower.handedOver())));
        // The custom format's kind: nothing hashed ahead, nothing to hand on.
        QCOMPARE(follower.hashedAhead(), 0);
        QVERIFY(follower.takeHashedPrefixes().empty());
    }

    void aWriterStartingOverWithANewFile_isFollowed()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("app.dump.partial"));
        DumpFollower follower;
        follower.start(partial, DumpFollower::Hashing::WhileWritten);
        {
            QFile first(partial);
            QVERIFY(first.open(QIODevice::WriteOnly));
            QVERIFY(appendSlowly(first, 12, 1));
            settle();
        }
        QVERIFY(QFile::remove(partial));
        QFile second(partial); // a new inode: the tool was restarted
        QVERIFY(second.open(QIODevice::WriteOnly));
        QVERIFY(appendSlowly(second, 20, 2));
        second.close();
        settle();
        follower.stop();
        // Each file but its last few MiB; following only the first would hand over at most 12 MiB.
        QVERIFY2(follower.handedOver() > 32 * kMiB - 2 * DumpFollower::kMinRange &&
                     follower.handedOver() <= 32 * kMiB,
                 qPrintable(QString::number(follower.handedOver())));
        // The hash of the first file's bytes must not carry over into the second's.
        HashedPrefixes ahead = follower.takeHashedPrefixes();
        QCOMPARE(ahead.size(), size_t(1));
        QCOMPARE(ahead.begin()->second.bytes, 20 * kMiB);
        const QString problem = finalizeGoingOn(partial, dir.filePath(QStringLiteral("app.dump")), ahead);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A plain script: all of it hashed while it is written, and the checksum the finalizer finishes
    // from there is the file's (sha256sum's), which a hash of fewer or other bytes would not be.
    void aFileWrittenOnce_isHashedWhileWritten()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("app.sql.partial"));
        DumpFollower follower;
        follower.start(partial, DumpFollower::Hashing::WhileWritten);
        QFile file(partial);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(appendSlowly(file, 12, 3));
        settle();
        QVERIFY(file.write("-- the last line, written after the last sample\n") > 0);
        file.close();
        follower.stop();
        QCOMPARE(follower.hashedAhead(), 12 * kMiB);

        HashedPrefixes ahead = follower.takeHashedPrefixes();
        QCOMPARE(ahead.size(), size_t(1));
        QCOMPARE(ahead.begin()->first, partial);
        const QString problem = finalizeGoingOn(partial, dir.filePath(QStringLiteral("app.sql")), ahead);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A prefix of a file that is no longer under that name is not used: the finalizer hashes the
    // file there from its start. Moved away, the first file keeps its inode number, so device and
    // inode tell the two apart; deleted, its number may go to the second at once (ext4 does), and
    // only the birth time tells them apart.
    void aPrefixOfAnotherFile_isNotUsed_data()
    {
        QTest::addColumn<bool>("deleted");
        QTest::newRow("moved away") << false;
        QTest::newRow("deleted") << true;
    }

    void aPrefixOfAnotherFile_isNotUsed()
    {
        QFETCH(bool, deleted);
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("app.sql.partial"));
        DumpFollower follower;
        follower.start(partial, DumpFollower::Hashing::WhileWritten);
        {
            QFile file(partial);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(appendSlowly(file, 4, 4));
            settle();
            const auto id = larder::HashedPrefix::idOf(file.handle());
            QVERIFY(id);
            if (deleted && id->bornNs == 0)
                QSKIP("this file system records no birth time: an inode number reused at once goes unseen");
        }
        follower.stop();
        HashedPrefixes ahead = follower.takeHashedPrefixes();
        QCOMPARE(ahead.size(), size_t(1));
        QVERIFY(deleted ? QFile::remove(partial)
                        : QFile::rename(partial, dir.filePath(QStringLiteral("moved"))));
        QFile other(partial);
        QVERIFY(other.open(QIODevice::WriteOnly));
        QVERIFY(appendSlowly(other, 5, 5));
        other.close();
        const QString problem = finalizeGoingOn(partial, dir.filePath(QStringLiteral("app.sql")), ahead);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A directory dump: each file is handed to write-back and hashed while written, and the
    // sidecar the finalizer writes checks out file by file.
    void aDirectoryDump_eachFileIsFollowed()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("app.dump.partial"));
        QVERIFY(QDir().mkpath(partial));
        DumpFollower follower;
        follower.start(partial, DumpFollower::Hashing::WhileWritten);
        QFile first(partial + QStringLiteral("/3001.dat.gz"));
        QVERIFY(first.open(QIODevice::WriteOnly));
        QVERIFY(appendSlowly(first, 10, 6));
        first.close();
        QFile second(partial + QStringLiteral("/3002.dat.gz"));
        QVERIFY(second.open(QIODevice::WriteOnly));
        QVERIFY(appendSlowly(second, 9, 7));
        second.close();
        settle();
        QFile toc(partial + QStringLiteral("/toc.dat")); // written last, after the last sample
        QVERIFY(toc.open(QIODevice::WriteOnly));
        QVERIFY(toc.write("PGDMP table of contents") > 0);
        toc.close();
        follower.stop();
        // At least kMinRange of each file (following one alone would hand over at most 10 MiB); the
        // rest of a file, less than kMinRange, is the final fsync's.
        QVERIFY2(follower.handedOver() >= 2 * DumpFollower::kMinRange && follower.handedOver() <= 19 * kMiB,
                 qPrintable(QString::number(follower.handedOver())));
        QCOMPARE(follower.hashedAhead(), 19 * kMiB);
        follower.stop(); // twice is fine

        HashedPrefixes ahead = follower.takeHashedPrefixes();
        QCOMPARE(ahead.size(), size_t(2));
        const QString final = dir.filePath(QStringLiteral("app.dump"));
        QVERIFY_RESULT(DumpFinalizer::finalize(partial, final, nullptr, &ahead));
        QProcess check;
        check.setWorkingDirectory(dir.path());
        check.start(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("app.dump.sha256")});
        QVERIFY(check.waitForFinished(30'000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
    }

    // Hashed and handed to write-back a sample ago: those pages leave the page cache while the
    // tool still writes. The check can fail: just written, the pages are resident.
    void whatIsHashedAndWritten_leavesThePageCacheDuringTheDump()
    {
        QTemporaryDir dir;
        if (TestFiles::onTmpfs(dir.path()))
            QSKIP("the temporary directory is on tmpfs, whose pages cannot be dropped");
        const QString partial = dir.filePath(QStringLiteral("app.sql.partial"));
        DumpFollower follower;
        follower.start(partial, DumpFollower::Hashing::WhileWritten);
        QFile file(partial);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(appendSlowly(file, 10, 8));
        if (TestFiles::residentShare(partial, 2 * kMiB) < 0.5 && TestFiles::residentShare(partial) < 0.5)
            QSKIP("this file system does not keep freshly written pages resident: nothing to show");
        QVERIFY(appendSlowly(file, 20, 9));
        settle();
        settle();
        // The first 16 MiB were handed over at least two samples ago, and hashed.
        const double early = TestFiles::residentShare(partial, 16 * kMiB);
        QVERIFY(file.isOpen()); // the writer is still there
        follower.stop();
        QVERIFY2(early >= 0 && early < 0.2,
                 qPrintable(QStringLiteral("%1 of the first 16 MiB still resident").arg(early)));
    }
};

QTEST_GUILESS_MAIN(tst_DumpFollower)
#include "tst_dumpfollower.moc"
