// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ResultAssert.h"
#include "ShownInGerman.h"
#include "TestFiles.h"
#include "base/Message.h"
#include "engine/DumpFinalizer.h"
#include "system/JobDirectory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using larder::DumpFinalizer;
using TestFiles::onTmpfs;
using TestFiles::residentShare;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Creates the directory dir with one file in it.
bool writeFileInNewDir(const QString& dir, const QString& name, const QByteArray& content)
{
    return QDir().mkpath(dir) && writeFile(dir + QLatin1Char('/') + name, content);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class tst_DumpFinalizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256OfFile_matchesWholeContentHash_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("abc") << QByteArray("abc");
        QTest::newRow("several chunks") << QByteArray(3 * 1024 * 1024 + 17, 'x');
    }

    void sha256OfFile_matchesWholeContentHash()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QVERIFY(writeFile(path, content));
        const auto hash = DumpFinalizer::sha256OfFile(path);
        QVERIFY(hash);
        QCOMPARE(hash->toLatin1(), sha256Hex(content));
    }

    void finalize_file_renamesAndWritesSidecar()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("job_1.dump.partial"));
        const QString final = dir.filePath(QStringLiteral("job_1.dump"));
        QVERIFY(writeFile(partial, "dump bytes"));
        const auto done = DumpFinalizer::finalize(partial, final);
        QVERIFY_RESULT(done);
        QVERIFY(!QFileInfo::exists(partial));
        QCOMPARE(readFile(final), QByteArray("dump bytes"));
        QCOMPARE(done->bytes, qint64(10));
        QCOMPARE(done->sha256.toLatin1(), sha256Hex("dump bytes"));
        QCOMPARE(readFile(final + QStringLiteral(".sha256")), sha256Hex("dump bytes") + "  job_1.dump\n");
        QVERIFY(!QFileInfo::exists(final + QStringLiteral(".sha256.partial")));
    }

    // Issue 16: a finished dump is hashed and flushed, then dropped from the page cache, so that large
    // dumps do not push the databases' hot pages out of memory. The check can fail: just written, the
    // pages are resident.
    void finalize_dropsTheDumpFromThePageCache()
    {
        QTemporaryDir dir;
        if (onTmpfs(dir.path()))
            QSKIP("the temporary directory is on tmpfs, whose pages cannot be dropped");
        const QString partial = dir.filePath(QStringLiteral("big.dump.partial"));
        const QString final = dir.filePath(QStringLiteral("big.dump"));
        QByteArray content(16 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char(i * 7 % 251);
        QVERIFY(writeFile(partial, content));
        const QString innerDir = dir.filePath(QStringLiteral("dir.dump.partial"));
        QVERIFY(writeFileInNewDir(innerDir, QStringLiteral("1.dat"), content));
        const double before = residentShare(partial);
        if (before < 0.5)
            QSKIP("this file system does not keep freshly written pages resident: nothing to show");

        QVERIFY_RESULT(DumpFinalizer::finalize(partial, final));
        const double fileAfter = residentShare(final);
        QVERIFY2(fileAfter >= 0 && fileAfter < 0.1,
                 qPrintable(QStringLiteral("%1 of the pages still resident").arg(fileAfter)));
        QCOMPARE(sha256Hex(readFile(final)), sha256Hex(content));
        QVERIFY_RESULT(DumpFinalizer::finalize(innerDir, dir.filePath(QStringLiteral("dir.dump"))));
        const double after = residentShare(dir.filePath(QStringLiteral("dir.dump/1.dat")));
        QVERIFY2(after >= 0 && after < 0.1,
                 qPrintable(QStringLiteral("%1 of the pages still resident").arg(after)));
        QCOMPARE(sha256Hex(readFile(dir.filePath(QStringLiteral("dir.dump/1.dat")))), sha256Hex(content));
    }

    void finalize_existingFinal_refusesAndKeepsBoth()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("job_2.dump.partial"));
        const QString final = dir.filePath(QStringLiteral("job_2.dump"));
        QVERIFY(writeFile(partial, "new"));
        QVERIFY(writeFile(final, "old"));
        const auto done = DumpFinalizer::finalize(partial, final);
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(final + QStringLiteral(" already exists")),
                 qPrintable(done.error().message));
        QCOMPARE(readFile(final), QByteArray("old"));
        QCOMPARE(readFile(partial), QByteArray("new"));

        // The error ends up in the history (a failed dump's row), which may be read in another
        // language than the one it was written in.
        const QString stored = done.error().stored;
        QVERIFY2(stored.startsWith(larder::Message::kStoredPrefix), qPrintable(stored));
        QCOMPARE(larder::Message::display(stored), done.error().message);
        QCOMPARE(done.error().message, final + QStringLiteral(" already exists; larder never overwrites a "
                                                              "dump: move it away and run the job again"));
        QCOMPARE(ShownInGerman::display(stored),
                 final +
                     QStringLiteral(" existiert bereits; larder überschreibt nie eine Sicherung: "
                                    "Verschieben Sie sie woandershin, und führen Sie den Job erneut aus"));
    }

    void finalize_directory_sidecarListsEveryFileSorted()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("job_3.partial"));
        const QString final = dir.filePath(QStringLiteral("job_3"));
        QVERIFY(QDir().mkpath(partial));
        QVERIFY(writeFile(partial + QStringLiteral("/toc.dat"), "toc"));
        QVERIFY(writeFile(partial + QStringLiteral("/3001.dat.gz"), "data one"));
        QVERIFY(writeFile(partial + QStringLiteral("/3000.dat.gz"), "data zero"));
        const auto done = DumpFinalizer::finalize(partial, final);
        QVERIFY_RESULT(done);
        const QByteArray expected = sha256Hex("data zero") + "  job_3/3000.dat.gz\n" + sha256Hex("data one") +
                                    "  job_3/3001.dat.gz\n" + sha256Hex("toc") + "  job_3/toc.dat\n";
        QCOMPARE(readFile(final + QStringLiteral(".sha256")), expected);
        QCOMPARE(done->sha256.toLatin1(), sha256Hex(expected));
        QCOMPARE(done->bytes, qint64(3 + 8 + 9));
    }

    void finalize_missingPartial_failsNamingIt()
    {
        QTemporaryDir dir;
        const QString partial = dir.filePath(QStringLiteral("gone.partial"));
        const auto done = DumpFinalizer::finalize(partial, dir.filePath(QStringLiteral("gone")));
        QVERIFY(!done);
        QVERIFY(done.error().message.contains(partial));
    }

    void writeFileAtomically_createsPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("side.sha256"));
        QVERIFY(writeFile(path, "previous"));
        QVERIFY(DumpFinalizer::writeFileAtomically(path, "content\n"));
        QCOMPARE(readFile(path), QByteArray("content\n"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void removeDumpPath_symlink_removesLinkButNotTarget()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("precious"));
        QVERIFY(writeFileInNewDir(target, QStringLiteral("keep.txt"), "keep"));
        const QString link = dir.filePath(QStringLiteral("job_4.partial"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(DumpFinalizer::removeDumpPath(link));
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(readFile(target + QStringLiteral("/keep.txt")), QByteArray("keep"));
    }

    void removeDumpPath_directoryWithInnerSymlink_keepsLinkTarget()
    {
        QTemporaryDir dir;
        const QString outside = dir.filePath(QStringLiteral("outside"));
        QVERIFY(writeFileInNewDir(outside, QStringLiteral("keep.txt"), "keep"));
        const QString dump = dir.filePath(QStringLiteral("job_5.partial"));
        QVERIFY(writeFileInNewDir(dump, QStringLiteral("toc.dat"), "toc"));
        QVERIFY(QFile::link(outside, dump + QStringLiteral("/escape")));
        QVERIFY(DumpFinalizer::removeDumpPath(dump));
        QVERIFY(!QFileInfo::exists(dump));
        QCOMPARE(readFile(outside + QStringLiteral("/keep.txt")), QByteArray("keep"));
    }

    void removeDumpPath_directorySwappedForALink_failsAndKeepsTheTarget()
    {
        // PgToolTask's removal of a partial goes through here: a link swapped in after the check
        // must not lead the removal into the directory it points at.
        QTemporaryDir dir;
        const QString outside = dir.filePath(QStringLiteral("outside"));
        QVERIFY(writeFileInNewDir(outside, QStringLiteral("keep.txt"), "keep"));
        const QString dump = dir.filePath(QStringLiteral("job_6.partial"));
        QVERIFY(writeFileInNewDir(dump, QStringLiteral("toc.dat"), "toc"));
        larder::JobDirectory::s_beforeRemoveForTests = [&](const QString&) {
            QVERIFY(QDir(dump).removeRecursively());
            QVERIFY(QFile::link(outside, dump));
        };
        const auto removed = DumpFinalizer::removeDumpPath(dump);
        larder::JobDirectory::s_beforeRemoveForTests = nullptr;
        QVERIFY(!removed);
        QVERIFY2(removed.error().message.contains(dump + " was replaced by a symbolic link"),
                 qPrintable(removed.error().message));
        QVERIFY2(removed.error().message.endsWith(QStringLiteral("; remove %1 by hand").arg(dump)),
                 qPrintable(removed.error().message));
        // Read later in German, Larder's own words around the cause follow the reader.
        const QString german = ShownInGerman::display(removed.error().stored);
        QVERIFY2(german.endsWith(QStringLiteral("; entfernen Sie %1 von Hand").arg(dump)),
                 qPrintable(german));
        QCOMPARE(readFile(outside + QStringLiteral("/keep.txt")), QByteArray("keep"));
    }

    void removeDumpPath_parentNotADirectory_failsInTheReadersLanguage()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("job_7"));
        QVERIFY(writeFile(file, "not a directory"));
        const QString dump = file + QStringLiteral("/job_7.partial");
        const auto removed = DumpFinalizer::removeDumpPath(dump);
        QVERIFY(!removed);
        QVERIFY2(removed.error().message.startsWith(QStringLiteral("could not remove %1: ").arg(dump)),
                 qPrintable(removed.error().message));
        QCOMPARE(larder::Message::display(removed.error().stored), removed.error().message);
        const QString german = ShownInGerman::display(removed.error().stored);
        QVERIFY2(german.startsWith(QStringLiteral("%1 konnte nicht entfernt werden: ").arg(dump)),
                 qPrintable(german));
        QVERIFY2(german.contains(file), qPrintable(german));
    }

    void removeDumpPath_missing_succeeds()
    {
        QVERIFY(DumpFinalizer::removeDumpPath(QStringLiteral("/nonexistent/larder/nothing.partial")));
    }

    void sizeOnDisk_directory_sumsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a")), "12345"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/b")), "123"));
        QCOMPARE(DumpFinalizer::sizeOnDisk(dir.path()), qint64(8));
        QCOMPARE(DumpFinalizer::sizeOnDisk(dir.filePath(QStringLiteral("a"))), qint64(5));
        QCOMPARE(DumpFinalizer::sizeOnDisk(dir.filePath(QStringLiteral("missing"))), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_DumpFinalizer)
#include "tst_dumpfinalizer.moc"
