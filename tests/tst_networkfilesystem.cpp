// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/NetworkFileSystem.h"

#include <QTemporaryDir>
#include <QTest>

using namespace larder;

class TestNetworkFileSystem final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameOfLinuxType_data()
    {
        QTest::addColumn<quint32>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("nfs") << quint32(0x6969) << QStringLiteral("NFS");
        QTest::newRow("smbfs") << quint32(0x517B) << QStringLiteral("SMB");
        QTest::newRow("smb2") << quint32(0xFE534D42) << QStringLiteral("SMB");
        QTest::newRow("cifs") << quint32(0xFF534D42) << QStringLiteral("SMB");
        QTest::newRow("ceph") << quint32(0x00C36400) << QStringLiteral("Ceph");
        QTest::newRow("9p") << quint32(0x01021997) << QStringLiteral("9P");
        QTest::newRow("fuse") << quint32(0x65735546) << QStringLiteral("FUSE");
        QTest::newRow("afs") << quint32(0x5346414F) << QStringLiteral("AFS");
        QTest::newRow("lustre") << quint32(0x0BD00BD0) << QStringLiteral("Lustre");
        QTest::newRow("gfs2") << quint32(0x01161970) << QStringLiteral("GFS2");
        QTest::newRow("ocfs2") << quint32(0x7461636F) << QStringLiteral("OCFS2");
        QTest::newRow("ext4") << quint32(0xEF53) << QString();
        QTest::newRow("xfs") << quint32(0x58465342) << QString();
        QTest::newRow("btrfs") << quint32(0x9123683E) << QString();
        QTest::newRow("tmpfs") << quint32(0x01021994) << QString();
        QTest::newRow("overlayfs") << quint32(0x794C7630) << QString();
        QTest::newRow("zfs") << quint32(0x2FC12FC1) << QString();
    }

    void nameOfLinuxType()
    {
        QFETCH(quint32, type);
        QFETCH(QString, name);
        QCOMPARE(NetworkFileSystem::nameOfLinuxType(type), name);
    }

    void nameOfMacTypeName_data()
    {
        QTest::addColumn<QByteArray>("typeName");
        QTest::addColumn<QString>("name");
        QTest::newRow("nfs") << QByteArray("nfs") << QStringLiteral("NFS");
        QTest::newRow("smbfs") << QByteArray("smbfs") << QStringLiteral("SMB");
        QTest::newRow("afpfs") << QByteArray("afpfs") << QStringLiteral("AFP");
        QTest::newRow("webdav") << QByteArray("webdav") << QStringLiteral("WebDAV");
        QTest::newRow("macfuse") << QByteArray("macfuse") << QStringLiteral("FUSE");
        QTest::newRow("apfs") << QByteArray("apfs") << QString();
        QTest::newRow("hfs") << QByteArray("hfs") << QString();
        QTest::newRow("msdos") << QByteArray("msdos") << QString();
    }

    void nameOfMacTypeName()
    {
        QFETCH(QByteArray, typeName);
        QFETCH(QString, name);
        QCOMPARE(NetworkFileSystem::nameOfMacTypeName(typeName), name);
    }

    void of_localDiskAndUnknownPathsAreNotNetwork()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QCOMPARE(NetworkFileSystem::of(tmp.path()), QString());
        QCOMPARE(NetworkFileSystem::of(QCoreApplication::applicationFilePath()), QString());
        // statfs() fails: no claim either way, and History keeps WAL as before.
        QCOMPARE(NetworkFileSystem::of(tmp.filePath(QStringLiteral("missing/history.sqlite"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestNetworkFileSystem)
#include "tst_networkfilesystem.moc"
