#include "ConfigDocument.h"
#include "DefaultsDialog.h"
#include "Schedule.h"

#include "GuiTestHelpers.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using larder::ConfigDocument;
using larder::DefaultsDialog;

using namespace GuiTestHelpers;

namespace {

ConfigDocument oneJob()
{
    ConfigDocument document;
    document.setValue(QStringLiteral("defaults"), QStringLiteral("timeout"), QStringLiteral("2 hours"));
    document.setValue(QStringLiteral("databases.app"), QStringLiteral("dbname"), QStringLiteral("app"));
    return document;
}

} // namespace

class tst_DefaultsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsFileValuesAndBuiltInPlaceholders();
    void accept_writesOnlyKeysTheUserSet();
    void numericTimeout_isWrittenAsSeconds();
    void badTimeout_showsLoaderMessageAndDisablesOk();
    void badSchedule_showsScheduleMessage();
};

void tst_DefaultsDialog::showsFileValuesAndBuiltInPlaceholders()
{
    DefaultsDialog dialog(oneJob());
    dialog.show();
    QCOMPARE(requireChild<QLineEdit>(&dialog, "timeoutEdit")->text(), QStringLiteral("2 hours"));
    QCOMPARE(requireChild<QSpinBox>(&dialog, "compressionSpin")->text(),
             QStringLiteral("inherited: 6 (built-in)"));
    QCOMPARE(requireChild<QSpinBox>(&dialog, "maxParallelSpin")->text(),
             QStringLiteral("inherited: 2 (built-in)"));
    QCOMPARE(requireChild<QLineEdit>(&dialog, "scheduleEdit")->placeholderText(),
             QStringLiteral("daily (built-in)"));
    QVERIFY(requireChild<QLineEdit>(&dialog, "dumpDirEdit")
                ->placeholderText()
                .contains(QStringLiteral("larder/dumps")));
    QVERIFY(okButton(&dialog)->isEnabled());
}

void tst_DefaultsDialog::accept_writesOnlyKeysTheUserSet()
{
    DefaultsDialog dialog(oneJob());
    dialog.show();
    requireChild<QSpinBox>(&dialog, "compressionSpin")->setValue(0);
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "scheduleEdit"),
                     QStringLiteral("every 3 days at 01:00"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ConfigDocument& edited = dialog.document();
    const QString sec = QStringLiteral("defaults");
    QCOMPARE(edited.value(sec, QStringLiteral("compression")), QVariant(qint64(0)));
    QCOMPARE(edited.value(sec, QStringLiteral("schedule")).toString(),
             QStringLiteral("every 3 days at 01:00"));
    QCOMPARE(edited.value(sec, QStringLiteral("timeout")).toString(), QStringLiteral("2 hours"));
    for (const char* key : {"dump_dir", "format", "max_parallel", "connect_timeout", "history"})
        QVERIFY2(!edited.value(sec, QLatin1String(key)).isValid(), key);
    const auto config = edited.validate();
    QVERIFY(config);
    QCOMPARE(config->jobs.first().compression, 0);
    QCOMPARE(config->jobs.first().schedule.text(), QStringLiteral("every 3 days at 01:00"));
}

void tst_DefaultsDialog::numericTimeout_isWrittenAsSeconds()
{
    DefaultsDialog dialog(oneJob());
    dialog.show();
    auto* timeout = requireChild<QLineEdit>(&dialog, "timeoutEdit");
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("5400"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.document().value(QStringLiteral("defaults"), QStringLiteral("timeout")),
             QVariant(qint64(5400)));
    QCOMPARE(dialog.validatedConfig()->jobs.first().timeoutSeconds, 5400);
}

void tst_DefaultsDialog::badTimeout_showsLoaderMessageAndDisablesOk()
{
    DefaultsDialog dialog(oneJob());
    dialog.show();
    auto* timeout = requireChild<QLineEdit>(&dialog, "timeoutEdit");
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("a fortnight"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.issues().size(), 1);
    QVERIFY2(
        dialog.issues().first().contains(QStringLiteral("defaults.timeout: 'a fortnight' is not a duration")),
        qPrintable(dialog.issues().first()));
    QCOMPARE(requireChild<QLabel>(&dialog, "issuesLabel")->text(), dialog.issues().first());
}

void tst_DefaultsDialog::badSchedule_showsScheduleMessage()
{
    DefaultsDialog dialog(oneJob());
    dialog.show();
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "scheduleEdit"), QStringLiteral("every blue moon"));
    QCOMPARE(requireChild<QLabel>(&dialog, "schedulePreview")->text(),
             larder::Schedule::parse(QStringLiteral("every blue moon")).error().message);
    QVERIFY(!okButton(&dialog)->isEnabled());
}

QTEST_MAIN(tst_DefaultsDialog)
#include "tst_defaultsdialog.moc"
