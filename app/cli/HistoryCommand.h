#pragma once

#include "Command.h"

// `larder history [JOB] [--limit N] [--json]`
class HistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    HistoryCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;

private:
    QCommandLineOption m_limit;
    QCommandLineOption m_json;
};
