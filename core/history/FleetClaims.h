// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "history/ClaimAnswer.h"
#include "history/FleetHost.h"
#include "history/HistoryRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

class QSqlError;

namespace larder {

class History;

// Which host dumps each slot of each job, kept in the history so every host sharing it agrees (the
// job-queue pattern: a row per job and slot, taken in one transaction, held under a lease). A claim
// counts the server's live claims from every host against its max_parallel first; leases are
// measured by the database's clock, never a host's. A SQLite history is claimed the same way, by
// the one host that uses it.
class FleetClaims final
{
    Q_DECLARE_TR_FUNCTIONS(FleetClaims)
    Q_DISABLE_COPY_MOVE(FleetClaims)

public:
    // How long a claim lasts without renewal: a host that stops renewing (killed, powered off, cut
    // off) holds its slot and its share of the server's limit no longer than this.
    static constexpr int kLeaseSeconds = 120;

    // How often a host waiting for a full server asks again (a shared history also wakes it when
    // another host records a change), and how long a host that stopped asking still counts as
    // waiting.
    static constexpr int kAskAgainMs = 2000;
    static constexpr int kWaitSeconds = 10;
    // How long a finished claim is kept (checkIn drops older ones).
    static constexpr int kKeepFinishedSeconds = 7 * 86400;

    // How long after a slot's failures-th failure it may be tried again.
    using Backoff = std::function<qint64(int failures)>;

    explicit FleetClaims(History& history, int leaseSeconds = kLeaseSeconds);

    int leaseSeconds() const { return m_leaseSeconds; }

    // Takes job's slot for this host (HostIdentity) unless another host dumped it, is dumping it, or
    // saw it fail less than backoff ago, or server already has serverLimit live claims, or another
    // host has waited longer for the server (this host then waits its turn). A slot whose holder's
    // lease ran out is taken over, with the next generation.
    Result<ClaimAnswer> claim(const QString& job, const QString& server, int serverLimit, const QString& slot,
                              const Backoff& backoff);
    // Records which attempt the claim made (for recovery and for `larder fleet`).
    Result<void> attach(const ClaimKey& key, qint64 attemptId);
    // Extends the leases of keys; returns those this host no longer holds (taken over after their
    // lease ran out).
    Result<QList<ClaimKey>> renew(const QList<ClaimKey>& keys);
    // Ends the claim as its attempt ended: a success marks the slot done; a failure counts against
    // it (Backoff); a cancelled or interrupted dump leaves it open. False when this host no longer
    // held it: a later generation's host took the slot, and this attempt must not count as its dump.
    Result<bool> release(const ClaimKey& key, AttemptStatus status);
    // The same, for the claim of an attempt recovery finished after a crash.
    Result<void> releaseAttempt(qint64 attemptId, AttemptStatus status);
    // The attempts other hosts left running whose claims lapsed: no claim with a live lease holds
    // them, and they started more than two leases ago by the database's clock (a host's clock may be
    // off by up to a lease). Their hosts were killed, switched off or cut off.
    Result<QSet<qint64>> lapsedAttempts() const;
    // Records that this host runs now, with this version of larder (every run does, before it plans),
    // and drops claims finished more than kKeepFinishedSeconds ago.
    Result<void> checkIn(const QString& version);
    // Every host that checked in, by name, with what it holds and did by the database's clock.
    Result<QList<FleetHost>> hosts() const;
    // This host waits for no server any more (its run ended).
    Result<void> stopWaiting();

private:
    Result<ClaimAnswer> claimLocked(const QString& job, const QString& server, int serverLimit,
                                    const QString& slot, const Backoff& backoff);
    // Whether a host that waited longer for server is to get its free place; records this host's
    // own wait when it has to wait.
    Result<QString> hostAhead(const QString& server, const QString& job);
    Result<void> markWaiting(const QString& server, const QString& job);
    // The state a finished attempt leaves its slot in, and whether it counts as a failure.
    static QString stateAfter(AttemptStatus status);
    // A statement on job's claim failed: what was being done, and the store's words.
    tl::unexpected<Error> failed(const QString& what, const QString& job, const QSqlError& error) const;

    History& m_history;
    int m_leaseSeconds;
};

} // namespace larder
