// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "BackupFixture.h"
#include "PgCluster.h"
#include "ServerDialog.h"
#include "config/toml/ConfigDocument.h"
#include "postgres/PgDumpLocator.h"
#include "postgres/PostgresEngine.h"
#include "system/CredentialStore.h"

#include "GuiTestHelpers.h"
#include "ResultAssert.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using larder::ConfigDocument;
using larder::CredentialStore;
using larder::ServerDialog;

using namespace GuiTestHelpers;

namespace {

const QString kRolePassword = QStringLiteral("Dialog pw: ünï 'q' \"dq\"");

// What the dialogs' "Test connection" probes through, as DesktopApp hands it down.
std::shared_ptr<larder::DatabaseEngine> engine()
{
    return std::make_shared<larder::PostgresEngine>();
}

} // namespace

// Run twice by CTest (tests/gui-dialogs.cmake): inside a private unlocked gnome-keyring with
// LARDER_TEST_KEYRING=1, and with a dead session bus and LARDER_TEST_NO_KEYCHAIN=1; REQUIRE_KEYRING()
// and REQUIRE_NO_KEYCHAIN() (BackupFixture.h) skip what the other run covers.
class tst_ServerDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void newServer_emptyName_disablesOk();
    void newServer_takenName_disablesOkNamingIt();
    void newServer_focusesTheNameAndSaysNoPasswordIsStored();
    void invalidSslmodeFromFile_showsLoaderMessage();
    void testConnection_realCluster_showsVersionAndPgDump();
    void testConnection_wrongPassword_showsServerError();
    void testConnection_closedWhileRunning_dropsResult();
    void accept_writesOnlySetKeysAndNoPassword();
    void edit_renameKeepsDatabasesPointingAtIt();

    // With a real Secret Service.
    void accept_storesPasswordInKeychain();
    void testConnection_usesStoredPassword();
    void forgetPassword_deletesIt();
    void edit_changedUser_movesStoredPasswordToTheNewKey();
    void edit_passwordSaysUnchangedOnlyWhenOneIsStored();

    // Without any keychain.
    void accept_withoutKeychain_explainsPgpassAndStaysOpen();

private:
    // A dialog for a new server filled as the test cluster's superuser.
    std::unique_ptr<ServerDialog> filledDialog(const ConfigDocument& document, const QString& name,
                                               const QString& password);
    QString clusterVersion() const;

    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_cluster;
};

void tst_ServerDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Only what a test types (or stores) may authenticate.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    QVERIFY(m_dir.isValid());
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    const auto role = m_cluster->createRole(QStringLiteral("dialog_user"), kRolePassword);
    QVERIFY_RESULT(role);
}

void tst_ServerDialog::cleanupTestCase()
{
    m_cluster.reset();
}

QString tst_ServerDialog::clusterVersion() const
{
    const auto version = m_cluster->query(QStringLiteral("postgres"), QStringLiteral("SHOW server_version"));
    return version ? version->trimmed().section(QLatin1Char(' '), 0, 0) : QString();
}

std::unique_ptr<ServerDialog> tst_ServerDialog::filledDialog(const ConfigDocument& document,
                                                             const QString& name, const QString& password)
{
    auto dialog = std::make_unique<ServerDialog>(document, QString(), engine());
    dialog->show();
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), name);
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "hostEdit"), m_cluster->host());
    requireChild<QSpinBox>(dialog.get(), "portSpin")->setValue(m_cluster->port());
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "userEdit"), QStringLiteral("dialog_user"));
    requireChild<QLineEdit>(dialog.get(), "passwordEdit")->setText(password);
    return dialog;
}

void tst_ServerDialog::newServer_emptyName_disablesOk()
{
    ServerDialog dialog{ConfigDocument(), QString(), engine()};
    dialog.show();
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.issues(), QStringList{QStringLiteral("Give the server a name.")});
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("main"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!requireChild<QLabel>(&dialog, "issuesLabel")->isVisible());
}

void tst_ServerDialog::newServer_focusesTheNameAndSaysNoPasswordIsStored()
{
    // Issue 11, #19: the dialog opened with the focus on Cancel and a password "unchanged".
    ServerDialog dialog{ConfigDocument(), QString(), engine()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* name = requireChild<QLineEdit>(&dialog, "nameEdit");
    QCOMPARE(dialog.focusWidget(), name);
    // Typing goes into the name at once.
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("main"));
    QCOMPARE(name->text(), QStringLiteral("main"));
    QCOMPARE(requireChild<QLineEdit>(&dialog, "passwordEdit")->placeholderText(),
             QStringLiteral("not stored"));
    // The buttons come after the fields: Shift+Tab from the name does not land on them.
    QWidget* before = name->previousInFocusChain();
    QVERIFY(!qobject_cast<QAbstractButton*>(before) || !before->isVisible() ||
            !dialog.findChildren<QDialogButtonBox*>().value(0)->isAncestorOf(before));
}

void tst_ServerDialog::newServer_takenName_disablesOkNamingIt()
{
    ConfigDocument document;
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("host"), QStringLiteral("db1"));
    ServerDialog dialog(document, QString(), engine());
    dialog.show();
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("main"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(requireChild<QLabel>(&dialog, "issuesLabel")
                 ->text()
                 .contains(QStringLiteral("'main' exists already")),
             qPrintable(requireChild<QLabel>(&dialog, "issuesLabel")->text()));
}

void tst_ServerDialog::invalidSslmodeFromFile_showsLoaderMessage()
{
    // A hand-edited file with a value the loader rejects: the dialog shows the CLI's message for it.
    const QString path = m_dir.filePath(QStringLiteral("badssl.toml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[servers.main]\nhost = \"db1\"\nsslmode = \"sometimes\"\n");
    file.close();
    auto document = ConfigDocument::load(path);
    QVERIFY_RESULT(document);
    const auto loaded = document->validate();
    QVERIFY(!loaded);

    ServerDialog dialog(*document, QStringLiteral("main"), engine());
    dialog.show();
    QVERIFY(!okButton(&dialog)->isEnabled());
    QStringList expected;
    for (const larder::ConfigIssue& issue : loaded.error())
        expected << issue.toString();
    QCOMPARE(dialog.issues(), expected);
    QVERIFY2(dialog.issues().join(QLatin1Char('\n')).contains(QStringLiteral("servers.main.sslmode")),
             qPrintable(dialog.issues().join(QLatin1Char('\n'))));
    // The combo shows the file's value; picking a real mode fixes the document.
    auto* combo = requireChild<QComboBox>(&dialog, "sslmodeCombo");
    QCOMPARE(combo->currentText(), QStringLiteral("sometimes"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("require")));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.document().value(QStringLiteral("servers.main"), QStringLiteral("sslmode")).toString(),
             QStringLiteral("require"));
}

void tst_ServerDialog::testConnection_realCluster_showsVersionAndPgDump()
{
    auto dialog = filledDialog(ConfigDocument(), QStringLiteral("main"), kRolePassword);
    auto* label = requireChild<QLabel>(dialog.get(), "testResultLabel");
    auto* busy = requireChild<QProgressBar>(dialog.get(), "testBusyIndicator");
    QTest::mouseClick(requireChild<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
    // The test runs on a worker thread: the dialog is back at once, showing that it is busy.
    QVERIFY(busy->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), 30000);

    const QString version = clusterVersion();
    QVERIFY(!version.isEmpty());
    const int major = version.section(QLatin1Char('.'), 0, 0).toInt();
    const auto pgDump = larder::PgDumpLocator::locate(QString(), major);
    QVERIFY_RESULT(pgDump);
    // The pg_dump version as the binary itself says it, independently of the dialog's parsing.
    QProcess process;
    process.start(pgDump->path, {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(10000));
    const QString pgDumpVersion = QString::fromUtf8(process.readAllStandardOutput())
                                      .section(QStringLiteral(") "), 1)
                                      .section(QLatin1Char(' '), 0, 0)
                                      .trimmed();
    QCOMPARE(label->text(), QStringLiteral("PostgreSQL %1 — pg_dump %2 at %3 will be used")
                                .arg(version, pgDumpVersion, pgDump->path));
}

void tst_ServerDialog::testConnection_wrongPassword_showsServerError()
{
    auto dialog = filledDialog(ConfigDocument(), QStringLiteral("main"), QStringLiteral("not the password"));
    auto* label = requireChild<QLabel>(dialog.get(), "testResultLabel");
    QTest::mouseClick(requireChild<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!requireChild<QProgressBar>(dialog.get(), "testBusyIndicator")->isVisible(),
                             30000);
    QVERIFY2(
        label->text().contains(QStringLiteral("password authentication failed for user \"dialog_user\"")),
        qPrintable(label->text()));
    QVERIFY(!label->text().contains(QStringLiteral("not the password")));
}

void tst_ServerDialog::testConnection_closedWhileRunning_dropsResult()
{
    auto dialog = filledDialog(ConfigDocument(), QStringLiteral("main"), kRolePassword);
    auto* label = requireChild<QLabel>(dialog.get(), "testResultLabel");
    QTest::mouseClick(requireChild<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
    const QString connecting = label->text();
    QVERIFY2(connecting.startsWith(QStringLiteral("Connecting to dialog_user@")), qPrintable(connecting));
    dialog->reject();
    QVERIFY(!requireChild<QProgressBar>(dialog.get(), "testBusyIndicator")->isVisible());
    // Long enough for the abandoned probe of a local cluster to finish and be dropped.
    QTest::qWait(3000);
    QCOMPARE(label->text(), connecting);
}

void tst_ServerDialog::accept_writesOnlySetKeysAndNoPassword()
{
    ConfigDocument document;
    document.setValue(QStringLiteral("defaults"), QStringLiteral("port"), qint64(6543));
    auto dialog = filledDialog(document, QStringLiteral("main"), QString());
    // The inherited port is what the spin box shows until a number is picked.
    auto* port = requireChild<QSpinBox>(dialog.get(), "portSpin");
    port->setValue(port->minimum());
    QVERIFY2(port->text().contains(QStringLiteral("6543")), qPrintable(port->text()));
    QVERIFY2(requireChild<QLineEdit>(dialog.get(), "hostEdit")
                 ->placeholderText()
                 .contains(QStringLiteral("libpq")),
             qPrintable(requireChild<QLineEdit>(dialog.get(), "hostEdit")->placeholderText()));
    QVERIFY(okButton(dialog.get())->isEnabled());
    QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const ConfigDocument& edited = dialog->document();
    const QString sec = QStringLiteral("servers.main");
    QCOMPARE(edited.value(sec, QStringLiteral("host")).toString(), m_cluster->host());
    QCOMPARE(edited.value(sec, QStringLiteral("user")).toString(), QStringLiteral("dialog_user"));
    QVERIFY(!edited.value(sec, QStringLiteral("port")).isValid());
    QVERIFY(!edited.value(sec, QStringLiteral("sslmode")).isValid());
    QVERIFY(!edited.value(sec, QStringLiteral("max_parallel")).isValid());
    QVERIFY(edited.validate());
}

void tst_ServerDialog::edit_renameKeepsDatabasesPointingAtIt()
{
    ConfigDocument document;
    document.setValue(QStringLiteral("servers.old"), QStringLiteral("host"), QStringLiteral("db1"));
    document.setValue(QStringLiteral("databases.app"), QStringLiteral("server"), QStringLiteral("old"));
    ServerDialog dialog(document, QStringLiteral("old"), engine());
    dialog.show();
    QCOMPARE(requireChild<QLineEdit>(&dialog, "hostEdit")->text(), QStringLiteral("db1"));
    auto* name = requireChild<QLineEdit>(&dialog, "nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("new"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.document().sectionNames(QStringLiteral("servers")), QStringList{QStringLiteral("new")});
    QCOMPARE(dialog.document().value(QStringLiteral("databases.app"), QStringLiteral("server")).toString(),
             QStringLiteral("new"));
    QCOMPARE(dialog.document().value(QStringLiteral("servers.new"), QStringLiteral("host")).toString(),
             QStringLiteral("db1"));
}

void tst_ServerDialog::accept_storesPasswordInKeychain()
{
    REQUIRE_KEYRING();
    auto dialog = filledDialog(ConfigDocument(), QStringLiteral("main"), kRolePassword);
    QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!requireChild<QLabel>(dialog.get(), "passwordStatusLabel")->isVisible());
    QCOMPARE(CredentialStore().readPassword(dialog->effectiveServer()),
             std::optional<QString>(kRolePassword));
    QVERIFY(!dialog->document().toToml().contains(kRolePassword));
    QVERIFY(CredentialStore().deletePassword(dialog->effectiveServer()));
}

void tst_ServerDialog::testConnection_usesStoredPassword()
{
    REQUIRE_KEYRING();
    auto dialog = filledDialog(ConfigDocument(), QStringLiteral("main"), QString());
    QVERIFY(CredentialStore().writePassword(dialog->effectiveServer(), kRolePassword));
    auto* label = requireChild<QLabel>(dialog.get(), "testResultLabel");
    QTest::mouseClick(requireChild<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!requireChild<QProgressBar>(dialog.get(), "testBusyIndicator")->isVisible(),
                             30000);
    QVERIFY2(label->text().startsWith(QStringLiteral("PostgreSQL %1 — pg_dump ").arg(clusterVersion())),
             qPrintable(label->text()));
    QVERIFY(CredentialStore().deletePassword(dialog->effectiveServer()));
}

void tst_ServerDialog::forgetPassword_deletesIt()
{
    REQUIRE_KEYRING();
    ConfigDocument document;
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("host"), m_cluster->host());
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("port"), qint64(m_cluster->port()));
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("user"), QStringLiteral("dialog_user"));
    ServerDialog dialog(document, QStringLiteral("main"), engine());
    dialog.show();
    const larder::ServerConfig server = dialog.effectiveServer();
    QCOMPARE(server.credentialKey(),
             QStringLiteral("dialog_user@%1:%2").arg(m_cluster->host()).arg(m_cluster->port()));
    QVERIFY(CredentialStore().writePassword(server, kRolePassword));
    auto* forget = requireChild<QCheckBox>(&dialog, "forgetPasswordCheck");
    QVERIFY(forget->isVisible());
    forget->setChecked(true);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(CredentialStore().readPassword(server), std::nullopt);
}

void tst_ServerDialog::edit_passwordSaysUnchangedOnlyWhenOneIsStored()
{
    // Issue 11, #19: "unchanged" for a server that has no password stored.
    REQUIRE_KEYRING();
    ConfigDocument document;
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("host"), m_cluster->host());
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("port"), qint64(m_cluster->port()));
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("user"),
                      QStringLiteral("placeholder_user"));
    const larder::ServerConfig server =
        ServerDialog(document, QStringLiteral("main"), engine()).effectiveServer();
    CredentialStore().deletePassword(server);
    {
        ServerDialog dialog(document, QStringLiteral("main"), engine());
        QCOMPARE(requireChild<QLineEdit>(&dialog, "passwordEdit")->placeholderText(),
                 QStringLiteral("not stored"));
    }
    QVERIFY(CredentialStore().writePassword(server, kRolePassword));
    {
        ServerDialog dialog(document, QStringLiteral("main"), engine());
        QCOMPARE(requireChild<QLineEdit>(&dialog, "passwordEdit")->placeholderText(),
                 QStringLiteral("unchanged"));
    }
    QVERIFY(CredentialStore().deletePassword(server));
}

void tst_ServerDialog::edit_changedUser_movesStoredPasswordToTheNewKey()
{
    REQUIRE_KEYRING();
    ConfigDocument document;
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("host"), m_cluster->host());
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("port"), qint64(m_cluster->port()));
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("user"), QStringLiteral("old_user"));
    ServerDialog dialog(document, QStringLiteral("main"), engine());
    dialog.show();
    const larder::ServerConfig before = dialog.effectiveServer();
    QVERIFY(CredentialStore().writePassword(before, kRolePassword));
    auto* user = requireChild<QLineEdit>(&dialog, "userEdit");
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("dialog_user"));
    const larder::ServerConfig after = dialog.effectiveServer();
    QVERIFY(after.credentialKey() != before.credentialKey());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(CredentialStore().readPassword(after), std::optional<QString>(kRolePassword));
    QCOMPARE(CredentialStore().readPassword(before), std::nullopt);
    QVERIFY(CredentialStore().deletePassword(after));
}

void tst_ServerDialog::accept_withoutKeychain_explainsPgpassAndStaysOpen()
{
    REQUIRE_NO_KEYCHAIN();
    auto dialog = filledDialog(ConfigDocument(), QStringLiteral("main"), kRolePassword);
    QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->result() != int(QDialog::Accepted));
    auto* status = requireChild<QLabel>(dialog.get(), "passwordStatusLabel");
    QVERIFY(status->isVisible());
    const QString text = status->text();
    QVERIFY2(text.contains(QStringLiteral("~/.pgpass")), qPrintable(text));
    QVERIFY2(
        text.contains(
            QStringLiteral("%1:%2:*:dialog_user:PASSWORD").arg(m_cluster->host()).arg(m_cluster->port())),
        qPrintable(text));
    QVERIFY2(!text.contains(kRolePassword), qPrintable(text));
    // Not in the config either (tst_credentialstore checks that QtKeychain writes no plaintext copy).
    QVERIFY(!dialog->document().toToml().contains(kRolePassword));

    // Clearing the password saves the server without one.
    requireChild<QLineEdit>(dialog.get(), "passwordEdit")->clear();
    QVERIFY(!status->isVisible());
    QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->document().sectionNames(QStringLiteral("servers")), QStringList{QStringLiteral("main")});
}

QTEST_MAIN(tst_ServerDialog)
#include "tst_serverdialog.moc"
