// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The status channel with real sockets and real processes: a real `larder run` (as cron starts it)
// whose dump waits for a table lock, watched from this process; many watchers; a watcher that never
// reads; watchers of another user (root runs a client as nobody); and the rule for the socket path.

#include "BackupFixture.h"
#include "CliRunner.h"
#include "FakePipeline.h"
#include "PgCluster.h"
#include "ResultAssert.h"
#include "TableLock.h"
#include "live/LiveRun.h"
#include "status/LiveChannel.h"
#include "status/LiveChannelServer.h"
#include "status/LiveChannelWatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace larder;

namespace {

constexpr int kWaitMs = 30'000;
constexpr int kLarderTimeoutMs = 120'000;
const QString kBlockerApp = QStringLiteral("larder-livechannel-blocker");
const QString kPython = QStringLiteral("/usr/bin/python3");

// A client of the channel as another program would write it: connects, then either never reads
// (argument "stall", printing "connected") or reads to the end and prints how many bytes came.
// Exit 3: the connection itself was refused.
const QString kClientScript = QStringLiteral("import socket, sys, time\n"
                                             "s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
                                             "try:\n"
                                             "    s.connect(sys.argv[1])\n"
                                             "except OSError as e:\n"
                                             "    print('refused', e.errno, flush=True)\n"
                                             "    sys.exit(3)\n"
                                             "if sys.argv[2] == 'stall':\n"
                                             "    print('connected', flush=True)\n"
                                             "    time.sleep(600)\n"
                                             "s.settimeout(20)\n"
                                             "total = 0\n"
                                             "while True:\n"
                                             "    try:\n"
                                             "        chunk = s.recv(65536)\n"
                                             "    except OSError:\n"
                                             "        break\n"
                                             "    if not chunk:\n"
                                             "        break\n"
                                             "    total += len(chunk)\n"
                                             "print('bytes', total, flush=True)\n");

int fileMode(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Every state a watcher received, and whether it saw the publisher go.
struct Received
{
    QList<LiveRunState> states;
    int disconnects = 0;
    QStringList failures;

    bool sawFinalState() const { return !states.isEmpty() && states.last().over; }
};

void record(LiveChannelWatcher& watcher, Received& received)
{
    QObject::connect(&watcher, &LiveChannelWatcher::stateReceived, &watcher,
                     [&received](const LiveRunState& state) { received.states.append(state); });
    QObject::connect(&watcher, &LiveChannelWatcher::disconnected, &watcher,
                     [&received] { ++received.disconnects; });
    QObject::connect(&watcher, &LiveChannelWatcher::failed, &watcher,
                     [&received](const QString& message) { received.failures.append(message); });
}

bool isRunning(const LiveRunState& state, const QString& job)
{
    return std::any_of(state.running.cbegin(), state.running.cend(),
                       [&job](const LiveDump& dump) { return dump.job == job; });
}

} // namespace

class TestLiveChannel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void socketPath_besideTheHistoryWhenShortElseInTheUsersOwnDirectory();
    void read_refusesAnotherVersionAndTheWatcherSaysWhy();
    void listen_worksAtTheLongestPathBesideTheHistory();

    void cronRun_watchersSeeItStartThenASnapshotMidRunThenUpdatesAndTheFinalState();
    void cronRun_twentyWatchersAtOnceEachGetTheFinalState();
    void cronRun_aWatcherThatNeverReadsDoesNotStopTheDump();
    void stalledWatcher_itsBufferStaysBoundedAndFramesAreDropped();
    void otherUser_isRefusedBySocketModeAndByUid();
    void killedRun_itsSocketFileIsReplacedByTheNextRun();

private:
    std::unique_ptr<QProcess> startBlockedRun(TableLock& blocker);
    CliResult releaseAndFinish(TableLock& blocker, QProcess& run);
    // Waits until a "stall" client has connected; false (with what it said) if it ended first.
    static bool waitForStall(QProcess& client);
    std::unique_ptr<QProcess> startClient(const QString& socketPath, const QString& mode,
                                          const QStringList& asUser = {});

    QString m_password;
    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_history;
    QString m_dumpDir;
    QString m_passFile;
    std::vector<std::unique_ptr<QProcess>> m_clients; // killed in cleanup()
};

void TestLiveChannel::initTestCase()
{
    BackupFixture::isolateFromPgEnvironment();
    auto cluster = PgCluster::start();
    QVERIFY_RESULT(cluster);
    m_cluster = std::move(*cluster);
    m_password = QStringLiteral("channel-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY_RESULT(BackupFixture::createRoleWithDatabases(
        *m_cluster, QStringLiteral("backup"), m_password,
        {{QStringLiteral("app"), BackupFixture::filledTableSql(QStringLiteral("items"), 20000)}}));
}

void TestLiveChannel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    m_history = m_dir->filePath(QStringLiteral("history.sqlite"));
    m_dumpDir = m_dir->filePath(QStringLiteral("dumps"));
    m_passFile = m_dir->filePath(QStringLiteral("pgpass"));
    QVERIFY_RESULT(
        BackupFixture::writePassFile(m_passFile, *m_cluster, QStringLiteral("backup"), m_password));
    const QString text = BackupFixture::configHead(m_dumpDir, m_history, QStringLiteral("manual"),
                                                   m_cluster->port(), QStringLiteral("backup")) +
                         QStringLiteral("\n[databases.app]\nserver = \"main\"\n");
    QVERIFY_RESULT(BackupFixture::writeFileAtomically(m_config, text.toUtf8()));
}

void TestLiveChannel::cleanup()
{
    for (const auto& client : m_clients) {
        client->kill();
        client->waitForFinished(10'000);
    }
    m_clients.clear();
    m_dir.reset();
}

std::unique_ptr<QProcess> TestLiveChannel::startBlockedRun(TableLock& blocker)
{
    if (!QTest::qWaitFor([&blocker] { return blocker.isHeld(); }, kWaitMs)) {
        qWarning("%s", qPrintable(blocker.output()));
        return nullptr;
    }
    const CliRunner larder =
        CliRunner::hermetic(QStringLiteral(LARDER_EXECUTABLE), m_dir->path(), m_passFile);
    auto run = larder.start(CliRunner::withConfig(m_config, {QStringLiteral("run"), QStringLiteral("app")}));
    if (!blocker.waitForBlockedDump(*run, m_dumpDir, kWaitMs)) {
        qWarning("%s", qPrintable(CliRunner::finish(*run, 10'000).describe()));
        return nullptr;
    }
    return run;
}

CliResult TestLiveChannel::releaseAndFinish(TableLock& blocker, QProcess& run)
{
    blocker.release();
    return CliRunner::finish(run, kLarderTimeoutMs);
}

std::unique_ptr<QProcess> TestLiveChannel::startClient(const QString& socketPath, const QString& mode,
                                                       const QStringList& asUser)
{
    auto client = std::make_unique<QProcess>();
    const QStringList python{kPython, QStringLiteral("-c"), kClientScript, socketPath, mode};
    if (asUser.isEmpty()) {
        client->setProgram(python.first());
        client->setArguments(python.mid(1));
    } else {
        client->setProgram(asUser.first());
        client->setArguments(asUser.mid(1) + python);
    }
    client->start();
    return client;
}

bool TestLiveChannel::waitForStall(QProcess& client)
{
    QByteArray said;
    const bool connected = QTest::qWaitFor(
        [&client, &said] {
            said += client.readAllStandardOutput();
            return said.contains("connected") || client.state() == QProcess::NotRunning;
        },
        kWaitMs);
    if (connected && said.contains("connected"))
        return true;
    qWarning("the client did not connect: %s %s (%s)", said.constData(),
             client.readAllStandardError().constData(), qPrintable(client.errorString()));
    return false;
}

void TestLiveChannel::socketPath_besideTheHistoryWhenShortElseInTheUsersOwnDirectory()
{
    const QString shortHistory = m_dir->filePath(QStringLiteral("h.sqlite"));
    QCOMPARE(LiveChannel::socketPath(shortHistory).value(), shortHistory + QStringLiteral(".live"));
    // The run lock's neighbour: "<history>.lock" and "<history>.live".
    QCOMPARE(LiveChannel::besideHistory(QStringLiteral("/var/lib/larder/history.sqlite")),
             QStringLiteral("/var/lib/larder/history.sqlite.live"));

    const QString deep = m_dir->filePath(QString(60, QLatin1Char('d')) + QLatin1Char('/') +
                                         QString(60, QLatin1Char('e')) + QStringLiteral("/history.sqlite"));
    const Result<QString> fallback = LiveChannel::socketPath(deep);
    QVERIFY_RESULT(fallback);
    const QString userDir = QStringLiteral("/tmp/larder-%1").arg(::geteuid());
    QCOMPARE(QFileInfo(*fallback).absolutePath(), userDir);
    QVERIFY(QFile::encodeName(*fallback).size() <= LiveChannel::kMaxPathBytes);
    QCOMPARE(fileMode(userDir), 0700);
    // Deterministic for one history, different for another, whatever the environment says.
    qputenv("XDG_RUNTIME_DIR", "/nonexistent");
    QCOMPARE(LiveChannel::socketPath(deep).value(), *fallback);
    qunsetenv("XDG_RUNTIME_DIR");
    QVERIFY(LiveChannel::socketPath(deep + QLatin1Char('2')).value() != *fallback);
    // A relative path names the same history as its absolute form.
    const QString current = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const QString relative = LiveChannel::socketPath(QStringLiteral("h.sqlite")).value();
    QVERIFY(QDir::setCurrent(current));
    QCOMPARE(relative, shortHistory + QStringLiteral(".live"));
}

void TestLiveChannel::listen_worksAtTheLongestPathBesideTheHistory()
{
    // A directory name that makes "<history>.live" exactly as long as the rule allows.
    const QString tail = QStringLiteral("/h.sqlite.live");
    const int room =
        LiveChannel::kMaxPathBytes - int(QFile::encodeName(m_dir->path()).size()) - 1 - int(tail.size());
    if (room < 1)
        QSKIP("the temporary directory's path is too long to try the longest path beside the history");
    const QString directory = m_dir->filePath(QString(room, QLatin1Char('d')));
    QVERIFY(QDir().mkpath(directory));
    const QString history = directory + QStringLiteral("/h.sqlite");
    QCOMPARE(LiveChannel::socketPath(history).value(), history + QStringLiteral(".live"));
    QCOMPARE(QFile::encodeName(history + QStringLiteral(".live")).size(),
             qsizetype(LiveChannel::kMaxPathBytes));

    FakePipeline pipeline;
    LiveRun live(m_config, 1, {});
    live.follow(pipeline);
    LiveChannelServer server(live, history);
    QVERIFY_RESULT(server.listen());
    LiveChannelWatcher watcher(history);
    Received received;
    record(watcher, received);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(received.states.size(), 1, kWaitMs);
    // One byte more and the socket moves to the user's own directory.
    QVERIFY(LiveChannel::socketPath(directory + QStringLiteral("/hh.sqlite"))
                .value()
                .startsWith(QStringLiteral("/tmp/larder-")));
}

void TestLiveChannel::read_refusesAnotherVersionAndTheWatcherSaysWhy()
{
    LiveRunState state;
    state.configPath = QStringLiteral("/etc/larder/larder.toml");
    state.due = 2;
    const QByteArray line = LiveChannel::frame(state);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(LiveChannel::read(line.chopped(1)).value(), state);
    QJsonObject message = QJsonDocument::fromJson(line).object();
    QCOMPARE(message.value(QStringLiteral("v")).toInt(), 1);
    QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("state"));
    message.insert(QStringLiteral("v"), 2);
    const QByteArray newer = QJsonDocument(message).toJson(QJsonDocument::Compact);
    const Result<LiveRunState> refused = LiveChannel::read(newer);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("version 2")),
             qPrintable(refused.error().message));

    // A publisher of another version: the watcher says why and drops it.
    QLocalServer server;
    QVERIFY(server.listen(LiveChannel::socketPath(m_history).value()));
    connect(&server, &QLocalServer::newConnection, &server, [&server, &newer] {
        QLocalSocket* socket = server.nextPendingConnection();
        socket->write(newer + '\n');
    });
    LiveChannelWatcher watcher(m_history);
    Received received;
    record(watcher, received);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(received.failures.size(), 1, kWaitMs);
    QVERIFY2(received.failures.first().contains(QLatin1String("version 2")),
             qPrintable(received.failures.first()));
    QVERIFY(received.states.isEmpty());
}

void TestLiveChannel::cronRun_watchersSeeItStartThenASnapshotMidRunThenUpdatesAndTheFinalState()
{
    // Watching before any run publishes: it keeps trying, and connects when the run starts.
    LiveChannelWatcher early(m_history);
    Received fromStart;
    record(early, fromStart);
    early.start();
    QTest::qWait(2 * LiveChannelWatcher::kRetryMs);
    QVERIFY(!early.isConnected());

    TableLock blocker(*m_cluster, QStringLiteral("app"), QStringLiteral("items"), kBlockerApp);
    const std::unique_ptr<QProcess> run = startBlockedRun(blocker);
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(
        !fromStart.states.isEmpty() && isRunning(fromStart.states.last(), QStringLiteral("app")), kWaitMs);
    const QString socketPath = LiveChannel::socketPath(m_history).value();
    QCOMPARE(fileMode(socketPath), 0600);

    // Connecting mid-run: the first message is a snapshot of the run as it is.
    LiveChannelWatcher late(m_history);
    Received midRun;
    record(late, midRun);
    late.start();
    QTRY_VERIFY_WITH_TIMEOUT(!midRun.states.isEmpty(), kWaitMs);
    const LiveRunState& snapshot = midRun.states.first();
    QVERIFY(isRunning(snapshot, QStringLiteral("app")));
    QCOMPARE(snapshot.due, 1);
    QCOMPARE(QFileInfo(snapshot.configPath).fileName(), QStringLiteral("larder.toml"));
    QCOMPARE(snapshot.serverLimits.value(QStringLiteral("main")), 1);
    QVERIFY(!snapshot.over);

    const CliResult result = releaseAndFinish(blocker, *run);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    for (const Received* received : {&fromStart, &midRun}) {
        QTRY_COMPARE_WITH_TIMEOUT(received->disconnects, 1, kWaitMs);
        QVERIFY2(received->states.size() >= 2, "a snapshot, then updates");
        QVERIFY(received->sawFinalState());
        const LiveRunState& last = received->states.last();
        QVERIFY(last.running.isEmpty());
        QCOMPARE(last.finished.size(), 1);
        QCOMPARE(last.finished.first().job, QStringLiteral("app"));
        QCOMPARE(last.finished.first().state, JobState::Succeeded);
        QVERIFY(last.finished.first().bytes > 0);
        QVERIFY(received->failures.isEmpty());
    }
    // The run removed its socket; the watchers wait for the next one.
    QVERIFY(!QFileInfo::exists(socketPath));
    QVERIFY(!early.isConnected());
}

void TestLiveChannel::cronRun_twentyWatchersAtOnceEachGetTheFinalState()
{
    TableLock blocker(*m_cluster, QStringLiteral("app"), QStringLiteral("items"), kBlockerApp);
    const std::unique_ptr<QProcess> run = startBlockedRun(blocker);
    QVERIFY(run);
    std::vector<std::unique_ptr<LiveChannelWatcher>> watchers;
    std::vector<Received> received(20);
    for (Received& each : received) {
        watchers.push_back(std::make_unique<LiveChannelWatcher>(m_history));
        record(*watchers.back(), each);
        watchers.back()->start();
    }
    const auto allSawIt = [&received] {
        return std::all_of(received.cbegin(), received.cend(), [](const Received& each) {
            return !each.states.isEmpty() && isRunning(each.states.first(), QStringLiteral("app"));
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allSawIt(), kWaitMs);

    const CliResult result = releaseAndFinish(blocker, *run);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const auto allSawTheEnd = [&received] {
        return std::all_of(received.cbegin(), received.cend(), [](const Received& each) {
            return each.disconnects == 1 && each.sawFinalState();
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allSawTheEnd(), kWaitMs);
}

void TestLiveChannel::cronRun_aWatcherThatNeverReadsDoesNotStopTheDump()
{
    TableLock blocker(*m_cluster, QStringLiteral("app"), QStringLiteral("items"), kBlockerApp);
    const std::unique_ptr<QProcess> run = startBlockedRun(blocker);
    QVERIFY(run);
    const QString socketPath = LiveChannel::socketPath(m_history).value();
    m_clients.push_back(startClient(socketPath, QStringLiteral("stall")));
    QProcess& stalled = *m_clients.back();
    QVERIFY(waitForStall(stalled));
    // And one that reads, beside it.
    LiveChannelWatcher reader(m_history);
    Received received;
    record(reader, received);
    reader.start();
    QTRY_VERIFY_WITH_TIMEOUT(!received.states.isEmpty(), kWaitMs);

    const CliResult result = releaseAndFinish(blocker, *run);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.errText().isEmpty() || !result.errText().contains(QLatin1String("FAILED")),
             qPrintable(result.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(received.sawFinalState() && received.disconnects == 1, kWaitMs);
    // The stalled client is still there, connected to nothing: the run did not wait for it.
    QCOMPARE(stalled.state(), QProcess::Running);
}

void TestLiveChannel::stalledWatcher_itsBufferStaysBoundedAndFramesAreDropped()
{
    FakePipeline pipeline;
    LiveRun live(m_config, 1, {});
    live.follow(pipeline);
    LiveChannelServer server(live, m_history);
    QVERIFY_RESULT(server.listen());
    m_clients.push_back(startClient(server.socketPath(), QStringLiteral("stall")));
    QProcess& stalled = *m_clients.back();
    QVERIFY(waitForStall(stalled));
    QTRY_COMPARE_WITH_TIMEOUT(server.watcherCount(), 1, kWaitMs);

    // Frames of about 20 x 8 KiB: a few fill what the kernel and the watcher's buffer hold.
    const QString longLine(8 * 1024, QLatin1Char('x'));
    int sent = 0;
    while (server.droppedFrames() < 5 && sent < 200) {
        for (int line = 0; line < LiveRunState::kActivityLines; ++line)
            Q_EMIT pipeline.jobActivity(QStringLiteral("app"), longLine + QString::number(sent), false);
        ++sent;
        QTest::qWait(LiveChannel::kCoalesceMs + 50);
    }
    QVERIFY2(server.droppedFrames() >= 5, qPrintable(QStringLiteral("%1 frames, none dropped").arg(sent)));
    QVERIFY2(server.maxBufferedBytes() <= LiveChannelServer::kMaxBufferedBytes,
             qPrintable(QString::number(server.maxBufferedBytes())));
    QVERIFY(server.maxBufferedBytes() > 0);
    // finish() returns without waiting for it.
    server.finish();
    QCOMPARE(server.watcherCount(), 0);
    QVERIFY(!QFileInfo::exists(server.socketPath()));
}

void TestLiveChannel::otherUser_isRefusedBySocketModeAndByUid()
{
    if (::geteuid() != 0)
        QSKIP("needs root, to run a client as another user (nobody)");
    if (!QFileInfo(kPython).isExecutable())
        QSKIP("needs /usr/bin/python3 for the other user's client");
    const QStringList asNobody{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("nobody"),
                               QStringLiteral("--")};
    // nobody may enter the directory: only the socket's own mode and the uid check stand in the way.
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                     QFile::ReadOther | QFile::ExeOther | QFile::ExeGroup |
                                                     QFile::ReadGroup));
    {
        auto probe = startClient(QStringLiteral("/nonexistent"), QStringLiteral("read"), asNobody);
        QVERIFY(probe->waitForFinished(kWaitMs));
        if (probe->exitCode() != 3)
            QSKIP(qPrintable(QStringLiteral("cannot run a client as nobody: %1")
                                 .arg(QString::fromUtf8(probe->readAllStandardError()))));
    }

    FakePipeline pipeline;
    LiveRun live(m_config, 1, {});
    live.follow(pipeline);
    LiveChannelServer server(live, m_history);
    QVERIFY_RESULT(server.listen());
    QCOMPARE(fileMode(server.socketPath()), 0600);

    // The socket's mode: nobody cannot even connect.
    auto byMode = startClient(server.socketPath(), QStringLiteral("read"), asNobody);
    QVERIFY(QTest::qWaitFor([&byMode] { return byMode->state() == QProcess::NotRunning; }, kWaitMs));
    QCOMPARE(byMode->exitCode(), 3);
    QVERIFY(byMode->readAllStandardOutput().startsWith("refused 13")); // EACCES
    QCOMPARE(server.refusedWatchers(), 0);

    // With the mode opened up, the uid check: connected, refused, nothing sent.
    QVERIFY(::chmod(QFile::encodeName(server.socketPath()).constData(), 0666) == 0);
    auto byUid = startClient(server.socketPath(), QStringLiteral("read"), asNobody);
    QVERIFY(QTest::qWaitFor([&byUid] { return byUid->state() == QProcess::NotRunning; }, kWaitMs));
    const QByteArray said = byUid->readAllStandardOutput();
    QCOMPARE(byUid->exitCode(), 0);
    QCOMPARE(said.trimmed(), QByteArray("bytes 0"));
    QCOMPARE(server.refusedWatchers(), 1);
    QCOMPARE(server.watcherCount(), 0);

    // The owner, the same way, is served.
    auto owner = startClient(server.socketPath(), QStringLiteral("read"));
    QTRY_COMPARE_WITH_TIMEOUT(server.watcherCount(), 1, kWaitMs);
    server.finish();
    QVERIFY(owner->waitForFinished(kWaitMs));
    QVERIFY2(owner->readAllStandardOutput().startsWith("bytes "), "the owner's client read the snapshot");
    QCOMPARE(server.refusedWatchers(), 1);
}

void TestLiveChannel::killedRun_itsSocketFileIsReplacedByTheNextRun()
{
    TableLock blocker(*m_cluster, QStringLiteral("app"), QStringLiteral("items"), kBlockerApp);
    std::unique_ptr<QProcess> run = startBlockedRun(blocker);
    QVERIFY(run);
    const QString socketPath = LiveChannel::socketPath(m_history).value();
    QVERIFY(QFileInfo::exists(socketPath));
    run->kill();
    QVERIFY(run->waitForFinished(kWaitMs));
    blocker.release();
    // SIGKILL left the socket file behind, and no one listens on it.
    QVERIFY(QFileInfo::exists(socketPath));

    LiveChannelWatcher watcher(m_history);
    Received received;
    record(watcher, received);
    watcher.start();
    TableLock again(*m_cluster, QStringLiteral("app"), QStringLiteral("items"), kBlockerApp);
    const std::unique_ptr<QProcess> next = startBlockedRun(again);
    QVERIFY(next);
    QTRY_VERIFY_WITH_TIMEOUT(!received.states.isEmpty(), kWaitMs);
    const CliResult result = releaseAndFinish(again, *next);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(received.sawFinalState(), kWaitMs);
}

QTEST_GUILESS_MAIN(TestLiveChannel)
#include "tst_livechannel.moc"
