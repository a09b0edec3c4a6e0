// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The section dialogs edit the file `larder` reads: editing and saving [defaults], a job or a server
// keeps the keys of issue 15 ([notify.*] sections, hooks, max_age, min_size_ratio, metrics_file,
// hook_timeout) as they were, and the saved file still loads with them.

#include "CommandLine.h"
#include "DatabaseDialog.h"
#include "DefaultsDialog.h"
#include "ServerDialog.h"
#include "config/toml/ConfigDocument.h"
#include "config/toml/ConfigLoader.h"
#include "postgres/PostgresEngine.h"

#include "GuiTestHelpers.h"
#include "ResultAssert.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using larder::ConfigDocument;

using namespace GuiTestHelpers;

namespace {

// Every key of issue 15 the file below sets, by section.
const QList<QPair<QString, QString>> kKeys = {
    {QStringLiteral("defaults"), QStringLiteral("metrics_file")},
    {QStringLiteral("defaults"), QStringLiteral("max_age")},
    {QStringLiteral("defaults"), QStringLiteral("min_size_ratio")},
    {QStringLiteral("defaults"), QStringLiteral("hook_timeout")},
    {QStringLiteral("defaults"), QStringLiteral("after_run")},
    {QStringLiteral("defaults"), QStringLiteral("before_dump")},
    {QStringLiteral("defaults"), QStringLiteral("on_failure")},
    {QStringLiteral("servers.main"), QStringLiteral("after_dump")},
    {QStringLiteral("servers.main"), QStringLiteral("max_age")},
    {QStringLiteral("databases.app"), QStringLiteral("max_age")},
    {QStringLiteral("databases.app"), QStringLiteral("min_size_ratio")},
    {QStringLiteral("databases.app"), QStringLiteral("after_dump")},
    {QStringLiteral("databases.app"), QStringLiteral("hook_timeout")},
    {QStringLiteral("notify.ops"), QStringLiteral("url")},
    {QStringLiteral("notify.ops"), QStringLiteral("on")},
    {QStringLiteral("notify.ops"), QStringLiteral("jobs")},
    {QStringLiteral("notify.ping"), QStringLiteral("kind")},
    {QStringLiteral("notify.ping"), QStringLiteral("url")},
};

} // namespace

class tst_SectionDialogKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsDialog_editAndSave_keepsIssue15Keys();
    void databaseDialog_editAndSave_keepsIssue15Keys();
    void serverDialog_editAndSave_keepsIssue15Keys();
    void commandLine_joinThenSplit_givesArgvBack_data();
    void commandLine_joinThenSplit_givesArgvBack();
    void defaultsDialog_showsTheKeys_builtInPlaceholders();
    void defaultsDialog_metricsFileNotProm_showsLoaderMessageAndDisablesOk();
    void databaseDialog_inheritedPlaceholders_editsReachTheLoader();
    void databaseDialog_badRatio_showsLoaderMessageAndDisablesOk();

private:
    // OK on the dialog, save, and the reloaded file holds every key of kKeys as the original did.
    void acceptSaveAndCompare(QDialog& dialog, const std::function<ConfigDocument()>& edited);

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<ConfigDocument> m_document;
};

void tst_SectionDialogKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_SectionDialogKeys::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.toml").arg(QTest::currentTestFunction()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(
        QStringLiteral("[defaults]\n"
                       "dump_dir = \"%1/dumps\"\n"
                       "history = \"%1/history.sqlite\"\n"
                       "metrics_file = \"%1/larder.prom\"\n"
                       "max_age = \"36 hours\"\n"
                       "min_size_ratio = 0.25\n"
                       "hook_timeout = \"2 minutes\"\n"
                       "after_run = [\"/bin/true\", \"after run\"]\n"
                       "before_dump = [\"/bin/true\", \"--before\"]\n"
                       "on_failure = [\"/bin/true\", \"failed\"]\n"
                       "\n"
                       "[servers.main]\n"
                       "host = \"127.0.0.1\"\n"
                       "after_dump = [\"/bin/true\", \"server's\"]\n"
                       "max_age = \"3 days\"\n"
                       "\n"
                       "[databases.app]\n"
                       "server = \"main\"\n"
                       "max_age = \"off\"\n"
                       "min_size_ratio = 0.75\n"
                       "after_dump = [\"/bin/sh\", \"-c\", \"echo \\\"$LARDER_DUMP_PATH\\\" done\", \"\"]\n"
                       "hook_timeout = 30\n"
                       "\n"
                       "[notify.ops]\n"
                       "url = \"https://hooks.example.com/larder\"\n"
                       "on = [\"failure\", \"stale\", \"warning\"]\n"
                       "jobs = [\"app\"]\n"
                       "\n"
                       "[notify.ping]\n"
                       "kind = \"ping\"\n"
                       "url = \"https://hc-ping.example.com/abc\"\n")
            .arg(m_dir.path())
            .toUtf8());
    file.close();
    auto document = ConfigDocument::load(m_path);
    QVERIFY_RESULT(document);
    const auto valid = document->validate();
    QVERIFY2(valid, valid ? "" : qPrintable(valid.error().first().toString()));
    m_document = std::move(*document);
}

void tst_SectionDialogKeys::acceptSaveAndCompare(QDialog& dialog,
                                                 const std::function<ConfigDocument()>& edited)
{
    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    ConfigDocument document = edited();
    const auto saved = document.save();
    QVERIFY_RESULT(saved);

    const auto reloaded = ConfigDocument::load(m_path);
    QVERIFY_RESULT(reloaded);
    for (const auto& [section, key] : kKeys) {
        const QVariant before = m_document->value(section, key);
        QVERIFY2(before.isValid(), qPrintable(section + QLatin1Char('.') + key));
        QCOMPARE(reloaded->value(section, key), before);
    }
    QCOMPARE(reloaded->sectionNames(QStringLiteral("notify")),
             (QStringList{QStringLiteral("ops"), QStringLiteral("ping")}));

    // What `larder` reads from the saved file.
    const auto config = larder::ConfigLoader::loadFile(m_path);
    QVERIFY(config);
    QCOMPARE(config->metricsFile, m_dir.filePath(QStringLiteral("larder.prom")));
    QCOMPARE(config->notify.size(), 2);
    QCOMPARE(config->afterRun.value(1), QStringLiteral("after run"));
    const larder::JobConfig* job = config->job(QStringLiteral("app"));
    QVERIFY(job != nullptr);
    QCOMPARE(job->minSizeRatio, 0.75);
    QCOMPARE(job->maxAgeSeconds, std::optional<int>(0)); // "off"
    QCOMPARE(job->hookTimeoutSeconds, 30);
    QCOMPARE(job->afterDump.value(2), QStringLiteral("echo \"$LARDER_DUMP_PATH\" done"));
    QCOMPARE(job->afterDump.size(), 4);
    QCOMPARE(job->beforeDump.value(1), QStringLiteral("--before"));
}

void tst_SectionDialogKeys::defaultsDialog_editAndSave_keepsIssue15Keys()
{
    larder::DefaultsDialog dialog(*m_document);
    dialog.show();
    requireChild<QSpinBox>(&dialog, "compressionSpin")->setValue(3);
    acceptSaveAndCompare(dialog, [&dialog] { return dialog.document(); });
    const auto config = larder::ConfigLoader::loadFile(m_path);
    QVERIFY(config);
    QCOMPARE(config->job(QStringLiteral("app"))->compression, 3);
}

void tst_SectionDialogKeys::databaseDialog_editAndSave_keepsIssue15Keys()
{
    larder::DatabaseDialog dialog(*m_document, QStringLiteral("app"));
    dialog.show();
    requireChild<QSpinBox>(&dialog, "compressionSpin")->setValue(2);
    acceptSaveAndCompare(dialog, [&dialog] { return dialog.document(); });
    const auto config = larder::ConfigLoader::loadFile(m_path);
    QVERIFY(config);
    QCOMPARE(config->job(QStringLiteral("app"))->compression, 2);
}

void tst_SectionDialogKeys::serverDialog_editAndSave_keepsIssue15Keys()
{
    larder::ServerDialog dialog(*m_document, QStringLiteral("main"),
                                std::make_shared<larder::PostgresEngine>());
    dialog.show();
    requireChild<QSpinBox>(&dialog, "portSpin")->setValue(5433);
    acceptSaveAndCompare(dialog, [&dialog] { return dialog.document(); });
    const auto config = larder::ConfigLoader::loadFile(m_path);
    QVERIFY(config);
    QCOMPARE(config->servers.value(QStringLiteral("main")).port, 5433);
}

void tst_SectionDialogKeys::commandLine_joinThenSplit_givesArgvBack_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringList{QStringLiteral("/usr/bin/rclone"), QStringLiteral("copy")}
                           << QStringLiteral("/usr/bin/rclone copy");
    QTest::newRow("spaces") << QStringList{QStringLiteral("/bin/echo"), QStringLiteral("two words")}
                            << QStringLiteral("/bin/echo \"two words\"");
    QTest::newRow("shell") << QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral("echo \"$LARDER_JOB\" >> log")}
                           << QStringLiteral("sh -c \"echo \"\"\"$LARDER_JOB\"\"\" >> log\"");
    QTest::newRow("quote first") << QStringList{QStringLiteral("\" x")} << QStringLiteral("\"\"\"\" x\"");
    QTest::newRow("lone quote") << QStringList{QStringLiteral("\""), QStringLiteral("b")}
                                << QStringLiteral("\"\"\"\"\" b");
    QTest::newRow("two quotes") << QStringList{QStringLiteral("a\"\"b")}
                                << QStringLiteral("\"a\"\"\"\"\"\"b\"");
    QTest::newRow("tab") << QStringList{QStringLiteral("a\tb"), QStringLiteral("it's")}
                         << QStringLiteral("\"a\tb\" it's");
}

void tst_SectionDialogKeys::commandLine_joinThenSplit_givesArgvBack()
{
    QFETCH(QStringList, argv);
    QFETCH(QString, line);
    QCOMPARE(larder::CommandLine::join(argv), line);
    QCOMPARE(larder::CommandLine::split(line), argv);
    QVERIFY(larder::CommandLine::isRepresentable(argv));
    QVERIFY(!larder::CommandLine::isRepresentable(argv + QStringList{QString()}));
}

void tst_SectionDialogKeys::defaultsDialog_showsTheKeys_builtInPlaceholders()
{
    larder::DefaultsDialog dialog(*m_document);
    dialog.show();
    QCOMPARE(requireChild<QLineEdit>(&dialog, "metricsFileEdit")->text(),
             m_dir.filePath(QStringLiteral("larder.prom")));
    QCOMPARE(requireChild<QLineEdit>(&dialog, "maxAgeEdit")->text(), QStringLiteral("36 hours"));
    QCOMPARE(requireChild<QLineEdit>(&dialog, "minSizeRatioEdit")->text(), QStringLiteral("0.25"));
    QCOMPARE(requireChild<QLineEdit>(&dialog, "hookTimeoutEdit")->text(), QStringLiteral("2 minutes"));
    QCOMPARE(requireChild<QLineEdit>(&dialog, "afterRunEdit")->text(),
             QStringLiteral("/bin/true \"after run\""));
    QCOMPARE(requireChild<QLineEdit>(&dialog, "beforeDumpEdit")->text(),
             QStringLiteral("/bin/true --before"));
    QVERIFY(requireChild<QLineEdit>(&dialog, "afterDumpEdit")->text().isEmpty());

    larder::DefaultsDialog empty{ConfigDocument()};
    empty.show();
    QCOMPARE(requireChild<QLineEdit>(&empty, "maxAgeEdit")->placeholderText(),
             QStringLiteral("2 schedule periods + 1 hour (built-in)"));
    QCOMPARE(requireChild<QLineEdit>(&empty, "minSizeRatioEdit")->placeholderText(),
             QStringLiteral("0.5 (built-in)"));
    QCOMPARE(requireChild<QLineEdit>(&empty, "hookTimeoutEdit")->placeholderText(),
             QStringLiteral("5 minutes (built-in)"));
    QCOMPARE(requireChild<QLineEdit>(&empty, "afterRunEdit")->placeholderText(),
             QStringLiteral("none (built-in)"));
    QCOMPARE(requireChild<QLineEdit>(&empty, "metricsFileEdit")->placeholderText(),
             QStringLiteral("not set: no metrics file"));
    // Nothing typed, nothing written.
    QVERIFY(okButton(&empty)->isEnabled());
    for (const char* key :
         {"metrics_file", "max_age", "min_size_ratio", "hook_timeout", "after_run", "before_dump"})
        QVERIFY2(!empty.document().value(QStringLiteral("defaults"), QLatin1String(key)).isValid(), key);
}

void tst_SectionDialogKeys::defaultsDialog_metricsFileNotProm_showsLoaderMessageAndDisablesOk()
{
    larder::DefaultsDialog dialog(*m_document);
    dialog.show();
    auto* metrics = requireChild<QLineEdit>(&dialog, "metricsFileEdit");
    typeInto(metrics, m_dir.filePath(QStringLiteral("larder.txt")));
    QVERIFY(!okButton(&dialog)->isEnabled());
    const QString issues = dialog.issues().join(QLatin1Char('\n'));
    QVERIFY2(issues.contains(QStringLiteral("does not end in .prom")), qPrintable(issues));
    QVERIFY2(issues.contains(QStringLiteral("metrics_file")), qPrintable(issues));
    typeInto(metrics, m_dir.filePath(QStringLiteral("node.prom")));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.issues().join(QLatin1Char('\n'))));
    QCOMPARE(dialog.validatedConfig()->metricsFile, m_dir.filePath(QStringLiteral("node.prom")));
}

void tst_SectionDialogKeys::databaseDialog_inheritedPlaceholders_editsReachTheLoader()
{
    {
        // A new job on main: what it would inherit, and from where.
        larder::DatabaseDialog fresh(*m_document, QString());
        fresh.show();
        auto* server = requireChild<QComboBox>(&fresh, "serverCombo");
        server->setCurrentIndex(server->findData(QStringLiteral("main")));
        QCOMPARE(requireChild<QLineEdit>(&fresh, "afterDumpEdit")->placeholderText(),
                 QStringLiteral("/bin/true server's (from [servers.main])"));
        QCOMPARE(requireChild<QLineEdit>(&fresh, "beforeDumpEdit")->placeholderText(),
                 QStringLiteral("/bin/true --before (from [defaults])"));
        QCOMPARE(requireChild<QLineEdit>(&fresh, "maxAgeEdit")->placeholderText(),
                 QStringLiteral("3 days (from [servers.main])"));
        QCOMPARE(requireChild<QLineEdit>(&fresh, "minSizeRatioEdit")->placeholderText(),
                 QStringLiteral("0.25 (from [defaults])"));
        QVERIFY(!childNamed<QLineEdit>(&fresh, "afterRunEdit")); // [defaults] only
        QVERIFY(!requireChild<QLineEdit>(&fresh, "afterDumpEdit")->isReadOnly());
    }

    larder::DatabaseDialog dialog(*m_document, QStringLiteral("app"));
    dialog.show();
    QCOMPARE(requireChild<QLineEdit>(&dialog, "maxAgeEdit")->text(), QStringLiteral("off"));
    // An empty argument cannot be shown on a command line: that hook is edited in the file.
    QVERIFY(requireChild<QLineEdit>(&dialog, "afterDumpEdit")->isReadOnly());
    typeInto(requireChild<QLineEdit>(&dialog, "beforeDumpEdit"),
             QStringLiteral("/bin/echo \"two words\" it's"));
    typeInto(requireChild<QLineEdit>(&dialog, "onFailureEdit"), QStringLiteral("none"));
    auto* maxAge = requireChild<QLineEdit>(&dialog, "maxAgeEdit");
    maxAge->selectAll();
    QTest::keyClick(maxAge, Qt::Key_Backspace); // cleared: inherits again
    typeInto(requireChild<QLineEdit>(&dialog, "minSizeRatioEdit"), QStringLiteral("0.4"));
    typeInto(requireChild<QLineEdit>(&dialog, "hookTimeoutEdit"), QStringLiteral("90 seconds"));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.issues().join(QLatin1Char('\n'))));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    ConfigDocument edited = dialog.document();
    const auto saved = edited.save();
    QVERIFY_RESULT(saved);

    const auto reloaded = ConfigDocument::load(m_path);
    QVERIFY_RESULT(reloaded);
    const QString app = QStringLiteral("databases.app");
    QCOMPARE(reloaded->value(app, QStringLiteral("before_dump")).toStringList(),
             (QStringList{QStringLiteral("/bin/echo"), QStringLiteral("two words"), QStringLiteral("it's")}));
    QCOMPARE(reloaded->value(app, QStringLiteral("on_failure")), QVariant(QStringList()));
    QVERIFY(!reloaded->value(app, QStringLiteral("max_age")).isValid());
    QCOMPARE(reloaded->value(app, QStringLiteral("after_dump")),
             m_document->value(app, QStringLiteral("after_dump")));

    const auto config = larder::ConfigLoader::loadFile(m_path);
    QVERIFY(config);
    const larder::JobConfig* job = config->job(QStringLiteral("app"));
    QVERIFY(job != nullptr);
    QCOMPARE(job->beforeDump.value(1), QStringLiteral("two words"));
    QVERIFY(job->onFailure.isEmpty());                               // [] turns the inherited hook off
    QCOMPARE(job->maxAgeSeconds, std::optional<int>(3 * 24 * 3600)); // from [servers.main]
    QCOMPARE(job->minSizeRatio, 0.4);
    QCOMPARE(job->hookTimeoutSeconds, 90);
}

void tst_SectionDialogKeys::databaseDialog_badRatio_showsLoaderMessageAndDisablesOk()
{
    larder::DatabaseDialog dialog(*m_document, QStringLiteral("app"));
    dialog.show();
    auto* ratio = requireChild<QLineEdit>(&dialog, "minSizeRatioEdit");
    typeInto(ratio, QStringLiteral("-0.5"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QString issues = dialog.issues().join(QLatin1Char('\n'));
    QVERIFY2(issues.contains(QStringLiteral("min_size_ratio")), qPrintable(issues));
    typeInto(ratio, QStringLiteral("half"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    issues = dialog.issues().join(QLatin1Char('\n'));
    QVERIFY2(issues.contains(QStringLiteral("min_size_ratio")), qPrintable(issues));
    typeInto(ratio, QStringLiteral("0"));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.issues().join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_SectionDialogKeys)
#include "tst_sectiondialogkeys.moc"
