// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "base/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using larder::Sha256;

class tst_Sha256 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expectedHex");
        // FIPS 180-2 examples
        QTest::newRow("empty") << QByteArray()
                               << QByteArray(
                                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray(
                                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a") << QByteArray(1'000'000, 'a')
                                   << QByteArray(
                                          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void knownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expectedHex);
        QCOMPARE(Sha256::hash(input).toHex(), expectedHex);
        QCOMPARE(Sha256::hash(input, Sha256::Backend::QtOnly).toHex(), expectedHex);
    }

    // Both backends agree on data fed in uneven pieces that straddle the 64-byte blocks.
    void unevenPieces_bothBackendsAgreeWithQt()
    {
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator generator(20261126);
        for (char& byte : data)
            byte = char(generator.bounded(256));
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);

        for (const auto backend : {Sha256::Backend::Automatic, Sha256::Backend::QtOnly}) {
            Sha256 hash(backend);
            qsizetype offset = 0;
            int piece = 1;
            while (offset < data.size()) {
                const qsizetype length = qMin<qsizetype>(piece, data.size() - offset);
                hash.addData(QByteArrayView(data.constData() + offset, length));
                offset += length;
                piece = piece * 3 + 1; // 1, 4, 13, 40, ... up past 1 MiB
            }
            QCOMPARE(hash.result(), expected);
        }
    }

    void qtOnly_neverUsesLibCrypto()
    {
        Sha256 hash(Sha256::Backend::QtOnly);
        QVERIFY(!hash.usesLibCrypto());
    }

    // libpq depends on OpenSSL on every platform the project packages for Linux, so libcrypto is
    // there wherever larder dumps; a failure here means checksums silently run ~10 times slower.
    void automatic_usesLibCryptoOnLinux()
    {
#ifdef Q_OS_LINUX
        QVERIFY(Sha256::libCryptoAvailable());
        Sha256 hash;
        QVERIFY(hash.usesLibCrypto());
#else
        QSKIP("libcrypto is optional outside Linux");
#endif
    }
};

QTEST_GUILESS_MAIN(tst_Sha256)
#include "tst_sha256.moc"
