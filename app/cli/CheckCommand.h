#pragma once

#include "Command.h"

#include <optional>

// `larder check [--connect]`
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;

private:
    // Each prints its own line; false / the number of failures when something is wrong.
    bool checkServer(const larder::Config& config, const larder::ServerConfig& server);
    int checkWritable(const larder::Config& config);
    // Why a run could not create or write in directory, or nothing when it could.
    static std::optional<QString> unwritableReason(const QString& directory);

    QCommandLineOption m_connect;
};
