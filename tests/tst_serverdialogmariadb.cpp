// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "MariaDbServer.h"
#include "ServerDialog.h"
#include "config/toml/ConfigDocument.h"
#include "config/toml/ConfigLoader.h"
#include "engines/StandardEngines.h"
#include "mariadb/MariaDbEngine.h"

#include "GuiTestHelpers.h"
#include "ResultAssert.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using larder::ConfigDocument;
using larder::EngineKind;
using larder::ServerDialog;

using namespace GuiTestHelpers;

namespace {

const QString kPassword = QStringLiteral("Maria pw: ünï 'q' \"dq\" #;");
const QString kServers = QStringLiteral("servers.maria");

// What DesktopApp hands the dialogs: every engine of this build, each server to its own.
std::shared_ptr<larder::DatabaseEngine> engine()
{
    return std::shared_ptr<larder::DatabaseEngine>(larder::StandardEngines::create());
}

void selectEngine(ServerDialog* dialog, const QString& name)
{
    auto* combo = requireChild<QComboBox>(dialog, "engineCombo");
    const int index = combo->findData(name);
    QVERIFY2(index >= 0, qPrintable(name));
    combo->setCurrentIndex(index);
}

QString portText(const ServerDialog* dialog)
{
    return requireChild<QSpinBox>(dialog, "portSpin")->specialValueText();
}

} // namespace

// The server dialog's engine selector (issue 14): what it writes, the fields that follow it, and
// "Test connection" against a real MariaDB server. Run without a keychain: the test types passwords.
class tst_ServerDialogMariaDb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void selectMariaDb_writesEngineAndRoundTripsThroughTheLoader();
    void portPlaceholder_followsTheEngine_explicitPortStays();
    void engineFromDefaults_isInheritedAndDrivesThePort();
    void postgresOnlyFields_disabledForMariaDb_andBack();
    void mariaDb_dropsSslmodeFromTheSection_andBackRestoresIt();
    void mysqlSynonym_keptAsWritten();
    void testConnection_realMariaDb_showsVersionAndDumpTool();
    void testConnection_wrongPassword_failsInTheServersWords();
    void accept_withoutKeychain_explainsMyCnfAndStaysOpen();

private:
    // A started server with the dialog's user; fails the test when MariaDB cannot be started.
    bool ensureServer();
    std::unique_ptr<ServerDialog> filledDialog(const QString& password);

    QTemporaryDir m_dir;
    std::unique_ptr<MariaDbServer> m_server;
};

void tst_ServerDialogMariaDb::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ServerDialogMariaDb::cleanupTestCase()
{
    m_server.reset();
}

bool tst_ServerDialogMariaDb::ensureServer()
{
    if (m_server)
        return true;
    auto started = MariaDbServer::start();
    if (!started) {
        qWarning().noquote() << started.error().message;
        return false;
    }
    m_server = std::move(*started);
    const auto user = m_server->createUser(QStringLiteral("dialog_user"), kPassword);
    if (!user) {
        qWarning().noquote() << user.error().message;
        return false;
    }
    return true;
}

std::unique_ptr<ServerDialog> tst_ServerDialogMariaDb::filledDialog(const QString& password)
{
    auto dialog = std::make_unique<ServerDialog>(ConfigDocument(), QString(), engine());
    dialog->show();
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("maria"));
    selectEngine(dialog.get(), QStringLiteral("mariadb"));
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "hostEdit"), m_server->host());
    requireChild<QSpinBox>(dialog.get(), "portSpin")->setValue(m_server->port());
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "userEdit"), QStringLiteral("dialog_user"));
    requireChild<QLineEdit>(dialog.get(), "passwordEdit")->setText(password);
    return dialog;
}

void tst_ServerDialogMariaDb::selectMariaDb_writesEngineAndRoundTripsThroughTheLoader()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.toml"));
    auto document = ConfigDocument::load(path);
    QVERIFY_RESULT(document);
    ServerDialog dialog(*document, QString(), engine());
    dialog.show();
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("maria"));
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("db1"));
    QVERIFY(!dialog.document().value(kServers, QStringLiteral("engine")).isValid());
    selectEngine(&dialog, QStringLiteral("mariadb"));
    QCOMPARE(dialog.document().value(kServers, QStringLiteral("engine")).toString(),
             QStringLiteral("mariadb"));
    QVERIFY2(dialog.issues().isEmpty(), qPrintable(dialog.issues().join(QLatin1Char('\n'))));
    QCOMPARE(dialog.effectiveServer().engine, EngineKind::MariaDB);
    QCOMPARE(dialog.effectiveServer().port, 3306);

    ConfigDocument edited = dialog.document();
    QVERIFY_RESULT(edited.save());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll().contains("engine = \"mariadb\""), qPrintable(edited.toToml()));
    const auto loaded = larder::ConfigLoader::loadFile(path);
    QVERIFY(loaded);
    const auto server = loaded->servers.constFind(QStringLiteral("maria"));
    QVERIFY(server != loaded->servers.constEnd());
    QCOMPARE(server->engine, EngineKind::MariaDB);
    QCOMPARE(server->port, 3306);

    // And back to PostgreSQL: the key says so, not just the absence of "mariadb".
    selectEngine(&dialog, QStringLiteral("postgresql"));
    QCOMPARE(dialog.document().value(kServers, QStringLiteral("engine")).toString(),
             QStringLiteral("postgresql"));
    QCOMPARE(dialog.effectiveServer().port, 5432);
}

void tst_ServerDialogMariaDb::portPlaceholder_followsTheEngine_explicitPortStays()
{
    ServerDialog dialog(ConfigDocument(), QString(), engine());
    dialog.show();
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("maria"));
    QCOMPARE(portText(&dialog), QStringLiteral("inherited: 5432 (built-in)"));
    selectEngine(&dialog, QStringLiteral("mariadb"));
    QCOMPARE(portText(&dialog), QStringLiteral("inherited: 3306 (built-in)"));
    auto* port = requireChild<QSpinBox>(&dialog, "portSpin");
    QCOMPARE(port->text(), QStringLiteral("inherited: 3306 (built-in)"));
    QVERIFY(!dialog.document().value(kServers, QStringLiteral("port")).isValid());

    port->setValue(5000);
    selectEngine(&dialog, QStringLiteral("postgresql"));
    QCOMPARE(port->value(), 5000);
    QCOMPARE(dialog.document().value(kServers, QStringLiteral("port")).toLongLong(), 5000);
    QCOMPARE(dialog.effectiveServer().port, 5000);
    selectEngine(&dialog, QStringLiteral("mariadb"));
    QCOMPARE(dialog.effectiveServer().port, 5000);
}

void tst_ServerDialogMariaDb::engineFromDefaults_isInheritedAndDrivesThePort()
{
    ConfigDocument document;
    document.setValue(QStringLiteral("defaults"), QStringLiteral("engine"), QStringLiteral("mariadb"));
    ServerDialog dialog(document, QString(), engine());
    dialog.show();
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("maria"));
    auto* combo = requireChild<QComboBox>(&dialog, "engineCombo");
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(combo->currentText(), QStringLiteral("inherited: mariadb (from [defaults])"));
    QCOMPARE(portText(&dialog), QStringLiteral("inherited: 3306 (built-in)"));
    QVERIFY(!requireChild<QComboBox>(&dialog, "sslmodeCombo")->isEnabled());
    // Inherited: the section does not repeat it.
    QVERIFY(!dialog.document().value(kServers, QStringLiteral("engine")).isValid());
    QCOMPARE(dialog.effectiveServer().engine, EngineKind::MariaDB);

    // A server that says otherwise overrides [defaults].
    selectEngine(&dialog, QStringLiteral("postgresql"));
    QCOMPARE(portText(&dialog), QStringLiteral("inherited: 5432 (built-in)"));
    QVERIFY(requireChild<QComboBox>(&dialog, "sslmodeCombo")->isEnabled());
    QCOMPARE(dialog.effectiveServer().engine, EngineKind::PostgreSQL);
}

void tst_ServerDialogMariaDb::postgresOnlyFields_disabledForMariaDb_andBack()
{
    ServerDialog dialog(ConfigDocument(), QString(), engine());
    dialog.show();
    auto* sslmode = requireChild<QComboBox>(&dialog, "sslmodeCombo");
    auto* probe = requireChild<QLineEdit>(&dialog, "probeDatabaseEdit");
    auto* host = requireChild<QLineEdit>(&dialog, "hostEdit");
    auto* password = requireChild<QLineEdit>(&dialog, "passwordEdit");
    QVERIFY(sslmode->isEnabled());
    QCOMPARE(probe->placeholderText(), QStringLiteral("postgres"));
    QVERIFY2(host->toolTip().contains(QStringLiteral("directory of the server's unix socket")),
             qPrintable(host->toolTip()));
    QCOMPARE(host->placeholderText(), QStringLiteral("libpq's default (local socket)"));
    QVERIFY(password->toolTip().contains(QStringLiteral("~/.pgpass")));

    selectEngine(&dialog, QStringLiteral("mariadb"));
    QVERIFY(!sslmode->isEnabled());
    QVERIFY2(sslmode->toolTip().contains(QStringLiteral("PostgreSQL only")), qPrintable(sslmode->toolTip()));
    QVERIFY(probe->placeholderText() != QStringLiteral("postgres"));
    QVERIFY2(host->toolTip().contains(QStringLiteral("unix socket file")), qPrintable(host->toolTip()));
    QCOMPARE(host->placeholderText(), QStringLiteral("the mariadb client's default (local socket)"));
    QVERIFY2(password->toolTip().contains(QStringLiteral("~/.my.cnf")), qPrintable(password->toolTip()));

    selectEngine(&dialog, QStringLiteral("postgresql"));
    QVERIFY(sslmode->isEnabled());
    QVERIFY(sslmode->toolTip().isEmpty());
    QCOMPARE(probe->placeholderText(), QStringLiteral("postgres"));
    QVERIFY(host->toolTip().contains(QStringLiteral("directory of the server's unix socket")));
}

void tst_ServerDialogMariaDb::mariaDb_dropsSslmodeFromTheSection_andBackRestoresIt()
{
    ConfigDocument document;
    document.setValue(kServers, QStringLiteral("host"), QStringLiteral("db1"));
    document.setValue(kServers, QStringLiteral("sslmode"), QStringLiteral("require"));
    document.setValue(kServers, QStringLiteral("pg_dump"), QStringLiteral("/usr/bin/pg_dump"));
    ServerDialog dialog(document, QStringLiteral("maria"), engine());
    dialog.show();
    QVERIFY2(dialog.issues().isEmpty(), qPrintable(dialog.issues().join(QLatin1Char('\n'))));

    selectEngine(&dialog, QStringLiteral("mariadb"));
    // Without this the loader would refuse both keys, and the dialog has no field to remove them with.
    QVERIFY(!dialog.document().value(kServers, QStringLiteral("sslmode")).isValid());
    QVERIFY(!dialog.document().value(kServers, QStringLiteral("pg_dump")).isValid());
    QVERIFY2(dialog.issues().isEmpty(), qPrintable(dialog.issues().join(QLatin1Char('\n'))));
    QVERIFY(okButton(&dialog)->isEnabled());

    selectEngine(&dialog, QStringLiteral("postgresql"));
    QCOMPARE(dialog.document().value(kServers, QStringLiteral("sslmode")).toString(),
             QStringLiteral("require"));
    QCOMPARE(dialog.document().value(kServers, QStringLiteral("pg_dump")).toString(),
             QStringLiteral("/usr/bin/pg_dump"));
}

void tst_ServerDialogMariaDb::mysqlSynonym_keptAsWritten()
{
    ConfigDocument document;
    document.setValue(kServers, QStringLiteral("engine"), QStringLiteral("mysql"));
    ServerDialog dialog(document, QStringLiteral("maria"), engine());
    dialog.show();
    QCOMPARE(requireChild<QComboBox>(&dialog, "engineCombo")->currentText(), QStringLiteral("mysql"));
    QCOMPARE(dialog.document().value(kServers, QStringLiteral("engine")).toString(), QStringLiteral("mysql"));
    QCOMPARE(dialog.effectiveServer().engine, EngineKind::MariaDB);
    QCOMPARE(portText(&dialog), QStringLiteral("inherited: 3306 (built-in)"));
    QVERIFY(!requireChild<QComboBox>(&dialog, "sslmodeCombo")->isEnabled());
}

void tst_ServerDialogMariaDb::testConnection_realMariaDb_showsVersionAndDumpTool()
{
    QVERIFY(ensureServer());
    auto dialog = filledDialog(kPassword);
    auto* label = requireChild<QLabel>(dialog.get(), "testResultLabel");
    auto* busy = requireChild<QProgressBar>(dialog.get(), "testBusyIndicator");
    QCOMPARE(dialog->effectiveServer().engine, EngineKind::MariaDB);
    QTest::mouseClick(requireChild<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
    QVERIFY(busy->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), 30000);

    // What the MariaDB engine itself says, asked directly.
    larder::MariaDbEngine direct;
    const auto info = direct.probe(dialog->effectiveServer(), QString(), kPassword);
    QVERIFY_RESULT(info);
    const auto tool = direct.dumpTool(dialog->effectiveServer(), *info);
    QVERIFY_RESULT(tool);
    QVERIFY2(m_server->version().startsWith(info->versionString.section(QLatin1Char('-'), 0, 0)),
             qPrintable(info->versionString));
    QCOMPARE(label->text(), QStringLiteral("MariaDB %1 — %2 will be used").arg(info->versionString, *tool));
    QVERIFY(!label->text().contains(kPassword));
}

void tst_ServerDialogMariaDb::testConnection_wrongPassword_failsInTheServersWords()
{
    QVERIFY(ensureServer());
    const QString wrong = QStringLiteral("not the password");
    auto dialog = filledDialog(wrong);
    auto* label = requireChild<QLabel>(dialog.get(), "testResultLabel");
    QTest::mouseClick(requireChild<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!requireChild<QProgressBar>(dialog.get(), "testBusyIndicator")->isVisible(),
                             30000);
    QVERIFY2(label->text().contains(QStringLiteral("Access denied for user 'dialog_user'@'127.0.0.1'")),
             qPrintable(label->text()));
    QVERIFY(!label->text().contains(wrong));
    QVERIFY(!label->text().contains(kPassword));
}

void tst_ServerDialogMariaDb::accept_withoutKeychain_explainsMyCnfAndStaysOpen()
{
    // CTest runs this file with a dead session bus and LARDER_TEST_NO_KEYCHAIN=1.
    if (!qEnvironmentVariableIsSet("LARDER_TEST_NO_KEYCHAIN"))
        QSKIP("needs a process without a session bus: LARDER_TEST_NO_KEYCHAIN=1");
    ServerDialog dialog(ConfigDocument(), QString(), engine());
    dialog.show();
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("maria"));
    selectEngine(&dialog, QStringLiteral("mariadb"));
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "userEdit"), QStringLiteral("dialog_user"));
    requireChild<QLineEdit>(&dialog, "passwordEdit")->setText(kPassword);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    const QString text = requireChild<QLabel>(&dialog, "passwordStatusLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("~/.my.cnf")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("[client]\nuser=dialog_user\npassword=PASSWORD")),
             qPrintable(text));
    // Not the .pgpass line PostgreSQL servers get (CredentialStore's own sentence still names ~/.pgpass).
    QVERIFY2(!text.contains(QStringLiteral(":*:dialog_user:PASSWORD")), qPrintable(text));
    QVERIFY(!text.contains(kPassword));
    QVERIFY(!dialog.document().toToml().contains(kPassword));
}

QTEST_MAIN(tst_ServerDialogMariaDb)
#include "tst_serverdialogmariadb.moc"
