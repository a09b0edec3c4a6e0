// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ResultAssert.h"
#include "postgres/PgDumpLocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using larder::PgDumpLocator;

class tst_PgDumpLocator final : public QObject
{
    Q_OBJECT

private:
    // A directory holding a pg_dump shell stub that prints versionLine.
    QString makeStub(const QString& versionLine, const QString& tool = QStringLiteral("pg_dump"))
    {
        auto dir = std::make_unique<QTemporaryDir>();
        const QString path = dir->filePath(tool);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write("#!/bin/sh\necho '" + versionLine.toUtf8() + "'\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                            QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        const QString dirPath = dir->path();
        m_dirs.push_back(std::move(dir));
        return dirPath;
    }

    void setSearchPath(const QStringList& dirs)
    {
        qputenv("LARDER_PG_DUMP_SEARCH_PATH", dirs.join(QLatin1Char(':')).toUtf8());
    }

    // What the errors say to install on this platform (PgDumpLocator's install hint).
    static QString installHint(int major)
    {
#ifdef Q_OS_MACOS
        return QStringLiteral("brew install postgresql@%1").arg(major);
#else
        return QStringLiteral("postgresql-client-%1").arg(major);
#endif
    }

    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    QByteArray m_savedPath;

private Q_SLOTS:
    void initTestCase()
    {
        m_savedPath = qgetenv("PATH");
    }

    void cleanup()
    {
        qunsetenv("LARDER_PG_DUMP_SEARCH_PATH");
        qputenv("PATH", m_savedPath);
    }

    void parseMajorVersion_readsMajorFromVersionLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("major");
        QTest::newRow("release") << QStringLiteral("pg_dump (PostgreSQL) 15.4") << 15;
        QTest::newRow("debian suffix")
            << QStringLiteral("pg_dump (PostgreSQL) 15.4 (Debian 15.4-1.pgdg120+1)") << 15;
        QTest::newRow("beta") << QStringLiteral("pg_dump (PostgreSQL) 16beta2") << 16;
        QTest::newRow("ten") << QStringLiteral("pg_dump (PostgreSQL) 10.23") << 10;
        QTest::newRow("old two-part major") << QStringLiteral("pg_dump (PostgreSQL) 9.6.24") << 906;
        QTest::newRow("trailing newline") << QStringLiteral("pg_dump (PostgreSQL) 17.0\n") << 17;
        QTest::newRow("psql is not pg_dump") << QStringLiteral("psql (PostgreSQL) 15.4") << 0;
        QTest::newRow("garbage") << QStringLiteral("hello world") << 0;
        QTest::newRow("empty") << QStringLiteral("") << 0;
    }

    void parseMajorVersion_readsMajorFromVersionLine()
    {
        QFETCH(QString, text);
        QFETCH(int, major);
        QCOMPARE(PgDumpLocator::parseMajorVersion(text), major);
    }

    void majorVersionName_showsOldMajorsWithDot()
    {
        QCOMPARE(PgDumpLocator::majorVersionName(906), QStringLiteral("9.6"));
        QCOMPARE(PgDumpLocator::majorVersionName(15), QStringLiteral("15"));
    }

    void inspect_stub_givesPathMajorAndText()
    {
        const QString dir = makeStub(QStringLiteral("pg_dump (PostgreSQL) 14.9"));
        const auto binary = PgDumpLocator::inspect(dir + QStringLiteral("/pg_dump"));
        QVERIFY_RESULT(binary);
        QCOMPARE(binary->path, dir + QStringLiteral("/pg_dump"));
        QCOMPARE(binary->majorVersion, 14);
        QCOMPARE(binary->versionText, QStringLiteral("pg_dump (PostgreSQL) 14.9"));
    }

    void inspect_isCachedPerPath()
    {
        const QString dir = makeStub(QStringLiteral("pg_dump (PostgreSQL) 13.1"));
        const QString path = dir + QStringLiteral("/pg_dump");
        QVERIFY(PgDumpLocator::inspect(path));
        QFile::remove(path);
        const auto again = PgDumpLocator::inspect(path);
        QVERIFY(again);
        QCOMPARE(again->majorVersion, 13);
    }

    void inspect_missingFile_namesPath()
    {
        const auto binary = PgDumpLocator::inspect(QStringLiteral("/nonexistent/dir/pg_dump"));
        QVERIFY(!binary);
        QVERIFY2(binary.error().message.contains(QStringLiteral("/nonexistent/dir/pg_dump")),
                 qPrintable(binary.error().message));
    }

    void inspect_notPgDump_saysWhatItPrinted()
    {
        const QString dir = makeStub(QStringLiteral("something else 1.0"));
        const auto binary = PgDumpLocator::inspect(dir + QStringLiteral("/pg_dump"));
        QVERIFY(!binary);
        QVERIFY2(binary.error().message.contains(QStringLiteral("something else 1.0")),
                 qPrintable(binary.error().message));
    }

    void candidatePaths_withSearchPath_listsOnlyThoseDirs()
    {
        const QString a = makeStub(QStringLiteral("pg_dump (PostgreSQL) 12.1"));
        const QString b = makeStub(QStringLiteral("pg_dump (PostgreSQL) 13.1"));
        setSearchPath({a, QStringLiteral("/nonexistent"), b});
        QCOMPARE(PgDumpLocator::candidatePaths(),
                 QStringList({a + QStringLiteral("/pg_dump"), b + QStringLiteral("/pg_dump")}));
    }

    void locate_picksNewestFitting_data()
    {
        QTest::addColumn<int>("serverMajor");
        QTest::newRow("older server") << 13;
        QTest::newRow("same as newest") << 16;
        QTest::newRow("9.6 server") << 906;
    }

    void locate_picksNewestFitting()
    {
        QFETCH(int, serverMajor);
        const QString v12 = makeStub(QStringLiteral("pg_dump (PostgreSQL) 12.3"));
        const QString v16 = makeStub(QStringLiteral("pg_dump (PostgreSQL) 16.1"));
        const QString v14 = makeStub(QStringLiteral("pg_dump (PostgreSQL) 14.2"));
        setSearchPath({v12, v16, v14});
        const auto binary = PgDumpLocator::locate(QString(), serverMajor);
        QVERIFY_RESULT(binary);
        QCOMPARE(binary->path, v16 + QStringLiteral("/pg_dump"));
        QCOMPARE(binary->majorVersion, 16);
    }

    // A warning on standard error before the version (pg_dump run from a directory it may not enter,
    // as under `sudo -u backup larder run` from /root) does not hide the version.
    void inspect_warningOnStandardErrorFirst_readsTheVersion()
    {
        const QString dir = makeStub(QStringLiteral("pg_dump (PostgreSQL) 15.4"));
        QFile stub(dir + QStringLiteral("/pg_dump"));
        QVERIFY(stub.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stub.write("#!/bin/sh\n"
                   "echo 'could not change directory to \"/root\": Permission denied' >&2\n"
                   "echo 'pg_dump (PostgreSQL) 15.4'\n");
        stub.close();
        const auto binary = PgDumpLocator::inspect(stub.fileName());
        QVERIFY_RESULT(binary);
        QCOMPARE(binary->majorVersion, 15);
        QCOMPARE(binary->versionText, QStringLiteral("pg_dump (PostgreSQL) 15.4"));
    }

    void locate_noneFits_namesServerAndFoundVersions()
    {
        const QString v12 = makeStub(QStringLiteral("pg_dump (PostgreSQL) 12.3"));
        const QString v14 = makeStub(QStringLiteral("pg_dump (PostgreSQL) 14.2"));
        setSearchPath({v12, v14});
        const auto binary = PgDumpLocator::locate(QString(), 16);
        QVERIFY(!binary);
        const QString message = binary.error().message;
        QVERIFY2(message.contains(QStringLiteral("PostgreSQL 16")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("12 at ") + v12), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("14 at ") + v14), qPrintable(message));
        QVERIFY2(message.contains(installHint(16)), qPrintable(message));
    }

    void locate_noCandidates_namesSearchedPlaces()
    {
        setSearchPath({QStringLiteral("/nonexistent/a")});
        const auto binary = PgDumpLocator::locate(QString(), 15);
        QVERIFY(!binary);
        QVERIFY2(binary.error().message.contains(QStringLiteral("/nonexistent/a")),
                 qPrintable(binary.error().message));
        QVERIFY2(binary.error().message.contains(installHint(15)), qPrintable(binary.error().message));
    }

    void locate_configuredTooOld_namesBothVersions()
    {
        const QString old = makeStub(QStringLiteral("pg_dump (PostgreSQL) 9.6.0"));
        const QString path = old + QStringLiteral("/pg_dump");
        const auto binary = PgDumpLocator::locate(path, 15);
        QVERIFY(!binary);
        const QString message = binary.error().message;
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("version 9.6")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("runs 15")), qPrintable(message));
    }

    void locate_configuredNewEnough_isUsedEvenIfNewerExist()
    {
        const QString configured = makeStub(QStringLiteral("pg_dump (PostgreSQL) 15.2"));
        const QString newer = makeStub(QStringLiteral("pg_dump (PostgreSQL) 17.0"));
        setSearchPath({newer});
        const auto binary = PgDumpLocator::locate(configured + QStringLiteral("/pg_dump"), 15);
        QVERIFY(binary);
        QCOMPARE(binary->majorVersion, 15);
    }

    void locate_configuredProgramName_isFoundInPath()
    {
        const QString dir = makeStub(QStringLiteral("pg_dump (PostgreSQL) 15.7"));
        qputenv("PATH", dir.toUtf8() + ':' + m_savedPath);
        const auto binary = PgDumpLocator::locate(QStringLiteral("pg_dump"), 15);
        QVERIFY_RESULT(binary);
        QCOMPARE(binary->path, dir + QStringLiteral("/pg_dump"));
    }

    // Where each platform looks before PATH, on a scratch tree standing for "/": `made` are the
    // directories that exist, `links` "LINK>TARGET" symlinks (both relative to the root), `expected`
    // the result, in order, relative to the root.
    void installDirs_listsEachPlatformsInstallsInOrder_data()
    {
        using Platform = PgDumpLocator::Platform;
        QTest::addColumn<int>("platform");
        QTest::addColumn<QStringList>("made");
        QTest::addColumn<QStringList>("links");
        QTest::addColumn<QStringList>("expected");
        const QString debian = QStringLiteral("usr/lib/postgresql/");
        const QString brewArm = QStringLiteral("opt/homebrew/opt/");
        const QString brewIntel = QStringLiteral("usr/local/opt/");
        const QString app = QStringLiteral("Applications/Postgres.app/Contents/Versions/");

        QTest::newRow("linux: newest first")
            << int(Platform::Linux) << QStringList{debian + "13/bin", debian + "16/bin", debian + "15/bin"}
            << QStringList{} << QStringList{debian + "16/bin", debian + "15/bin", debian + "13/bin"};
        QTest::newRow("linux: a version without bin is left out")
            << int(Platform::Linux) << QStringList{debian + "16", debian + "15/bin"} << QStringList{}
            << QStringList{debian + "15/bin"};
        QTest::newRow("linux: macOS places are not searched")
            << int(Platform::Linux)
            << QStringList{brewArm + "postgresql@16/bin", brewArm + "libpq/bin", app + "16/bin"}
            << QStringList{} << QStringList{};
        QTest::newRow("linux: nothing installed")
            << int(Platform::Linux) << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("macos: Debian's place is not searched")
            << int(Platform::MacOS) << QStringList{debian + "15/bin"} << QStringList{} << QStringList{};
        QTest::newRow("macos: homebrew versions newest first, then libpq")
            << int(Platform::MacOS)
            << QStringList{brewArm + "libpq/bin", brewArm + "postgresql@14/bin",
                           brewArm + "postgresql@17/bin"}
            << QStringList{}
            << QStringList{brewArm + "postgresql@17/bin", brewArm + "postgresql@14/bin",
                           brewArm + "libpq/bin"};
        QTest::newRow("macos: homebrew's opt links into the Cellar are followed")
            << int(Platform::MacOS)
            << QStringList{"opt/homebrew/opt", "opt/homebrew/Cellar/postgresql@16/16.4/bin"}
            << QStringList{brewArm + "postgresql@16>opt/homebrew/Cellar/postgresql@16/16.4"}
            << QStringList{brewArm + "postgresql@16/bin"};
        QTest::newRow("macos: apple silicon's prefix before intel's")
            << int(Platform::MacOS)
            << QStringList{brewIntel + "postgresql@16/bin", brewIntel + "libpq/bin",
                           brewArm + "postgresql@15/bin", brewArm + "libpq/bin"}
            << QStringList{}
            << QStringList{brewArm + "postgresql@15/bin", brewIntel + "postgresql@16/bin",
                           brewArm + "libpq/bin", brewIntel + "libpq/bin"};
        QTest::newRow("macos: Postgres.app's latest is left out when it is a listed version")
            << int(Platform::MacOS) << QStringList{app + "16/bin", app + "17/bin"}
            << QStringList{app + "latest>" + app + "17"} << QStringList{app + "17/bin", app + "16/bin"};
        QTest::newRow("macos: Postgres.app's latest on its own")
            << int(Platform::MacOS) << QStringList{app + "latest/bin"} << QStringList{}
            << QStringList{app + "latest/bin"};
        QTest::newRow("macos: every place, versioned before unversioned")
            << int(Platform::MacOS)
            << QStringList{app + "15/bin", app + "latest/bin", brewIntel + "libpq/bin",
                           brewIntel + "postgresql@13/bin", brewArm + "postgresql@16/bin"}
            << QStringList{}
            << QStringList{brewArm + "postgresql@16/bin", brewIntel + "postgresql@13/bin", app + "15/bin",
                           brewIntel + "libpq/bin", app + "latest/bin"};
    }

    void installDirs_listsEachPlatformsInstallsInOrder()
    {
        QFETCH(int, platform);
        QFETCH(QStringList, made);
        QFETCH(QStringList, links);
        QFETCH(QStringList, expected);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        for (const QString& dir : std::as_const(made))
            QVERIFY(QDir(root.path()).mkpath(dir));
        for (const QString& link : std::as_const(links)) {
            const QString linkPath = root.filePath(link.section(QLatin1Char('>'), 0, 0));
            QVERIFY(QFile::link(root.filePath(link.section(QLatin1Char('>'), 1)), linkPath));
        }
        QStringList want;
        for (const QString& dir : std::as_const(expected))
            want << root.path() + QLatin1Char('/') + dir;
        QCOMPARE(PgDumpLocator::installDirs(PgDumpLocator::Platform(platform), root.path()), want);
    }

    void currentPlatform_isThisBuildsSystem()
    {
#ifdef Q_OS_MACOS
        QCOMPARE(PgDumpLocator::currentPlatform(), PgDumpLocator::Platform::MacOS);
#else
        QCOMPARE(PgDumpLocator::currentPlatform(), PgDumpLocator::Platform::Linux);
#endif
    }

    void parseToolMajorVersion_matchesOnlyThatTool_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<int>("major");
        QTest::newRow("pg_restore") << QStringLiteral("pg_restore (PostgreSQL) 15.4")
                                    << QStringLiteral("pg_restore") << 15;
        QTest::newRow("psql old") << QStringLiteral("psql (PostgreSQL) 9.6.24") << QStringLiteral("psql")
                                  << 906;
        QTest::newRow("pg_dumpall") << QStringLiteral("pg_dumpall (PostgreSQL) 16beta2")
                                    << QStringLiteral("pg_dumpall") << 16;
        QTest::newRow("pg_dump is not pg_restore")
            << QStringLiteral("pg_dump (PostgreSQL) 15.4") << QStringLiteral("pg_restore") << 0;
        QTest::newRow("pg_dumpall is not pg_dump")
            << QStringLiteral("pg_dumpall (PostgreSQL) 15.4") << QStringLiteral("pg_dump") << 0;
    }

    void parseToolMajorVersion_matchesOnlyThatTool()
    {
        QFETCH(QString, text);
        QFETCH(QString, tool);
        QFETCH(int, major);
        QCOMPARE(PgDumpLocator::parseToolMajorVersion(text, tool), major);
    }

    void locateClientTool_picksNewestFittingOfThatTool_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::newRow("pg_restore") << QStringLiteral("pg_restore");
        QTest::newRow("psql") << QStringLiteral("psql");
        QTest::newRow("pg_dumpall") << QStringLiteral("pg_dumpall");
    }

    void locateClientTool_picksNewestFittingOfThatTool()
    {
        QFETCH(QString, tool);
        const QString v12 = makeStub(tool + QStringLiteral(" (PostgreSQL) 12.3"), tool);
        const QString v16 = makeStub(tool + QStringLiteral(" (PostgreSQL) 16.1"), tool);
        const QString v14 = makeStub(tool + QStringLiteral(" (PostgreSQL) 14.2"), tool);
        // A newer pg_dump in the same search path must not be taken for the tool.
        const QString dumpOnly = makeStub(QStringLiteral("pg_dump (PostgreSQL) 17.0"));
        setSearchPath({v12, dumpOnly, v16, v14});
        const auto binary = PgDumpLocator::locateClientTool(tool, 13);
        QVERIFY_RESULT(binary);
        QCOMPARE(binary->path, v16 + QLatin1Char('/') + tool);
        QCOMPARE(binary->majorVersion, 16);
    }

    void locateClientTool_noneFits_namesToolVersionsAndPackage()
    {
        const QString v12 =
            makeStub(QStringLiteral("pg_restore (PostgreSQL) 12.3"), QStringLiteral("pg_restore"));
        setSearchPath({v12});
        const auto binary = PgDumpLocator::locateClientTool(QStringLiteral("pg_restore"), 15);
        QVERIFY(!binary);
        const QString message = binary.error().message;
        QVERIFY2(message.contains(QStringLiteral("pg_restore")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("12 at ") + v12), qPrintable(message));
        QVERIFY2(message.contains(installHint(15)), qPrintable(message));
    }

    void locateClientTool_noCandidates_namesSearchedPlaces()
    {
        const QString dumpOnly = makeStub(QStringLiteral("pg_dump (PostgreSQL) 15.0"));
        setSearchPath({dumpOnly});
        const auto binary = PgDumpLocator::locateClientTool(QStringLiteral("psql"), 15);
        QVERIFY(!binary);
        QVERIFY2(binary.error().message.contains(QStringLiteral("no psql found")),
                 qPrintable(binary.error().message));
        QVERIFY2(binary.error().message.contains(dumpOnly), qPrintable(binary.error().message));
    }

    void locateClientTool_realInstallation_findsPgRestore()
    {
        // The build machine has PostgreSQL's client tools; the real version line must parse.
        const auto binary = PgDumpLocator::locateClientTool(QStringLiteral("pg_restore"), 10);
        if (!binary)
            QSKIP(qPrintable(binary.error().message));
        QVERIFY(binary->versionText.startsWith(QStringLiteral("pg_restore (PostgreSQL)")));
        QVERIFY(binary->majorVersion >= 10);
    }
};

QTEST_GUILESS_MAIN(tst_PgDumpLocator)
#include "tst_pgdumplocator.moc"
