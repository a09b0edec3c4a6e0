// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ResultAssert.h"
#include "config/ServerConfig.h"
#include "system/CredentialStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using larder::CredentialStore;
using larder::ServerConfig;

namespace {

// Run three times by CTest: through tests/with-keyring.sh (a private, unlocked gnome-keyring) with
// LARDER_TEST_KEYRING=1; with a dead session bus and LARDER_TEST_NO_KEYCHAIN=1; and as under cron,
// with no session bus at all, LARDER_TEST_NO_KEYCHAIN=1 and LARDER_TEST_NO_BUS=1.
bool keyringMode()
{
    return qEnvironmentVariableIntValue("LARDER_TEST_KEYRING") == 1;
}

bool noKeychainMode()
{
    return qEnvironmentVariableIntValue("LARDER_TEST_NO_KEYCHAIN") == 1;
}

bool noBusMode()
{
    return noKeychainMode() && qEnvironmentVariableIntValue("LARDER_TEST_NO_BUS") == 1;
}

// The keychain calls must return long before the 30 s safety timeout when nothing answers.
constexpr qint64 kQuickMs = 5000;

ServerConfig server(const QString& name, const QString& user, const QString& host, int port)
{
    ServerConfig config;
    config.name = name;
    config.user = user;
    config.host = host;
    config.port = port;
    return config;
}

QStringList g_credentialLog;
QtMessageHandler g_previousHandler = nullptr;

void captureCredentialLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category != nullptr && qstrcmp(context.category, "larder.core.credentials") == 0)
        g_credentialLog.append(message);
    if (g_previousHandler != nullptr)
        g_previousHandler(type, context, message);
}

// Files below `root` whose bytes contain `needle` (UTF-8): a plaintext copy of a password.
QStringList filesContaining(const QString& root, const QString& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace

// Macros because QSKIP returns from the enclosing function only.
#define REQUIRE_KEYRING()                                                                                    \
    do {                                                                                                     \
        if (!keyringMode())                                                                                  \
            QSKIP("needs a private keyring: run through tests/with-keyring.sh with LARDER_TEST_KEYRING=1");  \
    } while (false)

#define REQUIRE_NO_KEYCHAIN()                                                                                \
    do {                                                                                                     \
        if (!noKeychainMode())                                                                               \
            QSKIP("needs a process without a session bus: LARDER_TEST_NO_KEYCHAIN=1 and "                    \
                  "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent");                                        \
    } while (false)

class tst_CredentialStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // With a real Secret Service (gnome-keyring in a private D-Bus session).
    void writeThenRead_givesPasswordBackUntilDeleted();
    void readPassword_nothingStored_givesNullopt();
    void deletePassword_nothingStored_succeeds();
    void passwords_arePerUserHostAndPort();
    void writePassword_keepsUnusualCharacters_data();
    void writePassword_keepsUnusualCharacters();
    void writePassword_storesUnderServiceLarderAndCredentialKey();
    void writeAndRead_neverLogThePassword();

    // In every mode.
    void writePassword_fromWorkerThread_refusesWithReason();

    // Without any reachable keychain (cron, SSH, CI).
    void readPassword_withoutKeychain_givesNulloptQuickly();
    void readPassword_withoutKeychain_saysOnceThatPgpassIsUsed();
    void writePassword_withoutKeychain_explainsPgpassAndNamesServer();
    void writePassword_withoutKeychain_leavesNoPlaintextCopy();
    void deletePassword_withoutKeychain_givesErrorNamingServer();
    // Without a session bus (cron): the keychain is not even asked.
    void writePassword_withoutSessionBus_saysWhatIsMissing();

private:
    QTemporaryDir m_settingsHome;
    CredentialStore m_store;
};

void tst_CredentialStore::initTestCase()
{
    QVERIFY(m_settingsHome.isValid());
    // Where a QSettings-based plaintext fallback would land; the no-keychain tests check it stays empty.
    if (noKeychainMode())
        qputenv("XDG_CONFIG_HOME", m_settingsHome.path().toLocal8Bit());
    g_previousHandler = qInstallMessageHandler(captureCredentialLog);
    // Info lines are hidden by default; the fallback notice is one of them.
    QLoggingCategory::setFilterRules(QStringLiteral("larder.core.credentials.info=true"));
}

void tst_CredentialStore::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void tst_CredentialStore::writeThenRead_givesPasswordBackUntilDeleted()
{
    REQUIRE_KEYRING();
    const ServerConfig db =
        server(QStringLiteral("prod"), QStringLiteral("backup"), QStringLiteral("db1"), 5432);

    const larder::Result<void> written = m_store.writePassword(db, QStringLiteral("first-secret"));
    QVERIFY_RESULT(written);
    QCOMPARE(m_store.readPassword(db), std::optional<QString>(QStringLiteral("first-secret")));

    QVERIFY(m_store.writePassword(db, QStringLiteral("second-secret")));
    QCOMPARE(m_store.readPassword(db), std::optional<QString>(QStringLiteral("second-secret")));

    QVERIFY(m_store.deletePassword(db));
    QCOMPARE(m_store.readPassword(db), std::nullopt);
}

void tst_CredentialStore::readPassword_nothingStored_givesNullopt()
{
    REQUIRE_KEYRING();
    const ServerConfig db =
        server(QStringLiteral("never"), QStringLiteral("nobody"), QStringLiteral("nowhere"), 6543);
    QCOMPARE(m_store.readPassword(db), std::nullopt);
}

void tst_CredentialStore::deletePassword_nothingStored_succeeds()
{
    REQUIRE_KEYRING();
    const ServerConfig db =
        server(QStringLiteral("never"), QStringLiteral("nobody"), QStringLiteral("nowhere"), 6544);
    const larder::Result<void> deleted = m_store.deletePassword(db);
    QVERIFY_RESULT(deleted);
}

void tst_CredentialStore::passwords_arePerUserHostAndPort()
{
    REQUIRE_KEYRING();
    const ServerConfig a = server(QStringLiteral("a"), QStringLiteral("app"), QStringLiteral("pg"), 5432);
    const ServerConfig otherPort =
        server(QStringLiteral("b"), QStringLiteral("app"), QStringLiteral("pg"), 5433);
    const ServerConfig otherUser =
        server(QStringLiteral("c"), QStringLiteral("ops"), QStringLiteral("pg"), 5432);
    const ServerConfig otherHost =
        server(QStringLiteral("d"), QStringLiteral("app"), QStringLiteral("pg2"), 5432);

    QVERIFY(m_store.writePassword(a, QStringLiteral("pw-a")));
    QVERIFY(m_store.writePassword(otherPort, QStringLiteral("pw-b")));

    QCOMPARE(m_store.readPassword(a), std::optional<QString>(QStringLiteral("pw-a")));
    QCOMPARE(m_store.readPassword(otherPort), std::optional<QString>(QStringLiteral("pw-b")));
    QCOMPARE(m_store.readPassword(otherUser), std::nullopt);
    QCOMPARE(m_store.readPassword(otherHost), std::nullopt);

    // Deleting one leaves the other alone.
    QVERIFY(m_store.deletePassword(a));
    QCOMPARE(m_store.readPassword(a), std::nullopt);
    QCOMPARE(m_store.readPassword(otherPort), std::optional<QString>(QStringLiteral("pw-b")));
    QVERIFY(m_store.deletePassword(otherPort));
}

void tst_CredentialStore::writePassword_keepsUnusualCharacters_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("unicode") << QStringLiteral("pässwörd-密码-🔑");
    QTest::newRow("spaces") << QStringLiteral("  two words  ");
    QTest::newRow("colons and backslashes") << QStringLiteral("a:b::c\\:d\\\\");
    QTest::newRow("quotes and newline") << QStringLiteral("it's \"quoted\"\nnext line");
    QTest::newRow("looks like base64") << QStringLiteral("cGFzc3dvcmQ=");
}

void tst_CredentialStore::writePassword_keepsUnusualCharacters()
{
    REQUIRE_KEYRING();
    QFETCH(QString, password);
    const ServerConfig db = server(QStringLiteral("odd"), QStringLiteral("user name"),
                                   QStringLiteral("/var/run/postgresql"), 5432);

    QVERIFY(m_store.writePassword(db, password));
    QCOMPARE(m_store.readPassword(db), std::optional<QString>(password));
    QVERIFY(m_store.deletePassword(db));
}

void tst_CredentialStore::writePassword_storesUnderServiceLarderAndCredentialKey()
{
    REQUIRE_KEYRING();
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool not installed (apt-get install libsecret-tools)");
    const ServerConfig db =
        server(QStringLiteral("ext"), QStringLiteral("reader"), QStringLiteral("db9"), 5499);
    QCOMPARE(db.credentialKey(), QStringLiteral("reader@db9:5499"));
    QVERIFY(m_store.writePassword(db, QStringLiteral("visible-to-secret-tool")));

    // Another Secret Service client finds it under QtKeychain's schema: server=<service>, user=<key>.
    QProcess lookup;
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"),
                              CredentialStore::serviceName(), QStringLiteral("user"), db.credentialKey()});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(),
             QStringLiteral("visible-to-secret-tool"));
    QVERIFY(m_store.deletePassword(db));
}

void tst_CredentialStore::writeAndRead_neverLogThePassword()
{
    REQUIRE_KEYRING();
    const QString password = QStringLiteral("do-not-log-me-7f3a");
    const ServerConfig db = server(QStringLiteral("quiet"), QStringLiteral("u"), QStringLiteral("h"), 5432);
    QLoggingCategory::setFilterRules(QStringLiteral("larder.core.credentials.debug=true"));

    QVERIFY(m_store.writePassword(db, password));
    QCOMPARE(m_store.readPassword(db), std::optional<QString>(password));
    QVERIFY(m_store.deletePassword(db));
    QLoggingCategory::setFilterRules(QStringLiteral("larder.core.credentials.info=true"));

    QVERIFY(!g_credentialLog.isEmpty()); // the debug lines were captured at all
    for (const QString& line : std::as_const(g_credentialLog))
        QVERIFY2(!line.contains(password), qPrintable(line));
}

void tst_CredentialStore::writePassword_fromWorkerThread_refusesWithReason()
{
    const ServerConfig db =
        server(QStringLiteral("threaded"), QStringLiteral("u"), QStringLiteral("h"), 5432);
    std::optional<larder::Result<void>> written;
    std::optional<QString> read = QStringLiteral("untouched");
    std::unique_ptr<QThread> worker(QThread::create([&] {
        written = m_store.writePassword(db, QStringLiteral("from-a-thread"));
        read = m_store.readPassword(db);
    }));
    worker->start();
    QVERIFY(worker->wait(10000));

    QVERIFY(written.has_value());
    QVERIFY(!*written);
    QVERIFY2(written->error().message.contains(QLatin1String("main thread")),
             qPrintable(written->error().message));
    QVERIFY2(written->error().message.contains(QLatin1String("threaded (u@h:5432)")),
             qPrintable(written->error().message));
    QCOMPARE(read, std::nullopt);
}

void tst_CredentialStore::readPassword_withoutKeychain_givesNulloptQuickly()
{
    REQUIRE_NO_KEYCHAIN();
    const ServerConfig db = server(QStringLiteral("cron"), QStringLiteral("u"), QStringLiteral("h"), 5432);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(m_store.readPassword(db), std::nullopt);
    QVERIFY2(clock.elapsed() < kQuickMs, qPrintable(QString::number(clock.elapsed())));
}

void tst_CredentialStore::readPassword_withoutKeychain_saysOnceThatPgpassIsUsed()
{
    REQUIRE_NO_KEYCHAIN();
    QVERIFY(
        !m_store.readPassword(server(QStringLiteral("one"), QStringLiteral("u"), QStringLiteral("h"), 1)));
    QVERIFY(
        !m_store.readPassword(server(QStringLiteral("two"), QStringLiteral("u"), QStringLiteral("h"), 2)));

    // Counted over the whole process, so the order of test functions does not matter.
    int notReachable = 0;
    for (const QString& line : std::as_const(g_credentialLog)) {
        if (line.contains(QLatin1String("not reachable"))) {
            ++notReachable;
            QVERIFY2(line.contains(QLatin1String("~/.pgpass")), qPrintable(line));
        }
    }
    QCOMPARE(notReachable, 1);
}

void tst_CredentialStore::writePassword_withoutKeychain_explainsPgpassAndNamesServer()
{
    REQUIRE_NO_KEYCHAIN();
    const QString password = QStringLiteral("s3cret-in-error?");
    const ServerConfig db =
        server(QStringLiteral("warehouse"), QStringLiteral("etl"), QStringLiteral("dw"), 5440);

    QElapsedTimer clock;
    clock.start();
    const larder::Result<void> written = m_store.writePassword(db, password);
    QVERIFY(clock.elapsed() < kQuickMs);

    QVERIFY(!written);
    const QString message = written.error().message;
    QVERIFY2(message.contains(QLatin1String("~/.pgpass")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("warehouse")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("etl@dw:5440")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("no OS keychain is reachable")), qPrintable(message));
    QVERIFY2(!message.contains(password), qPrintable(message));

    // A MariaDB server's client reads ~/.my.cnf, not ~/.pgpass.
    ServerConfig maria = db;
    maria.engine = larder::EngineKind::MariaDB;
    const larder::Result<void> mariaWritten = m_store.writePassword(maria, password);
    QVERIFY(!mariaWritten);
    QVERIFY2(mariaWritten.error().message.contains(QLatin1String("[client] section of ~/.my.cnf")),
             qPrintable(mariaWritten.error().message));
    QVERIFY2(!mariaWritten.error().message.contains(QLatin1String("pgpass")),
             qPrintable(mariaWritten.error().message));
}

void tst_CredentialStore::writePassword_withoutKeychain_leavesNoPlaintextCopy()
{
    REQUIRE_NO_KEYCHAIN();
    const QString password = QStringLiteral("never-on-disk-91c2");
    const ServerConfig db = server(QStringLiteral("disk"), QStringLiteral("u"), QStringLiteral("h"), 5432);

    QVERIFY(!m_store.writePassword(db, password));
    QCOMPARE(filesContaining(m_settingsHome.path(), password), QStringList());
}

void tst_CredentialStore::deletePassword_withoutKeychain_givesErrorNamingServer()
{
    REQUIRE_NO_KEYCHAIN();
    const ServerConfig db = server(QStringLiteral("old"), QStringLiteral("u"), QStringLiteral("h"), 5432);

    const larder::Result<void> deleted = m_store.deletePassword(db);
    QVERIFY(!deleted);
    QVERIFY2(deleted.error().message.contains(QLatin1String("old (u@h:5432)")),
             qPrintable(deleted.error().message));
    QVERIFY2(deleted.error().message.contains(QLatin1String("~/.pgpass")),
             qPrintable(deleted.error().message));
}

void tst_CredentialStore::writePassword_withoutSessionBus_saysWhatIsMissing()
{
    if (!noBusMode())
        QSKIP("needs a process without any session bus: LARDER_TEST_NO_KEYCHAIN=1, LARDER_TEST_NO_BUS=1 and "
              "DBUS_SESSION_BUS_ADDRESS, DISPLAY and XDG_RUNTIME_DIR unset");
    const ServerConfig db = server(QStringLiteral("nightly"), QStringLiteral("u"), QStringLiteral("h"), 5432);
    const larder::Result<void> written = m_store.writePassword(db, QStringLiteral("pw"));
    QVERIFY(!written);
    const QString message = written.error().message;
    QVERIFY2(message.contains(QLatin1String("no D-Bus session bus")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("DBUS_SESSION_BUS_ADDRESS")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("~/.pgpass")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("nightly (u@h:5432)")), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
