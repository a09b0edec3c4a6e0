// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DatabaseLister.h"

#include "BackgroundCall.h"
#include "engine/DatabaseEngine.h"

namespace larder {

DatabaseLister::DatabaseLister(std::shared_ptr<DatabaseEngine> engine, QObject* parent)
    : QObject(parent), m_engine(std::move(engine)), m_call(new BackgroundCall(this))
{}

DatabaseLister::~DatabaseLister() = default;

bool DatabaseLister::isRunning() const
{
    return m_call->isRunning();
}

void DatabaseLister::start(const ServerConfig& server, const std::optional<QString>& password)
{
    // Shared with the worker, which must not touch `this`: it may outlive the page.
    auto listed = std::make_shared<Result<QStringList>>(QStringList());
    m_call->start(
        [engine = m_engine, server, password, listed] { *listed = engine->listDatabases(server, password); },
        [this, listed] {
            if (*listed)
                Q_EMIT finished(**listed, QString());
            else
                Q_EMIT finished({}, listed->error().message);
        });
}

} // namespace larder
