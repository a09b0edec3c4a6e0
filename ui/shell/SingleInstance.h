// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace larder {

// One desktop app per user and config file. The first instance listens on a local socket named
// after the user id and a hash of the config path; a later launch finds it, sends "raise" with its
// --config, and exits. A socket file left by a crashed instance is removed when nothing answers.
// The socket lives in a directory only the user can write to (socketDirectory()), not in /tmp where
// another user could take its name first.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role { Primary, Secondary, Failed };

    explicit SingleInstance(const QString& configPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Runs once, before the event loop: the secondary's short connect-and-write happens while no
    // window exists yet, so it blocks nothing a person sees. Failed: no safe socket directory, or
    // neither could listen nor reach a primary (errorString); the app then runs without the
    // single-instance guard.
    Role start();
    // The socket's full path; empty when there is no safe directory for it.
    QString serverName() const { return m_serverName; }
    QString errorString() const { return m_error; }

    // The socket's file name, unique per user and config file.
    static QString serverNameFor(const QString& configPath);
    // $XDG_RUNTIME_DIR, else "larder" in the user's cache directory (created 0700). An error when it
    // belongs to someone else or others can write to it: they could pose as the first instance.
    static Result<QString> socketDirectory();

Q_SIGNALS:
    // A later launch asked to be shown instead; configPath is what it was started with.
    void raiseRequested(const QString& configPath);

private:
    static Result<void> checkOnlyOurs(const QString& directory);
    void onNewConnection();
    void readRequests(QLocalSocket* socket);

    QString m_configPath;
    QString m_serverName;
    QString m_error;
    QLocalServer* m_server = nullptr;
};

} // namespace larder
