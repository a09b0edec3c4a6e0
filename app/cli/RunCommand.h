// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "Command.h"
#include "history/HistoryRecord.h"
#include "plan/PlannedJob.h"

#include <memory>

namespace larder {
struct JobEvent;
struct RunResult;
class LiveRegionView;
class LiveRun;
class RunPipeline;
} // namespace larder

// `larder run [JOB...] [--all] [--dry-run] [--json] [--quiet] [--verbose] [--plain]`: parses its
// options, takes the run lock and prints what the RunPipeline it runs reports; on a terminal, also a
// live view of the run below those lines (LiveRegionView).
class RunCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    RunCommand();

protected:
    void addOptions(CommandOptions& options) override;
    int run(const QCommandLineParser& parser) override;

private:
    // How to print a run, from its options.
    struct Output
    {
        bool quiet = false;
        bool verbose = false;
        bool json = false;
        bool dryRun = false;
        bool plain = false;
        larder::Trigger trigger = larder::Trigger::Schedule;
    };

    // Prints the pipeline's events as they come, each line as `larder run` always printed it.
    void printEvents(larder::RunPipeline& pipeline, const Output& output);
    // The live view when standard output is a terminal that can show it and nothing asks for plain
    // lines (--quiet, --json, --dry-run, --plain, TERM=dumb); else nullptr: output stays as it was.
    std::unique_ptr<larder::LiveRegionView> liveView(const larder::LiveRun& live, const Output& output);
    void printJobEvent(const larder::JobEvent& event, bool quiet, bool verbose);
    void printDryRun(const QList<larder::PlannedJob>& plan, const QList<larder::PlannedJob>& selected,
                     larder::Trigger trigger);
    // The summary (--json) and closing lines; returns the exit code.
    int report(const larder::RunResult& result, const Output& output, int caughtSignal);

    QCommandLineOption m_all;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_json;
    QCommandLineOption m_plain;
    QCommandLineOption m_quiet;
    QCommandLineOption m_verbose;
};
