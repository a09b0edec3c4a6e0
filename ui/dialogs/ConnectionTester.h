#pragma once

#include "ServerConfig.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <optional>

namespace larder {

// Connects to a server and picks its pg_dump on a worker thread (libpq and `pg_dump --version` block),
// then reports one sentence. Dropping the tester (dialog closed) abandons the result: the thread ends
// on its own within the connect timeout and cleans up after itself.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Ignored while a test runs. pgDumpPath is the configured pg_dump (empty: pick by version).
    void start(const ServerConfig& server, const QString& dbname, const std::optional<QString>& password,
               const QString& pgDumpPath);
    // Stops waiting for the current test; its result is dropped.
    void cancel();

Q_SIGNALS:
    // "PostgreSQL 15.4 — pg_dump 15.4 at PATH will be used", or the error from libpq or the locator.
    void finished(bool ok, const QString& message);

private:
    struct Outcome;

    QPointer<QThread> m_thread;
};

} // namespace larder
