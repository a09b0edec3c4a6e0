// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/engines/MariaDbDumpOptions.h"

#include <QtTest>

using namespace larder;

namespace {

QList<qsizetype> elements(const QList<MariaDbDumpOptions::Problem>& problems)
{
    QList<qsizetype> found;
    for (const MariaDbDumpOptions::Problem& problem : problems)
        found << problem.element;
    return found;
}

QString messages(const QList<MariaDbDumpOptions::Problem>& problems)
{
    QStringList lines;
    for (const MariaDbDumpOptions::Problem& problem : problems)
        lines << problem.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TstMariaDbDumpOptions final : public QObject
{
    Q_OBJECT

private slots:
    void check_reportsEachOffendingElement_data();
    void check_reportsEachOffendingElement();
    void check_saysWhyAndWhatToDo_data();
    void check_saysWhyAndWhatToDo();
    void selectsTables_readsOptionsNotValues_data();
    void selectsTables_readsOptionsNotValues();
};

void TstMariaDbDumpOptions::check_reportsEachOffendingElement_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<qsizetype>>("offending");

    const auto row = [](const char* name, const QStringList& args, const QList<qsizetype>& offending) {
        QTest::newRow(name) << args << offending;
    };
    row("nothing", {}, {});
    row("useful options",
        {"--skip-lock-tables", "--ignore-table=app.audit", "--no-data", "--where=id>5", "--quick",
         "--skip-extended-insert", "--complete-insert", "--default-character-set=utf8mb4",
         "--max-allowed-packet=1G", "--net-buffer-length=16384", "--order-by-primary", "--insert-ignore",
         "--skip-tz-utc", "--ssl-ca=/etc/ca.pem", "--compress", "--skip-triggers", "--skip-routines",
         "--skip-events"},
        {});
    row("value as the next element", {"--ignore-table", "app.audit", "-w", "id>5", "-q"}, {});
    row("short cluster with attached value", {"-qcwid>5"}, {});
    row("underscores read as dashes", {"--ignore_table=app.audit", "--skip_lock_tables"}, {});
    row("positional", {"--quick", "otherdb"}, {1});
    row("positional after a valued option", {"--where", "id>5", "orders"}, {2});
    row("double dash and what follows", {"--", "other"}, {0, 1});
    row("lone dash", {"-"}, {0});
    row("empty element", {""}, {0});
    row("password with value", {"--password=secret"}, {0});
    row("password letter with value", {"-psecret", "--quick"}, {0});
    row("password in a cluster", {"-qp"}, {0});
    row("result file swallows its value", {"--result-file", "/tmp/x.sql", "--quick"}, {0});
    row("result file letter", {"-r/tmp/x.sql"}, {0});
    row("xml", {"--xml"}, {0});
    row("xml letter", {"-X"}, {0});
    row("tab", {"--tab=/tmp"}, {0});
    row("databases and all-databases", {"-B", "--all-databases"}, {0, 1});
    row("connection options", {"--host=db", "-P3307", "--socket=/run/x.sock", "-u", "root", "--protocol=tcp"},
        {0, 1, 2, 3, 5});
    row("option files", {"--defaults-file=/x", "--defaults-extra-file=/y", "--no-defaults"}, {0, 1, 2});
    row("set by Larder", {"--single-transaction", "--routines", "-E", "--triggers", "--hex-blob"},
        {0, 1, 2, 3, 4});
    row("snapshot turned off", {"--skip-single-transaction", "--disable-single-transaction"}, {0, 1});
    row("snapshot turned on by a value", {"--single-transaction=0"}, {0});
    row("hex blob turned off", {"--skip-hex-blob"}, {0});
    row("footer lost", {"--compact", "--skip-comments"}, {0, 1});
    row("locks", {"--lock-tables", "-x", "--lock-all-tables"}, {0, 1, 2});
    row("replication", {"--master-data=2", "--dump-slave", "--delete-master-logs"}, {0, 1, 2});
    row("drop database", {"--add-drop-database"}, {0});
    row("force", {"-f"}, {0});
    row("system", {"--system=users"}, {0});
    row("loose prefix does not hide an option", {"--loose-result-file=/tmp/x"}, {0});
    row("unknown long option", {"--frobnicate"}, {0});
    row("unknown letter", {"-Z"}, {0});
    row("negated valued option is unknown", {"--skip-where"}, {0});
    row("abbreviation", {"--order-by-prim"}, {0});
    row("abbreviated refused option swallows its value", {"--result-f", "/tmp/x.sql", "--quick"}, {0});
    row("ambiguous abbreviation", {"--ssl-c=x"}, {0});
    row("flag given a value", {"--quick=yes"}, {0});
    row("value missing at the end", {"--quick", "--ignore-table"}, {1});
    row("letter value missing at the end", {"-qw"}, {0});
}

void TstMariaDbDumpOptions::check_reportsEachOffendingElement()
{
    QFETCH(QStringList, args);
    QFETCH(QList<qsizetype>, offending);
    const QList<MariaDbDumpOptions::Problem> problems = MariaDbDumpOptions::check(args);
    QVERIFY2(elements(problems) == offending, qPrintable(messages(problems)));
}

void TstMariaDbDumpOptions::check_saysWhyAndWhatToDo_data()
{
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("positional") << "otherdb"
                                << "read a word as a database or table name";
    QTest::newRow("password") << "--password=x"
                              << "larder password set SERVER";
    QTest::newRow("abbreviated result file") << "--result-f=/tmp/x"
                                             << "set dump_dir instead";
    QTest::newRow("abbreviation") << "--order-by-prim"
                                  << "abbreviates --order-by-primary: write";
    QTest::newRow("result file") << "--result-file=/tmp/x"
                                 << "set dump_dir instead";
    QTest::newRow("xml") << "--xml"
                         << "writes XML instead of the SQL script";
    QTest::newRow("unknown") << "--frobnicate"
                             << "is not a mariadb-dump option Larder allows";
    QTest::newRow("skip comments") << "--skip-comments"
                                   << "'-- Dump completed'";
    QTest::newRow("host") << "-hdb"
                          << "set them there instead";
    QTest::newRow("lock tables") << "-l"
                                 << "--skip-lock-tables is allowed";
    QTest::newRow("system") << "--system=all"
                            << "dump_globals = true";
}

void TstMariaDbDumpOptions::check_saysWhyAndWhatToDo()
{
    QFETCH(QString, arg);
    QFETCH(QString, fragment);
    const QList<MariaDbDumpOptions::Problem> problems = MariaDbDumpOptions::check({arg});
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(fragment), qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(QStringLiteral("'%1'").arg(arg)),
             qPrintable(problems.first().message));
}

void TstMariaDbDumpOptions::selectsTables_readsOptionsNotValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("selects");

    QTest::newRow("nothing") << QStringList() << false;
    QTest::newRow("ordinary") << QStringList{"--quick", "--skip-lock-tables"} << false;
    QTest::newRow("ignore table") << QStringList{"--ignore-table=app.audit"} << true;
    QTest::newRow("ignore table data") << QStringList{"--ignore-table-data", "app.log"} << true;
    QTest::newRow("where letter") << QStringList{"-wid>5"} << true;
    QTest::newRow("no data in a cluster") << QStringList{"-qd"} << true;
    QTest::newRow("no create info") << QStringList{"--no-create-info"} << true;
    QTest::newRow("turned off") << QStringList{"--skip-no-data"} << false;
    QTest::newRow("a value that looks like one") << QStringList{"--default-character-set", "-d"} << false;
}

void TstMariaDbDumpOptions::selectsTables_readsOptionsNotValues()
{
    QFETCH(QStringList, args);
    QFETCH(bool, selects);
    QCOMPARE(MariaDbDumpOptions::selectsTables(args), selects);
}

QTEST_GUILESS_MAIN(TstMariaDbDumpOptions)
#include "tst_mariadbdumpoptions.moc"
