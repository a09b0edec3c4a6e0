#pragma once

#include "Command.h"

// `larder plan [--json] [--explain JOB]`
class PlanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    PlanCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;

private:
    int explain(const larder::Config& config, const QString& name);

    QCommandLineOption m_json;
    QCommandLineOption m_explain;
};
