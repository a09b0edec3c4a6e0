#include "CliRunner.h"
#include "ConfigDocument.h"
#include "ConfigLoader.h"
#include "DatabaseDialog.h"
#include "Schedule.h"
#include "ScheduleField.h"

#include "GuiTestHelpers.h"

#include <QApplication>
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
    void placeholders_showInheritedValuesOfChosenServer();
    void acceptAndSave_loaderAndLarderPlanSeeTheJob();
    void edit_unsetFieldsStayUnset_renameMovesSection();

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
                              "\n"
                              "[servers.main]\nhost = \"127.0.0.1\"\nport = 5432\n"
                              "\n"
                              "[servers.reports]\nhost = \"127.0.0.2\"\nformat = \"plain\"\n"
                              "\n"
                              "[databases.existing]\nserver = \"main\"\nschedule = \"every 6 hours\"\n")
                   .arg(m_dir.path())
                   .toUtf8());
    file.close();
    auto document = ConfigDocument::load(m_path);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
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
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QVERIFY2(dialog->issues()
                 .join(QLatin1Char('\n'))
                 .contains(QStringLiteral("no server set (available: main, reports)")),
             qPrintable(dialog->issues().join(QLatin1Char('\n'))));
    auto* server = requireChild<QComboBox>(dialog.get(), "serverCombo");
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
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
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

QTEST_MAIN(tst_DatabaseDialog)
#include "tst_databasedialog.moc"
