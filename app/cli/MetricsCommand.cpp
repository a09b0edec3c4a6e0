// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "MetricsCommand.h"

#include "ExitCode.h"
#include "history/History.h"
#include "metrics/MetricsSnapshot.h"
#include "metrics/MetricsText.h"

#include <QFileInfo>

using namespace larder;

MetricsCommand::MetricsCommand()
    : Command(QStringLiteral("metrics"),
              tr("Print Prometheus metrics of every job (what a run writes to metrics_file)."))
{}

void MetricsCommand::addOptions(CommandOptions& options)
{
    Q_UNUSED(options)
}

int MetricsCommand::run(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const std::optional<Config> config = loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    // Like check --fresh: no lock, and a missing history means nothing ran yet (nor is one created).
    auto opened = History::openIfExists(config->historyPath);
    if (!opened) {
        err() << "larder metrics: " << opened.error().message << '\n';
        return ExitCode::JobFailed;
    }
    const std::unique_ptr<History> history = std::move(*opened);
    const Result<MetricsSnapshot> snapshot =
        MetricsSnapshot::read(*config, history.get(), QDateTime::currentDateTimeUtc());
    if (!snapshot) {
        err() << "larder metrics: " << snapshot.error().message << '\n';
        return ExitCode::JobFailed;
    }
    out() << QString::fromUtf8(MetricsText::render(*snapshot));
    return ExitCode::Ok;
}
