// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// PgConnection: the config alone says where, as whom and how to connect. A base environment full of
// PG* decoys must reach neither a child's environment nor libpq's parameters.

#include "config/ServerConfig.h"
#include "postgres/PgConnection.h"

#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <optional>

using namespace larder;

namespace {

using Settings = QHash<QString, QString>; // variable name -> value

// The variables that choose where, as whom and with which session settings libpq connects: as the
// README's Credentials section lists them (the promise users read), so code and README cannot drift.
const QStringList& decoyVariables()
{
    static const QStringList variables = [] {
        QFile readme(QStringLiteral(LARDER_SOURCE_DIR "/README.md"));
        if (!readme.open(QIODevice::ReadOnly | QIODevice::Text))
            return QStringList();
        const QString text = QString::fromUtf8(readme.readAll()).simplified();
        const qsizetype from = text.indexOf(QLatin1String("Larder ignores the `PG*` variables"));
        const qsizetype to = text.indexOf(QLatin1String("in its own connections"), from);
        if (from < 0 || to < 0)
            return QStringList();
        QStringList names;
        static const QRegularExpression name(QStringLiteral("`(PG[A-Z_]+)`"));
        for (auto match = name.globalMatch(text.mid(from, to - from)); match.hasNext();)
            names << match.next().captured(1);
        return names;
    }();
    return variables;
}

QString decoyValue(const QString& variable)
{
    return QStringLiteral("decoy-") + variable.toLower();
}

// Where credentials and trust live, and everything else: kept.
const Settings& keptVariables()
{
    static const Settings kept = {
        {QStringLiteral("PGPASSFILE"), QStringLiteral("/home/someone/.pgpass-kept")},
        {QStringLiteral("PGSSLROOTCERT"), QStringLiteral("/etc/ssl/kept-root.crt")},
        {QStringLiteral("PATH"), QStringLiteral("/kept/bin:/usr/bin:/bin")},
        {QStringLiteral("LARDER_UNRELATED"), QStringLiteral("kept")},
    };
    return kept;
}

QProcessEnvironment decoyEnvironment()
{
    QProcessEnvironment env;
    for (const QString& variable : decoyVariables())
        env.insert(variable, decoyValue(variable));
    for (auto it = keptVariables().cbegin(); it != keptVariables().cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

// libpq keyword -> the variable libpq reads for it.
const QHash<QString, QString>& variableOfKeyword()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("host"), QStringLiteral("PGHOST")},
        {QStringLiteral("port"), QStringLiteral("PGPORT")},
        {QStringLiteral("user"), QStringLiteral("PGUSER")},
        {QStringLiteral("dbname"), QStringLiteral("PGDATABASE")},
        {QStringLiteral("password"), QStringLiteral("PGPASSWORD")},
        {QStringLiteral("sslmode"), QStringLiteral("PGSSLMODE")},
        {QStringLiteral("connect_timeout"), QStringLiteral("PGCONNECT_TIMEOUT")},
        {QStringLiteral("application_name"), QStringLiteral("PGAPPNAME")},
    };
    return map;
}

} // namespace

class tst_PgConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void childEnvironment_holdsExactlyTheConfigsSettings_data();
    void childEnvironment_holdsExactlyTheConfigsSettings();
    void libpqParameters_mirrorTheChildEnvironment_data();
    void libpqParameters_mirrorTheChildEnvironment();
    void ignoredVariables_coverEveryDecoy();
    void isolateProcessEnvironment_removesTheDecoysAndKeepsTheRest();
    void applicationNameOf_isWhatTheServerKeeps();
};

namespace {

struct Row
{
    ServerConfig server;
    QString dbname;
    std::optional<QString> password;
    QString applicationName; // empty: the default
    Settings expected;       // the PG* variables a child gets, and nothing else of decoyVariables()
};

QList<std::pair<const char*, Row>> rows()
{
    QList<std::pair<const char*, Row>> rows;
    {
        Row row;
        row.server.host = QStringLiteral("db.example.org");
        row.server.port = 6543;
        row.server.user = QStringLiteral("backup");
        row.server.sslmode = QStringLiteral("verify-full");
        row.server.connectTimeoutSeconds = 7;
        row.dbname = QStringLiteral("app");
        row.password = QStringLiteral("s3cret 'pw'");
        row.expected = {{QStringLiteral("PGHOST"), QStringLiteral("db.example.org")},
                        {QStringLiteral("PGPORT"), QStringLiteral("6543")},
                        {QStringLiteral("PGUSER"), QStringLiteral("backup")},
                        {QStringLiteral("PGDATABASE"), QStringLiteral("app")},
                        {QStringLiteral("PGPASSWORD"), QStringLiteral("s3cret 'pw'")},
                        {QStringLiteral("PGSSLMODE"), QStringLiteral("verify-full")},
                        {QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("7")},
                        {QStringLiteral("PGAPPNAME"), QStringLiteral("larder")}};
        rows.append({"every setting, with a password", row});
    }
    {
        Row row;
        row.server.host = QStringLiteral("10.1.2.3");
        row.server.port = 5432;
        row.server.user = QStringLiteral("reader");
        row.dbname = QStringLiteral("shop");
        row.expected = {{QStringLiteral("PGHOST"), QStringLiteral("10.1.2.3")},
                        {QStringLiteral("PGPORT"), QStringLiteral("5432")},
                        {QStringLiteral("PGUSER"), QStringLiteral("reader")},
                        {QStringLiteral("PGDATABASE"), QStringLiteral("shop")},
                        {QStringLiteral("PGSSLMODE"), QStringLiteral("prefer")},
                        {QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10")},
                        {QStringLiteral("PGAPPNAME"), QStringLiteral("larder")}};
        rows.append({"no password: none at all, not the exported one", row});
    }
    {
        Row row;
        row.server.host.clear();
        row.server.user.clear();
        row.server.port = 5433;
        row.server.sslmode.clear();
        row.server.connectTimeoutSeconds = 0;
        row.dbname = QStringLiteral("postgres");
        row.applicationName = QStringLiteral("larder-verify");
        row.expected = {{QStringLiteral("PGPORT"), QStringLiteral("5433")},
                        {QStringLiteral("PGDATABASE"), QStringLiteral("postgres")},
                        {QStringLiteral("PGAPPNAME"), QStringLiteral("larder-verify")}};
        rows.append({"empty host, user, sslmode and timeout: libpq's defaults, not the decoys", row});
    }
    {
        Row row;
        row.server.host = QStringLiteral("/run/postgresql");
        row.server.port = 5432;
        row.server.user = QStringLiteral("o'neil");
        row.dbname = QStringLiteral("naïve db");
        row.expected = {{QStringLiteral("PGHOST"), QStringLiteral("/run/postgresql")},
                        {QStringLiteral("PGPORT"), QStringLiteral("5432")},
                        {QStringLiteral("PGUSER"), QStringLiteral("o'neil")},
                        {QStringLiteral("PGDATABASE"), QStringLiteral("naïve db")},
                        {QStringLiteral("PGSSLMODE"), QStringLiteral("prefer")},
                        {QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10")},
                        {QStringLiteral("PGAPPNAME"), QStringLiteral("larder")}};
        rows.append({"socket directory, quotes and non-ASCII", row});
    }
    return rows;
}

PgConnection connectionOf(const Row& row)
{
    PgConnection connection(row.server, row.dbname, row.password);
    if (!row.applicationName.isEmpty())
        connection.setApplicationName(row.applicationName);
    return connection;
}

void addRows()
{
    QTest::addColumn<int>("index");
    const auto all = rows();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).first) << i;
}

} // namespace

void tst_PgConnection::childEnvironment_holdsExactlyTheConfigsSettings_data()
{
    addRows();
}

void tst_PgConnection::childEnvironment_holdsExactlyTheConfigsSettings()
{
    QFETCH(int, index);
    const Row row = rows().at(index).second;
    const QProcessEnvironment env = connectionOf(row).childEnvironment(decoyEnvironment());

    for (const QString& variable : decoyVariables()) {
        const QString value = env.value(variable, QStringLiteral("<unset>"));
        QVERIFY2(!value.startsWith(QLatin1String("decoy-")),
                 qPrintable(QStringLiteral("%1 kept the exported decoy %2").arg(variable, value)));
        if (row.expected.contains(variable)) {
            QVERIFY2(env.contains(variable), qPrintable(variable + QStringLiteral(" is not set")));
            QCOMPARE(env.value(variable), row.expected.value(variable));
        } else {
            QVERIFY2(!env.contains(variable),
                     qPrintable(QStringLiteral("%1 is set to '%2'").arg(variable, env.value(variable))));
        }
    }
    for (auto it = keptVariables().cbegin(); it != keptVariables().cend(); ++it)
        QCOMPARE(env.value(it.key(), QStringLiteral("<unset>")), it.value());
    // Nothing else appears: the base, less the decoys, plus the expected settings.
    QCOMPARE(env.keys().size(), keptVariables().size() + row.expected.size());
}

void tst_PgConnection::libpqParameters_mirrorTheChildEnvironment_data()
{
    addRows();
}

void tst_PgConnection::libpqParameters_mirrorTheChildEnvironment()
{
    QFETCH(int, index);
    const Row row = rows().at(index).second;
    const auto params = connectionOf(row).libpqParameters();

    Settings asVariables;
    QStringList keywords;
    for (const auto& [key, value] : params) {
        const QString keyword = QString::fromLatin1(key);
        keywords.append(keyword);
        QVERIFY2(variableOfKeyword().contains(keyword),
                 qPrintable(QStringLiteral("unexpected keyword ") + keyword));
        asVariables.insert(variableOfKeyword().value(keyword), QString::fromUtf8(value));
    }
    QCOMPARE(keywords.size(), asVariables.size()); // each keyword once
    QCOMPARE(asVariables, row.expected);
    // Never a connection string: dbname is a name, not expanded.
    QVERIFY(!keywords.contains(QStringLiteral("service")));
    QVERIFY(!keywords.contains(QStringLiteral("options")));
}

void tst_PgConnection::ignoredVariables_coverEveryDecoy()
{
    QVERIFY2(decoyVariables().size() >= 15, "README.md's list of ignored PG* variables was not found");
    QCOMPARE(
        QSet<QString>(PgConnection::ignoredVariables().cbegin(), PgConnection::ignoredVariables().cend()),
        QSet<QString>(decoyVariables().cbegin(), decoyVariables().cend()));
    for (const QString& variable : decoyVariables())
        QVERIFY2(PgConnection::ignoredVariables().contains(variable), qPrintable(variable));
    for (auto it = keptVariables().cbegin(); it != keptVariables().cend(); ++it)
        QVERIFY2(!PgConnection::ignoredVariables().contains(it.key()), qPrintable(it.key()));
}

void tst_PgConnection::isolateProcessEnvironment_removesTheDecoysAndKeepsTheRest()
{
    for (const QString& variable : decoyVariables())
        QVERIFY(qputenv(variable.toLatin1().constData(), decoyValue(variable).toUtf8()));
    for (auto it = keptVariables().cbegin(); it != keptVariables().cend(); ++it) {
        if (it.key() != QLatin1String("PATH"))
            QVERIFY(qputenv(it.key().toLatin1().constData(), it.value().toUtf8()));
    }
    const QByteArray path = qgetenv("PATH");

    PgConnection::isolateProcessEnvironment();

    for (const QString& variable : decoyVariables())
        QVERIFY2(!qEnvironmentVariableIsSet(variable.toLatin1().constData()),
                 qPrintable(QStringLiteral("%1 is still %2")
                                .arg(variable, qEnvironmentVariable(variable.toLatin1().constData()))));
    for (auto it = keptVariables().cbegin(); it != keptVariables().cend(); ++it) {
        if (it.key() != QLatin1String("PATH"))
            QCOMPARE(qEnvironmentVariable(it.key().toLatin1().constData()), it.value());
    }
    QCOMPARE(qgetenv("PATH"), path);
    // What a child started now inherits.
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : decoyVariables())
        QVERIFY2(!system.contains(variable), qPrintable(variable));
}

void tst_PgConnection::applicationNameOf_isWhatTheServerKeeps()
{
    QCOMPARE(PgConnection::applicationNameOf(QStringLiteral("shop")), QStringLiteral("larder:shop"));
    // Printable ASCII only, at most 63 bytes (NAMEDATALEN - 1): the server keeps it as sent.
    QCOMPARE(PgConnection::applicationNameOf(QStringLiteral("Überweisung\t1")),
             QStringLiteral("larder:?berweisung?1"));
    const QString longName = PgConnection::applicationNameOf(QString(100, QLatin1Char('x')));
    QCOMPARE(longName.size(), 63);
    QVERIFY(longName.startsWith(QStringLiteral("larder:xxx")));
    // The child tool gets it, whatever PGAPPNAME says.
    PgConnection connection(ServerConfig(), QStringLiteral("db"));
    connection.setApplicationName(PgConnection::applicationNameOf(QStringLiteral("shop")));
    QProcessEnvironment base;
    base.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("psql"));
    QCOMPARE(connection.childEnvironment(base).value(QStringLiteral("PGAPPNAME")),
             QStringLiteral("larder:shop"));
}

QTEST_GUILESS_MAIN(tst_PgConnection)
#include "tst_pgconnection.moc"
