// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "CliRunner.h"
#include "DatabaseDialog.h"
#include "ScheduleField.h"
#include "config/Schedule.h"
#include "config/toml/ConfigDocument.h"
#include "config/toml/ConfigLoader.h"

#include "GuiTestHelpers.h"
#include "ResultAssert.h"
#include "RetentionFieldWidgets.h"
#include "RetentionRulesText.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>

using larder::ConfigDocument;
using larder::DatabaseDialog;

using namespace GuiTestHelpers;

class tst_DatabaseDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void invalidSchedule_showsScheduleMessageAndDisablesOk();
    void validSchedule_previewsFiveTimesInOrder();
    void emptySchedule_previewsInheritedOne();
    void emptyName_disablesOk();
    void takenName_disablesOk();
    void sizeHint_fitsA1024x768Screen();
    void newJob_severalServersAndNoDefaultHost_preselectsFirstServer();
    void placeholders_showInheritedValuesOfChosenServer();
    void acceptAndSave_loaderAndLarderPlanSeeTheJob();
    void mariaDbServer_argsAreMariadbDumpArgs_formatIsPlain_andBack();
    void edit_unsetFieldsStayUnset_renameMovesSection();
    void enabled_uncheckedWritesFalseAndCheckedRemovesTheKey();
    void newJob_enabledFollowsInheritedValue_andWritesNoRedundantKey();
    void retry_placeholderFollowsServer_valueReachesTheLoader();
    void retention_placeholdersFollowChosenServer();
    void retention_acceptAndSave_loaderAndLarderPlanSeeTheValues();
    void retention_clearedFields_removeKeysSoInheritedValuesApply();
    void retention_invalidKeepWithinOrTestRestore_showsLoaderMessageAndDisablesOk();

private:
    std::unique_ptr<DatabaseDialog> newDialog();

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<ConfigDocument> m_document;
};

void tst_DatabaseDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(LARDER_EXECUTABLE)).isExecutable(), LARDER_EXECUTABLE);
}

void tst_DatabaseDialog::init()
{
    // A fresh file per test: [defaults] and two servers, as a user would have written them.
    m_path = m_dir.filePath(QStringLiteral("%1.toml").arg(QTest::currentTestFunction()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("[defaults]\n"
                              "dump_dir = \"%1/dumps\"\n"
                              "history = \"%1/history.sqlite\"\n"
                              "schedule = \"daily at 03:00\"\n"
                              "compression = 4\n"
                              "keep_last = 5\n"
                              "test_restore = \"every 2 weeks\"\n"
                              "\n"
                              "[servers.main]\nhost = \"127.0.0.1\"\nport = 5432\n"
                              "\n"
                              "[servers.reports]\nhost = \"127.0.0.2\"\nformat = \"plain\"\nkeep_daily = 30\n"
                              "\n"
                              "[databases.existing]\nserver = \"main\"\nschedule = \"every 6 hours\"\n"
                              "keep_last = 9\nkeep_within = \"7 days\"\ntest_restore = \"daily\"\n"
                              "restore_server = \"reports\"\n")
                   .arg(m_dir.path())
                   .toUtf8());
    file.close();
    auto document = ConfigDocument::load(m_path);
    QVERIFY_RESULT(document);
    QVERIFY(document->validate());
    m_document = std::move(*document);
}

std::unique_ptr<DatabaseDialog> tst_DatabaseDialog::newDialog()
{
    auto dialog = std::make_unique<DatabaseDialog>(*m_document, QString());
    dialog->show();
    return dialog;
}

void tst_DatabaseDialog::invalidSchedule_showsScheduleMessageAndDisablesOk()
{
    auto dialog = newDialog();
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("app"));
    // Two servers and no host in [defaults]: the loader wants one named.
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
    server->setCurrentIndex(0);
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QVERIFY2(dialog->issues()
                 .join(QLatin1Char('\n'))
                 .contains(QStringLiteral("no server set (available: main, reports)")),
             qPrintable(dialog->issues().join(QLatin1Char('\n'))));
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    QVERIFY(okButton(dialog.get())->isEnabled());
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "scheduleEdit"),
                     QStringLiteral("every blue moon"));

    const auto parsed = larder::Schedule::parse(QStringLiteral("every blue moon"));
    QVERIFY(!parsed);
    QCOMPARE(requireChild<QLabel>(dialog.get(), "schedulePreview")->text(), parsed.error().message);
    QVERIFY(!okButton(dialog.get())->isEnabled());
    // The issues list carries the loader's located message for this key, the CLI's exact text.
    QCOMPARE(dialog->issues().size(), 1);
    QVERIFY2(dialog->issues().first().startsWith(QFileInfo(m_path).absoluteFilePath() + QLatin1Char(':')),
             qPrintable(dialog->issues().first()));
    QVERIFY2(dialog->issues().first().endsWith(QStringLiteral(": databases.app.schedule: ") +
                                               parsed.error().message),
             qPrintable(dialog->issues().first()));
    QVERIFY(requireChild<QLabel>(dialog.get(), "issuesLabel")->isVisible());

    // Fixing the text enables OK again.
    typeInto(requireChild<QLineEdit>(dialog.get(), "scheduleEdit"), QStringLiteral("weekly"));
    QVERIFY(okButton(dialog.get())->isEnabled());
    QVERIFY(!requireChild<QLabel>(dialog.get(), "issuesLabel")->isVisible());
}

void tst_DatabaseDialog::validSchedule_previewsFiveTimesInOrder()
{
    auto dialog = newDialog();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "scheduleEdit"), QStringLiteral("daily at 12:15"));
    const QList<QDateTime> times = dialog->scheduleField()->previewTimes();
    QCOMPARE(times.size(), 5);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString preview = requireChild<QLabel>(dialog.get(), "schedulePreview")->text();
    const QStringList lines = preview.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 6); // heading and five times
    QVERIFY2(lines.first().contains(QStringLiteral("12:15")), qPrintable(preview));
    for (int i = 0; i < times.size(); ++i) {
        const QDateTime local = times.at(i).toTimeZone(zone);
        QVERIFY(i == 0 ? times.at(i) > before : times.at(i) > times.at(i - 1));
        QCOMPARE(local.time(), QTime(12, 15));
        if (i > 0)
            QCOMPARE(times.at(i - 1).toTimeZone(zone).date().daysTo(local.date()), 1);
        // Shown in local time, in order.
        QVERIFY2(lines.at(i + 1).startsWith(local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 qPrintable(preview));
    }
    QVERIFY(times.first() <= before.addDays(1));
}

void tst_DatabaseDialog::emptySchedule_previewsInheritedOne()
{
    auto dialog = newDialog();
    auto* edit = requireChild<QLineEdit>(dialog.get(), "scheduleEdit");
    QVERIFY2(edit->placeholderText().contains(QStringLiteral("daily at 03:00")),
             qPrintable(edit->placeholderText()));
    const QList<QDateTime> times = dialog->scheduleField()->previewTimes();
    QCOMPARE(times.size(), 5);
    for (const QDateTime& time : times)
        QCOMPARE(time.toTimeZone(QTimeZone::systemTimeZone()).time().minute(), 0);
}

void tst_DatabaseDialog::emptyName_disablesOk()
{
    auto dialog = newDialog();
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QCOMPARE(dialog->issues(), QStringList{QStringLiteral("Give the job a name.")});
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("bad name"));
    // The loader's own message for an invalid section name.
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QVERIFY2(dialog->issues()
                 .join(QLatin1Char('\n'))
                 .contains(QStringLiteral("'bad name' is not a valid database name")),
             qPrintable(dialog->issues().join(QLatin1Char('\n'))));
}

void tst_DatabaseDialog::takenName_disablesOk()
{
    auto dialog = newDialog();
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("existing"));
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QCOMPARE(dialog->issues(), QStringList{QStringLiteral(
                                   "A database job named 'existing' exists already: choose another name.")});
}

void tst_DatabaseDialog::sizeHint_fitsA1024x768Screen()
{
    // Issue 11, #10/#11: the dialog must open whole on a 1024x768 screen (less a panel), with the
    // longest texts it shows: an issue list and a five-line schedule preview.
    auto dialog = newDialog();
    // Shown at that size, not the scroll area's small default box.
    QCOMPARE(dialog->size(), dialog->sizeHint());
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("bad name"));
    QVERIFY(!dialog->issues().isEmpty());
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "scheduleEdit"), QStringLiteral("daily at 12:15"));
    QCOMPARE(dialog->screen()->geometry().size(), QSize(1024, 768)); // tests/data/offscreen-1024x768.json
    const QSize hint = dialog->sizeHint();
    QVERIFY2(hint.width() <= 1024 && hint.height() <= 768 - 48,
             qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
    // Too tall for the screen, the form scrolls; it never scrolls sideways, so it is given its width.
    auto* form = requireChild<QWidget>(dialog.get(), "formWidget");
    QVERIFY2(hint.width() >= form->sizeHint().width(),
             qPrintable(QStringLiteral("%1 < %2").arg(hint.width()).arg(form->sizeHint().width())));
}

void tst_DatabaseDialog::newJob_severalServersAndNoDefaultHost_preselectsFirstServer()
{
    // Two servers, no host in [defaults]: "(not set)" would be a TOML error as soon as a name is typed.
    auto dialog = newDialog();
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
    QCOMPARE(server->currentData().toString(), QStringLiteral("main"));
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("app"));
    QVERIFY2(okButton(dialog.get())->isEnabled(), qPrintable(dialog->issues().join(QLatin1Char('\n'))));
    QVERIFY(dialog->issues().isEmpty());

    // With a host in [defaults] the implicit connection is usable, so nothing is chosen for the user.
    m_document->setValue(QStringLiteral("defaults"), QStringLiteral("host"), QStringLiteral("db"));
    auto withHost = newDialog();
    QVERIFY(!requireChild<QComboBox>(withHost.get(), "serverCombo")->currentData().isValid());
}

void tst_DatabaseDialog::placeholders_showInheritedValuesOfChosenServer()
{
    auto dialog = newDialog();
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
    auto* format = requireChild<QComboBox>(dialog.get(), "formatCombo");
    auto* compression = requireChild<QSpinBox>(dialog.get(), "compressionSpin");
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    QCOMPARE(format->itemText(0), QStringLiteral("inherited: custom (built-in)"));
    QCOMPARE(compression->text(), QStringLiteral("inherited: 4 (from [defaults])"));
    QCOMPARE(requireChild<QLineEdit>(dialog.get(), "dumpDirEdit")->placeholderText(),
             QStringLiteral("%1/dumps (from [defaults])").arg(m_dir.path()));
    server->setCurrentIndex(server->findData(QStringLiteral("reports")));
    QCOMPARE(format->itemText(0), QStringLiteral("inherited: plain (from [servers.reports])"));
}

void tst_DatabaseDialog::acceptAndSave_loaderAndLarderPlanSeeTheJob()
{
    auto dialog = newDialog();
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("app"));
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "dbnameEdit"), QStringLiteral("app_prod"));
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "scheduleEdit"), QStringLiteral("every 2 hours"));
    auto* format = requireChild<QComboBox>(dialog.get(), "formatCombo");
    format->setCurrentIndex(format->findData(QStringLiteral("directory")));
    requireChild<QSpinBox>(dialog.get(), "compressionSpin")->setValue(3);
    requireChild<QPlainTextEdit>(dialog.get(), "pgDumpArgsEdit")
        ->setPlainText(QStringLiteral("--exclude-table-data=audit log\n\n  --no-comments  \n"));
    QVERIFY2(okButton(dialog.get())->isEnabled(), qPrintable(dialog->issues().join(QLatin1Char('\n'))));
    QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    ConfigDocument edited = dialog->document();
    // Inherited fields are not written.
    QVERIFY(!edited.value(QStringLiteral("databases.app"), QStringLiteral("dump_dir")).isValid());
    const auto saved = edited.save();
    QVERIFY_RESULT(saved);
    QVERIFY(QFile::exists(m_path + QStringLiteral(".bak")));

    const auto config = larder::ConfigLoader::loadFile(m_path);
    QVERIFY(config);
    const larder::JobConfig* job = config->job(QStringLiteral("app"));
    QVERIFY(job != nullptr);
    QCOMPARE(job->server.name, QStringLiteral("main"));
    QCOMPARE(job->dbname, QStringLiteral("app_prod"));
    QCOMPARE(job->schedule.text(), QStringLiteral("every 2 hours"));
    QCOMPARE(job->format, larder::DumpFormat::Directory);
    QCOMPARE(job->compression, 3);
    QCOMPARE(job->pgDumpArgs, (QStringList{QStringLiteral("--exclude-table-data=audit log"),
                                           QStringLiteral("--no-comments")}));
    QCOMPARE(job->dumpDir, m_dir.filePath(QStringLiteral("dumps")));
    QVERIFY(config->job(QStringLiteral("existing")) != nullptr);

    // The real command line reads the same file (no server connection is needed to plan).
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    const CliResult plan = runner.run({QStringLiteral("plan"), QStringLiteral("--config"), m_path});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
    const QStringList rows = plan.outText().split(QLatin1Char('\n'));
    bool found = false;
    for (const QString& row : rows) {
        const QStringList cells = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.value(0) == QLatin1String("app")) {
            found = true;
            QCOMPARE(cells.value(1), QStringLiteral("main"));
            QCOMPARE(cells.value(2), QStringLiteral("app_prod"));
            QVERIFY2(row.contains(QStringLiteral("every 2 hours")), qPrintable(row));
        }
    }
    QVERIFY2(found, qPrintable(plan.describe()));
}

void tst_DatabaseDialog::mariaDbServer_argsAreMariadbDumpArgs_formatIsPlain_andBack()
{
    m_document->setValue(QStringLiteral("servers.maria"), QStringLiteral("engine"),
                         QStringLiteral("mariadb"));
    m_document->setValue(QStringLiteral("servers.maria"), QStringLiteral("host"),
                         QStringLiteral("127.0.0.3"));
    auto dialog = newDialog();
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("shop"));
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
    auto* format = requireChild<QComboBox>(dialog.get(), "formatCombo");
    auto* args = requireChild<QPlainTextEdit>(dialog.get(), "pgDumpArgsEdit");
    auto* argsLabel = requireChild<QLabel>(dialog.get(), "dumpArgsLabel");
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    QCOMPARE(argsLabel->text(), QStringLiteral("pg_dump &arguments:"));
    QCOMPARE(argsLabel->buddy(), args);
    QVERIFY(format->isEnabled());
    format->setCurrentIndex(format->findData(QStringLiteral("directory")));

    server->setCurrentIndex(server->findData(QStringLiteral("maria")));
    QCOMPARE(argsLabel->text(), QStringLiteral("mariadb-dump &arguments:"));
    QVERIFY2(args->accessibleName().contains(QStringLiteral("mariadb-dump")),
             qPrintable(args->accessibleName()));
    QVERIFY(!format->isEnabled());
    QCOMPARE(format->currentText(), QStringLiteral("plain (MariaDB dumps are SQL)"));
    args->setPlainText(QStringLiteral("--ignore-table=shop.audit_log\n"));
    const QString sec = QStringLiteral("databases.shop");
    QCOMPARE(dialog->document().value(sec, QStringLiteral("mariadb_dump_args")).toStringList(),
             QStringList{QStringLiteral("--ignore-table=shop.audit_log")});
    QVERIFY(!dialog->document().value(sec, QStringLiteral("pg_dump_args")).isValid());
    QVERIFY(!dialog->document().value(sec, QStringLiteral("format")).isValid());
    QVERIFY2(dialog->issues().isEmpty(), qPrintable(dialog->issues().join(QLatin1Char('\n'))));

    ConfigDocument edited = dialog->document();
    QVERIFY_RESULT(edited.save());
    const auto config = larder::ConfigLoader::loadFile(m_path);
    QVERIFY(config);
    const auto job = std::find_if(config->jobs.cbegin(), config->jobs.cend(),
                                  [](const larder::JobConfig& j) { return j.name == QLatin1String("shop"); });
    QVERIFY(job != config->jobs.cend());
    QCOMPARE(job->server.engine, larder::EngineKind::MariaDB);
    QCOMPARE(job->mariadbDumpArgs, QStringList{QStringLiteral("--ignore-table=shop.audit_log")});
    QCOMPARE(job->format, larder::DumpFormat::Plain);

    // Editing it again reads mariadb_dump_args back into the field.
    DatabaseDialog again(edited, QStringLiteral("shop"));
    QCOMPARE(requireChild<QPlainTextEdit>(&again, "pgDumpArgsEdit")->toPlainText(),
             QStringLiteral("--ignore-table=shop.audit_log"));

    // Back on a PostgreSQL server the same field is pg_dump_args again, and every format is offered.
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    QCOMPARE(argsLabel->text(), QStringLiteral("pg_dump &arguments:"));
    QVERIFY(format->isEnabled());
    QVERIFY(!dialog->document().value(sec, QStringLiteral("mariadb_dump_args")).isValid());
    QVERIFY(dialog->document().value(sec, QStringLiteral("pg_dump_args")).isValid());
}

void tst_DatabaseDialog::edit_unsetFieldsStayUnset_renameMovesSection()
{
    DatabaseDialog dialog(*m_document, QStringLiteral("existing"));
    dialog.show();
    QCOMPARE(requireChild<QLineEdit>(&dialog, "scheduleEdit")->text(), QStringLiteral("every 6 hours"));
    QCOMPARE(requireChild<QComboBox>(&dialog, "serverCombo")->currentData().toString(),
             QStringLiteral("main"));
    QVERIFY(requireChild<QLineEdit>(&dialog, "dbnameEdit")->text().isEmpty());
    typeInto(requireChild<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("renamed"));
    QCOMPARE(requireChild<QLineEdit>(&dialog, "dbnameEdit")->placeholderText(),
             QStringLiteral("renamed (the job's name)"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ConfigDocument& edited = dialog.document();
    QCOMPARE(edited.sectionNames(QStringLiteral("databases")), QStringList{QStringLiteral("renamed")});
    const QString sec = QStringLiteral("databases.renamed");
    QCOMPARE(edited.value(sec, QStringLiteral("schedule")).toString(), QStringLiteral("every 6 hours"));
    for (const char* key : {"dbname", "format", "compression", "dump_dir", "pg_dump_args"})
        QVERIFY2(!edited.value(sec, QLatin1String(key)).isValid(), key);
}

void tst_DatabaseDialog::enabled_uncheckedWritesFalseAndCheckedRemovesTheKey()
{
    DatabaseDialog dialog(*m_document, QStringLiteral("existing"));
    dialog.show();
    auto* check = requireChild<QCheckBox>(&dialog, "enabledCheck");
    QVERIFY(check->isChecked());
    check->setChecked(false);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    ConfigDocument disabled = dialog.document();
    QCOMPARE(disabled.value(QStringLiteral("databases.existing"), QStringLiteral("enabled")),
             QVariant(false));
    const auto loaded = disabled.validate();
    QVERIFY(loaded);
    QCOMPARE(loaded->job(QStringLiteral("existing"))->enabled, false);

    // Reopened, the box shows the saved state; checked again, the key goes (enabled is the default).
    DatabaseDialog again(disabled, QStringLiteral("existing"));
    again.show();
    auto* checkAgain = requireChild<QCheckBox>(&again, "enabledCheck");
    QVERIFY(!checkAgain->isChecked());
    checkAgain->setChecked(true);
    QTest::mouseClick(okButton(&again), Qt::LeftButton);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QVERIFY(
        !again.document().value(QStringLiteral("databases.existing"), QStringLiteral("enabled")).isValid());
}

void tst_DatabaseDialog::newJob_enabledFollowsInheritedValue_andWritesNoRedundantKey()
{
    // [defaults] enabled = false; the server "reports" turns it back on for its jobs.
    m_document->setValue(QStringLiteral("defaults"), QStringLiteral("enabled"), false);
    m_document->setValue(QStringLiteral("servers.reports"), QStringLiteral("enabled"), true);
    QVERIFY(m_document->validate());
    auto dialog = newDialog();
    auto* check = requireChild<QCheckBox>(dialog.get(), "enabledCheck");
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    QVERIFY(!check->isChecked());
    server->setCurrentIndex(server->findData(QStringLiteral("reports")));
    QVERIFY(check->isChecked());
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    QVERIFY(!check->isChecked());

    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("app"));
    QVERIFY2(okButton(dialog.get())->isEnabled(), qPrintable(dialog->issues().join(QLatin1Char('\n'))));
    QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const ConfigDocument edited = dialog->document();
    QVERIFY(!edited.value(QStringLiteral("databases.app"), QStringLiteral("enabled")).isValid());
    const auto loaded = edited.validate();
    QVERIFY(loaded);
    QCOMPARE(loaded->job(QStringLiteral("app"))->enabled, false);

    // Once the user sets the box, a change of server leaves it alone.
    auto other = newDialog();
    auto* otherCheck = requireChild<QCheckBox>(other.get(), "enabledCheck");
    auto* otherServer = requireChild<QComboBox>(other.get(), "serverCombo");
    otherServer->setCurrentIndex(otherServer->findData(QStringLiteral("main")));
    QTest::mouseClick(otherCheck, Qt::LeftButton);
    QVERIFY(otherCheck->isChecked());
    otherServer->setCurrentIndex(otherServer->findData(QStringLiteral("reports")));
    otherServer->setCurrentIndex(otherServer->findData(QStringLiteral("main")));
    QVERIFY(otherCheck->isChecked());
}

void tst_DatabaseDialog::retry_placeholderFollowsServer_valueReachesTheLoader()
{
    m_document->setValue(QStringLiteral("servers.reports"), QStringLiteral("retry"),
                         QStringLiteral("1 hour"));
    QVERIFY(m_document->validate());
    auto dialog = newDialog();
    auto* retry = requireChild<QLineEdit>(dialog.get(), "retryEdit");
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    QCOMPARE(retry->placeholderText(), QStringLiteral("15 minutes (built-in)"));
    server->setCurrentIndex(server->findData(QStringLiteral("reports")));
    QCOMPARE(retry->placeholderText(), QStringLiteral("1 hour (from [servers.reports])"));

    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("app"));
    QTest::keyClicks(retry, QStringLiteral("bald"));
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QVERIFY2(dialog->issues().join(QLatin1Char('\n')).contains(QStringLiteral("retry")),
             qPrintable(dialog->issues().join(QLatin1Char('\n'))));
    retry->selectAll();
    QTest::keyClicks(retry, QStringLiteral("600"));
    QVERIFY2(okButton(dialog.get())->isEnabled(), qPrintable(dialog->issues().join(QLatin1Char('\n'))));
    QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const ConfigDocument edited = dialog->document();
    QCOMPARE(edited.value(QStringLiteral("databases.app"), QStringLiteral("retry")), QVariant(qint64(600)));
    const auto loaded = edited.validate();
    QVERIFY(loaded);
    QCOMPARE(loaded->job(QStringLiteral("app"))->retrySeconds, 600);

    // Reopened, the field shows the value; cleared, the key goes and the server's value applies.
    DatabaseDialog again(edited, QStringLiteral("app"));
    again.show();
    auto* retryAgain = requireChild<QLineEdit>(&again, "retryEdit");
    QCOMPARE(retryAgain->text(), QStringLiteral("600"));
    retryAgain->clear();
    QTest::mouseClick(okButton(&again), Qt::LeftButton);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QVERIFY(!again.document().value(QStringLiteral("databases.app"), QStringLiteral("retry")).isValid());
    QCOMPARE(again.document().validate()->job(QStringLiteral("app"))->retrySeconds, 3600);
}

void tst_DatabaseDialog::retention_placeholdersFollowChosenServer()
{
    auto dialog = newDialog();
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    QCOMPARE(requireChild<QSpinBox>(dialog.get(), "keepLastSpin")->text(),
             QStringLiteral("inherited: 5 (from [defaults])"));
    QCOMPARE(requireChild<QSpinBox>(dialog.get(), "keepDailySpin")->text(),
             QStringLiteral("inherited: not set (built-in)"));
    QCOMPARE(requireChild<QLineEdit>(dialog.get(), "keepWithinEdit")->placeholderText(),
             QStringLiteral("not set (built-in)"));
    QCOMPARE(requireChild<QLineEdit>(dialog.get(), "testRestoreEdit")->placeholderText(),
             QStringLiteral("every 2 weeks (from [defaults])"));
    // The preview shows the inherited test-restore schedule, in its own words.
    QVERIFY2(requireChild<QLabel>(dialog.get(), "testRestorePreview")
                 ->text()
                 .startsWith(QStringLiteral("Next runs")),
             qPrintable(requireChild<QLabel>(dialog.get(), "testRestorePreview")->text()));
    auto* restore = requireChild<QComboBox>(dialog.get(), "restoreServerCombo");
    QCOMPARE(restore->itemText(0), QStringLiteral("inherited: the job's own server (built-in)"));
    QCOMPARE(restore->currentIndex(), 0);
    QCOMPARE(restore->findData(QStringLiteral("reports")), 2);

    server->setCurrentIndex(server->findData(QStringLiteral("reports")));
    QCOMPARE(requireChild<QSpinBox>(dialog.get(), "keepDailySpin")->text(),
             QStringLiteral("inherited: 30 (from [servers.reports])"));
}

void tst_DatabaseDialog::retention_acceptAndSave_loaderAndLarderPlanSeeTheValues()
{
    auto dialog = newDialog();
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("app"));
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    // Typed as a user would: the spin boxes start at "inherited", one below zero.
    auto* keepLast = requireChild<QSpinBox>(dialog.get(), "keepLastSpin");
    keepLast->selectAll();
    QTest::keyClicks(keepLast, QStringLiteral("7"));
    auto* keepDaily = requireChild<QSpinBox>(dialog.get(), "keepDailySpin");
    keepDaily->selectAll();
    QTest::keyClicks(keepDaily, QStringLiteral("14"));
    QCOMPARE(keepLast->value(), 7);
    QCOMPARE(keepDaily->value(), 14);
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "keepWithinEdit"), QStringLiteral("30 days"));
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "testRestoreEdit"),
                     QStringLiteral("every 1 week"));
    auto* restore = requireChild<QComboBox>(dialog.get(), "restoreServerCombo");
    restore->setCurrentIndex(restore->findData(QStringLiteral("reports")));
    QVERIFY2(okButton(dialog.get())->isEnabled(), qPrintable(dialog->issues().join(QLatin1Char('\n'))));
    QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    ConfigDocument edited = dialog->document();
    const QString sec = QStringLiteral("databases.app");
    QCOMPARE(edited.value(sec, QStringLiteral("keep_last")), QVariant(qint64(7)));
    QCOMPARE(edited.value(sec, QStringLiteral("keep_within")), QVariant(QStringLiteral("30 days")));
    // Fields left inherited are not written.
    QVERIFY(!edited.value(sec, QStringLiteral("keep_weekly")).isValid());
    QVERIFY(!edited.value(sec, QStringLiteral("keep_monthly")).isValid());
    const auto saved = edited.save();
    QVERIFY_RESULT(saved);

    const auto config = larder::ConfigLoader::loadFile(m_path);
    QVERIFY(config);
    const larder::JobConfig* job = config->job(QStringLiteral("app"));
    QVERIFY(job != nullptr);
    QCOMPARE(RetentionRulesText::of(job->retention),
             QStringLiteral("keep_last 7, keep_daily 14, keep_weekly -, keep_monthly -, keep_within %1")
                 .arg(30 * 86400));
    QCOMPARE(job->testRestore.text(), QStringLiteral("every 1 week"));
    QCOMPARE(job->restoreServer.name, QStringLiteral("reports"));
    QCOMPARE(job->restoreServer.host, QStringLiteral("127.0.0.2"));
    QCOMPARE(job->server.name, QStringLiteral("main"));

    // The real command line reads the same values, each from the job's own section.
    CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
    const CliResult explain = runner.run({QStringLiteral("plan"), QStringLiteral("--config"), m_path,
                                          QStringLiteral("--explain"), QStringLiteral("app")});
    QVERIFY2(explain.exitCode == 0, qPrintable(explain.describe()));
    QMap<QString, QString> rows;
    for (const QString& line : explain.outText().split(QLatin1Char('\n')))
        rows.insert(line.section(QLatin1Char(' '), 0, 0), line.simplified());
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("keep_last"), QStringLiteral("keep_last 7 databases.app (")},
        {QStringLiteral("keep_daily"), QStringLiteral("keep_daily 14 databases.app (")},
        {QStringLiteral("keep_within"), QStringLiteral("keep_within 30 days databases.app (")},
        {QStringLiteral("test_restore"), QStringLiteral("test_restore every 1 week (")},
        {QStringLiteral("restore_server"), QStringLiteral("restore_server reports databases.app (")},
    };
    for (const auto& [key, start] : expected)
        QVERIFY2(rows.value(key).startsWith(start), qPrintable(explain.describe()));
    QVERIFY2(rows.value(QStringLiteral("test_restore")).contains(QStringLiteral(") databases.app (")),
             qPrintable(explain.describe()));
}

void tst_DatabaseDialog::retention_clearedFields_removeKeysSoInheritedValuesApply()
{
    DatabaseDialog dialog(*m_document, QStringLiteral("existing"));
    dialog.show();
    const RetentionFieldWidgets fields(&dialog);
    // The section's own values are shown, not the inherited ones.
    QCOMPARE(fields.shown(),
             QStringLiteral("keep_last 9, keep_within 7 days, test_restore daily, restore_server reports"));

    fields.clear();
    QCOMPARE(fields.keepLast->text(), QStringLiteral("inherited: 5 (from [defaults])"));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.issues().join(QLatin1Char('\n'))));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    ConfigDocument edited = dialog.document();
    const QString sec = QStringLiteral("databases.existing");
    for (const char* key : {"keep_last", "keep_daily", "keep_within", "test_restore", "restore_server"})
        QVERIFY2(!edited.value(sec, QLatin1String(key)).isValid(), key);
    QVERIFY(edited.save());

    const auto config = larder::ConfigLoader::loadFile(m_path);
    QVERIFY(config);
    const larder::JobConfig* job = config->job(QStringLiteral("existing"));
    QVERIFY(job != nullptr);
    QCOMPARE(job->retention.keepLast, std::optional<int>(5));
    QVERIFY2(job->origins.value(QStringLiteral("keep_last")).startsWith(QStringLiteral("defaults (")),
             qPrintable(job->origins.value(QStringLiteral("keep_last"))));
    QCOMPARE(job->retention.keepWithinSeconds, std::optional<qint64>());
    QCOMPARE(job->testRestore.text(), QStringLiteral("every 2 weeks"));
    QCOMPARE(job->restoreServer.name, QStringLiteral("main")); // the job's own server again
}

void tst_DatabaseDialog::retention_invalidKeepWithinOrTestRestore_showsLoaderMessageAndDisablesOk()
{
    auto dialog = newDialog();
    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("app"));
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
    server->setCurrentIndex(server->findData(QStringLiteral("main")));
    QVERIFY(okButton(dialog.get())->isEnabled());

    auto* keepWithin = requireChild<QLineEdit>(dialog.get(), "keepWithinEdit");
    QTest::keyClicks(keepWithin, QStringLiteral("a fortnight"));
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QCOMPARE(dialog->issues().size(), 1);
    QVERIFY2(dialog->issues().first().contains(QStringLiteral(
                 ": databases.app.keep_within: 'a fortnight' is not a duration for keep_within")),
             qPrintable(dialog->issues().first()));
    QCOMPARE(requireChild<QLabel>(dialog.get(), "issuesLabel")->text(), dialog->issues().first());
    // A number is written as seconds, so the loader's range check speaks.
    typeInto(keepWithin, QStringLiteral("0"));
    QCOMPARE(dialog->document().value(QStringLiteral("databases.app"), QStringLiteral("keep_within")),
             QVariant(qint64(0)));
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QVERIFY2(dialog->issues().first().contains(QStringLiteral("0 is not a usable keep_within")),
             qPrintable(dialog->issues().first()));
    typeInto(keepWithin, QStringLiteral("2 weeks"));
    QVERIFY2(okButton(dialog.get())->isEnabled(), qPrintable(dialog->issues().join(QLatin1Char('\n'))));

    QTest::keyClicks(requireChild<QLineEdit>(dialog.get(), "testRestoreEdit"),
                     QStringLiteral("every blue moon"));
    const auto parsed = larder::Schedule::parse(QStringLiteral("every blue moon"));
    QVERIFY(!parsed);
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QCOMPARE(requireChild<QLabel>(dialog.get(), "testRestorePreview")->text(), parsed.error().message);
    QCOMPARE(dialog->issues().size(), 1);
    QVERIFY2(dialog->issues().first().endsWith(QStringLiteral(": databases.app.test_restore: ") +
                                               parsed.error().message),
             qPrintable(dialog->issues().first()));
    typeInto(requireChild<QLineEdit>(dialog.get(), "testRestoreEdit"), QStringLiteral("manual"));
    QVERIFY(okButton(dialog.get())->isEnabled());
    QCOMPARE(requireChild<QLabel>(dialog.get(), "testRestorePreview")->text(),
             QStringLiteral("Test-restored only on demand (larder verify --restore JOB)."));
}

QTEST_MAIN(tst_DatabaseDialog)
#include "tst_databasedialog.moc"
