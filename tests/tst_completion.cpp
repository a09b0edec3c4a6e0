// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Shell completion: the real larder's hidden `__complete` (commands, options, the config's jobs and
// servers, a job history still knows), then the installed scripts themselves, driven by bash (its
// completion function, with and without the bash-completion package) and fish (`complete -C`), and
// zsh's parsed. No server is contacted.
#include "CliRunner.h"
#include "FileTree.h"
#include "history/History.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

namespace {

constexpr int kTimeoutMs = 60'000;
const QString kScripts = QStringLiteral(LARDER_SOURCE_DIR "/resources/completion");

QStringList lines(const QString& text)
{
    QStringList result = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return result;
}

} // namespace

class TestCompletion final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/larder-completion-XXXXXX")};

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // larder's environment, with the config named by $LARDER_CONFIG as a user's shell would have it
    // (the completion scripts pass no --config of their own) and larder first on PATH.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = CliRunner::hermeticEnvironment(m_dir.path());
        environment.insert(QStringLiteral("LARDER_CONFIG"), path(QStringLiteral("larder.toml")));
        environment.insert(QStringLiteral("PATH"),
                           QFileInfo(QStringLiteral(LARDER_EXECUTABLE)).absolutePath() + QLatin1Char(':') +
                               environment.value(QStringLiteral("PATH")));
        return environment;
    }

    CliResult run(const QString& program, const QStringList& arguments) const
    {
        CliRunner runner(program);
        runner.setEnvironment(environment());
        runner.setWorkingDirectory(m_dir.path());
        return runner.run(arguments, {}, kTimeoutMs);
    }

    // What a bash completion function leaves in COMPREPLY for a command line whose cursor is at its
    // end; bashCompletion: with the bash-completion package's helpers loaded first, as on a desktop.
    QStringList bash(const QString& line, bool bashCompletion)
    {
        QString script;
        if (bashCompletion)
            script += QStringLiteral(". /usr/share/bash-completion/bash_completion\n");
        // bash splits the line into COMP_WORDS at COMP_WORDBREAKS (so "--server=m" is three words);
        // this reproduces that for the lines below, which have no quotes.
        script +=
            QStringLiteral(". '%1/larder.bash'\n"
                           "COMP_LINE=$1; COMP_POINT=${#COMP_LINE}\n"
                           "read -r -a COMP_WORDS <<<\"${COMP_LINE//=/ = }\"\n"
                           "[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')\n"
                           "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                           "_larder larder \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                           "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                .arg(kScripts);
        const CliResult result =
            run(QStringLiteral("bash"), {QStringLiteral("-c"), script, QStringLiteral("bash"), line});
        [&] {
            QVERIFY2(result.exitCode == 0 && result.errText().isEmpty(), qPrintable(result.describe()));
        }();
        return lines(result.outText());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString config =
            QStringLiteral("[defaults]\n"
                           "dump_dir = \"%1\"\n"
                           "history = \"%2\"\n"
                           "host = \"127.0.0.1\"\n"
                           "port = 9\n\n"
                           "[servers.main]\nhost = \"127.0.0.1\"\nport = 9\n\n"
                           "[servers.reports]\nhost = \"127.0.0.1\"\nport = 9\n\n"
                           "[databases.app]\nserver = \"main\"\n\n"
                           "[databases.archive]\nserver = \"main\"\n\n"
                           "[databases.billing]\nserver = \"reports\"\n")
                .arg(path(QStringLiteral("dumps")), path(QStringLiteral("history.sqlite")));
        QVERIFY(FileTree::writeFile(path(QStringLiteral("larder.toml")), config.toUtf8()));
        QVERIFY(FileTree::writeFile(
            path(QStringLiteral("other.toml")),
            QByteArrayLiteral("[defaults]\nhost = \"127.0.0.1\"\nport = 9\n\n[databases.elsewhere]\n")));
        QVERIFY(
            FileTree::writeFile(path(QStringLiteral("broken.toml")), QByteArrayLiteral("[databases.x\n")));

        // A database that a server's discovery dumped once: only history knows its job.
        const QString dump = path(QStringLiteral("dumps/main.gone/main.gone-20261201T000000Z.dump"));
        QVERIFY(FileTree::writeFile(dump, QByteArrayLiteral("PGDMP")));
        auto history = History::open(path(QStringLiteral("history.sqlite")));
        QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
        HistoryRecord row;
        row.job = QStringLiteral("main.gone");
        row.server = QStringLiteral("main");
        row.database = QStringLiteral("gone");
        row.startedUtc = QDateTime::currentDateTimeUtc().addDays(-3);
        const auto id = (*history)->beginAttempt(row);
        QVERIFY(id);
        row.id = *id;
        row.status = AttemptStatus::Success;
        row.finishedUtc = row.startedUtc.addSecs(30);
        row.path = dump;
        row.bytes = 5;
        QVERIFY((*history)->finishAttempt(row));
    }

    void complete_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        const QStringList jobs{QStringLiteral("app"), QStringLiteral("archive"), QStringLiteral("billing"),
                               QStringLiteral("main.gone")};
        const QStringList files{QStringLiteral(":files")};
        QTest::newRow("commands starting with r")
            << QStringList{QStringLiteral("r")}
            << QStringList{QStringLiteral("run"), QStringLiteral("restore")};
        QTest::newRow("help's command") << QStringList{QStringLiteral("help"), QStringLiteral("pl")}
                                        << QStringList{QStringLiteral("plan")};
        QTest::newRow("options before the command")
            << QStringList{QStringLiteral("--v")} << QStringList{QStringLiteral("--version")};
        QTest::newRow("run's jobs") << QStringList{QStringLiteral("run"), QString()} << jobs;
        QTest::newRow("a job named once is not offered again")
            << QStringList{QStringLiteral("run"), QStringLiteral("app"), QStringLiteral("a")}
            << QStringList{QStringLiteral("archive")};
        QTest::newRow("restore takes one job")
            << QStringList{QStringLiteral("restore"), QStringLiteral("app"), QString()} << QStringList();
        QTest::newRow("an option's value is not a positional argument")
            << QStringList{QStringLiteral("restore"), QStringLiteral("--to"), QStringLiteral("copy"),
                           QStringLiteral("b")}
            << QStringList{QStringLiteral("billing")};
        QTest::newRow("--server takes a server")
            << QStringList{QStringLiteral("restore"), QStringLiteral("--server"), QString()}
            << QStringList{QStringLiteral("main"), QStringLiteral("reports")};
        QTest::newRow("--server=value")
            << QStringList{QStringLiteral("restore"), QStringLiteral("--server=r")}
            << QStringList{QStringLiteral("--server=reports")};
        QTest::newRow("--dump takes a file")
            << QStringList{QStringLiteral("restore"), QStringLiteral("--dump"), QString()} << files;
        QTest::newRow("--config takes a file") << QStringList{QStringLiteral("--config"), QString()} << files;
        QTest::newRow("plan --explain takes a job")
            << QStringList{QStringLiteral("plan"), QStringLiteral("--explain"), QStringLiteral("bi")}
            << QStringList{QStringLiteral("billing")};
        QTest::newRow("another config's jobs")
            << QStringList{QStringLiteral("--config"), QStringLiteral("other.toml"), QStringLiteral("run"),
                           QString()}
            << QStringList{QStringLiteral("elsewhere")};
        QTest::newRow("--config after the command")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--config=other.toml"), QString()}
            << QStringList{QStringLiteral("elsewhere")};
        QTest::newRow("a config that does not load offers no job")
            << QStringList{QStringLiteral("-c"), QStringLiteral("broken.toml"), QStringLiteral("run"),
                           QString()}
            << QStringList();
        QTest::newRow("password's actions") << QStringList{QStringLiteral("password"), QString()}
                                            << QStringList{QStringLiteral("set"), QStringLiteral("delete")};
        QTest::newRow("password set's server")
            << QStringList{QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("m")}
            << QStringList{QStringLiteral("main")};
        QTest::newRow("a secret's name is the user's")
            << QStringList{QStringLiteral("secret"), QStringLiteral("set"), QString()} << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly"), QString()} << QStringList();
    }

    void complete()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        const CliResult result =
            run(QStringLiteral(LARDER_EXECUTABLE), QStringList{QStringLiteral("__complete")} + words);
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY2(result.errText().isEmpty(),
                 qPrintable(result.describe())); // it would land on the command line
        QCOMPARE(lines(result.outText()), expected);
    }

    void complete_optionsAreTheCommandsOwn()
    {
        // Every option `larder run --help` lists, and only options.
        const CliResult help =
            run(QStringLiteral(LARDER_EXECUTABLE), {QStringLiteral("run"), QStringLiteral("--help")});
        const CliResult result =
            run(QStringLiteral(LARDER_EXECUTABLE),
                {QStringLiteral("__complete"), QStringLiteral("run"), QStringLiteral("--")});
        const QStringList options = lines(result.outText());
        QVERIFY(options.contains(QStringLiteral("--dry-run")));
        QVERIFY(options.contains(QStringLiteral("--config")));
        for (const QString& option : options) {
            QVERIFY2(option.startsWith(QLatin1String("--")), qPrintable(option));
        }
        static const QRegularExpression longOption(QStringLiteral("--[a-z][a-z-]*"));
        QStringList listed;
        for (auto it = longOption.globalMatch(help.outText()); it.hasNext();)
            listed << it.next().captured();
        listed.removeDuplicates();
        QCOMPARE(QSet<QString>(options.cbegin(), options.cend()),
                 QSet<QString>(listed.cbegin(), listed.cend()));
    }

    void bash_data()
    {
        QTest::addColumn<bool>("bashCompletion");
        QTest::newRow("bash alone") << false;
        QTest::newRow("with bash-completion") << true;
    }

    void bash()
    {
        QFETCH(bool, bashCompletion);
        if (bashCompletion)
            QVERIFY2(QFile::exists(QStringLiteral("/usr/share/bash-completion/bash_completion")),
                     "install the Debian package bash-completion (scripts/lib.sh's LARDER_PACKAGES has it)");
        QCOMPARE(bash(QStringLiteral("larder r"), bashCompletion),
                 (QStringList{QStringLiteral("run"), QStringLiteral("restore")}));
        QCOMPARE(bash(QStringLiteral("larder run a"), bashCompletion),
                 (QStringList{QStringLiteral("app"), QStringLiteral("archive")}));
        QCOMPARE(bash(QStringLiteral("larder password set "), bashCompletion),
                 (QStringList{QStringLiteral("main"), QStringLiteral("reports")}));
        // A file name, completed by bash itself.
        QCOMPARE(bash(QStringLiteral("larder --config oth"), bashCompletion),
                 QStringList{QStringLiteral("other.toml")});
        if (bashCompletion) // bash-completion joins "--server=r" into the word larder reads
            QCOMPARE(bash(QStringLiteral("larder restore --server=r"), true),
                     QStringList{QStringLiteral("--server=reports")});
    }

    void fish()
    {
        const QString fish = QStandardPaths::findExecutable(QStringLiteral("fish"));
        QVERIFY2(!fish.isEmpty(),
                 "install the Debian package fish (scripts/lib.sh's LARDER_PACKAGES has it)");
        const auto complete = [&](const QString& line) {
            const CliResult result =
                run(fish, {QStringLiteral("--no-config"), QStringLiteral("-c"),
                           QStringLiteral("source '%1/larder.fish'; complete -C'%2'").arg(kScripts, line)});
            return result.exitCode == 0 ? lines(result.outText()) : QStringList{result.describe()};
        };
        QCOMPARE(complete(QStringLiteral("larder r")),
                 (QStringList{QStringLiteral("restore"), QStringLiteral("run")}));
        QCOMPARE(complete(QStringLiteral("larder run ")),
                 (QStringList{QStringLiteral("app"), QStringLiteral("archive"), QStringLiteral("billing"),
                              QStringLiteral("main.gone")}));
        QCOMPARE(complete(QStringLiteral("larder restore --server ")),
                 (QStringList{QStringLiteral("main"), QStringLiteral("reports")}));
    }

    void zsh_parses()
    {
        const QString zsh = QStandardPaths::findExecutable(QStringLiteral("zsh"));
        QVERIFY2(!zsh.isEmpty(), "install the Debian package zsh (scripts/lib.sh's LARDER_PACKAGES has it)");
        const CliResult result = run(zsh, {QStringLiteral("-n"), kScripts + QStringLiteral("/_larder")});
        QVERIFY2(result.exitCode == 0 && result.errText().isEmpty(), qPrintable(result.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
