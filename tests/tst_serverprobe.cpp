// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "PgCluster.h"
#include "postgres/PgConnection.h"
#include "postgres/PgSession.h"
#include "postgres/ServerProbe.h"

#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace larder;

namespace {

const QString kRolePassword = QStringLiteral("Pr0be-R0le pw");

// A loopback port that refuses connections at once: bound and closed again.
int refusedPort()
{
    QTcpServer listener;
    if (!listener.listen(QHostAddress::LocalHost))
        return 1;
    return listener.serverPort();
}

} // namespace

// ServerProbe against a real cluster: what the engine, the dump tasks and restores learn of a server
// before they work with it.
class tst_ServerProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void probe_reachableServer_givesVersionAndWhetherSuperuser_data();
    void probe_reachableServer_givesVersionAndWhetherSuperuser();
    void probe_refusingServer_namesDatabaseServerAndHostPort();
    void probe_wrongPassword_namesServerAndHidesPassword();
    void describe_openSession_learnsWhatProbeLearns();

private:
    ServerConfig server(const QString& user) const;

    std::unique_ptr<PgCluster> m_cluster;
};

void tst_ServerProbe::initTestCase()
{
    // Only what each test passes may authenticate.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    auto cluster = PgCluster::start();
    QVERIFY2(cluster, qPrintable(cluster ? QString() : cluster.error().message));
    m_cluster = std::move(*cluster);
    const auto role = m_cluster->createRole(QStringLiteral("plain"), kRolePassword);
    QVERIFY2(role, qPrintable(role ? QString() : role.error().message));
    const auto db = m_cluster->createDatabase(QStringLiteral("plaindb"), QStringLiteral("plain"));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
}

void tst_ServerProbe::cleanupTestCase()
{
    m_cluster.reset();
}

ServerConfig tst_ServerProbe::server(const QString& user) const
{
    ServerConfig config;
    config.name = QStringLiteral("main");
    config.host = m_cluster->host();
    config.port = m_cluster->port();
    config.user = user;
    config.sslmode = QStringLiteral("disable");
    config.connectTimeoutSeconds = 5;
    return config;
}

void tst_ServerProbe::probe_reachableServer_givesVersionAndWhetherSuperuser_data()
{
    QTest::addColumn<bool>("superuser");
    QTest::newRow("superuser") << true;
    QTest::newRow("plain role") << false;
}

void tst_ServerProbe::probe_reachableServer_givesVersionAndWhetherSuperuser()
{
    QFETCH(bool, superuser);
    const PgConnection connection =
        superuser ? PgConnection(server(m_cluster->superuser()), QStringLiteral("postgres"),
                                 m_cluster->superPassword())
                  : PgConnection(server(QStringLiteral("plain")), QStringLiteral("plaindb"), kRolePassword);
    const auto info = ServerProbe::probe(connection);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
    QVERIFY(info->versionNumber >= 100000);
    QVERIFY2(info->versionString.startsWith(QString::number(info->majorVersion()) + QLatin1Char('.')),
             qPrintable(info->versionString));
    const auto version =
        m_cluster->query(QStringLiteral("postgres"), QStringLiteral("SHOW server_version_num"));
    QVERIFY2(version, qPrintable(version ? QString() : version.error().message));
    QCOMPARE(info->versionNumber, version->trimmed().toInt());
    QCOMPARE(info->superuser, std::optional<bool>(superuser));
}

void tst_ServerProbe::probe_refusingServer_namesDatabaseServerAndHostPort()
{
    ServerConfig config = server(m_cluster->superuser());
    config.port = refusedPort();
    const auto info =
        ServerProbe::probe(PgConnection(config, QStringLiteral("shop"), m_cluster->superPassword()));
    QVERIFY(!info);
    const QString message = info.error().message;
    QVERIFY2(message.contains(QStringLiteral("database \"shop\"")), qPrintable(message));
    QVERIFY2(message.contains(config.displayName()), qPrintable(message));
    QVERIFY2(message.contains(
                 QStringLiteral("is the server running and reachable at 127.0.0.1:%1?").arg(config.port)),
             qPrintable(message));
    QVERIFY2(!message.contains(m_cluster->superPassword()), qPrintable(message));
}

void tst_ServerProbe::probe_wrongPassword_namesServerAndHidesPassword()
{
    const QString wrong = QStringLiteral("Wr0ng-pw-for-probe");
    const auto info =
        ServerProbe::probe(PgConnection(server(QStringLiteral("plain")), QStringLiteral("plaindb"), wrong));
    QVERIFY(!info);
    const QString message = info.error().message;
    QVERIFY2(message.contains(server(QStringLiteral("plain")).displayName()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("larder password set main")), qPrintable(message));
    QVERIFY2(!message.contains(wrong), qPrintable(message));
}

void tst_ServerProbe::describe_openSession_learnsWhatProbeLearns()
{
    const PgConnection connection(server(QStringLiteral("plain")), QStringLiteral("plaindb"), kRolePassword);
    const auto probed = ServerProbe::probe(connection);
    QVERIFY2(probed, qPrintable(probed ? QString() : probed.error().message));
    auto session = PgSession::connect(connection);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    const ServerInfo described = ServerProbe::describe(**session);
    QCOMPARE(described.versionNumber, probed->versionNumber);
    QCOMPARE(described.versionString, probed->versionString);
    QCOMPARE(described.superuser, probed->superuser);
}

QTEST_MAIN(tst_ServerProbe)
#include "tst_serverprobe.moc"
