// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DumpVerifier.h"

#include "base/LogCategories.h"
#include "engine/DatabaseEngine.h"
#include "history/History.h"
#include "verify/Verifier.h"

#include <QDateTime>
#include <QThread>

namespace larder {

DumpVerifier::DumpVerifier(std::shared_ptr<const DatabaseEngine> engine, QObject* parent)
    : QObject(parent), m_engine(std::move(engine))
{}

DumpVerifier::~DumpVerifier()
{
    if (m_thread) {
        m_interrupt->store(true);
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
    }
}

bool DumpVerifier::start(const QString& historyPath, const HistoryRecord& dump)
{
    if (m_thread)
        return false;
    m_attemptId = dump.id;
    m_outcome = Outcome{};
    m_outcome.attemptId = dump.id;
    m_outcome.path = dump.path;
    // The worker touches only its copies and m_outcome, which nobody reads until it has finished.
    m_interrupt = makeInterrupt();
    Verifier::Limits limits;
    limits.interrupt = m_interrupt;
    m_thread = QThread::create([engine = m_engine, historyPath, dump, limits, outcome = &m_outcome] {
        Result<std::unique_ptr<History>> history = History::open(historyPath);
        if (!history) {
            const Verifier::Finding finding = Verifier::verify(*engine, dump, limits);
            outcome->status = finding.status;
            outcome->detail = finding.detail;
            outcome->recordError = history.error().message;
        } else {
            const Verifier::Recorded verified = Verifier::verifyAndRecord(*engine, **history, dump, limits);
            outcome->status = verified.finding.status;
            outcome->detail = verified.finding.detail;
            outcome->recordError = verified.recordError;
        }
        // Stopped: verifyAndRecord recorded nothing, and what it found is only that it was stopped.
        if (limits.interrupt->load()) {
            outcome->status = QStringLiteral("cancelled");
            outcome->recordError.clear();
        }
    });
    m_thread->setObjectName(QStringLiteral("larder-verify"));
    connect(m_thread, &QThread::finished, this, &DumpVerifier::onThreadFinished);
    m_thread->start(QThread::LowPriority);
    return true;
}

void DumpVerifier::cancel()
{
    if (m_thread)
        m_interrupt->store(true);
}

void DumpVerifier::onThreadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_attemptId = 0;
    if (!m_outcome.recordError.isEmpty())
        qCWarning(lcHistory) << "cannot record the verification of" << m_outcome.path << ":"
                             << m_outcome.recordError;
    const Outcome outcome = m_outcome;
    Q_EMIT finished(outcome);
}

} // namespace larder
