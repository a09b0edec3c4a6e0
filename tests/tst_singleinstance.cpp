#include "SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace larder;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void first_isPrimary_secondDeliversRaiseWithItsConfig();
    void afterPrimaryGoes_nextLaunchIsPrimary();
    void staleSocketFile_isRemovedAndPrimaryListens();
    void serverName_perUserAndConfig();

private:
    QString socketPath(const QString& name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("larder.toml"));
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
}

void TestSingleInstance::cleanup()
{
    m_dir.reset();
}

QString TestSingleInstance::socketPath(const QString& name) const
{
    // Where QLocalServer puts a plain name on Unix.
    return QDir::cleanPath(QDir::tempPath()) + QLatin1Char('/') + name;
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
    }
    QVERIFY(!QFileInfo::exists(socketPath(name)));
    SingleInstance next(m_config);
    QCOMPARE(next.start(), SingleInstance::Role::Primary);
}

void TestSingleInstance::staleSocketFile_isRemovedAndPrimaryListens()
{
    // What a crashed instance leaves: a bound socket file that nobody listens on.
    const QString name = SingleInstance::serverNameFor(m_config);
    const QByteArray path = QFile::encodeName(socketPath(name));
    QLocalServer::removeServer(name);
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

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
