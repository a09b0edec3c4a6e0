// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// Secrets in notifications (issue 15): a [notify.NAME] url or header names a token as {secret:NAME};
// the real larder binary stores it in a real keychain (`larder secret set`, under
// tests/with-keyring.sh's private gnome-keyring) or reads it from LARDER_SECRET_NAME, and a run sends
// it to a real HTTP server (support/HttpTestServer) resolved, while no output, log line or history
// row shows it. A missing secret fails the delivery with what to do, never the run; a malformed
// reference is a config error with its place.
#include "BackupFixture.h"
#include "CliRunner.h"
#include "FileTree.h"
#include "HttpTestServer.h"
#include "ResultAssert.h"
#include "history/History.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

namespace {

const QByteArray kToken = "t0ken-s3cr3t-value";
const QByteArray kPath = "p4th-s3cr3t";

} // namespace

class TestCliSecrets final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    bool hasKeyring() const { return qEnvironmentVariable("LARDER_TEST_KEYRING") == QLatin1String("1"); }

    QProcessEnvironment keychainEnvironment() const
    {
        return CliRunner::keychainEnvironment(m_dir->path(), QString());
    }
    QProcessEnvironment cronEnvironment() const { return CliRunner::hermeticEnvironment(m_dir->path()); }

    CliResult larder(const QStringList& arguments, const QProcessEnvironment& env,
                     const QByteArray& input = {}) const
    {
        CliRunner runner(QStringLiteral(LARDER_EXECUTABLE));
        runner.setEnvironment(env);
        runner.setWorkingDirectory(m_dir->path());
        return runner.run(CliRunner::withConfig(path(QStringLiteral("larder.toml")), arguments), input);
    }

    // One job whose newest success is old, so that a run that dumps nothing (and reaches no database
    // server) tells the section it is stale; the section names its secrets.
    void writeStaleConfig(const QString& notifyUrl, const QString& headerValue,
                          const QString& section = QStringLiteral("hook"))
    {
        const QString config =
            BackupFixture::staleAppConfig(path(QStringLiteral("dumps")),
                                          path(QStringLiteral("history.sqlite"))) +
            QStringLiteral(
                "\n[notify.%3]\nurl = \"%1\"\non = [\"stale\"]\nheaders = { Authorization = \"%2\" }\n")
                .arg(notifyUrl, headerValue, section);
        QVERIFY(FileTree::writeFile(path(QStringLiteral("larder.toml")), config.toUtf8()));
        QVERIFY_RESULT(BackupFixture::recordPastSuccess(path(QStringLiteral("history.sqlite")),
                                                        QStringLiteral("app"), 3 * 3600));
    }

    // Every delivery as history keeps it, and as `larder history --notifications` shows it.
    QByteArray historyText(const QProcessEnvironment& env) const
    {
        const CliResult table = larder({QStringLiteral("history"), QStringLiteral("--notifications")}, env);
        const CliResult json = larder(
            {QStringLiteral("history"), QStringLiteral("--notifications"), QStringLiteral("--json")}, env);
        QByteArray text = table.out + table.err + json.out + json.err;
        auto history = History::open(path(QStringLiteral("history.sqlite")));
        if (history) {
            const auto records = (*history)->notifications(0);
            if (records) {
                for (const NotificationRecord& record : *records)
                    text += record.error.toUtf8() + '\n';
            }
        }
        return text;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/larder-secrets-XXXXXX"));
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void keychainAndEnvironmentSecrets_areSentResolved_andNeverShown()
    {
        if (!hasKeyring())
            QSKIP("needs a private Secret Service: runs as the CTest test tst_clisecrets_keychain, under "
                  "tests/with-keyring.sh");
        const QProcessEnvironment keychain = keychainEnvironment();
        const CliResult set =
            larder({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("hook_token")}, keychain,
                   kToken + '\n');
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        QVERIFY2(set.outText().contains(QLatin1String("{secret:hook_token}")), qPrintable(set.describe()));
        QVERIFY2(!(set.out + set.err).contains(kToken), qPrintable(set.describe()));

        HttpTestServer server;
        QVERIFY(server.listen());
        writeStaleConfig(server.url(QStringLiteral("/hook/{secret:hook_path}")),
                         QStringLiteral("Bearer {secret:hook_token}"));
        // hook_path from the environment (as systemd's EnvironmentFile= gives it), hook_token from the
        // keychain.
        QProcessEnvironment env = keychain;
        env.insert(QStringLiteral("LARDER_SECRET_hook_path"), QString::fromLatin1(kPath));
        const CliResult run = larder({QStringLiteral("run"), QStringLiteral("-v")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        const QList<HttpTestRequest> requests = server.requests("/hook/" + kPath);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.constFirst().headers.value("authorization"), "Bearer " + kToken);
        QCOMPARE(QJsonDocument::fromJson(requests.constFirst().body).object().value(QStringLiteral("event")),
                 QJsonValue(QStringLiteral("stale")));
        QCOMPARE(server.requests().size(), 1);

        const QByteArray shown = run.out + run.err + historyText(env);
        QVERIFY2(shown.contains("delivered"), shown.constData()); // -v logs the delivery
        QVERIFY2(!shown.contains(kToken) && !shown.contains(kPath), shown.constData());
        const CliResult explain =
            larder({QStringLiteral("plan"), QStringLiteral("--explain"), QStringLiteral("app")}, env);
        QVERIFY2(explain.exitCode == 0, qPrintable(explain.describe()));
        QVERIFY2(!(explain.out + explain.err).contains(kToken) &&
                     !(explain.out + explain.err).contains(kPath),
                 qPrintable(explain.describe()));
        // plan --explain names the section and its secrets by reference.
        QVERIFY2(explain.outText().contains(QLatin1String("notify.hook")) &&
                     explain.outText().contains(QLatin1String("{secret:hook_path} (url), {secret:hook_token} "
                                                              "(Authorization)")),
                 qPrintable(explain.describe()));

        // Deleted: the next notice (of another section: hook told it already) fails, naming the
        // secret and the command that stores it.
        const CliResult deleted = larder(
            {QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("hook_token")}, keychain);
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.describe()));
        writeStaleConfig(server.url(QStringLiteral("/hook/{secret:hook_path}")),
                         QStringLiteral("Bearer {secret:hook_token}"), QStringLiteral("hook2"));
        const CliResult again = larder({QStringLiteral("run"), QStringLiteral("--quiet")}, env);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.errText().contains(
                     QLatin1String("WARNING: notification hook2 (webhook, http://127.0.0.1:")),
                 qPrintable(again.describe()));
        QVERIFY2(again.errText().contains(QLatin1String(
                     "was not sent: secret hook_token is not stored: run larder secret set hook_token, "
                     "or give the run the environment variable LARDER_SECRET_hook_token")),
                 qPrintable(again.describe()));
        QCOMPARE(server.requests().size(), 1);
    }

    void cronWithoutKeychain_missingSecret_failsTheDeliveryNotTheRun()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        writeStaleConfig(server.url(QStringLiteral("/hook")), QStringLiteral("Bearer {secret:hook_token}"));
        const QProcessEnvironment cron = cronEnvironment();
        const CliResult run = larder({QStringLiteral("run")}, cron);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.errText().contains(QLatin1String("secret hook_token: LARDER_SECRET_hook_token is not set and "
                                                 "no OS keychain is reachable here")),
            qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QLatin1String("larder secret set hook_token")),
                 qPrintable(run.describe()));
        QCOMPARE(server.requests().size(), 0);
        auto history = History::open(path(QStringLiteral("history.sqlite")));
        QVERIFY_RESULT(history);
        const auto records = (*history)->notifications(0);
        QVERIFY_RESULT(records);
        QCOMPARE(records->size(), 1);
        QVERIFY(!records->constFirst().delivered);
        QCOMPARE(records->constFirst().attempts, 0);
        QVERIFY2(records->constFirst().error.contains(QLatin1String("LARDER_SECRET_hook_token")),
                 qPrintable(records->constFirst().error));

        // The environment variable is the server's way: the next run sends, and says nothing of it.
        QProcessEnvironment withSecret = cron;
        withSecret.insert(QStringLiteral("LARDER_SECRET_hook_token"), QString::fromLatin1(kToken));
        const CliResult sent = larder({QStringLiteral("run")}, withSecret);
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().constFirst().headers.value("authorization"), "Bearer " + kToken);
        QVERIFY2(!(sent.out + sent.err + historyText(withSecret)).contains(kToken),
                 qPrintable(sent.describe()));

        // check --connect finds the missing secret before a run does, and the present one without
        // printing it (the server at port 9 fails it either way).
        const CliResult missing = larder({QStringLiteral("check"), QStringLiteral("--connect")}, cron);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.outText().contains(QLatin1String("secret hook_token (notify.hook): FAILED: ")) &&
                     missing.outText().contains(QLatin1String("larder secret set hook_token")),
                 qPrintable(missing.describe()));
        const CliResult found = larder({QStringLiteral("check"), QStringLiteral("--connect")}, withSecret);
        QVERIFY2(found.outText().contains(QLatin1String("secret hook_token (notify.hook): OK\n")),
                 qPrintable(found.describe()));
        QVERIFY2(!(found.out + found.err).contains(kToken), qPrintable(found.describe()));
    }

    void malformedReference_isAConfigErrorWithItsPlace()
    {
        writeStaleConfig(QStringLiteral("https://h.example/x"), QStringLiteral("Bearer {secret:}"));
        const CliResult check = larder({QStringLiteral("check")}, cronEnvironment());
        QCOMPARE(check.exitCode, 78);
        QVERIFY2(
            check.errText().contains(QLatin1String("larder.toml:14:29: notify.hook.headers.Authorization: "
                                                   "header Authorization: '{secret:}' is not a secret "
                                                   "reference")),
            qPrintable(check.describe()));
        QVERIFY2(!check.errText().contains(QLatin1String("Bearer")), qPrintable(check.describe()));
    }

    void secretCommand_rejectsABadName()
    {
        const CliResult bad = larder(
            {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("no-dash")}, cronEnvironment());
        QCOMPARE(bad.exitCode, 64);
        QVERIFY2(bad.errText().contains(QLatin1String("'no-dash' is not a secret name")),
                 qPrintable(bad.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"
