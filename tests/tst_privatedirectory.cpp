// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// PrivateDirectory against real directories: missing ones are made 0700; a job's own directory
// (makeOwned) loses write permission for others when it is ours, and is refused when it is someone
// else's or a link; dump_dir above it is left as the user made it.
#include "ResultAssert.h"
#include "ShownInGerman.h"
#include "base/Message.h"
#include "system/PrivateDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace larder;

namespace {

int modeOf(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

bool setMode(const QString& path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_messages.append(message);
}

} // namespace

class TestPrivateDirectory final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QtMessageHandler m_previousHandler = nullptr;

    QString dumpDir() const { return m_dir->path() + QStringLiteral("/dumps"); }
    QString jobDir() const { return dumpDir() + QStringLiteral("/app"); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QLoggingCategory::setFilterRules(QStringLiteral("larder.*.info=true"));
        g_messages.clear();
        m_previousHandler = qInstallMessageHandler(collect);
    }

    void cleanup()
    {
        qInstallMessageHandler(m_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        m_dir.reset();
    }

    void make_missingDirectories_areCreatedPrivate()
    {
        QVERIFY(PrivateDirectory::make(jobDir()));
        QCOMPARE(modeOf(dumpDir()), 0700);
        QCOMPARE(modeOf(jobDir()), 0700);
    }

    void makeOwned_missingDirectory_isCreatedPrivateSilently()
    {
        QVERIFY(PrivateDirectory::makeOwned(jobDir()));
        QCOMPARE(modeOf(jobDir()), 0700);
        QVERIFY2(g_messages.filter("removed write permission").isEmpty(), qPrintable(g_messages.join('\n')));
    }

    void makeOwned_ownWritableJobDirectory_isTightenedAndSaysSoOnce()
    {
        QVERIFY(QDir().mkpath(jobDir()));
        QVERIFY(setMode(dumpDir(), 0777));
        QVERIFY(setMode(jobDir(), 0777));
        for (int run = 0; run < 2; ++run) {
            const Result<void> made = PrivateDirectory::makeOwned(jobDir());
            QVERIFY_RESULT(made);
        }
        QCOMPARE(modeOf(jobDir()), 0755);
        // dump_dir may be a shared place: it is the user's to set.
        QCOMPARE(modeOf(dumpDir()), 0777);
        const QStringList said = g_messages.filter("removed write permission");
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(jobDir()), qPrintable(said.first()));
    }

    void makeOwned_someoneElsesWritableJobDirectory_isRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give the directory to another user");
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody)
            QSKIP("no user 'nobody'");
        QVERIFY(QDir().mkpath(jobDir()));
        QCOMPARE(::chown(QFile::encodeName(jobDir()).constData(), nobody->pw_uid, nobody->pw_gid), 0);
        QVERIFY(setMode(jobDir(), 0777));
        const Result<void> made = PrivateDirectory::makeOwned(jobDir());
        QVERIFY(!made);
        const QString message = made.error().message;
        for (const QString& part :
             {jobDir(), QStringLiteral("belongs to nobody"), QStringLiteral("mode 0777"),
              "chown root " + jobDir(), "chmod go-w " + jobDir()})
            QVERIFY2(message.contains(part), qPrintable(part + " missing from: " + message));
        QCOMPARE(modeOf(jobDir()), 0777);
    }

    void makeOwned_linkedJobDirectory_isRefused()
    {
        const QString elsewhere = m_dir->path() + QStringLiteral("/elsewhere");
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QDir().mkpath(dumpDir()));
        QVERIFY(QFile::link(elsewhere, jobDir()));
        const Result<void> made = PrivateDirectory::makeOwned(jobDir());
        QVERIFY(!made);
        QVERIFY2(made.error().message.contains(jobDir() + " is a symbolic link"),
                 qPrintable(made.error().message));
    }

    void makeOwned_linkedDumpDirectory_isFine()
    {
        const QString realDumps = m_dir->path() + QStringLiteral("/real-dumps");
        QVERIFY(QDir().mkpath(realDumps));
        QVERIFY(QFile::link(realDumps, dumpDir()));
        const Result<void> made = PrivateDirectory::makeOwned(jobDir());
        QVERIFY_RESULT(made);
        QVERIFY(QFileInfo(realDumps + QStringLiteral("/app")).isDir());
    }

    // A dump's failure to make its directory ends up in the history, which may be read in another
    // language than the one it was written in.
    void makeOwned_jobDirectoryIsAFile_isRefusedInTheReadersLanguage()
    {
        QVERIFY(QDir().mkpath(dumpDir()));
        QFile file(jobDir());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Result<void> made = PrivateDirectory::makeOwned(jobDir());
        QVERIFY(!made);
        QCOMPARE(made.error().message,
                 jobDir() + QStringLiteral(" exists but is not a directory: move it away"));
        QVERIFY2(made.error().stored.startsWith(Message::kStoredPrefix), qPrintable(made.error().stored));
        QCOMPARE(Message::display(made.error().stored), made.error().message);
        QCOMPARE(ShownInGerman::display(made.error().stored),
                 jobDir() + QStringLiteral(" existiert, ist aber kein Verzeichnis: Verschieben Sie es"));
        QVERIFY(QFileInfo(jobDir()).isFile());
    }

    void make_uncreatableDirectory_failsInTheReadersLanguage()
    {
        // A name longer than any file system allows: mkdir fails even for root.
        const QString path = dumpDir() + QLatin1Char('/') + QString(300, QLatin1Char('x'));
        const Result<void> made = PrivateDirectory::make(path);
        QVERIFY(!made);
        QVERIFY2(made.error().message.startsWith(QStringLiteral("could not create directory %1: ").arg(path)),
                 qPrintable(made.error().message));
        QVERIFY2(
            made.error().message.endsWith(QStringLiteral(": check the permissions of %1").arg(dumpDir())),
            qPrintable(made.error().message));
        QCOMPARE(Message::display(made.error().stored), made.error().message);
        const QString german = ShownInGerman::display(made.error().stored);
        QVERIFY2(german.startsWith(QStringLiteral("Verzeichnis %1 konnte nicht angelegt werden: ").arg(path)),
                 qPrintable(german));
        QVERIFY2(german.endsWith(QStringLiteral(": Prüfen Sie die Berechtigungen von %1").arg(dumpDir())),
                 qPrintable(german));
    }
};

QTEST_GUILESS_MAIN(TestPrivateDirectory)
#include "tst_privatedirectory.moc"
