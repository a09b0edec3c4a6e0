// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "WatchSource.h"

#include "WatchState.h"
#include "config/toml/ConfigLoader.h"
#include "history/History.h"
#include "plan/ExpectedOperations.h"
#include "plan/Planner.h"

#include <QFileInfo>

using namespace larder;

WatchSource::WatchSource(QString configPath) : m_configPath(std::move(configPath)) {}

WatchSource::~WatchSource() = default;

void WatchSource::refresh(WatchState& state)
{
    state.configPath = m_configPath;
    state.nowUtc = QDateTime::currentDateTimeUtc();
    QStringList problems;
    const QString configProblem = loadConfig();
    if (!configProblem.isEmpty())
        problems.append(configProblem);
    if (!m_config) {
        state.problem = problems.join(QLatin1Char(' '));
        return;
    }
    const QString historyProblem = openHistory();
    if (!historyProblem.isEmpty())
        problems.append(historyProblem);

    PlanHistory records;
    if (m_history) {
        Result<PlanHistory> read = m_history->planHistory();
        if (read)
            records = std::move(*read);
        else
            problems.append(read.error().message);
        const Result<QList<HistoryRecord>> recent = m_history->attempts(QString(), kRecentAttempts);
        state.recent = recent ? *recent : QList<HistoryRecord>();
    }
    state.jobs = Planner::plan(*m_config, records, state.nowUtc, state.zone);
    state.expected = ExpectedOperations::list(state.jobs, m_config->maxParallel, state.nowUtc, state.zone);
    state.detailAttempts.clear();
    if (state.detail && m_history) {
        const Result<QList<HistoryRecord>> attempts =
            m_history->attempts(state.selectedJob(), kDetailAttempts);
        state.detailAttempts = attempts ? *attempts : QList<HistoryRecord>();
    }
    state.problem = problems.join(QLatin1Char(' '));
}

QString WatchSource::loadConfig()
{
    const QDateTime modified = QFileInfo(m_configPath).lastModified();
    if (m_config && modified == m_configModified)
        return m_configProblem;
    m_configModified = modified;
    auto loaded = ConfigLoader::loadFile(m_configPath);
    if (loaded) {
        m_config = std::move(*loaded);
        m_configProblem.clear();
        return m_configProblem;
    }
    // The last good config stays in view while the file is being fixed.
    m_configProblem = tr("%1 (%n error(s) in the config; showing the last one that loaded)", nullptr,
                         int(loaded.error().size()))
                          .arg(loaded.error().constFirst().toString());
    return m_configProblem;
}

QString WatchSource::openHistory()
{
    if (m_history && m_historyPath == m_config->historyPath)
        return QString();
    m_history.reset();
    m_historyPath = m_config->historyPath;
    // Watching creates nothing: no history yet means nothing has run.
    if (!History::exists(m_historyPath))
        return QString();
    Result<std::unique_ptr<History>> opened = History::open(m_historyPath);
    if (!opened)
        return opened.error().message;
    m_history = std::move(*opened);
    return QString();
}
