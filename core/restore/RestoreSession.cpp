// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "restore/RestoreSession.h"

#include "history/History.h"
#include "history/RunLock.h"
#include "restore/Restorer.h"

#include <QFileInfo>

namespace larder {

RestoreSession::RestoreSession(DatabaseEngine& engine, QString historyPath, PasswordLookup passwords,
                               QObject* parent)
    : QObject(parent), m_engine(engine), m_historyPath(std::move(historyPath)),
      m_passwords(std::move(passwords))
{}

RestoreSession::~RestoreSession() = default;

Result<void> RestoreSession::start(const Choice& choice)
{
    if (m_lock)
        return makeError(tr("this restore has already started"));
    m_lock = std::make_unique<RunLock>(m_historyPath);
    if (auto locked = m_lock->tryLock(); !locked) {
        m_lock.reset();
        return locked;
    }
    if (auto chosen = choose(choice); !chosen) {
        m_lock.reset();
        return chosen;
    }
    m_restorer = std::make_unique<Restorer>(m_engine, m_request);
    connect(m_restorer.get(), &Restorer::activity, this, &RestoreSession::activity);
    connect(m_restorer.get(), &Restorer::detail, this, &RestoreSession::detail);
    connect(m_restorer.get(), &Restorer::progress, this, &RestoreSession::progress);
    connect(m_restorer.get(), &Restorer::finished, this, [this](const RestoreOutcome& outcome) {
        m_finished = true;
        m_lock.reset();
        Q_EMIT finished(outcome);
    });
    Q_EMIT activity(tr("restoring %1 (%2) into \"%3\" on %4")
                        .arg(m_request.dumpPath, m_restorable.formatName, m_request.targetDatabase,
                             m_request.server.displayName()));
    m_restorer->start();
    return {};
}

Result<void> RestoreSession::choose(const Choice& choice)
{
    // Restoring writes no rows, so a missing file is not created for it. An older schema is upgraded
    // (open, not openReadOnly): a restore right after upgrading Larder is often the disaster itself,
    // and refusing then would be worse; the run lock held here keeps the upgrade safe.
    auto opened = History::openIfExists(m_historyPath);
    if (!opened)
        return tl::unexpected(opened.error());
    const std::unique_ptr<History> history = std::move(*opened);

    RestoreRequest request;
    if (!choice.dumpPath.isEmpty()) {
        const auto path = Restorer::checkDumpPath(choice.job, choice.dumpPath);
        if (!path)
            return makeError(ErrorKind::BadRequest, path.error().message);
        request.dumpPath = *path;
        if (history) {
            if (const auto record = Restorer::findRecord(*history, choice.job.name, *path))
                request.expectedSha256 = record->sha256;
        }
        if (request.expectedSha256.isEmpty())
            Q_EMIT activity(tr("%1 has no checksum in history: restoring it unchecked").arg(*path));
    } else {
        if (!history) {
            return makeError(
                tr("job %1 has no successful dump (no history at %2): run `larder run %1` first, "
                   "or give --dump")
                    .arg(choice.job.name, m_historyPath));
        }
        const auto record = Restorer::chooseDump(*history, choice.job.name, choice.atUtc);
        if (!record)
            return tl::unexpected(record.error());
        request.dumpPath = record->path;
        request.expectedSha256 = record->sha256;
        Q_EMIT activity(
            tr("restoring the dump of %1 started %2: %3")
                .arg(choice.job.name,
                     record->startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     record->path));
    }

    request.server = choice.server;
    request.targetDatabase = choice.targetDatabase;
    request.clean = choice.clean;
    request.jobs = choice.jobs;
    request.password = m_passwords ? m_passwords(choice.server) : std::nullopt;
    const auto restorable = Restorer::check(m_engine, request);
    if (!restorable)
        return makeError(ErrorKind::BadRequest, restorable.error().message);
    m_request = request;
    m_restorable = *restorable;
    return {};
}

void RestoreSession::cancel()
{
    if (m_restorer)
        m_restorer->cancel();
}

} // namespace larder
