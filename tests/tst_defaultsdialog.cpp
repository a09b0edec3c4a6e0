// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DefaultsDialog.h"
#include "RetentionFields.h"
#include "ScheduleField.h"
#include "config/Schedule.h"
#include "config/toml/ConfigDocument.h"

#include "GuiTestHelpers.h"
#include "RetentionFieldWidgets.h"
#include "RetentionRulesText.h"

#include <QApplication>
#include <QComboBox>
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

// Two servers, so that restore_server has a choice; the job dumps from main.
ConfigDocument twoServers()
{
    ConfigDocument document = oneJob();
    document.setValue(QStringLiteral("servers.main"), QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    document.setValue(QStringLiteral("servers.scratch"), QStringLiteral("host"), QStringLiteral("127.0.0.2"));
    document.setValue(QStringLiteral("databases.app"), QStringLiteral("server"), QStringLiteral("main"));
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
    void retry_showsBuiltInAndWritesWhatTheLoaderReads();
    void retention_builtInPlaceholders();
    void retention_accept_everyJobInheritsTheValues();
    void retention_clearedFields_removeKeys();
    void retention_badKeepWithinOrTestRestore_showsLoaderMessageAndDisablesOk();
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

void tst_DefaultsDialog::retry_showsBuiltInAndWritesWhatTheLoaderReads()
{
    DefaultsDialog dialog(oneJob());
    dialog.show();
    auto* retry = requireChild<QLineEdit>(&dialog, "retryEdit");
    QCOMPARE(retry->text(), QString());
    QCOMPARE(retry->placeholderText(), QStringLiteral("15 minutes (built-in)"));
    QVERIFY(!dialog.document().value(QStringLiteral("defaults"), QStringLiteral("retry")).isValid());

    QTest::keyClicks(retry, QStringLiteral("30 minutes"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.validatedConfig()->jobs.first().retrySeconds, 1800);
    retry->selectAll();
    QTest::keyClicks(retry, QStringLiteral("off"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.document().value(QStringLiteral("defaults"), QStringLiteral("retry")),
             QVariant(QStringLiteral("off")));
    QCOMPARE(dialog.validatedConfig()->jobs.first().retrySeconds, 0);

    retry->selectAll();
    QTest::keyClicks(retry, QStringLiteral("soonish"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(dialog.issues().join(QLatin1Char('\n')).contains(QStringLiteral("defaults.retry")),
             qPrintable(dialog.issues().join(QLatin1Char('\n'))));
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

void tst_DefaultsDialog::retention_builtInPlaceholders()
{
    DefaultsDialog dialog(twoServers());
    dialog.show();
    for (const char* spin : {"keepLastSpin", "keepDailySpin", "keepWeeklySpin", "keepMonthlySpin"})
        QCOMPARE(requireChild<QSpinBox>(&dialog, spin)->text(),
                 QStringLiteral("inherited: not set (built-in)"));
    QCOMPARE(requireChild<QLineEdit>(&dialog, "keepWithinEdit")->placeholderText(),
             QStringLiteral("not set (built-in)"));
    QCOMPARE(requireChild<QLineEdit>(&dialog, "testRestoreEdit")->placeholderText(),
             QStringLiteral("manual (built-in)"));
    QCOMPARE(requireChild<QLabel>(&dialog, "testRestorePreview")->text(),
             QStringLiteral("Test-restored only on demand (larder verify --restore JOB)."));
    auto* restore = requireChild<QComboBox>(&dialog, "restoreServerCombo");
    QCOMPARE(restore->itemText(0), QStringLiteral("inherited: the job's own server (built-in)"));
    QCOMPARE(restore->count(), 3);
    QVERIFY(okButton(&dialog)->isEnabled());
}

void tst_DefaultsDialog::retention_accept_everyJobInheritsTheValues()
{
    DefaultsDialog dialog(twoServers());
    dialog.show();
    auto* keepLast = requireChild<QSpinBox>(&dialog, "keepLastSpin");
    keepLast->selectAll();
    QTest::keyClicks(keepLast, QStringLiteral("7"));
    auto* keepDaily = requireChild<QSpinBox>(&dialog, "keepDailySpin");
    keepDaily->selectAll();
    QTest::keyClicks(keepDaily, QStringLiteral("14"));
    // A number of seconds is kept as a number.
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "keepWithinEdit"), QStringLiteral("86400"));
    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "testRestoreEdit"), QStringLiteral("every 1 week"));
    QCOMPARE(dialog.retentionFields()->testRestoreField()->previewTimes().size(), 5);
    auto* restore = requireChild<QComboBox>(&dialog, "restoreServerCombo");
    restore->setCurrentIndex(restore->findData(QStringLiteral("scratch")));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.issues().join(QLatin1Char('\n'))));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const ConfigDocument& edited = dialog.document();
    const QString sec = QStringLiteral("defaults");
    QCOMPARE(edited.value(sec, QStringLiteral("keep_last")), QVariant(qint64(7)));
    QCOMPARE(edited.value(sec, QStringLiteral("keep_daily")), QVariant(qint64(14)));
    QCOMPARE(edited.value(sec, QStringLiteral("keep_within")), QVariant(qint64(86400)));
    QCOMPARE(edited.value(sec, QStringLiteral("test_restore")).toString(), QStringLiteral("every 1 week"));
    QCOMPARE(edited.value(sec, QStringLiteral("restore_server")).toString(), QStringLiteral("scratch"));
    for (const char* key : {"keep_weekly", "keep_monthly"})
        QVERIFY2(!edited.value(sec, QLatin1String(key)).isValid(), key);

    const auto config = edited.validate();
    QVERIFY(config);
    const larder::JobConfig* job = config->job(QStringLiteral("app"));
    QVERIFY(job != nullptr);
    QCOMPARE(RetentionRulesText::of(job->retention),
             QStringLiteral("keep_last 7, keep_daily 14, keep_weekly -, keep_monthly -, keep_within 86400"));
    QCOMPARE(job->testRestore.text(), QStringLiteral("every 1 week"));
    QCOMPARE(job->restoreServer.name, QStringLiteral("scratch"));
    QCOMPARE(job->server.name, QStringLiteral("main"));
}

void tst_DefaultsDialog::retention_clearedFields_removeKeys()
{
    ConfigDocument document = twoServers();
    const QString sec = QStringLiteral("defaults");
    document.setValue(sec, QStringLiteral("keep_last"), qint64(3));
    document.setValue(sec, QStringLiteral("keep_within"), QStringLiteral("7 days"));
    document.setValue(sec, QStringLiteral("test_restore"), QStringLiteral("daily"));
    document.setValue(sec, QStringLiteral("restore_server"), QStringLiteral("scratch"));
    DefaultsDialog dialog(document);
    dialog.show();
    const RetentionFieldWidgets fields(&dialog);
    QCOMPARE(fields.shown(),
             QStringLiteral("keep_last 3, keep_within 7 days, test_restore daily, restore_server scratch"));

    fields.clear();
    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ConfigDocument& edited = dialog.document();
    for (const char* key : {"keep_last", "keep_within", "test_restore", "restore_server"})
        QVERIFY2(!edited.value(sec, QLatin1String(key)).isValid(), key);
    const auto config = edited.validate();
    QVERIFY(config);
    const larder::JobConfig* job = config->job(QStringLiteral("app"));
    QVERIFY(job != nullptr);
    QVERIFY(job->retention.isEmpty());
    QCOMPARE(job->testRestore.kind(), larder::Schedule::Kind::Manual);
    QCOMPARE(job->restoreServer.name, QStringLiteral("main"));
}

void tst_DefaultsDialog::retention_badKeepWithinOrTestRestore_showsLoaderMessageAndDisablesOk()
{
    DefaultsDialog dialog(twoServers());
    dialog.show();
    auto* keepWithin = requireChild<QLineEdit>(&dialog, "keepWithinEdit");
    QTest::keyClicks(keepWithin, QStringLiteral("a fortnight"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.issues().size(), 1);
    QVERIFY2(dialog.issues().first().contains(
                 QStringLiteral("defaults.keep_within: 'a fortnight' is not a duration for keep_within")),
             qPrintable(dialog.issues().first()));
    QCOMPARE(requireChild<QLabel>(&dialog, "issuesLabel")->text(), dialog.issues().first());
    keepWithin->clear();
    QVERIFY(okButton(&dialog)->isEnabled());

    QTest::keyClicks(requireChild<QLineEdit>(&dialog, "testRestoreEdit"), QStringLiteral("every blue moon"));
    const auto parsed = larder::Schedule::parse(QStringLiteral("every blue moon"));
    QVERIFY(!parsed);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(requireChild<QLabel>(&dialog, "testRestorePreview")->text(), parsed.error().message);
    QCOMPARE(dialog.issues().size(), 1);
    // Without a file there is no place before the key: the issue is the loader's message alone.
    QCOMPARE(dialog.issues().first(), QStringLiteral("defaults.test_restore: ") + parsed.error().message);
}

QTEST_MAIN(tst_DefaultsDialog)
#include "tst_defaultsdialog.moc"
