// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// bench/run's section 5b: the desktop app's views over a large history, timed in process through the
// same classes the window uses (RunService, HistoryModel, TimelinePanel). Not a test and never run by
// ctest: it prints key=value lines that bench/run turns into its table.
//
//   larder-bench-desktop --config FILE --job NAME

#include "HistoryModel.h"
#include "TimelinePanel.h"
#include "history/History.h"
#include "postgres/PostgresEngine.h"
#include "retention/Pruner.h"
#include "run/RunService.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace larder;

namespace {

constexpr int kRepeats = 5;

double msOf(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianMsOf(const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < kRepeats; ++i)
        times << msOf(work);
    std::sort(times.begin(), times.end());
    return times.at(kRepeats / 2);
}

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression line(QStringLiteral("^VmHWM:\\s*(\\d+) kB"),
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

void print(const char* key, const QString& value)
{
    std::printf("%s=%s\n", key, qPrintable(value));
}

void printMs(const char* key, double ms)
{
    print(key, QString::number(ms, 'f', 1));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("Config file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption jobOption(QStringLiteral("job"), QStringLiteral("Job whose history is paged."),
                                       QStringLiteral("NAME"));
    parser.addOption(configOption);
    parser.addOption(jobOption);
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(configOption) || !parser.isSet(jobOption)) {
        std::fprintf(stderr, "usage: larder-bench-desktop --config FILE --job NAME\n");
        return 64;
    }
    const QString job = parser.value(jobOption);

    // No keychain: nothing here connects to a server, and scheduling stays off.
    RunService service(parser.value(configOption), std::make_shared<PostgresEngine>(),
                       [](const ServerConfig&) { return std::optional<QString>(); });
    service.setScheduling(false);
    if (!service.hasConfig() || !service.history()) {
        std::fprintf(stderr, "larder-bench-desktop: no config or history: %s\n",
                     qPrintable(service.historyError()));
        return 1;
    }
    History& history = *service.history();

    printMs("plan_ms", medianMsOf([&service] { (void)service.plan(); }));

    // (c) The History tab of one job: the first page (with the retention dry run), then every older
    // page as a view scrolled to the bottom would ask for them.
    HistoryModel model(service);
    printMs("history_first_page_ms", msOf([&] { model.setJob(job); }));
    print("history_first_page_rows", QString::number(model.rowCount()));
    int pages = 0;
    double slowestPageMs = 0;
    const double toEndMs = msOf([&] {
        while (model.canFetchMore({})) {
            slowestPageMs = std::max(slowestPageMs, msOf([&] { model.fetchMore({}); }));
            ++pages;
        }
    });
    printMs("history_fetch_to_end_ms", toEndMs);
    printMs("history_slowest_page_ms", slowestPageMs);
    print("history_pages_fetched", QString::number(pages));
    print("history_rows", QString::number(model.rowCount()));
    // What every history change costs while the list is scrolled to its end.
    printMs("history_reload_at_depth_ms", medianMsOf([&model] { model.reload(); }));
    if (const std::optional<JobConfig> config = service.job(job)) {
        Pruner pruner(history, QTimeZone::systemTimeZone());
        printMs("retention_dry_run_ms", medianMsOf([&] {
                    (void)pruner.prune(*config, QDateTime::currentDateTimeUtc(), /*dryRun=*/true);
                }));
        if (const auto successes = history.successfulAttempts(job))
            print("retention_successes", QString::number(successes->size()));
    }

    // (d) The Timeline tab over the last and next 7 days: every attempt of the week and the plan.
    TimelinePanel panel(service);
    auto* span = panel.findChild<QComboBox*>(QStringLiteral("timelineSpan"));
    if (!span || span->count() < 2) {
        std::fprintf(stderr, "larder-bench-desktop: the timeline has no 7-day span\n");
        return 1;
    }
    // The default span first: the tab opens on it.
    span->setCurrentIndex(0);
    printMs("timeline_day_reload_ms", medianMsOf([&panel] { panel.reload(); }));
    span->setCurrentIndex(1);
    printMs("timeline_week_reload_ms", medianMsOf([&panel] { panel.reload(); }));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qsizetype weekAttempts = 0;
    printMs("timeline_week_attempts_read_ms", medianMsOf([&] {
                if (const auto attempts = history.attemptsBetween(now.addDays(-7), now.addDays(7)))
                    weekAttempts = attempts->size();
            }));
    print("timeline_week_attempts", QString::number(weekAttempts));
    if (!panel.loadError().isEmpty()) {
        std::fprintf(stderr, "larder-bench-desktop: %s\n", qPrintable(panel.loadError()));
        return 1;
    }

    print("vm_hwm_kib", QString::number(peakRssKib()));
    return 0;
}
