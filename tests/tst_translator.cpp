// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ScheduleField.h"
#include "TrayState.h"
#include "base/Translator.h"
#include "base/Units.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QTest>

using namespace larder;

// Translators are process-wide: later installs are asked first, so the cases can share a process.
class TestTranslator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void german_loadsLarderAndQtTranslations();
    void german_weekdaysAndByteSizesAreGerman();
    void english_usesPluralForms();
    void systemLocale_followsLang();
};

void TestTranslator::german_loadsLarderAndQtTranslations()
{
    const QStringList loaded = Translator::install(QStringLiteral("de"));
    QVERIFY2(loaded.contains(QStringLiteral(":/i18n/larder_de.qm")), qPrintable(loaded.join(", ")));
    const QString qtbase =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFileInfo::exists(qtbase))
        QSKIP("qtbase_de.qm is not installed");
    QVERIFY2(loaded.contains(qtbase), qPrintable(loaded.join(", ")));
    // Qt's own strings (standard buttons, --help) are German now.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    QCOMPARE(QLocale().language(), QLocale::German);
    // And Larder's: the tray's text comes from larder_de.
    TrayState state;
    state.setScheduling(false);
    QCOMPARE(state.toolTip(QDateTime::currentDateTime()), QStringLiteral("Larder\nZeitpläne angehalten"));
}

void TestTranslator::german_weekdaysAndByteSizesAreGerman()
{
    Translator::install(QStringLiteral("de"));
    // Issue 11: "751 bytes" and "(Fri)" in a German window.
    QCOMPARE(Units::bytes(751), QStringLiteral("751 Bytes"));
    QCOMPARE(Units::bytes(1536), QStringLiteral("1,5 KiB"));
    QCOMPARE(Units::duration(2300), QStringLiteral("2,3 s"));

    // The schedule preview names each run's weekday.
    ScheduleField field;
    field.setText(QStringLiteral("weekly on friday at 02:30"));
    QVERIFY2(field.error().isEmpty(), qPrintable(field.error()));
    QString preview;
    for (const QLabel* label : field.findChildren<QLabel*>())
        preview += label->text();
    const QStringList english{"(Mon)", "(Tue)", "(Wed)", "(Thu)", "(Fri)", "(Sat)", "(Sun)"};
    for (const QString& day : english)
        QVERIFY2(!preview.contains(day), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("(Fr.)")) || preview.contains(QStringLiteral("(Fr)")),
             qPrintable(preview));
}

void TestTranslator::english_usesPluralForms()
{
    const QStringList loaded = Translator::install(QStringLiteral("en"));
    QCOMPARE(loaded, QStringList{QStringLiteral(":/i18n/larder_en.qm")});
    TrayState state;
    state.jobChanged(QStringLiteral("a"), JobState::Running);
    QVERIFY2(state.toolTip(QDateTime::currentDateTime()).contains(QStringLiteral("\n1 dump running")),
             qPrintable(state.toolTip(QDateTime::currentDateTime())));
    state.jobChanged(QStringLiteral("b"), JobState::Running);
    QVERIFY2(state.toolTip(QDateTime::currentDateTime()).contains(QStringLiteral("\n2 dumps running")),
             qPrintable(state.toolTip(QDateTime::currentDateTime())));
}

void TestTranslator::systemLocale_followsLang()
{
    // CTest runs this case with LANG=de_DE.UTF-8 (QLocale::system() reads LC_ALL, LC_MESSAGES, LANG).
    if (QLocale::system().language() != QLocale::German)
        QSKIP("run with LANG=de_DE.UTF-8");
    QCOMPARE(Translator::localeFor(QString()).language(), QLocale::German);
    const QStringList loaded = Translator::install(QString());
    QVERIFY2(loaded.contains(QStringLiteral(":/i18n/larder_de.qm")), qPrintable(loaded.join(", ")));
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv); // the schedule preview is a widget
    TestTranslator test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_translator.moc"
