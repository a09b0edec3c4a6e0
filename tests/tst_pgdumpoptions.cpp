// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/engines/PgDumpOptions.h"

#include <QtTest>

using namespace larder;

namespace {

QList<qsizetype> elements(const QList<PgDumpOptions::Problem>& problems)
{
    QList<qsizetype> found;
    for (const PgDumpOptions::Problem& problem : problems)
        found << problem.element;
    return found;
}

} // namespace

class TstPgDumpOptions final : public QObject
{
    Q_OBJECT

private slots:
    void check_reportsEachOffendingElement_data();
    void check_reportsEachOffendingElement();
    void checkForFormat_followsTheFormat_data();
    void checkForFormat_followsTheFormat();
    void selectsTables_readsOptionsNotValues_data();
    void selectsTables_readsOptionsNotValues();
};

void TstPgDumpOptions::check_reportsEachOffendingElement_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<qsizetype>>("offending");

    const auto row = [](const char* name, const QStringList& args, const QList<qsizetype>& offending) {
        QTest::newRow(name) << args << offending;
    };
    row("nothing", {}, {});
    row("options and their values", {"-t", "orders", "--table", "-x", "--schema=app", "-Ox", "-vnpublic"},
        {});
    row("value-taking letter takes the next element", {"-Ot", "orders", "--no-owner"}, {});
    row("positional after a valued option", {"-t", "orders", "other"}, {2});
    row("connection string", {"dbname=other host=/elsewhere"}, {0});
    row("lone dash", {"-"}, {0});
    row("empty element", {""}, {0});
    row("double dash and what follows", {"--", "other"}, {0, 1});
    row("managed option swallows its value", {"-h", "db", "--no-owner"}, {0});
    row("managed letter in a cluster", {"-OU", "backup"}, {0});
    row("unknown letter ends the cluster", {"-Oq", "-x"}, {0});
    row("unknown long option", {"--frobnicate"}, {0});
    row("abbreviated long option", {"--no-owner", "--no-own"}, {1});
    row("ambiguous abbreviation", {"--exclude-table-dat=x"}, {0});
    row("value given to a flag", {"--no-owner=yes"}, {0});
    row("value missing at the end", {"--no-owner", "--table"}, {1});
    row("letter value missing at the end", {"-Ot"}, {0});
    row("version is not an option here", {"-V"}, {0});
}

void TstPgDumpOptions::check_reportsEachOffendingElement()
{
    QFETCH(QStringList, args);
    QFETCH(QList<qsizetype>, offending);
    const QList<PgDumpOptions::Problem> problems = PgDumpOptions::check(args);
    QStringList messages;
    for (const PgDumpOptions::Problem& problem : problems)
        messages << problem.message;
    QVERIFY2(elements(problems) == offending, qPrintable(messages.join(QLatin1Char('\n'))));
}

void TstPgDumpOptions::checkForFormat_followsTheFormat_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("format");       // DumpFormat
    QTest::addColumn<QString>("fragment"); // empty: no problem

    const auto row = [](const char* name, const QStringList& args, DumpFormat format, const char* fragment) {
        QTest::newRow(name) << args << int(format) << QString::fromUtf8(fragment);
    };
    row("-j with directory", {"-j4"}, DumpFormat::Directory, "");
    row("-j with custom", {"--jobs", "4"}, DumpFormat::Custom, "'--jobs' (parallel dump) only works");
    row("--create with custom", {"--create", "--clean", "--if-exists"}, DumpFormat::Custom, "");
    row("-cC with tar", {"-cC"}, DumpFormat::Tar, "");
    row("--create with plain", {"--create"}, DumpFormat::Plain, "act on the source database");
    row("-C in a cluster with plain", {"-OC"}, DumpFormat::Plain, "'-C' makes a plain dump create");
    row("--clean with plain", {"--clean"}, DumpFormat::Plain,
        "'--clean' makes a plain dump start by dropping");
    row("-c with plain", {"-c"}, DumpFormat::Plain, "'-c' makes a plain dump start by dropping");
    row("--if-exists with plain", {"--if-exists"}, DumpFormat::Plain, "");
    row("-C as a value with plain", {"--superuser", "-C"}, DumpFormat::Plain, "");
}

void TstPgDumpOptions::checkForFormat_followsTheFormat()
{
    QFETCH(QStringList, args);
    QFETCH(int, format);
    QFETCH(QString, fragment);
    const QList<PgDumpOptions::Problem> problems =
        PgDumpOptions::checkForFormat(args, DumpFormat(format), QStringLiteral("job 'app'"));
    if (fragment.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().element, qsizetype(0));
    QVERIFY2(problems.first().message.contains(fragment), qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(QLatin1String("job 'app'")),
             qPrintable(problems.first().message));
}

void TstPgDumpOptions::selectsTables_readsOptionsNotValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("selects");
    QTest::newRow("none") << QStringList() << false;
    QTest::newRow("unrelated") << QStringList{"--no-owner", "--inserts", "--no-sync"} << false;
    QTest::newRow("-t value") << QStringList{"-t", "x"} << true;
    QTest::newRow("-T in a cluster") << QStringList{"-OTlogs"} << true;
    QTest::newRow("--exclude-table-data=") << QStringList{"--exclude-table-data=logs"} << true;
    QTest::newRow("--schema-only") << QStringList{"--schema-only"} << true;
    QTest::newRow("--section") << QStringList{"--section", "pre-data"} << true;
    QTest::newRow("-e") << QStringList{"-e", "postgis"} << true;
    QTest::newRow("-t as a value") << QStringList{"--superuser", "-t"} << false;
}

void TstPgDumpOptions::selectsTables_readsOptionsNotValues()
{
    QFETCH(QStringList, args);
    QFETCH(bool, selects);
    QCOMPARE(PgDumpOptions::selectsTables(args), selects);
}

QTEST_GUILESS_MAIN(TstPgDumpOptions)
#include "tst_pgdumpoptions.moc"
