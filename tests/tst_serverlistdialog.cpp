// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ServerDialog.h"
#include "ServerListDialog.h"
#include "config/toml/ConfigDocument.h"
#include "postgres/PostgresEngine.h"

#include "GuiTestHelpers.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using larder::ConfigDocument;
using larder::ServerListDialog;

using namespace GuiTestHelpers;

namespace {

// What the dialogs' "Test connection" probes through, as DesktopApp hands it down.
std::shared_ptr<larder::DatabaseEngine> engine()
{
    return std::make_shared<larder::PostgresEngine>();
}

ConfigDocument twoServers()
{
    ConfigDocument document;
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("host"), QStringLiteral("db1"));
    document.setValue(QStringLiteral("servers.spare"), QStringLiteral("host"), QStringLiteral("db2"));
    document.setValue(QStringLiteral("databases.app"), QStringLiteral("server"), QStringLiteral("main"));
    document.setValue(QStringLiteral("databases.billing"), QStringLiteral("server"), QStringLiteral("main"));
    document.setValue(QStringLiteral("databases.billing"), QStringLiteral("restore_server"),
                      QStringLiteral("spare"));
    document.setValue(QStringLiteral("databases.other"), QStringLiteral("server"), QStringLiteral("spare"));
    return document;
}

} // namespace

class tst_ServerListDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lists_serversSorted();
    void lists_eachServersEngine();
    void remove_usedServer_refusesNamingDatabases();
    void remove_unusedServer_removesIt();
    void add_throughServerDialog_addsAndSelects();
};

void tst_ServerListDialog::lists_serversSorted()
{
    ServerListDialog dialog(twoServers(), engine());
    auto* list = requireChild<QListWidget>(&dialog, "serverList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("main (PostgreSQL)"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("spare (PostgreSQL)"));
    QVERIFY(!dialog.isModified());
}

void tst_ServerListDialog::lists_eachServersEngine()
{
    ConfigDocument document = twoServers();
    document.setValue(QStringLiteral("servers.spare"), QStringLiteral("engine"), QStringLiteral("mysql"));
    document.setValue(QStringLiteral("servers.maria"), QStringLiteral("host"), QStringLiteral("db3"));
    document.setValue(QStringLiteral("defaults"), QStringLiteral("engine"), QStringLiteral("mariadb"));
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("engine"), QStringLiteral("postgresql"));
    ServerListDialog dialog(document, engine());
    dialog.show();
    auto* list = requireChild<QListWidget>(&dialog, "serverList");
    QCOMPARE(list->count(), 3);
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    texts.sort();
    // [servers.maria] inherits MariaDB from [defaults]; "mysql" is MariaDB's synonym.
    QCOMPARE(texts, (QStringList{QStringLiteral("main (PostgreSQL)"), QStringLiteral("maria (MariaDB)"),
                                 QStringLiteral("spare (MariaDB)")}));
    // The selection is still the server's name, for edit and remove.
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        QCOMPARE(list->item(row)->text().section(QLatin1Char(' '), 0, 0), dialog.selectedServer());
    }
}

void tst_ServerListDialog::remove_usedServer_refusesNamingDatabases()
{
    ServerListDialog dialog(twoServers(), engine());
    dialog.show();
    auto* list = requireChild<QListWidget>(&dialog, "serverList");
    list->setCurrentRow(0);
    QTest::mouseClick(requireChild<QPushButton>(&dialog, "removeServerButton"), Qt::LeftButton);
    auto* status = requireChild<QLabel>(&dialog, "statusLabel");
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Server 'main' is used by app, billing: point them at another "
                                            "server or remove them first."));
    QVERIFY(dialog.document().hasSection(QStringLiteral("servers.main")));
    QVERIFY(!dialog.isModified());

    // restore_server counts as a use too.
    list->setCurrentRow(1);
    QVERIFY(!dialog.removeServer());
    QVERIFY2(status->text().contains(QStringLiteral("used by billing, other")), qPrintable(status->text()));
}

void tst_ServerListDialog::remove_unusedServer_removesIt()
{
    ConfigDocument document = twoServers();
    document.removeSection(QStringLiteral("databases.other"));
    document.setValue(QStringLiteral("databases.billing"), QStringLiteral("restore_server"), QVariant());
    ServerListDialog dialog(document, engine());
    dialog.show();
    requireChild<QListWidget>(&dialog, "serverList")->setCurrentRow(1);
    QVERIFY(dialog.removeServer());
    QVERIFY(dialog.isModified());
    QCOMPARE(dialog.document().sectionNames(QStringLiteral("servers")), QStringList{QStringLiteral("main")});
    QCOMPARE(requireChild<QListWidget>(&dialog, "serverList")->count(), 1);
    QVERIFY(dialog.document().validate());
}

void tst_ServerListDialog::add_throughServerDialog_addsAndSelects()
{
    ServerListDialog dialog(twoServers(), engine());
    dialog.show();
    QTest::mouseClick(requireChild<QPushButton>(&dialog, "addServerButton"), Qt::LeftButton);
    larder::ServerDialog* serverDialog = dialog.serverDialog();
    QVERIFY(serverDialog != nullptr);
    QVERIFY(serverDialog->isVisible());
    QTest::keyClicks(requireChild<QLineEdit>(serverDialog, "nameEdit"), QStringLiteral("archive"));
    QTest::keyClicks(requireChild<QLineEdit>(serverDialog, "hostEdit"), QStringLiteral("db3"));
    QTest::mouseClick(okButton(serverDialog), Qt::LeftButton);
    QVERIFY(dialog.isModified());
    QCOMPARE(dialog.document().sectionNames(QStringLiteral("servers")),
             (QStringList{QStringLiteral("archive"), QStringLiteral("main"), QStringLiteral("spare")}));
    QCOMPARE(dialog.document().value(QStringLiteral("servers.archive"), QStringLiteral("host")).toString(),
             QStringLiteral("db3"));
    QCOMPARE(dialog.selectedServer(), QStringLiteral("archive"));
    // The sub-dialog deletes itself on close.
    QTRY_VERIFY(dialog.serverDialog() == nullptr);
}

QTEST_MAIN(tst_ServerListDialog)
#include "tst_serverlistdialog.moc"
