// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/CredentialStore.h"

#include "base/LogCategories.h"
#include "base/Message.h"

#include <QAbstractEventDispatcher>
#include <QEventLoop>
#include <QFileInfo>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <atomic>
#include <memory>

namespace larder {

namespace {

// Long enough for a user to answer an unlock prompt, short enough that cron does not stall forever.
constexpr int kJobTimeoutMs = 30 * 1000;

enum class Failure {
    None,
    NotFound,
    Unreachable,
    Refused,
    TimedOut,
    WrongThread,
};

struct JobResult
{
    Failure failure = Failure::None;
    QString message; // QtKeychain's text; never contains the secret
};

// QtKeychain reports a missing session bus / secret service as OtherError with the D-Bus or libsecret
// text, so recognise those by their wording.
bool looksUnreachable(const QString& message)
{
    static const QStringList markers = {
        QStringLiteral("Could not connect"),       // GDBus: bus address points nowhere
        QStringLiteral("autolaunch"),              // GDBus: no bus and no $DISPLAY
        QStringLiteral("dbus-launch"),             // GDBus: autolaunch helper missing or failing
        QStringLiteral("message bus"),             // GDBus: cannot spawn a bus
        QStringLiteral("D-Bus"),                   // QtKeychain's KWallet path: "D-Bus is not running"
        QStringLiteral("org.freedesktop.secrets"), // bus but no Secret Service provider
        QStringLiteral("ServiceUnknown"),
        QStringLiteral("Could not open wallet"),
        QStringLiteral("No keyring daemon"),
        QStringLiteral("No keychain service"),
    };
    for (const QString& marker : markers) {
        if (message.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Failure classify(QKeychain::Error error, const QString& message)
{
    switch (error) {
    case QKeychain::NoError:
        return Failure::None;
    case QKeychain::EntryNotFound:
        return Failure::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Failure::Unreachable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        return Failure::Refused;
    case QKeychain::OtherError:
        break;
    }
    return looksUnreachable(message) ? Failure::Unreachable : Failure::Refused;
}

// Runs the job to completion in a local event loop, so it works before QCoreApplication::exec().
// On timeout the job is released to delete itself when QtKeychain finally answers, because
// libsecret's pending callback still points into it; `job` is then null.
// Why no Secret Service or KWallet can answer here, without asking: both live on the D-Bus session
// bus, which GDBus finds through DBUS_SESSION_BUS_ADDRESS, $XDG_RUNTIME_DIR/bus, or by starting one
// for an X11 $DISPLAY. Cron has none of them; asking anyway loads libsecret, GLib's GIO and friends
// and fails a few milliseconds later, in every run.
QString missingSessionBus()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !qEnvironmentVariableIsEmpty("DISPLAY"))
        return QString();
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/bus")))
        return QString();
    return CredentialStore::tr("no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS and DISPLAY are not set and "
                               "there is no $XDG_RUNTIME_DIR/bus");
#else
    return QString();
#endif
}

template <typename JobT>
JobResult runJob(std::unique_ptr<JobT>& job)
{
    if (QCoreApplication::instance() == nullptr || QThread::currentThread() != qApp->thread())
        return {Failure::WrongThread, {}};
    if (const QString missing = missingSessionBus(); !missing.isEmpty())
        return {Failure::Unreachable, missing};
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // libsecret answers through the GLib main context; without it every call would sit out the timeout.
    const QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
    if (dispatcher == nullptr || !dispatcher->inherits("QEventDispatcherGlib"))
        return {Failure::Unreachable,
                QStringLiteral("Qt's event loop is not GLib-based (is QT_NO_GLIB set?), "
                               "so the Secret Service cannot answer")};
#endif
    // macOS: QtKeychain asks the Keychain (SecItem) on a dispatch queue and posts the answer to qApp,
    // which any Qt event loop on the main thread delivers.

    job->setAutoDelete(false);
    // Without this QtKeychain could write the password in plain text to a QSettings file.
    job->setInsecureFallback(false);

    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kJobTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!finished) {
        job->setAutoDelete(true);
        job.release();
        return {Failure::TimedOut, {}};
    }
    return {classify(job->error(), job->errorString()), job->errorString()};
}

// Where else a password may live: the engine's client reads it by itself.
QString passwordFile(EngineKind engine)
{
    return engine == EngineKind::MariaDB
               ? CredentialStore::tr("the [client] section of ~/.my.cnf (password=..., mode 0600)")
               : CredentialStore::tr("~/.pgpass (host:port:*:user:password, mode 0600)");
}

// What to do about a failed write or delete; `action` names the server and key.
QString failureText(const QString& action, const JobResult& result, EngineKind engine)
{
    switch (result.failure) {
    case Failure::None:
    case Failure::NotFound:
        break;
    case Failure::Unreachable:
        return CredentialStore::tr("%1: no OS keychain is reachable here (QtKeychain: %2). Put it in "
                                   "%3 instead, or run this from a desktop session")
            .arg(action, result.message, passwordFile(engine));
    case Failure::Refused:
        return CredentialStore::tr("%1: the OS keychain refused (QtKeychain: %2). Unlock the keychain or "
                                   "allow access, or put the password in %3")
            .arg(action, result.message, passwordFile(engine));
    case Failure::TimedOut:
        return CredentialStore::tr("%1: the OS keychain did not answer within %2 s. Answer its unlock "
                                   "prompt and retry, or put the password in %3")
            .arg(action)
            .arg(kJobTimeoutMs / 1000)
            .arg(passwordFile(engine));
    case Failure::WrongThread:
        return CredentialStore::tr("%1: the keychain can only be used from the application's main "
                                   "thread, after a QCoreApplication exists")
            .arg(action);
    }
    return action;
}

// Where a secret comes from when no keychain can hold it: the run's environment.
QString secretFallback(const QString& name)
{
    return CredentialStore::tr("or give the run the environment variable %1 instead (e.g. in a file that "
                               "systemd's EnvironmentFile= or cron reads, mode 0600)")
        .arg(CredentialStore::secretVariable(name));
}

// What to do about a failed write or delete of a secret; `action` names it.
QString secretFailureText(const QString& action, const QString& name, const JobResult& result)
{
    switch (result.failure) {
    case Failure::None:
    case Failure::NotFound:
        break;
    case Failure::Unreachable:
        return CredentialStore::tr("%1: no OS keychain is reachable here (QtKeychain: %2). Run this from a "
                                   "desktop session, %3")
            .arg(action, result.message, secretFallback(name));
    case Failure::Refused:
        return CredentialStore::tr("%1: the OS keychain refused (QtKeychain: %2). Unlock the keychain or "
                                   "allow access, %3")
            .arg(action, result.message, secretFallback(name));
    case Failure::TimedOut:
        return CredentialStore::tr("%1: the OS keychain did not answer within %2 s. Answer its unlock "
                                   "prompt and retry, %3")
            .arg(action)
            .arg(kJobTimeoutMs / 1000)
            .arg(secretFallback(name));
    case Failure::WrongThread:
        return CredentialStore::tr("%1: the keychain can only be used from the application's main "
                                   "thread, after a QCoreApplication exists")
            .arg(action);
    }
    return action;
}

} // namespace

std::optional<QString> CredentialStore::readPassword(const ServerConfig& server) const
{
    const QString key = server.credentialKey();
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(serviceName());
    job->setKey(key);
    const JobResult result = runJob(job);

    switch (result.failure) {
    case Failure::None:
        qCDebug(lcCredentials) << "found a password in the OS keychain for" << key;
        return job->textData();
    case Failure::NotFound:
        qCDebug(lcCredentials) << "no password in the OS keychain for" << key
                               << "- the client's own lookup (~/.pgpass, PGPASSFILE; ~/.my.cnf) applies";
        return std::nullopt;
    case Failure::Unreachable: {
        // Normal under cron or SSH: say it once per process, not once per server.
        static std::atomic_bool said{false};
        if (!said.exchange(true)) {
            qCInfo(lcCredentials).noquote()
                << "the OS keychain is not reachable here (" + result.message +
                       "); the clients' own password lookup (~/.pgpass, PGPASSFILE; ~/.my.cnf) is used";
        } else {
            qCDebug(lcCredentials) << "OS keychain not reachable for" << key;
        }
        return std::nullopt;
    }
    case Failure::Refused:
        qCWarning(lcCredentials).noquote()
            << "the OS keychain refused the password for" << server.name << "(" + key + "):" << result.message
            << "- unlock the keychain or allow access; the client's own lookup (~/.pgpass, ~/.my.cnf) is "
               "used meanwhile";
        return std::nullopt;
    case Failure::TimedOut:
        qCWarning(lcCredentials).noquote()
            << "the OS keychain did not answer within" << kJobTimeoutMs / 1000 << "s for" << server.name
            << "(" + key +
                   "), perhaps waiting for an unlock prompt; the client's own lookup (~/.pgpass, ~/.my.cnf) "
                   "is used";
        return std::nullopt;
    case Failure::WrongThread:
        qCWarning(lcCredentials) << "CredentialStore used outside the application's main thread; the"
                                 << "keychain is not consulted for" << key;
        return std::nullopt;
    }
    return std::nullopt;
}

Result<void> CredentialStore::writePassword(const ServerConfig& server, const QString& password) const
{
    const QString key = server.credentialKey();
    auto job = std::make_unique<QKeychain::WritePasswordJob>(serviceName());
    job->setKey(key);
    job->setTextData(password);
    const JobResult result = runJob(job);

    if (result.failure == Failure::None) {
        qCInfo(lcCredentials) << "stored the password for" << key << "in the OS keychain";
        return {};
    }
    return makeError(failureText(tr("cannot store the password for %1 (%2)").arg(server.name, key), result,
                                 server.engine));
}

Result<void> CredentialStore::deletePassword(const ServerConfig& server) const
{
    const QString key = server.credentialKey();
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(serviceName());
    job->setKey(key);
    const JobResult result = runJob(job);

    // Nothing stored is already the state the caller asked for.
    if (result.failure == Failure::None || result.failure == Failure::NotFound) {
        // A locked keyring also answers "done" without removing anything, hence the hedge.
        qCInfo(lcCredentials) << "asked the OS keychain to remove the password for" << key;
        return {};
    }
    return makeError(failureText(tr("cannot delete the password for %1 (%2)").arg(server.name, key), result,
                                 server.engine));
}

Result<QString> CredentialStore::readSecret(const QString& name) const
{
    const QString variable = secretVariable(name);
    if (const QString value = qEnvironmentVariable(variable.toLatin1().constData()); !value.isEmpty()) {
        qCDebug(lcCredentials) << "secret" << name << "from the environment variable" << variable;
        return value;
    }
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(serviceName());
    job->setKey(secretKey(name));
    const JobResult result = runJob(job);

    // Kept language-neutral: a failed delivery's error goes to history (NotificationRecord).
    const char* const context = "CredentialStore";
    switch (result.failure) {
    case Failure::None:
        qCDebug(lcCredentials) << "secret" << name << "from the OS keychain";
        return job->textData();
    case Failure::NotFound:
        return makeError(
            Message(context,
                    QT_TRANSLATE_NOOP("CredentialStore", "secret %1 is not stored: run larder secret set %1, "
                                                         "or give the run the environment variable %2"))
                .arg(name)
                .arg(variable));
    case Failure::Unreachable:
        return makeError(Message(context, QT_TRANSLATE_NOOP(
                                              "CredentialStore",
                                              "secret %1: %2 is not set and no OS keychain is reachable here "
                                              "(%3): set %2 in the run's environment (e.g. systemd's "
                                              "EnvironmentFile=), or run larder secret set %1 where the "
                                              "run has a keychain (a desktop session)"))
                             .arg(name)
                             .arg(variable)
                             .arg(Message::plain(result.message)));
    case Failure::Refused:
        return makeError(
            Message(context, QT_TRANSLATE_NOOP("CredentialStore",
                                               "secret %1: %2 is not set and the OS keychain refused (%3): "
                                               "unlock the keychain or allow access, or set %2"))
                .arg(name)
                .arg(variable)
                .arg(Message::plain(result.message)));
    case Failure::TimedOut:
        return makeError(
            Message(context, QT_TRANSLATE_NOOP("CredentialStore",
                                               "secret %1: %2 is not set and the OS keychain did not answer "
                                               "within %3 s: unlock it, or set %2"))
                .arg(name)
                .arg(variable)
                .arg(qint64(kJobTimeoutMs / 1000)));
    case Failure::WrongThread:
        break;
    }
    return makeError(Message(context, QT_TRANSLATE_NOOP("CredentialStore",
                                                        "secret %1: %2 is not set, and the keychain can only "
                                                        "be used from the application's main thread"))
                         .arg(name)
                         .arg(variable));
}

Result<void> CredentialStore::writeSecret(const QString& name, const QString& value) const
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(serviceName());
    job->setKey(secretKey(name));
    job->setTextData(value);
    const JobResult result = runJob(job);
    if (result.failure == Failure::None) {
        qCInfo(lcCredentials) << "stored the secret" << name << "in the OS keychain";
        return {};
    }
    return makeError(secretFailureText(tr("cannot store the secret %1").arg(name), name, result));
}

Result<void> CredentialStore::deleteSecret(const QString& name) const
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(serviceName());
    job->setKey(secretKey(name));
    const JobResult result = runJob(job);
    if (result.failure == Failure::None || result.failure == Failure::NotFound) {
        qCInfo(lcCredentials) << "asked the OS keychain to remove the secret" << name;
        return {};
    }
    return makeError(secretFailureText(tr("cannot delete the secret %1").arg(name), name, result));
}

} // namespace larder
