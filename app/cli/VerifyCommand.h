#pragma once

#include "Command.h"
#include "history/History.h"
#include "history/RestoreCheck.h"
#include "verify/Verifier.h"

#include <QJsonArray>

#include <functional>
#include <utility>

class SignalWatcher;

// `larder verify [JOB...] [--all] [--restore] [--json]`: checksums and archive readability of
// successful dumps; with --restore also a test-restore of each job's newest dump.
class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    VerifyCommand();

    // Jobs among scope (all jobs when empty) whose test_restore schedule is due at now.
    static larder::Result<QList<larder::JobConfig>> dueTestRestores(const larder::Config& config,
                                                                    const QStringList& scope,
                                                                    larder::History& history,
                                                                    const QDateTime& now);
    // Test-restores the newest successful dump of each job, one after the other, records each
    // check in history and reports it through log. A job without a successful dump is skipped, or
    // with requireDump reported as a failed check (not recorded). A SIGINT/SIGTERM from watcher
    // stops the running restore (its scratch database is still dropped) and skips the rest; the
    // signal lands in *caughtSignal.
    static QList<larder::RestoreCheck>
    runTestRestores(const QList<larder::JobConfig>& jobs, larder::History& history,
                    const std::function<void(const QString& line, bool failure)>& log, bool requireDump,
                    SignalWatcher* watcher, int* caughtSignal);
    static QJsonArray toJson(const QList<larder::RestoreCheck>& checks);

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;

private:
    void printLines(QList<std::pair<QString, QString>>& lines);
    static void addTestRestores(QList<std::pair<QString, QString>>& lines,
                                const QList<larder::RestoreCheck>& checks);
    // Verifier::verify on a worker thread while this one's event loop runs.
    static larder::Verifier::Finding verifyInBackground(const larder::HistoryRecord& dump,
                                                        const larder::Verifier::Limits& limits);

    QCommandLineOption m_all;
    QCommandLineOption m_restore;
    QCommandLineOption m_json;
};
