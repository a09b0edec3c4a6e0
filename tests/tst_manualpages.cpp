// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The manual pages as man(1) shows them: every command, option and config key the code declares is
// in them (read from Cli::commands() and ConfigKeyTable, so one added without documentation fails),
// groff renders them without a warning, and larder.toml(5)'s examples are configs Larder loads.
#include "Cli.h"
#include "CliRunner.h"
#include "Command.h"
#include "config/keys/ConfigKeyTable.h"
#include "config/toml/ConfigLoader.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace larder;

namespace {

const QString kSource = QStringLiteral(LARDER_SOURCE_DIR);
const QString kManDir = QStringLiteral(LARDER_BUILD_DIR "/man");

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestManualPages final : public QObject
{
    Q_OBJECT

private:
    // The page as man shows it on a wide terminal, as plain text; fails the test on any warning.
    QString rendered(const QString& page)
    {
        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        [&] { QVERIFY2(!man.isEmpty(), "man not found: install the Debian package man-db"); }();
        CliRunner runner(man);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("200"));
        environment.insert(QStringLiteral("MANROFFSEQ"), QString());
        runner.setEnvironment(environment);
        const CliResult result =
            runner.run({QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                        QStringLiteral("-l"), kManDir + QLatin1Char('/') + page},
                       {}, 60'000);
        [&] {
            QVERIFY2(result.exitCode == 0 && result.errText().isEmpty(),
                     qPrintable(page + QStringLiteral(": ") + result.describe()));
        }();
        // man-db writes bold and underlined text with backspaces when it is not on a terminal.
        static const QRegularExpression overstrike(QStringLiteral(".\\x08"));
        return result.outText().remove(overstrike);
    }

private Q_SLOTS:
    void larder1_listsEveryCommandAndOption()
    {
        const QString text = rendered(QStringLiteral("larder.1"));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(text.contains(QStringLiteral("Larder " LARDER_PROJECT_VERSION)), qPrintable(text.left(300)));
        const auto commands = Cli::commands();
        QVERIFY(commands.size() >= 10);
        for (const auto& command : commands) {
            const QString usage = QStringLiteral("larder %1 [options]").arg(command->name());
            const qsizetype at = text.indexOf(usage);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("no '%1' in larder(1)").arg(usage)));
            // Its options are listed in its own part, before the next command's.
            const qsizetype end =
                text.indexOf(QRegularExpression(QStringLiteral("\\n\\s*larder \\S+ \\[options\\]")), at + 1);
            const QString part = text.mid(at, end < 0 ? -1 : end - at);
            const CommandOptions options = command->declaredOptions();
            for (const CommandOptions::Option& option : options.options()) {
                for (const QString& name : option.option.names()) {
                    // --config and --help once, before the first command's part.
                    const QString spelt =
                        (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
                    QVERIFY2(
                        (option.everyCommand ? text.left(text.indexOf(QStringLiteral("larder run [options]")))
                                             : part)
                            .contains(spelt),
                        qPrintable(
                            QStringLiteral("larder(1) lacks %1 of larder %2").arg(spelt, command->name())));
                }
            }
            for (const CommandOptions::Positional& positional : options.positionals())
                QVERIFY2(part.contains(positional.name), qPrintable(positional.name));
        }
        for (const QString& section : {QStringLiteral("EXIT STATUS"), QStringLiteral("ENVIRONMENT"),
                                       QStringLiteral("FILES"), QStringLiteral("EXAMPLES")})
            QVERIFY2(text.contains(QStringLiteral("\n") + section + QStringLiteral("\n")),
                     qPrintable(section));
        QVERIFY(text.contains(QStringLiteral("*/15 * * * * larder run --quiet")));
        QVERIFY(text.contains(QStringLiteral("systemctl --user enable --now larder.timer")));
    }

    void larderToml5_listsEveryKey()
    {
        const QString text = rendered(QStringLiteral("larder.toml.5"));
        QVERIFY(!QTest::currentTestFailed());
        for (const ConfigKey& key : ConfigKeyTable::keys()) {
            // "       dump_dir = "path"": the key's entry, with its help below it.
            const QRegularExpression entry(
                QStringLiteral("\\n\\s+%1 = ").arg(QRegularExpression::escape(key.keyName())));
            QVERIFY2(text.contains(entry),
                     qPrintable(QStringLiteral("no entry for %1 in larder.toml(5)").arg(key.keyName())));
        }
        QVERIFY(text.contains(QStringLiteral("every 2 weeks on friday at 23:00")));
    }

    void larderToml5_examplesLoad()
    {
        // The template's literal blocks that look like a config: each one loads without an issue.
        const QString page = readText(kSource + QStringLiteral("/docs/man/larder.toml.5.scd.in"));
        static const QRegularExpression block(QStringLiteral("```\\n(.*?)```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        int examples = 0;
        for (auto it = block.globalMatch(page); it.hasNext();) {
            const QString example = it.next().captured(1);
            if (!example.startsWith(QLatin1Char('[')))
                continue;
            ++examples;
            const auto loaded = ConfigLoader::loadString(example, QStringLiteral("larder.toml(5)"),
                                                         QStringLiteral("/etc/larder"));
            QStringList issues;
            if (!loaded) {
                for (const ConfigIssue& issue : loaded.error())
                    issues << issue.toString();
            }
            QVERIFY2(loaded, qPrintable(example + issues.join(QLatin1Char('\n'))));
        }
        QCOMPARE(examples, 2);
    }

    void larderGui1_listsEveryOption()
    {
#ifdef LARDER_GUI_EXECUTABLE
        const QString text = rendered(QStringLiteral("larder-gui.1"));
        QVERIFY(!QTest::currentTestFailed());
        CliRunner gui(QStringLiteral(LARDER_GUI_EXECUTABLE));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setEnvironment(environment);
        const CliResult help = gui.run({QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        static const QRegularExpression option(QStringLiteral("(?<![\\w-])--?[a-z][a-z-]*"));
        int options = 0;
        for (auto it = option.globalMatch(help.outText()); it.hasNext(); ++options) {
            const QString spelt = it.next().captured();
            QVERIFY2(text.contains(spelt), qPrintable(QStringLiteral("larder-gui(1) lacks %1").arg(spelt)));
        }
        QVERIFY(options >= 4);
#else
        QSKIP("configured without LARDER_BUILD_GUI");
#endif
    }
};

QTEST_GUILESS_MAIN(TestManualPages)
#include "tst_manualpages.moc"
