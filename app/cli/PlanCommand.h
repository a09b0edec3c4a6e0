// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"

#include <QJsonArray>

// `larder plan [--json] [--explain JOB]`
class PlanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    PlanCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;

private:
    int explain(const larder::Config& config, const QString& name);
    // The [notify.NAME] sections that hear of job, with the secrets they name (references only).
    void explainNotifications(const larder::Config& config, const larder::JobConfig& job);
    static QJsonArray orphansJson(const QList<larder::KnownJobs::HistoryJob>& orphans);
    // The jobs only history knows, in a table of their own after the plan.
    void printOrphans(const QList<larder::KnownJobs::HistoryJob>& orphans);

    QCommandLineOption m_json;
    QCommandLineOption m_explain;
};
