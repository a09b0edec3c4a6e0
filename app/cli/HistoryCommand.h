#pragma once

#include "Command.h"

// `larder history [JOB] [--limit N] [--json]`, `larder history --notifications [--limit N] [--json]`
class HistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    HistoryCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;

private:
    // The deliveries of [notify.NAME] sections, newest first.
    int listNotifications(const QString& historyPath, int limit, bool json);

    QCommandLineOption m_limit;
    QCommandLineOption m_json;
    QCommandLineOption m_notifications;
};
