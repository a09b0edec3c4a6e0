// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "Autostart.h"
#include "GuiSettings.h"
#include "SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace larder;

class TestGuiSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void values_persistInLarderGuiConf();
    void startAtLogin_writesAndRemovesTheAutostartEntry();
    void autostartExec_quotesPathsWithSpaces();
    void dialog_appliesOnOkOnly();

private:
    QString m_conf;
};

void TestGuiSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_conf = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
             QStringLiteral("/larder/larder-gui.conf");
}

void TestGuiSettings::init()
{
    QFile::remove(m_conf);
    QFile::remove(Autostart::entryPath());
}

void TestGuiSettings::values_persistInLarderGuiConf()
{
    {
        GuiSettings settings;
        QSignalSpy changed(&settings, &GuiSettings::changed);
        QCOMPARE(settings.notifyOnSuccess(), false);
        QCOMPARE(settings.monochromeTray(), false);
        QCOMPARE(settings.language(), QString());
        settings.setNotifyOnSuccess(true);
        settings.setMonochromeTray(true);
        settings.setLanguage(QStringLiteral("de"));
        settings.setCloseQuitsExplained(true);
        settings.setWindowGeometry(QByteArray("\x01\x02", 2));
        QCOMPARE(changed.count(), 3);
        settings.setLanguage(QStringLiteral("de"));
        QCOMPARE(changed.count(), 3); // no change, no signal
    }
    QVERIFY(QFile::exists(m_conf));
    const QSettings file(m_conf, QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("general/language")).toString(), QStringLiteral("de"));

    const GuiSettings again;
    QCOMPARE(again.notifyOnSuccess(), true);
    QCOMPARE(again.monochromeTray(), true);
    QCOMPARE(again.language(), QStringLiteral("de"));
    QCOMPARE(again.closeQuitsExplained(), true);
    QCOMPARE(again.windowGeometry(), QByteArray("\x01\x02", 2));
}

void TestGuiSettings::startAtLogin_writesAndRemovesTheAutostartEntry()
{
    GuiSettings settings;
    QCOMPARE(settings.startAtLogin(), false);
    QCOMPARE(settings.setStartAtLogin(true), QString());
    QVERIFY(settings.startAtLogin());
    QFile entry(Autostart::entryPath());
    QVERIFY(entry.fileName().endsWith(QLatin1String("/autostart/org.larder.Larder.desktop")));
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    entry.close();
    QVERIFY2(text.startsWith(QLatin1String("[Desktop Entry]\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nExec=") + QCoreApplication::applicationFilePath() +
                           QStringLiteral(" --minimized\n")),
             qPrintable(text));

    QCOMPARE(settings.setStartAtLogin(false), QString());
    QVERIFY(!settings.startAtLogin());
    QVERIFY(!QFile::exists(Autostart::entryPath()));
}

void TestGuiSettings::autostartExec_quotesPathsWithSpaces()
{
    const QString text = Autostart::entryText(QStringLiteral("/opt/My Apps/larder-gui"));
    QVERIFY2(text.contains(QStringLiteral("\nExec=\"/opt/My Apps/larder-gui\" --minimized\n")),
             qPrintable(text));
}

void TestGuiSettings::dialog_appliesOnOkOnly()
{
    GuiSettings settings;
    {
        SettingsDialog dialog(settings);
        dialog.findChild<QCheckBox*>(QStringLiteral("notifyOnSuccess"))->setChecked(true);
        dialog.reject();
    }
    QCOMPARE(settings.notifyOnSuccess(), false);

    SettingsDialog dialog(settings);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    QCOMPARE(language->currentIndex(), 0); // System
    QCOMPARE(language->count(), 3);
    dialog.findChild<QCheckBox*>(QStringLiteral("notifyOnSuccess"))->setChecked(true);
    dialog.findChild<QCheckBox*>(QStringLiteral("monochromeTray"))->setChecked(true);
    dialog.findChild<QCheckBox*>(QStringLiteral("startAtLogin"))->setChecked(true);
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.notifyOnSuccess(), true);
    QCOMPARE(settings.monochromeTray(), true);
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QVERIFY(QFile::exists(Autostart::entryPath()));
}

QTEST_MAIN(TestGuiSettings)
#include "tst_guisettings.moc"
