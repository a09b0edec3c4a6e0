#pragma once

#include "Command.h"

// `larder restore JOB [--dump PATH | --at TIME] --to DBNAME [--server NAME] [--clean] [--jobs N]`
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;

private:
    QCommandLineOption m_dump;
    QCommandLineOption m_at;
    QCommandLineOption m_to;
    QCommandLineOption m_server;
    QCommandLineOption m_clean;
    QCommandLineOption m_jobs;
};
