// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// What a distribution gets from `cmake --install`: every file at its place, the systemd units, the
// desktop entry and the AppStream metadata as their own validators see them, and one version
// everywhere (CMake's project(VERSION), --version, the metainfo's newest release, CHANGELOG.md).
// The validators are Debian packages that scripts/lib.sh installs: a missing one fails the test.
#include "CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString kSource = QStringLiteral(LARDER_SOURCE_DIR);
const QString kBuild = QStringLiteral(LARDER_BUILD_DIR);
const QString kVersion = QStringLiteral(LARDER_PROJECT_VERSION);
const QString kPrefix = QStringLiteral(LARDER_INSTALL_PREFIX);
const QString kBinDir = QStringLiteral(LARDER_INSTALL_BINDIR);
const QString kDataDir = QStringLiteral(LARDER_INSTALL_DATADIR);
const QList<int> kIconSizes{16, 22, 24, 32, 48, 64, 128, 256};

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian), or (0, 0) if it is none.
// The message for a validator that is missing: which Debian package brings it.
QByteArray missing(const QString& tool, const QString& package)
{
    return QStringLiteral("%1 not found: install the Debian package %2 (scripts/lib.sh's LARDER_PACKAGES "
                          "has it)")
        .arg(tool, package)
        .toLocal8Bit();
}

// A child with this process's environment (ctest's: C.UTF-8, no translation).
CliRunner runner(const QString& program)
{
    CliRunner runner(program);
    runner.setEnvironment(QProcessEnvironment::systemEnvironment());
    return runner;
}

QSize pngSize(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&head](int at) {
        return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16) |
               (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
    };
    return QSize(int(be32(16)), int(be32(20)));
}

} // namespace

class tst_Packaging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version_larderPrintsTheCMakeVersion();
    void version_larderGuiPrintsTheCMakeVersion();
    void version_metainfoAndChangelogNameTheCMakeVersion();

    void install_putsEachFileWhereItBelongs();
    void install_iconsHaveTheirSizes();

    void systemdUnits_passVerify_data();
    void systemdUnits_passVerify();
    void desktopFile_passesDesktopFileValidate();
    void metainfo_passesAppstreamcliValidate();

    void sources_eachCarriesTheSpdxLicence();

private:
    // Runs a validator; it passes only when it exits 0 and says nothing (several print warnings and
    // still exit 0: systemd-analyze verify ignores an unknown key with exit 0).
    void expectSilentSuccess(const QString& program, const QStringList& arguments,
                             const QProcessEnvironment& environment);
    QString installed(const QString& relative) const { return m_root + QLatin1Char('/') + relative; }

    QTemporaryDir m_destDir;
    QString m_root; // DESTDIR + CMAKE_INSTALL_PREFIX
};

void tst_Packaging::expectSilentSuccess(const QString& program, const QStringList& arguments,
                                        const QProcessEnvironment& environment)
{
    CliRunner child(program);
    child.setEnvironment(environment);
    const CliResult result = child.run(arguments, {}, 60'000);
    const QString what = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    QVERIFY2(result.exitCode == 0 && !result.crashed,
             qPrintable(what + QStringLiteral(":\n") + result.describe()));
    QVERIFY2(result.outText().trimmed().isEmpty() && result.errText().trimmed().isEmpty(),
             qPrintable(what + QStringLiteral(" said something:\n") + result.describe()));
}

void tst_Packaging::initTestCase()
{
    QVERIFY(m_destDir.isValid());
    m_root = m_destDir.path() + kPrefix;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESTDIR"), m_destDir.path());
    CliRunner cmake(QStringLiteral(LARDER_CMAKE_COMMAND));
    cmake.setEnvironment(environment); // DESTDIR: a scratch root, never the real prefix
    const CliResult result = cmake.run({QStringLiteral("--install"), kBuild});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
}

void tst_Packaging::version_larderPrintsTheCMakeVersion()
{
    const CliRunner larder = runner(QStringLiteral(LARDER_EXECUTABLE));
    for (const QString& option : {QStringLiteral("--version"), QStringLiteral("-V")}) {
        const CliResult result = larder.run({option});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(result.outText(), QStringLiteral("larder %1\n").arg(kVersion));
    }
}

void tst_Packaging::version_larderGuiPrintsTheCMakeVersion()
{
#ifdef LARDER_GUI_EXECUTABLE
    CliRunner gui = runner(QStringLiteral(LARDER_GUI_EXECUTABLE));
    QProcessEnvironment environment = gui.environment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // no display needed
    gui.setEnvironment(environment);
    const CliResult result = gui.run({QStringLiteral("--version")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(result.outText(), QStringLiteral("larder-gui %1\n").arg(kVersion));
#else
    QSKIP("configured without LARDER_BUILD_GUI");
#endif
}

void tst_Packaging::version_metainfoAndChangelogNameTheCMakeVersion()
{
    // The newest release is the first: AppStream lists them newest first, and a later one with an
    // older date would be a mistake too.
    QFile metainfo(kSource + QStringLiteral("/resources/org.larder.Larder.metainfo.xml"));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QStringList versions, dates;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("release")) {
            versions << xml.attributes().value(QLatin1String("version")).toString();
            dates << xml.attributes().value(QLatin1String("date")).toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(!versions.isEmpty(), "no <release> in the metainfo");
    QCOMPARE(versions.first(), kVersion);
    for (const QString& date : dates)
        QVERIFY2(date <= dates.first(),
                 qPrintable(QStringLiteral("a release dated %1 after the first").arg(date)));

    // Keep a Changelog: "## [0.1.0] - 2026-12-07"; an "## [Unreleased]" section may come first.
    static const QRegularExpression entry(QStringLiteral("^## \\[(\\d[^\\]]*)\\] - (\\d{4}-\\d\\d-\\d\\d)$"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch newest = entry.match(readText(kSource + QStringLiteral("/CHANGELOG.md")));
    QVERIFY2(newest.hasMatch(), "no '## [VERSION] - DATE' entry in CHANGELOG.md");
    QCOMPARE(newest.captured(1), kVersion);
    QCOMPARE(newest.captured(2), dates.first());
}

void tst_Packaging::install_putsEachFileWhereItBelongs()
{
    // The whole list, so a file installed to a wrong place (or one nobody meant to install) fails
    // too.
    QStringList expected{
        kBinDir + QStringLiteral("/larder"),
        QStringLiteral("lib/systemd/user/larder.service"),
        QStringLiteral("lib/systemd/user/larder.timer"),
        QStringLiteral("lib/systemd/system/larder.service"),
        QStringLiteral("lib/systemd/system/larder.timer"),
        QStringLiteral("lib/sysusers.d/larder.conf"),
        kDataDir + QStringLiteral("/doc/larder/THIRD-PARTY.md"),
        kDataDir + QStringLiteral("/doc/larder/copyright"),
        kDataDir + QStringLiteral("/doc/larder/changelog.gz"),
        kDataDir + QStringLiteral("/doc/larder/changelog.Debian.gz"),
        kDataDir + QStringLiteral("/man/man1/larder.1.gz"),
        kDataDir + QStringLiteral("/man/man5/larder.toml.5.gz"),
        kDataDir + QStringLiteral("/bash-completion/completions/larder"),
        kDataDir + QStringLiteral("/zsh/vendor-completions/_larder"),
        kDataDir + QStringLiteral("/fish/vendor_completions.d/larder.fish"),
    };
#ifdef LARDER_GUI_EXECUTABLE
    expected << kBinDir + QStringLiteral("/larder-gui")
             << kDataDir + QStringLiteral("/applications/org.larder.Larder.desktop")
             << kDataDir + QStringLiteral("/metainfo/org.larder.Larder.metainfo.xml")
             << kDataDir + QStringLiteral("/icons/hicolor/scalable/apps/org.larder.Larder.svg")
             << kDataDir + QStringLiteral("/doc/larder-gui/copyright")
             << kDataDir + QStringLiteral("/doc/larder-gui/changelog.gz")
             << kDataDir + QStringLiteral("/doc/larder-gui/changelog.Debian.gz")
             << kDataDir + QStringLiteral("/man/man1/larder-gui.1.gz");
    for (const int size : kIconSizes)
        expected << kDataDir + QStringLiteral("/icons/hicolor/%1x%1/apps/org.larder.Larder.png").arg(size);
#endif
    expected.sort();

    QStringList found;
    QDirIterator files(m_destDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QVERIFY2(path.startsWith(m_root + QLatin1Char('/')),
                 qPrintable(QStringLiteral("installed outside the prefix: ") + path));
        found << path.mid(m_root.size() + 1);
    }
    found.sort();
    QStringList missingFiles, unexpectedFiles;
    for (const QString& path : expected)
        if (!found.contains(path))
            missingFiles << path;
    for (const QString& path : found)
        if (!expected.contains(path))
            unexpectedFiles << path;
    QVERIFY2(missingFiles.isEmpty() && unexpectedFiles.isEmpty(),
             qPrintable(QStringLiteral("under %1: not installed: %2; installed but not expected: %3")
                            .arg(m_root, missingFiles.join(QStringLiteral(", ")),
                                 unexpectedFiles.join(QStringLiteral(", ")))));

    for (const QString& path : expected) {
        const QFileInfo info(installed(path));
        QVERIFY2(info.isExecutable() == path.startsWith(kBinDir + QLatin1Char('/')),
                 qPrintable(info.filePath() + QStringLiteral(": executable only in ") + kBinDir));
    }
    // The services start larder where it was just installed.
    for (const QString& scope : {QStringLiteral("user"), QStringLiteral("system")}) {
        const QString unit = readText(installed(QStringLiteral("lib/systemd/%1/larder.service").arg(scope)));
        QVERIFY2(unit.contains(QStringLiteral("\nExecStart=%1/%2/larder run").arg(kPrefix, kBinDir)),
                 qPrintable(unit));
    }
}

void tst_Packaging::install_iconsHaveTheirSizes()
{
#ifdef LARDER_GUI_EXECUTABLE
    for (const int size : kIconSizes) {
        const QString png =
            installed(kDataDir + QStringLiteral("/icons/hicolor/%1x%1/apps/org.larder.Larder.png").arg(size));
        QCOMPARE(pngSize(png), QSize(size, size));
    }
#else
    QSKIP("configured without LARDER_BUILD_GUI");
#endif
}

void tst_Packaging::systemdUnits_passVerify_data()
{
    QTest::addColumn<QString>("scope");
    QTest::newRow("user") << QStringLiteral("user");
    QTest::newRow("system") << QStringLiteral("system");
}

void tst_Packaging::systemdUnits_passVerify()
{
    QFETCH(QString, scope);
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    QVERIFY2(!analyze.isEmpty(), missing(QStringLiteral("systemd-analyze"), QStringLiteral("systemd")));

    // The installed units, verified as they are but for ExecStart: verify wants the binary to exist,
    // and it does under DESTDIR (install_putsEachFileWhereItBelongs checks the path itself).
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString binary = kPrefix + QLatin1Char('/') + kBinDir + QStringLiteral("/larder");
    QStringList units;
    for (const QString& name : {QStringLiteral("larder.service"), QStringLiteral("larder.timer")}) {
        QString text = readText(installed(QStringLiteral("lib/systemd/%1/%2").arg(scope, name)));
        QVERIFY2(!text.isEmpty(), qPrintable(name));
        text.replace(QStringLiteral("ExecStart=") + binary,
                     QStringLiteral("ExecStart=") + m_destDir.path() + binary);
        QFile copy(work.filePath(name));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text.toUtf8());
        units << copy.fileName();
    }

    // Documentation=man:larder(1) is looked up with man(1), in the pages installed under DESTDIR. A
    // user manager needs a runtime directory of its own.
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MANPATH"), installed(kDataDir + QStringLiteral("/man")));
    if (scope == QLatin1String("user")) {
        arguments.prepend(QStringLiteral("--user"));
        QVERIFY(QDir(work.path()).mkdir(QStringLiteral("runtime")));
        QFile::setPermissions(work.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), work.filePath(QStringLiteral("runtime")));
    }
    expectSilentSuccess(analyze, arguments + QStringList{QStringLiteral("verify")} + units, environment);
}

void tst_Packaging::desktopFile_passesDesktopFileValidate()
{
    const QString validate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!validate.isEmpty(),
             missing(QStringLiteral("desktop-file-validate"), QStringLiteral("desktop-file-utils")));
    expectSilentSuccess(validate, {kSource + QStringLiteral("/resources/org.larder.Larder.desktop")},
                        QProcessEnvironment::systemEnvironment());
}

void tst_Packaging::metainfo_passesAppstreamcliValidate()
{
    const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    QVERIFY2(!appstreamcli.isEmpty(), missing(QStringLiteral("appstreamcli"), QStringLiteral("appstream")));
    // --strict: a warning or an info fails it too (exit 3); pedantic hints are only counted.
    const CliResult result =
        runner(appstreamcli)
            .run({QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--strict"),
                  kSource + QStringLiteral("/resources/org.larder.Larder.metainfo.xml")},
                 {}, 60'000);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    static const QRegularExpression issue(QStringLiteral("^[EWI]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!result.outText().contains(issue), qPrintable(result.describe()));

    // The screenshots' files are docs/screenshots/'s, under the name the website will serve them by.
    const QString text = readText(kSource + QStringLiteral("/resources/org.larder.Larder.metainfo.xml"));
    static const QRegularExpression image(QStringLiteral("<image>[^<]*/([^/<]+)</image>"));
    int images = 0;
    for (auto it = image.globalMatch(text); it.hasNext(); ++images) {
        const QString name = it.next().captured(1);
        QVERIFY2(QFile::exists(kSource + QStringLiteral("/docs/screenshots/") + name), qPrintable(name));
    }
    QVERIFY(images > 0);
}

void tst_Packaging::sources_eachCarriesTheSpdxLicence()
{
    // Every file of code and build script in the source tree, walked here rather than listed, so a
    // new file without the header fails. Build trees (a CMakeCache.txt) and .git are not sources.
    static const QRegularExpression code(QStringLiteral("(\\.(cpp|h|cmake|sh|bash|fish)|\\.scd\\.in|\\.cpp\\."
                                                        "in|\\.service\\.in|\\.timer|/CMakeLists\\.txt)$"));
    const QString identifier = QStringLiteral("SPDX-License-Identifier: GPL-3.0-or-later");
    QStringList checked, without;
    QStringList directories{kSource};
    while (!directories.isEmpty()) {
        const QDir directory(directories.takeLast());
        if (directory.exists(QStringLiteral("CMakeCache.txt")))
            continue;
        for (const QFileInfo& entry :
             directory.entryInfoList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
            if (entry.isDir()) {
                if (entry.fileName() != QLatin1String(".git"))
                    directories << entry.filePath();
                continue;
            }
            const QString text = readText(entry.filePath());
            const bool script = text.startsWith(QLatin1String("#!"));
            if (!script && !entry.filePath().contains(code))
                continue;
            checked << entry.filePath();
            // In the first lines, as REUSE and licensecheck look for it (after a #! line).
            if (!text.section(QLatin1Char('\n'), 0, 3).contains(identifier))
                without << entry.filePath().mid(kSource.size() + 1);
        }
    }
    QVERIFY2(
        checked.size() > 500,
        qPrintable(QStringLiteral("only %1 source files found below %2").arg(checked.size()).arg(kSource)));
    QVERIFY2(without.isEmpty(), qPrintable(QStringLiteral("no '%1' in the first lines of: %2")
                                               .arg(identifier, without.join(QStringLiteral(", ")))));
}

QTEST_GUILESS_MAIN(tst_Packaging)
#include "tst_packaging.moc"
