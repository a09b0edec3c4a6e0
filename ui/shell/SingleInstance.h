#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace larder {

// One desktop app per user and config file. The first instance listens on a local socket named
// after the user id and a hash of the config path; a later launch finds it, sends "raise" with its
// --config, and exits. A socket file left by a crashed instance is removed when nothing answers.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role { Primary, Secondary, Failed };

    explicit SingleInstance(const QString& configPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Runs once, before the event loop: the secondary's short connect-and-write happens while no
    // window exists yet, so it blocks nothing a person sees. Failed: neither could listen nor reach a
    // primary (errorString); the app then runs without the single-instance guard.
    Role start();
    QString serverName() const { return m_serverName; }
    QString errorString() const { return m_error; }

    static QString serverNameFor(const QString& configPath);

Q_SIGNALS:
    // A later launch asked to be shown instead; configPath is what it was started with.
    void raiseRequested(const QString& configPath);

private:
    void onNewConnection();
    void readRequests(QLocalSocket* socket);

    QString m_configPath;
    QString m_serverName;
    QString m_error;
    QLocalServer* m_server = nullptr;
};

} // namespace larder
