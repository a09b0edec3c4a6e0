// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// JobDirectory against real files: what it examines and deletes is relative to the job's directory
// held open, never through a symbolic link, including one swapped in (through the test hook)
// between the decision and the deletion; and write permission for others is taken away or refused.
#include "ResultAssert.h"
#include "ShownInGerman.h"
#include "system/JobDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace larder;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int modeOf(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

bool setMode(const QString& path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

} // namespace

class TestJobDirectory final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString root() const { return m_dir->path(); }
    QString jobDir() const { return root() + QStringLiteral("/dumps/app"); }
    // Outside the dump directory: must survive whatever happens inside it.
    QString canaryDir() const { return root() + QStringLiteral("/elsewhere"); }
    QString canary() const { return canaryDir() + QStringLiteral("/canary.txt"); }

    std::unique_ptr<JobDirectory> openJobDir() const
    {
        auto opened = JobDirectory::open(jobDir());
        if (!opened)
            qFatal("open: %s", qPrintable(opened.error().message));
        return std::move(*opened);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(jobDir()));
        QVERIFY(writeFile(canary(), "canary"));
    }

    void cleanup()
    {
        JobDirectory::s_beforeRemoveForTests = nullptr;
        m_dir.reset();
    }

    void open_missingDirectory_hasNoEntries()
    {
        const auto opened = JobDirectory::open(root() + QStringLiteral("/dumps/none"));
        QVERIFY(opened);
        QVERIFY(!(*opened)->exists());
        QCOMPARE(*(*opened)->kindOf(QStringLiteral("none_x.dump")), JobDirectory::Kind::Missing);
        QVERIFY((*opened)->remove(QStringLiteral("none_x.dump"), JobDirectory::Kind::File));
    }

    void open_symlinkedJobDirectory_isRefused()
    {
        const QString link = root() + QStringLiteral("/dumps/linked");
        QVERIFY(QFile::link(canaryDir(), link));
        const auto opened = JobDirectory::open(link);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(link + " is a symbolic link"),
                 qPrintable(opened.error().message));
        // It ends up in the history inside a dump's failure: a German reader sees it in German.
        const QString german = ShownInGerman::display(opened.error().stored);
        QVERIFY2(german.contains(link + QStringLiteral(" ist ein symbolischer Link")), qPrintable(german));
    }

    void open_symlinkedDumpDirectory_isFollowed()
    {
        // dump_dir may be a link a user made; the job's directory below it is still ours.
        const QString linkedDumps = root() + QStringLiteral("/linked-dumps");
        QVERIFY(QFile::link(root() + QStringLiteral("/dumps"), linkedDumps));
        QVERIFY(writeFile(jobDir() + QStringLiteral("/app_1.dump"), "dump"));
        const auto opened = JobDirectory::open(linkedDumps + QStringLiteral("/app"));
        QVERIFY_RESULT(opened);
        QVERIFY((*opened)->remove(QStringLiteral("app_1.dump"), JobDirectory::Kind::File));
        QVERIFY(!QFileInfo::exists(jobDir() + QStringLiteral("/app_1.dump")));
    }

    void kindOf_doesNotFollowLinks()
    {
        QVERIFY(writeFile(jobDir() + QStringLiteral("/app_file"), "x"));
        QVERIFY(QDir().mkpath(jobDir() + QStringLiteral("/app_dir")));
        QVERIFY(QFile::link(canaryDir(), jobDir() + QStringLiteral("/app_link")));
        QCOMPARE(::mkfifo(QFile::encodeName(jobDir() + QStringLiteral("/app_fifo")).constData(), 0600), 0);
        const auto directory = openJobDir();
        QCOMPARE(*directory->kindOf(QStringLiteral("app_file")), JobDirectory::Kind::File);
        QCOMPARE(*directory->kindOf(QStringLiteral("app_dir")), JobDirectory::Kind::Directory);
        QCOMPARE(*directory->kindOf(QStringLiteral("app_link")), JobDirectory::Kind::SymLink);
        QCOMPARE(*directory->kindOf(QStringLiteral("app_fifo")), JobDirectory::Kind::Other);
        QCOMPARE(*directory->kindOf(QStringLiteral("app_none")), JobDirectory::Kind::Missing);
    }

    void namesThatLeaveTheDirectory_areRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("dot-dot") << QStringLiteral("..");
        QTest::newRow("up and over") << QStringLiteral("../../elsewhere");
        QTest::newRow("slash") << QStringLiteral("sub/x");
    }

    void namesThatLeaveTheDirectory_areRefused()
    {
        QFETCH(QString, name);
        QVERIFY(writeFile(jobDir() + QStringLiteral("/sub/x"), "x"));
        const auto directory = openJobDir();
        QVERIFY(!directory->kindOf(name));
        for (const auto kind : {JobDirectory::Kind::File, JobDirectory::Kind::Directory}) {
            const auto removed = directory->remove(name, kind);
            QVERIFY(!removed);
            QVERIFY2(removed.error().message.contains("is not a name inside " + jobDir()),
                     qPrintable(removed.error().message));
        }
        QCOMPARE(readFile(canary()), QByteArray("canary"));
        QCOMPARE(readFile(jobDir() + QStringLiteral("/sub/x")), QByteArray("x"));
    }

    void nameInside_onlyDirectEntries_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        const QString dir = QStringLiteral("/d/app");
        QTest::newRow("direct") << dir + "/app_1.dump" << QStringLiteral("app_1.dump");
        QTest::newRow("cleaned") << dir + "/./x/../app_1.dump" << QStringLiteral("app_1.dump");
        QTest::newRow("nested") << dir + "/sub/app_1.dump" << QString();
        QTest::newRow("sibling") << QStringLiteral("/d/app/../other/app_1.dump") << QString();
        QTest::newRow("the directory") << dir << QString();
        QTest::newRow("elsewhere") << QStringLiteral("/tmp/xyz/victim.partial") << QString();
        QTest::newRow("relative") << QStringLiteral("app_1.dump") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void nameInside_onlyDirectEntries()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QCOMPARE(JobDirectory::nameInside(QStringLiteral("/d/app"), path), name);
    }

    void remove_directoryDump_unlinksLinksInsideAndFollowsNone()
    {
        const QString dump = jobDir() + QStringLiteral("/app_1");
        QVERIFY(writeFile(dump + QStringLiteral("/toc.dat"), "toc"));
        QVERIFY(writeFile(dump + QStringLiteral("/deeper/3001.dat.gz"), "data"));
        QVERIFY(QFile::link(canaryDir(), dump + QStringLiteral("/deeper/escape")));
        QVERIFY(QFile::link(canary(), dump + QStringLiteral("/escape-file")));
        const auto directory = openJobDir();
        const auto removed = directory->remove(QStringLiteral("app_1"), JobDirectory::Kind::Directory);
        QVERIFY_RESULT(removed);
        QVERIFY(!QFileInfo::exists(dump));
        QCOMPARE(readFile(canary()), QByteArray("canary"));
    }

    void remove_directorySwappedForALink_failsAndFollowsNothing()
    {
        const QString dump = jobDir() + QStringLiteral("/app_1");
        QVERIFY(writeFile(dump + QStringLiteral("/toc.dat"), "toc"));
        const auto directory = openJobDir();
        const auto kind = directory->kindOf(QStringLiteral("app_1"));
        QCOMPARE(*kind, JobDirectory::Kind::Directory);
        int calls = 0;
        JobDirectory::s_beforeRemoveForTests = [&](const QString& name) {
            ++calls;
            QCOMPARE(name, QStringLiteral("app_1"));
            QVERIFY(QDir().rename(dump, root() + QStringLiteral("/moved-away")));
            QVERIFY(QFile::link(canaryDir(), dump));
        };
        const auto removed = directory->remove(QStringLiteral("app_1"), *kind);
        QCOMPARE(calls, 1);
        QVERIFY(!removed);
        QVERIFY2(removed.error().message.contains(dump + " was replaced by a symbolic link"),
                 qPrintable(removed.error().message));
        QCOMPARE(readFile(canary()), QByteArray("canary"));
        QVERIFY(QFileInfo(dump).isSymLink());
    }

    void remove_fileSwappedForALink_removesOnlyTheLink()
    {
        const QString dump = jobDir() + QStringLiteral("/app_1.dump");
        QVERIFY(writeFile(dump, "dump"));
        const auto directory = openJobDir();
        const auto kind = directory->kindOf(QStringLiteral("app_1.dump"));
        QCOMPARE(*kind, JobDirectory::Kind::File);
        JobDirectory::s_beforeRemoveForTests = [&](const QString&) {
            QVERIFY(QFile::remove(dump));
            QVERIFY(QFile::link(canary(), dump));
        };
        QVERIFY(directory->remove(QStringLiteral("app_1.dump"), *kind));
        QVERIFY(!QFileInfo(dump).isSymLink());
        QCOMPARE(readFile(canary()), QByteArray("canary"));
    }

    void remove_jobDirectorySwappedForALink_deletesInTheOpenedOne()
    {
        // The whole job directory moved away and replaced by a link after it was opened: the
        // deletion still happens in the directory that was checked, not behind the link.
        QVERIFY(writeFile(jobDir() + QStringLiteral("/app_1.dump"), "dump"));
        QVERIFY(writeFile(canaryDir() + QStringLiteral("/app_1.dump"), "canary dump"));
        const auto directory = openJobDir();
        JobDirectory::s_beforeRemoveForTests = [&](const QString&) {
            QVERIFY(QDir().rename(jobDir(), root() + QStringLiteral("/moved-job")));
            QVERIFY(QFile::link(canaryDir(), jobDir()));
        };
        QVERIFY(directory->remove(QStringLiteral("app_1.dump"), JobDirectory::Kind::File));
        QCOMPARE(readFile(canaryDir() + QStringLiteral("/app_1.dump")), QByteArray("canary dump"));
        QVERIFY(!QFileInfo::exists(root() + QStringLiteral("/moved-job/app_1.dump")));
    }

    void tightenPermissions_ownWritableDirectory_losesWriteForOthers()
    {
        QVERIFY(setMode(jobDir(), 0777));
        const auto directory = openJobDir();
        const auto tightened = directory->tightenPermissions();
        QVERIFY_RESULT(tightened);
        QVERIFY(*tightened);
        QCOMPARE(modeOf(jobDir()), 0755);
        QCOMPARE(*directory->tightenPermissions(), false);
    }

    void tightenPermissions_someoneElsesWritableDirectory_isRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give the directory to another user");
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody)
            QSKIP("no user 'nobody'");
        QCOMPARE(::chown(QFile::encodeName(jobDir()).constData(), nobody->pw_uid, nobody->pw_gid), 0);
        QVERIFY(setMode(jobDir(), 0777));
        const auto directory = openJobDir();
        const auto tightened = directory->tightenPermissions();
        QVERIFY(!tightened);
        const QString message = tightened.error().message;
        for (const QString& part : {jobDir(), QStringLiteral("nobody"), QStringLiteral("0777"),
                                    QStringLiteral("chown root ") + jobDir(), "chmod go-w " + jobDir()})
            QVERIFY2(message.contains(part), qPrintable(part + " missing from: " + message));
        QCOMPARE(modeOf(jobDir()), 0777);
    }
};

QTEST_GUILESS_MAIN(TestJobDirectory)
#include "tst_jobdirectory.moc"
