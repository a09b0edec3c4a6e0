// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/Config.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace larder {
class History;
struct WatchState;
} // namespace larder

// What `larder watch` reads again and again: the config (when its file changed) and the history
// (read-only; a missing one is an empty one), planned as `larder plan` plans, with the dumps expected
// in the next 24 hours and the recent attempts. Never connects to a server.
class WatchSource final
{
    Q_DECLARE_TR_FUNCTIONS(WatchSource)
    Q_DISABLE_COPY_MOVE(WatchSource)

public:
    static constexpr int kRecentAttempts = 8;
    static constexpr int kDetailAttempts = 20;

    explicit WatchSource(QString configPath);
    ~WatchSource();

    // Refreshes everything in state but the person's choices; problems go to state.problem.
    void refresh(larder::WatchState& state);
    bool hasConfig() const { return m_config.has_value(); }
    const larder::Config* config() const { return m_config ? &*m_config : nullptr; }

private:
    QString loadConfig();
    QString openHistory();

    QString m_configPath;
    QDateTime m_configModified;
    QString m_configProblem;
    std::optional<larder::Config> m_config;
    std::unique_ptr<larder::History> m_history;
    QString m_historyPath;
};
