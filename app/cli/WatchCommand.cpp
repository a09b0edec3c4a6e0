// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "WatchCommand.h"

#include "CursesScreen.h"
#include "ExitCode.h"
#include "Terminfo.h"
#include "WatchKeys.h"
#include "WatchScreen.h"
#include "WatchSource.h"
#include "WatchState.h"
#include "history/RunLock.h"
#include "live/LiveRun.h"
#include "status/LiveChannel.h"
#include "status/LiveChannelWatcher.h"
#include "system/SignalWatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace larder;

namespace {

// A frame as plain text: trailing spaces and the blank lines that fill the screen dropped.
QStringList plainLines(const ScreenFrame& frame)
{
    QStringList lines;
    for (const QString& line : frame.text()) {
        QString trimmed = line;
        while (trimmed.endsWith(QLatin1Char(' ')))
            trimmed.chop(1);
        lines.append(trimmed);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

WatchCommand::WatchCommand()
    : Command(QStringLiteral("watch"),
              tr("Show the jobs, what runs now in any process, the next 24 hours and the recent attempts, "
                 "live.")),
      m_once(QStringLiteral("once"), tr("Print one frame as plain text and exit (for scripts)."))
{}

void WatchCommand::addOptions(CommandOptions& options)
{
    options.addOption(m_once);
}

int WatchCommand::run(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    // The config is loaded as every command loads it, so a broken one fails the same way here.
    if (!loadConfig(parser))
        return ExitCode::Config;
    WatchSource source(configPath(parser));
    WatchState state;
    source.refresh(state);
    const bool terminal =
        ::isatty(STDOUT_FILENO) != 0 && ::isatty(STDIN_FILENO) != 0 && qgetenv("TERM") != "dumb";
    if (parser.isSet(m_once) || !terminal) {
        state.live = liveRunNow(source);
        return printOnce(state);
    }
    return fullScreen(source, state);
}

int WatchCommand::printOnce(const WatchState& state)
{
    QSize size = Terminfo::windowSize(STDOUT_FILENO);
    if (size.isEmpty())
        size = QSize(
            qEnvironmentVariableIntValue("COLUMNS") > 0 ? qEnvironmentVariableIntValue("COLUMNS") : 100, 0);
    ScreenOptions options;
    options.colour = false;
    options.nowMs = LiveRun::monotonicMs();
    // As tall as it needs: nothing cut, and no key line (no keys here).
    QStringList lines = plainLines(WatchScreen::render(state, QSize(size.width(), 1000), options));
    if (!lines.isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (const QString& line : std::as_const(lines))
        out() << line << '\n';
    out().flush();
    return state.problem.isEmpty() ? ExitCode::Ok : ExitCode::JobFailed;
}

int WatchCommand::fullScreen(WatchSource& source, WatchState& state)
{
    const bool colour = qEnvironmentVariableIsEmpty("NO_COLOR");
    CursesScreen screen(colour);
    if (!screen.isOpen()) {
        err() << tr("larder watch: the terminal (TERM=%1) cannot show a full-screen view; try --once")
                     .arg(QString::fromLocal8Bit(qgetenv("TERM")))
              << '\n';
        return ExitCode::JobFailed;
    }
    int spinner = 0;
    const auto draw = [&] {
        ScreenOptions options;
        options.colour = colour;
        options.nowMs = LiveRun::monotonicMs();
        options.spinnerPhase = spinner++;
        screen.draw(WatchScreen::render(state, screen.size(), options));
    };
    QEventLoop loop;
    int exitCode = ExitCode::Ok;
    const auto readKeys = [&] {
        for (int key = screen.nextKey(); key >= 0; key = screen.nextKey()) {
            switch (WatchKeys::press(state, key, qMax(1, screen.size().height() / 3))) {
            case WatchKeys::Action::Quit:
                loop.quit();
                return;
            case WatchKeys::Action::RunDue:
                state.message = startRun(source, QString());
                break;
            case WatchKeys::Action::BackUpSelected:
                state.message = startRun(source, state.selectedJob());
                break;
            case WatchKeys::Action::ShowDetail:
                source.refresh(state);
                break;
            case WatchKeys::Action::None:
                break;
            }
        }
        draw();
    };
    QSocketNotifier keys(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&keys, &QSocketNotifier::activated, &loop, readKeys);
    // What runs now, in whatever process: the status channel of the config's history.
    std::unique_ptr<LiveChannelWatcher> channel;
    if (const Config* config = source.config()) {
        channel = std::make_unique<LiveChannelWatcher>(config->historyPath);
        QObject::connect(channel.get(), &LiveChannelWatcher::stateReceived, &loop,
                         [&](const LiveRunState& live) {
                             state.live = live;
                             draw();
                         });
        QObject::connect(channel.get(), &LiveChannelWatcher::disconnected, &loop, [&] {
            state.live.reset();
            source.refresh(state); // what the run wrote to the history
            draw();
        });
        QObject::connect(channel.get(), &LiveChannelWatcher::failed, &loop, [&](const QString& message) {
            state.message = message;
            draw();
        });
        channel->start();
    }
    QTimer refresh;
    QObject::connect(&refresh, &QTimer::timeout, &loop, [&] {
        source.refresh(state);
        draw();
    });
    refresh.start(kRefreshMs);
    SignalWatcher signalWatcher({SIGINT, SIGTERM, SIGWINCH});
    QObject::connect(&signalWatcher, &SignalWatcher::received, &loop, [&](int signalNumber) {
        if (signalNumber == SIGWINCH) {
            screen.resized();
            draw();
            return;
        }
        exitCode = signalNumber == SIGINT ? ExitCode::Interrupted : ExitCode::Terminated;
        loop.quit();
    });
    draw();
    loop.exec();
    return exitCode;
}

std::optional<LiveRunState> WatchCommand::liveRunNow(const WatchSource& source)
{
    const Config* config = source.config();
    if (!config)
        return std::nullopt;
    // No socket, no run: nothing to wait for.
    const Result<QString> socket = LiveChannel::socketPath(config->historyPath);
    if (!socket || !QFileInfo::exists(*socket))
        return std::nullopt;
    std::optional<LiveRunState> live;
    LiveChannelWatcher channel(config->historyPath);
    QEventLoop loop;
    QObject::connect(&channel, &LiveChannelWatcher::stateReceived, &loop, [&](const LiveRunState& received) {
        live = received;
        loop.quit();
    });
    QObject::connect(&channel, &LiveChannelWatcher::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(kLiveWaitMs, &loop, &QEventLoop::quit);
    channel.start();
    loop.exec();
    return live;
}

QString WatchCommand::startRun(const WatchSource& source, const QString& job)
{
    const Config* config = source.config();
    if (!config)
        return tr("no config has loaded: nothing to run");
    // Said here rather than lost: the run would exit at once, quietly, on the lock.
    RunLock lock(config->historyPath);
    const Result<void> locked = lock.tryLock();
    if (!locked)
        return locked.error().message;
    lock.unlock();
    QStringList arguments{QStringLiteral("run"), QStringLiteral("--config"), config->path,
                          QStringLiteral("--quiet")};
    if (!job.isEmpty())
        arguments.append(job);
    QProcess run;
    run.setProgram(QCoreApplication::applicationFilePath());
    run.setArguments(arguments);
    run.setStandardInputFile(QProcess::nullDevice());
    run.setStandardOutputFile(QProcess::nullDevice());
    run.setStandardErrorFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!run.startDetached(&pid))
        return tr("could not start larder run: %1").arg(run.errorString());
    return job.isEmpty() ? tr("started larder run for the due jobs (pid %1)").arg(pid)
                         : tr("started a backup of %1 now (pid %2)").arg(job).arg(pid);
}
