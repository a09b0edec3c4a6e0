// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The Debian packages as a user gets them: scripts/package packs this build (lintian's errors fail
// it), apt-get installs both into this machine, the installed larder answers --version and checks a
// config, man finds its pages, bash completes `larder r<Tab>` from the installed script, the user
// larder exists, and apt-get purge removes every file the packages brought. Needs root (CI is).
#include "CliRunner.h"
#include "FileTree.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString kSource = QStringLiteral(LARDER_SOURCE_DIR);
const QString kVersion = QStringLiteral(LARDER_PROJECT_VERSION);
constexpr int kTimeoutMs = 280'000;

CliResult run(const QString& program, const QStringList& arguments, const QString& directory = QString())
{
    CliRunner runner(program);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
    runner.setEnvironment(environment);
    if (!directory.isEmpty())
        runner.setWorkingDirectory(directory);
    return runner.run(arguments, {}, kTimeoutMs);
}

bool installed(const QString& package)
{
    const CliResult result =
        run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), package});
    return result.exitCode == 0 && result.outText().contains(QLatin1String("install ok installed"));
}

} // namespace

class TestDebInstall final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/larder-deb-XXXXXX")};
    QStringList m_packageFiles; // what dpkg -L listed while installed: purge must remove them
    bool m_weInstalled = false;

    QStringList packages() const
    {
        QStringList debs;
        for (const QFileInfo& deb :
             QDir(m_dir.filePath(QStringLiteral("debs"))).entryInfoList({QStringLiteral("*.deb")}))
            debs << deb.absoluteFilePath();
        return debs;
    }

    void purge()
    {
        const CliResult result = run(QStringLiteral("apt-get"),
                                     {QStringLiteral("purge"), QStringLiteral("-y"), QStringLiteral("-q"),
                                      QStringLiteral("larder"), QStringLiteral("larder-gui")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        m_weInstalled = false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root to install packages with apt-get (CI runs as root)");
        QVERIFY(m_dir.isValid());
        // Never replace a real installation: that is the user's, not this test's.
        QVERIFY2(!installed(QStringLiteral("larder")) && !installed(QStringLiteral("larder-gui")),
                 "larder is installed on this machine; remove it (apt-get purge larder larder-gui) to run "
                 "this test");
        const CliResult packed = run(kSource + QStringLiteral("/scripts/package"),
                                     {QStringLiteral("--build-dir"), QStringLiteral(LARDER_BUILD_DIR),
                                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("debs"))});
        QVERIFY2(packed.exitCode == 0, qPrintable(packed.describe()));
        QCOMPARE(packages().size(), 2);
    }

    void cleanupTestCase()
    {
        if (m_weInstalled)
            purge();
    }

    void packages_dependOnWhatTheyNeed()
    {
        // Read from the .deb files, before anything is installed.
        for (const QString& deb : packages()) {
            const QString name =
                run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Package")})
                    .outText()
                    .trimmed();
            const QString depends =
                run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Depends")})
                    .outText();
            const QString version =
                run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Version")})
                    .outText()
                    .trimmed();
            QCOMPARE(version, kVersion + QStringLiteral("-1"));
            if (name == QLatin1String("larder")) {
                for (const QString& needed :
                     {QStringLiteral("postgresql-client"), QStringLiteral("libpq5"),
                      QStringLiteral("libqt6sql6-sqlite"), QStringLiteral("libqt6core6")})
                    QVERIFY2(depends.contains(needed), qPrintable(depends));
                // The command runs on a server without a desktop.
                QVERIFY2(!depends.contains(QLatin1String("libqt6widgets6")) &&
                             !depends.contains(QLatin1String("libqt6gui6")),
                         qPrintable(depends));
            } else {
                QCOMPARE(name, QStringLiteral("larder-gui"));
                QVERIFY2(depends.contains(QStringLiteral("larder (= %1-1)").arg(kVersion)),
                         qPrintable(depends));
                QVERIFY2(depends.contains(QLatin1String("libqt6widgets6")), qPrintable(depends));
            }
        }
    }

    void install_thenUseAsAUserWould()
    {
        const CliResult result =
            run(QStringLiteral("apt-get"),
                QStringList{QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-q"),
                            QStringLiteral("--no-install-recommends")} +
                    packages());
        m_weInstalled = installed(QStringLiteral("larder")) || installed(QStringLiteral("larder-gui"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        for (const QString& package : {QStringLiteral("larder"), QStringLiteral("larder-gui")}) {
            const CliResult listed = run(QStringLiteral("dpkg"), {QStringLiteral("-L"), package});
            for (const QString& path : listed.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (QFileInfo(path).isFile())
                    m_packageFiles << path;
            }
        }
        QVERIFY(m_packageFiles.contains(QStringLiteral("/usr/bin/larder")));

        const CliResult version = run(QStringLiteral("/usr/bin/larder"), {QStringLiteral("--version")});
        QCOMPARE(version.outText(), QStringLiteral("larder %1\n").arg(kVersion));

        // A sample config, checked by the installed larder (no server is contacted without --connect).
        const QString config = m_dir.filePath(QStringLiteral("larder.toml"));
        QVERIFY(
            FileTree::writeFile(config, QStringLiteral("[defaults]\ndump_dir = \"%1\"\nhistory = \"%2\"\n\n"
                                                       "[servers.main]\nhost = \"db.example.org\"\n\n"
                                                       "[databases.app]\nserver = \"main\"\n\n"
                                                       "[databases.reports]\nserver = \"main\"\n")
                                            .arg(m_dir.filePath(QStringLiteral("dumps")),
                                                 m_dir.filePath(QStringLiteral("history.sqlite")))
                                            .toUtf8()));
        const CliResult check = run(QStringLiteral("/usr/bin/larder"),
                                    {QStringLiteral("check"), QStringLiteral("--config"), config});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));

        // man finds each page where the package put it.
        for (const auto& [section, page] :
             {std::pair{"1", "larder"}, std::pair{"5", "larder.toml"}, std::pair{"1", "larder-gui"}}) {
            const CliResult man = run(QStringLiteral("man"),
                                      {QStringLiteral("-w"), QLatin1String(section), QLatin1String(page)});
            QCOMPARE(man.outText().trimmed(), QStringLiteral("/usr/share/man/man%1/%2.%1.gz")
                                                  .arg(QLatin1String(section), QLatin1String(page)));
        }

        // bash-completion loads the installed script on the first Tab after `larder`.
        const QString script = QStringLiteral(
            ". /usr/share/bash-completion/bash_completion\n"
            "COMP_LINE='larder r'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(larder r); COMP_CWORD=1\n"
            "_completion_loader larder\n"
            "complete -p larder\n"
            "_larder larder r larder\n"
            "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
        CliRunner bash(QStringLiteral("bash"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LARDER_CONFIG"), config);
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        bash.setEnvironment(environment);
        const CliResult completed = bash.run({QStringLiteral("-c"), script});
        QVERIFY2(completed.exitCode == 0, qPrintable(completed.describe()));
        QCOMPARE(completed.outText(), QStringLiteral("complete -F _larder larder\nrun\nrestore\n"));

        // The system service's user, from the sysusers.d entry.
        const CliResult user =
            run(QStringLiteral("getent"), {QStringLiteral("passwd"), QStringLiteral("larder")});
        QVERIFY2(user.exitCode == 0 && user.outText().contains(QLatin1String(":/var/lib/larder:")),
                 qPrintable(user.describe()));
    }

    void purge_leavesNothingBehind()
    {
        if (!m_weInstalled)
            QSKIP("nothing was installed");
        QVERIFY(!m_packageFiles.isEmpty());
        purge();
        QVERIFY(!installed(QStringLiteral("larder")));
        QVERIFY(!installed(QStringLiteral("larder-gui")));
        QStringList left;
        for (const QString& path : std::as_const(m_packageFiles)) {
            if (QFileInfo::exists(path))
                left << path;
        }
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestDebInstall)
#include "tst_debinstall.moc"
