#pragma once

#include "base/Error.h"
#include "config/EngineKind.h"
#include "config/JobConfig.h"
#include "config/ServerConfig.h"
#include "history/HistoryRecord.h"
#include "postgres/PgDumpLocator.h"
#include "postgres/PgSession.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <optional>

class QThread;

namespace larder {

class History;

// Restores one dump into a database: checks the dump's checksum, creates the target database (or
// accepts an existing empty one, or cleans a non-empty one when asked), then runs pg_restore or
// psql as child processes that get the connection only through their environment. A server with
// engine = "mariadb" gets MariaDbRestore instead (a mariadb-dump script streamed through its guard
// into the mariadb client; no --clean, no --jobs). Asynchronous:
// start() returns at once; activity() streams the tool's lines, progress() counts TOC entries, and
// finished() is emitted exactly once.
class Restorer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Restorer)

public:
    enum class Kind { Custom, Directory, Tar, Plain, PlainGzip };

    struct Request
    {
        QString dumpPath;
        QString expectedSha256; // from history; empty: not checked
        ServerConfig server;
        QString targetDatabase;
        std::optional<QString> password; // nullopt: libpq's own lookup (~/.pgpass, peer)
        bool clean = false;              // restore over existing objects (archive formats only)
        int jobs = 1;                    // pg_restore -j (custom and directory formats only)
    };

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        // The target database may hold part of the dump: it was created or written to.
        bool targetTouched = false;
        QString error;
        qint64 durationMs = 0;
        int itemsDone = 0;
        int itemsTotal = 0; // TOC entries; 0 for plain dumps
        QString toolVersion;
    };

    explicit Restorer(Request request, QObject* parent = nullptr);
    ~Restorer() override;

    // By the dump's name (a directory is the directory format), else by its first bytes.
    static Result<Kind> detectKind(const QString& dumpPath);
    static QString kindName(Kind kind); // "custom", "directory", "tar", "plain", "plain (gzip)"
    // What the request asks that the dump's format cannot do (--clean for plain, -j for tar/plain).
    static Result<void> checkOptions(Kind kind, bool clean, int jobs);
    // The same for a dump restored to a server of engine (MariaDB dumps take neither option).
    static Result<void> checkOptions(EngineKind engine, Kind kind, bool clean, int jobs);
    // dumpPath must exist and lie inside the job's directory once cleaned and with symlinks
    // resolved; returns the canonical path.
    static Result<QString> checkDumpPath(const JobConfig& job, const QString& dumpPath);
    // The newest successful dump of the job that started at or before atUtc (any time if invalid)
    // and is still on disk.
    static Result<HistoryRecord> chooseDump(const History& history, const QString& job,
                                            const QDateTime& atUtc);
    // The history row of the dump at canonicalPath, if any.
    static std::optional<HistoryRecord> findRecord(const History& history, const QString& job,
                                                   const QString& canonicalPath);
    // "2026-11-20T03:00:00Z", "2026-11-20T03:00:00+01:00", or local "2026-11-20 03:00[:ss]".
    static Result<QDateTime> parseTime(const QString& text);
    // What a globals dump (pg_dumpall --globals-only) would create: "roles a, b; tablespaces c", read
    // from its CREATE ROLE / CREATE TABLESPACE lines.
    static QString globalsSummary(const QString& dumpPath);
    // Compares the dump (for a directory: its .sha256 manifest, and every file listed) with sha256.
    static Result<void> checkChecksum(const QString& dumpPath, const QString& sha256);

    void start();
    // Stops the running tool (SIGTERM to its process group, SIGKILL after a grace period).
    void cancel();
    const Request& request() const { return m_request; }

Q_SIGNALS:
    // What a user should read: Larder's notes, pg_restore's warnings and errors, psql's output.
    void activity(const QString& line);
    // pg_restore's narration of its work that progress() does not count.
    void detail(const QString& line);
    // One per TOC entry restored, with pg_restore's line for it ("creating TABLE ..."): the details
    // a listener shows in full or only counts. Not repeated as activity(). First (0, total, "").
    void progress(int done, int total, const QString& item);
    void finished(const larder::Restorer::Outcome& outcome);

private:
    enum class State { Created, Preparing, Restoring, Done };

    struct Preparation
    {
        std::optional<Error> error;
        bool targetTouched = false;
        Kind kind = Kind::Custom;
        bool superuser = false;
        PgDumpBinary tool;
        int tocEntries = 0;
        QStringList notes; // said as activity before the tool starts
    };

    static Preparation prepare(const Request& request, const Interrupt& interrupt);
    // The whole restore of a MariaDB dump on a worker thread (MariaDbRestore), then finish().
    void startMariaDb();
    void onPrepared(const Preparation& preparation);
    void startTool();
    // Output and errors wired; the caller sets the child up (PgConnection::setUpChild for a tool that
    // reaches the server, ProcessGroup::setUp for gzip).
    QProcess* newProcess();
    void onOutput(QProcess* process, QProcess::ProcessChannel channel);
    void takeLine(const QString& line);
    void onToolFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess* process, QProcess::ProcessError error);
    void signalProcesses(int signalNumber);
    QString errorSummary() const;
    // A plain dump's owner statements failed: the role may not give objects to others.
    bool ownershipFailed() const;
    void finish(Outcome outcome);
    void fail(const QString& message);

    Request m_request;
    State m_state = State::Created;
    bool m_cancelled = false;
    Preparation m_preparation;
    QProcess* m_gzip = nullptr; // only for .sql.gz: gzip -dc | psql
    QProcess* m_tool = nullptr;
    QHash<QProcess*, QByteArray> m_buffers;
    QStringList m_tail;
    QString m_gzipError;
    int m_done = 0;
    QElapsedTimer m_clock;
    QTimer m_killTimer;
    bool m_finishing = false;
    Interrupt m_interrupt = makeInterrupt(); // stops preparation's statement or tool
    QPointer<QThread> m_worker;
};

} // namespace larder
