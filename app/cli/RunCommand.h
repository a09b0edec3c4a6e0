#pragma once

#include "Command.h"

// `larder run [JOB...] [--all] [--dry-run] [--json] [--quiet] [--verbose]`
class RunCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    RunCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;

private:
    QCommandLineOption m_all;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_json;
    QCommandLineOption m_quiet;
    QCommandLineOption m_verbose;
};
