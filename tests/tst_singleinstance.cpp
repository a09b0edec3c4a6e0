// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace larder;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void first_isPrimary_secondDeliversRaiseWithItsConfig();
    void afterPrimaryGoes_nextLaunchIsPrimary();
    void staleSocketFile_isRemovedAndPrimaryListens();
    void serverName_perUserAndConfig();
    void socket_livesInXdgRuntimeDir();
    void squatterInTmpWithTheOldName_hasNoEffect();
    void unsafeRuntimeDir_isRefusedAndTheAppRunsUnguarded_data();
    void unsafeRuntimeDir_isRefusedAndTheAppRunsUnguarded();
    void noRuntimeDir_usesAPrivateDirInTheUserCache_data();
    void noRuntimeDir_usesAPrivateDirInTheUserCache();

private:
    QString socketPath(const QString& name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_runtime; // $XDG_RUNTIME_DIR of each test
    QString m_config;
    QByteArray m_savedRuntimeDir;
    QByteArray m_savedCacheHome;
};

namespace {

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

bool isSocket(const QString& path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISSOCK(st.st_mode);
}

void restoreVariable(const char* name, const QByteArray& value)
{
    if (value.isNull())
        qunsetenv(name);
    else
        qputenv(name, value);
}

} // namespace

void TestSingleInstance::initTestCase()
{
    m_savedRuntimeDir = qgetenv("XDG_RUNTIME_DIR");
    m_savedCacheHome = qgetenv("XDG_CACHE_HOME");
}

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    m_runtime = std::make_unique<QTemporaryDir>();
    QVERIFY(m_runtime->isValid());
    QCOMPARE(modeOf(m_runtime->path()), 0700); // as logind makes /run/user/UID
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
    // Never the real ~/.cache, should a test fall back to it.
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("cache"))));
}

void TestSingleInstance::cleanup()
{
    restoreVariable("XDG_RUNTIME_DIR", m_savedRuntimeDir);
    restoreVariable("XDG_CACHE_HOME", m_savedCacheHome);
    m_runtime.reset();
    m_dir.reset();
}

void TestSingleInstance::cleanupTestCase()
{
    restoreVariable("XDG_RUNTIME_DIR", m_savedRuntimeDir);
    restoreVariable("XDG_CACHE_HOME", m_savedCacheHome);
}

QString TestSingleInstance::socketPath(const QString& name) const
{
    return QDir::cleanPath(m_runtime->path()) + QLatin1Char('/') + name;
}

void TestSingleInstance::first_isPrimary_secondDeliversRaiseWithItsConfig()
{
    SingleInstance first(m_config);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);

    // The second launch names the same file another way.
    SingleInstance second(m_dir->path() + QStringLiteral("/./larder.toml"));
    QCOMPARE(second.serverName(), first.serverName());
    QCOMPARE(second.start(), SingleInstance::Role::Secondary);

    QVERIFY(raised.wait(5000) || raised.count() == 1);
    QCOMPARE(raised.count(), 1);
    QCOMPARE(raised.at(0).at(0).toString(), m_dir->path() + QStringLiteral("/./larder.toml"));

    // A third launch is told the same, and the primary still answers.
    SingleInstance third(m_config);
    QCOMPARE(third.start(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(raised.count(), 2);
}

void TestSingleInstance::afterPrimaryGoes_nextLaunchIsPrimary()
{
    QString name;
    {
        SingleInstance first(m_config);
        QCOMPARE(first.start(), SingleInstance::Role::Primary);
        name = first.serverName();
        QVERIFY(isSocket(name));
    }
    QVERIFY(!QFileInfo::exists(name));
    SingleInstance next(m_config);
    QCOMPARE(next.start(), SingleInstance::Role::Primary);
}

void TestSingleInstance::staleSocketFile_isRemovedAndPrimaryListens()
{
    // What a crashed instance leaves: a bound socket file that nobody listens on.
    const QString name = SingleInstance::serverNameFor(m_config);
    const QByteArray path = QFile::encodeName(socketPath(name));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    ::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(socketPath(name)));

    SingleInstance instance(m_config);
    QCOMPARE(instance.start(), SingleInstance::Role::Primary);
    QSignalSpy raised(&instance, &SingleInstance::raiseRequested);
    SingleInstance second(m_config);
    QCOMPARE(second.start(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(raised.count(), 1);
}

void TestSingleInstance::serverName_perUserAndConfig()
{
    const QString name = SingleInstance::serverNameFor(m_config);
    QVERIFY2(name.contains(QLatin1Char('-') + QString::number(::getuid()) + QLatin1Char('-')),
             qPrintable(name));
    QVERIFY(name != SingleInstance::serverNameFor(m_dir->filePath(QStringLiteral("other.toml"))));

    // Another config: its own instance, both primary.
    SingleInstance first(m_config);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    SingleInstance other(m_dir->filePath(QStringLiteral("other.toml")));
    QCOMPARE(other.start(), SingleInstance::Role::Primary);
}

void TestSingleInstance::socket_livesInXdgRuntimeDir()
{
    const QString expected = socketPath(SingleInstance::serverNameFor(m_config));
    QCOMPARE(SingleInstance::socketDirectory().value_or(QString()), QDir::cleanPath(m_runtime->path()));
    SingleInstance first(m_config);
    QCOMPARE(first.serverName(), expected);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QVERIFY(isSocket(expected));
    // Only the user may connect, although the directory already keeps others out.
    QCOMPARE(modeOf(expected) & 0077, 0);
    if (QDir::cleanPath(QDir::tempPath()) != QDir::cleanPath(m_runtime->path())) {
        const QString oldPlace =
            QDir::tempPath() + QLatin1Char('/') + SingleInstance::serverNameFor(m_config);
        QVERIFY2(!QFileInfo::exists(oldPlace), qPrintable(oldPlace));
    }
}

void TestSingleInstance::squatterInTmpWithTheOldName_hasNoEffect()
{
    // Another local user listens first where earlier versions put the socket (a plain name is
    // QDir::tempPath() on Unix), hoping to be taken for a running Larder and to receive its raises.
    QLocalServer squatter;
    QLocalServer::removeServer(SingleInstance::serverNameFor(m_config));
    QVERIFY2(squatter.listen(SingleInstance::serverNameFor(m_config)), qPrintable(squatter.errorString()));
    QVERIFY(squatter.fullServerName().startsWith(QDir::tempPath()));
    QSignalSpy squatted(&squatter, &QLocalServer::newConnection);

    SingleInstance first(m_config);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    SingleInstance second(m_config);
    QCOMPARE(second.start(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(raised.count(), 1);
    QCOMPARE(squatted.count(), 0);
    QVERIFY(!squatter.hasPendingConnections());
    // Nor is the squatter's file touched: it is not ours to remove.
    QVERIFY(QFileInfo::exists(squatter.fullServerName()));
}

void TestSingleInstance::unsafeRuntimeDir_isRefusedAndTheAppRunsUnguarded_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("otherOwner");
    QTest::addColumn<QString>("said");
    QTest::newRow("group-writable") << 0770 << false
                                    << QStringLiteral("can be written by other users (mode 0770)");
    QTest::newRow("world-writable like /tmp")
        << 01777 << false << QStringLiteral("can be written by other users (mode 1777)");
    QTest::newRow("another user's") << 0700 << true << QStringLiteral("belongs to user id 65534");
    QTest::newRow("missing") << -1 << false << QStringLiteral("No such file or directory");
}

void TestSingleInstance::unsafeRuntimeDir_isRefusedAndTheAppRunsUnguarded()
{
    QFETCH(int, mode);
    QFETCH(bool, otherOwner);
    QFETCH(QString, said);
    QString dir = m_runtime->path();
    const QByteArray encoded = QFile::encodeName(dir);
    if (mode < 0) {
        dir += QStringLiteral("/gone");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    } else {
        QCOMPARE(::chmod(encoded.constData(), mode_t(mode)), 0);
    }
    if (otherOwner) {
        if (::geteuid() != 0)
            QSKIP("giving a directory to another user takes root");
        QCOMPARE(::chown(encoded.constData(), 65534, 65534), 0);
    }

    const auto directory = SingleInstance::socketDirectory();
    QVERIFY(!directory);
    QVERIFY2(directory.error().message.contains(dir), qPrintable(directory.error().message));
    QVERIFY2(directory.error().message.contains(said), qPrintable(directory.error().message));

    const QRegularExpression warning(QStringLiteral("running without the single-instance guard: .*") +
                                     QRegularExpression::escape(dir));
    QTest::ignoreMessage(QtWarningMsg, warning);
    SingleInstance first(m_config);
    QCOMPARE(first.start(), SingleInstance::Role::Failed);
    QVERIFY(first.serverName().isEmpty());
    QVERIFY2(first.errorString().contains(said), qPrintable(first.errorString()));
    QTest::ignoreMessage(QtWarningMsg, warning);
    SingleInstance second(m_config);
    QCOMPARE(second.start(), SingleInstance::Role::Failed);
    if (mode >= 0)
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot), QStringList());
}

void TestSingleInstance::noRuntimeDir_usesAPrivateDirInTheUserCache_data()
{
    QTest::addColumn<QByteArray>("runtimeDir");
    QTest::newRow("unset") << QByteArray();
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("relative, which the XDG spec says to ignore") << QByteArray("run/user");
}

void TestSingleInstance::noRuntimeDir_usesAPrivateDirInTheUserCache()
{
    QFETCH(QByteArray, runtimeDir);
    restoreVariable("XDG_RUNTIME_DIR", runtimeDir);
    const QString expected = m_dir->filePath(QStringLiteral("cache/larder"));
    QCOMPARE(SingleInstance::socketDirectory().value_or(QString()), expected);
    QCOMPARE(modeOf(expected), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("cache"))), 0700);

    SingleInstance first(m_config);
    QCOMPARE(first.serverName(), expected + QLatin1Char('/') + SingleInstance::serverNameFor(m_config));
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QVERIFY(isSocket(first.serverName()));
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    SingleInstance second(m_config);
    QCOMPARE(second.start(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(raised.count(), 1);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
