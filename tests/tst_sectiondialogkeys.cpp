// The section dialogs edit the file `larder` reads: editing and saving [defaults], a job or a server
// keeps the keys of issue 15 ([notify.*] sections, hooks, max_age, min_size_ratio, metrics_file,
// hook_timeout) as they were, and the saved file still loads with them.

#include "DatabaseDialog.h"
#include "DefaultsDialog.h"
#include "ServerDialog.h"
#include "config/toml/ConfigDocument.h"
#include "config/toml/ConfigLoader.h"
#include "postgres/PostgresEngine.h"

#include "GuiTestHelpers.h"
#include "ResultAssert.h"

#include <QDialog>
#include <QFile>
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

QTEST_MAIN(tst_SectionDialogKeys)
#include "tst_sectiondialogkeys.moc"
