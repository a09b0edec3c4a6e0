// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DatabaseDialog.h"
#include "DefaultsDialog.h"
#include "GuiSettings.h"
#include "MainWindow.h"
#include "ServerDialog.h"
#include "ServerListDialog.h"
#include "SettingsDialog.h"
#include "config/toml/ConfigDocument.h"
#include "postgres/PostgresEngine.h"
#include "run/RunService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace larder;

// Every control a person can reach with the keyboard has a name a screen reader can say: its own
// accessible name, its text (buttons), or a label whose buddy it is. And the window's main actions
// have shortcuts.
class tst_Accessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow_everyControlIsNamed_mainActionsHaveShortcuts();
    void dialogs_everyControlIsNamed_data();
    void dialogs_everyControlIsNamed();

private:
    QTemporaryDir m_dir;
    QString m_configPath;
};

namespace {

QStringList unnamedControls(const QWidget* root)
{
    QSet<const QWidget*> labelled;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                             qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget) ||
                             qobject_cast<QAbstractItemView*>(widget) ||
                             qobject_cast<QPlainTextEdit*>(widget);
        if (!control || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // Parts of composite widgets (a spin box's line edit, a combo box's view, header sections).
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
            qobject_cast<QComboBox*>(widget->parentWidget()) || widget->inherits("QComboBoxListView") ||
            widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (!widget->accessibleName().isEmpty() || labelled.contains(widget))
            continue;
        if (const auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty())
            continue;
        unnamed << QStringLiteral("%1 \"%2\"")
                       .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return unnamed;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_configPath = m_dir.filePath(QStringLiteral("larder.toml"));
    writeFile(
        m_configPath,
        QStringLiteral("[defaults]\nhistory = \"%1\"\ndump_dir = \"%2\"\nschedule = \"manual\"\n"
                       "[servers.main]\nhost = \"127.0.0.1\"\nport = 1\n"
                       "[databases.app]\nserver = \"main\"\n")
            .arg(m_dir.filePath(QStringLiteral("history.sqlite")), m_dir.filePath(QStringLiteral("dumps")))
            .toUtf8());
}

void tst_Accessibility::mainWindow_everyControlIsNamed_mainActionsHaveShortcuts()
{
    RunService service(m_configPath, std::make_shared<PostgresEngine>());
    service.setScheduling(false);
    MainWindow window(service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    for (const char* name : {"backUpNowAction", "runDueAction", "stopAction", "addDatabaseAction",
                             "editDatabaseAction", "removeDatabaseAction", "quitAction"}) {
        const auto* action = window.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
    }
}

void tst_Accessibility::dialogs_everyControlIsNamed_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::newRow("server") << QStringLiteral("server");
    QTest::newRow("server list") << QStringLiteral("serverList");
    QTest::newRow("database") << QStringLiteral("database");
    QTest::newRow("defaults") << QStringLiteral("defaults");
    QTest::newRow("settings") << QStringLiteral("settings");
}

void tst_Accessibility::dialogs_everyControlIsNamed()
{
    QFETCH(QString, dialog);
    const auto document = ConfigDocument::load(m_configPath);
    QVERIFY(document);
    GuiSettings settings;
    std::unique_ptr<QDialog> shown;
    if (dialog == QLatin1String("server"))
        shown = std::make_unique<ServerDialog>(*document, QStringLiteral("main"),
                                               std::make_shared<larder::PostgresEngine>());
    else if (dialog == QLatin1String("serverList"))
        shown = std::make_unique<ServerListDialog>(*document, std::make_shared<larder::PostgresEngine>());
    else if (dialog == QLatin1String("database"))
        shown = std::make_unique<DatabaseDialog>(*document, QStringLiteral("app"));
    else if (dialog == QLatin1String("defaults"))
        shown = std::make_unique<DefaultsDialog>(*document);
    else
        shown = std::make_unique<SettingsDialog>(settings);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    const QStringList unnamed = unnamedControls(shown.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
